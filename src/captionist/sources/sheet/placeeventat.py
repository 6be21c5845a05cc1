"""A race, match or meeting "at X" names a course or a ground, not a village (issue 9, wrong27).

"Ballyhoura Lad wins the Drinmore Novice Chase at Fairyhouse, Co Meath": Fairyhouse is a
racecourse; "the final at Lansdowne", "a point-to-point meeting at Loughanmore". When the index
does not hold the name, the unlisted-village rule (placeunlisted.py) would write it as a
village because a county follows; an event's noun (or "win") right before "at" says the name
is where the event is held, a course or a ground, which may lie outside any village. A town
the index holds is unaffected ("the Gold Cup at Cheltenham" is Cheltenham), and so is a
facility's or building's town ("the former power station at Shannonbridge, Co Offaly").
"""

from __future__ import annotations

import re

# the event's noun or a verb of winning, right before "at" (English only: "at" is English)
_EVENT = re.compile(
    r"(?i)\b(?:chase|hurdle|stakes|handicap|plate|derby|cup|trophy|classic|bumper|point-to-point|"
    r"race|races|racing|meeting|meet|fixture|match|game|final|semi-final|quarter-final|tie|"
    r"tournament|open|championships?|grand prix|festival|win|wins|won|winning|victory|triumph|"
    r"debut|round|stage|leg)\s$")


def event_before(text: str, at: int) -> bool:
    """The words before position `at` (where "at X" starts) end with an event's noun or "win"."""
    return bool(_EVENT.search(text[max(0, at - 30):at]))
