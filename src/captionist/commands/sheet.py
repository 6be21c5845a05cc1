"""`captionist parse`: caption sheet -> records (JSON, JSON Lines or CSV)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import click

from ..cli import main
from ..errors import CaptionistError


def _csv(records: list[dict]) -> str:
    """One row per record, in the columns `captionist.sources.tabular` reads back: plain
    fields as text, lists joined with ';', language alternatives as `field` +
    `field.<lang>` columns, match rules as `match.<rule>` columns (`match.position`),
    structures as JSON in a cell."""
    rows, columns = [], []
    for rec in records:
        row: dict[str, str] = {}
        for key, value in rec.items():
            if key == "match" and isinstance(value, dict):
                for rule, v in value.items():
                    row[f"match.{rule}"] = ";".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
            elif isinstance(value, dict):
                for lang, text in value.items():
                    row[key if lang == "x-default" else f"{key}.{lang}"] = text
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                row[key] = ";".join(value)
            elif isinstance(value, (list, dict)):
                row[key] = json.dumps(value, ensure_ascii=False)
            else:
                row[key] = str(value)
        for k in row:
            if k not in columns:
                columns.append(k)
        rows.append(row)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


@main.command()
@click.argument("sheet", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["auto", "nl", "en", "de", "fr"]), default="auto", show_default=True,
              help="the sheet's language, for dates and place words (auto: guessed from the text)")
@click.option("--date", "ref_date", help="reference date (YYYY-MM-DD) for 'donderdag', 'yesterday'...")
@click.option("--credit-default", help="credit to use where a caption has none")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json", show_default=True,
              help="the records' format (all three load with `embed --records`)")
@click.option("-o", "--output", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="a file: write the records there, not to standard output")
@click.option("--out", "legacy_out", type=click.Path(dir_okay=False, path_type=Path), hidden=True,
              help="the older spelling of -o/--output (a file)")
def parse(sheet, lang, ref_date, credit_default, fmt, out_file, legacy_out):
    """Turn a caption SHEET (one caption per paragraph) into records.

    Warnings, confidence and stray paragraphs (headlines, intros, "Videos by ...") are
    reported on stderr; in JSON output each record also carries them under keys that
    start with "_" (ignored when the records are loaded)."""
    from ..sources.sheet import parse_sheet_file

    out_file = out_file or legacy_out

    try:
        ref = dt.date.fromisoformat(ref_date) if ref_date else None
    except ValueError:
        raise click.BadParameter(f"{ref_date!r} is not a date (YYYY-MM-DD)", param_hint="--date") from None
    try:
        result = parse_sheet_file(sheet, lang=lang, ref_date=ref, credit_default=credit_default)
    except CaptionistError as e:
        raise click.ClickException(str(e)) from None
    for w in result.warnings:
        click.echo(f"{sheet}: {w}", err=True)
    records = []
    for cap in result.captions:
        rec = dict(cap.record)
        if fmt != "csv":
            rec["_line"] = cap.line
            rec["_confidence"] = round(cap.confidence, 2)
            if cap.warnings:
                rec["_warnings"] = cap.warnings
        records.append(rec)
        for w in cap.warnings:
            click.echo(f"{sheet}:{cap.line}: caption {cap.position}: {w}", err=True)
    for stray in result.stray:
        click.echo(f"{sheet}:{stray.line}: not a caption ({stray.reason}): {stray.text[:60]}", err=True)
    if fmt == "json":
        text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    else:
        text = _csv(records)
    if out_file:
        out_file.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    click.echo(f"{len(result.captions)} caption(s), {len(result.stray)} stray paragraph(s) "
               f"(language: {result.lang})", err=True)
