"""The command line: thin click wrappers over the library. Exit status: 0 all done,
1 some files failed or matched nothing (or records were invalid), 2 usage error."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import click

from . import __version__, gcpause, timing
from .errors import CaptionistError
from .policy import DEFAULT_POLICY, Policy

# Commands that live in their own modules (commands/*) are imported when named, not at start:
# a one-file `read` or `embed` should not pay for the HTTP API or the daemon (issue 14).
_LAZY = {"serve": "api", "openapi": "api", "export": "api", "watch": "daemon", "history": "daemon",
         "status": "daemon", "undo": "daemon", "match": "match", "parse": "sheet", "worker": "cluster"}


# Commands that call gcpause.resume() themselves once loaded (the collector stays paused while
# they import); every other command gets it back before it runs (issue 14).
_RESUME_LATE = {"read", "embed"}

# The names of captionist.sources.loader.FORMATS (importing the loader builds the record model;
# tests/test_startup.py checks that the two agree).
RECORD_FORMATS = ("csv", "exiftool-csv", "exiftool-json", "json", "jsonl", "sheet", "tsv")


# One set of log options on every long-running command (serve, watch, worker): issue 16.
LOG_LEVELS = ("debug", "info", "warning", "error", "critical")
# set by a command that has closed what it opened: `start.run` then ends the process without the
# interpreter's teardown (`start.leave`, issue 14)
ends_quickly = False
LOG_FORMATS = ("auto", "json", "text")


class _Commands(click.Group):
    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(_LAZY))

    def get_command(self, ctx, name):
        if name not in self.commands and name in _LAZY:
            import importlib
            importlib.import_module(f"{__package__}.commands.{_LAZY[name]}")  # registers on main
        return super().get_command(ctx, name)


def _echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _expand(images: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for item in images:
        p = Path(item)
        if p.is_dir():
            # DirEntry.is_file() answers from the directory's own entry (its d_type), without a
            # stat a file as Path.is_file() made (only a symlink is followed)
            with os.scandir(p) as entries:
                out += sorted(p / e.name for e in entries if not e.name.startswith(".") and e.is_file())
        else:
            out.append(p)
    return out


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="captionist")
def main() -> None:
    """captionist: write newsroom captions into image files as IPTC IIM, XMP and EXIF."""
    if click.get_current_context().invoked_subcommand not in _RESUME_LATE:
        gcpause.resume()


POLICY_HELP = (f"default merge policy for fields the record does not set one for "
               f"(default: {DEFAULT_POLICY.value}: the record's value replaces the file's; "
               "fill-empty keeps what the wire put there; append/prepend join text; union joins lists). "
               "Fields the record does not name are always kept.")


def record_options(f):
    """--records, --format, --templates, --codes: shared by embed and match."""
    f = click.option("--codes", "codes_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="code replacements (#afp -> full text): code<TAB>text lines or a JSON object")(f)
    f = click.option("--templates", "templates_path", type=click.Path(exists=True, path_type=Path),
                     help="templates (records named by id) that records `extends`")(f)
    f = click.option("--format", "fmt", type=click.Choice(RECORD_FORMATS),
                     help="record format when the extension does not say (default: by extension; "
                          "ExifTool -csv/-json output is recognised by its SourceFile column)")(f)
    f = click.option("--records", "records_path", required=True, type=click.Path(exists=True, path_type=Path),
                     help="records file or folder (JSON, JSON Lines, CSV/TSV, ExifTool -csv/-json)")(f)
    return f


def c2pa_options(f):
    """--c2pa and the signing settings: shared by embed and watch (each also an environment variable)."""
    from .provenance import POLICIES

    f = click.option("--c2pa-sign-unsigned", "c2pa_sign_unsigned", is_flag=True, default=None,
                     help="with --c2pa sign: also sign files that had no Content Credentials "
                          "[env CAPTIONIST_C2PA_SIGN_UNSIGNED]")(f)
    f = click.option("--c2pa-tsa-url", "c2pa_tsa_url", metavar="URL",
                     help="RFC 3161 time-stamp authority for signing [env CAPTIONIST_C2PA_TSA_URL]")(f)
    f = click.option("--c2pa-key", "c2pa_key", type=click.Path(dir_okay=False, path_type=Path),
                     help="the desk's PEM private key for --c2pa sign [env CAPTIONIST_C2PA_KEY]")(f)
    f = click.option("--c2pa-cert", "c2pa_cert", type=click.Path(dir_okay=False, path_type=Path),
                     help="the desk's PEM certificate chain for --c2pa sign [env CAPTIONIST_C2PA_CERT]")(f)
    f = click.option("--c2pa", "c2pa", type=click.Choice(POLICIES),
                     help="files with Content Credentials (C2PA): refuse to write them (default), re-sign "
                          "them with the desk's certificate, or strip them [env CAPTIONIST_C2PA]")(f)
    return f


def c2pa_config_or_exit(policy, cert, key, tsa_url, sign_unsigned):
    """The Content Credentials settings of a command without a config file (captionist.settings)."""
    from .provenance import C2paConfig

    if (cert, key, tsa_url, sign_unsigned, policy) == (None,) * 5 and \
            not any(v and k.upper().startswith("CAPTIONIST_C2PA") for k, v in os.environ.items()):
        # nothing set: the settings model's defaults, without importing pydantic (issue 14;
        # tests/test_startup_embed.py checks that load_c2pa gives the same)
        return C2paConfig()
    from .envsettings import load_c2pa

    try:
        return load_c2pa({"c2pa": policy, "c2pa_cert": cert, "c2pa_key": key, "c2pa_tsa_url": tsa_url,
                          "c2pa_sign_unsigned": sign_unsigned})
    except CaptionistError as e:
        raise click.UsageError(str(e)) from None


def load_library_or_exit(records_path, fmt, templates_path, codes_path):
    from .sources.store import load_library

    try:
        rs = load_library(records_path, fmt=fmt, templates=templates_path, codes=codes_path)
    except CaptionistError as e:
        raise click.ClickException(str(e)) from None
    for err in rs.errors:
        click.echo(f"error: {err}", err=True)
    for w in rs.warnings:
        click.echo(f"warning: {w}", err=True)
    return rs


@main.command()
@click.argument("images", nargs=-1, required=True)
@record_options
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="a folder: write captioned copies there instead of in place")
@click.option("--dry-run", is_flag=True, help="show what would change; write nothing")
@click.option("--json", "as_json", is_flag=True,
              help="one JSON object per file on stdout; the run's {\"summary\": ...} on stderr")
@click.option("--policy", type=click.Choice([p.value for p in Policy]), default=DEFAULT_POLICY.value,
              show_default=True, help=POLICY_HELP)
@click.option("--sidecar", type=click.Choice(["stem", "name"]), default="stem", show_default=True,
              help="sidecar naming for formats that cannot embed: name.xmp (stem) or name.ext.xmp (name)")
@click.option("--force-sidecar", is_flag=True, help="write XMP sidecars even for JPEG/TIFF/PNG/WebP")
@click.option("--no-fsync", is_flag=True, help="skip fsync (faster, not crash-safe)")
@click.option("--workers", type=click.IntRange(1, 64),
              help="worker processes for a batch of 100+ files (default: one per core, at most 4)")
@click.option("--journal", "journal_file", type=click.Path(dir_okay=False, path_type=Path),
              help="journal the run here, for `captionist undo` (default $CAPTIONIST_JOURNAL, else "
                   "$XDG_STATE_HOME/captionist/journal.sqlite)")
@click.option("--no-journal", is_flag=True, help="do not journal the run (it cannot be undone)")
@click.option("--allow-truncated", is_flag=True,
              help="write a JPEG that lacks its end marker (cut short, or still being written) anyway")
@c2pa_options
def embed(images, records_path, fmt, templates_path, codes_path, out_dir, dry_run, as_json, policy, sidecar,
          force_sidecar, no_fsync, workers, journal_file, no_journal, allow_truncated, c2pa, c2pa_cert, c2pa_key,
          c2pa_tsa_url, c2pa_sign_unsigned):
    """Match IMAGES (files or folders) to records and embed them (in place, atomically,
    unless --out).

    Only a strong match is written; a file no record matches is reported as unmatched, one
    several records match (or one only weakly) as review, with the candidates. Each field is
    merged by its policy: the record's own `policy`, else --policy (default: replace)."""
    timing.mark("embed: options parsed")
    from . import report
    from .batch import run_batch, workers_for
    from .files import GroupCommit
    from .pipeline import Options
    from .tempfiles import Stopped, Stopper, remove_orphans

    timing.mark("embed: pipeline imported")
    c2 = c2pa_config_or_exit(c2pa, c2pa_cert, c2pa_key, c2pa_tsa_url, c2pa_sign_unsigned)
    rs = load_library_or_exit(records_path, fmt, templates_path, codes_path)
    timing.mark("embed: records loaded")
    gcpause.resume()   # loaded: the record model, the pipeline and the records themselves
    files = _expand(images)
    if out_dir:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise click.ClickException(f"{out_dir}: cannot create the output folder: {e.strerror or e}") from None
    # Temp files a killed run left beside the photos (their owner is gone) go first.
    # each file's folder as a string (a Path's .parent a file cost ~1 ms a 300-file batch)
    folders = {os.path.dirname(os.fspath(f)) or "." for f in files}
    timing.mark("embed: files listed")
    for p in remove_orphans([*folders, *([out_dir] if out_dir else [])]):
        click.echo(f"removed a temp file left by a stopped run: {p}", err=True)
    timing.mark("embed: orphans swept")
    opts = Options(out_dir=out_dir, dry_run=dry_run, policy=Policy(policy), sidecar=sidecar,
                   force_sidecar=force_sidecar, fsync=not no_fsync, allow_truncated=allow_truncated, c2pa=c2)
    outcomes: list = []
    # Over many files, temp files are fsynced in the background and renamed per group.
    group = GroupCommit() if len(files) > 1 and not dry_run and not no_fsync else None
    ledger = _open_ledger(journal_file, dry_run or no_journal, policy=policy, sidecar=sidecar,
                          out=str(out_dir) if out_dir else None, records=str(records_path))
    stopper = Stopper()
    timing.mark("embed: journal open")

    def report_group(done: list) -> None:    # inside stopper.critical(): a signal waits
        if ledger is not None:
            for problem in ledger.add(done, out_dir):
                click.echo(f"warning: {problem}", err=True)
        lines: list[str] = []      # a group's stdout in one write (one echo a line cost 0.1 ms a file)
        cols = None if as_json else report.width()     # once a group, not once a change
        for o in done:
            if as_json:
                lines.append(json.dumps(o.to_dict(), ensure_ascii=False))
                continue
            lines += report.outcome_lines(o, width=cols)
            if o.error:            # stderr keeps its place after the file's own lines
                click.echo("\n".join(lines))
                lines.clear()
                click.echo(f"  error: {o.error}", err=True)
        if lines:
            click.echo("\n".join(lines))

    progress = report.Progress(len(files), label="dry run" if dry_run else "captioning")
    stopped = None
    try:
        with stopper:
            try:    # a big batch runs in one worker process per core (batch.workers_for)
                run_batch(files, rs.records, opts, batch_size=len(files), group=group,
                          report=report_group, each=lambda o: progress.update(o.status),
                          critical=stopper.critical, outcomes=outcomes,
                          workers=workers_for(len(files), workers) if group is not None else 1)
            finally:
                progress.close()
    except (Stopped, KeyboardInterrupt) as e:
        # SIGTERM/Ctrl-C: what was renamed stays; the file in flight and the group not yet
        # committed are abandoned by run_batch (temps removed, originals untouched).
        stopped = e.signum if isinstance(e, Stopped) else signal.SIGINT
    finally:
        timing.mark("embed: batch done")
        if ledger is not None:
            ledger.close()
        timing.mark("embed: journal closed")
    summary = report.summary(outcomes, rs, dry_run)
    if ledger is not None:
        summary["run"], summary["journal"] = ledger.run_id, str(ledger.path)
    if stopped is not None:
        summary["stopped"] = {"signal": signal.Signals(stopped).name, "done": len(outcomes),
                              "not_done": len(files) - len(outcomes)}
    if as_json:   # stdout stays one object per file (DESIGN.md); the run's totals go to stderr
        click.echo(json.dumps({"summary": summary}, ensure_ascii=False), err=True)
    else:
        for line in report.summary_lines(summary):
            click.echo(line, err=True)
        if ledger is not None and summary["counts"].get("written"):
            click.echo(f"journal: run {ledger.run_id} in {ledger.path} (undo: captionist undo {ledger.run_id} "
                       f"--journal {ledger.path})", err=True)
    if stopped is not None:
        click.echo(f"stopped by {signal.Signals(stopped).name}: {len(outcomes)} of {len(files)} files done; "
                   "the rest untouched (run again to finish)", err=True)
        sys.exit(128 + stopped)
    failed = any(not o.ok for o in outcomes) or bool(rs.errors)
    global ends_quickly
    ends_quickly = True     # the journal is closed, the report printed: see `start.leave`
    sys.exit(1 if failed else 0)


def _open_ledger(path, skip: bool, **settings):
    """The run's journal (None for dry runs and --no-journal). A journal that cannot be opened
    stops the run before any file is touched: a run that cannot be undone is not started."""
    if skip:
        return None
    from .runlog import RunLog, default_path
    try:
        return RunLog(path or default_path(), settings)
    except Exception as e:  # noqa: BLE001 - sqlite3 and OSError alike
        raise click.ClickException(f"{path or default_path()}: cannot open the journal ({e}); "
                                   "give --journal PATH, or --no-journal") from None


@main.command()
@click.argument("images", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True,
              help="JSON on stdout: the record (with file and contentCredentials), a list when several files")
@click.option("--sidecar", type=click.Choice(["stem", "name"]), default="stem", show_default=True,
              help="the sidecar to read beside formats that cannot embed: name.xmp (stem) or name.ext.xmp (name)")
def read(images, as_json, sidecar):
    """Show what IMAGES (files or folders) carry, as records (XMP preferred, then IIM, then EXIF)."""
    # read_values, not read_record: the values are put in the record's form without building
    # the record model (tests/test_canon.py keeps the two equal), issue 14.
    from .reader import read_values

    gcpause.resume()
    results, failed = [], False
    for f in _expand(images):
        try:
            data, _snap = read_values(f, sidecar=sidecar)
        except CaptionistError as e:
            click.echo(f"error: {e}", err=True)
            failed = True
            continue
        creds = content_credentials(_snap)
        if as_json:
            results.append({"file": str(f), **data, **({"contentCredentials": creds} if creds else {})})
        else:
            click.echo(f"{f}")
            for k, v in data.items():
                click.echo(f"  {k}: {v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}")
            if creds:
                from .provenance import describe
                click.echo(f"  content credentials: {describe(creds)} [{creds['store']}]")
    if as_json:
        _echo_json(results[0] if len(results) == 1 and len(images) == 1 else results)
    sys.exit(1 if failed else 0)


def content_credentials(snap) -> dict | None:
    """A file's Content Credentials for `read`: found by a byte scan, then validated by the SDK."""
    from .provenance import inspect, snapshot_store

    if snap.format.name == "xmp":
        return None
    store = snapshot_store(snap)
    if store is None:
        return None
    return {"store": store, **(inspect(snap.path, snap.format.mime) or {"state": "Unreadable"})}


@main.command()
@click.argument("records", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(RECORD_FORMATS), default=None,
              help="record format when the extension does not say (default: by extension)")
@click.option("--templates", "templates_path", type=click.Path(exists=True, path_type=Path),
              help="templates the records extend")
@click.option("--codes", "codes_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="code replacements used in the records")
@click.option("--json", "as_json", is_flag=True,
              help="a JSON array of problems on stdout ({level, where, record, field, message}); no totals")
def validate(records, fmt, templates_path, codes_path, as_json):
    """Check RECORDS (files or folders): schema, templates, codes, variables, IIM byte limits,
    missing essentials, and record ids used twice (in one file or across RECORDS).
    Reports every problem of every record in one run; exit 1 on any error."""
    from .validate import check_records

    problems, seen = [], {}
    for path in records:
        problems += check_records(path, fmt=fmt, templates=templates_path, codes=codes_path, seen=seen)
    if as_json:
        _echo_json([p.to_dict() for p in problems])
    else:
        for p in problems:
            click.echo(str(p))
        errors = sum(1 for p in problems if p.level == "error")
        click.echo(f"{errors} error(s), {len(problems) - errors} warning(s)", err=True)
    sys.exit(1 if any(p.level == "error" for p in problems) else 0)


@main.command()
@click.option("--markdown", is_flag=True, help="a Markdown table (docs/fields.md is this output)")
@click.option("--json", "as_json", is_flag=True,
              help="a JSON array on stdout: {id, label, kind, xmp, iim, exif} per property")
def fields(markdown, as_json):
    """List every IPTC property captionist writes, with its IIM, XMP and EXIF places."""
    from .standard import PROPS, Kind

    rows = []
    for p in PROPS:
        iim = f"2:{p.iim.dataset:03d} {p.iim.name} ({p.iim.max_bytes} bytes)" if p.iim else ""
        kind = p.kind.value + (f" of {p.struct}" if p.struct else "") + (f" ({p.array})" if p.array and p.kind
                                                                            is not Kind.STRUCT else "")
        rows.append((p.id, p.label, kind, p.xmp, iim, p.exif or ""))
    if as_json:
        _echo_json([dict(zip(("id", "label", "kind", "xmp", "iim", "exif"), r)) for r in rows])
    elif markdown:
        click.echo("# Fields\n\nGenerated by `captionist fields --markdown` from `captionist.standard`.\n"
                   "IIM values are cut to the byte limit on a UTF-8 character boundary; XMP keeps the full "
                   "value; EXIF mirrors follow the IPTC/MWG mapping.\n")
        click.echo("| id | IPTC name | kind | XMP | IIM | EXIF |\n|---|---|---|---|---|---|")
        for r in rows:
            click.echo("| " + " | ".join(f"`{r[0]}`" if i == 0 else r[i] for i in range(6)) + " |")
    else:
        for r in rows:
            click.echo(f"{r[0]:<26} {r[3]:<38} {r[4]:<40} {r[5]}")


@main.command()
def schema():
    """Print the JSON Schema of caption records."""
    from .model import record_schema

    _echo_json(record_schema())


if __name__ == "__main__":  # pragma: no cover
    # `python -m captionist.cli`: run the group of the imported module, on which every command
    # (commands/*) registered itself.
    from captionist.cli import main as _main
    _main()
