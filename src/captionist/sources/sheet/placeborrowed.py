"""A small town that borrowed the name of a place elsewhere is not written from that name alone
on a sheet of another country (issue 9, namesake45).

The small towns of the United States carry the names of the regions, islands, lakes and towns
their settlers came from: GeoNames lists a village for a Spanish region ("farmers from across
Andalucía"), a Scottish loch ("on the shores of Loch X"), a Québec region ("dans
Charlevoix"), a French overseas island ("à Wallis") and a London district cut at its
possessive ("in X's Bush"). When such a caption sits on a sheet of another country and
nothing in it names the United States, the resolver, finding no other candidate of that
name, writes the borrower: the place meant is a region, a feature or a village the index
lacks, in the sheet's own country, and the village abroad is a guess. A blank with a warning
naming it is better.

Measured over the tuned part (namesake45; every caption whose written town lies outside the
sheet's countries and whose caption names no country): of US towns under 10,000 people, 5
wrong, none right (the nearest right one, a Hawaiian town of 11,700 on a Greek sheet,
stays); the same test on Canada would cost a Québec town written by its own name on a French
sheet, and no other country's small towns were wrong so, hence a table of one row.
Towns of the sheet's countries, towns the caption binds to a country or names with one
("X, Texas", "in Michigan's X"), and bigger towns are left to the resolver.
"""

from __future__ import annotations

# country -> below this many people a town of it written alone on another country's sheet is
# withheld (the module docstring: measured for the US only)
BORROWERS = {"US": 10000}


def borrowed_name(place, sheet_country: str | None, sheet_others: frozenset[str]) -> None:
    """Withhold place's city when it is a small town of a BORROWERS country, written alone
    (no country named or bound) on a sheet of other countries (the module docstring)."""
    city, m, ev = place.city, place.mention, place.evidence
    if city is None or m is None or ev is None or sheet_country is None or place.writer != "placeresolve":
        return
    cc = city["countrycode"]
    cap = BORROWERS.get(cc)
    if cap is None or (city.get("population") or 0) >= cap or cc in (sheet_country, *sheet_others):
        return
    if m.binds or ev.binds or ev.country != "none":
        return
    place.take_back(f"place not written: {m.text} (candidates {city['name']} ({cc}); a small town of {cc} "
                    f"written alone on a sheet of {sheet_country})")
    place.ambiguous = True
