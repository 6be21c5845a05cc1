"""Settings from the environment and from command-line options, checked by a pydantic model,
with errors that name where each value came from: the machinery under `captionist.settings`
(which adds the config file and its tables), and all that `embed` and `undo` need for their
Content Credentials settings (`load_c2pa`), kept light: they import neither the tables nor
pydantic-settings (start-up time, bench/startup_bench.py).

Values travel as layers, key -> (value, where): where is the config file, `$VARIABLE` or
`--option`, so a `ConfigError` can say "FILE: [daemon] workers: Input should be a valid
integer (got 'many')".
"""

from __future__ import annotations

import os
import re
import typing
from pathlib import Path
from typing import Any, Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import CaptionistError
from .provenance import C2paConfig, C2paPolicy

Layers = dict[str, tuple[Any, str]]


class ConfigError(CaptionistError):
    """The settings are not good enough to start: `where` is the file, variable or option."""


class C2paSettings(BaseModel):
    """Content Credentials (docs/content-credentials.md): `embed`'s and `undo`'s settings, and
    keys of both tables of the config file."""

    model_config = ConfigDict(extra="forbid")

    c2pa: C2paPolicy = Field("refuse", description="files with a C2PA manifest: refuse (to review/, 409 in the "
                                                   "API), sign, strip")
    c2pa_cert: Optional[Path] = Field(None, description="the desk's PEM certificate chain, for c2pa = sign")
    c2pa_key: Optional[Path] = Field(None, description="the desk's PEM private key, for c2pa = sign")
    c2pa_tsa_url: Optional[str] = Field(None, description="RFC 3161 time-stamp authority used when signing")
    c2pa_sign_unsigned: bool = Field(False, description="with c2pa = sign: also sign files without a manifest")

    @model_validator(mode="after")
    def _signing(self):
        self.c2pa_config   # sign without a usable certificate and key: refuse to start
        return self

    @property
    def c2pa_config(self) -> C2paConfig:
        try:
            return C2paConfig.make(self.c2pa, self.c2pa_cert, self.c2pa_key, self.c2pa_tsa_url,
                                   self.c2pa_sign_unsigned)
        except CaptionistError as e:  # ProvenanceError: a pydantic validator reports ValueErrors
            raise ValueError(str(e)) from None


C2PA_PREFIX = "CAPTIONIST_"


def load_c2pa(options: dict[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> C2paConfig:
    """Content Credentials for a command that reads no config file (`embed`, `undo`): the
    $CAPTIONIST_C2PA* variables, then `options` (None: not given)."""
    environ = os.environ if environ is None else environ
    layers = {**from_env(C2paSettings, C2PA_PREFIX, environ), **from_options(options or {})}
    return check(C2paSettings, "", C2PA_PREFIX, layers, runs=True).c2pa_config


def env_name(prefix: str, key: str) -> str:
    return prefix + key.upper()


def from_options(options: dict[str, Any]) -> Layers:
    """Command-line options (None: not given)."""
    return {k: (v, f"--{k.replace('_', '-')}") for k, v in options.items() if v is not None}


def _decoded(annotation: Any) -> bool:
    """Whether a field's variable holds JSON (a list or a table), not a plain value."""
    return typing.get_origin(annotation) in (list, dict) or any(_decoded(a) for a in typing.get_args(annotation))


def from_env(model: type[BaseModel], prefix: str, environ: Mapping[str, str], skip: tuple[str, ...] = (),
             label: str = "") -> Layers:
    """The variables PREFIX + KEY of `model`'s keys (not `skip`; an empty variable is unset).
    Lists are JSON, decoded by pydantic-settings, loaded only for a model that has some."""
    given = {k.lower(): v for k, v in environ.items() if v}
    keys = [k for k in model.model_fields if k not in skip]
    if not any(_decoded(model.model_fields[k].annotation) for k in keys):
        values = {k: given[env_name(prefix, k).lower()] for k in keys if env_name(prefix, k).lower() in given}
    else:
        from pydantic_settings import EnvSettingsSource
        from pydantic_settings.exceptions import SettingsError
        source = EnvSettingsSource(model, env_prefix=prefix, case_sensitive=False)  # type: ignore[arg-type]
        source.env_vars = {k: v for k, v in given.items()                         # this `environ`
                           if k not in {env_name(prefix, s).lower() for s in skip}}
        try:
            values = source()
        except SettingsError as e:  # a list or table that is not JSON
            m = re.search(r'field "(\w+)"', str(e))
            key = m.group(1) if m else "?"
            raise ConfigError(f"${env_name(prefix, key)}", f"{label + ' ' if label else ''}{key}: not valid JSON "
                                                          "(lists are given as JSON, e.g. '[\"*.part\", \"*.tmp\"]')") from None
    return {k: (v, f"${env_name(prefix, k)}") for k, v in values.items()}


def check(model: type[BaseModel], label: str, prefix: str, layers: Layers, runs: bool) -> Any:
    """`model` from the layers; `label` names its table ("[daemon]", "" for none). In a table
    the process does not run, a key left out and a check of the table as a whole (c2pa
    signing) are not problems (None is returned), a wrong value given is."""
    try:
        return model.model_validate({k: v for k, (v, _) in layers.items()})
    except ValidationError as e:
        problems = [err for err in e.errors() if runs or (err["type"] != "missing" and err["loc"])]
        if not problems:
            return None
        raise _error(model, label, prefix, layers, problems[0]) from None


def _error(model: type[BaseModel], label: str, prefix: str, layers: Layers, err: dict) -> ConfigError:
    key = str(err["loc"][0]) if err["loc"] else None
    if key is None:                     # a check of the table as a whole (c2pa signing)
        where = next((w for k, (_, w) in layers.items() if k == "c2pa"), None)
        return ConfigError(where, f"{label + ': ' if label else ''}{err['msg'].removeprefix('Value error, ')}")
    name = f"{label} {key}".strip()
    if err["type"] == "missing":
        return ConfigError(None, f"{name}: required; give --{key.replace('_', '-')}, "
                                 f"${env_name(prefix, key)} or {key} in the config file")
    where = layers[key][1] if key in layers else None
    if err["type"] == "extra_forbidden":
        import difflib
        close = difflib.get_close_matches(key, list(model.model_fields), n=1)
        return ConfigError(where, f"{name}: unknown key" + (f" (did you mean {close[0]}?)" if close else ""))
    sub = "".join(f"[{p}]" for p in err["loc"][1:])
    got = "" if isinstance(err.get("input"), dict) else f" (got {err['input']!r})"
    return ConfigError(where, f"{name}{sub}: {err['msg']}{got}")
