"""A compiled pattern behind a cheap gate: the words any match must contain, read off the
pattern itself (issue 9: "2,000 captions in under 2 s").

The caption-sheet parser runs a few hundred patterns over each caption (one rule module
beside the other, each with its own "in the X of Y", "bei X", "Phantombild" shapes); most of
them find nothing in most captions, and re's engine still tries each one at every offset of
the text. `gate(re.compile(...))` returns an object that behaves like the pattern but first
asks whether the text holds at least one of the pattern's REQUIRED LITERALS: strings that
every match of the pattern contains (its own characters or a positive lookaround's, which lie
in the string too). Without one, the answer is known without running the engine: no match.

The literals are derived from the parsed pattern, never written by hand, so they cannot drift
from it: a sequence requires any one of its literal runs ("Phantombild" in r"\\bPhantombild
\\w*"), an alternation requires one of its branches' requirements (every branch must have one,
else the whole has none), a repeat of at least one its body's; a negative lookaround, a
character class or an optional part requires nothing. Under IGNORECASE (anywhere in the
pattern: then for all of it, which is only looser) text and literals are compared folded the
way re compares characters: its simple per-character lower-case (`_sre.unicode_tolower`: "İ"
is "i", not "i̇" as str.lower() has it) and its equivalences ("ſ" is "s", "ı" is "i").

A pattern whose best requirement is shorter than MIN_LITERAL characters stays ungated (such a
test saves little and a short string is in most captions). The gate checks the whole string
even when a search is given pos/endpos: a literal absent from the whole is absent from a part.
Only the pattern methods the parser uses are gated (search, match, fullmatch, finditer,
findall, sub, subn, split); every other attribute is the pattern's own.
"""

from __future__ import annotations

import functools
import re

import _sre

from re import _constants as _C, _parser as _P   # the parser re itself uses (Python 3.11+)
from re._casefix import _EXTRA_CASES    # re's characters equal under IGNORECASE beyond lower-case

MIN_LITERAL = 3
_MAX_SET = 48       # an alternation of more literals than this is no cheap test


def _representatives() -> dict[int, int]:
    """Each code point of re's extra case groups ("s" and "ſ", "i" and "ı") -> the group's smallest."""
    rep: dict[int, int] = {}
    for c, others in _EXTRA_CASES.items():
        low = min(c, *others)
        for x in (c, *others):
            rep[x] = min(rep.get(x, low), low)
    return rep


_REP = _representatives()


class _Fold(dict):
    """ord -> the character re compares under IGNORECASE, made on first sight of each one."""

    def __missing__(self, key: int) -> str:
        low = _sre.unicode_tolower(key)
        self[key] = got = chr(_REP.get(low, low))
        return got


_FOLD = _Fold()


@functools.lru_cache(maxsize=64)
def fold(text: str) -> str:
    """`text` as re compares it under IGNORECASE, one character for one (the last few kept:
    many gates read the same caption)."""
    if text.isascii():
        return text.lower()     # the same for ASCII: A-Z to a-z, nothing else changes
    return text.translate(_FOLD)


def _best(options: list[frozenset[str] | None]) -> frozenset[str] | None:
    """Of several requirements that all hold, the most selective: longest shortest string, then fewest."""
    live = [o for o in options if o]
    if not live:
        return None
    # each literal costs one substring test: the fewest of MIN_LITERAL characters or more first
    return max(live, key=lambda o: (min(len(s) for s in o) >= MIN_LITERAL, -len(o), min(len(s) for s in o)))


def _required(items) -> frozenset[str] | None:
    """A set of strings at least one of which every match of this parsed sequence contains (None: none known)."""
    options: list[frozenset[str] | None] = []
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        if op is _C.SUBPATTERN:
            options.append(_required(av[-1]))
        elif op is _C.BRANCH:
            alts = [_required(alt) for alt in av[1]]
            if all(alts):
                union = frozenset().union(*alts)
                options.append(union if len(union) <= _MAX_SET else None)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                options.append(_required(av[2]))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            options.append(_required(av))
        elif op is _C.ASSERT and av[0] == 1:     # a positive lookahead: its text follows in the string
            options.append(_required(av[1]))
        elif op is _C.ASSERT and av[0] == -1:    # a positive lookbehind: its text precedes
            options.append(_required(av[1]))
        # AT, IN, ANY, NOT_LITERAL, CATEGORY, ASSERT_NOT, GROUPREF...: nothing required
    if run:
        options.append(frozenset(["".join(run)]))
    return _best(options)


def _ignorecase_anywhere(items) -> bool:
    for op, av in items:
        if op is _C.SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE or _ignorecase_anywhere(av[-1]):
                return True
        elif op is _C.BRANCH:
            if any(_ignorecase_anywhere(alt) for alt in av[1]):
                return True
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            if _ignorecase_anywhere(av[2]):
                return True
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            if _ignorecase_anywhere(av):
                return True
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if _ignorecase_anywhere(av[1]):
                return True
    return False


def literals(pattern: re.Pattern) -> tuple[tuple[str, ...], bool] | None:
    """(required literals, compared folded) of a compiled str pattern, or None when it has none
    of MIN_LITERAL characters or more."""
    if not isinstance(pattern.pattern, str):
        return None
    parsed = _P.parse(pattern.pattern, pattern.flags)
    need = _required(list(parsed))
    if not need or min(len(s) for s in need) < MIN_LITERAL:
        return None
    folded = bool(pattern.flags & re.IGNORECASE) or _ignorecase_anywhere(list(parsed))
    if folded:
        need = frozenset(fold(s) for s in need)
    # the shorter ones first: a subset test stops at the first present
    return tuple(sorted(need, key=lambda s: (len(s), s))), folded


class GatedPattern:
    """A compiled pattern that answers "no match" without running when none of its required
    literals is in the string (see the module docstring)."""

    __slots__ = ("_rx", "_need", "_folded")

    def __init__(self, rx: re.Pattern, need: tuple[str, ...], folded: bool):
        self._rx, self._need, self._folded = rx, need, folded

    def _may(self, string: str) -> bool:
        # map and any loop in C: a Python loop over the literals cost as much as many a search
        return any(map((fold(string) if self._folded else string).__contains__, self._need))

    def search(self, string, *args, **kw):
        if args or kw:      # a window (pos, endpos) is searched fast; the gate reads the whole string
            return self._rx.search(string, *args, **kw)
        if any(map((fold(string) if self._folded else string).__contains__, self._need)):
            return self._rx.search(string)
        return None

    def match(self, string, *args, **kw):
        if args or kw:      # anchored at pos: one try, cheaper than the gate
            return self._rx.match(string, *args, **kw)
        if any(map((fold(string) if self._folded else string).__contains__, self._need)):
            return self._rx.match(string)
        return None

    def fullmatch(self, string, *args, **kw):
        return self._rx.fullmatch(string, *args, **kw) if args or kw or self._may(string) else None

    def finditer(self, string, *args, **kw):
        return self._rx.finditer(string, *args, **kw) if args or kw or self._may(string) else iter(())

    def findall(self, string, *args, **kw):
        return self._rx.findall(string, *args, **kw) if args or kw or self._may(string) else []

    def sub(self, repl, string, *args, **kw):
        return self._rx.sub(repl, string, *args, **kw) if args or kw or self._may(string) else string

    def subn(self, repl, string, *args, **kw):
        return self._rx.subn(repl, string, *args, **kw) if args or kw or self._may(string) else (string, 0)

    def split(self, string, *args, **kw):
        return self._rx.split(string, *args, **kw) if args or kw or self._may(string) else [string]

    @property
    def pattern(self):
        return self._rx.pattern

    def __getattr__(self, name):
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"gate({self._rx!r}, needs one of {self._need!r})"


def gate(rx: re.Pattern) -> re.Pattern | GatedPattern:
    """`rx` behind its required-literal gate, or `rx` itself when it has no useful one."""
    got = literals(rx)
    return GatedPattern(rx, *got) if got else rx
