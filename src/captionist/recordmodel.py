"""The pydantic record model, built from the property table in `captionist.standard`.

Imported on first use through `captionist.model` (which says what a record is); a one-file
`embed` of records made only of plain values never builds it (`captionist.plainrecord`).

A record's property names are the IPTC Photo Metadata JSON ids. captionist adds:

* `id`: the record's id; by default a record matches files whose stem equals it;
* `match`: more ways for files to find the record (`MatchRule`);
* `extends`: the name of a template the record builds on (standing credit, copyright...);
* `policy`: per-field merge policies (`replace`, `fill-empty`, `append`, `prepend`, `union`).

Language-alternative values accept a plain string (stored as x-default) or an object of
language tags; they are normalised to a dict with "x-default" first (the XMP spec requires the
default first, part 1 section 8.2.2.4) and serialised back to a plain string when only
x-default is present. Lists lose duplicates (first occurrence wins). Text loses control
characters that XMP cannot carry (XML 1.0 allows only tab, LF and CR below U+0020).
"""

from __future__ import annotations

import functools
from typing import Annotated, Any, Optional

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer,
                      PrivateAttr, TypeAdapter, ValidationError, create_model, field_validator,
                      model_validator)

from . import dates, recordchecks
from .canon import BOUNDS, clean_text, lang_alt, lang_alt_out
from .policy import Policy
from .standard import PROPS, STRUCTS, Kind

# --------------------------------------------------------------------------- value types
# Text cleaning and lang-alt order are `captionist.canon`'s, which puts values read from files
# in the same form without building this model (`captionist read`, issue 14).


def _dedupe(values: list) -> list:
    seen: set = set()
    out = []
    for v in values:
        key = v if not isinstance(v, BaseModel) else v.model_dump_json()
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _date(value: str) -> str:
    return dates.parse(value).iso()


Text = Annotated[str, AfterValidator(clean_text)]
LangAlt = Annotated[str | dict[str, str], AfterValidator(lang_alt), PlainSerializer(lang_alt_out)]
TextList = Annotated[list[Text], AfterValidator(_dedupe)]
IptcDate = Annotated[str, Field(pattern=dates.ISO_PATTERN), AfterValidator(_date)]


def _scalar_type(kind: Kind, struct_models: dict[str, type[BaseModel]], struct: str | None):
    if kind is Kind.TEXT:
        return Text
    if kind is Kind.LANG_ALT:
        return LangAlt
    if kind is Kind.LIST:
        return TextList
    if kind is Kind.INT:
        return int
    if kind is Kind.INT_LIST:
        return Annotated[list[int], AfterValidator(_dedupe)]
    if kind is Kind.NUMBER:
        return Annotated[float, Field(allow_inf_nan=False)]   # NaN/Infinity have no XMP form
    if kind is Kind.DATE:
        return IptcDate
    if kind is Kind.STRUCT:
        return struct_models[struct]
    if kind is Kind.STRUCTS:
        return Annotated[list[struct_models[struct]], AfterValidator(_dedupe)]
    raise AssertionError(kind)


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class _StructBase(_Strict):
    # the schema says what `_not_empty` checks, so a schema-valid structure is accepted
    model_config = ConfigDict(strict=True, extra="forbid", json_schema_extra={"minProperties": 1})

    @model_validator(mode="after")
    def _not_empty(self):
        if not self.model_fields_set:
            raise ValueError("a structure needs at least one field")
        return self


# WGS 84 coordinates in decimal degrees (EXIF 2.32 GPSLatitude/GPSLongitude, XMP exif:GPS*)
_BOUNDS = {k: Field(None, ge=lo, le=hi) for k, (lo, hi) in BOUNDS.items()}


def _build_structs() -> dict[str, type[BaseModel]]:
    """Structures refer to each other (ImageRegion -> RegionBoundary -> RegionBoundaryPoint),
    so build them in dependency order."""
    built: dict[str, type[BaseModel]] = {}
    pending = dict(STRUCTS)
    while pending:
        for name, fields in list(pending.items()):
            deps = {f.struct for f in fields if f.struct}
            if not deps <= built.keys():
                continue
            spec: dict[str, Any] = {
                f.id: (Optional[_scalar_type(f.kind, built, f.struct)], _BOUNDS.get(f.id, None)) for f in fields
            }
            built[name] = create_model(name, __base__=_StructBase, __doc__=f"IPTC structure {name}.", **spec)
            del pending[name]
    return built


STRUCT_MODELS = _build_structs()
Location = STRUCT_MODELS["Location"]


# --------------------------------------------------------------------------- captionist's own parts



def _json_tuple(v):
    return tuple(v) if isinstance(v, list) else v


def _json_policy(v):
    try:
        return Policy(v) if isinstance(v, str) else v
    except ValueError:
        raise ValueError(f"unknown merge policy {v!r} (known: {', '.join(p.value for p in Policy)})") from None


class MatchRule(_Strict):
    """How files find a record, besides a stem equal to the record's id."""

    file: str | list[str] | None = Field(None, description="file name or glob (or several)")
    jobid: str | None = Field(None, description="Job Id / OriginalTransmissionReference already in the file")
    supplierImageId: str | None = Field(None, description="the supplier's image id already in the file")
    digitalImageGuid: str | None = Field(None, description="Digital Image GUID already in the file")
    documentId: str | None = Field(None, description="XMP xmpMM:DocumentID already in the file")
    # JSON has no tuples and no enums: these two accept their JSON form in strict validation
    takenBetween: Annotated[tuple[str, str] | None, BeforeValidator(_json_tuple)] = Field(
        None, description="two ISO 8601 times; EXIF DateTimeOriginal (with offset) within them")
    cameraSerial: str | None = Field(None, description="EXIF body serial number, with takenBetween")
    creator: str | None = Field(None, description="EXIF Artist / By-line, with takenBetween")
    position: int | None = Field(None, ge=1, description="1-based position of the file in its batch")

    @field_validator("takenBetween")
    @classmethod
    def _window(cls, v):
        if v is not None:
            a, b = (dates.parse(x) for x in v)
            if a.hour is None or b.hour is None:
                raise ValueError("takenBetween needs two date-times (YYYY-MM-DDThh:mm[:ss][zone])")
        return v


_RECORD_FIELDS: dict[str, Any] = {
    p.id: (Optional[_scalar_type(p.kind, STRUCT_MODELS, p.struct)], Field(None, description=p.label))
    for p in PROPS
}


def _record_schema_extra(schema: dict[str, Any]) -> None:
    """The schema names the keys `policy` accepts (field ids and "*"), as `_policy_fields` checks."""
    for alt in schema.get("properties", {}).get("policy", {}).get("anyOf", []):
        if alt.get("type") == "object":
            alt["propertyNames"] = {"enum": ["*", *(p.id for p in PROPS)]}


class _RecordBase(_Strict):
    model_config = ConfigDict(strict=True, extra="forbid", json_schema_extra=_record_schema_extra)
    # True once `captionist.templates` has checked the record's {variables}: only such records
    # get them filled in when written; a record built in code is written literally.
    _variables: bool = PrivateAttr(default=False)
    id: Optional[Annotated[str, Field(min_length=1, max_length=255, pattern=r"^[^/\\\x00-\x1f]+$")]] = Field(
        None, description="the record's id; files whose stem equals it match it")
    match: Optional[MatchRule] = None
    extends: Optional[str] = Field(None, description="name of a template this record builds on")
    policy: Optional[dict[str, Annotated[Policy, BeforeValidator(_json_policy)]]] = Field(
        None, description="merge policy per field id ('*' for all fields of this record)")

    @field_validator("policy")
    @classmethod
    def _policy_fields(cls, v):
        if v:
            from .standard import BY_ID
            for key in v:
                if key != "*" and key not in BY_ID:
                    raise ValueError(f"policy names an unknown field {key!r}")
        return v

    # Items a list field lost because they repeated an earlier one ("keywords: 'Kyiv'"):
    # the model keeps each list free of duplicates, and a run reports what it dropped.
    _duplicates: list[str] = PrivateAttr(default_factory=list)

    @model_validator(mode="wrap")
    @classmethod
    def _note_duplicates(cls, data: Any, handler):
        rec = handler(data)
        if isinstance(data, dict):
            rec._duplicates = recordchecks.duplicate_notes(data)
        return rec

    @property
    def duplicate_notes(self) -> list[str]:
        return list(self._duplicates)

    def values(self) -> dict[str, Any]:
        """The IPTC properties this record sets, by id (no captionist-only keys)."""
        return {p.id: getattr(self, p.id) for p in PROPS if getattr(self, p.id) is not None}

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


CaptionRecord = create_model(
    "CaptionRecord",
    __base__=_RecordBase,
    __doc__="A caption record: IPTC Photo Metadata JSON ids plus captionist's id, match, extends and policy.",
    **_RECORD_FIELDS,
)


def record_schema() -> dict[str, Any]:
    schema = CaptionRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://captionist.example/schemas/caption-record.schema.json"
    return schema


def validated(values: dict[str, Any]) -> dict[str, Any]:
    """`model.canonical` through the model alone (the reference `captionist.canon` is tested against)."""
    values = dict(values)
    for _ in range(len(values) + 1):
        try:
            rec = CaptionRecord.model_validate(values, strict=False)
            return rec.model_dump(mode="json", exclude_none=True)
        except ValidationError as e:
            bad = {err["loc"][0] for err in e.errors() if err.get("loc")}
            if not bad:
                raise
            for k in bad:
                values.pop(k, None)
    return {}


@functools.cache
def _adapter(prop_id: str) -> TypeAdapter:
    return TypeAdapter(CaptionRecord.model_fields[prop_id].annotation)


def validated_value(prop_id: str, value: Any) -> Any:
    """`model.canonical_value` through the model alone (a TypeAdapter per property, built on first use)."""
    if value is None:
        return None
    adapter = _adapter(prop_id)
    try:
        checked = adapter.validate_python(value, strict=False)
    except ValidationError:
        return None
    return adapter.dump_python(checked, mode="json", exclude_none=True)
