"""A name written with letters a region's name lacks is not that region (issue 9, recall22de):
"in Münster" is the Westphalian city, never Munster, the Irish province, which the gate would
otherwise hold up as a rival abroad ("also a region of IE, and the caption names no country").
The index compares names without accents (places.names.norm), so the spelling is checked here
on the written form: an umlaut or accent the region's own (ASCII) name does not carry rules the
region out. Names written without accents are compared as before ("in Limburg", "in Kent").
"""

from __future__ import annotations


def spelt_otherwise(written: str, region_name: str) -> bool:
    """The caption writes the name with accented letters that the region's ASCII name lacks."""
    return not written.isascii() and region_name.isascii() and written.casefold() != region_name.casefold()


def double_name(written: str, name: str) -> bool:
    """`name` is a municipality named after two villages, "A-B", and the caption writes the first,
    A ("bei Straßlach" for Straßlach-Dingharting): A is the main village, not a shortened name of
    a longer one ("Ribaute" is not Ribaute-les-Tavernes: a lower-case link; recall22de)."""
    rest = name[len(written):] if name.casefold().startswith(written.casefold()) else ""
    return rest[:1] == "-" and rest[1:2].isupper() and rest[1:].replace("-", "").isalpha() \
        and all(part[:1].isupper() for part in rest[1:].split("-"))
