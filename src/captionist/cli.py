"""The command line: thin click wrappers over the library. Exit status: 0 all done,
1 some files failed or matched nothing (or records were invalid), 2 usage error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import CaptionistError
from .model import DEFAULT_POLICY, Policy, record_schema


def _echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _expand(images: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for item in images:
        p = Path(item)
        if p.is_dir():
            out += sorted(c for c in p.iterdir() if c.is_file() and not c.name.startswith("."))
        else:
            out.append(p)
    return out


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="captionist")
def main() -> None:
    """captionist: write newsroom captions into image files as IPTC IIM, XMP and EXIF."""


POLICY_HELP = (f"default merge policy for fields the record does not set one for "
               f"(default: {DEFAULT_POLICY.value}: the record's value replaces the file's; "
               "fill-empty keeps what the wire put there; append/prepend join text; union joins lists). "
               "Fields the record does not name are always kept.")


@main.command()
@click.argument("images", nargs=-1, required=True)
@click.option("--records", "records_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="records file or folder (JSON, JSON Lines, CSV, caption sheet...)")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="write captioned copies here instead of in place")
@click.option("--dry-run", is_flag=True, help="show what would change; write nothing")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per file on stdout")
@click.option("--policy", type=click.Choice([p.value for p in Policy]), default=DEFAULT_POLICY.value,
              show_default=True, help=POLICY_HELP)
@click.option("--sidecar", type=click.Choice(["stem", "name"]), default="stem", show_default=True,
              help="sidecar naming for formats that cannot embed: name.xmp (stem) or name.ext.xmp (name)")
@click.option("--force-sidecar", is_flag=True, help="write XMP sidecars even for JPEG/TIFF/PNG/WebP")
@click.option("--no-fsync", is_flag=True, help="skip fsync (faster, not crash-safe)")
def embed(images, records_path, out_dir, dry_run, as_json, policy, sidecar, force_sidecar, no_fsync):
    """Match IMAGES to records and embed them (in place, atomically, unless --out)."""
    from .pipeline import Options, process
    from .sources import load_records

    try:
        rs = load_records(records_path)
    except CaptionistError as e:
        raise click.ClickException(str(e)) from None
    for err in rs.errors:
        click.echo(f"error: {err}", err=True)
    files = _expand(images)
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    opts = Options(out_dir=out_dir, dry_run=dry_run, policy=Policy(policy), sidecar=sidecar,
                   force_sidecar=force_sidecar, fsync=not no_fsync)
    outcomes = []
    show_bar = not as_json and len(files) > 20 and sys.stderr.isatty()
    with click.progressbar(files, label="captioning", file=sys.stderr) if show_bar else _nullbar(files) as bar:
        for i, f in enumerate(bar, 1):
            o = process(f, rs.records, opts, position=i)
            outcomes.append(o)
            if as_json:
                click.echo(json.dumps(o.to_dict(), ensure_ascii=False))
            else:
                _print_outcome(o)
    used = {o.record_id for o in outcomes if o.record_id}
    unused = [r.id for r in rs.records if r.id and r.id not in used]
    if not as_json:
        counts: dict[str, int] = {}
        for o in outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
        summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
        click.echo(f"{len(outcomes)} file(s): {summary}" + (" (dry run)" if dry_run else ""), err=True)
        if unused:
            click.echo(f"records that matched no file: {', '.join(unused)}", err=True)
    failed = any(not o.ok for o in outcomes) or bool(rs.errors)
    sys.exit(1 if failed else 0)


class _nullbar:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *a):
        return False


def _print_outcome(o) -> None:
    click.echo(f"{o.path}: {o.status}" + (f" (record {o.record_id})" if o.record_id else ""))
    for c in o.changes:
        click.echo(f"  {c['field']}: {_short(c['before'])} -> {_short(c['after'])}  [{', '.join(c['blocks'])}]")
    for w in o.warnings:
        click.echo(f"  warning: {w}")
    if o.error:
        click.echo(f"  error: {o.error}", err=True)


def _short(v, n: int = 70) -> str:
    s = "—" if v is None else (v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
    return s if len(s) <= n else s[: n - 1] + "…"


@main.command()
@click.argument("images", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON output (a list when several files)")
@click.option("--sidecar", type=click.Choice(["stem", "name"]), default="stem", show_default=True)
def read(images, as_json, sidecar):
    """Show what IMAGES carry, as records (XMP preferred, then IIM, then EXIF)."""
    from .reader import read_record

    results, failed = [], False
    for f in _expand(images):
        try:
            rec, _snap = read_record(f, sidecar=sidecar)
        except CaptionistError as e:
            click.echo(f"error: {e}", err=True)
            failed = True
            continue
        data = rec.model_dump(mode="json", exclude_none=True)
        if as_json:
            results.append({"file": str(f), **data})
        else:
            click.echo(f"{f}")
            for k, v in data.items():
                click.echo(f"  {k}: {v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}")
    if as_json:
        _echo_json(results[0] if len(results) == 1 and len(images) == 1 else results)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("records", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def validate(records, as_json):
    """Check RECORDS: schema, IIM byte limits, missing essentials. Reports every problem."""
    from .validate import check_records

    problems = []
    for path in records:
        problems += check_records(path)
    if as_json:
        _echo_json([p.to_dict() for p in problems])
    else:
        for p in problems:
            click.echo(str(p))
        errors = sum(1 for p in problems if p.level == "error")
        click.echo(f"{errors} error(s), {len(problems) - errors} warning(s)", err=True)
    sys.exit(1 if any(p.level == "error" for p in problems) else 0)


@main.command()
def schema():
    """Print the JSON Schema of caption records."""
    _echo_json(record_schema())


if __name__ == "__main__":  # pragma: no cover
    # `python -m captionist.cli` runs this file as __main__, before the command modules below
    # register themselves on captionist.cli.main: run that (complete) group instead.
    from captionist.cli import main as _complete_main
    _complete_main()




from .commands import daemon as _daemon  # noqa: E402,F401
