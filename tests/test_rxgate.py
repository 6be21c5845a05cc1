"""rxgate: a pattern behind the literals every match must contain answers exactly as the pattern
does. Strings are our own, chosen to hit the case-folding traps of re's IGNORECASE (a dotted
capital I, a long s, the Kelvin sign) and the windows the parser searches in."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import captionist.sources.sheet as sheet_pkg
from captionist.rxgate import GatedPattern, gate, literals

STRINGS = [
    "", "ab", "A police sketch of the suspect, released on Friday.", "Ein Phantombild des Täters",
    "İSTANBUL: crowds near Taksim Square", "Die Straſse am Stadtrand von Köln", "KELVIN 300 K",
    "Des passants aux portes de Lyon, le 3 mai.", "Vlak bij de grens, niet ver van Venlo",
    "Travellers at Bahnhof Zürich HB", "Crowds on Maidan Nezalezhnosti in Kyiv", "«Stade» et STATION",
]


@pytest.mark.parametrize("pattern, flags, need, folded", [
    (r"\b(?:police sketch|phantombild|identikit)\b", re.I, ("identikit", "phantombild", "police sketch"), True),
    (r"\bBahnhof|\bStation\b", 0, ("Bahnhof", "Station"), False),
    (r"(?:ab|cd)xyz", 0, ("xyz",), False),     # one literal every match holds beats two alternatives
    (r"(?i:Stadt)rand", 0, ("stadt",), True),  # IGNORECASE in a part: all compared folded
    (r"(?<=Image source),\s", 0, ("Image source",), False),     # a lookbehind's text is in the string
])
def test_literals(pattern, flags, need, folded):
    assert literals(re.compile(pattern, flags)) == (need, folded)


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:a|bc)", r"x?y?z?", r"(?!abc)\w", r"[A-Z]{3}"])
def test_no_useful_literal_stays_ungated(pattern):
    rx = re.compile(pattern)
    assert gate(rx) is rx


CASES = [
    (r"(?i)\bistanbul\b", "İSTANBUL: crowds"),      # "İ" is "i" to re, and to the gate
    (r"(?i)strasse", "Die Straſse"),               # "ſ" is "s" to re under IGNORECASE
    (r"(?i)\bk\b", "KELVIN 300 K"),                # too short to gate: the pattern itself
    (r"(?i)kelvin", "KELVIN 300 K"),
    (r"\bStation\b", "«Stade» et STATION"),        # case-sensitive: no match, the gate says so first
    (r"(?i)aux portes de (?P<t>\w+)", "Des passants aux portes de Lyon, le 3 mai."),
]


@pytest.mark.parametrize("pattern, text", CASES)
def test_gated_answers_as_the_pattern(pattern, text):
    rx = re.compile(pattern)
    g = gate(rx)
    for s in [text, *STRINGS]:
        assert bool(g.search(s)) == bool(rx.search(s))
        assert g.findall(s) == rx.findall(s)
        assert [m.span() for m in g.finditer(s)] == [m.span() for m in rx.finditer(s)]
        assert g.sub("#", s) == rx.sub("#", s)
        assert g.split(s) == rx.split(s)
        assert bool(g.match(s)) == bool(rx.match(s))
        for pos in (0, 3, len(s) // 2):    # a window: searched as the pattern would
            assert bool(g.search(s, pos)) == bool(rx.search(s, pos))


def _gated_in_parser():
    found = {}
    for info in pkgutil.iter_modules(sheet_pkg.__path__):
        mod = importlib.import_module(f"{sheet_pkg.__name__}.{info.name}")
        for name, value in vars(mod).items():
            if isinstance(value, GatedPattern):
                found[f"{info.name}.{name}"] = value
    return found


def test_parser_gates_agree_on_corpus_lines():
    """Every gated pattern of the sheet parser finds what its pattern finds on the tuned corpus's
    lines (a slice of them: the corpus is the parser's own test data)."""
    gated = _gated_in_parser()
    assert len(gated) >= 20
    tuned = Path(__file__).parent / "sheets" / "corpus" / "tuned"
    lines = [line for txt in sorted(tuned.glob("*.txt"))[:12] for line in txt.read_text("utf-8").splitlines() if line]
    lines += STRINGS
    for name, g in gated.items():
        for line in lines:
            assert [m.span() for m in g.finditer(line)] == [m.span() for m in g._rx.finditer(line)], (name, line)
