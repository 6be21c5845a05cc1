"""The sheet's own namesake stays a candidate (issue 9, rank41).

Before scoring, the resolver drops a town matched only by another of its names when a town
bearing the written name as its own is a real town (placeresolve._trusted: "à Bienne" is
Biel/Bienne, not Vienna, which GeoNames also calls so); only towns of the countries the
caption binds the mention to are spared. On a sheet whose other captions are placed in one
country, that drop threw out the sheet's own town before any gate saw it: the index names
a Japanese city with its administrative suffix ("X-shi") so that the Malian village of
the bare name outranks it, a Lebanese or Egyptian city carries its classical or
transliterated name while an Algerian town bears the caption's spelling, an English town
is "X upon Tyne" or "X Town" beside American and Australian namesakes, a Philippine city
is spelt with an s where a Basque village has the z.

bench/place_home_ranked.py ranks each mention's candidates against the sheet's country; the
sheet's-country town dropped this way was the expected town in 13 captions of the tuned part
(nine missed, eight five-number batches, four languages). Sparing every sheet's-country
candidate lost towns abroad (a Spanish sheet's pilgrimage town against a Caribbean city that
bears the bare name, Milan and Mons to a small home namesake) and wrote two wrong countries;
so only a home town bigger than every namesake bearing the written name is kept (the
Japanese, Philippine, Lebanese and Egyptian cities), when the caption names no country,
region or province. It is then scored with the sheet's bonus and the gate (placegate,
placesheetrival) still decides whether it is written.
"""

from __future__ import annotations


def home_country(binding: list[tuple[str, str | None]], facts, sheet_country: str | None) -> str | None:
    """The sheet's country when the caption names no country, region or province (the
    module docstring): `_trusted` then keeps a town of it that is bigger than every
    namesake bearing the written name as its own."""
    if sheet_country and not binding and not facts.countries_seen and not facts.regions_seen:
        return sheet_country
    return None
