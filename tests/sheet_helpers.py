"""What the sheet parser makes of a one-caption text: the place-rule tests share these."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from captionist.sources.sheet import parse_sheet

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load_bench(name: str):
    """bench/<name>.py as a module (bench/ is no package), registered under its name: dataclasses
    look their module up while it loads, and the benches import each other by name."""
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def place(text: str) -> tuple[str | None, str | None, list[str]]:
    """City, country code and warnings of the one caption in `text`."""
    (cap,) = parse_sheet(text).captions
    return cap.record.get("cityName"), cap.record.get("countryCode"), cap.warnings


def last_place(text: str) -> tuple[str | None, str | None]:
    """City and country code of the last caption of a sheet (captions before it give the sheet
    its country)."""
    cap = parse_sheet(text).captions[-1]
    return cap.record.get("cityName"), cap.record.get("countryCode")


def last_place_warned(text: str) -> tuple[str | None, str | None, list[str]]:
    """City, country code and warnings of the last caption of a sheet."""
    cap = parse_sheet(text).captions[-1]
    return cap.record.get("cityName"), cap.record.get("countryCode"), cap.warnings


def assert_refused(text: str, name: str, why: str = "") -> None:
    """The caption in `text` gets no city, and a warning names the refused `name` (and, when
    given, says `why`): a blank with the candidate named, never a silent one."""
    city, country, warnings = place(text)
    assert city is None, (city, country)
    assert any(name in w and why in w for w in warnings), warnings


def sheet_places(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """City and country code of each caption of a sheet made of `paragraphs` (blank lines
    between), its relative dates read against 2026-11-30."""
    res = parse_sheet("\n\n".join(paragraphs), lang="auto", ref_date=dt.date(2026, 11, 30))
    return [(c.record.get("cityName"), c.record.get("countryCode")) for c in res.captions]


def between(above: dict[str, str], below: dict[str, str], lang: str, middle: str):
    """The parse of a sheet in `lang` holding the paragraph `middle` between the credited
    captions above[lang] and below[lang] (the stray tests put each candidate stray there)."""
    return parse_sheet(above[lang] + middle + below[lang], lang=lang)


def assert_stray_between(res, middle: str, reason: str) -> None:
    """`middle`, parsed by `between`, is a stray of `reason` and both captions around it stay."""
    assert len(res.captions) == 2, [c.record.get("description") for c in res.captions]
    assert any(s.reason == reason and middle.split("\n")[0][:20] in s.text for s in res.stray), \
        [(s.reason, s.text) for s in res.stray]
