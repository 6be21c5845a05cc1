"""Walking a record's text values: `map_text` applies a function to every text of every
property (inside language alternatives, lists and structures), with the field's path, so codes
and variables are expanded, and problems reported, field by field."""

from __future__ import annotations

from typing import Any, Callable

from .standard import PROPS, STRUCTS, Kind


def map_text(data: dict[str, Any], fn: Callable[[str, str | None, str], str]) -> dict[str, Any]:
    """A copy of a record's JSON form with `fn(text, lang, field_path)` applied to every text
    value of its properties (lang is the language tag inside a language alternative)."""
    out = dict(data)
    for p in PROPS:
        if p.id in data:
            out[p.id] = _map(p.kind, p.struct, data[p.id], fn, p.id)
    return out


def _map(kind: Kind, struct: str | None, value: Any, fn, path: str) -> Any:
    if kind is Kind.TEXT:
        return fn(value, None, path) if isinstance(value, str) else value
    if kind is Kind.LANG_ALT:
        if isinstance(value, str):
            return fn(value, None, path)
        if isinstance(value, dict):
            # the languages before x-default (often a copy of the first), so a problem is
            # reported where the writer typed it
            done = {tag: fn(text, tag, f"{path}.{tag}") for tag, text in value.items() if tag != "x-default"}
            if "x-default" in value:
                done["x-default"] = fn(value["x-default"], None, f"{path}.x-default")
            return {tag: done[tag] for tag in value}
        return value
    if kind is Kind.LIST:
        return [fn(v, None, f"{path}.{i}") if isinstance(v, str) else v for i, v in enumerate(value, 1)]
    if kind is Kind.STRUCT and isinstance(value, dict):
        fields = {f.id: f for f in STRUCTS[struct]}
        return {k: (_map(fields[k].kind, fields[k].struct, v, fn, f"{path}.{k}") if k in fields else v)
                for k, v in value.items()}
    if kind is Kind.STRUCTS and isinstance(value, list):
        return [_map(Kind.STRUCT, struct, v, fn, f"{path}.{i}") for i, v in enumerate(value, 1)]
    return value
