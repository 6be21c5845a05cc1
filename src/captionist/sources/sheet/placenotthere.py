"""Town names a caption writes that are not where the picture is (issue 9, wrong23).

Four ways of writing a town's name that the blind parts 36-40 and 46-50 showed taken for the
place; each makes the mention part of another name (PlaceMention.in_name), which the gate
(placegate.refusal) never writes unless a country is bound to it. Applied by
placeorigin.mark_origins, after the other readings. (A landscape named after a town, "la
Montagne de Reims", is placenamedafter.py's.)

- a word of a longer foreign name: "bij Alter do Chão", "São José dos Campos", "Santa Cruz de
  la Sierra": the first word is no town of its own (Alter matched Aalter, Belgium);
- the employer: "Medewerkers van de gemeente Cranendonck ... in Maarheeze", "Mitarbeiter der
  Stadt Köln ... in Porz", "les agents de la mairie de Lyon ... à Villeurbanne": who works,
  not where, when the caption places the picture elsewhere ("in de gemeente X" is a place);
- a place the caption denies: "Vastelaovend in Venlo? Nee: ... in Tegelen", "nicht in X,
  sondern in Y", "not in X but in Y", "pas à X mais à Y", "niet in X maar in Y";
- the person's name before the town in a museum's name: "The Hepworth Wakefield", "Museum
  Folkwang Essen", "The Whitworth in Manchester": the town after it is the place, never the
  name before it (Hepworth and Whitworth are also villages); a town closing the name that the
  finder did not read on its own ("Wakefield" after "Hepworth") is added as a cued mention at
  its own name, for the gate to check like any other.

And one about water: "über den See" is the lake just named ("auf dem Staffelsee"), a noun, not
See in Tyrol; a bare water word never gives a lake's country.
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

from .gazetteer import load_gazetteer, norm
from .placetokens import word_hits

# a connector of a Portuguese, Spanish or Italian name followed by its next capitalised word
# ("da", "das" are also German: "in Santiago de Cuba das Fest", "in Kirchberg SG das Emd")
_LONGER = re.compile(r"^\s+(?:do|dos|del|della|delle|dei|di|de\s+la|de\s+las|de\s+los)\s+[A-ZÀ-Þ]")
# the employer: a municipality or town hall as who works, not after a positional word
_EMPLOYER = gate(re.compile(
    r"(?<!\bin )(?<!\bbij )\b(?:de\s+)?gemeente\s*$|(?<!\bin )\b(?:der|die)\s+(?:stadt|gemeinde)\s*$"
    r"|\bla\s+(?:mairie|ville)\s+(?:de|d['’])\s*$|\b(?:the\s+)?(?:city|town|county)\s+council\s+of\s*$",
    re.IGNORECASE))
_DENIED_AFTER = re.compile(r"^\s*\?\s*(?:nee|nein|non|no)\b", re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"\b(?:nicht|not|niet|pas)\s+(?:in|im|at|à|au|bij|te|dans)?\s*$", re.IGNORECASE)
_BUT = re.compile(r"^[^.;:]{0,40}?\b(?:sondern|but|maar|mais)\b", re.IGNORECASE)
_MUSEUM = re.compile(r"(?:\bThe|\bMuseum|\bKunsthalle|\bKunstmuseum|\bMusée|\bMuseu)\s+$")
_WATER_WORDS = frozenset(norm(w) for w in "see meer lake lac".split())


def _spots(text: str, written: str) -> list[int]:
    """Where written stands as whole words in text, a hyphen an edge (placetokens.word_hits)."""
    if not written:
        return [m.start() for m in re.finditer(r"(?<!\w)(?!\w)", text)]
    return [h.at for h in word_hits(text, written, hyphens_join=False)]


def _other_place(facts, m) -> bool:
    """The caption writes another place as where the picture is (known or not); an unknown name
    that holds m is m's own ("Kunsthalle Bielefeld"), not another place."""
    return any(m.text not in u for u in facts.unknown) or any(o is not m and o.text != m.text and o.placed and not o.in_name
                                      for o in facts.mentions)


def mark_not_there(facts, text: str) -> None:
    """Mentions written in one of the module docstring's ways become part of another name."""
    gz, added = None, []
    for m in facts.mentions:
        if m.binds:
            continue
        spots = _spots(text, m.text)
        if not spots:
            continue
        if m.water and norm(m.text) in _WATER_WORDS:
            m.water, m.in_name = False, True      # "über den See": the noun, not See, Tyrol
            continue
        if all(_LONGER.match(text[at + len(m.text):]) for at in spots):
            m.in_name, m.placed = True, False
            continue
        if all(_DENIED_AFTER.match(text[at + len(m.text):]) or (
                _DENIED_BEFORE.search(text[max(0, at - 20):at]) and _BUT.match(text[at + len(m.text):]))
                for at in spots):
            m.in_name, m.placed = True, False
            continue
        if all(_MUSEUM.search(text[max(0, at - 12):at]) for at in spots):
            gz = gz or load_gazetteer()
            nxt = re.match(r"\s+([A-ZÀ-Þ][\w'’-]+)", text[spots[0] + len(m.text):])
            town = nxt and gz.cities.get(norm(nxt.group(1)))
            if town or _other_place(facts, m):
                # "The Hepworth Wakefield": Wakefield's; "The Whitworth in Manchester"
                m.in_name, m.placed = True, False
                if town and not any(o.text == nxt.group(1) for o in facts.mentions):
                    # the town closing the museum's name is where it stands, written at its
                    # own name only (the gate still checks the country and region named)
                    own = [c for c in town if c.get("primary")]
                    if own:
                        added.append(type(m)(nxt.group(1), own, True, True, False, m.kind, placed=True,
                                             cue=m.cue))
                continue
    facts.mentions.extend(added)
    for m in facts.mentions:
        if not m.binds and not m.in_name and _other_place(facts, m) and (spots := _spots(text, m.text)) and all(
                _EMPLOYER.search(text[max(0, at - 30):at]) for at in spots):
            m.in_name, m.placed = True, False
