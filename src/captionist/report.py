"""What a run tells a person: the change report, the run summary and progress for long runs.

A photo editor scans this output to see what changed in each picture, so values are never
cut: long text is wrapped, each language of a language alternative is named on its own line
and marked added, changed, kept or dropped, and list items are marked added or removed.
Machines read `--json` instead (`Outcome.to_dict`); this module only formats for people.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from .outcome import Status

EMPTY = "(empty)"
BLOCK_NAMES = {"xmp": "XMP", "iim": "IIM", "exif": "EXIF", "sidecar": "XMP sidecar"}
UNUSED_SHOWN = 5      # records that matched no file: named up to this many, then counted


def width() -> int:
    """shutil.get_terminal_size's columns ($COLUMNS, else the terminal's, else 100) without
    importing shutil, which loads bz2 and lzma (~2 ms of a one-file run's start-up, issue 14).
    A caller reporting many files takes it once and hands it to `outcome_lines`: asked per
    change (an environment lookup, a TIOCGWINSZ ioctl that fails when stdout is a pipe, and
    its OSError) it was a third of a batch's report lines (13 of 39 us a file, fork38)."""
    try:
        cols = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        cols = 0
    if cols <= 0:
        try:
            cols = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            cols = 0
    return max(60, min(120, cols or 100))


_width = width


def _wrap(text: str, first: str, rest: str, width: int) -> list[str]:
    lines: list[str] = []
    for i, para in enumerate(text.splitlines() or [""]):
        head = first if i == 0 else rest
        if para.isprintable() and para.strip() and not para[-1].isspace() and len(head) + len(para) <= width:
            # what textwrap gives a line that fits, without its cost (a batch prints ~5 a file)
            lines.append(head + para)
            continue
        lines += textwrap.wrap(para, width=width, initial_indent=first if i == 0 else rest,
                               subsequent_indent=rest, break_long_words=True,
                               break_on_hyphens=False) or [first if i == 0 else rest]
    return lines


def _scalar(v: Any) -> str:
    if v is None or v == "" or v == [] or v == {}:
        return EMPTY
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def _is_lang_alt(v: Any) -> bool:
    return isinstance(v, dict) and bool(v) and all(isinstance(x, str) for x in v.values()) \
        and all(k == "x-default" or (1 < len(k) <= 12 and k.replace("-", "").isalnum()) for k in v)


def change_lines(change: dict[str, Any], indent: str = "  ", width: int | None = None) -> list[str]:
    """One field's change as lines: the field, the blocks that change, then before -> after
    in full. Language alternatives are compared language by language."""
    width = width or _width()
    before, after = change.get("before"), change.get("after")
    blocks = ", ".join(BLOCK_NAMES.get(b, b) for b in change.get("blocks", []))
    out = [f"{indent}{change['field']}" + (f"  [{blocks}]" if blocks else "")]
    sub = indent + "  "
    def alt_or_empty(v: Any) -> bool:
        return v in (None, "") or _is_lang_alt(v)

    if (_is_lang_alt(before) or _is_lang_alt(after)) and alt_or_empty(before) and alt_or_empty(after):
        b, a = before or {}, after or {}
        for lang in list(dict.fromkeys([*a, *b])):
            if lang in a and lang not in b:
                mark, text = "added", a[lang]
            elif lang in b and lang not in a:
                mark, text = "dropped", b[lang]
            elif a[lang] == b[lang]:
                mark, text = "kept", a[lang]
            else:
                out += _wrap(b[lang], f"{sub}{lang} before: ", sub + " " * (len(lang) + 9), width)
                mark, text = "after", a[lang]
            same = next((k for k in a if k != lang and a[k] == text), None) if lang == "x-default" else None
            head = f"{sub}{lang} {mark}: "
            out += _wrap(f"(same as {same})" if same else text, head, sub + " " * (len(head) - len(sub)), width)
        return out
    if isinstance(before, list) or isinstance(after, list):
        b, a = before or [], after or []
        if all(isinstance(x, str) for x in [*b, *a]):
            kept = [x for x in a if x in b]
            for label, items in (("added", [x for x in a if x not in b]),
                                 ("removed", [x for x in b if x not in a]), ("kept", kept)):
                if items:
                    head = f"{sub}{label}: "
                    out += _wrap("; ".join(items), head, sub + " " * (len(head) - len(sub)), width)
            return out
    out += _wrap(_scalar(before), f"{sub}before: ", sub + " " * 8, width)
    out += _wrap(_scalar(after), f"{sub}after:  ", sub + " " * 8, width)
    return out


def outcome_lines(o, width: int | None = None) -> list[str]:
    """A file's outcome for people: its status and record, every change in full, warnings,
    the candidates when it went to review or matched nothing. Errors are not included (the
    caller prints them on stderr)."""
    grade = f", {o.grade} match" if o.grade and o.status != Status.UNMATCHED else ""
    head = f"{o.path}: {o.status}" + (f" (record {o.record_id}{grade})" if o.record_id else "")
    if o.output and str(o.output) != str(o.path):
        head += f" -> {o.output}"
    lines = [head]
    for c in o.changes:
        lines += change_lines(c, width=width)
    c2pa = getattr(o, "c2pa", None)
    if c2pa and c2pa.get("action") in ("sign", "strip", "keep"):
        lines.append(f"  content credentials: {c2pa['action']} (policy {c2pa['policy']}); manifest "
                     f"{c2pa.get('manifest_before') or EMPTY} -> {c2pa.get('manifest_after') or EMPTY}")
    for w in o.warnings:
        lines += _wrap(w, "  warning: ", "           ", width or _width())
    if o.status in (Status.REVIEW, Status.UNMATCHED) and o.match:
        for c in o.match.get("candidates", []):
            why = "; ".join(c["reasons"] + [f"not: {m}" for m in c.get("misses", [])])
            lines += _wrap(why, f"  candidate {c['record']} ({c['score']:.2f}): ", "    ", width or _width())
    return lines


def summary(outcomes: list, rs, dry_run: bool = False) -> dict[str, Any]:
    """Per run: counts by status, fields changed, files that matched no record or went to
    review, records that matched no file."""
    counts: dict[str, int] = {}
    fields: dict[str, int] = {}
    for o in outcomes:
        counts[str(o.status)] = counts.get(str(o.status), 0) + 1
        if o.ok:
            for c in o.changes:
                fields[c["field"]] = fields.get(c["field"], 0) + 1
    used = {o.record_id for o in outcomes if o.record_id}
    considered = {c["record"] for o in outcomes if o.match and o.status == Status.REVIEW
                  for c in o.match.get("candidates", [])}
    unused = [r.id or rs.origins.get(id(r), "?") for r in rs.records
              if (r.id is None or r.id not in used) and r.id not in considered]
    return {"files": len(outcomes), "counts": counts, "dry_run": dry_run, "fields_changed": fields,
            "unmatched_files": [str(o.path) for o in outcomes if o.status == Status.UNMATCHED],
            "review_files": [str(o.path) for o in outcomes if o.status == Status.REVIEW],
            "failed_files": [str(o.path) for o in outcomes if o.status == Status.FAILED],
            "refused_files": [str(o.path) for o in outcomes if o.status == Status.REFUSED],
            "unused_records": unused, "record_errors": len(rs.errors)}


def summary_lines(s: dict[str, Any]) -> list[str]:
    counts = ", ".join(f"{n} {k}" for k, n in sorted(s["counts"].items())) or "nothing to do"
    lines = [f"{s['files']} file(s): {counts}" + (" (dry run: nothing was written)" if s["dry_run"] else "")]
    if s.get("fields_changed"):
        verb = "would change" if s["dry_run"] else "changed"
        lines.append(f"fields {verb}: " + ", ".join(f"{k} ({n})" for k, n in
                                                    sorted(s["fields_changed"].items(), key=lambda kv: -kv[1])))
    for key, label in (("failed_files", "failed"), ("unmatched_files", "matched no record"),
                       ("review_files", "for review (several or uncertain candidates)"),
                       ("refused_files", "not written, to keep their Content Credentials valid")):
        if s.get(key):
            lines.append(f"{label}: {', '.join(s[key])}")
    unused = s.get("unused_records") or []
    if unused:
        shown = ", ".join(map(str, unused[:UNUSED_SHOWN]))
        more = f" and {len(unused) - UNUSED_SHOWN} more (--json lists them all)" if len(unused) > UNUSED_SHOWN else ""
        lines.append(f"{len(unused)} record(s) matched no file in this run: {shown}{more}")
    if s.get("record_errors"):
        lines.append(f"{s['record_errors']} record problem(s), see above")
    return lines


class Progress:
    """Progress of a long run on stderr. On a terminal a line that rewrites itself; otherwise
    (logs, CI, a service manager) one plain line every `every` seconds, so the log of a
    5,000-file run shows counts and the rate while it runs, not only at the end."""

    def __init__(self, total: int, *, stream: TextIO | None = None, every: float = 5.0,
                 label: str = "captioning", min_files: int = 20):
        self.total, self.label, self.every = total, label, every
        self.stream = stream or sys.stderr
        self.enabled = total >= min_files
        self.tty = self.enabled and getattr(self.stream, "isatty", lambda: False)()
        self.done = 0
        self.counts: dict[str, int] = {}
        self.t0 = self._last = time.monotonic()

    def update(self, status: str) -> None:
        self.done += 1
        self.counts[status] = self.counts.get(status, 0) + 1
        now = time.monotonic()
        if self.enabled and (self.tty or now - self._last >= self.every):
            self._last = now
            self._emit(final=False)

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.t0, 1e-9)
        counts = ", ".join(f"{n} {k}" for k, n in sorted(self.counts.items()))
        return (f"{self.label}: {self.done}/{self.total} files ({counts}), "
                f"{self.done / elapsed:.1f} files/s, {elapsed:.0f} s")

    def _emit(self, final: bool) -> None:
        if self.tty:
            self.stream.write("\r" + self.line() + ("\n" if final else ""))
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done and (self.tty or time.monotonic() - self.t0 >= self.every):
            self._emit(final=True)

    def track(self, items: Iterable) -> Iterator:
        """Yield the items; the caller calls update() per processed item."""
        try:
            yield from items
        finally:
            self.close()
