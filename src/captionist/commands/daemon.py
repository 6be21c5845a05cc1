"""`captionist watch`, `status`, `history` and `undo`: thin wrappers over `captionist.daemon`,
`captionist.journal` and `captionist.undo`."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import sys
import time
from datetime import datetime
from pathlib import Path

import click

from .. import report
from ..cli import LOG_FORMATS, LOG_LEVELS, _echo_json, c2pa_config_or_exit, c2pa_options, main
from ..model import Policy
from ..outcome import Status

_PATH = click.Path(path_type=Path)

# One convention for the inbox (issue 16): `--inbox INBOX` on watch, status, history and undo.
# watch and status also take it as their first argument, the older spelling.
INBOX_HELP = "the watched inbox (its journal is INBOX/.captionist/journal.sqlite)"


def folder_options(f):
    """--records, --templates, --codes and the outcome folders: shared by `watch` and `worker`,
    which must be given the same ones."""
    f = click.option("--review", type=_PATH, help="files several records match (default INBOX/review)")(f)
    f = click.option("--unmatched", type=_PATH, help="files no record matches (default INBOX/unmatched)")(f)
    f = click.option("--failed", type=_PATH, help="failed files with NAME.error.json (default INBOX/failed)")(f)
    f = click.option("--done", type=_PATH, help="captioned files (default INBOX/done)")(f)
    f = click.option("--codes", type=_PATH, help="code replacements (#afp -> full text)")(f)
    f = click.option("--templates", type=_PATH, help="templates that records `extends`")(f)
    f = click.option("--records", help="records file or folder, or a postgresql:// URL (the API's records "
                                       "table); re-read when it changes")(f)
    return f


def service_options(f):
    """--policy, --config and the log options: shared by `watch` and `worker`."""
    f = click.option("--log-level", type=click.Choice(LOG_LEVELS, case_sensitive=False),
                     help="least severe level logged (default info)")(f)
    f = click.option("--log-format", type=click.Choice(LOG_FORMATS),
                     help="log lines as JSON or text (auto: text on a terminal, else JSON)")(f)
    f = click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="TOML settings file (also CAPTIONIST_CONFIG)")(f)
    f = click.option("--policy", type=click.Choice([p.value for p in Policy]), help="default merge policy")(f)
    return f


def inbox_option(f):
    return click.option("--inbox", "inbox_opt", type=_PATH, help=INBOX_HELP + "; also accepted as the argument")(f)


def _one_inbox(arg: Path | None, opt: Path | None) -> Path | None:
    if arg is not None and opt is not None and Path(arg) != Path(opt):
        raise click.UsageError(f"two inboxes: {arg} (argument) and --inbox {opt}; give one")
    return opt if opt is not None else arg


def daemon_settings(config, **options):
    """The [daemon] settings (captionist.settings), loaded once for `watch` or `worker` from
    --config, the environment and these options; a problem is a usage error, not a traceback."""
    from ..settings import ConfigError, load_settings
    try:
        return load_settings(config, daemon=options).daemon
    except ConfigError as e:
        raise click.UsageError(str(e)) from None


@main.command()
@click.argument("inbox", required=False, type=_PATH)
@inbox_option
@folder_options
@click.option("--journal", help="SQLite journal path (default INBOX/.captionist/journal.sqlite) or a "
                                 "postgresql:// URL shared by a cluster")
@click.option("--broker", help="Celery broker URL (redis://, amqp://): claim and queue; `captionist worker` "
                               "does the work (docs/cluster.md)")
@click.option("--once", is_flag=True, default=None, help="process what is there, then exit")
@click.option("--polling", is_flag=True, default=None, help="poll instead of inotify (network shares)")
@click.option("--workers", type=click.IntRange(1, 64), help="worker processes (default: CPUs, at most 4)")
@click.option("--recursive", is_flag=True, default=None, help="take files from sub-folders too")
@service_options
@c2pa_options
def watch(inbox, inbox_opt, records, templates, codes, done, failed, unmatched, review, journal, broker, once, polling,
          workers, recursive, policy, config, log_format, log_level, c2pa, c2pa_cert, c2pa_key, c2pa_tsa_url, c2pa_sign_unsigned):
    """Watch INBOX (the argument or --inbox; else CAPTIONIST_INBOX or the config): captioned
    files go to done/, the rest to failed/, unmatched/ or review/.

    Settings come from these options, then CAPTIONIST_* environment variables, then the
    --config TOML file (top-level keys or its [daemon] table; docs/daemon.md). SIGTERM or Ctrl-C stop cleanly: files in flight are finished or
    handed back to the inbox. With --once the exit status is 1 when any file was not done.
    """
    from .. import logs
    from ..daemon import Daemon

    inbox = _one_inbox(inbox, inbox_opt)
    s = daemon_settings(config, inbox=inbox, records=records, templates=templates, codes=codes, done=done, failed=failed, unmatched=unmatched,
                  review=review, journal=journal, broker=broker, once=once, polling=polling, workers=workers,
                  recursive=recursive, policy=policy, log_format=log_format,
                  log_level=log_level.upper() if log_level else None, c2pa=c2pa,
                  c2pa_cert=c2pa_cert, c2pa_key=c2pa_key, c2pa_tsa_url=c2pa_tsa_url,
                  c2pa_sign_unsigned=c2pa_sign_unsigned)
    check_records(s.records)
    logs.setup(s.log_format, s.log_level)
    d = Daemon(s)

    def _stop(signum, _frame):
        d.stop(wait=False)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    sys.exit(d.run())


def check_records(records) -> None:
    """Refuse to start without records: a missing file or folder, or a records database that
    cannot be reached (with no last good records yet, every file would go to unmatched/)."""
    from ..storage.db import is_url, redact
    if is_url(records):
        try:
            from ..storage.records import RecordTable
            RecordTable(records, connect_timeout=5).stamp()
        except Exception as e:  # noqa: BLE001 - psycopg errors: say which database, not a traceback
            raise click.UsageError(f"--records {redact(records)}: the records database cannot be reached ({e})")
    elif not Path(records).exists():
        raise click.UsageError(f"--records {records}: no such file or folder")


# --------------------------------------------------------------------------- journal location

def _journal_path(inbox: Path | None, journal: str | None, hint: Path | None = None) -> Path | str:
    """The journal: --journal, INBOX's own, CAPTIONIST_JOURNAL, or the nearest one found.
    A postgresql:// URL is returned as it is."""
    from ..settings import daemon_env, inbox_journal
    from ..storage import is_url
    if journal:
        return journal if is_url(journal) else Path(journal)
    env = daemon_env("journal")
    if env and is_url(env):
        return env          # a cluster's shared journal serves every inbox
    if inbox:
        return inbox_journal(Path(inbox))
    if env:
        return Path(env)
    if daemon_env("inbox"):
        return inbox_journal(Path(daemon_env("inbox")))
    start = Path(hint).resolve() if hint else Path.cwd()
    for folder in [start, *start.parents]:
        cand = inbox_journal(folder)
        if cand.exists():
            return cand
    from ..runlog import default_path
    if default_path().exists():     # where `captionist embed` journals its runs
        return default_path()
    raise click.UsageError("no journal found: give --journal or --inbox (or set CAPTIONIST_INBOX)")


def _since(text: str | None) -> float | None:
    if not text:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smhdw])", text.strip())
    if m:
        n, unit = float(m.group(1)), m.group(2)
        return time.time() - n * {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[unit]
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        raise click.BadParameter("use a duration (30m, 2h, 1d) or an ISO date/time", param_hint="--since")


def _open(path: Path | str):
    from .. import journal
    try:
        return journal.open_readonly(path)
    except FileNotFoundError as e:
        raise click.ClickException(str(e)) from None
    except Exception as e:  # noqa: BLE001 - a database that cannot be reached: say so, no traceback
        from ..storage import redact
        raise click.ClickException(f"{redact(path)}: cannot open the journal ({type(e).__name__}: {e})") from None


def _fmt_time(t: float | None) -> str:
    return datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M:%S") if t else "-"


@main.command()
@click.option("--inbox", type=_PATH, help=INBOX_HELP)
@click.option("--journal", "journal_file", help="the journal file, or a postgresql:// URL")
@click.option("--status", help="only these outcomes (comma-separated: written,unchanged,failed,...)")
@click.option("--record", help="only files captioned from this record id")
@click.option("--file", "file_", help="only this file (arrival name or output path; * as wildcard)")
@click.option("--since", help="only since: a duration (30m, 2h, 1d) or an ISO date/time")
@click.option("--run", help="only this run id")
@click.option("--limit", type=int, default=50, show_default=True, help="at most this many rows (0: all)")
@click.option("--json", "as_json", is_flag=True, help="JSON lines, one row each (with changes)")
def history(inbox, journal_file, status, record, file_, since, run, limit, as_json):
    """List what the daemon did, newest first, from the journal (of --inbox, --journal,
    CAPTIONIST_JOURNAL, CAPTIONIST_INBOX, a .captionist folder above the current one, or
    embed's own journal)."""
    from .. import journal
    con = _open(_journal_path(inbox, journal_file))
    rows = journal.query(con, status=status, record=record, file=file_, since=_since(since), run=run,
                         limit=limit or None)
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    for r in rows:
        extra = r["error"] or (f"{len(r['changes'] or [])} field(s)" if r["status"] in (Status.WRITTEN, Status.UNDONE) else "")
        click.echo(f"{_fmt_time(r['t_finished'])}  {r['status']:9}  {r['record_id'] or '-':20}  "
                   f"{r['name']}  -> {r['output'] or '-'}  {extra}")
    click.echo(f"{len(rows)} row(s)", err=True)


@main.command()
@click.argument("inbox", type=_PATH, required=False)
@inbox_option
@click.option("--journal", "journal_file", help="the journal (file or postgresql:// URL), when not in "
                                                "INBOX/.captionist")
@click.option("--json", "as_json", is_flag=True,
              help="one JSON object on stdout: daemons (each with alive), counts, last_errors, on_disk")
@click.option("--check", is_flag=True, help="exit 1 unless a daemon is running (container health check)")
def status(inbox, inbox_opt, journal_file, as_json, check):
    """Queue depth, counts and recent errors of the daemon(s) watching INBOX (the argument or
    --inbox, else CAPTIONIST_INBOX)."""
    from .. import journal
    from ..settings import OUTPUT_FOLDERS, daemon_env, default_folder, state_dir
    inbox = _one_inbox(inbox, inbox_opt) or (Path(daemon_env("inbox")) if daemon_env("inbox") else None)
    if inbox is None:
        raise click.UsageError("which inbox? give INBOX or --inbox (or set CAPTIONIST_INBOX)")
    daemons = []
    for f in sorted(state_dir(inbox).glob("status-*.json")):
        try:
            st = json.loads(f.read_text())
        except (OSError, ValueError):
            continue
        age = time.time() - st.get("updated", 0)
        alive = st.get("state") not in ("stopped",) and age < 3 * st.get("interval", 2) + 5
        if alive and st.get("host") == socket.gethostname():
            try:
                os.kill(st["pid"], 0)
            except (ProcessLookupError, PermissionError, KeyError):
                alive = False
        st["alive"] = alive
        daemons.append(st)
    from ..storage import is_url, redact
    jpath = _journal_path(inbox, journal_file)
    summary = {"inbox": str(inbox), "daemons": daemons, "journal": redact(jpath)}
    if is_url(jpath) or jpath.exists():
        con = _open(jpath)
        summary["counts"] = journal.counts(con)
        summary["counts_24h"] = journal.counts(con, since=time.time() - 86400)
        summary["last_errors"] = [{"file": r["name"], "error": r["error"], "traceback_id": r["traceback_id"],
                                   "time": r["t_finished"]} for r in journal.query(con, status=str(Status.FAILED), limit=5)]
        con.close()
    folders = (daemons[-1]["folders"] if daemons else
               {n: str(default_folder(inbox, n)) for n in OUTPUT_FOLDERS})
    summary["on_disk"] = {}
    for name, folder in folders.items():
        try:
            summary["on_disk"][name] = sum(1 for e in os.scandir(folder) if e.is_file() and not
                                           e.name.startswith(".") and not e.name.endswith(".json"))
        except OSError:
            summary["on_disk"][name] = 0
    try:
        summary["waiting_in_inbox"] = sum(1 for e in os.scandir(inbox) if e.is_file() and not e.name.startswith("."))
    except OSError:
        summary["waiting_in_inbox"] = 0
    running = [d for d in daemons if d["alive"]]
    if check:
        click.echo(f"{len(running)} daemon(s) running on {inbox}")
        sys.exit(0 if running else 1)
    if as_json:
        _echo_json(summary)
        return
    click.echo(f"{inbox}: {len(running)} daemon(s) running, {summary['waiting_in_inbox']} file(s) in the inbox")
    for d in daemons:
        click.echo(f"  {d['instance']}: {_liveness(d)}, "
                   f"queue {d.get('queue_depth', 0)}, in flight {d.get('in_flight', 0)}, "
                   f"workers {d.get('workers', 0)}, this run: "
                   + (", ".join(f"{n} {s}" for s, n in sorted(d.get('counts', {}).items())) or "nothing yet"))
    click.echo("  on disk: " + ", ".join(f"{k} {v}" for k, v in summary["on_disk"].items()))
    if "counts" in summary:
        click.echo("  journal: " + (", ".join(f"{n} {s}" for s, n in sorted(summary["counts"].items())) or "empty")
                   + "; last 24 h: " + (", ".join(f"{n} {s}" for s, n in sorted(summary["counts_24h"].items()))
                                        or "nothing"))
        for e in summary["last_errors"]:
            click.echo(f"  error {_fmt_time(e['time'])} [{e['traceback_id']}] {e['error']}")


def _liveness(d: dict) -> str:
    """running; stopped (a clean stop); or not running when the status file still says
    running: the process was killed or its host is gone (the file was not updated)."""
    if d["alive"]:
        return f"running ({d.get('state')})" if d.get("state") not in (None, "running") else "running"
    if d.get("state") == "stopped":
        return "stopped"
    return f"not running (killed or hung: no update since {_fmt_time(d.get('updated'))})"


@main.command()
@click.argument("target")
@click.option("--inbox", type=_PATH, help=INBOX_HELP)
@click.option("--journal", "journal_file", help="the journal file, or a postgresql:// URL")
@click.option("--force", is_flag=True, help="undo even files changed since captionist wrote them")
@click.option("--dry-run", is_flag=True, help="show what would be restored; write nothing")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per file on stdout (file, status, changes, error)")
def undo(target, inbox, journal_file, force, dry_run, as_json):
    """Restore the metadata TARGET had before captioning (a run id, or a captioned file).

    Only metadata is restored; the image data was never changed."""
    from ..undo import undo as do_undo
    hint = Path(target).parent if Path(target).exists() else None
    # Content Credentials follow CAPTIONIST_C2PA*, as for captioning (captionist.settings)
    c2pa = c2pa_config_or_exit(None, None, None, None, None)
    results = do_undo(_journal_path(inbox, journal_file, hint), target, c2pa, force=force, dry_run=dry_run)
    for r in results:
        if as_json:
            click.echo(json.dumps(r.to_dict(), ensure_ascii=False))
        else:
            click.echo(f"{r.file}: {r.status}" + (f" ({len(r.changes)} field(s))" if r.changes else ""))
            for c in r.changes:       # the change report's own layout: values in full, languages named
                for line in report.change_lines(c, indent="  "):
                    click.echo(line)
            if r.error:
                click.echo(f"  error: {r.error}", err=True)
    sys.exit(0 if all(r.status in (Status.UNDONE, Status.PLANNED, Status.UNCHANGED) for r in results) else 1)
