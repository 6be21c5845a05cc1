"""Records from ExifTool's own exchange formats: `exiftool -csv` and `exiftool -json` output.

A desk moving over from ExifTool keeps its files as they are. Each row (CSV) or object (JSON)
is one record:

* `SourceFile` gives the record's id (the file's stem) and a `match.file` rule (its name);
* every other key is an ExifTool tag name, with or without a group: `IPTC:Caption-Abstract`,
  `XMP-dc:Description`, `XMP:Description`, `Caption-Abstract`, `Description`;
  language alternatives carry a suffix (`Description-nl`, `Title-en-GB`);
* structures come as ExifTool writes them: `-struct` JSON objects (`LocationShown:
  [{"City": ...}]`), `-struct` CSV cells in ExifTool's serialisation
  (`[{City=Kyiv,CountryCode=UKR}]`, `|` escapes), or flattened tags (`LocationShownCity`) for
  Location Created/Shown, Creator's contact info, Licensor, Image Supplier/Creator and
  Copyright Owner;
* values as ExifTool prints them, converted or not (`-n`): dates `2022:02:24 06:30:00+02:00`,
  GPS `48 deg 8' 49.20" N`, altitudes `140 m`, IIM subject codes `IPTC:10020211`.

The tag names come from the property table (`Prop.exiftool`), not from a second list. When a
file carries a property in several families, XMP wins, then IIM, then EXIF, as when reading a
picture (`captionist.reader`). Tags that are not IPTC properties (file size, camera settings,
ExifTool's own) are ignored; IPTC-group tags captionist does not know are listed as warnings.
"""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from .. import codec
from .. import etdialect as et
from ..errors import SourceError
from ..standard import BY_ID, EXIFTOOL_EXIF_OFFSET, EXIFTOOL_IIM_TIME, PROPS, STRUCTS, Field, Kind, Prop
from .recordset import RecordSet, check_record, csv_rows, read_text

FAMILIES = ("xmp", "iim", "exif")
_IPTC_GROUPS = re.compile(r"^(IPTC|XMP-(dc|photoshop|iptcCore|iptcExt|plus|xmpRights))$", re.I)

# --------------------------------------------------------------------------- the tag index


def _build_index() -> tuple[dict[tuple[str, str], Prop], dict[str, tuple[Prop, Field]]]:
    tags: dict[tuple[str, str], Prop] = {}
    for p in PROPS:
        for family, tag in p.exiftool.items():
            tags[(family, tag.split(":", 1)[1].lower())] = p
    flat: dict[str, tuple[Prop, Field]] = {}
    for p in PROPS:
        if p.exiftool_flat:
            for f in STRUCTS[p.struct]:
                name = f.exiftool_flat or f.exiftool
                full = name if name.startswith(p.exiftool_flat) else p.exiftool_flat + name
                flat[full.lower()] = (p, f)
    return tags, flat


TAGS, FLAT = _build_index()
# companions of Date Created: IIM 2:60 Time Created, EXIF OffsetTimeOriginal
_COMPANIONS = {EXIFTOOL_IIM_TIME.split(":")[1].lower(): "time", EXIFTOOL_EXIF_OFFSET.split(":")[1].lower(): "offset"}


def _family(group: str | None) -> str | None | bool:
    """The family a group belongs to; None when no group was given, False for other groups."""
    if group is None:
        return None
    g = group.lower()
    if g.startswith("xmp"):
        return "xmp"
    if g in ("iptc", "iptc2"):
        return "iim"
    if g in ("exif", "ifd0", "exififd", "ifd1"):
        return "exif"
    return False


def lookup(key: str) -> tuple[str, Prop, str | None] | tuple[str, tuple[Prop, Field], None] | None:
    """(family, property, language) for an ExifTool key, ("flat", (prop, field), None) for a
    flattened structure tag, or None when the key is not an IPTC property."""
    group, _, name = key.rpartition(":")
    family = _family(group or None)
    if family is False:
        return None
    name_l = name.lower()
    families = [family] if family else list(FAMILIES)
    for fam in families:
        p = TAGS.get((fam, name_l))
        if p is not None:
            return fam, p, None
    # a language suffix: Description-nl, Title-en-GB (tag names themselves may hold hyphens)
    for i, ch in enumerate(name):
        if ch == "-" and et.LANG_TAG.match(name[i + 1:]):
            for fam in families:
                p = TAGS.get((fam, name_l[:i]))
                if p is not None and p.kind is Kind.LANG_ALT:
                    return fam, p, name[i + 1:]
    if family in (None, "xmp") and name_l in FLAT:
        return "flat", FLAT[name_l], None
    if family in (None, "xmp"):   # a language alternative inside a flattened structure
        for i, ch in enumerate(name):
            if ch == "-" and et.LANG_TAG.match(name[i + 1:]) and name_l[:i] in FLAT:
                prop, field = FLAT[name_l[:i]]
                if field.kind is Kind.LANG_ALT:
                    return "flat", (prop, field), name[i + 1:]
    return None


# --------------------------------------------------------------------------- one row/object


def to_record(item: dict[str, Any], *, csv_lists: bool,
              warnings: list[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    """A record dict from one ExifTool row/object, and the IPTC tags it could not place.
    What was skipped on the way (flattened structures that cannot be rebuilt safely) is added
    to `warnings`, one "field: why" text each."""
    sep = ", " if csv_lists else None
    per: dict[str, dict[str, Any]] = {f: {} for f in FAMILIES}
    langs: dict[str, dict[str, dict[str, str]]] = {f: {} for f in FAMILIES}
    companions: dict[str, str] = {}
    flat: dict[str, dict[tuple[Field, str | None], tuple[str, Any]]] = {}
    unknown: list[str] = []
    data: dict[str, Any] = {}
    ungrouped_date = False
    for key, value in item.items():
        if value is None or value == "" or value == "-" or value == []:
            continue
        if key.rpartition(":")[2].lower() == "sourcefile":
            data.update(source_identity(str(value)))
            continue
        group, _, name = key.rpartition(":")
        if name.lower() == "datetimecreated" and (not group or group.lower() == "composite"):
            companions["datetime"] = str(value)   # ExifTool's composite of IIM date and time
            continue
        comp = _COMPANIONS.get(name.lower())
        if comp and _family(group or None) is not False:
            companions[comp] = str(value)
            continue
        found = lookup(key)
        if found is None:
            # 1:90 CodedCharacterSet says how IIM is encoded, not what it says: captionist
            # always writes UTF-8, so the tag (which its own exports carry) is no loss.
            if group and _IPTC_GROUPS.match(group) and name.lower() != "codedcharacterset":
                unknown.append(key)
            continue
        fam, target, lang = found
        if fam == "flat":
            prop, field = target
            flat.setdefault(prop.id, {})[(field, lang)] = (key, value)
        elif lang:
            langs[fam].setdefault(target.id, {})[lang] = et.scalar_in(value)
        else:
            per[fam][target.id] = value
            if target.id == "dateCreated":
                ungrouped_date = not group
    _complete_date(per, companions, ungrouped_date)
    # IIM and EXIF first decoded on their own, then XMP laid over them (XMP wins, as when
    # captionist.reader reconciles a file)
    iim: dict[str, Any] = {}
    for pid, v in per["iim"].items():
        iim.update(et.iim_in(BY_ID[pid], v, sep, companions.get("time")))
    lower: dict[str, Any] = {}
    for pid in per["iim"]:
        v = codec.iim_decode(BY_ID[pid], iim)
        if v is not None:
            lower[pid] = v
    for pid, v in per["exif"].items():
        v = codec.exif_decode(BY_ID[pid], et.exif_in(BY_ID[pid], v, companions.get("offset")))
        if v is not None:
            lower.setdefault(pid, v)
    values: dict[str, Any] = {}
    for pid, v in per["xmp"].items():
        p = BY_ID[pid]
        values[pid] = et.value_in(p.kind, p.xmp, p.struct, v, sep)
    for pid, alts in langs["xmp"].items():
        base = values.get(pid, lower.get(pid))
        default = base if isinstance(base, str) else next(iter(alts.values()))
        values[pid] = {"x-default": default, **alts}
    for pid, fields in flat.items():
        if pid not in values:
            rebuilt = _unflatten(BY_ID[pid], fields, sep, warnings if warnings is not None else [])
            if rebuilt is not None:
                values[pid] = rebuilt
    for pid, v in lower.items():
        values.setdefault(pid, v)
    data.update(values)
    return data, unknown


def _complete_date(per: dict[str, dict[str, Any]], companions: dict[str, str], ungrouped: bool) -> None:
    """Without -G, ExifTool prints the IIM Date Created (a date only) under `DateCreated` and its
    time under `TimeCreated` (and both together under the composite `DateTimeCreated`): an
    ungrouped date without a time is completed from them, so the time is not lost."""
    dc = per["xmp"].get("dateCreated")
    if dc is None:
        if "datetime" in companions and not any("dateCreated" in per[f] for f in FAMILIES):
            per["xmp"]["dateCreated"] = companions["datetime"]
        return
    if not ungrouped:
        return
    m = et.ET_DATE.match(str(dc).strip())
    if m is None or m.group(4) is not None:
        return
    if "datetime" in companions:
        full = et.ET_DATE.match(companions["datetime"].strip())
        if full is not None and full.group(4) is not None and full.group(1, 2, 3) == m.group(1, 2, 3):
            per["xmp"]["dateCreated"] = companions["datetime"]
            return
    if "time" in companions:
        per["xmp"]["dateCreated"] = et.date_in(dc, companions["time"])


def _unflatten(prop: Prop, fields: dict[tuple[Field, str | None], tuple[str, Any]], sep: str | None,
               warnings: list[str]) -> Any:
    """Flattened structure tags (LocationShownCity, LocationShownLocationName-nl...) back into
    structures, or None (and a warning) when that cannot be done without guessing.

    ExifTool lists the values of all items one after another, leaving out the fields an item
    does not have. In JSON the values of several items are a real list; in CSV they are joined
    with ", ", which a value may hold too. So items are rebuilt only when every text field has
    the same number of values (CSV: split on ", " only then); when the counts disagree, or a
    list comes where one value is expected, the property is skipped with a warning. List fields
    (identifiers) can only be placed when there is one item."""
    names = ", ".join(key for key, _ in fields.values())

    def skip(why: str) -> None:
        warnings.append(f"{names}: {why}; {prop.id} skipped (export with -struct to keep it)")

    texts = {k: v for k, v in fields.items() if k[0].kind not in (Kind.LIST, Kind.INT_LIST)}
    lists = {k: v for k, v in fields.items() if k[0].kind in (Kind.LIST, Kind.INT_LIST)}
    if sep is None:   # JSON: a list is several items' values, a scalar one value
        vals = {k: (v if isinstance(v, list) else [v]) for k, (_, v) in texts.items()}
    else:
        vals = {k: et.items_in(v, sep) if isinstance(v, str) else [v] for k, (_, v) in texts.items()}
    counts = {len(v) for v in vals.values()}
    if prop.kind is Kind.STRUCT:   # one structure: a field holds one value
        if sep is None and any(len(v) != 1 for v in vals.values()):
            skip("several values where one structure holds one")
            return None
        n = 1
    elif len(counts) > 1:
        if sep is None:
            skip("the fields have different numbers of values, so the items cannot be told apart")
            return None
        n = 1 if not any(len(v) > 1 for v in vals.values()) else 0
        if n == 0:
            skip("the fields have different numbers of values (a value holding \", \" cannot be "
                 "told from several items)")
            return None
    else:
        n = counts.pop() if counts else 1
        if sep is not None and n > 1 and len(vals) == 1:
            # one field alone: "Getty Images, Inc." and "Kyiv, Kharkiv" look the same
            warnings.append(f"{names}: one value holding \", \" is kept as one {prop.id} item (export "
                            f"with -struct if it meant several)")
            n = 1
    if sep is not None and n == 1:   # CSV, one item: the cells as written, not split
        vals = {k: [v] for k, (_, v) in texts.items()}
    if sep is None and any(isinstance(x, (list, dict)) for v in vals.values() for x in v):
        skip("a list inside a list of values")
        return None
    items: list[dict[str, Any]] = [{} for _ in range(max(n, 1))]
    for (f, lang), v in vals.items():
        for i in range(n):
            conv = et.value_in(f.kind, f.xmp, f.struct, v[i], None)
            if f.kind is Kind.LANG_ALT:
                prev = items[i].get(f.id)
                alt = {} if prev is None else ({"x-default": prev} if isinstance(prev, str) else dict(prev))
                if lang is None:
                    alt = {"x-default": conv, **alt}
                else:
                    alt[lang] = conv
                items[i][f.id] = alt
            else:
                items[i][f.id] = conv
    for item in items:   # a lone x-default stays plain text; languages without one get the first
        for fid, v in list(item.items()):
            if isinstance(v, dict) and all(isinstance(x, str) for x in v.values()):
                if list(v) == ["x-default"]:
                    item[fid] = v["x-default"]
                elif "x-default" not in v:
                    item[fid] = {"x-default": next(iter(v.values())), **v}
    for (f, _), (key, v) in lists.items():
        if n == 1:
            if sep is None and isinstance(v, list) and any(isinstance(x, (list, dict)) for x in v):
                warnings.append(f"{key}: a list inside a list of values; {f.id} skipped")
                continue
            items[0][f.id] = et.value_in(f.kind, f.xmp, f.struct, v, sep)
        else:
            warnings.append(f"{key}: a list field of {n} flattened items cannot be placed; skipped "
                            f"(export with -struct to keep it)")
    return items[0] if prop.kind is Kind.STRUCT else items


def source_identity(path: str) -> dict[str, Any]:
    """The id (the file's stem) and `match.file` rule (its name) a record gets from the image
    it was read from; a Windows path is taken apart as one."""
    name = PureWindowsPath(path).name if "\\" in path else PurePosixPath(path).name
    if not name or name == "*":
        return {}
    return {"id": PurePosixPath(name).stem, "match": {"file": glob_escape(name)}}


def glob_escape(name: str) -> str:
    """A file name as a `match.file` pattern that matches only that name: `[`, `]`, `*`, `?`
    bracketed (`photo[1].jpg` -> `photo[[]1[]].jpg`)."""
    return re.sub(r"[\[\]*?]", lambda m: f"[{m.group(0)}]", name)


# --------------------------------------------------------------------------- the two formats
# (told apart from other JSON/CSV by `etdialect.looks_like_exiftool_json` / `_csv`)


def _collect(out: RecordSet, path: Path, data: dict[str, Any], unknown: list[str], where: str,
             line: int | None, skipped: list[str] = ()) -> None:
    for w in skipped:
        out.warnings.append(f"{where}: {w}")
    if unknown:
        out.warnings.append(f"{where}: ExifTool tags that are not IPTC properties captionist knows, "
                            f"ignored: {', '.join(unknown)}")
    record, errors = check_record(data, str(path), line=line, strict=False)
    if line is None:   # JSON: name the object
        for e in errors:
            e.where = where
    out.add(record, errors, origin=where)


def exiftool_json_records(path: Path, *, text: str | None = None) -> RecordSet:
    out = RecordSet()
    text = read_text(path) if text is None else text
    try:
        items = et.parse_json(text)
    except json.JSONDecodeError as e:
        raise SourceError(path, f"not valid JSON: {e.msg} (column {e.colno})", line=e.lineno) from None
    if isinstance(items, dict):
        items = [items]
    for i, item in enumerate(items, 1):
        where = f"{path} [record {i}]"
        if not isinstance(item, dict):
            out.errors.append(SourceError(where, "an ExifTool record must be a JSON object"))
            continue
        skipped: list[str] = []
        try:
            data, unknown = to_record(item, csv_lists=False, warnings=skipped)
        except ValueError as e:
            out.errors.append(SourceError(where, str(e)))
            continue
        _collect(out, path, data, unknown, where, None, skipped)
    return out


def exiftool_csv_records(path: Path) -> RecordSet:
    out = RecordSet()
    text = read_text(path, fallback="cp1252", warnings=out.warnings)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    rows = csv_rows(path, text, delimiter, out.errors)
    headers = next(rows, (1, 1, None))[2]
    if headers is None:
        return out
    for line, _end, row in rows:
        if not any(c.strip() for c in row):
            continue
        item = {h: c for h, c in zip(headers, row) if c != ""}
        skipped: list[str] = []
        try:
            data, unknown = to_record(item, csv_lists=True, warnings=skipped)
        except ValueError as e:
            out.errors.append(SourceError(path, str(e), line=line))
            continue
        _collect(out, path, data, unknown, f"{path}:{line}", line, skipped)
    return out
