"""`captionist match IMAGE... --records PATH [--json]`: the matching decisions, nothing written."""

from __future__ import annotations

import json
import sys

import click

from ..cli import _expand, load_library_or_exit, main, record_options
from ..errors import CaptionistError


@main.command()
@click.argument("images", nargs=-1, required=True)
@record_options
@click.option("--json", "as_json", is_flag=True, help="one JSON object per file")
@click.option("--strong", type=click.FloatRange(0, 1), default=None,
              help="score a match needs to be written (default 0.9)")
@click.option("--min-gap", type=click.FloatRange(0, 1), default=None,
              help="lead the best record needs over the runner-up (default 0.1)")
def match(images, records_path, fmt, templates_path, codes_path, as_json, strong, min_gap):
    """Show which record each of IMAGES would get, graded and explained; writes nothing.

    Grades: strong (written by embed), medium (sent to review), low (a near miss), none."""
    from dataclasses import replace

    from ..matching import MATCHED, Thresholds
    from ..outcome import Status
    from ..pipeline import Options, decide

    rs = load_library_or_exit(records_path, fmt, templates_path, codes_path)
    th = Thresholds()
    if strong is not None:
        th = replace(th, strong=strong)
    if min_gap is not None:
        th = replace(th, min_gap=min_gap)
    opts = Options(dry_run=True, thresholds=th)
    status = 0
    files = _expand(images)
    for i, f in enumerate(files, 1):
        try:
            decision, _snap = decide(f, rs.records, opts, position=i, batch_size=len(files))
        except CaptionistError as e:
            click.echo(json.dumps({"file": str(f), "status": str(Status.FAILED), "error": str(e)}) if as_json
                       else f"{f}: failed: {e}", err=not as_json)
            status = 1
            continue
        if decision.status != MATCHED:
            status = 1
        if as_json:
            click.echo(json.dumps({"file": str(f), **decision.to_dict()}, ensure_ascii=False))
            continue
        head = f"{f}: {decision.status}, {decision.grade}"
        click.echo(head + (f" -> {decision.record.id}" if decision.record else ""))
        click.echo(f"  {decision.explanation}")
        for c in decision.candidates:
            click.echo(f"  candidate {c.record.id} ({c.score:.2f})")
            for r in c.reasons:
                click.echo(f"    + {r}")
            for m in c.misses:
                click.echo(f"    - {m}")
    sys.exit(status)
