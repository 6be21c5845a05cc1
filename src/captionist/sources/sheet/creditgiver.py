"""Organisations credited like people (issue 9, fields30): the shapes of a credit part that
say "an organisation handed out or holds this picture" although each word is capitalised
like a name, so the part is the credit's source and never a creator.

- a word that mixes letters and digits ("CPL T20", "F1 Academy"): a league's, a product's
  or a satellite's name, never a person's;
- a part in capitals whose title-cased form has an organisation's shape
  ("APA/GEOSPHERE AUSTRIA", "APA/TIERGARTEN SCHÖNBRUNN/MARTINA HOLZER");
- a part naming a big town as its last word right before a full name
  ("Wilhelma Stuttgart/Sören Lüdtke"): the institution of that town, then its photographer;
- a service's own label before its photographer ("U.S. Air Force photo by Staff Sgt. Name",
  "Bundeswehr-Foto von Name", "photo Armée de l'air par Name"; fields34): read as "Service/Name".
"""

from __future__ import annotations

import re

from .creditparts import drop_rank

# "U.S. Navy photo by Name", "NASA photo by Name", "Bundeswehr-Foto von Name": a capitalised
# service's name (one to six words), its word for picture, "by"; "a photo by" is a sentence
_SERVICE_BY = re.compile(r"(?P<s>[A-ZÀ-Þ][\w.&'’-]{0,25}(?:\s[A-ZÀ-Þ][\w.&'’-]{0,25}){0,5})[\s-](?:photo|foto|Foto|image)"
                         r"\s(?:by|von|door|par)\s(?P<n>[A-ZÀ-Þ].{2,80})")
_MIXED = re.compile(r"(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+")   # "T20", "F1", "2CV"


def mixed_word(part: str) -> bool:
    """A capitalised part with a word of letters and digits together ("CPL T20")."""
    words = part.split()
    return 2 <= len(words) <= 5 and any(_MIXED.fullmatch(w.strip(".,")) for w in words) \
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def town_before_name(part: str, later: list[str], looks_like_name, agency_name) -> bool:
    """"Wilhelma Stuttgart / Sören Lüdtke": a two- or three-word part ending in a town of
    100,000 people or more, followed by a full name with no town in it and no organisation's
    shape ("Bruno Girardot / L'Est Républicain", "Jacob van Essen/Leeuwarder Courant": the
    surname is a town's name, the outlet comes after)."""
    words = part.split()
    if not 2 <= len(words) <= 3 or part.isupper() or not later:
        return False
    nxt = later[0].strip()
    if not 2 <= len(nxt.split()) <= 4 or not looks_like_name(nxt) or agency_name(nxt) is not None:
        return False
    return _big_town(words[-1]) and not any(_big_town(w) for w in nxt.split())


def _big_town(word: str) -> bool:
    from .gazetteer import load_gazetteer, norm  # the place index, loaded on first use
    return any(c["population"] >= 100_000 for c in load_gazetteer().cities.get(norm(word.strip(".,")), ()))


def given_out_by(part: str, later: list[str], agency_name, looks_like_name) -> str | None:
    """The part as the credit's source when one of the shapes above says it is an
    organisation, else None (credits.py decides as before). The giver of a handout is not
    told by its place ("Ingrid Solberg/Handout via REUTERS" is a person's picture)."""
    p = part.strip()
    if not p or p.casefold() == "handout":
        return None
    if mixed_word(p):
        return p
    if p.isupper() and len(p.split()) >= 2 and agency_name(p.title()) is not None:
        return p
    if town_before_name(p, later, looks_like_name, agency_name):
        return p
    return None


def service_photo_by(plain: str) -> str:
    """"U.S. Air Force photo by Staff Sgt. Name" as "U.S. Air Force/Staff Sgt. Name": the
    service is the source, the name after "by" the photographer; anything else unchanged."""
    m = _SERVICE_BY.fullmatch(plain.strip())
    return f"{m.group('s')}/{drop_rank(m.group('n'))}" if m else plain  # "Staff Sgt.": no "staff" source
