"""The fact-marking rules run on what `find_places` found, once per caption (issue 9, speed33).

Each rule reads the caption's words and marks or drops mentions, regions or the cued country:
"Rugby :", "naar het vliegveld van X" (placeasides), "on Rockingham Road, Kettering"
(placestreet), "across the water from X" (placeacross), "De Leidse schrijfster" and
"le pont romain de X" (placeadjectivenoun), "au Kurdistan irakien" (placeregionowner), "de gemeente
Westland" (placegerman), "a former inmate of X prison" (placeformer), "in the capital, Kyiv"
(placegerman), "aus Ginzling, Österreich" (placeunlisted).

The parser resolves most captions twice (alone, then with the sheet's country), and used to
run these rules before each resolve. Run a second time on the facts they already marked, each
gives the same facts (tests/test_sheet_marks.py runs every rule twice), and nothing between
the two resolves changes the facts they read (resolve_place works on a copy; the rules after
it change the Place only), so they are run once, before the first resolve.

One order matters: the band's home country ("aus Ginzling, Österreich, ... im irakischen
Kurdistan") is set aside before a region's owner is taken as named. The other way round, the
owner's country was kept only when the rules ran a second time, with the sheet's country.
"""

from __future__ import annotations

from .placeacross import mark_across
from .placeasides import mark_asides
from .placecompassof import mark_compass_of
from .placeadjectivenoun import mark_ancient, mark_crafts
from .placeformer import mark_former
from .placegerman import capital_apposition, confine_to_units
from .placeinside import mark_town_parts
from .placeregionowner import region_owner
from .placestreet import mark_street_towns
from .placetravelled import mark_travelled
from .placeheading import mark_headings
from .placeattached import mark_attached
from .placeunlisted import origin_country


def mark_facts(facts, text: str) -> None:
    """Mark `facts` of the caption `text` (its analysed part) by every rule above, in order."""
    mark_asides(facts, text)           # "Rugby :", "naar het vliegveld van X"
    mark_street_towns(facts, text)     # "on Rockingham Road, Kettering"
    mark_town_parts(facts, text)       # "in Whitehall, London", "the Battle of X" (placeinside)
    mark_travelled(facts, text)        # "flew in from X" (placetravelled)
    mark_headings(facts, text)         # "destiné à X", "bound for X", "wordt in X verwacht" (placeheading)
    mark_attached(facts, text)         # "pupils from a school in X", "une paroissienne de X" (placeattached)
    mark_compass_of(facts, text)       # "X, au sud-est d'Athènes" (placecompassof)
    mark_across(facts, text)           # "across the water from X"
    mark_crafts(facts, text)           # "De Leidse schrijfster", "le poète lyonnais"
    mark_ancient(facts, text)          # "le pont romain de X"
    origin_country(facts, text)        # "aus Ginzling, Österreich"
    region_owner(facts, text)          # "au Kurdistan irakien"
    confine_to_units(facts)            # "de gemeente Westland": not Westland, Michigan
    mark_former(facts, text)           # "a former inmate of X prison"
    capital_apposition(facts, text)    # "in the capital, Kyiv"
