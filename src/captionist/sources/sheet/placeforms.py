"""Written forms that join two words into one place or bind a town to its state or county
(issue 9, wrong20). A pass over the mentions places.find_places has read, made in
placeorigin.mark_origins:

- a Swiss or Italian bilingual name written with a slash ("Biel/Bienne", "Sils/Segl",
  "Brienz/Brinzauls") is ONE town: when the index does not know the whole, its first part is
  kept only as the towns that bear the second part too; a first part that is another town
  (Brienz in Bern for Brienz/Brinzauls in Graubünden) is part of a name the index lacks.
  Two towns by their own names ("Flughafen Köln/Bonn") are left as they are, and so are
  dpa's "town/river" spellings ("Halle/Saale", "Frankfurt/Main");
- "in Paris im US-Bundesstaat Tennessee", "in de Amerikaanse staat X", "dans l'État du X",
  "in the state of X": the state binds the town written just before it (GeoNames admin1);
- "Littleton, Co Tipperary": an Irish county binds the town before it to Ireland;
- "the Bord na Móna factory", "Údarás na Gaeltachta": an Irish name of several words is an
  organisation's (or a place's whole name): none of its words alone is a town;
- "Les supporters du FC Lugano au stade de Cornaredo": a stadium's name ("stade de X",
  "Stadio X", "Estadio X") that is a town only in another country than the team's town is the
  ground's name (a quarter of Lugano, not Cornaredo, Lombardy): no town is written from it.
"""

from __future__ import annotations

import re

from captionist.places.words import CLUB_WORDS

from .captionwords import caption_words
from .gazetteer import load_gazetteer, norm

_WORD = r"[^\W\d_][\w'’-]*"
_SLASH = re.compile(rf"(?<![\w/])({_WORD})/({_WORD})(?![\w/])")
# the second part of dpa's "town/river" spellings: a river or wine road, not a second name
_RIVERS = frozenset(norm(w) for w in (
    "Main Oder Saale Havel Tauber Lech Saar Ruhr Rhein Donau Elbe Spree Mosel Neckar Inn Isar Lahn "
    "Weser Fulda Werra Lahn Nahe Fils Rems Enz Murr Ilm Ems Lippe Sieg Wupper Leine Aller Ilmenau "
    "Weinstraße Wstr Opf Oberpfalz Ofr Mfr Ufr Taunus Harz Allgäu Eifel Pfalz Vogtland").split())
# "im US-Bundesstaat Tennessee", "in de Amerikaanse staat Ohio", "dans l'État du Tennessee",
# "in the state of Maine", "im Bundesstaat New York"
_STATE = re.compile(r"\b(?:im\s+(?:US-)?Bundesstaat|in\s+de\s+(?:Amerikaanse\s+)?staat|"
                    r"dans\s+l['’]État\s+(?:du|de|de\s+la|des)|dans\s+l['’]État\s+d['’]|"
                    r"in\s+the\s+(?:US\s+|U\.S\.\s+)?state\s+of)\s*"
                    r"(?P<n>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)")
_COUNTY = re.compile(rf"(?P<t>{_WORD}),\s+Co\.?\s+(?P<n>[A-Z][\w-]+)")
_IRISH_NAME = re.compile(rf"({_WORD})\s+na\s+(h?{_WORD})")
_CLUB = re.compile(rf"\b({_WORD})(?=\s+([A-Z][\w-]+))")
_STADIUM = frozenset("stadio estadio estádio stadion stade stadium".split())


def _stadium(cue: tuple[str, str]) -> bool:
    words = cue[1].split()
    return cue[0] in _STADIUM or len(words) == 2 and words[0] in _STADIUM and words[1] in ("de", "du", "of")


# German articles: a capitalised word after one is a noun ("durch die Gassen", "auf den Wiesen")
_DE_ARTICLES = ("die ", "der ", "das ", "den ", "dem ", "des ")


def _noun_after_article(o, text: str) -> bool:
    """o is written right after a German article and names only small places abroad by another
    spelling (GeoNames keeps "Gassen" as the German name of Jasień, Poland): a common noun. A
    town's own name after an article stays ("das Berlin der Zwanziger")."""
    if any(c.get("primary") or c.get("newsroom") or c.get("adjective") or (c.get("population") or 0) >= 15000
           for c in o.cities):
        return False
    at = text.find(" " + o.text)
    return at >= 3 and (at == 3 or not text[at - 4].isalnum()) and text[at - 3:at + 1].casefold() in _DE_ARTICLES


def written_forms(facts, text: str):
    """facts (places.PlaceFacts) with the forms of the module docstring applied."""
    if not facts.mentions:
        return facts
    gz, words = load_gazetteer(), caption_words(text)
    # each pattern below needs a word (or the slash) most captions lack: asked of the table first
    for m in _SLASH.finditer(text) if "/" in text else ():
        first, second = m.group(1), m.group(2)
        if not (first[:1].isupper() and second[:1].isupper()) or norm(second) in _RIVERS:
            continue
        whole = norm(m.group())
        if any(norm(o.text) == whole for o in facts.mentions):
            continue        # the index knows the whole name ("Biel/Bienne", "Domat/Ems")
        seconds = gz.cities.get(norm(second), ())
        ids = {c["geonameid"] for c in seconds}
        if any(c.get("primary") for c in seconds) and not any(
                c["geonameid"] in ids for o in facts.mentions if o.text == first for c in o.cities):
            continue        # two towns ("am Flughafen Köln/Bonn"), not one town's two names
        for o in facts.mentions:
            if o.text == first:
                both = [c for c in o.cities if c["geonameid"] in ids]
                if both:
                    o.cities = both
                else:
                    o.in_name = True    # "Brienz/Brinzauls": not Brienz, Bern
            elif o.text == second:
                o.in_name = True        # the second name of the same town, read with the first
    for m in _STATE.finditer(text) if any(w in words.low for w in ("staat", "état", "state")) else ():
        name = m.group("n")     # "New York", or "Tennessee" of "Tennessee Trümmer"
        regions = [r for r in gz.index.regions(norm(name)) if r.code]
        if not regions and " " in name:
            name = name.split()[0]
            regions = [r for r in gz.index.regions(norm(name)) if r.code]
        before = [o for o in facts.mentions if (at := text.find(o.text)) >= 0 and at < m.start()
                  and o.binds is None]
        if not regions or not before:
            continue
        o = before[-1]
        r = next((r for r in regions if any(c["countrycode"] == r.country and c["admin1code"] == r.code
                                            for c in o.cities)), regions[0])
        o.binds = (r.country, r.code)
        facts.regions_seen.append((r.country, r.code))
        facts.unknown[:] = [u for u in facts.unknown if name not in u]
    for o in facts.mentions:
        if o.cities and o.text[:1].isupper() and _noun_after_article(o, text):
            o.in_name = True    # "durch die Gassen": a German noun, not Jasień (Gassen), Poland
    for m in _COUNTY.finditer(text) if words.has("co") else ():
        ie = [r for r in gz.index.regions(norm(m.group("n"))) if r.country == "IE"]
        for o in facts.mentions:
            if ie and o.text == m.group("t") and o.binds is None:
                o.binds = ("IE", ie[0].code)     # not in Ireland: refused by the gate (c)
                if ("IE", ie[0].code) not in facts.regions:
                    facts.regions.append(("IE", ie[0].code))     # the country stays, the town may not
    for m in _IRISH_NAME.finditer(text) if words.has("na") else ():
        if m.group(1)[:1].isupper() and m.group(2).lstrip("h")[:1].isupper():
            for o in facts.mentions:
                if o.text in (m.group(1), m.group(2)) and not o.binds:
                    o.in_name = True      # "the Bord na Móna factory": not Bords, France
    return facts


def team_ground(facts, text: str) -> None:
    """A stadium named like a town only in another country than the team's town: the ground's
    name, not a town (after placeagree.mark_teams). The team's town is not taken in its place:
    the team may be the visitors ("les joueurs du FC Metz au stade de Cornaredo")."""
    gz = load_gazetteer()
    grounds = [o for o in facts.mentions if _stadium(o.cue) and not o.binds]
    if not grounds:
        return
    home = {c["countrycode"] for m in _CLUB.finditer(text) if norm(m.group(1)) in CLUB_WORDS
            for c in gz.cities.get(norm(m.group(2)), ()) if c.get("primary") or c.get("newsroom")}
    for o in grounds:
        if home and not home & {c["countrycode"] for c in o.cities}:
            o.in_name = True
