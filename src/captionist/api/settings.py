"""The API's settings: the `[api]` table of the config file, tokens from the environment.

`load_settings()` reads a TOML or JSON config file (its `[api]` table; the `[daemon]` table is
passed along untouched for `captionist.settings`), adds bearer tokens from
$CAPTIONIST_API_TOKENS (comma-separated), applies explicit overrides and validates the lot as
`ApiSettings`. Any problem is a `ConfigError`: the server does not start half-configured.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import CaptionistError
from ..model import Policy
from ..provenance import C2paConfig, C2paPolicy

TOKENS_ENV = "CAPTIONIST_API_TOKENS"


class ConfigError(CaptionistError):
    """The API (or the daemon it should run) is not configured well enough to start."""


class ApiSettings(BaseModel):
    """What `captionist serve` reads from the `[api]` table of its config file (TOML or JSON)."""

    model_config = ConfigDict(extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(8750, ge=0, le=65535)
    tokens: list[str] = Field(default_factory=list, description=f"bearer tokens; also ${TOKENS_ENV}")
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
    # Content Credentials (docs/content-credentials.md); unset: the CAPTIONIST_C2PA* variables
    c2pa: Optional[C2paPolicy] = None
    c2pa_cert: Optional[Path] = None
    c2pa_key: Optional[Path] = None
    c2pa_tsa_url: Optional[str] = None
    c2pa_sign_unsigned: Optional[bool] = None
    run_daemon: bool = False
    database: Optional[str] = Field(None, description="postgresql:// URL where jobs are kept, shared by a cluster's "
                                                      "API instances (also $CAPTIONIST_JOURNAL when it is such a URL)")
    broker: Optional[str] = Field(None, description="Celery broker URL (also $CAPTIONIST_BROKER): POST /jobs files "
                                                    "go to the cluster's workers (docs/cluster.md)")
    daemon: dict[str, Any] = Field(default_factory=dict, description="the [daemon] table, for captionist.settings")


def load_settings(config: Path | None = None, **overrides: Any) -> ApiSettings:
    """Settings from a TOML/JSON config file (its `[api]` table, `[daemon]` passed along),
    tokens added from $CAPTIONIST_API_TOKENS, then explicit overrides (None ignored)."""
    data: dict[str, Any] = {}
    if config is not None:
        config = Path(config)
        try:
            text = config.read_bytes()
            if config.suffix.lower() == ".json":
                doc = json.loads(text)
            else:
                import tomllib
                doc = tomllib.loads(text.decode("utf-8"))
        except (OSError, ValueError) as e:
            raise ConfigError(config, f"cannot read the config file: {e}") from None
        data = dict(doc.get("api", {}))
        if "daemon" in doc:
            data["daemon"] = doc["daemon"]
        base = config.parent
        for key in ("records_dir", "jobs_dir", "c2pa_cert", "c2pa_key"):
            if key in data and not Path(data[key]).is_absolute():
                data[key] = str(base / data[key])
        if "storage_roots" in data:
            data["storage_roots"] = [str(p if Path(p).is_absolute() else base / p) for p in data["storage_roots"]]
    env_tokens = [t.strip() for t in os.environ.get(TOKENS_ENV, "").split(",") if t.strip()]
    data["tokens"] = list(data.get("tokens", [])) + env_tokens
    if "database" not in data and os.environ.get("CAPTIONIST_JOURNAL", "").startswith(("postgresql://", "postgres://")):
        data["database"] = os.environ["CAPTIONIST_JOURNAL"]
    if "broker" not in data and os.environ.get("CAPTIONIST_BROKER"):
        data["broker"] = os.environ["CAPTIONIST_BROKER"]
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        settings = ApiSettings.model_validate(data)
    except ValidationError as e:
        raise ConfigError(config, "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors())) from None
    c2pa_config(settings)   # sign without a usable certificate and key: the server does not start
    return settings


def c2pa_config(settings: ApiSettings) -> C2paConfig:
    """The Content Credentials policy: the [api] table's c2pa keys, else the environment."""
    try:
        return C2paConfig.from_env(policy=settings.c2pa, cert=settings.c2pa_cert, key=settings.c2pa_key,
                                   tsa_url=settings.c2pa_tsa_url, sign_unsigned=settings.c2pa_sign_unsigned)
    except CaptionistError as e:
        raise ConfigError(e.where, e.reason) from None
