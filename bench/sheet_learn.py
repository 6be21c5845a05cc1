"""A learned write-or-abstain decision for the resolver's city, validated as the next blind desk
will test it (issue 9, learn35).

    python bench/sheet_learn.py                      # leave-one-batch-out over the blind batches
    python bench/sheet_learn.py --write              # also fit on everything, write the model file
    python bench/sheet_learn.py --match='-0[1-3]-' --folds=none   # a small slice: fit only

Every sheet of the part is parsed once with the abstain policy off (sheet_calibrate.collect);
each city the resolver wrote (Place.writer "placeresolve", with its Place.evidence) is a row,
labelled right or wrong against the expectation. A logistic regression (pure Python, Newton's
method with a small L2 penalty on standardised features; captionist.sources.sheet.placelearned
reads the features from the Evidence) gives P(right).

Validation: each blind batch (written by one batch of writers who never read the parser:
100-114, 115-129, 130-144, 145-154, 155-169, 170-184) is left out in turn, the model is fitted
on every other caption (parts below 100 always train), and the batch is scored with the policy
replayed (placeabstain.verdict, a pure function of the Place) for the hand ladder's settings and
for "learned" at a few thresholds: city%, country%, wrong places, and against `loose` the right
cities lost and the wrong places saved. Loading and scoring are sheet_score.py's.
"""

from __future__ import annotations

import argparse
import bisect
import math
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sheet_calibrate import collect, outcome  # noqa: E402
from sheet_score import field_right, wrong_place  # noqa: E402

FOLDS = ((100, 114), (115, 129), (130, 144), (145, 154), (155, 169), (170, 184))
THRESHOLDS = (0.5, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99)
_PART = re.compile(r"^[a-z]{2}-(\d+)-")
MODEL_FILE = Path(__file__).resolve().parents[1] / "src" / "captionist" / "data" / "place_learned.json"


def fold_of(sheet: str) -> str | None:
    """The blind batch a sheet belongs to ("155-169"), None for the parts below 100."""
    n = int(_PART.match(sheet).group(1))
    return next((f"{a}-{b}" for a, b in FOLDS if a <= n <= b), None)


def learnable(row) -> bool:
    p = row["place"]
    return p is not None and p.city is not None and p.writer == "placeresolve" and p.evidence is not None


# --- the logistic regression ----------------------------------------------------------------

def fit(rows: list[dict], l2: float = 1.0, iters: int = 25, wrong_weight: float = 1.0, old_weight: float = 1.0):
    """A Model fitted on rows (learnable ones): y = the written city is right. A wrong city
    counts wrong_weight times, a caption of the parts below 100 old_weight times."""
    from captionist.sources.sheet.placelearned import Model, features

    xs = [features(r["place"].evidence) for r in rows]
    ys = [1.0 if outcome(r) == "right" else 0.0 for r in rows]
    cs = [(1.0 if y else wrong_weight) * (1.0 if fold_of(r["sheet"]) else old_weight) for r, y in zip(rows, ys)]
    names = sorted(xs[0]) if xs else []
    n = len(xs)
    mean = {k: sum(x[k] for x in xs) / n for k in names}
    scale = {k: math.sqrt(sum((x[k] - mean[k]) ** 2 for x in xs) / n) or 1.0 for k in names}
    z = [[1.0] + [(x[k] - mean[k]) / scale[k] for k in names] for x in xs]
    d = len(names) + 1
    w = [0.0] * d
    for _ in range(iters):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for zi, yi, ci in zip(z, ys, cs):
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, zi))))))
            g, h = ci * (yi - p), ci * p * (1.0 - p)
            nz = [(j, v) for j, v in enumerate(zi) if v]
            for j, v in nz:
                grad[j] += g * v
                row = hess[j]
                for k, u in nz:
                    row[k] += h * v * u
        for j in range(1, d):       # the intercept is not penalised
            grad[j] -= l2 * w[j]
            hess[j][j] += l2
        step = _solve(hess, grad)
        w = [a + b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    # back to the raw features: w.(x - mean)/scale + b
    weights = {k: w[j + 1] / scale[k] for j, k in enumerate(names)}
    bias = w[0] - sum(weights[k] * mean[k] for k in names)
    return Model(weights, bias)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination with partial pivoting; a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


# --- replaying the policy -------------------------------------------------------------------

def replay(rows: list[dict], setting) -> dict:
    """Per caption: city right, country right, a wrong place, under `setting`."""
    from captionist.sources.sheet.placeabstain import verdict

    out = []
    for row in rows:
        exp, rec = row["exp"], dict(row["rec"])
        v = verdict(row["place"], setting) if row["place"] is not None and row["place"].city is not None else None
        if v is not None:
            rec.pop("cityName", None)
            if not v.keep_country:
                rec.pop("countryCode", None)
        out.append((field_right("cityName", exp.get("cityName"), rec.get("cityName")),
                    field_right("countryCode", exp.get("countryCode"), rec.get("countryCode")),
                    wrong_place(exp, rec)))
    return out


def settings(model, thresholds=THRESHOLDS) -> dict:
    from dataclasses import replace

    from captionist.sources.sheet.placeabstain import SETTINGS

    got = {k: s for k, s in SETTINGS.items() if s.threshold is None}
    for t in thresholds:
        got[f"learned@{t}"] = replace(SETTINGS["learned"], threshold=t, model=model)
    return got


def table(rows: list[dict], total: int, model, title: str) -> dict:
    """Print one fold's table; return {setting: (lost, saved, city, country, wrong)}."""
    base = replay(rows, settings(model)["loose"])
    print(f"-- {title}: {total} captions, {len(rows)} found --")
    print(f"{'setting':<16}{'city%':>7}{'country%':>10}{'wrong':>7}{'lost':>6}{'saved':>7}")
    res = {}
    for name, s in settings(model).items():
        got = replay(rows, s)
        lost = sum(b[0] and not g[0] for b, g in zip(base, got))
        saved = sum(b[2] for b in base) - sum(g[2] for g in got)
        city, country, wrong = sum(g[0] for g in got), sum(g[1] for g in got), sum(g[2] for g in got)
        res[name] = (lost, saved, city, country, wrong)
        print(f"{name:<16}{100 * city / total:>7.1f}{100 * country / total:>10.1f}{wrong:>7}{lost:>6}{saved:>7}")
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("tuned",), default="tuned")
    ap.add_argument("--match", metavar="REGEX", help="only sheets whose file name matches")
    ap.add_argument("--folds", choices=("batches", "none"), default="batches")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--wrong-weight", type=float, default=1.0, help="weight of a wrong city in the fit")
    ap.add_argument("--old-weight", type=float, default=1.0, help="weight of the parts below 100 in the fit")
    ap.add_argument("--cache", metavar="FILE", help="keep the parse in FILE (pickle) and reuse it")
    ap.add_argument("--write", action="store_true", help=f"fit on every row and write {MODEL_FILE.name}")
    args = ap.parse_args(argv)
    if args.cache and Path(args.cache).exists():
        rows, total = pickle.loads(Path(args.cache).read_bytes())
    else:
        rows, total = collect(args.part, args.match)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps((rows, total)))
    learn = [r for r in rows if learnable(r)]
    print(f"{total} captions expected, {len(rows)} found, {len(learn)} cities written by the resolver "
          f"({sum(outcome(r) == 'wrong' for r in learn)} wrong)")
    sums: dict = {}
    total_blind = 0
    held: list[tuple[float, bool]] = []     # (P(right), right) of every city of a left-out batch
    if args.folds == "batches":
        for a, b in FOLDS:
            key = f"{a}-{b}"
            test = [r for r in rows if fold_of(r["sheet"]) == key]
            if not test:
                continue
            model = fit([r for r in learn if fold_of(r["sheet"]) != key], args.l2, wrong_weight=args.wrong_weight,
                        old_weight=args.old_weight)
            held += [(model.prob(r["place"].evidence), outcome(r) == "right") for r in test if learnable(r)]
            n = _expected(test)
            total_blind += n
            for name, v in table(test, n, model, f"left out {key}").items():
                sums[name] = [x + y for x, y in zip(sums.get(name, [0] * 5), v)]
        n = total_blind
        if n:
            print(f"-- all blind batches, each left out: {n} captions --")
            print(f"{'setting':<16}{'city%':>7}{'country%':>10}{'wrong':>7}{'lost':>6}{'saved':>7}")
            for name, (lost, saved, city, country, wrong) in sums.items():
                print(f"{name:<16}{100 * city / n:>7.1f}{100 * country / n:>10.1f}{wrong:>7}{lost:>6}{saved:>7}")
    if held:
        print(f"ranking of the left-out cities (AUC, 0.5 = chance): {auc(held):.3f}")
    model = fit(learn, args.l2, wrong_weight=args.wrong_weight, old_weight=args.old_weight)
    print("-- fitted on every row (weights on the raw features) --")
    for k, w in sorted(model.weights.items(), key=lambda t: -abs(t[1])):
        print(f"{k:<20}{w:>9.3f}")
    print(f"{'(bias)':<20}{model.bias:>9.3f}")
    if args.write:
        MODEL_FILE.write_text(model.to_json(fitted_on=f"{args.part} {args.match or 'all'}: {len(learn)} cities",
                                            by="bench/sheet_learn.py", l2=args.l2), encoding="utf-8")
        print(f"wrote {MODEL_FILE}")
    return 0


def auc(pairs: list[tuple[float, bool]]) -> float:
    """P(a right city scores above a wrong one), ties half: how well P(right) ranks."""
    right = sorted(p for p, ok in pairs if ok)
    wrong = [p for p, ok in pairs if not ok]
    if not right or not wrong:
        return float("nan")
    below = sum(bisect.bisect_left(right, p) + 0.5 * (bisect.bisect_right(right, p) - bisect.bisect_left(right, p))
                for p in wrong)     # right cities ranked below a wrong one
    return 1.0 - below / (len(right) * len(wrong))


def _expected(rows: list[dict]) -> int:
    """Captions expected in the sheets of rows (found or not)."""
    import json

    from sheet_score import sheets

    names = {r["sheet"] for r in rows}
    return sum(len(json.loads(e.read_text(encoding="utf-8"))["captions"])
               for t, e in sheets("tuned") if t.name in names)


if __name__ == "__main__":
    sys.exit(main())
