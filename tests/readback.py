"""Compare a record with what ExifTool reads from a file, family by family.

The expected ExifTool tags come from the IPTC reference tables (tests/iptc_ref.py), so a
mapping mistake in captionist's own table shows up as a failure here.
"""

from __future__ import annotations

from typing import Any

import iptc_ref as ref

CAPTIONIST_KEYS = {"id", "match", "extends", "policy"}


PLUS_VOCAB = "http://ns.useplus.org/ldf/vocab/"


def _s(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    # ExifTool's value conversion shows PLUS vocabulary URIs by their code ("MR-NON")
    return str(v).removeprefix(PLUS_VOCAB)


def _kind(row: dict) -> str:
    if row["dataformat"] == "AltLang":
        return "lang"
    if row["datatype"] == "struct":
        return "structs" if row["occurrence"] == "multi" else "struct"
    if row["dataformat"] == "date-time":
        return "date"
    if row["datatype"] == "number":
        return "numbers" if row["occurrence"] == "multi" else "number"
    return "list" if row["occurrence"] == "multi" else "text"


def _cmp_struct(struct: str, want: dict, got: dict, where: str, problems: list[str]) -> None:
    fields = ref.struct_tag_map(struct)
    for fid, value in want.items():
        if fid not in fields and struct == "ImageRegion":
            # a region may carry any IPTC property ($anypmdproperty): named as at top level
            row = ref.PROPS[fid]
            fields[fid] = (row["exiftool_XMP"].split(":")[1], row)
        name, row = fields[fid]
        kind = _kind(row)
        if kind == "lang":
            for tag, text in ref.lang(value).items():
                key = name if tag == "x-default" else f"{name}-{tag}"
                if got.get(key) != text:
                    problems.append(f"{where}.{fid}[{tag}]: ExifTool {got.get(key)!r} != {text!r}")
        elif kind in ("struct", "structs"):
            sub_w = value if kind == "structs" else [value]
            sub_g = ref.as_list(got.get(name))
            if len(sub_w) != len(sub_g):
                problems.append(f"{where}.{fid}: {len(sub_g)} items, expected {len(sub_w)}")
                continue
            for i, (w, g) in enumerate(zip(sub_w, sub_g)):
                _cmp_struct(row["dataformat"], w, g, f"{where}.{fid}[{i}]", problems)
        elif kind == "list":
            if [_s(x) for x in ref.as_list(got.get(name))] != [_s(x) for x in value]:
                problems.append(f"{where}.{fid}: ExifTool {got.get(name)!r} != {value!r}")
        elif kind == "number":
            g = got.get(name)
            if g is None or abs(float(g) - float(value)) > 1e-6:
                problems.append(f"{where}.{fid}: ExifTool {g!r} != {value!r}")
        elif kind == "date":
            if _s(got.get(name)) != ref.exiftool_date(value):
                problems.append(f"{where}.{fid}: ExifTool {got.get(name)!r} != {value!r}")
        else:
            if _s(got.get(name)) != _s(value):
                problems.append(f"{where}.{fid}: ExifTool {got.get(name)!r} != {value!r}")


def compare(record: dict, et: dict, *, iim: bool = True, exif: bool = True,
            exif_date: str | None = "absent") -> list[str]:
    """Problems found (empty when every field reads back as written). `et` is ExifTool's JSON
    for the file with -G1 -struct -n. `exif_date`: "absent" checks DateTimeOriginal was written
    from the record; any other string is the camera's value that must be kept."""
    problems: list[str] = []
    for pid, value in record.items():
        if pid in CAPTIONIST_KEYS:
            continue
        row = ref.PROPS[pid]
        kind = _kind(row)
        xt = row["exiftool_XMP"]
        # --- XMP: the full value
        if kind == "lang":
            for tag, text in ref.lang(value).items():
                key = xt if tag == "x-default" else f"{xt}-{tag}"
                if et.get(key) != text:
                    problems.append(f"{pid} XMP {key}: {et.get(key)!r} != {text!r}")
        elif kind in ("list", "numbers"):
            if [_s(x) for x in ref.as_list(et.get(xt))] != [_s(x) for x in value]:
                problems.append(f"{pid} XMP {xt}: {et.get(xt)!r} != {value!r}")
        elif kind == "date":
            if _s(et.get(xt)) != ref.exiftool_date(value):
                problems.append(f"{pid} XMP {xt}: {et.get(xt)!r} != {ref.exiftool_date(value)!r}")
        elif kind == "number":
            if et.get(xt) is None or float(et[xt]) != float(value):
                problems.append(f"{pid} XMP {xt}: {et.get(xt)!r} != {value!r}")
        elif kind in ("struct", "structs"):
            want = value if kind == "structs" else [value]
            got = ref.as_list(et.get(xt))
            if len(got) != len(want):
                problems.append(f"{pid} XMP {xt}: {len(got)} structures, expected {len(want)}")
            else:
                for i, (w, g) in enumerate(zip(want, got)):
                    _cmp_struct(row["dataformat"], w, g, f"{pid}[{i}]", problems)
        else:
            if _s(et.get(xt)) != _s(value):
                problems.append(f"{pid} XMP {xt}: {et.get(xt)!r} != {value!r}")
        # --- IIM: the value cut to the dataset's byte limit (a prefix of the full value)
        it, limit = ref.iim_tag(pid), ref.iim_limit(pid)
        if iim and it:
            if pid == "dateCreated":
                date, _, time = value.partition("T")
                parts = date.split("-") + ["00"] * (3 - len(date.split("-")))
                want_d = ":".join(parts)
                if _s(et.get("IPTC:DateCreated")) != want_d:
                    problems.append(f"dateCreated IIM: {et.get('IPTC:DateCreated')!r} != {want_d!r}")
                if time and any(z in time for z in "+-Z"):   # 2:60 needs a zone; else XMP only
                    hhmm = time[:5]
                    got_t = _s(et.get("IPTC:TimeCreated", ""))
                    if not got_t.startswith(hhmm):
                        problems.append(f"dateCreated IIM time: {got_t!r} does not start {hhmm!r}")
                continue
            if kind == "list":
                prefix = "IPTC:" if pid == "subjectCodes" else ""
                want = list(dict.fromkeys(ref.cut(v if ":" in v else prefix + v, limit) for v in value))
                got = [_s(x) for x in ref.as_list(et.get(it))]
                if got != want:
                    problems.append(f"{pid} IIM {it}: {got!r} != {want!r}")
                continue
            full = ref.lang(value)["x-default"] if kind == "lang" else _s(value)
            if pid == "intellectualGenre":
                full = "000:" + full
            got = _s(et.get(it, ""))
            if not full.startswith(got) or len(got.encode()) > limit or got != ref.cut(full, limit):
                problems.append(f"{pid} IIM {it}: {got!r} is not the {limit}-byte prefix of {full!r}")
        # --- EXIF mirrors
        xt_exif = ref.exif_tag(pid)
        if exif and xt_exif:
            if pid == "description" or pid == "copyrightNotice":
                want = ref.lang(value)["x-default"]
                if et.get(xt_exif) != want:
                    problems.append(f"{pid} EXIF {xt_exif}: {et.get(xt_exif)!r} != {want!r}")
            elif pid == "creatorNames":
                want = "; ".join(value)
                if et.get("IFD0:Artist") != want:
                    problems.append(f"{pid} EXIF Artist: {et.get('IFD0:Artist')!r} != {want!r}")
            elif pid == "dateCreated" and exif_date is not None:
                got = et.get("ExifIFD:DateTimeOriginal")
                if exif_date == "absent":
                    if "T" in value:
                        want = ref.exiftool_date(value)[:19]
                        if got != want:
                            problems.append(f"dateCreated EXIF DateTimeOriginal: {got!r} != {want!r}")
                elif got != exif_date:
                    problems.append(f"camera DateTimeOriginal not kept: {got!r} != {exif_date!r}")
    return problems
