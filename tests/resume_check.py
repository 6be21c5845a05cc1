"""What a rerun after a kill must show (issues 10/11, kill tests of group commit and the commit
thread): every file reported, the renamed ones `unchanged`; no temp left; every file read back
by ExifTool with its caption; the journal's fingerprints those of the files on disk."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from conftest import exiftool_many

from captionist import files, fingerprint


def assert_resumed(stdout: str, folder: Path, originals, new, journal: Path, n: int, where=None) -> None:
    """`new`: the files the killed run had renamed; `n`: how many files the folder holds."""
    status = {Path(o["file"]).name: o["status"] for o in map(json.loads, stdout.splitlines())}
    assert status == {x: "unchanged" if x in new else "written" for x in originals}, where
    assert not [p for p in folder.iterdir() if files.is_temp(p)]
    heads = exiftool_many(sorted(folder.glob("*.jpg")), "-XMP-photoshop:Headline", "-IPTC:Headline")
    assert len(heads) == n
    for h in heads:
        stem = Path(h["SourceFile"]).stem
        assert h["XMP-photoshop:Headline"] == h["IPTC:Headline"] == f"Headline {stem}", h
    # the rows of the rerun fingerprint the files as they are on disk
    con = sqlite3.connect(journal)
    rows = con.execute("SELECT output, sha256_out FROM files WHERE status='written'").fetchall()
    con.close()
    assert len(rows) == n - len(new)
    for output, stored in rows:
        assert stored == fingerprint.of(Path(output)), output
