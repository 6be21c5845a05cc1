"""Path confinement: jobs touch only files under the configured storage roots.

`confine()` refuses `..` components outright, then resolves the path (symlinks followed) and
requires the real path to lie under a resolved root, so neither `..` nor a symlink leads out.
"""

from __future__ import annotations

import os
from pathlib import Path


class PathOutsideRoots(Exception):
    pass


def confine(path: str, roots: list[Path]) -> Path:
    """The real path of `path` if it lies under one of `roots`, else PathOutsideRoots.

    Relative paths are taken from the first root. A `..` component is refused before anything
    is resolved; then the fully resolved path (symlinks followed) must stay under a resolved
    root, so a symlink pointing out of the roots is refused too."""
    if not roots:
        raise PathOutsideRoots("no storage roots are configured")
    if "\x00" in path or not path.strip():
        raise PathOutsideRoots("not a path")
    p = Path(path)
    if ".." in p.parts:
        raise PathOutsideRoots("'..' is not allowed in paths")
    candidate = p if p.is_absolute() else Path(roots[0]) / p
    real = Path(os.path.realpath(candidate))
    for root in roots:
        if real.is_relative_to(Path(os.path.realpath(root))):
            return real
    raise PathOutsideRoots("the path is outside the storage roots")
