"""Templates, variables and codes: standing text a desk does not retype on every record.

**Templates** are records kept apart from the caption records (`--templates PATH`: a file or
folder in any record format). A template's `id` is its name; a record (or another template)
names it in `extends` and gets every property the template sets that it does not set itself,
like the metadata templates of Photo Mechanic, Bridge or digiKam. Policies merge the same way
(the record's entry for a field wins). Match rules are never inherited: a template describes a
photographer or agency, not a picture. A missing template or a cycle is an error of the record.

**Codes** are short words that expand to full text (`#afp` -> "AFP via Getty Images"), loaded
from a file (`--codes FILE`: tab-separated `code<TAB>text` lines, or a JSON object). They are
expanded once, when records are loaded, in every text value; `##` writes a literal `#`. Without
a codes file, `#` is plain text. An unknown code is an error naming the record and field. A code
starts a word (not after a letter, digit, `/`, `:`, `.`, `#` or `@`), and values that are a URL,
URI or e-mail address (fields whose IPTC data format is uri/url, or a value that is one URI or
address) are left as they are: `https://example.com/terms#anp` keeps its fragment.

**Variables** are filled in per file when the record is written: `{filename}`, `{stem}`,
`{ext}`, `{id}`, `{position}`, any text or date property of the record (`{headline}`,
`{dateCreated:%d %B %Y}`; falls back to what the file already carries), short names for the
location fields (`{city}`, `{country}`, ...), `{taken:...}` (EXIF DateTimeOriginal) and EXIF
values (`{exif:Model}`). Dates are formatted with strftime-style directives and month and day
names in the value's language (nl, en, de, fr; the language of a language alternative, else the
record's first language, else English). `{{` and `}}` write literal braces. An unknown name is an
error when records are loaded; a variable with no value for a file is an error for that file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

from . import dates
from .errors import RecordError, SourceError
from .model import CaptionRecord
from .standard import BY_ID, PROPS, STRUCTS, Kind

OWN_KEYS = ("id", "match", "extends", "policy")

# --------------------------------------------------------------------------- templates


def load_templates(path: Path) -> tuple[dict[str, CaptionRecord], list[RecordError]]:
    from .sources.loader import load_records

    rs = load_records(path)
    out: dict[str, CaptionRecord] = {}
    errors = list(rs.errors)
    for t in rs.records:
        where = rs.origins.get(id(t), str(path))
        if not t.id:
            errors.append(RecordError(where, "a template needs an id (its name)", field="id"))
        elif t.id in out:
            errors.append(RecordError(where, f"template {t.id!r} is defined twice", record_id=t.id, field="id"))
        else:
            out[t.id] = t
    return out, errors


def apply_template(record: CaptionRecord, templates: dict[str, CaptionRecord], where: str | None = None) -> CaptionRecord:
    """The record with its template chain filled in (record values win, field by field)."""
    if not record.extends:
        return record
    chain: list[CaptionRecord] = []
    name: str | None = record.extends
    seen = {record.id} if record.id else set()
    while name:
        if name in seen:
            raise RecordError(where, f"templates extend each other in a cycle ({name!r})",
                              record_id=record.id, field="extends")
        seen.add(name)
        tpl = templates.get(name)
        if tpl is None:
            known = ", ".join(sorted(templates)) or "none loaded; give --templates"
            raise RecordError(where, f"unknown template {name!r} (known: {known})", record_id=record.id,
                              field="extends")
        chain.append(tpl)
        name = tpl.extends
    data: dict[str, Any] = {}
    policy: dict[str, str] = {}
    for tpl in reversed(chain):   # the farthest template first, the record last
        tdata = tpl.model_dump(mode="json", exclude_none=True)
        policy.update(tdata.pop("policy", {}))
        for k in OWN_KEYS:
            tdata.pop(k, None)
        data.update(tdata)
    own = record.model_dump(mode="json", exclude_none=True)
    policy.update(own.pop("policy", {}))
    data.update(own)
    if policy:
        data["policy"] = policy
    return CaptionRecord.model_validate(data)


# --------------------------------------------------------------------------- walking text values


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


# --------------------------------------------------------------------------- codes


# A code starts a word: not after a letter, digit, "/", ":", ".", "#" or "@", so the "#anp" of
# "https://example.com/terms#anp", "a@b.nl#x" or "C#" stays text.
_CODE = re.compile(r"##|(?<![\w/:.#@])#([A-Za-z][A-Za-z0-9_-]*)")

# Properties and structure fields whose IPTC data format is uri or url
# (../shared/reference/iptc-pmd-properties.tsv and iptc-pmd-structs.tsv, column dataformat),
# plus the e-mail field of the creator's contact info: their values are left as they are.
URI_PROPS = frozenset({"dataMining", "digitalSourceType", "eventId", "minorModelAgeDisclosure",
                       "modelReleaseStatus", "propertyReleaseStatus", "webstatementRights"})
URI_FIELDS = frozenset({
    ("CreatorContactInfo", "weburlwork"), ("CreatorContactInfo", "emailwork"),
    ("ArtworkOrObject", "creatorIdentifiers"), ("ArtworkOrObject", "currentCopyrightOwnerIdentifier"),
    ("ArtworkOrObject", "currentLicensorIdentifier"), ("ArtworkOrObject", "sourceInventoryUrl"),
    ("CvTerm", "cvId"), ("CvTerm", "cvTermId"), ("CvTerm", "cvTermRefinedAbout"),
    ("EmbdEncRightsExpr", "rightsExprLangId"), ("Entity", "identifiers"), ("EntityWRole", "identifiers"),
    ("LinkedEncRightsExpr", "linkedRightsExpr"), ("LinkedEncRightsExpr", "rightsExprEncType"),
    ("LinkedEncRightsExpr", "rightsExprLangId"), ("Location", "identifiers"), ("PersonWDetails", "identifiers"),
    ("ProductWGtin", "identifiers"), ("RegistryEntry", "role"), ("Licensor", "licensorTelephoneType1"),
    ("Licensor", "licensorTelephoneType2"), ("Licensor", "licensorUrl"),
})
# A value that is one URI (a scheme followed by "//", or a scheme without authority that
# captions carry) or one e-mail address: no spaces.
_URI_VALUE = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|(?:mailto|urn|tel|data|doi|info|tag|geo|news|sms):)\S*"
                        r"|[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+", re.IGNORECASE)


def is_uri_field(path: str) -> bool:
    """Whether a `map_text` field path ("licensor.1.licensorUrl") is a uri/url field."""
    parts = [p for p in path.split(".") if not p.isdigit()]
    prop = BY_ID.get(parts[0]) if parts else None
    if prop is None:
        return False
    if len(parts) == 1:
        return prop.id in URI_PROPS
    struct, field = prop.struct, None
    for name in parts[1:]:
        if struct is None:
            return False   # a language tag of a language alternative
        field = next((f for f in STRUCTS.get(struct, ()) if f.id == name), None)
        if field is None:
            return False
        if (struct, field.id) in URI_FIELDS:
            return True
        struct = field.struct
    return False


def is_uri_value(text: str) -> bool:
    """Whether a text value is one URL/URI or e-mail address (codes are not expanded in it)."""
    return _URI_VALUE.fullmatch(text.strip()) is not None


def load_codes(path: Path) -> dict[str, str]:
    """Codes from a JSON object or tab-separated `code<TAB>text` lines (`#` before a code is
    optional; blank lines and lines starting with `//` are skipped)."""
    from .sources.loader import read_text

    path = Path(path)
    text = read_text(path, fallback="cp1252")
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise SourceError(path, f"not valid JSON: {e.msg}", line=e.lineno) from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise SourceError(path, 'codes must be a JSON object of strings: {"afp": "AFP via Getty Images"}')
        items = list(data.items())
    else:
        items = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("//"):
                continue
            code, tab, full = line.partition("\t")
            if not tab or not code.strip():
                raise SourceError(path, "expected code<TAB>text", line=n)
            items.append((code, full))
    codes: dict[str, str] = {}
    for code, full in items:
        key = code.strip().lstrip("#").lower()
        if not re.fullmatch(r"[a-z][a-z0-9_-]*", key):
            raise SourceError(path, f"{code!r} is not a code (a letter, then letters, digits, - or _)")
        codes[key] = full.strip()
    return codes


def expand_codes(data: dict[str, Any], codes: dict[str, str], *, where: str | None = None) -> dict[str, Any]:
    rid = data.get("id")

    def sub(text: str, _lang, path: str) -> str:
        if is_uri_field(path) or is_uri_value(text):
            return text

        def one(m: re.Match) -> str:
            if m.group(0) == "##":
                return "#"
            full = codes.get(m.group(1).lower())
            if full is None:
                raise RecordError(where, f"unknown code #{m.group(1)} (write ## for a literal #)",
                                  record_id=rid, field=path)
            return full
        return _CODE.sub(one, text)

    return map_text(data, sub)


# --------------------------------------------------------------------------- variables

_VAR = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
ALIASES = {"city": "cityName", "country": "countryName", "sublocation": "sublocationName",
           "state": "provinceState", "province": "provinceState", "creator": "creatorNames",
           "credit": "creditLine", "event": "eventName", "copyright": "copyrightNotice",
           "date": "dateCreated", "caption": "description"}
FILE_VARS = ("filename", "stem", "ext", "id", "position", "taken")
_VALUE_KINDS = (Kind.TEXT, Kind.LANG_ALT, Kind.DATE, Kind.LIST, Kind.INT, Kind.NUMBER)


def _prop_for(name: str):
    p = BY_ID.get(ALIASES.get(name, name))
    return p if p is not None and p.kind in _VALUE_KINDS else None


def _check_name(name: str, fmt: str | None) -> str | None:
    """None when `name[:fmt]` is a variable captionist knows, else why not."""
    if name.startswith("exif:"):
        return None if re.fullmatch(r"exif:[A-Za-z0-9]+", name) and not fmt else \
            f"{{{name}}}: an EXIF variable is exif:TagName, without a format"
    if name in FILE_VARS:
        if fmt and name != "taken":
            return f"{{{name}}} takes no format"
        return None
    p = _prop_for(name)
    if p is None:
        return (f"unknown variable {{{name}}} (known: {', '.join(FILE_VARS)}, exif:Tag, text and date "
                f"properties such as headline or dateCreated, and {', '.join(ALIASES)}; {{{{ for a literal brace)")
    if fmt and p.kind is not Kind.DATE:
        return f"{{{name}}} is not a date; only dates take a format"
    return None


def check_variables(data: dict[str, Any], *, where: str | None = None) -> None:
    """Raise RecordError for the first unknown variable or unbalanced brace in a record."""
    rid = data.get("id")

    def check(text: str, _lang, path: str) -> str:
        for m in _VAR.finditer(text):
            tok = m.group(0)
            if tok in ("{{", "}}"):
                continue
            if m.group(1) is None:
                raise RecordError(where, f"a lone {tok!r} (write {tok * 2} for a literal brace)",
                                  record_id=rid, field=path)
            name, _, fmt = m.group(1).partition(":") if not m.group(1).startswith("exif:") else (m.group(1), "", "")
            why = _check_name(name.strip(), fmt or None)
            if why:
                raise RecordError(where, why, record_id=rid, field=path)
        return text

    map_text(data, check)


def uses_variables(record: CaptionRecord) -> bool:
    found = False

    def look(text: str, _l, _p) -> str:
        nonlocal found
        found = found or "{" in text or "}" in text
        return text

    map_text(record.model_dump(mode="json", exclude_none=True), look)
    return found


MONTHS = {
    "en": ("January February March April May June July August September October November December",
           "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
           "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december",
           "jan feb mrt apr mei jun jul aug sep okt nov dec",
           "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
           "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
           "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
           "lundi mardi mercredi jeudi vendredi samedi dimanche"),
}
_DIRECTIVE = re.compile(r"%(-?)([A-Za-z%])")


def format_date(iso: str, fmt: str | None, lang: str) -> str:
    """An ISO date of any precision with strftime-style directives, month and day names in
    `lang` (nl, en, de, fr; others fall back to English). Without a format: the ISO text."""
    if not fmt:
        return iso
    import datetime as dt

    pd = dates.parse(iso)
    months, short, days = (t.split() for t in MONTHS.get(lang.split("-")[0].lower(), MONTHS["en"]))
    need = {"d": "day", "e": "day", "A": "day", "a": "day", "m": "month", "B": "month", "b": "month",
            "H": "hour", "M": "minute", "S": "second"}

    def one(m: re.Match) -> str:
        nopad, d = m.group(1) == "-", m.group(2)
        if d == "%":
            return "%"
        part = need.get(d)
        if part and getattr(pd, part if part != "second" else "minute") is None:
            raise ValueError(f"%{d} needs a {part} but the date is {iso!r}")
        pad = (lambda n: str(n)) if nopad else (lambda n: f"{n:02d}")
        if d == "Y":
            return f"{pd.year:04d}"
        if d == "y":
            return f"{pd.year % 100:02d}"
        if d == "m":
            return pad(pd.month)
        if d in ("d", "e"):
            return pad(pd.day) if d == "d" else str(pd.day)
        if d == "B":
            return months[pd.month - 1]
        if d == "b":
            return short[pd.month - 1]
        if d in ("A", "a"):
            name = days[dt.date(pd.year, pd.month, pd.day).weekday()]
            return name if d == "A" else name[:3]
        if d == "H":
            return pad(pd.hour)
        if d == "M":
            return pad(pd.minute)
        if d == "S":
            return pad(pd.second or 0)
        raise ValueError(f"unknown date directive %{d} (known: %Y %y %m %d %e %B %b %A %a %H %M %S, %-d)")

    return _DIRECTIVE.sub(one, fmt)


def record_language(data: dict[str, Any]) -> str:
    for key in ("description", "headline", "title"):
        v = data.get(key)
        if isinstance(v, dict):
            for tag in v:
                if tag != "x-default":
                    return tag
    return "en"


def with_variables(record: CaptionRecord, *, where: str | None = None) -> CaptionRecord:
    """Check the record's `{variables}` (RecordError when one is unknown) and mark it so they are
    filled in when it is written. Records from files get this when they are loaded."""
    check_variables(record.model_dump(mode="json", exclude_none=True), where=where)
    record._variables = True
    return record


def expand_variables(record: CaptionRecord, snap, *, position: int | None = None) -> CaptionRecord:
    """The record with every `{variable}` filled in for the file of `snap` (a reader.Snapshot).
    Only records checked by `with_variables` (every record loaded from a file) are expanded; a
    record built in code (an API call) is written as it is, braces and all."""
    if not record._variables or not uses_variables(record):
        return record
    data = record.model_dump(mode="json", exclude_none=True)
    file_values = snap.values()
    lang0 = record_language(data)
    where = str(snap.path)
    rid = record.id

    def lookup(name: str, fmt: str | None, lang: str, path: str, depth: int) -> str:
        if name == "filename":
            return snap.path.name
        if name == "stem":
            return snap.path.stem
        if name == "ext":
            return snap.path.suffix.lstrip(".")
        if name == "id":
            if not rid:
                raise RecordError(where, "{id}: the record has no id", field=path)
            return rid
        if name == "position":
            if position is None:
                raise RecordError(where, "{position}: the file has no position in this run", record_id=rid, field=path)
            return str(position)
        if name == "taken":
            from .dates import from_exif
            pd = from_exif(snap.raw.exif.get("Exif.Photo.DateTimeOriginal"),
                           snap.raw.exif.get("Exif.Photo.OffsetTimeOriginal"))
            if pd is None:
                raise RecordError(where, "{taken}: the file has no EXIF DateTimeOriginal", record_id=rid, field=path)
            return _fmt_date(pd.iso(), fmt, lang, path)
        if name.startswith("exif:"):
            tag = name[5:]
            for key, v in snap.raw.exif.items():
                if key.rsplit(".", 1)[-1] == tag and isinstance(v, str) and v.strip("\x00 "):
                    return v.rstrip("\x00 ")
            raise RecordError(where, f"{{{name}}}: the file has no EXIF {tag}", record_id=rid, field=path)
        p = _prop_for(name)
        if p is None:
            raise RecordError(where, f"{{{name}}} is not a variable captionist knows", record_id=rid, field=path)
        value = data.get(p.id)
        from_file = value is None
        if from_file:
            value = file_values.get(p.id)
        if value is None:
            raise RecordError(where, f"{{{name}}}: neither the record nor the file has a {p.id}",
                              record_id=rid, field=path)
        if p.kind is Kind.LANG_ALT and isinstance(value, dict):
            value = value.get(lang) or value.get("x-default") or next(iter(value.values()))
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        if p.kind is Kind.DATE:
            return _fmt_date(value, fmt, lang, path)
        value = str(value)
        # A record's own text may use variables itself; text that comes from the file is data
        # (a wire caption may well contain braces) and goes in literally.
        if not from_file and ("{" in value or "}" in value) and depth < 5:
            value = fill(value, lang, path, depth + 1)
        return value

    def _fmt_date(iso: str, fmt: str | None, lang: str, path: str) -> str:
        try:
            return format_date(iso, fmt, lang)
        except ValueError as e:
            raise RecordError(where, str(e), record_id=rid, field=path) from None

    def fill(text: str, lang: str, path: str, depth: int = 0) -> str:
        def one(m: re.Match) -> str:
            tok = m.group(0)
            if tok == "{{":
                return "{"
            if tok == "}}":
                return "}"
            if m.group(1) is None:
                raise RecordError(where, f"a lone {tok!r}", record_id=rid, field=path)
            body = m.group(1)
            name, _, fmt = body.partition(":") if not body.startswith("exif:") else (body, "", "")
            return lookup(name.strip(), fmt or None, lang, path, depth)
        return _VAR.sub(one, text)

    out = map_text(data, lambda text, lang, path: fill(text, lang or lang0, path))
    return CaptionRecord.model_validate(out)


# --------------------------------------------------------------------------- all at load time


def prepare(rs, *, templates: Path | None = None, codes: Path | None = None):
    """Resolve templates, expand codes and check variables for every record of a RecordSet;
    a record that fails is moved to the errors (named by record and field), the rest are kept."""
    from .sources.loader import RecordSet

    tpls: dict[str, CaptionRecord] = {}
    code_table: dict[str, str] | None = None
    out = RecordSet(errors=list(rs.errors), warnings=list(rs.warnings))
    if templates is not None:
        tpls, terrs = load_templates(Path(templates))
        out.errors += terrs
    if codes is not None:
        code_table = load_codes(Path(codes))
    for rec in rs.records:
        where = rs.origins.get(id(rec))
        try:
            rec = apply_template(rec, tpls, where)
            data = rec.model_dump(mode="json", exclude_none=True)
            if code_table is not None:
                data = expand_codes(data, code_table, where=where)
                rec = CaptionRecord.model_validate(data)
            rec = with_variables(rec, where=where)
        except RecordError as e:
            out.errors.append(e)
            continue
        except ValueError as e:   # pydantic: a code expanded into something the model rejects
            out.errors.append(RecordError(where, str(e).splitlines()[0], record_id=rec.id))
            continue
        out.records.append(rec)
        out.origins[id(rec)] = where or ""
    return out
