"""The watch daemon's settings: command-line options, then `CAPTIONIST_*` environment
variables, then a TOML file, then the defaults below (the first that sets a value wins).

    inbox = "/data/inbox"          # CAPTIONIST_INBOX
    records = "/data/records"      # CAPTIONIST_RECORDS
    workers = 2                    # CAPTIONIST_WORKERS
    ignore = ["*.part", "*.tmp"]   # CAPTIONIST_IGNORE='["*.part", "*.tmp"]' (JSON for lists)
    c2pa = "sign"                  # CAPTIONIST_C2PA: refuse (default), sign or strip
    c2pa_cert = "/etc/captionist/desk-chain.pem"   # CAPTIONIST_C2PA_CERT (and _KEY, _TSA_URL)

Output folders default to sub-folders of the inbox (`INBOX/done`, `INBOX/failed`, ...); the
daemon's own state (working folder, journal, status files) lives in `INBOX/.captionist`.
The working folder must be on the inbox's file system (claims are renames), so it is not
configurable; the journal is (put it on a local disk when the inbox is a network share:
SQLite's WAL mode needs shared memory, which network file systems do not provide).
"""

from __future__ import annotations

import contextvars
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import (BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict,
                               TomlConfigSettingsSource)

from .model import DEFAULT_POLICY, Policy
from .provenance import C2paConfig, C2paPolicy

# Names a writer uses while a file is not finished yet, and desktop noise. Hidden files
# (a leading dot, which includes captionist's own temp files) are always ignored.
DEFAULT_IGNORE = [
    "*.part", "*.partial", "*.crdownload", "*.download", "*.tmp", "*.temp", "*.swp", "*~",
    "~$*", "Thumbs.db", "desktop.ini", "Icon\r",
]

_config_file: contextvars.ContextVar[Path | None] = contextvars.ContextVar("captionist_config", default=None)


class Settings(BaseSettings):
    """Everything `captionist watch` (and `Daemon`) can be told."""

    model_config = SettingsConfigDict(env_prefix="CAPTIONIST_", extra="forbid", validate_default=True)

    inbox: Path = Field(description="the folder files are dropped into")
    records: Path = Field(description="records file or folder; re-read whenever it changes")
    templates: Path | None = Field(None, description="templates that records `extends` (re-read when changed)")
    codes: Path | None = Field(None, description="code replacements file (#afp -> full text)")
    done: Path | None = Field(None, description="captioned files (default INBOX/done)")
    failed: Path | None = Field(None, description="files that could not be captioned, each with NAME.error.json "
                                                   "(default INBOX/failed)")
    unmatched: Path | None = Field(None, description="files no record matches; retried when records change "
                                                      "(default INBOX/unmatched)")
    review: Path | None = Field(None, description="files several records match equally (default INBOX/review)")
    journal: Path | str | None = Field(None, description="SQLite journal path (default "
                                       "INBOX/.captionist/journal.sqlite), or a postgresql:// URL shared by a cluster")
    broker: str | None = Field(None, description="Celery broker URL (redis://, amqp://): `watch` claims and queues, "
                                                 "`captionist worker` processes (docs/cluster.md)")
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

    # Content Credentials (docs/content-credentials.md)
    c2pa: C2paPolicy = Field("refuse", description="files with a C2PA manifest: refuse (to review/), sign, strip")
    c2pa_cert: Path | None = Field(None, description="the desk's PEM certificate chain, for c2pa = sign")
    c2pa_key: Path | None = Field(None, description="the desk's PEM private key, for c2pa = sign")
    c2pa_tsa_url: str | None = Field(None, description="RFC 3161 time-stamp authority used when signing")
    c2pa_sign_unsigned: bool = Field(False, description="with c2pa = sign: also sign files without a manifest")

    log_format: Literal["auto", "json", "text"] = "auto"
    log_level: str = "INFO"
    status_interval: float = Field(2.0, gt=0, description="seconds between status file updates")

    @field_validator("inbox", "records", "templates", "codes", "done", "failed", "unmatched", "review", "journal",
                     "c2pa_cert", "c2pa_key", mode="before")
    @classmethod
    def _absolute(cls, v: Any) -> Any:
        if v is None or (isinstance(v, str) and "://" in v):
            return v        # a database URL (journal) stays as it is
        return Path(os.path.abspath(os.path.expanduser(v)))

    @model_validator(mode="after")
    def _signing(self) -> "Settings":
        self.c2pa_config   # sign without a usable certificate and key: refuse to start
        return self

    @property
    def c2pa_config(self) -> C2paConfig:
        try:
            return C2paConfig.make(self.c2pa, self.c2pa_cert, self.c2pa_key, self.c2pa_tsa_url,
                                   self.c2pa_sign_unsigned)
        except Exception as e:  # ProvenanceError: a pydantic validator reports ValueErrors
            raise ValueError(str(e)) from None

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource):
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = _config_file.get()
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)

    # --- derived places -------------------------------------------------------------
    @property
    def state_dir(self) -> Path:
        return self.inbox / ".captionist"

    @property
    def work_dir(self) -> Path:
        return self.state_dir / "work"

    def folder(self, name: str) -> Path:
        """The place of an output folder: done, failed, unmatched, review."""
        value = getattr(self, name)
        return value if value is not None else self.inbox / name

    @property
    def journal_path(self) -> Path | str:
        return self.journal if self.journal is not None else self.state_dir / "journal.sqlite"


def load_settings(config: Path | str | None = None, **overrides: Any) -> Settings:
    """Settings from `overrides` (None values are skipped), the environment and a TOML file
    (`config`, or the file named by CAPTIONIST_CONFIG)."""
    if config is None and os.environ.get("CAPTIONIST_CONFIG"):
        config = os.environ["CAPTIONIST_CONFIG"]
    token = _config_file.set(Path(config) if config else None)
    try:
        if config is not None and not Path(config).is_file():
            raise FileNotFoundError(f"{config}: no such configuration file")
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    finally:
        _config_file.reset(token)
