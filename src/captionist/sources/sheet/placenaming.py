"""Which name of the city the sheet parser writes (issue 9, wrong23).

GeoNames gives some towns their name in a minority or co-official language as the main name
(Trá Mhór for Tramore, Cluain Meala for Clonmel, both Irish); a reader of "in Tramore, Co
Waterford" would not recognise the Irish form in the city field. When the caption writes
another of the town's own names, that name is written, in the caption's spelling:

- only when the caption is in the majority language of the town's country (English for
  Ireland and Britain, French for France, German for Germany, Dutch for the Netherlands),
  where GeoNames mixes in main names in Irish, Welsh, Gaelic, Catalan, Breton, Sorbian or
  Frisian: the caption then writes the name its readers know ("Clonmel", "Le Perthus",
  "Lübbenau"); in another language the written form is an exonym ("Vintimille", "Coire",
  "Siders") and the index's name stays; in the bilingual countries the language of the town's
  region decides (placewrittenform.TOWN_LANGS, names46: a French caption's "Sion" is the town's
  own name, GeoNames' main name "Sitten" the German one);
- only for a town under PROMINENT people: a big city's other names are exonyms ("Luik",
  "Kiew", "Mailand"), and the newsroom names in place_aliases.json settle those;
- never when the main name holds the written one ("Kirchberg SG", "Hengelo (Gld)"): what
  tells namesakes apart stays;
- never when the written form only spells the main name otherwise ("Kalenberg" for
  Callenberg); a name of more or fewer words ("Tramore", Trá Mhór) is another name;
- never when the written form is an adjective or demonym ("Rotterdamse"), and never when the
  hand-kept newsroom spelling exists (gazetteer.city_name).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from .gazetteer import city_name, load_gazetteer, norm
from .places import PlaceMention
from .placepartname import part_named
from .placewrittenform import fuller, speaks, titled

# countries whose GeoNames main names are partly in a minority language -> their majority one
MAJORITY = {"IE": "en", "GB": "en", "FR": "fr", "DE": "de", "NL": "nl"}
PROMINENT = 100000
# two spellings this alike (difflib's ratio) are one name: Kalenberg / Callenberg 0.84,
# Lübbenau / Lubnjow 0.53, Dunkerque / Dunkirk 0.62
SAME_NAME = 0.7
# a place name's leading article -> its language (norm() folds "l'" into the word, so only whole ones)
_ARTICLE = {"le": "fr", "la": "fr", "les": "fr", "el": "ca", "els": "ca", "es": "ca", "il": "it", "lo": "it",
            "de": "nl", "het": "nl", "den": "de", "der": "de", "die": "de", "an": "ga", "y": "cy"}


def written_name(city: dict, m: PlaceMention | None, lang: str) -> str:
    """The cityName for `city`, read from mention `m` of a caption in `lang` (see the module
    docstring)."""
    if m is None or str(city["geonameid"]) in load_gazetteer().preferred:
        return city_name(city)
    text = m.text.strip()
    if not m.demonym and part_named(text, city_name(city)):
        return text     # "Noordwijk", not Noordwijk-Binnen (placepartname)
    if city.get("adjective") or m.demonym:
        return city_name(city)
    # the caption's form must be a whole name in Latin letters, capitalised as a name is
    latin = text[:1].isupper() and all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in text)
    # "in Greifswald" (Universitäts- und Hansestadt Greifswald), "in San Vito di Cadore" (San
    # Vito): the index's name with a title, or cut short (placewrittenform)
    main = city_name(city)
    if latin and (titled(text, main) or fuller(text, main, load_gazetteer())) and _named(text, city):
        return text
    small = (city.get("population") or 0) < PROMINENT
    # "à Sion" in a French caption (GeoNames: Sitten): the town's own name in a language its
    # region speaks, even where a newsroom table lists both (placewrittenform.speaks)
    own_tongue = latin and small and speaks(city, lang) and city.get("newsroom")
    if (city.get("primary") or city.get("newsroom")) and not own_tongue:
        return city_name(city)
    if not (MAJORITY.get(city["countrycode"]) == lang or speaks(city, lang)) or not small or not latin:
        return city_name(city)
    key, own = norm(text), norm(city_name(city))
    # "Kirchberg" of Kirchberg SG, "Hengelo" of Hengelo (Gld), "Lohne" of Lohne (Oldenburg): the
    # main name is the written one with what tells namesakes apart, which stays
    if key == own or key in own or own in key:
        return city_name(city)
    # another spelling of the same name stays the index's ("Kalenberg" is Callenberg, "Ennistymon"
    # Ennistimon): only a name of other words, or one spelt far apart, is another language's
    # a name whose article is another language's is that language's name, however alike the
    # rest ("au Perthus" writes Le Perthus, not the Catalan main name "el Pertús"; districts34)
    if _ARTICLE.get(key.split()[0]) and _ARTICLE.get(own.split()[0]) and \
            _ARTICLE[key.split()[0]] != _ARTICLE[own.split()[0]]:
        return text
    if len(key.split()) == len(own.split()) and SequenceMatcher(None, key, own).ratio() >= SAME_NAME:
        return city_name(city)
    return text


def _named(text: str, city: dict) -> bool:
    """`text` is itself one of the names the index keeps for `city`."""
    return any(c["geonameid"] == city["geonameid"] for c in load_gazetteer().cities.get(norm(text), ()))
