"""A country named as the far side of a border is not where the picture is (issue 9, villages46).

"the Dorohusk border crossing in eastern Poland" is the issue's own example; the same crossing is
as often written from the other side: "den Grenzübergang Dorohusk an der Grenze zur Ukraine",
"bij Kirjat Schmona, nahe der Grenze zum Libanon", "de brug in Schengen, bij de grens met
Duitsland en Frankrijk", "a farm near the border with Belarus", "un village à la frontière avec
l'Espagne". The finder (places.py) counts the neighbour as a country the caption names, and the
gate then refuses the town on the near side ("not in UA, which the caption names"): a village by
the border is blank exactly where the caption is most precise.

A country written right after "Grenze zu/zur/zum/nach", "grens met", "border with", "frontière
avec" (and a second one joined by "und/en/and/et") is the neighbour: it is taken out of the
countries the caption names for this caption. Only that written shape: an adjective before the
word ("the Polish border crossing", "an der polnischen Grenze") may be either side and is left
as it is; a country the caption also names elsewhere ("in Polen, an der Grenze zur Ukraine")
still counts once for each other time it is written.
"""

from __future__ import annotations

import re

from captionist.rxgate import gate

from .gazetteer import load_gazetteer, norm

_ART = r"(?:(?:der|dem|den|die|het|de|the|la|le|les)\s|l['’])?"
_NAME = r"[^\W\d_][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
# "Grenze zur Ukraine", "grens met Duitsland en Frankrijk", "border with Belarus", "frontière avec l'Espagne"
_BORDER = gate(re.compile(
    rf"\b(?:[Gg]renzen?|grens|border|frontière)\s(?:zu[rm]?|nach|met|with|avec)\s{_ART}(?P<c>{_NAME})"
    rf"(?:\s(?:und|en|and|et)\s{_ART}(?P<d>{_NAME}))?"))


def _country(name: str | None, gz) -> str | None:
    """The country a name (not an adjective) says, its last word tried alone too ("Belarus")."""
    if not name:
        return None
    for key in (norm(name), norm(name.split()[0])):
        if gz.index.country_kind.get(key) == "name":
            return gz.countries[key]
    return None


def beyond_countries(text: str) -> list[str]:
    """The countries `text` names as the far side of a border, once per time it does."""
    if not any(w in text for w in ("renz", "grens", "border", "frontière")):
        return []
    gz = load_gazetteer()
    out = []
    for m in _BORDER.finditer(text):
        out += [a2 for a2 in (_country(m.group("c"), gz), _country(m.group("d"), gz)) if a2]
    return out


def set_beyond_apart(text: str, facts) -> None:
    """Take the border's far side out of the countries `facts` says the caption names (once per
    caption: the parser resolves a caption more than once, on the same facts)."""
    if getattr(facts, "beyond", None) is not None:
        return
    facts.beyond = beyond_countries(text)
    for a2 in facts.beyond:
        if a2 in facts.countries_seen:
            facts.countries_seen.remove(a2)
    if facts.country_cued in facts.beyond and facts.country_cued not in facts.countries_seen:
        facts.country_cued = None
