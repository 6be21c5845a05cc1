"""A town's own venue written town first, and a German noun after the town: no surname
(issue 9, written42).

The finder reads a small town right before a capitalised word as a first name ("at Roland
Garros", "Florence Pugh": placetokens._first_name) and withholds it as part of another name.
Two kinds of capitalised word there are no surname, and the town is where the picture is:

- English names a town's own ground, mart or hall by the town, then the venue's noun: "at
  Ripon Racecourse", "at Bakewell Auction Mart", "the Saltburn Cinema", "at Walsingham
  Shrine", "at Troon Golf Links". Only venues a town owns or hosts, as placevenuetown does for
  Dutch and German (which write the noun first); not castles, parks or airports (named after a
  town elsewhere: "Leeds Castle" is in Kent, "Hwange National Park", "London Stansted"), not
  stations ("Waterloo Station").
- German word order puts the object after the place: "bei X Wasser ab", "in X Schlange
  stehen", "in X Zacken an einen Stern": nouns that are no surnames and that a caption
  writes as what is done there (placegerman's subject nouns hold the people who do it).

The words are compared as `norm` writes them (lower case, unaccented).
"""

from __future__ import annotations

from .gazetteer import norm

# English venues named town first (the first word of the venue's noun)
_OWN_VENUE_EN = ("Racecourse", "Racecourses", "Golf", "Auction", "Mart", "Cinema", "Shrine", "Showground",
                 "Showgrounds", "Marina", "Lifeboat", "Minster", "Crematorium", "Library", "Livestock")

# German objects of the verbs captions use after the place (V2: "wirft bei X Wasser ab")
_OBJECT_DE = ("Wasser", "Schlange", "Zacken", "Sandsäcke", "Schnee", "Müll", "Trümmer", "Kerzen", "Blumen",
              "Kränze", "Fahnen", "Flaggen", "Plakate", "Transparente")

_OWN_VENUE = frozenset(norm(w) for w in _OWN_VENUE_EN)
_NO_SURNAME = _OWN_VENUE | frozenset(norm(w) for w in _OBJECT_DE)


def no_surname_after(word: str) -> bool:
    """`word`, written right after a town, is a venue's noun or a German object, not a surname."""
    return norm(word) in _NO_SURNAME


def own_venue_word(word: str) -> bool:
    """`word` begins an English venue's noun ("Racecourse", "Auction"): a run of names holding
    it is a venue, never a village the index lacks ("at Balstow Cinema"); a German object is
    not one ("in Kischinau Schlange" still gives the town the index knows by another name)."""
    return norm(word) in _OWN_VENUE
