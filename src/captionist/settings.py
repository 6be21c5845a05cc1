"""All of captionist's settings, one typed model: `Settings`, with one sub-model per table of
the config file.

    [daemon]  DaemonSettings  `captionist watch`, `captionist worker`; `serve` with run_daemon
    [api]     ApiSettings     `captionist serve` (captionist.api)

`load_settings(config, daemon=..., api=...)` is called once, by the entry point (the CLI
command; a program building the API app), and the `Settings` it returns are passed down.
Each value comes from the first of these that sets it:

    command-line options  >  environment variables  >  the config file  >  the defaults below

The config file is TOML (JSON when its name ends in .json): `--config FILE`, else
$CAPTIONIST_CONFIG. Keys at its top level are [daemon] keys (the flat file `captionist watch`
has always read). Relative paths in the file are taken from the file's folder.
Environment: the [daemon] key KEY is $CAPTIONIST_KEY (lists as JSON:
CAPTIONIST_IGNORE='["*.part","*.tmp"]'); the [api] key KEY is $CAPTIONIST_API_KEY, and
`broker`, `c2pa*` and `database` also follow the daemon's $CAPTIONIST_BROKER,
$CAPTIONIST_C2PA* and $CAPTIONIST_JOURNAL (when that is a postgresql:// URL).
$CAPTIONIST_API_TOKENS is comma-separated and adds to the file's tokens.

An unknown key, a wrong type or a value out of range is a `ConfigError` naming where the value
came from (the file and its [table], the variable, the option) and the key: never a traceback.

The daemon's places derived from the inbox (`state_dir`, `journal_path`, the output folders)
are declared here once; `captionist status`, `history` and `undo` use the same functions.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal, Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .envsettings import (C2PA_PREFIX, C2paSettings, ConfigError, Layers, check, env_name, from_env, from_options,
                          load_c2pa)
from .model import DEFAULT_POLICY, Policy

__all__ = ["ApiSettings", "C2paSettings", "ConfigError", "DaemonSettings", "Settings", "load_c2pa", "load_settings"]

CONFIG_ENV = "CAPTIONIST_CONFIG"
TOKENS_ENV = "CAPTIONIST_API_TOKENS"

# Names a writer uses while a file is not finished yet, and desktop noise. Hidden files
# (a leading dot, which includes captionist's own temp files) are always ignored.
DEFAULT_IGNORE = [
    "*.part", "*.partial", "*.crdownload", "*.download", "*.tmp", "*.temp", "*.swp", "*~",
    "~$*", "Thumbs.db", "desktop.ini", "Icon\r",
]


def state_dir(inbox: Path) -> Path:
    """The daemon's own folder in its inbox (working folder, journal, status files)."""
    return Path(inbox) / ".captionist"


OUTPUT_FOLDERS = ("done", "failed", "unmatched", "review")


def default_folder(inbox: Path, name: str) -> Path:
    """An output folder (one of OUTPUT_FOLDERS) when the settings do not name it."""
    return Path(inbox) / name


def inbox_journal(inbox: Path) -> Path:
    """The journal of the daemon watching `inbox` when `journal` is not set."""
    return state_dir(inbox) / "journal.sqlite"


def _absolute(v: Any) -> Any:
    """A path from the environment or an option: from the current folder (a URL stays)."""
    if v is None or (isinstance(v, str) and "://" in v) or not isinstance(v, (str, Path)):
        return v
    return Path(os.path.abspath(os.path.expanduser(v)))


# The tables' schemas are built when first used, not at import (start-up time of `status`,
# `history`: bench/startup_bench.py)
_LATE = ConfigDict(extra="forbid", defer_build=True)


class DaemonSettings(C2paSettings):
    """The [daemon] table: everything `captionist watch` (and `Daemon`) can be told."""

    model_config = _LATE

    inbox: Path = Field(description="the folder files are dropped into")
    records: Path | str = Field(description="records file or folder, or a postgresql:// URL (the API's records "
                                "table); re-read whenever it changes")
    templates: Optional[Path] = Field(None, description="templates that records `extends` (re-read when changed)")
    codes: Optional[Path] = Field(None, description="code replacements file (#afp -> full text)")
    done: Optional[Path] = Field(None, description="captioned files (default INBOX/done)")
    failed: Optional[Path] = Field(None, description="files that could not be captioned, each with NAME.error.json "
                                                     "(default INBOX/failed)")
    unmatched: Optional[Path] = Field(None, description="files no record matches; retried when records change "
                                                        "(default INBOX/unmatched)")
    review: Optional[Path] = Field(None, description="files several records match equally (default INBOX/review)")
    journal: Path | str | None = Field(None, description="SQLite journal path (default "
                                       "INBOX/.captionist/journal.sqlite), or a postgresql:// URL shared by a cluster")
    broker: Optional[str] = Field(None, description="Celery broker URL (redis://, amqp://): `watch` claims and "
                                                    "queues, `captionist worker` processes (docs/cluster.md)")
    visibility_timeout: float = Field(3600.0, gt=0, description="seconds before a Redis broker redelivers a task "
                                                                "whose worker took it and went silent")
    requeue_after: float = Field(300.0, gt=0, description="seconds a queued claim may wait before the watcher "
                                                          "queues it again (a task lost with the broker)")
    max_attempts: int = Field(3, ge=1, description="deliveries of one file whose worker died before it is failed")

    once: bool = Field(False, description="process what is there, then exit when the queue is drained")
    polling: bool = Field(False, description="poll the folder instead of inotify (network shares)")
    workers: int = Field(default_factory=lambda: max(1, min(4, os.cpu_count() or 1)), ge=1, le=64)
    recursive: bool = Field(False, description="also take files from sub-folders (their relative path is kept)")
    ignore: list[str] = Field(default_factory=lambda: list(DEFAULT_IGNORE),
                              description="file name globs never taken (partial uploads, editor files)")

    settle: float = Field(1.0, gt=0, description="seconds a file's size and mtime must stay unchanged when no "
                                                 "close event tells the writer is done (polling, moved-in files)")
    close_grace: float = Field(0.05, ge=0, description="seconds after a close-write event before the file is taken")
    pair_grace: float = Field(2.0, ge=0, description="seconds a sidecar-only format (RAW, HEIC) waits for its .xmp")
    incomplete_timeout: float = Field(30.0, gt=0, description="seconds a JPEG/PNG without its end marker waits "
                                                              "before it is taken anyway (and likely fails)")
    poll_interval: float = Field(0.5, gt=0, description="seconds between directory polls with --polling")
    rescan_interval: float = Field(30.0, gt=0, description="seconds between safety re-scans of the inbox")
    records_settle: float = Field(0.5, ge=0, description="seconds the records must be unchanged before reload")
    unmatched_expire: float = Field(24 * 3600.0, gt=0, description="seconds after which an unmatched file is no "
                                                                   "longer retried (it stays and is reported)")
    job_timeout: float = Field(300.0, gt=0, description="seconds one file may take before its worker is killed")
    stop_timeout: float = Field(30.0, ge=0, description="seconds a stop waits for files in flight")
    max_jobs_per_worker: int = Field(500, ge=1, description="a worker process is replaced after this many files")
    max_pending: int = Field(20000, ge=1, description="files tracked in memory at once; more wait for a re-scan")

    policy: Policy = DEFAULT_POLICY
    sidecar: Literal["stem", "name"] = "stem"
    force_sidecar: bool = False
    fsync: bool = True

    log_format: Literal["auto", "json", "text"] = "auto"
    log_level: str = "INFO"
    status_interval: float = Field(2.0, gt=0, description="seconds between status file updates")

    @field_validator("inbox", "records", "templates", "codes", "done", "failed", "unmatched", "review", "journal",
                     "c2pa_cert", "c2pa_key", mode="before")
    @classmethod
    def _to_absolute(cls, v: Any) -> Any:
        return _absolute(v)

    # --- derived places (the only place their defaults are decided) -------------------
    @property
    def state_dir(self) -> Path:
        return state_dir(self.inbox)

    @property
    def work_dir(self) -> Path:
        return self.state_dir / "work"

    def folder(self, name: str) -> Path:
        """The place of an output folder: done, failed, unmatched, review."""
        value = getattr(self, name)
        return value if value is not None else default_folder(self.inbox, name)

    @property
    def journal_path(self) -> Path | str:
        return self.journal if self.journal is not None else inbox_journal(self.inbox)


class ApiSettings(C2paSettings):
    """The [api] table: what `captionist serve` (captionist.api) can be told."""

    model_config = _LATE

    host: str = "127.0.0.1"
    port: int = Field(8750, ge=0, le=65535)
    tokens: list[str] = Field(default_factory=list, description=f"bearer tokens; also ${TOKENS_ENV} "
                                                                "(comma-separated, added to these)")
    records_dir: Path = Path("records")
    storage_roots: list[Path] = Field(default_factory=list, description="folders jobs may touch")
    max_body_bytes: int = Field(100 * 1024 * 1024, ge=1024)
    header_timeout: float = Field(10.0, gt=0, description="seconds a request's headers may take (408 after)")
    body_idle_timeout: float = Field(30.0, gt=0, description="seconds a request body may stall (408 after)")
    body_timeout: float = Field(600.0, gt=0, description="seconds a request body may take in all (408 after)")
    job_workers: int = Field(2, ge=1, le=64)
    jobs_kept: int = Field(1000, ge=1, description="finished jobs remembered for GET /jobs/{id}")
    jobs_dir: Optional[Path] = Field(None, description="where jobs are kept across restarts "
                                                       "(default: a folder beside records_dir, named <records_dir>-jobs)")
    policy: Policy = Policy.REPLACE
    sidecar: Literal["stem", "name"] = "stem"
    webhook_url: Optional[str] = None
    webhook_secret: Optional[str] = None
    webhook_attempts: int = Field(6, ge=1, le=20)
    webhook_backoff: float = Field(1.0, gt=0, description="seconds before the first retry; doubled each time")
    webhook_backoff_max: float = Field(60.0, gt=0)
    webhook_timeout: float = Field(10.0, gt=0)
    run_daemon: bool = Field(False, description="run the watch-folder daemon ([daemon] table) in this process")
    database: Optional[str] = Field(None, description="postgresql:// URL where jobs are kept, shared by a cluster's "
                                                      "API instances (also $CAPTIONIST_JOURNAL when it is such a URL)")
    broker: Optional[str] = Field(None, description="Celery broker URL (also $CAPTIONIST_BROKER): POST /jobs files "
                                                    "go to the cluster's workers (docs/cluster.md)")

    @field_validator("tokens", mode="before")
    @classmethod
    def _comma_separated(cls, v: Any) -> Any:
        return [t.strip() for t in v.split(",") if t.strip()] if isinstance(v, str) else v

    @property
    def jobs_path(self) -> Path:
        return self.jobs_dir or self.records_dir.parent / f"{self.records_dir.name}-jobs"


class Settings(BaseModel):
    """One process's settings: the tables it uses, and the file they were read from."""

    model_config = _LATE

    config: Optional[Path] = None
    api: Optional[ApiSettings] = Field(default_factory=ApiSettings)    # None: this process serves no API
    daemon: Optional[DaemonSettings] = None                             # None: this process runs no daemon


TABLES: dict[str, type[C2paSettings]] = {"daemon": DaemonSettings, "api": ApiSettings}
ENV_PREFIX = {"daemon": C2PA_PREFIX, "api": "CAPTIONIST_API_"}
# [api] keys that also follow the daemon's variable (the API's own CAPTIONIST_API_KEY wins)
API_ENV_ALSO = {"broker": "CAPTIONIST_BROKER", "c2pa": "CAPTIONIST_C2PA", "c2pa_cert": "CAPTIONIST_C2PA_CERT",
                "c2pa_key": "CAPTIONIST_C2PA_KEY", "c2pa_tsa_url": "CAPTIONIST_C2PA_TSA_URL",
                "c2pa_sign_unsigned": "CAPTIONIST_C2PA_SIGN_UNSIGNED", "database": "CAPTIONIST_JOURNAL"}
# keys that name files or folders: relative ones in the config file are taken from its folder
PATH_KEYS = {"daemon": ("inbox", "records", "templates", "codes", "done", "failed", "unmatched", "review",
                        "journal", "c2pa_cert", "c2pa_key"),
             "api": ("records_dir", "jobs_dir", "c2pa_cert", "c2pa_key", "storage_roots")}


def daemon_env(key: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The environment's value of a [daemon] key, unparsed (None: unset or empty)."""
    return (os.environ if environ is None else environ).get(env_name(ENV_PREFIX["daemon"], key)) or None


# --------------------------------------------------------------------------- loading

def load_settings(config: Path | str | None = None, *, daemon: dict[str, Any] | None = None,
                  api: dict[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """The settings from the defaults, the config file (`config`, else $CAPTIONIST_CONFIG), the
    environment, and the command-line options given as `daemon` and `api` (None values: not
    given). A table is complete and checked as a whole when this process runs it: [daemon] when
    `daemon` is given (`watch`, `worker`) or [api] run_daemon is true, [api] unless only
    `daemon` is given; in a table it does not run, only the values given are checked (and the
    table is None in the result)."""
    environ = os.environ if environ is None else environ
    if config is None and environ.get(CONFIG_ENV):
        config = environ[CONFIG_ENV]
    path = Path(config) if config is not None else None
    doc = read_config(path) if path is not None else {}
    flags = {"daemon": daemon or {}, "api": api or {}}
    layers = {t: _layers(t, path, doc.get(t, {}), environ, flags[t]) for t in TABLES}
    if daemon is not None:      # the table this command runs is checked (and reported on) first
        daemon_settings = _validate("daemon", layers["daemon"], runs=True)
    runs_api = daemon is None or api is not None
    api_settings = _validate("api", layers["api"], runs=runs_api)
    runs_daemon = daemon is not None or (runs_api and api_settings.run_daemon)
    if daemon is None:
        daemon_settings = _validate("daemon", layers["daemon"], runs=runs_daemon)
    return Settings(config=path, api=api_settings if runs_api else None,
                    daemon=daemon_settings if runs_daemon else None)


def read_config(path: Path) -> dict[str, dict[str, Any]]:
    """The config file's tables; top-level keys are [daemon] keys."""
    try:
        text = path.read_bytes()
        if path.suffix.lower() == ".json":
            doc = json.loads(text)
        else:
            import tomllib
            doc = tomllib.loads(text.decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(path, "no such configuration file") from None
    except (OSError, ValueError) as e:      # TOMLDecodeError, JSONDecodeError, UnicodeDecodeError
        raise ConfigError(path, f"cannot read the config file: {e}") from None
    if not isinstance(doc, dict):
        raise ConfigError(path, "the config file must be a table (a JSON object)")
    tables: dict[str, dict[str, Any]] = {t: {} for t in TABLES}
    for key, value in doc.items():
        if key in TABLES:
            if not isinstance(value, dict):
                raise ConfigError(path, f"[{key}] must be a table, not {type(value).__name__}")
            for k, v in value.items():
                if k in tables[key]:
                    raise ConfigError(path, f"[{key}] {k}: set twice (at the top level and in [{key}])")
                tables[key][k] = v
        elif isinstance(value, dict):
            raise ConfigError(path, f"[{key}]: no such table (the tables are {_names(TABLES)})")
        else:
            if key in tables["daemon"]:
                raise ConfigError(path, f"[daemon] {key}: set twice (at the top level and in [daemon])")
            tables["daemon"][key] = value
    return tables


def _names(keys) -> str:
    return ", ".join(f"[{k}]" for k in keys)


def _layers(table: str, path: Path | None, from_file: dict[str, Any], environ: Mapping[str, str],
            from_flags: dict[str, Any]) -> Layers:
    """key -> (value, where it came from), file < environment < options."""
    out: dict[str, tuple[Any, str]] = {}
    for key, value in from_file.items():
        if key in PATH_KEYS[table]:
            value = _from_folder(value, path.parent)
        out[key] = (value, str(path))
    for key, (value, where) in _from_env(table, environ).items():
        if table == "api" and key == "tokens":   # added to the file's tokens, not instead of them
            value = [*(out.get(key, ([], ""))[0] or []), *ApiSettings._comma_separated(value)]
        out[key] = (value, where)
    out.update(from_options(from_flags))
    return out


def _from_folder(value: Any, base: Path) -> Any:
    if isinstance(value, list):
        return [_from_folder(v, base) for v in value]
    if not isinstance(value, str) or "://" in value:
        return value
    p = Path(os.path.expanduser(value))
    return str(p if p.is_absolute() else base / p)


def _from_env(table: str, environ: Mapping[str, str]) -> Layers:
    prefix = ENV_PREFIX[table]
    skip = ("tokens",) if table == "api" else ()        # comma-separated, not JSON (below)
    out = from_env(TABLES[table], prefix, environ, skip, label=f"[{table}]")
    if table == "api":
        if environ.get(TOKENS_ENV):
            out["tokens"] = (environ[TOKENS_ENV], f"${TOKENS_ENV}")
        for key, var in API_ENV_ALSO.items():
            value = environ.get(var)
            if key in out or not value:
                continue
            if key == "database" and not value.startswith(("postgresql://", "postgres://")):
                continue        # an SQLite journal is the daemon's, not a place for the API's jobs
            out[key] = (value, f"${var}")
    return out


def _validate(table: str, layers: Layers, runs: bool) -> Any:
    return check(TABLES[table], f"[{table}]", ENV_PREFIX[table], layers, runs)
