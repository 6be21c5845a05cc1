"""A saint's name after a church's, a parish's or a feast's noun is the dedication, not a town
(issue 9, districts34).

"l'église Saint-Ambroise, Paris 11e", "la foire Sainte-Croix de Lessay", "die Pfarrkirche St.
Martin", "de kapel Sint-Anna", "the church of St Nicholas": GeoNames holds towns and quarters
named after most saints (Saint-Ambroise is a quarter of Paris and two villages in Quebec;
Sainte-Croix is an alternate name of Sainte-Croix-Hague), and the finder took the church's or
the fair's saint for the place. A name that starts with a saint's word right after such a
noun names what is dedicated to the saint; the gate refuses it unless a country or region is
written right after it, and the town the caption writes elsewhere ("Paris 11e", "de Lessay")
is the place. A town whose own name starts with a saint's word, after a cue, stays one ("à
Saint-Malo", "in St. Gallen", "in Sint-Niklaas").
"""

from __future__ import annotations

# the word or two right before the name, articles skipped (placetokens' cue), in nl/en/de/fr
DEDICATION_NOUNS = frozenset((
    # fr
    "église", "eglise", "chapelle", "basilique", "cathédrale", "cathedrale", "abbaye", "abbatiale",
    "collégiale", "collegiale", "paroisse", "prieuré", "couvent", "monastère", "foire", "pardon",
    "pèlerinage", "fête", "confrérie",
    # de
    "kirche", "pfarrkirche", "stiftskirche", "wallfahrtskirche", "klosterkirche", "kapelle", "dom",
    "basilika", "kathedrale", "abtei", "kloster", "pfarrei", "pfarrgemeinde", "bruderschaft",
    "schützenbruderschaft", "kirchengemeinde",
    # nl
    "kerk", "kapel", "basiliek", "kathedraal", "abdij", "parochie", "klooster", "schutterij",
    "gilde", "broederschap",
    # en
    "church", "chapel", "cathedral", "basilica", "abbey", "parish", "priory", "minster",
))
_NOUN_OF = frozenset(f"{n} {o}" for n in ("church", "chapel", "cathedral", "basilica", "abbey", "parish",
                                          "feast", "shrine")
                     for o in ("of",))
# how a saint's name starts in the four languages (and in the Spanish and Italian names captions
# keep: "la basilique San Petronio")
_SAINT = ("saint-", "sainte-", "saint ", "sainte ", "st. ", "st.-", "st-", "st ", "ste-", "ste ",
          "sankt ", "sint-", "sint ", "san ", "santa ", "santo ", "são ", "sao ")


def names_dedication(m) -> bool:
    """Mention m is a saint's name right after a church's or feast's noun: the dedication."""
    if not m.text.casefold().startswith(_SAINT):
        return False
    # a country or region after it says where the church is, not that the saint is a town
    # ("l'église Saint-Ambroise, Paris 11e" bound Saint-Ambroise to the Paris department)
    one = m.cue[0].casefold()
    one = one[2:] if one[:2] in ("l'", "l’", "d'", "d’") else one
    return one in DEDICATION_NOUNS or m.cue[1].casefold() in _NOUN_OF


def dedicated(text: str, x: str) -> bool:
    """Name x is written right after a church's or feast's noun (its "of"/"de" allowed) and starts
    with a saint's word: the dedication, no village the index lacks ("the church of St Ambrose"
    was written as an unlisted village by placebarevillage)."""
    if not x.casefold().startswith(_SAINT):
        return False
    at = text.find(x)
    while at > 0:
        before = text[max(0, at - 40):at].casefold().split()
        if before and before[-1] in ("of", "de", "du", "van", "von"):
            before = before[:-1]
        if before:
            one = before[-1]
            one = one[2:] if one[:2] in ("l'", "l’", "d'", "d’") else one
            if one in DEDICATION_NOUNS or one in ("feast", "shrine"):
                return True
        at = text.find(x, at + 1)
    return False
