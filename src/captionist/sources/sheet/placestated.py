"""A place the caption states plainly outranks a weaker mention, even when the index lacks it
(issue 9, unlisted27).

The mutation bench (bench/sheet_mutate.py, mode `unlisted`) replaces the caption's town by a
made-up village. What was then written in its place was, in about 100 of 2,750 mutants,
another town the sentence names some weaker way: a building or street named after a town
("vor dem Buckingham-Palast in Derthorpe", "at Clapham Junction station in Salthorpe"), a
genitive ("die Opfer von Hanau in Taugleben", "un lecteur du Républicain lorrain dans un café
de X"), an origin or a quote, a title ("l'archevêque de Lyon ... à Eschbourac"), a product
("une caisse de Vittel ... à X"). A real caption about a village too small for the index is
written the same way. The positional word says where the picture is; that the index does not
know the name does not make the other town the place.

So when the caption puts the picture "in X" / "à X" / "bij X" (placeunlisted's positional
grammar, the name plain: no quote, no venue, no place word, no origin, the clause ends after
it) with X a name the index lacks, and the city was read from a mention that is NOT itself
written after a positional word, the city is taken back; the country stays only when the
caption names it in words; the record warns with the unknown name and the candidate.
placeunlisted may then write X itself when its grammar also gives the country ("in X, Spain").
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placecompass import COMPASS
from .placeunlisted import _NAME, _ORIGIN, _POSITIONAL, _plain_name, _word_before

# what may follow a place said plainly: the clause ends, or a date or another place phrase starts
# ("in Rehingen.", "in Methausen am Samstag", "in Eisheim, Hessen"), or a German separable verb's
# particle closes the clause ("stellt auf der Messe in X aus.", "legen Blumen in X nieder,")
_CLAUSE_END = re.compile(r"\s?(?:[.,;:!?()\u2013\u2014-]|$|\s(?:am|an|im|bei|nahe|vor|nach|während|on|at|near|during|after|"
                         r"before|op|aan|bij|nabij|tijdens|na|voor|le|au|près|pendant|après|avant|"
                         r"(?:aus|an|ab|auf|ein|nieder|zu|statt|teil|fest|entlang|vorbei)(?=\s?[.,;:!?]|$))\b)")


_CONTINENTS = frozenset("afrika africa afrique azie asia asien asie europa europe amerika america amerique "
                        "oceanie oceania ozeanien arctic arktis arctique balkan".split())
_COMPASS_START = re.compile(r"^(?:" + "|".join(sorted((re.escape(c) for c in COMPASS), key=len, reverse=True)) + r")-?(?P<rest>.+)$")


# "die Opfer von Hanau in X", "l'attentat de Nice, à X": a genitive names what, not where X lies
_GENITIVE = frozenset("von of de du des van der d' d’".split())
# between the village and a known town that locates it: "in Kibera, Nairobi", "in X bei Y",
# "in X, een wijk van Y" (at most three small words), not "in X, gegenüber liegt das polnische Y"
_ANCHOR_BETWEEN = re.compile(r"(?:,\s|\s)(?:[^\W\d_A-ZÀ-Þ][\w'’]*\s){0,3}")


_UNIT_WORDS = frozenset("co county kanton canton landkreis kreis provincie province provinz departement "
                        "district bezirk gemeente region regio".split())
_AREA_STEMS: dict[str, list[int]] = {}


def _respelt_area(key: str, gz) -> bool:
    """"Galicië", "Toscane", "Bretanje": another language's spelling of a region or country of
    the index (its first six letters and about its length), not a village."""
    if not _AREA_STEMS:
        for k in [*gz.countries, *gz.index._all_regions()]:
            if len(k) >= 6 and " " not in k:
                _AREA_STEMS.setdefault(k[:6], []).append(len(k))
    return len(key) >= 6 and " " not in key and any(abs(n - len(key)) <= 2 for n in _AREA_STEMS.get(key[:6], ()))


def _area_or_part(x: str, taken: set[str], gz) -> bool:
    """X is a part of a known place or a wider area, not a village the index lacks:
    "Wien-Favoriten", "Heusden-Zolder" (a part is a town the caption names), "Canada's
    Northwest Territories" (a country in it), "Südalbanien", "Noord-Afrika" (a compass word
    before a country, a region or a continent)."""
    for part in re.split(r"[-\s]", x):
        key = norm(re.sub(r"['’]s$", "", part))
        if key in taken or key in gz.countries:
            return True
    first = norm(re.split(r"[-\s]", x)[0].rstrip("."))
    if first in _UNIT_WORDS:
        return True     # "in Co Offaly", "im Kanton Uri": a county or a canton, not a village
    if "-" in x and any((c.get("population") or 0) >= 15000 for c in gz.cities.get(first, ())):
        return True     # "in Wien-Hütteldorf" (a venue gave Vienna): a district of a known town
    if _respelt_area(norm(x), gz):
        return True
    m = _COMPASS_START.match(norm(x))
    if m:
        rest = m.group("rest").strip()
        return rest in gz.countries or rest in _CONTINENTS or bool(gz.index.regions(rest))
    return False


# a facility or a public place of a town, then the town: "la gare de X", "het station van X",
# "der Hafen von X", "the town hall of X" (a name right after the preposition, no article: not
# "de oever van de Eem", not "le pont de la Concorde"); the noun lies in X, so X is the place
_FACILITY_OF = re.compile(
    r"\b(?:gare|aéroport|port|plage|mairie|marché|café|supermarché|galerie|gymnase|salon|estaminet|hippodrome|"
    r"église|cathédrale|stade|hôpital|école|lycée|usine|salle|quartier|centre-ville|rues|camping|télécabines|"
    r"station|luchthaven|haven|strand|stadhuis|markt|kerk|gemeentehuis|centrum|ziekenhuis|dorpsplein|sporthal|"
    r"[Bb]ahnhof|[Ff]lughafen|[Hh]afen|[Ss]trand|[Rr]athaus|[Mm]arktplatz|[Kk]irche|[Ii]nnenstadt|[Ss]tadion|"
    r"[Kk]rankenhaus|[Kk]linikum|[Oo]rtskern|[Ss]chule|airport|harbou?r|beach|town\shall|market|church|"
    r"hospital|school|streets|outskirts|city\scentre)\s(?:de|d['’]|van|von|of)\s?(?P<x>" + _NAME + ")")


def _stated(text: str, facts) -> tuple[str, int] | None:
    """The first name the caption places with a positional word ("in X", "à X", "bij X") or
    after a facility of a town ("la gare de X") that the index lacks, read plainly (see the
    module docstring)."""
    gz = load_gazetteer()
    taken = {norm(m.text) for m in facts.mentions}
    for m in sorted([*_POSITIONAL.finditer(text), *_FACILITY_OF.finditer(text)], key=lambda m: m.start("x")):
        x = m.group("x")
        if _word_before(text, m.start()).casefold() in _ORIGIN or _area_or_part(x, taken, gz):
            continue
        if any(0 <= (at := text.find(t.text)) < m.start("x") < at + len(t.text) for t in facts.mentions):
            continue    # inside a name the index holds: "bei Thundorf in Unterfranken"
        # "Yellowknife in Canada's ...", "Arzúa in Galicië": the name right before says which town;
        # "in Kibera, Nairobi", "in Wals-Siezenheim bei Salzburg": a known town right after locates it
        before, likely = text[:m.start()].rstrip(" ,"), facts.likely()
        if any(before.endswith(t.text) and t.cue[0].casefold() not in _GENITIVE for t in likely) \
                or any(_ANCHOR_BETWEEN.fullmatch(text, m.end("x"), at) for t in likely
                       if (at := text.find(t.text, m.end("x"))) > 0):
            continue
        if _plain_name(text, m.start("x"), m.end("x"), gz) and _CLAUSE_END.match(text, m.end("x")):
            return x, m.start()
        # "in Methausen am Samstag": the name reads on into a day; its first word alone
        first, end = x.split()[0], m.start("x") + len(x.split()[0])
        if first != x and _plain_name(text, m.start("x"), end, gz) and _CLAUSE_END.match(text, end):
            return first, m.start()
    return None


# point-like positional words: "at Haneda airport in X", "am Flughafen M in X", "op station M in X"
_AT = frozenset("at am an op aan au bei".split())


def _venue_before(text: str, facts, m, x_at: int) -> bool:
    """A city written after a point-like positional word names a venue or a facility when the
    unknown place follows it in the same phrase: "at Clapham Junction station in X", "at the
    Riverside in X". (Measured and dropped: the same for a venue of the venue table, "im
    Petersdom in X": 2 wrong places fewer, but 66 mutants lost the table's town and country,
    "Thialf in X" -> Heerenveen; the table's town is the stronger evidence.)"""
    if m.text not in text or m.cue[0].casefold() not in _AT:
        return False
    end = text.find(m.text) + len(m.text)
    between = text[end:x_at]
    return 0 <= len(between) <= 40 and not re.search(r"[.;:!?]\s", between)


def _named_by_name(text: str, a2: str | None) -> bool:
    """The caption names country a2 by its name ("Kenya", "South Africa"), not by an adjective
    ("das polnische Zgorzelec" says which country the other town is in, not the picture)."""
    if a2 is None:
        return False
    gz = load_gazetteer()
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    return any(gz.index.country_kind.get(k := norm(" ".join(words[i:i + n]))) == "name" and gz.countries.get(k) == a2
               for n in (1, 2, 3) for i in range(len(words) - n + 1))


def weaker_mention_outranked(text: str, facts, place) -> None:
    """Take back a city read from a mention without a positional word when the caption places
    the picture at a name the index lacks (the module docstring)."""
    m = place.mention
    if place.city is None or place.city.get("unlisted") or m is None:
        return
    if m.placed and (m.text not in text or m.cue[0].casefold() not in _AT):
        return      # _venue_before's first test, which needs no stated name: _stated's scans spared
    found = _stated(text, facts)
    if found is None or (m.placed and not _venue_before(text, facts, m, found[1])):
        return
    x = found[0]
    country = place.country if _named_by_name(text, place.country) else None
    why = "a venue or facility before it" if m.placed else "without a positional word"
    place.take_back(f"place not written: {x} is not in the gazetteer; candidates: {x}, "
                    f"{place.city.get('name')} (read from '{m.text}', {why})", country)
