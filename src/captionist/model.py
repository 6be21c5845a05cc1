"""Caption records: what a record is, and its values in the record's JSON form.

A record's property names are the IPTC Photo Metadata JSON ids (`captionist.standard`).
captionist adds:

* `id`: the record's id; by default a record matches files whose stem equals it;
* `match`: more ways for files to find the record (`MatchRule`);
* `extends`: the name of a template the record builds on (standing credit, copyright...);
* `policy`: per-field merge policies (`replace`, `fill-empty`, `append`, `prepend`, `union`).

The pydantic model that defines them (`CaptionRecord`, `MatchRule`, the structures) lives in
`captionist.recordmodel` and is built the first time one of those names is asked for here
(PEP 562): building it costs ~100 ms of CPU, which a one-file `embed` of records made only of
plain values (`captionist.plainrecord`) or a `read` (`captionist.canon`) never pays (issue 14).
`from captionist.model import CaptionRecord` works as before.
"""

from __future__ import annotations

from typing import Any

from . import canon
# Policy lives in its own module (the CLI lists it before any model is built); re-exported.
from .policy import DEFAULT_POLICY, Policy  # noqa: F401
from .standard import PROPS

# captionist's own keys, then the IPTC properties: the record model's fields, in its order
# (tests/test_plainrecord.py checks them against CaptionRecord.model_fields)
OWN_KEYS = ("id", "match", "extends", "policy")
RECORD_KEYS = (*OWN_KEYS, *(p.id for p in PROPS))


def __getattr__(name: str) -> Any:
    """The pydantic side (`CaptionRecord`, `MatchRule`, `STRUCT_MODELS`, `record_schema`...),
    built on first use."""
    if name.startswith("__"):
        raise AttributeError(name)
    from . import recordmodel
    try:
        return getattr(recordmodel, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def empty_value(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


# Canonical form: values in the record's JSON form (the planner compares through it and must
# not load the reader or pyexiv2). Plain values are put in that form by `captionist.canon`
# (the same rules without the model's cost); what it leaves to the model (DEFER) is validated
# by the model.
def canonical(values: dict[str, Any]) -> dict[str, Any]:
    """Values in the record's JSON form; a value the model rejects (a malformed date in a
    file, say) is dropped rather than failing the whole read."""
    done, rest = canon.split(values)
    if not rest:
        return canon.in_order(done)
    from .recordmodel import validated
    done.update(validated(rest))
    return {k: done[k] for k in RECORD_KEYS if k in done}


def canonical_value(prop_id: str, value: Any) -> Any:
    """One property's value in the record's JSON form, or None when the model rejects it."""
    out = canon.value(prop_id, value)
    if out is canon.DEFER:
        from .recordmodel import validated_value
        return validated_value(prop_id, value)
    return out
