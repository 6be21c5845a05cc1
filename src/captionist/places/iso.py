"""ISO 3166-1 countries and ISO 3166-2 subdivisions as pycountry gives them, read from
pycountry's own data files.

Importing pycountry imports importlib.metadata (with email.*, ~25 ms), and its
subdivisions build ~5,000 objects on first use (~0.1 s): together more than the rest of
a one-caption `captionist parse`. The parser and reverse geocoding only need a few fields,
so they read the two JSON files themselves, with pycountry's semantics: look-ups ignore
case, a subdivision's parent gets its country in front when written without it
(pycountry.SubdivisionHierarchy.parent_code). When the files are not where this
version of pycountry keeps them, pycountry itself is asked.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path


def country(a2: str) -> dict | None:
    """pycountry.countries.get(alpha_2=a2) as a dict (name, alpha_3, common_name if any)."""
    return _countries().get(a2.lower())


def country_by_alpha3(a3: str) -> dict | None:
    """pycountry.countries.get(alpha_3=a3) as a dict."""
    return _by_alpha3().get(a3.lower())


@functools.lru_cache(maxsize=1)
def _by_alpha3() -> dict[str, dict]:
    return {c["alpha_3"].lower(): {**c, "alpha_2": a2.upper()} for a2, c in _countries().items()}


def subdivision(code: str) -> dict | None:
    """pycountry.subdivisions.get(code=code) as a dict (code, name, parent_code or None)."""
    return _subdivisions().get(code.lower())


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    path = _data_file("iso3166-1.json")
    if path is None:
        import pycountry
        return {c.alpha_2.lower(): {k: getattr(c, k) for k in ("alpha_2", "name", "alpha_3", "common_name")
                                    if hasattr(c, k)}
                for c in pycountry.countries}
    return {c["alpha_2"].lower(): c for c in json.loads(path.read_text("utf-8"))["3166-1"]}


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, dict]:
    path = _data_file("iso3166-2.json")
    if path is None:
        import pycountry
        return {s.code.lower(): {"code": s.code, "name": s.name, "parent_code": s.parent_code}
                for s in pycountry.subdivisions}
    table = {}
    for s in json.loads(path.read_text("utf-8"))["3166-2"]:
        parent, cc = s.get("parent"), s["code"].split("-")[0]
        if parent is not None and parent.split("-")[0] != cc:
            parent = f"{cc}-{parent}"
        table[s["code"].lower()] = {"code": s["code"], "name": s["name"], "parent_code": parent}
    return table


def _data_file(name: str) -> Path | None:
    spec = importlib.util.find_spec("pycountry")
    path = Path(spec.origin).parent / "databases" / name if spec and spec.origin else None
    return path if path is not None and path.is_file() else None
