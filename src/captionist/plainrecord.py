"""Records made only of plain values, checked without building the pydantic record model.

A one-file `embed` spent ~100 ms of CPU importing pydantic and building `CaptionRecord` for
one record of a few strings (issue 14). Most records are just that: an id, text, lists of
text, language alternatives, dates, numbers and merge policies, which the property table
(`captionist.standard`) and `captionist.canon` describe completely. `plain(data)` takes such a
record and returns a `PlainRecord`; ANY record with anything else (a `match` rule, a
structure, a value of another type, a value the model would refuse or change in a way canon
does not decide) gets None, and the caller hands the same dict to the model unchanged. So what
is accepted, what is rejected (and with which message) and how values are normalised come
from one place: every error is still the model's own.

What makes this safe:
* each value goes through `canon.value`, the functions the model's own validators are
  (`clean_text`, `lang_alt`, `dates.parse`), and only for the exact Python types the model
  takes the same way in strict and lax validation (str, list, dict, int, float; never bool);
* the id is checked against the model's own constraints (1-255 characters, no slash,
  backslash or control character); `policy` against the `Policy` enum and the property ids;
* the duplicate notes are `recordchecks.duplicate_notes`, the function the model calls.

tests/test_plainrecord.py compares both paths over every test record, the bad-record cases and
generated records, and fails when this fast path is broken on purpose.

A `PlainRecord` answers what the pipeline asks a record (the fields as attributes, `values()`,
`model_dump(mode="json", exclude_none=True)`, `to_json_dict()`, `duplicate_notes`); anything
else (`model_copy`, `model_dump_json`, another dump mode...) is answered by the real model,
built from the same data the first time it is needed.
"""

from __future__ import annotations

import re
from typing import Any

from . import canon, recordchecks
from .model import RECORD_KEYS
from .policy import Policy
from .standard import BY_ID, Kind

# Kinds decided here; structures (and so `match`) go to the model.
_PLAIN = frozenset({Kind.TEXT, Kind.LANG_ALT, Kind.LIST, Kind.DATE, Kind.INT, Kind.INT_LIST, Kind.NUMBER})
# The model's id: Field(min_length=1, max_length=255, pattern=r"^[^/\\\x00-\x1f]+$")
_ID = re.compile(r"[^/\\\x00-\x1f]{1,255}")
_POLICIES = {p.value: p for p in Policy}
_FIELDS = frozenset(RECORD_KEYS)


class PlainRecord:
    """A checked record of plain values, standing in for a `CaptionRecord` (see the module)."""

    def __init__(self, data: dict[str, Any], json_form: dict[str, Any], strict: bool):
        self._data = data          # what it was made from: the model is built from this on demand
        self._strict = strict
        self._json = json_form     # CaptionRecord.model_dump(mode="json", exclude_none=True)
        self._variables = False    # as CaptionRecord's private attribute (captionist.variables)
        self._duplicates = recordchecks.duplicate_notes(data)
        self._model = None

    # --- what the pipeline asks a record
    def __getattr__(self, name: str) -> Any:
        if name in _FIELDS:
            return _python(name, self._json.get(name))
        # other private names are not the model's (and unpickling asks before __dict__ is filled);
        # pydantic's own (`__pydantic_private__`: captionist.isolation sends it) are
        if (name.startswith("_") and not name.startswith("__pydantic")) or "_data" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.model(), name)

    @property
    def duplicate_notes(self) -> list[str]:
        return list(self._duplicates)

    def values(self) -> dict[str, Any]:
        """The IPTC properties this record sets, by id (no captionist-only keys)."""
        return {k: _python(k, v) for k, v in self._json.items() if k in BY_ID}

    def model_dump(self, *, mode: str = "python", exclude_none: bool = False, **kw: Any) -> dict[str, Any]:
        if mode == "json" and exclude_none and not kw:
            return {k: _copy(v) for k, v in self._json.items()}
        return self.model().model_dump(mode=mode, exclude_none=exclude_none, **kw)

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)

    def model(self):
        """The `CaptionRecord` of the same data (built on first use)."""
        if self._model is None:
            from .model import CaptionRecord
            self._model = CaptionRecord.model_validate(self._data, strict=self._strict)
        self._model._variables = self._variables
        return self._model

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, PlainRecord) or hasattr(other, "model_dump"):
            return self.to_json_dict() == other.model_dump(mode="json", exclude_none=True)
        return NotImplemented

    __hash__ = None   # as a pydantic model's

    def __getstate__(self) -> dict[str, Any]:   # sent to worker processes without the model
        return {**self.__dict__, "_model": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        return f"PlainRecord({self._json!r})"


def _python(key: str, v: Any) -> Any:
    """A field's value as the model holds it (python mode): a lang-alt is always a dict."""
    if v is None:
        return None
    if key == "policy":
        return {k: Policy(p) for k, p in v.items()}
    p = BY_ID.get(key)
    if p is not None and p.kind is Kind.LANG_ALT and type(v) is str:
        return {"x-default": v}
    return _copy(v)


def _copy(v: Any) -> Any:
    return list(v) if type(v) is list else dict(v) if type(v) is dict else v


def _plain_policy(v: Any) -> dict[str, str] | None:
    if type(v) is not dict:
        return None
    for k, p in v.items():
        if type(k) is not str or (k != "*" and k not in BY_ID) or type(p) is not str or p not in _POLICIES:
            return None
    return dict(v)


def _big(v: Any) -> bool:
    """An integer past 64 bits: left to the model (its integers are checked in Rust)."""
    if type(v) is list:
        return any(type(x) is int and abs(x) >= 2 ** 63 for x in v)
    return type(v) is int and abs(v) >= 2 ** 63


def plain(data: Any, *, strict: bool = True) -> PlainRecord | None:
    """A `PlainRecord` when `data` is a record made only of plain values the model accepts
    as they are decided here; None when the model must decide (it may accept or refuse)."""
    if type(data) is not dict:
        return None
    own: dict[str, Any] = {}
    props: dict[str, Any] = {}
    for k, v in data.items():
        if type(k) is not str or k not in _FIELDS:
            return None                      # the model names an unknown key
        if v is None:
            continue                         # every field is optional: None is "not set"
        if k == "id":
            if type(v) is not str or not _ID.fullmatch(v) or canon._SURROGATE.search(v):
                return None
            own[k] = v
        elif k == "extends":
            if type(v) is not str or canon._SURROGATE.search(v):
                return None
            own[k] = v
        elif k == "policy":
            pol = _plain_policy(v)
            if pol is None:
                return None
            own[k] = pol
        elif k == "match":
            return None
        else:
            if BY_ID[k].kind not in _PLAIN or _big(v):
                return None
            out = canon.value(k, v)
            if out is None or out is canon.DEFER:
                return None                  # refused or undecided here: the model's call
            props[k] = out
    # the model's field order: captionist's own keys, then the property table's
    json_form = {k: own[k] for k in RECORD_KEYS[:4] if k in own}
    json_form.update(canon.in_order(props))
    return PlainRecord(data, json_form, strict)


def validate(data: Any, *, strict: bool | None = None):
    """A record from a dict: a `PlainRecord` when `plain` decides it, else the model's
    `CaptionRecord.model_validate` (which raises its ValidationError for a bad record)."""
    rec = plain(data, strict=strict is not False)
    if rec is not None:
        return rec
    from .model import CaptionRecord
    return CaptionRecord.model_validate(data, strict=strict)
