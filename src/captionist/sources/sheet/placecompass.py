"""Compass words and names that say no one country (issue 9, mutate24; found by the mutation
bench, bench/sheet_mutate.py, mode `unlisted`).

- A compass word is a direction, not a place: "in Noord-Frankrijk" is no Noord (Aruba), and in
  "Kinley, West Yorkshire" the word "West" is not Cameroon's West Region.
- A name that is a country and also a first-level region of another country ("Georgia": the
  country and the US state) says no country for a village the index lacks ("Augworth, Georgia").
"""

from __future__ import annotations

from captionist.places.words import _DIRECTIONS

# compass words in the four languages, normalised ("Süd" -> "sud")
COMPASS = _DIRECTIONS | frozenset("nord sud ost est ouest noordoost zuidoost noordwest zuidwest nordost "
                                  "sudost nordwest sudwest mittel midden centre".split())


def no_one_country(key: str, gz) -> bool:
    """The normalised name `key` read right after a village must not give its country."""
    if key in COMPASS:
        return True
    a2 = gz.countries.get(key)
    # Curaçao is also listed as a region of the Netherlands, under its own code (CW): the same
    # territory, not a second one; Georgia the US state (GA) is another place than Georgia (GE)
    return a2 is not None and any(r.country != a2 and r.code != a2 for r in gz.index.regions(key))
