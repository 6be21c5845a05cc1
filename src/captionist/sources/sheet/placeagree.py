"""General precision rules of the place gate (issue 9, precision17): classes of wrong places,
not one rule per miss. Measured on the tuned part with the specific rules of rounds 14/15
switched off (bench/place_rules_off.py; figures in docs/sheets.md, "General precision rules").

- teams and people are not places: a town's name written as a team's (its players, position,
  captain, coach, club form) is the team's home, and a name a portrait, grave or supporters are
  of is a person's, not where the picture is (`mark_teams`; the gate's "a person or team");
- agreement with a named region: a town must lie in the province, Land or state the caption
  places the picture in, and a namesake there wins (`regions_written`, `prefer_named_region`,
  `other_region`, asked by the gate through `general_refusal`).

Measured and not taken: "a town abroad needs a capital or a big city" (its cost in right cities
is twenty times the wrong places it catches on our corpus).
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

from .gazetteer import norm
from .placeadmin1 import admin1_of
from .placeteamwords import TEAM_PEOPLE
from .placetokens import word_hits


def general_refusal(m, city: dict, facts, sheet_country: str | None,
                    sheet_others: frozenset[str] = frozenset()) -> str | None:
    """The first of this module's rules that refuses `city`, or None (placegate's hook)."""
    return getattr(m, "unsure_region", None) or m.unknown_slot \
        or other_region(m, city, facts)    # (placenotown.py, placeunknownslot.py)


# --- agreement with a named region (rule 2) -------------------------------------------------
# (ISO 3166-2 -> GeoNames admin1: placeadmin1.py)


# a region's adjective right before a town's name says which region the town lies in ("im
# bayerischen Neustadt", "het Brabantse Oss", "la commune savoyarde de X"... only right before
# the name: "ein bayerischer Landwirt in Wien" names no region of the picture); (stem, country,
# ISO 3166-2 codes), the stem followed by the language's endings
_REGION_ADJECTIVES = (
    ("bayerisch", "DE", ("BY",)), ("sächsisch", "DE", ("SN",)), ("thüringisch", "DE", ("TH",)),
    ("hessisch", "DE", ("HE",)), ("niedersächsisch", "DE", ("NI",)), ("brandenburgisch", "DE", ("BB",)),
    ("baden-württembergisch", "DE", ("BW",)), ("rheinland-pfälzisch", "DE", ("RP",)),
    ("saarländisch", "DE", ("SL",)), ("schleswig-holsteinisch", "DE", ("SH",)),
    ("mecklenburgisch", "DE", ("MV",)), ("mecklenburg-vorpommersch", "DE", ("MV",)),
    ("nordrhein-westfälisch", "DE", ("NW",)), ("sachsen-anhaltisch", "DE", ("ST",)),
    ("steirisch", "AT", ("6",)), ("niederösterreichisch", "AT", ("3",)), ("oberösterreichisch", "AT", ("4",)),
    ("burgenländisch", "AT", ("1",)), ("kärntnerisch", "AT", ("2",)), ("tirolerisch", "AT", ("7",)),
    ("Kärntner", "AT", ("2",)), ("Tiroler", "AT", ("7",)), ("Vorarlberger", "AT", ("8",)),
    ("Walliser", "CH", ("VS",)), ("Bündner", "CH", ("GR",)), ("Tessiner", "CH", ("TI",)),
    ("Südtiroler", "IT", ("32",)), ("Allgäuer", "DE", ("BY", "BW")),     # german19
    ("westfälisch", "DE", ("NW",)), ("ostfriesisch", "DE", ("NI",)), ("fränkisch", "DE", ("BY",)),   # recall22de
    ("oberbayerisch", "DE", ("BY",)), ("niederbayerisch", "DE", ("BY",)), ("sauerländisch", "DE", ("NW",)),
    ("Brabants", "NL", ("NB",)), ("Limburgs", "NL", ("LI",)), ("Zeeuws", "NL", ("ZE",)),
    ("Fries", "NL", ("FR",)), ("Drents", "NL", ("DR",)), ("Gelders", "NL", ("GE",)),
    ("Overijssels", "NL", ("OV",)), ("Noord-Hollands", "NL", ("NH",)), ("Zuid-Hollands", "NL", ("ZH",)),
    ("Brabants", "BE", ("VBR", "WBR")), ("Limburgs", "BE", ("VLI",)),
    ("Kempisch", "BE", ("VAN", "VLI")), ("Twents", "NL", ("OV",)), ("Vlaams", "BE", ("VLG",)),
    ("Waals", "BE", ("WAL",)),
    ("alsacien", "FR", ("GES",)), ("breton", "FR", ("BRE",)), ("normand", "FR", ("NOR",)),
    ("savoyard", "FR", ("ARA",)), ("vendéen", "FR", ("PDL",)), ("landais", "FR", ("NAQ",)),
)
_ENDINGS = r"(?:e|en|er|es|em|ne|nne|nes|nnes|s)?"
# where someone comes from: "ein Landwirt aus dem bayerischen Neustadt ... in Berlin" names the
# farmer's region, not the picture's
_FROM = re.compile(r"(?i)\b(?:aus|uit|from|von|van|de|of)(?: (?:dem|der|den|het|de|the|la|le|l['’]))? $")
# at most one noun and "de"/"van"/"von" between: "im bayerischen Dorf Oberammergau", "het Brabantse
# dorp Oss", "le village savoyard de Bonneval"
_BETWEEN = r"(?: [\w]+)?(?: (?:de|du|van|von))? ?(?<=[ '’])"
# "ein fränkischer Winzer": an indefinite article makes the word after the adjective a noun, not a
# town (Winzer, Bavaria; recall22de)
_INDEFINITE = re.compile(r"(?i)\b(?:ein|eine|einen|einem|einer|eines|een|a|an|un|une) $")
_US_STATE_WORD = gate(re.compile(r"(?:US-Bundesstaat|US-Staat|Amerikaanse staat|staat|State of|state of|l['’]État de"
                            r"|l['’]Etat de) (?:l['’]|le |la )?([A-Z][\w]+(?:[ -][A-Z][\w]+)?)"))


# the stems lowercased once, not once a caption (the table's test costs less than its lowering)
_LOW_STEMS = tuple((entry[0].lower(), entry) for entry in _REGION_ADJECTIVES)


def regions_written(facts, text: str) -> None:
    """Add to facts.regions the regions a caption writes in the ways places.py does not read: a
    region's adjective right before a town ("im bayerischen Neustadt", "het Brabantse Oss") and
    "im US-Bundesstaat X"."""
    from .gazetteer import load_gazetteer
    gz = load_gazetteer()
    found = []
    for hit in _US_STATE_WORD.finditer(text):
        found += [(r.country, r.code) for r in gz.index.regions(norm(hit.group(1))) if r.country == "US"]
    low = text.lower()
    stems = [entry for stem, entry in _LOW_STEMS if stem in low]    # most captions: none
    for m in facts.mentions:
        for stem, a2, codes in stems:
            if not any(c["countrycode"] == a2 for c in m.cities):
                continue    # before the pattern, compiled anew for each stem and town
            # a whole word: "Südtiroler" is not "Tiroler", "niedersächsisch" not "sächsisch"
            hit = re.search(r"(?<!\w)(?i:" + re.escape(stem) + r")" + _ENDINGS + _BETWEEN + re.escape(m.text) + r"(?![\w])",
                            text)
            if hit and not _FROM.search(text[:hit.start()]) \
                    and not _INDEFINITE.search(text, max(0, hit.start() - 8), hit.start()):
                found += [(a2, code) for code in codes]
    facts.regions += [r for r in dict.fromkeys(found) if r not in facts.regions]


def other_region(m, city: dict, facts) -> str | None:
    """The caption places the picture in a province, Land or state of the city's country ("in
    Hoorn in de provincie Limburg", "in Springfield, in the state of Oregon") and the city lies in
    another: refused, whatever its size (a namesake in the named region, when the index has one,
    has already ranked first: placeresolve binds the caption's regions)."""
    if m.binds:
        return None     # "X, Region" right after the name: placegate checks that binding
    if any(o.origin or o.toward for o in facts.mentions if o is not m):
        return None     # "Feuerwehrleute aus Neustadt in Bayern helfen in Dresden": whose region?
    cc = city["countrycode"]
    named = {a for a2, code in facts.regions if a2 == cc and (a := admin1_of(a2, code))}
    # any region of the country the caption names will do ("Hochwasser in Bayern und
    # Baden-Württemberg: Helfer in Ulm"), once one is written as where the picture is
    also = {a for a2, code in facts.regions_seen if a2 == cc and (a := admin1_of(a2, code))}
    if named and city.get("admin1code") not in named | also:
        return "not in the province or state the caption names"
    return None


# --- teams and people are not places (rule 3) ----------------------------------------------
# the words of a team's people, in the four languages: a town's name right before them names a
# team ("Coburgs Kreisläufer", "the Leeds captain", "Ajax-spelers", "X-Trainer") or, with "of",
# right after them ("die Spieler von X", "les joueurs de X", "Hockeyers van X"); not its fans,
# who are where they are ("Grazer Fans feiern in der Merkur Arena", "Eindhovense supporters ...
# op het Stratumseind": counting them cost 3 right cities of the tuned part)
_TEAM_PEOPLE = TEAM_PEOPLE     # placeteamwords.py: one table with placeorigin's positions and roles
_AFTER_TOWN = re.compile(r"^(?:['’]s|s)?(?: |-)(?:" + _TEAM_PEOPLE + r")\b", re.IGNORECASE)
_BEFORE_TOWN = re.compile(r"\b(?:" + _TEAM_PEOPLE + r") (?:von|of|van|de|du|d['’])\s?$", re.IGNORECASE)
# a person is what a portrait, statue, grave or funeral is of, and whom supporters follow: a
# name after these is a person's ("Ein Porträt von Mandela": not Mandela, Ghana; "a mural of
# Kagame", "les partisans de Mélenchon", "het graf van Kok"), never the picture's place
_OF_PERSON = re.compile(
    r"(?i)\b(?:portrait|porträt|portret|mural|wandbild|muurschildering|fresque|poster|plakat|affiche|statue|"
    r"standbeeld|büste|bust|buste|borstbeeld|grave|grab|graf|tombe|tomb|funeral|beerdigung|begräbnis|"
    r"trauerfeier|begrafenis|uitvaart|funérailles|obsèques|widow|witwe|weduwe|veuve|supporters|partisans|"
    r"aanhangers|anhänger|anhängerinnen|tribute|hommage|eerbetoon|memory|mémoire|gedenken|herdenking)"
    r" (?:of|von|van|de|du|d['’]|für|to|voor|aan)(?: the| den| dem| der| die| het| le| la)?\s?$")
# a club's name around a town's: "FC Groningen", "SV Werder", "Olympique de Marseille", "Leeds
# United", "Bristol Rovers" (not "City": "Mexico City", "Leicester City Council")
_CLUB_BEFORE = re.compile(r"(?:\b(?:1\. )?(?:FC|SV|SC|VfB|VfL|TSV|TSG|SpVgg|AS|AC|RC|HC|EHC|SSC|KV|KRC|RSC|"
                          r"Olympique de|Olympique|Stade|Racing|Sporting|Real|Atlético|Dynamo|Borussia|Eintracht) )$")
_CLUB_AFTER = re.compile(r"^ (?:United|Rovers|Wanderers|Athletic|Albion|Hotspur|Rhinos|FC)\b")


def mark_teams(facts, text: str) -> None:
    """Mark the mentions of `facts` written as a team's or a person's name (the tables above):
    the gate (placegate.refusal, PlaceMention.person) writes such a town only when a positional
    cue of its own puts the picture there ("in Leeds"), never from the team alone."""
    for m in facts.mentions:
        if m.binds or m.placed or m.in_name or (m.origin and not m.person):
            continue    # "players of Paris Saint-Germain": part of another name; a home side at its ground (placeorigin)
        for hit in word_hits(text, m.text, hyphen_after=True):
            head, tail = text[:hit.start()], text[hit.end():]
            if _AFTER_TOWN.search(tail) or _BEFORE_TOWN.search(head[-40:]) or _OF_PERSON.search(head[-40:]) \
                    or _CLUB_BEFORE.search(head[-25:]) or _CLUB_AFTER.search(tail):
                m.person = True      # the gate: "a person or team ..., not where the picture is"
                break


def coded_first(regions: tuple) -> list:
    """The index's regions of one name without those of no code whose country has one with a
    code ("Sachsen": DE-SN, not DE without a code, so the rule above can place the town), in
    their order."""
    coded = {r.country for r in regions if r.code}
    return [r for r in regions if r.code or r.country not in coded]


def prefer_named_region(facts) -> None:
    """A name some towns of the named region bear stands for those towns ("op de Cauberg bij
    Valkenburg tijdens de Ronde van Limburg" is Valkenburg aan de Geul in Limburg, not the
    Valkenburg in Zuid-Holland): the others are dropped from the mention's candidates."""
    named = {(a2, a) for a2, code in facts.regions if (a := admin1_of(a2, code))}
    if not named:
        return
    for m in facts.mentions:
        inside = [c for c in m.cities if (c["countrycode"], c.get("admin1code")) in named]
        if inside and not m.binds and len(inside) < len(m.cities):
            m.cities = inside
