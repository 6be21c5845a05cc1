"""Other romanisations of town names written in Arabic, Persian, Cyrillic, Armenian or Georgian.

GeoNames keeps one or two English-style romanisations of a town of Gaza, Lebanon, the Caucasus
or Ukraine ("Dayr al Balah", "Sumgayit", "Hulyaypole", "Nabatieh", "Yeraskh"); newsrooms in
each language write their own ("Deir al-Balah", French "Soumgaït", "Huliaipole" or
"Hulyaipole", "Nabatiyé", German "Jeraskh"), so the caption named a town the index did not know
(cities32, sheets 130-133). The index gets, as plain alternate names (prim 0, so a written town
of its own name keeps precedence), the spellings the regular correspondences below give back,
for the towns of the countries whose names come through a transliteration, of 10,000 people
or more (a smaller village's made-up respelling would more often meet a word or a surname
than the village).

The rules work on normal forms (names.norm: no accents, lower case, hyphens as spaces): each
is (pattern, replacement) applied to one name at a time, once, and each result is a key.
"""

from __future__ import annotations

import re

# countries whose town names reach nl/en/de/fr newsrooms romanised from another script
SCRIPT_COUNTRIES = frozenset(
    "PS IL LB SY JO IQ IR AF SA YE OM AE QA BH KW EG LY TN DZ MA MR SD SS TD ER ET SO DJ "
    "AM AZ GE UA RU BY MD KZ UZ TM KG TJ MN PK".split())
MIN_POPULATION = 10000
# the sheet parser respells Dutch, German and French forms of names written in Cyrillic itself
# ("Vouhledar", "Charkiw", "Kostjantynivka": sources/sheet/placeclues.cyrillic_respelling), to
# the town's own name; an alternate-name key here would meet them first and lose that: only the
# national Ukrainian "ai" (_BOTH) is added for these countries
_RESPELT_BY_PARSER = frozenset("UA RU BY BG RS MK KZ KG TJ MN".split())

# (regex on a normal form, replacement): one correspondence between newsroom spellings
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    # Arabic "dayr"/"deir"/"dair" (monastery) and the article al/el/ad/ash... written with it
    (r"\bdayr\b", "deir"),
    (r"\bdeir\b", "dayr"),
    (r"\bal (?=\w)", "el "),
    (r"\bel (?=\w)", "al "),
    # -iyeh / -ieh / -iye / -iya endings of one Arabic ending ("Nabatieh", "Nabatiyé")
    (r"ieh\b", "iye"),
    (r"iyeh\b", "iye"),
    (r"iyah\b", "iya"),
    # "-ay" before a consonant is "-ai" in the national Ukrainian and the French spelling
    # ("Hulyaypole" / "Hulyaipole", "Sumgayit" / "Sumgait")
    (r"ay(?=[^aeiouy ])", "ai"),
    (r"ayi", "ai"),
    # French writes the u sound "ou" ("Soumgaït", "Douchanbé"), German writes initial y as j
    # ("Jeraskh", "Jerewan") and sh as sch ("Schuscha")
    (r"(?<![aeiouy])u", "ou"),
    (r"^y(?=[aeiou])", "j"),
    (r"sh", "sch"),
    (r"^q", "k"),
    (r" qala\b", " kala"),
))


_BOTH = tuple(r for r in _RULES if r[1] == "ai")     # "ay" -> "ai" before a consonant, "ayi" -> "ai"


def variants(key: str, rules=_RULES) -> set[str]:
    """The keys one normalised name is also written as: each rule once, and the French ou-
    and ai-spellings together ("sumgayit" -> "soumgait")."""
    out = set()
    for rx, rep in rules:
        got = rx.sub(rep, key)
        if got != key:
            out.add(got)
    # two correspondences met in one French spelling: "sumgayit" -> "sumgait" -> "soumgait"
    for first in list(out):
        for rx, rep in rules:
            got = rx.sub(rep, first)
            if got != first and rep in ("ou", "ai"):
                out.add(got)
    out.discard(key)
    return {k for k in out if len(k) >= 4}


# a whole Dutch or French spelling of one name: each language writes every u, sh... its own way
# at once ("Rustavi" nl "Roestavi", "Kabul" nl "Kaboel", "Batumi" nl "Batoemi"; "Mazar-i-Sharif"
# fr "Mazar-i-Charif", "Shusha" fr "Choucha"/nl "Sjoesja"); the rules above give one change at a
# time (unlisted38: the Dutch "oe" and the French "ch" were in none of them)
_LANGUAGE_SPELLINGS: tuple[tuple[tuple[re.Pattern[str], str], ...], ...] = tuple(
    tuple((re.compile(p), r) for p, r in lang) for lang in (
        ((r"ay(?=[^aeiouy ])", "ai"), (r"(?<![aeiouy])u", "oe"), (r"sh", "sj")),    # Dutch
        ((r"ay(?=[^aeiouy ])", "ai"), (r"(?<![aeiouy])u", "ou"), (r"sh", "ch")),    # French
    ))


def language_spellings(key: str) -> set[str]:
    """The Dutch and the French spelling of one normalised name, each rule of the language
    applied in turn ("sukhumi" -> "soekhoemi", "mazar i sharif" -> "mazar i charif")."""
    out = set()
    for lang in _LANGUAGE_SPELLINGS:
        v = key
        for rx, rep in lang:
            v = rx.sub(rep, v)
        out.add(v)
    out.discard(key)
    # a short respelling is too often a word of the language itself (Dutch "moet", "hoera",
    # the name "Loek"; French "chêne"): six letters at least
    return {k for k in out if len(k) >= 6}


def spelled_keys(city: dict, keys: set[str]) -> set[str]:
    """The Dutch and French spellings of a town's names (language_spellings) for the towns
    transliterated_keys covers, except those whose Cyrillic names the parser respells itself;
    the builder adds one only where it names no other town (a Dutch respelling that is some
    village's own name stays that village's)."""
    if city.get("countrycode") not in SCRIPT_COUNTRIES or city["countrycode"] in _RESPELT_BY_PARSER \
            or int(city.get("population") or 0) < MIN_POPULATION:
        return set()
    out: set[str] = set()
    for k in keys:
        out |= language_spellings(k)
    return out - keys


def transliterated_keys(city: dict, keys: set[str]) -> set[str]:
    """The extra keys for one GeoNames city (its country, population and current keys)."""
    if city.get("countrycode") not in SCRIPT_COUNTRIES or int(city.get("population") or 0) < MIN_POPULATION:
        return set()
    out: set[str] = set()
    rules = _BOTH if city["countrycode"] in _RESPELT_BY_PARSER else _RULES
    for k in keys:
        out |= variants(k, rules)
    return out - keys
