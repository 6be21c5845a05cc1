"""Where the person portrayed comes from is not where the picture is (issue 9, wrong28).

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

# singular nouns of a trade or of a place's people, in the four languages (masculine and
# feminine); plural groups are left to placegate's origin rule
_NOUNS = (
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
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?: (?:van|de|der|den|von|du|le|la) ?)?(?: [A-ZÀ-Ý][\w'’-]+)+"
_ORIGIN = r"(?:aus|uit|van|from|of|de|d'|d’)"
_BEFORE = re.compile(
    rf"(?:\b{_NAME} \(\d{{1,3}}\),?|(?i:\b(?:{'|'.join(_NOUNS)}))(?: {_NAME})?(?: \(\d{{1,3}}\))?,?) "
    rf"{_ORIGIN} ?$")
# the same town written as the picture's place elsewhere in the caption
_PLACED = r"(?i:\b(?:in|im|at|bij|te|op|auf|à|au|dans|near|bei|nahe)) {}\b"

WARNING = "place not written: {x} (where the person portrayed comes from, not where the picture is)"


def portrayed_origin(text: str, facts, place) -> None:
    """Take back a city written only as where the one person portrayed comes from."""
    m = place.mention
    if place.city is None or m is None or m.binds:
        return
    at = text.find(m.text)
    if at < 0 or not _BEFORE.search(text[max(0, at - 80):at]):
        return
    if re.search(_PLACED.format(re.escape(m.text)), text):
        return
    keep = place.country if place.country in facts.countries_seen else None
    place.take_back(WARNING.format(x=m.text), keep)
