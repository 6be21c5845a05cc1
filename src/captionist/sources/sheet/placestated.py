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

A town's adjective is the weakest such mention (mutate24; placeoutranked.py until unify35,
which made the two one module):
"Die Kölner jubeln nach dem Sieg in Darmstadt" is placed in Darmstadt: a cued town beats an
adjective. The mutation bench (bench/sheet_mutate.py, mode `unlisted`) showed what happens when
the stated town is a village the index lacks: "Die Kölner jubeln nach dem Sieg in Rehingen"
gave Cologne, "Solinger Messer auf einer Messe in Eisheim" gave Solingen, "Das Wiener
Burgtheater gastiert in Bibstedt" gave Vienna. The adjective says who or what (fans, knives, a
theatre), the positional name says where; that the index does not know the name does not make
the adjective's town the place. So when the city was read from an adjective or demonym only and
the caption puts the picture "in X" with X a plain name the index lacks (placeunlisted's test:
no quote, no venue, no word of the place word lists, no origin), the adjective's town is not
written; a country is kept only when the caption names it in words, and the village itself is
written when placeunlisted's grammar places it ("in X, Spain"). The record warns with both.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placecompass import COMPASS
from .dates import CALENDAR_NAMES
from .placeunlisted import _NAME, _ORIGIN, _PLACE_NOUN, _POSITIONAL, _plain_name, _word_before

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


# after a name that outranks an adjective: _CLAUSE_END without the separable verbs' particles (with
# them, "stellt auf der Messe in X aus" is read here before weaker_mention_outranked, whose warning
# names the candidates: kept apart, so the output stays as it was); a noun after "in" runs on
# into its verb ("Besucherinnen in Dirndl stoßen an", "in Uniform marschieren"): not a place
_ADJ_CLAUSE_END = re.compile(r"\s?(?:[.,;:!?()\u2013\u2014-]|$|\s(?:am|an|im|bei|nahe|vor|nach|während|on|at|near|during|after|"
                             r"before|op|aan|bij|nabij|tijdens|na|voor|le|au|près|pendant|après|avant)\b)")


def stated_unlisted(text: str, facts) -> str | None:
    """The first name the caption places plainly ("in X", "bij X", "à X") that the index lacks."""
    gz = load_gazetteer()
    taken = {norm(m.text) for m in facts.mentions}
    # "in het dorp X", "the village of X" (placeunlisted's place nouns), but not "im Erftstädter
    # Ortsteil Blessem": a part of the adjective's own town. Measured and dropped: a name after
    # a noun and "de"/"van"/"of" ("la plage de X"): +5 mutants, but it took rivers, canals,
    # bridges and eras for villages ("de oever van de Eem", "de Rialtobrug"): 8 tuned cities lost
    found = [*_POSITIONAL.finditer(text), *(m for m in _PLACE_NOUN.finditer(text)
                                            if not m.group(0).casefold().startswith("ortsteil"))]
    for m in sorted(found, key=lambda m: m.start("x")):
        x = m.group("x")
        if _word_before(text, m.start()).casefold() in _ORIGIN or any(norm(w) in taken for w in [x, *x.split()]):
            continue
        if _plain_name(text, m.start("x"), m.end("x"), gz) and _ADJ_CLAUSE_END.match(text, m.end("x")):
            return x
        # "in Methausen am Samstag": the name reads on into a day; its first word alone
        first, end = x.split()[0], m.start("x") + len(x.split()[0])
        if first != x and _plain_name(text, m.start("x"), end, gz) and _ADJ_CLAUSE_END.match(text, end):
            return first
    return None


def adjective_outranked(text: str, facts, place) -> None:
    """Take back a city read only from an adjective when an unlisted town is stated (above)."""
    m = place.mention
    if place.city is None or place.city.get("unlisted") or m is None or not m.demonym:
        return
    x = stated_unlisted(text, facts)
    if x is None:
        return
    place.take_back(f"place not written: {x} is not in the gazetteer; "
                    f"{place.city.get('name')} was read from an adjective only ({m.text})", _named(place, facts))


def weak_word_taken_back(text: str, facts, place) -> None:
    """A compass word that only opens a compound ("Noord-Frankrijk", "Noord-Indiase", "Süd-Tirol")
    is a direction, not the town GeoNames calls so (Noord, Aruba); a feast ("le marché de Noël")
    is no town (Noel, Missouri). Found by the mutation bench once the real town of the caption was
    replaced by one the index lacks: the weak word was all that was left."""
    m = place.mention
    if place.city is None or place.city.get("unlisted") or m is None:
        return
    key = norm(m.text)
    compass = key in COMPASS and re.search(rf"(?<![\w-]){re.escape(m.text)}-\w", text) \
        and not re.search(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", text)
    if not (compass or key in CALENDAR_NAMES):
        return
    place.take_back(f"place not written: {m.text} is a {'direction' if compass else 'feast'} here, "
                    f"not {place.city.get('name')}", _named(place, facts))


def _named(place, facts) -> str | None:
    """The place's country if the caption names it, else None: what stays when the city goes."""
    return place.country if place.country in set(facts.countries_seen) else None
