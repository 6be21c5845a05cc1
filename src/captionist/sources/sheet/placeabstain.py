"""When to write a place (issue 9, abstain34): a city the resolver chose is written only when
the evidence behind it (placeevidence.Evidence) is of a class that has earned it; otherwise the
city stays blank, the caption gets a warning naming the candidates, and the country stays
when the caption or the sheet says it independently of the withheld city.

The classes, measured by bench/sheet_calibrate.py over the tuned corpus (tables and the
trade-off curve in docs/sheets.md, "Abstaining"). Precision there is 99% in nearly every class
(rules were fitted to those captions); on a desk no rule had seen (parts 155-169) it fell to
91%, and what separated right from wrong was not the name's namesakes, size or score but
whether the caption says the picture is THERE:
  loose     a name written without a cue ("X residents", "X fans"; no demonym) of a town under
            100,000 that places in several countries bear, in a country only the sheet gives
            (or none): the caption
            says neither that it is a place nor which one (uncued and adjective names are the
            weakest classes on the fitted part, 89-96%; those with namesakes are rare there);
  others    a name written only as "the X of Y" / "de Y" / "van Y" / after a verb (not with a
            word that puts the picture there: placegate.positional), not bound to a country,
            while the caption writes another place too: which of the two is the picture's the
            caption does not say ("le ministre de Y ... à <village>");
  sheet     a name written so, in a country only the sheet's other captions give, or none;
  unbound   any name written so, not bound to a country the caption names.
A setting withholds a ladder of them (SETTINGS; ACTIVE is the one the parser uses); the setting
"learned" (learn35) withholds instead a city a logistic model of the evidence (placelearned.py)
gives under its threshold: left out batch by batch it trades better than the ladder (0.9: 14
right cities lost for 4 wrong places saved over the six blind batches, "others" 62 for 4) but
short of one saved per two lost, so it is not ACTIVE (bench/sheet_learn.py, docs/sheets.md).
The cities later rules write (an unlisted village placed by grammar:
placeunlisted, placewiredash, placebarevillage) carry their own rule's evidence and are left to
those rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from captionist.places.words import ADJECTIVE, CUED, UNCUED

from . import placelearned

_NAMED = ("binds", "named")      # the caption names the city's country itself


def _loose(ev) -> bool:
    """Written without a cue, a name of places in several countries, its country only the
    sheet's ("Ashford residents ...": Kent, Middlesex, Co Wicklow, Connecticut)."""
    unique = ev.namesakes <= 1 or ev.margin is not None and ev.margin >= 3.0
    return ev.kind in (UNCUED, ADJECTIVE) and not ev.demonym and not ev.binds and not unique \
        and ev.country in ("sheet", "none") and ev.population < 100000     # a city is written by name alone


def _unplaced(ev) -> bool:
    """Written as a place, but not as where the picture is, and bound to no country."""
    return ev.kind >= CUED and not ev.positional and not ev.binds


# (name, test, the warning's reason): the ladder, weakest class first
CLASSES = (
    ("loose", _loose, "written without a cue, in no country the caption names"),
    ("others", lambda ev: _unplaced(ev) and ev.others > 0,
     "not written as where the picture is, and the caption names another place"),
    ("sheet", lambda ev: _unplaced(ev) and ev.country in ("sheet", "none"),
     "not written as where the picture is, in no country the caption names"),
    ("unbound", lambda ev: _unplaced(ev) and ev.country not in _NAMED,
     "not written as where the picture is, in no country the caption names"),
)


@dataclass(frozen=True)
class Setting:
    name: str
    withheld: tuple[str, ...] = ()      # the CLASSES a city must not be of
    threshold: float | None = None      # "learned": withhold below this probability of being right
    model: placelearned.Model | None = None     # (placelearned.load() when None; the bench passes its own)


@dataclass(frozen=True)
class Verdict:
    warning: str
    keep_country: bool


SETTINGS = {s.name: s for s in (
    Setting("off"),
    Setting("loose", ("loose",)),
    Setting("others", ("loose", "others")),
    Setting("sheet", ("loose", "others", "sheet")),
    Setting("unbound", ("loose", "others", "sheet", "unbound")),
    Setting("learned", ("loose",), threshold=0.9),
)}
# "others" is the knee of the measured curve (docs/sheets.md) but withholds cities that earlier
# rounds' rules write on purpose ("dans sa maison de X", "een wijk van X", "le pont romain de X":
# 13 unit tests); until those are settled one by one, the parser runs the guard that costs nothing
ACTIVE = SETTINGS["loose"]


def verdict(place, setting: Setting) -> Verdict | None:
    """None when place's city may be written under `setting`, else why not (a pure function of
    the Place: the calibration bench replays it on one parse for every setting)."""
    ev, m = place.evidence, place.mention
    if place.city is None or place.writer != "placeresolve" or ev is None or m is None:
        return None
    why = next((why for name, test, why in CLASSES if name in setting.withheld and test(ev)), None)
    if why is None and setting.threshold is not None and (model := setting.model or placelearned.load()):
        p = model.prob(ev)
        if p < setting.threshold:
            why = f"the evidence makes it {p:.0%} likely"
    if why is None:
        return None
    # the candidates: the city, then its namesakes abroad, then at home, the biggest first
    rivals = sorted((c for c in m.cities if c is not place.city), key=lambda c: (
        c["countrycode"] == place.city["countrycode"], -(c.get("population") or 0)))
    named = dict.fromkeys(f"{c['name']} ({c['countrycode']})" for c in [place.city, *rivals])
    names = ", ".join(list(named)[:4])
    # the country stays when the caption or the sheet gives it, not only the withheld city
    return Verdict(f"place not written: {m.text} (candidates {names}; {why})", ev.country != "none")


def abstain(place, setting: Setting | None = None) -> None:
    """Withhold place's city when its evidence has not earned it (see the module docstring)."""
    v = verdict(place, setting or ACTIVE)
    if v is not None:
        place.take_back(v.warning, place.country if v.keep_country else None)
        place.ambiguous = True
