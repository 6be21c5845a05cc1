"""A town that belongs to a person or a group, not to the picture (issue 9, origins34: the
wrong places of sheets 155-169).

Captions introduce who is in the picture by the town they come from or hold an office in:
"une famille de X pique-nique dans les monts d'Y", "un chasseur alpin de X allume un cierge à
Y", "des jeunes de l'aumônerie de X font une halte au cirque de Y", "le club de football de X
fête ses 50 ans au stade de Y", "de dominee van de protestantse gemeente in X ... in de Y-kerk",
"a choir from X sings in Y Cathedral", "la chorale de X chante à Y". The old rules listed word
pairs ("lycéens de", "joueurs de", words._FROM_PEOPLE) or one person (placeportrait); the class
is wider: any noun of people, a group or an office (placegroupwords.GROUP), then at most
two lower-case words, a person's name or an institution the group belongs to ("de l'aumônerie",
"van de protestantse gemeente"), then "de/d'/du/van/von/of/from/uit/aus" (or "in" after the
institution) and the town.

Such a town is where the people come from (PlaceMention.origin, ranked as an adjective), and:
- when the caption names another place, even one the index lacks or only in a landmark's or a
  feature's name ("au cirque de Y", "dans les monts d'Y", "in Y Cathedral"), that one wins:
  the town is never written (.person, the gate's warning names it);
- when it names none, the town is the picture's only when a word says the people are at home
  ("devant leur mairie", "in hun eigen clubhuis", "at home"), else blank with the gate's
  warning (`_AT_HOME`); residents, pupils and players (words._FROM_PEOPLE) keep their older
  rule (placetravelled.py), being pictured at home as a rule.

Also here: a region after an origin word ("a pilgrim from Bavaria", "Pilger aus Bayern") is no
region the picture is in, so it gives no country; a demonym after "pays" is a region ("le pays
vannetais"), not the town.

And a country that closes a "from <body> in" phrase (fields34; placefromin.py until unify35,
which made the two tables one) is where the people's body lies, not where the picture is:
"Airmen from an air base in Italy unload supplies near X", "Pilger aus einer Pfarrei in Polen
beten in Y", "Leerlingen uit een dorp in België bezoeken Z", "des scouts venus d'une paroisse
en Suisse campent à W" (`body_country`, read by places.find_places as the country is found).
Only a body named by its noun: "Refugees from Kharkiv in Poland" names a town, then where the
people are, and keeps its country; no comma or stop between the body and the country.

And a place noun after an origin word (villages33; placenounorigin.py until unify35): "im Dorf
X", "het vissersdorp X" put the picture in X (words.CAP_CUES); after "aus"/"uit"/"from" and an
article they say where someone comes from: "Ein Fischer aus dem Fischerdorf X verkauft seinen
Fang in Y", "Een visser uit het dorp X verkoopt ... in Y", "a fisherman from the village of X
sells ... in Y": X is an origin (`noun_origin`, read by places.find_places), written only under
the gate's origin rule (when the caption names no other place), never over Y.
"""

from __future__ import annotations

import re

from captionist.places.words import ADJECTIVE, CAP_CUES, TOWN_WORDS, _FROM_PEOPLE

from .captionwords import caption_words
from .gazetteer import load_gazetteer, norm
from .placegroupwords import BODIES, GROUP
from .placeresidence import _placed_elsewhere
from .placetokens import word_hits

# nouns of people, groups and offices, and the bodies between them and their town ("les jeunes
# de l'aumônerie de X", "de dominee van de gemeente in X"; alone, "l'école de X" is a place: only
# after a group noun): one table with the "from <body> in <country>" reading below
# (placegroupwords.py)
_OF = frozenset("de d' d’ du van von of from uit aus".split())
# the end of a compound group noun: "Kirchenchor", "Posaunenchor", "Schützenverein", "Jongerenkoor"
_GROUP_ENDS = ("chor", "verein", "koor", "fanfare", "pilger")     # not "kapelle": a chapel too
# an elected seat: "the member for X", "Labour MP for X", "the senator for X"
_FOR_OFFICE = frozenset("member mp mla mpp senator councillor candidate".split())
_IN = frozenset("in im".split())      # only after an institution: "de gemeente in X", "the parish in X"
_ARTICLES = frozenset("de la le les l' l’ du des d' d’ van het een der die das den dem des of the a an un une "
                      "leur leurs son sa ses hun zijn haar ihr ihre seine their his her".split())
# a capitalised noun of a person from a region or town ("le conseiller fédéral X, Vaudois d'Y",
# "un Breton de Y"): French demonyms written as nouns
_DEMONYM_NOUN = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:ois|oise|ais|aise|ien|ienne)s?$")
_NOT_DEMONYM = frozenset("palais marais relais anglais français".split())
# words that end the group's phrase: prepositions that place something, conjunctions
_STOPWORDS = frozenset("in im am an auf bei bij op aan te at on near outside à au aux dans sur devant près lors "
                       "pour avec met voor with for during tijdens während beim vor and et en und".split())
_STOP = re.compile(r"[,.;:()!?«»\"]")
_WORDS = re.compile(r"[\w-]+['’]?")     # "l'aumônerie": "l'", "aumônerie"

# a word that puts the people at home, where their town is the picture's place: "devant leur
# mairie", "in hun clubhuis", "bei sich zu Hause", "at their clubhouse"
_AT_HOME = re.compile(
    r"(?i)\b(?:at home|their (?:club ?house|hall|home ground)|à domicile|chez (?:eux|elles|lui|elle)|leur (?:mairie|"
    r"local|salle|église)|thuis|(?:hun|zijn|haar) (?:eigen )?(?:clubhuis|dorp|kerk|stad)|zu hause|daheim|"
    r"(?:ihrem|seinem) (?:vereinsheim|dorf|heimatort)|heimatdorf|heimatstadt|ville natale|village natal)\b")

# another place the caption writes, even one the index lacks: a positional word, at most two
# lower-case words and a "de/of/van", then a capitalised name ("au cirque de Y", "dans les
# monts d'Y", "in Y Cathedral", "op de markt van Y")
_PLACED_NAME = re.compile(
    r"(?<![\w'’])(?:à|au|aux|dans|sur|devant|in|im|am|at|on|op|bij|te|auf|bei|vor|near|près)\s+"
    r"(?:(?:the|le|la|les|l['’]|de|het|der|die|dem|den|des|du|une?|ein|eine|einem|einer|a|an)\s*)?"
    r"(?:[a-zà-ÿ-]+\s+(?:[a-zà-ÿ-]+\s+)?(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+|of\s+(?:the\s+)?|van\s+(?:de\s+|het\s+)?|von\s+))?"
    r"(?P<n>[A-ZÀ-Ý][\w'’-]+)")
_FROM_REGION = re.compile(r"(?<!\w)(?:from|aus|uit)\s+(?:the\s+|dem\s+|der\s+|het\s+)?"
                          r"(?P<n>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)")
_PAYS = re.compile(r"(?i)\bpays\s+$")
# "from [five words] <body> [three words] in" right before a country ("from an air base in")
_FROM_IN = re.compile(r"\b(?:from|aus|uit|venue?s?\sd[eu']|venant\sd[eu'])\s{0,2}(?:[^\s,.;:!?()]{1,25}\s{1,2}){0,5}?"
                      r"(?:" + "|".join(sorted(BODIES, key=len, reverse=True)) + r")\b(?:\s{1,2}[^\s,.;:!?()]{1,25}){0,3}"
                      r"\s{1,2}(?:in|im|en|au|aux|in der|in de|in het)\s{1,2}$", re.IGNORECASE)


def mark_group_towns(facts, text: str) -> None:
    """Apply the module docstring's readings to facts (places.PlaceFacts) in place (called by
    placeorigin.mark_origins after the office rule)."""
    if not facts.mentions and not facts.regions_seen:
        return
    words = caption_words(text)
    if not _may_hold_group(words.lower):
        return      # the prefilter: most captions name no group, office or demonym noun
    for m in facts.mentions:
        if m.demonym and not m.placed and (at := _at(text, m.text)) is not None and _PAYS.search(text[max(0, at - 12):at]):
            m.in_name = True        # "du pays vannetais": a region around Vannes, in its country
            if len(codes := {c["countrycode"] for c in m.cities}) == 1:
                facts.regions_seen.append((codes.pop(), None))
    _origin_regions(facts, text)
    groups = [m for m in facts.mentions if not (_bound_here(text, m) or m.person or m.placed and not _after_institution(m))
              and m.cue[1] not in _FROM_PEOPLE and _group_head(text, m) and not _placed_elsewhere(text, m.text, _at(text, m.text))]
    if not groups:
        return
    names = {m.text for m in groups}
    other = any(o.text not in names and not (o.origin or o.toward or o.person or o.in_name or o.locates_other)
                for o in facts.mentions) or facts.unknown or facts.regions_seen or facts.near_pairs \
        or _named_elsewhere(text, names)
    if not other and _AT_HOME.search(text):
        return      # "la chorale de X répète chez elle": the town stays as written
    for m in groups:
        m.origin, m.person, m.placed = True, True, False
        m.kind = min(m.kind, ADJECTIVE)


_DEMONYM_ENDS = ("ois", "oise", "ais", "aise", "ien", "ienne", "oises", "aises", "iens", "iennes")


def _may_hold_group(lower: frozenset[str]) -> bool:
    """The caption's lower-cased words hold a group noun, a compound of one, an elected seat, a
    French demonym's ending or "pays": else no rule of this module can apply."""
    return not lower.isdisjoint(GROUP) or not lower.isdisjoint(_FOR_OFFICE) or "pays" in lower \
        or any(w.endswith(_GROUP_ENDS) or w.endswith(_DEMONYM_ENDS) for w in lower)


def _after_institution(m) -> bool:
    """m is placed only by "in" after an institution: "de gemeente in X", "the parish in X"."""
    words = m.cue[1].split()
    return m.cue[0] in _IN and len(words) == 2 and words[0].casefold() in BODIES


def _bound_here(text: str, m) -> bool:
    """m is bound to a country or region written right after it ("X, Sweden", "X (Isère)"), not
    to one the caption writes after another name ("from X sings in Y Cathedral, Sweden")."""
    at = _at(text, m.text)
    return bool(m.binds) and (at is None or text[at + len(m.text):at + len(m.text) + 2].startswith((",", " (")))


def _named_elsewhere(text: str, names: set[str]) -> bool:
    """The caption writes a capitalised name as a place, other than the group's town (the index
    may lack it: "au cirque de Y", "dans les monts d'Y", "in de Y-kerk")."""
    return any(h.group("n") not in names and not _in_group_name(h.group("n"), names)
               for h in _PLACED_NAME.finditer(text))


def _in_group_name(word: str, names: set[str]) -> bool:
    return any(word in n.split() or word in n.split("-") for n in names)


def _group_head(text: str, m) -> bool:
    """The words right before m are one of the module docstring's shapes, read from the town
    backwards: "<group> [2 words] [a name] <of> X", "<group> <of> [articles] <institution>
    [2 words] <of|in> X", "<group> <of> <one word> <of> X" ("club de football de X")."""
    at = _at(text, m.text)
    if at is None:
        return False
    head = text[max(0, at - 90):at]
    cut = max((h.end() for h in _STOP.finditer(head)), default=0)
    words = _WORDS.findall(head[cut:])
    if len(words) < 2:
        return False
    last = words.pop().casefold()
    if last in _IN:
        return _institution_hop(words)
    if last == "for":
        return words[-1].casefold() in _FOR_OFFICE     # "the member for X", "MP for X"
    return last in _OF and (_direct(words) or _institution_hop(words) or _one_word_hop(words))


def _group(w: str, first: bool) -> bool:
    low = w.casefold()
    return low in GROUP or low.endswith(_GROUP_ENDS) or first and bool(_DEMONYM_NOUN.match(w)) and w.casefold() not in _NOT_DEMONYM


def _loose(w: str) -> bool:
    """A lower-case word that may stand between a group noun and its "of" ("chasseur alpin de",
    "protestantse gemeente"): no article, preposition or positional word."""
    low = w.casefold()
    return w[:1].islower() and low not in _ARTICLES and low not in _OF and low not in _STOPWORDS


def _direct(words: list[str]) -> bool:
    """"<group> [two lower-case words] [a name of up to three words]" ending `words`."""
    k = len(words) - 1
    names = 0
    while k >= 0 and words[k][:1].isupper() and names < 3 and not _group(words[k], names == 0):
        k, names = k - 1, names + 1
    if k >= 0 and _group(words[k], names == 0):
        return True
    for _ in range(2):
        if k < 0 or not _loose(words[k]):
            return False
        k -= 1
        if k >= 0 and _group(words[k], False):
            return True
    return False


def _institution_hop(words: list[str]) -> bool:
    """"<group> [word] <of> [articles] [two words] <institution> [two words]" ending `words`."""
    k = len(words) - 1
    for _ in range(2):      # "l'école cycliste de"
        if k >= 0 and words[k].casefold() not in BODIES and _loose(words[k]):
            k -= 1
    if k < 0 or words[k].casefold() not in BODIES:
        return False
    k -= 1
    for _ in range(2):      # "de protestantse gemeente"
        if k >= 0 and _loose(words[k]):
            k -= 1
    while k >= 0 and words[k].casefold() in _ARTICLES and words[k].casefold() not in _OF:
        k -= 1
    if k >= 1 and words[k - 1].casefold() in _OF:
        k -= 1      # "van de gemeente": "de" is the article
    return k >= 1 and words[k].casefold() in _OF and _direct(words[:k])


def _one_word_hop(words: list[str]) -> bool:
    """"<group> <of> <one lower-case word>": "le club de football de X", "der Chor von Y"."""
    return len(words) >= 3 and _loose(words[-1]) and words[-2].casefold() in _OF \
        and _group(words[-3], False)


def _origin_regions(facts, text: str) -> None:
    """A region named only after a group's origin word ("a pilgrim from Bavaria") is no region the
    picture is in."""
    if not facts.regions_seen or not caption_words(text).has("from", "aus", "uit"):
        return
    gz = load_gazetteer()
    for hit in _FROM_REGION.finditer(text):
        head = text[max(0, hit.start() - 60):hit.start()]
        words = _WORDS.findall(head[max((h.end() for h in _STOP.finditer(head)), default=0):])
        if not (words and _direct(words)):
            continue        # "smoke rises from the Black Forest": no group's region
        codes = {(r.country, r.code) for r in gz.index.regions(norm(hit.group("n")))}
        if codes and not any(norm(m.text) == norm(hit.group("n")) for m in facts.mentions):
            facts.regions_seen = [r for r in facts.regions_seen if r not in codes or r in facts.regions]


def group_country(text: str, facts, place, sheet_country: str | None, also=None) -> None:
    """A group's town refused for another place the index lacks ("une famille de X ... dans les
    monts d'Y", "de dominee van de gemeente in X ... in de Y-kerk"): the picture is near home, so
    the group's country is written when it is the sheet's and the caption names no other country,
    region or indexed place (placechain.resolve_chain, after the other rules). `also`: another
    reading of such a town (placeworker.worker_town: "une infirmière de X ... à Y")."""
    named = {*facts.countries_seen, *(r[0] for r in facts.regions_seen)}
    if place.city is not None or place.country is not None or place.ambiguous or not sheet_country \
            or named - {sheet_country}:
        return
    own = [m for m in facts.mentions if m.origin and m.person and not m.toward
           and (_group_head(text, m) or also is not None and also(text, m))]
    if not own or not (named or facts.unknown or facts.near_pairs or _named_elsewhere(text, {m.text for m in own})) or any(not (o.origin or o.person or o.toward or o.in_name) for o in facts.mentions):
        return
    # the biggest town of that name, or one of 15,000 people in the sheet's country ("Laval":
    # Quebec's is bigger, but a French sheet's family comes from Laval, Mayenne)
    if all(max(m.cities, key=lambda c: c.get("population") or 0)["countrycode"] == sheet_country or any(
            c["countrycode"] == sheet_country and (c.get("population") or 0) >= 15000 and norm(c["name"]) == norm(m.text)
            for c in m.cities) for m in own):     # (not Mons-en-Barœul for "Mons")
        place.country = sheet_country


def body_country(text: str, start: int) -> bool:
    """The country at text[start:] closes a "from <body> in" phrase (the module docstring)."""
    return _FROM_IN.search(text, max(0, start - 110), start) is not None


# "aus dem Dorf X", "from the village of X" (English writes the noun before "of")
_FROM = frozenset("aus uit from".split())
_NOUN_ARTICLES = frozenset("dem der den des het de the einem einer een a".split())
_OF_NOUNS = frozenset("village hamlet town port".split())
_PLACE_NOUNS = CAP_CUES | TOWN_WORDS    # joined once, not per token asked (speed38)


def noun_origin(tokens, i: int) -> bool:
    """Token i is a name after "<origin word> <article> <place noun>" ("aus dem Dorf X") or
    "from the village of X" (the module docstring)."""
    words = [t[2].casefold() for t in tokens[max(0, i - 4):i]]
    if len(words) >= 3 and words[-1] in _PLACE_NOUNS and words[-2] in _NOUN_ARTICLES and words[-3] in _FROM:
        return True
    return len(words) >= 4 and words[-1] == "of" and words[-2] in _OF_NOUNS \
        and words[-3] in _NOUN_ARTICLES and words[-4] in _FROM


def _at(text: str, word: str) -> int | None:
    hits = word_hits(text, word)
    return hits[0].start() if hits else None
