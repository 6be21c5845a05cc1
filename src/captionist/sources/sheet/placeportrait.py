"""The person in a portrait: where things happened to them, or where they come from, is not
where the picture was taken (issue 9).

**A handout portrait** (wrong27, `portrait_event_place`).
Police forces, families and courts hand out portraits and custody images; the caption then
tells what happened to the person and where: "X was arrested in Wellingborough two days after
the killing. Photograph: Northamptonshire Police", "Y, who died in Ely last month, in an
undated family photo", "Z wurde in Bochum festgenommen (Foto: Polizei)". That town is where
the arrest, the death or the disappearance took place; the picture was taken in a studio, a
custody suite or a family album, nobody knows where. The city (and the country that came with
it) is taken back with a warning naming the town.

Both must hold, so that a picture taken at the scene keeps its place ("Police arrest a man in
Leeds", "Un train arrêté à Rennes", "A protester was arrested in Paris. Photo: Reuters"):

- the picture is a handout portrait: its credit is a police force, a family or a handout
  ("Northamptonshire Police", "Family handout", "Polizei Essen", "Politie", "Gendarmerie
  nationale"), or the caption says so ("undated", "handout", "custody image", "mugshot",
  "family photo", "Fahndungsfoto", "archiefbeeld van de familie" aside);
- the written city follows (or, in German and Dutch, precedes) a verb of an event in the
  person's life: arrested, detained, charged, convicted, sentenced, jailed, killed, murdered,
  found dead, died, born, lived, grew up, went missing, last seen (and the four languages'
  forms: "festgenommen", "verhaftet", "gearresteerd", "aangehouden", "arrêté", "interpellé",
  "condamné", "tué", "mort", "disparu", ...).

**Where the person portrayed comes from** (wrong28, `portrayed_origin`).
Freelancers' sheets introduce the person in the picture by name, age, trade and home: "Landwirt
Josef Straubinger (62) aus Arnstorf verteilt Flugblätter", "Boerin Gerda Schuurman (54) uit
Noordeinde schenkt koffie", "Une productrice de Lombez présente ses canards", "A beekeeper from
Ledbury checks a hive". The town tells who the person is; the picture may be at the protest, the
market or the show miles away, and the caption does not say. The city (and the country that
came with it, unless the caption names that country itself) is taken back with a warning naming
the town.

The shape, all of it required, right before the written town:

- an origin word: "aus", "uit", "van", "from", "of", "de", "d'";
- right after ONE person: a name with an age in brackets ("Gerda Schuurman (54)"), or a
  singular noun of a trade ("Landwirt", "boerin", "farmer", "productrice"), optionally followed by the person's name ("Landwirt Josef Straubinger aus").

Kept: a resident ("Une habitante de Roquebillière devant sa maison", "een bewoner van X"), who
is pictured at home as a rule; a group ("Feuerwehrleute aus Wernigerode", placegate's origin rule decides), and a
town the caption also writes as the picture's place ("... aus Arnstorf auf seinem Hof in
Arnstorf").
"""

from __future__ import annotations

import re
from captionist.rxgate import gate



# the credit of a handout portrait: a police force, a family, a handout
_CREDIT = re.compile(
    r"(?i)\b(?:police|constabulary|garda|politie|polizei|polizeipräsidium|landeskriminalamt|lka|"
    r"gendarmerie|handout|family|familie|famille|privé|privat|private|courtesy|"
    r"ministry of justice|prison service|justizvollzug)\b")
# the caption says the picture is a portrait handed out
_TEXT = gate(re.compile(
    r"(?i)\b(?:undated|handout|custody (?:image|photo|photograph)|mugshot|booking photo|"
    r"family (?:photo|photograph|picture|handout)|police (?:photo|photograph|handout|image)|"
    r"fahndungsfoto|polizeifoto|familienfoto|politiefoto|familiefoto|ongedateerd|undatiert|"
    r"photo de famille|photo non datée|photo fournie)\b"))
# a verb of an event in the person's life, right before the town ("arrested in", "who died at")
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:arrested|detained|held|charged|convicted|sentenced|jailed|imprisoned|tried|killed|"
    r"murdered|stabbed|shot dead|attacked|found dead|found guilty|died|born|lived|living|grew up|"
    r"went missing|disappeared|vanished|last seen|reported missing|"
    r"arrêtée?s?|interpellée?s?|condamnée?s?|incarcérée?s?|tuée?s?|assassinée?s?|morte?s?|décédée?s?|"
    r"disparue?s?|née?s?|vue?s? pour la dernière fois|"
    r"festgenommen|verhaftet|verurteilt|getötet|ermordet|gestorben|geboren|vermisst|gesehen|"
    r"gearresteerd|aangehouden|opgepakt|veroordeeld|vermoord|overleden|geboren|vermist|gezien)"
    r"(?: [\w'’-]+){0,3} (?:in|at|near|from|à|au|en|près de|te|bij|nahe|bei|im)\s*$")
# German and Dutch put the participle after the town: "wurde in Bochum festgenommen"
_EVENT_AFTER = re.compile(
    r"(?i)^(?:,? [\w'’-]+){0,3}? (?:festgenommen|verhaftet|verurteilt|getötet|ermordet|gestorben|"
    r"vermisst|zuletzt gesehen|gearresteerd|aangehouden|opgepakt|veroordeeld|vermoord|overleden|"
    r"vermist|voor het laatst gezien)\b")

WARNING = "place not written: {x} (where something happened to the person of a handout portrait)"


def handout_portrait(text: str, credit_line: str | None) -> bool:
    """The picture is a portrait handed out by police, a family or a court (module docstring)."""
    return bool(credit_line and _CREDIT.search(credit_line)) or bool(_TEXT.search(text))


def portrait_event_place(text: str, credit_line: str | None, place) -> None:
    """Take back a city that is where something happened to the person of a handout portrait."""
    m = place.mention
    if place.city is None or m is None or not handout_portrait(text, credit_line):
        return
    at = text.find(m.text)
    if at < 0:
        return
    head, tail = text[max(0, at - 60):at], text[at + len(m.text):at + len(m.text) + 60]
    if _EVENT_BEFORE.search(head) or (head.endswith(("in ", "In ", "te ", "bei ")) and _EVENT_AFTER.match(tail)):
        place.take_back(WARNING.format(x=m.text))

# singular nouns of a trade or of a place's people, in the four languages (masculine and
# feminine); plural groups are left to placegate's origin rule
_TRADES = (
    # de
    "landwirt landwirtin bauer bäuerin winzer winzerin schäfer schäferin imker imkerin fischer "
    "fischerin züchter züchterin gärtner gärtnerin händler händlerin metzger metzgerin bäcker "
    "bäckerin rentner rentnerin "
    "schüler schülerin unternehmer unternehmerin handwerker handwerkerin "
    # nl
    "boer boerin akkerbouwer akkerbouwster melkveehouder veehouder veehoudster varkenshouder "
    "pluimveehouder tuinder teler kweker visser imker "
    "ondernemer ondernemster gepensioneerde bakker slager "
    # en
    "farmer grower beekeeper fisherman fisherwoman shepherd breeder winemaker baker butcher "
    "pensioner shopkeeper crofter smallholder "
    # fr
    "agriculteur agricultrice éleveur éleveuse producteur productrice viticulteur viticultrice "
    "vigneron vigneronne maraîcher maraîchère apiculteur apicultrice pêcheur pêcheuse berger "
    "bergère fromager fromagère boulanger boulangère boucher bouchère "
    "retraité retraitée commerçant commerçante artisan artisane paysan paysanne").split()
_PERSON_NAME = r"[A-ZÀ-Ý][\w'’-]+(?: (?:van|de|der|den|von|du|le|la) ?)?(?: [A-ZÀ-Ý][\w'’-]+)+"
_FROM_WORDS = ("aus", "uit", "van", "from", "of", "de", "d'", "d’")
_FROM = rf"(?:{'|'.join(_FROM_WORDS)})"
_ORIGIN_BEFORE = re.compile(
    rf"(?:\b{_PERSON_NAME} \(\d{{1,3}}\),?|(?i:\b(?:{'|'.join(_TRADES)}))(?: {_PERSON_NAME})?(?: \(\d{{1,3}}\))?,?) "
    rf"{_FROM} ?$")
# the same town written as the picture's place elsewhere in the caption
_ORIGIN_PLACED = r"(?i:\b(?:in|im|at|bij|te|op|auf|à|au|dans|near|bei|nahe)) {}\b"

ORIGIN_WARNING = "place not written: {x} (where the person portrayed comes from, not where the picture is)"


def portrayed_origin(text: str, facts, place) -> None:
    """Take back a city written only as where the one person portrayed comes from."""
    m = place.mention
    if place.city is None or m is None or m.binds:
        return
    at = text.find(m.text)
    head = text[max(0, at - 80):at]
    if at < 0 or not _from_last(head) or not _ORIGIN_BEFORE.search(head):
        return
    if re.search(_ORIGIN_PLACED.format(re.escape(m.text)), text):
        return
    keep = place.country if place.country in facts.countries_seen else None
    place.take_back(ORIGIN_WARNING.format(x=m.text), keep)


def _from_last(head: str) -> bool:
    """What _ORIGIN_BEFORE needs, told without a pattern: head ends in a _FROM word, then one
    space at most (its `$` also matches before a final newline)."""
    head = head[:-1] if head.endswith("\n") else head
    return (head[:-1] if head.endswith(" ") else head).endswith(_FROM_WORDS)
