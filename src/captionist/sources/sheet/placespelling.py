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
