"""placenotthere._spots finds a name's whole-word spots with str.find (speed23): it must give
the very positions of the pattern it replaced, re.finditer(r"(?<!\\w)" + re.escape(name) +
r"(?!\\w)"), on names and texts with accents, digits, apostrophes, underscores and overlaps."""

import random
import re

from captionist.sources.sheet.placenotthere import _spots


def _by_pattern(text: str, written: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(written) + r"(?!\w)", text)]


def test_spots_match_the_pattern_on_captions():
    cases = [
        ("Vastelaovend in Venlo? Nee: in Tegelen, niet in Venlo.", "Venlo"),
        ("Venlo-Blerick and Venlo_2 and 2Venlo and Venlo²", "Venlo"),
        ("São José dos Campos, São José", "São José"),
        ("aaa aa aaaa a", "aa"),
        ("Köln Kölner Köln's Köln", "Köln"),
        ("L'Haÿ-les-Roses à L'Haÿ-les-Roses", "L'Haÿ-les-Roses"),
        ("", "Lyon"),
        ("Lyon", ""),
    ]
    for text, name in cases:
        assert _spots(text, name) == _by_pattern(text, name), (text, name)
    assert _spots("Venlo? Nee: in Tegelen, niet in Venlo.", "Venlo") == [0, 32]


def test_spots_match_the_pattern_on_random_strings():
    rnd = random.Random(23)
    alphabet = "aAé_1 .-'’Ö²\u0301"
    for _ in range(50_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        name = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 3)))
        assert _spots(text, name) == _by_pattern(text, name), (text, name)
