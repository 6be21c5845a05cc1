"""The two ways the property tests run (Hypothesis settings profiles, loaded by conftest.py
before any test module is imported, so every @settings in a test module inherits from it):

- `ci` (the default; `make test`): derandomized. The examples come from a hash of each test
  function, so every run, here and in CI, tries the same examples and fails only when the code
  changed (hypothesis is pinned in pyproject.toml because a new version draws other examples).
  No example database: nothing is written into the clone.
- `fuzz` (`make fuzz`): random, many more examples per test (`examples(ci, fuzz)`), failures
  saved in .hypothesis/ and replayed first on the next run. What it finds is fixed in the product
  and kept as an @example or a unit test, so that `ci` runs it from then on.

CAPTIONIST_HYPOTHESIS_PROFILE picks one; CAPTIONIST_FUZZ_EXAMPLES replaces the fuzz counts."""

from __future__ import annotations

import os

from hypothesis import settings

PROFILE = os.environ.get("CAPTIONIST_HYPOTHESIS_PROFILE", "ci")

settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("fuzz", derandomize=False, deadline=None, print_blob=True, max_examples=2000)
settings.load_profile(PROFILE)


def examples(ci: int, fuzz: int) -> int:
    """Examples per test: `ci` in the reproducible profile, `fuzz` (or CAPTIONIST_FUZZ_EXAMPLES)
    in the deep random one."""
    if PROFILE != "fuzz":
        return ci
    return int(os.environ.get("CAPTIONIST_FUZZ_EXAMPLES", fuzz))
