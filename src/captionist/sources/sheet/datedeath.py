"""Days and years of a person's life, and police appeal pictures: not the picture's date
(issue 9, dates; fields32: the obituary and court desks of the tuned sheets 125-134).

- **The day of a death.** An obituary's archive picture is captioned with the year it was
  taken AND the day the person died: "pictured at the club in 1994. She died on Saturday",
  "tijdens een optreden, 1978. Zij overleed zaterdag", "aufgenommen 1985. Er starb am
  Samstag", "dans son atelier, en 1972. Il est mort samedi", "who died on Friday aged 91, at
  home in 2015". The day name (or "gestern", "hier") in the clause of a verb of dying dates
  the death, never the picture (a portrait or a mourning picture is not of that day): dates.py
  passes it by and takes the caption's own year, else gives none (`death_day`). A scene's
  death ("the crossing where three people died on Tuesday") is left alone: the picture may
  well be of that day.
- **The year of a birth**: "born in Schlanders in 1940, pictured ... in 1978", "Né à Brive en
  1929", "geboren 1938 in Köln": the person's, never the picture's (`birth_year`).
- **A police appeal picture**: a composite sketch, an e-fit, a wanted or appeal picture
  ("Mit diesem Phantombild sucht die Polizei ... der am 14. November ...", "A police appeal
  image of ... last seen on Nov. 19", "ce portrait-robot ... le 8 novembre") was drawn or
  handed out; the date in its caption is the crime's or the last sighting's, the picture has
  none of its own (`appeal_marker`; the parser writes no date and a warning).

Bounded windows and quantifiers only: linear time, like the rest of the parser.
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

_I = re.IGNORECASE
_DYING = (r"died|dies|passed away|starb|verstarb|(?:est|était)\s(?:morte?|décédée?)|morte?|décédée?|"
          r"s['’]est\séteinte?|overleed|stierf")
# the verb, then at most three words without a stop or comma ("died on", "overleed", "starb am",
# "est mort", "who died last"), then the day at the end of the window
_DEATH_BEFORE = re.compile(r"\b(?:" + _DYING + r")\b(?:\s[^\s.;:,!?()]{1,12}){0,3}\s{1,2}$", _I)
# Dutch and German put the verb after the day: "die zaterdag overleed", "am Samstag gestorben"
_DEATH_AFTER = re.compile(r"^(?:\s[^\s.;:,!?()]{1,20}){0,4}?\s(?:overleed|overleden|gestorven|stierf|gestorben|"
                          r"verstorben|starb|verstarb)\b", _I)
# "the bridge where three people died on Tuesday": a scene's day, which may be the picture's
_SCENE = re.compile(r"\b(?:where|waar|wo|où)\b[^,.;:!?]{0,50}$", _I)
_BORN_BEFORE = re.compile(r"\b(?:born|geboren|née?)\s[^,.;:()!?]{0,40}$", _I)
_APPEAL = gate(re.compile(
    r"\b(?:phantombild(?:es|s)?|phantomzeichnung|fahndungs(?:foto|bild)\w{0,2}|portraits?-robots?|"
    r"photos?-robots?|compositietekening(?:en)?|compositiefoto|opsporings(?:foto|beeld)\w{0,2}|e-?fits?|"
    r"identikit|photofits?|police sketch|composite sketch|(?:police\s)?appeal\s(?:image|photo|picture)|"
    r"wanted poster|avis de recherche)\b", _I))


def death_day(plain: str, start: int, end: int) -> bool:
    """The day name or relative word at plain[start:end] stands in a clause of dying."""
    m = _DEATH_BEFORE.search(plain, max(0, start - 60), start)
    if m is not None:
        return _SCENE.search(plain, max(0, m.start() - 50), m.start()) is None
    return _DEATH_AFTER.match(plain[end:end + 80]) is not None


def birth_year(plain: str, start: int) -> bool:
    """The year at `start` closes a clause of being born."""
    return _BORN_BEFORE.search(plain, max(0, start - 60), start) is not None


def appeal_marker(text: str) -> str | None:
    """The words that mark the caption's picture as a police sketch or appeal picture."""
    m = _APPEAL.search(text)
    return m.group(0) if m else None


def appeal_warning(marker: str) -> str:
    return f"no date written: a police sketch or appeal picture ('{marker}') has no date of its own"
