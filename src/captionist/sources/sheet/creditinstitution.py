"""An institution's name printed after the caption with no label (issue 9, fields25):
archive and magazine desks credit historical pictures to the library, archive, museum or
collection that holds them ("... around 1910. Library of Congress", "... vers 1900. Archives
départementales de Saône-et-Loire", "... vers 1924. Collection Musée de Bretagne"). No
introducer says it is a credit, so the last sentence is taken only when it is SHAPED like a
holder's name, never like a sentence:

- it begins with a capital and holds two to eight words;
- it names a holder by one of the nouns below (in nl/en/de/fr, and the Portuguese, Spanish,
  Italian and Polish archive nouns whose pictures French and Dutch magazines print);
- it has no verb: every word is capitalised, a small function word, or the one adjective a
  holder's name carries right after its noun ("Archives départementales", "Collection
  particulière"), so "Archives show the loss." or "Das Archiv zeigt die Bilder." is never read
  as a credit;
- it holds no digit (a year or a date is the caption's, not a holder's).
"""

from __future__ import annotations

import re

# the nouns a holder of old pictures is named by (first or any word of its name)
_HOLDER = frozenset(
    "library libraries bibliotheek bibliothek bibliothèque archives archive archief archiv archivo "
    "arquivo archivio archiwum museum musée museo museu muzeum muuseum musea collection collectie "
    "sammlung fonds".split())
_SMALL = frozenset("of the de du des der die das van von la le les del di da do dos d' l' et and en und "
                   "für for voor".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# the French and Dutch press's own archive in brackets, the noun written small (fields34):
# "(archives Le Télégramme)", "(archives Ouest-France)", "(archief De Limburger)"
_OWN_ARCHIVE = re.compile(r"(?:archives|archive|archief|archiv)\s(?:[A-ZÀ-Þ][\w'’-]{1,25}|Le|La|Les|L['’]|De|Het|Die|Der)"
                          r"(?:[\s-][A-ZÀ-Þ][\w'’-]{1,25}){0,3}")


def holder_credit(text: str) -> bool:
    """True when the last sentence `text` is a holder's name and nothing else."""
    t = text.strip().rstrip(".").strip()
    if _OWN_ARCHIVE.fullmatch(t):
        return True
    if not t or not t[:1].isupper() or re.search(r"\d", t):
        return False
    words = re.sub(r"\b[dlDL]['’]", "", t).split()
    if not 2 <= len(words) <= 8 or any(not _WORD.fullmatch(w) for w in words):
        return False
    if not any(w.casefold() in _HOLDER for w in words):
        return False
    lower = [k for k, w in enumerate(words) if w[:1].islower() and w.casefold() not in _SMALL]
    # the one lower-case word allowed is the holder's adjective right after its noun
    # ("Archives départementales", "Collection particulière"); "Das Archiv zeigt ..." is a sentence
    if lower and (lower != [1] or words[0].casefold() not in _HOLDER):
        return False
    return words[-1].casefold() not in _SMALL
