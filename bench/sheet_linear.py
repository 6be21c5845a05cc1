"""How the caption-sheet parser's time grows with the sheet's length (issue 8's linear-time
claim; a speed claim, so it is measured here and not asserted in the tests).

    python bench/sheet_linear.py

For each kind of text (a real caption, a line full of credit starts, filler, a place name
repeated) it prints the best-of-3 parse time of ~3,000 characters and of 8 times that, and
the ratio: about 8 when the parser is linear, far more when it backtracks.
"""

from __future__ import annotations

import time

from captionist.sources.sheet import parse_sheet

UNITS = {
    "caption": ("Inwoners van Kiev zoeken op 24 februari 2022 om 06.30 uur beschutting op het "
                "Onafhankelijkheidsplein. Foto: Ada Veen/AFP via ANP\n\n"),
    "credit starts": "Kharkov ( Foto: / REUTERS/ " * 12 + "\n",   # one long line, many credit starts
    "filler": "x" * 97 + "\n",
    "place names": "Lorem ipsum dolor sit amet, in Kiev " * 3,
}


def timed(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        parse_sheet(text)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    parse_sheet(UNITS["caption"])  # warm-up: the gazetteer is built on first use
    print(f"{'text':<14} {'1x (s)':>9} {'8x (s)':>9} {'ratio':>6}")
    for name, unit in UNITS.items():
        small = unit * max(1, 3000 // len(unit))
        t1, t8 = timed(small), timed(small * 8)
        print(f"{name:<14} {t1:9.4f} {t8:9.4f} {t8 / t1:6.1f}")


if __name__ == "__main__":
    main()
