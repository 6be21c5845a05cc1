"""A learned write-or-abstain decision for the resolver's city (issue 9, learn35): a logistic
regression over the evidence the parser keeps (placeevidence.Evidence) gives the probability
that the written city is right; the abstain policy (placeabstain, Setting "learned") withholds
a city below a threshold.

The coefficients are data (captionist/data/place_learned.json), fitted by bench/sheet_learn.py
on the tuned corpus and validated there leave-one-batch-out over the blind batches (figures in
docs/sheets.md, "Abstaining": not active, it does not yet save one wrong place per two right
cities lost on a desk it did not see). Features are read from the Evidence only, so the decision is a
pure function of the Place. Numbers are squashed to a few units each (log population, margin
clipped) so that one odd caption cannot carry a weight.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .placeevidence import KIND_NAMES

_TABLE = Path(__file__).resolve().parents[2] / "data" / "place_learned.json"
_SOURCES = ("binds", "named", "context", "sheet", "none")
_LANGS = ("nl", "en", "de", "fr")


def features(ev) -> dict[str, float]:
    """The evidence as numbers (names are the model file's keys)."""
    f = {f"kind={k}": float(ev.kind == n) for n, k in KIND_NAMES.items()}
    f.update({f"country={s}": float(ev.country == s) for s in _SOURCES})
    f.update({f"lang={x}": float(ev.lang == x) for x in _LANGS})
    f.update({
        "binds": float(ev.binds), "demonym": float(ev.demonym), "primary": float(ev.primary),
        "initial": float(ev.initial), "positional": float(ev.positional), "region": float(ev.region),
        "in a name": float(ev.in_name), "origin": float(ev.origin),
        "unknown places": float(min(ev.unknown, 2)),
        "score": max(-2.0, min(12.0, ev.score)),
        "no rival abroad": float(ev.margin is None),
        "margin": 0.0 if ev.margin is None else max(-3.0, min(6.0, ev.margin)),
        "log population": math.log10(max(ev.population, 500)),
        "namesakes": math.log2(max(ev.namesakes, 1)),
        "others": float(min(ev.others, 3)),
        "same in sheet": float(min(ev.same, 3)),
        "alone in sheet": float(ev.km is None),
        "log km": 0.0 if ev.km is None else math.log10(1.0 + ev.km),
    })
    return f


@dataclass(frozen=True)
class Model:
    weights: dict       # feature name -> weight (on the raw feature)
    bias: float

    def prob(self, ev) -> float:
        """P(the city written on this evidence is right)."""
        z = self.bias + sum(v * self.weights.get(k, 0.0) for k, v in features(ev).items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, **meta) -> str:
        return json.dumps({**meta, "bias": round(self.bias, 6),
                           "weights": {k: round(w, 6) for k, w in self.weights.items()}}, indent=1) + "\n"


@lru_cache(maxsize=1)
def load() -> Model | None:
    """The fitted model (None when the data file is missing)."""
    try:
        data = json.loads(_TABLE.read_text(encoding="utf-8"))
    except OSError:
        return None
    return Model(data["weights"], data["bias"])
