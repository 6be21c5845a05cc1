"""Records made only of plain values, checked without building the pydantic record model.

A one-file `embed` spent ~100 ms of CPU importing pydantic and building `CaptionRecord` for
one record of a few strings (issue 14). Most records are just that: an id, text, lists of
text, language alternatives, dates, numbers and merge policies, which the property table
(`captionist.standard`) and `captionist.canon` describe completely. `plain(data)` takes such a
record and returns a `PlainRecord`; ANY record with anything else (a structure, a value of
another type, a value the model would refuse or change in a way canon
does not decide) gets None, and the caller hands the same dict to the model unchanged. So what
is accepted, what is rejected (and with which message) and how values are normalised come
from one place: every error is still the model's own.

What makes this safe:
* each value goes through `canon.value`, the functions the model's own validators are
  (`clean_text`, `lang_alt`, `dates.parse`), and only for the exact Python types the model
  takes the same way in strict and lax validation (str, list, dict, int, float; never bool);
* the id is checked against the model's own constraints (1-255 characters, no slash,
  backslash or control character); `policy` against the `Policy` enum and the property ids;
* the duplicate notes are `recordchecks.duplicate_notes`, the function the model calls;
* a `match` rule of names and identifiers only (`file`, `jobid`, `supplierImageId`,
  `digitalImageGuid`, `documentId`: str, or for `file` a list of str; `position`: an int >= 1),
  the fields `MatchRule` takes as they are (no validator); any other key or type (a time
  window, above all) goes to the model. A batch's records nearly always carry such a rule:
  without this the model was built (~170 ms of CPU) before a batch could start its workers.

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

# Kinds decided here; structures go to the model.
_PLAIN = frozenset({Kind.TEXT, Kind.LANG_ALT, Kind.LIST, Kind.DATE, Kind.INT, Kind.INT_LIST, Kind.NUMBER})
# The model's id: Field(min_length=1, max_length=255, pattern=r"^[^/\\\x00-\x1f]+$")
_ID = re.compile(r"[^/\\\x00-\x1f]{1,255}")
_POLICIES = {p.value: p for p in Policy}
_FIELDS = frozenset(RECORD_KEYS)
# MatchRule's fields in its order; those decided here (the others, takenBetween with the
# camera serial and creator that go with it, are the model's)
MATCH_KEYS = ("file", "jobid", "supplierImageId", "digitalImageGuid", "documentId", "takenBetween",
              "cameraSerial", "creator", "position")
_MATCH_PLAIN = frozenset({"file", "jobid", "supplierImageId", "digitalImageGuid", "documentId", "position"})


class PlainMatch:
    """A checked `match` rule of a `PlainRecord`: MatchRule's fields as attributes (None when
    not set), what `captionist.matching` and `captionist.match_index` read of it."""

    __slots__ = MATCH_KEYS

    def __init__(self, json_form: dict[str, Any]):
        for k in MATCH_KEYS:
            setattr(self, k, _copy(json_form.get(k)))

    def model_dump(self, *, mode: str = "python", exclude_none: bool = False) -> dict[str, Any]:
        return {k: _copy(getattr(self, k)) for k in MATCH_KEYS if not (exclude_none and getattr(self, k) is None)}

    def __eq__(self, other: Any) -> bool:
        if hasattr(other, "model_dump"):
            return self.model_dump() == other.model_dump()
        return NotImplemented

    __hash__ = None

    def __getstate__(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in MATCH_KEYS}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k in MATCH_KEYS:
            setattr(self, k, state.get(k))

    def __repr__(self) -> str:
        return f"PlainMatch({self.model_dump(exclude_none=True)!r})"


class PlainRecord:
    """A checked record of plain values, standing in for a `CaptionRecord` (see the module)."""

    def __init__(self, data: dict[str, Any], json_form: dict[str, Any], strict: bool):
        self._data = data          # what it was made from: the model is built from this on demand
        self._strict = strict
        self._json = json_form     # CaptionRecord.model_dump(mode="json", exclude_none=True)
        self._variables = False    # as CaptionRecord's private attribute (captionist.variables)
        self._duplicates = recordchecks.duplicate_notes(data)
        self._model = None
        # read for every file against every candidate: one object, not one a read
        self.match = PlainMatch(json_form["match"]) if "match" in json_form else None

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
    if key == "match":
        return PlainMatch(v)
    p = BY_ID.get(key)
    if p is not None and p.kind is Kind.LANG_ALT and type(v) is str:
        return {"x-default": v}
    return _copy(v)


def _copy(v: Any) -> Any:
    return list(v) if type(v) is list else {k: _copy(x) for k, x in v.items()} if type(v) is dict else v


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


def _text(v: Any) -> bool:
    return type(v) is str and not canon._SURROGATE.search(v)


def _plain_match(v: Any) -> dict[str, Any] | None:
    """The JSON form of a `match` rule MatchRule takes as it is (see the module), or None."""
    if type(v) is not dict:
        return None
    for k, x in v.items():
        if type(k) is not str or k not in _MATCH_PLAIN:
            return None
        if x is None:
            continue
        if k == "position":
            if type(x) is not int or not 1 <= x < 2 ** 63:
                return None
        elif not (_text(x) or (k == "file" and type(x) is list and all(_text(p) for p in x))):
            return None
    return {k: _copy(v[k]) for k in MATCH_KEYS if v.get(k) is not None}


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
            rule = _plain_match(v)
            if rule is None:
                return None
            own[k] = rule
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
