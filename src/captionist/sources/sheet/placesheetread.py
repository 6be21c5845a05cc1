"""When the second resolve of a caption cannot change its place (issue 9, speed40: 2,000
captions in under 2 s).

The parser resolves every caption twice (parser.parse_sheet, pass 2): once without the sheet's
countries, to learn them, then with its main country and its other countries of two captions
or more. The chain reads those only in these places (placechain.resolve_chain):
- `resolve_place` (`_score`, the rivals, the gate `placegate.refusal`, `country_source`) compares
  the main country with the country of a candidate of one of the caption's mentions and asks
  whether such a candidate's country is one of the others; `placealias.foreign_alias` refuses a
  village named in another language only when the sheet has a main country (`is None`);
- `with_agency` adds the credit's national agency's country to the others;
- `placegroup.group_country` writes the main country only for a place with no city, no country
  and no ambiguity;
- `placefirst.first_sentence_place` reads it after resolving the first sentence on its own.
So the second resolve gives what the first gave when (a) no candidate of the caption lies in
the main country, (b) no country the first resolve asked about is one of the others (`Asked`
notes them: an empty frozenset that behaves as the empty one the first resolve is given, and
counts the chains run; a set operation with it on the right, `{"DE"} & others`, or a set display,
`{a2, *others}`, reads it as a set and goes unnoted: the chain has one display, placeagency's,
read only after `in` asked about the same town's country), (c) the first sentence was not resolved on its own, (d) the first
place has a city, a country or an ambiguity, and (e) no candidate is a village foreign_alias
would refuse given the sheet. Then the first place stands and the second resolve is skipped
("A destroyed building in Bucha, near Kyiv" in a sheet on Poland: its candidates lie in Ukraine,
and Ukraine is none of the sheet's countries). tests/test_sheet_speed40.py parses sheets with
`CHECK` on, which resolves again and compares.
"""

from __future__ import annotations

from .placealias import foreign_alias
from .placeagency import with_agency
from .placegate import TOWN

CHECK = False   # tests: resolve again anyway and assert that the skip was exact


class Asked(frozenset):
    """The empty set of the sheet's other countries for the first resolve, noting each country
    asked about (`in`), whether it was read whole (iterated, combined: then nothing is proved)
    and how many chains ran with it (more than one: the first sentence was resolved again)."""

    def __new__(cls):
        new = super().__new__(cls)
        new.asked, new.whole, new.chains, new.gated = set(), False, 0, []
        return new

    def __contains__(self, a2) -> bool:
        self.asked.add(a2)
        return False

    def _read_whole(self, *args):
        self.whole = True
        return frozenset.__new__(frozenset)

    def __iter__(self):
        self.whole = True
        return iter(())

    def __len__(self) -> int:
        self.whole = True
        return 0

    __or__ = __ror__ = __and__ = __rand__ = __sub__ = __rsub__ = __xor__ = __rxor__ = _read_whole
    union = intersection = difference = symmetric_difference = _read_whole

    def isdisjoint(self, other) -> bool:
        self.whole = True
        return True

    def __reduce__(self):
        return (Asked, ())


def second_unchanged(d, place, asked: Asked, sheet_country: str, sheet_others: frozenset[str]) -> bool:
    """The second resolve of draft `d` (with the sheet's countries) would give `place`, the first
    resolve's, made with `asked` (the module docstring's conditions)."""
    if asked.whole or asked.chains != 1:
        return False
    if place.city is None and place.country is None and not place.ambiguous:
        return False        # group_country may write the sheet's country
    others = with_agency(sheet_others, sheet_country, d.credit and d.credit.line)    # as resolve_chain gives it
    if asked.asked & others:
        return False
    if any(c["countrycode"] == sheet_country for m in d.facts.mentions for c in m.cities):
        return False
    for m, c in asked.gated:
        alias = not (c.get("primary") or c.get("newsroom") or c.get("adjective"))     # as placegate.refusal
        if alias and foreign_alias(m, c, d.facts, sheet_country, others, alias, TOWN):
            return False
    return True
