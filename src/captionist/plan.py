"""The write plan: (record values, what the file has, policy) -> what to write. Pure: no I/O.

For every property the record sets, the merge policy gives the new value; then each family
(XMP, IIM, EXIF) the file can carry is compared on its own, so a family that already holds the
value (after IIM's byte cut) is left alone, and one that disagrees (a stale IIM caption from
the wire, say) is brought in line. A plan with no operations means the file is not rewritten:
running the same record twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import codec
from .lazyexif import keys_outside_maker_note
from .metadata import Changes, RawMetadata
from .model import DEFAULT_POLICY, Policy, canonical_value, empty_value
from .standard import BY_ID, IIM_TIME_KEY, Kind, Prop


# IFD0 entries a new EXIF block gets: 72 dpi, inches, centred chroma siting (the EXIF defaults).
def exif_ifd0_required(current: RawMetadata) -> dict[str, str]:
    """The IFD0 entries a new EXIF block in a JPEG gets (EXIF 2.32 section 4.6.8, table 17).
    The resolution is the JFIF header's when it states one, so EXIF never contradicts it;
    otherwise EXIF's own default, 72 dpi. Centred chroma siting is the JPEG/JFIF default."""
    units, x, y = current.density or (0, 0, 0)
    if units in (1, 2) and x and y:
        res = {"Exif.Image.XResolution": f"{x}/1", "Exif.Image.YResolution": f"{y}/1",
               "Exif.Image.ResolutionUnit": "2" if units == 1 else "3"}   # EXIF: 2 inch, 3 cm
    else:
        res = {"Exif.Image.XResolution": "72/1", "Exif.Image.YResolution": "72/1",
               "Exif.Image.ResolutionUnit": "2"}
    return {**res, "Exif.Image.YCbCrPositioning": "1"}


@dataclass
class FieldChange:
    id: str
    before: Any              # the file's reconciled value (JSON form), None when empty
    after: Any               # the value after the write
    blocks: list[str]        # the families that change: "xmp", "iim", "exif"
    expect: dict[str, Any] = field(default_factory=dict)  # per family: value read back after writing

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.id, "before": self.before, "after": self.after, "blocks": self.blocks}


@dataclass
class WritePlan:
    changes: list[FieldChange] = field(default_factory=list)
    ops: Changes = field(default_factory=Changes)
    warnings: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)   # fields left as the file has them (policy)

    @property
    def empty(self) -> bool:
        return not self.ops


def _text_join(before: str, new: str, policy: Policy) -> str:
    if not before:
        return new
    if policy is Policy.APPEND:
        return before if before.endswith(new) else f"{before} {new}"
    return before if before.startswith(new) else f"{new} {before}"


def _union(before: list, new: list, prepend: bool = False) -> list:
    if prepend:
        return new + [x for x in before if x not in new]
    return before + [x for x in new if x not in before]


def merge(prop: Prop, policy: Policy, before: Any, new: Any) -> Any:
    """The value a property should have after the write, or None to leave the file's value.

    Every policy is idempotent: merging the result with the same record value again gives the
    same result, so running a batch twice changes nothing the second time.

    * replace: the record's value.
    * fill-empty: the record's value only where the file has none.
    * append / prepend: text joined with a space after / before the file's text, unless the
      file's text already ends / starts with it; a language alternative per language (a
      record value with only x-default applies to each language the file has); lists and
      lists of structures get the new items after / before the file's, no duplicates.
    * union: lists (and lists of structures): the file's items, then the record's new ones;
      a language alternative: the file's languages plus those it lacks; other values replace.
    """
    if policy is Policy.REPLACE:
        if prop.kind is Kind.LANG_ALT and not empty_value(before) and _languages(new):
            # The record names its languages: it replaces those (and x-default); the file's
            # other languages stay. A record with one text (x-default only) replaces them all.
            b, n = codec.lang_dict(before), codec.lang_dict(new)
            return {**n, **{tag: text for tag, text in b.items() if tag not in n}}
        return new
    if policy is Policy.FILL_EMPTY:
        return new if empty_value(before) else None
    if empty_value(before):
        return new
    if prop.kind in (Kind.LIST, Kind.INT_LIST, Kind.STRUCTS):
        return _union(list(before), list(new), prepend=policy is Policy.PREPEND)
    if prop.kind is Kind.LANG_ALT:
        b, n = codec.lang_dict(before), codec.lang_dict(new)
        if policy is Policy.UNION:
            return {**b, **{tag: text for tag, text in n.items() if tag not in b}}
        if list(n) == ["x-default"]:
            n = {tag: n["x-default"] for tag in b}
        out = dict(b)
        for tag, text in n.items():
            out[tag] = _text_join(b.get(tag, ""), text, policy)
        # An x-default that only stands for one of the file's languages (a file without one
        # gets its first language's text) follows that language, when the record's x-default
        # is likewise only a stand-in: joining the two would mix languages ("Oud NL New EN").
        alias = next((t for t in b if t != "x-default" and b[t] == b["x-default"]), None)
        rec_alias = any(t != "x-default" and n[t] == n["x-default"] for t in n)
        if alias is not None and rec_alias and "x-default" in n and len(n) > 1:
            out["x-default"] = out[alias]
        return out
    if policy is Policy.UNION:
        return new
    if prop.kind is Kind.TEXT:
        return _text_join(before, new, policy)
    return new


def _languages(value: Any) -> list[str]:
    """The language tags a lang-alt value names besides x-default."""
    return [t for t in value if t != "x-default"] if isinstance(value, dict) else []


def _language_note(prop: Prop, before: Any, rec_value: Any, after: Any) -> str | None:
    """What a replace does to the file's other languages, in words for the report."""
    old = _languages(before)
    if prop.kind is not Kind.LANG_ALT or not old:
        return None
    after_tags = codec.lang_dict(after)
    dropped = [t for t in old if t not in after_tags]
    kept = [t for t in old if t not in _languages(rec_value) and t in after_tags]
    if dropped:
        return (f"{prop.id}: the file's {', '.join(dropped)} text is removed (the record gives one text, "
                f"x-default, for every language)")
    if kept:
        return (f"{prop.id}: the file's {', '.join(kept)} text is kept (the record replaces "
                f"{', '.join(['x-default', *_languages(rec_value)])} only)")
    return None


def _conflict(prop: Prop, xmp_v: Any, iim_v: Any) -> str | None:
    """A warning when the file's IIM and XMP disagree on a property (a wire picture edited by a
    tool that updated one block only). `xmp_v`: the file's XMP value in the record's form;
    `iim_v`: its IIM value as decoded."""
    if prop.iim is None:
        return None
    if xmp_v is None or iim_v is None or codec.iim_target(prop, xmp_v) == iim_v:
        return None
    short = lambda v: (repr(v) if len(repr(v)) < 60 else repr(v)[:57] + "...")  # noqa: E731
    return f"{prop.id}: the file's IIM ({short(iim_v)}) and XMP ({short(xmp_v)}) disagree"


def make_plan(values: dict[str, Any], current: RawMetadata, current_values: dict[str, Any],
              blocks: frozenset[str], *, policies: dict[str, Policy] | None = None,
              default_policy: Policy = DEFAULT_POLICY, keep_capture_date: bool = True,
              clear: tuple[str, ...] | list[str] = ()) -> WritePlan:
    """`values`: the record's properties in JSON form; `current`: the target's raw metadata;
    `current_values`: the file's reconciled values (what a reader shows today); `clear`:
    properties to remove from every family (undo of a field that was empty before)."""
    policies = policies or {}
    plan = WritePlan()
    nx = codec.normalise_xmp(current.xmp)
    for pid, rec_value in values.items():
        prop = BY_ID[pid]
        policy = policies.get(pid) or policies.get("*") or default_policy
        before = current_values.get(pid)
        rec_canon = canonical_value(pid, rec_value)
        after = merge(prop, policy, before, rec_canon)
        # the record's value as it is (replace, most merges): in the record's form already
        after = after if after is rec_canon else canonical_value(pid, after)
        # the file's value in each family, decoded once for the conflict check and the plan
        xmp_cur = canonical_value(pid, codec.xmp_decode(prop, nx))
        iim_cur = codec.iim_decode(prop, current.iptc) if prop.iim is not None else None
        conflict = _conflict(prop, xmp_cur, iim_cur)
        if after is None:
            plan.kept.append(pid)
            if conflict:
                plan.warnings.append(f"{conflict}; kept as is ({policy.value}), XMP's value is the one read")
            continue
        if conflict and "iim" in blocks and "xmp" in blocks:
            plan.warnings.append(f"{conflict}; IIM and XMP now carry one value")
        if policy in (Policy.APPEND, Policy.PREPEND) and prop.kind in (Kind.LIST, Kind.INT_LIST) \
                and isinstance(before, list):
            again = [x for x in rec_canon or [] if x in before]
            if again:
                plan.warnings.append(f"{pid}: {', '.join(map(repr, again))} already in the file; not added twice "
                                     f"({policy.value})")
        change = FieldChange(pid, before, after, [])
        note = _language_note(prop, before, rec_value, after) if policy is Policy.REPLACE and after != before else None
        if note:
            plan.warnings.append(note)
        if prop.kind is Kind.DATE and isinstance(before, str) and before != after and before.startswith(after):
            plan.warnings.append(f"{pid}: the record's {after} is less precise than the file's {before}, "
                                 "which it replaces")
        if "xmp" in blocks:
            change.expect["xmp"] = after
            if xmp_cur != after:
                old = codec.xmp_keys_of(prop, current.xmp)
                plain_array = prop.kind in (Kind.LIST, Kind.INT_LIST) and isinstance(current.xmp.get(prop.xmp_key), list)
                if not plain_array:
                    plan.ops.xmp_remove += old
                plan.ops.xmp.update(codec.xmp_encode(prop, after, replaces_array=plain_array))
                change.blocks.append("xmp")
        if "iim" in blocks and prop.iim is not None:
            encoded, warnings = codec.iim_encode(prop, after)
            # what `codec.iim_target` gives, from the one encoding
            target = codec.iim_decode(prop, {k: v for k, v in encoded.items() if v is not None})
            change.expect["iim"] = target
            if iim_cur != target:
                plan.ops.iptc.update(encoded)
                plan.warnings += warnings
                change.blocks.append("iim")
            elif target is None:
                plan.warnings += warnings   # IIM cannot carry the value at all: say so every time
        if "exif" in blocks and prop.exif is not None:
            target = codec.exif_target(prop, after)
            cur = codec.exif_decode(prop, current.exif)
            capture_fact = False
            if pid == "dateCreated" and keep_capture_date and cur is not None and cur != target:
                # DateTimeOriginal is the camera's capture time, kept, unless it only mirrors the
                # Date Created the file had (written by captionist or another tool from it).
                old = codec.xmp_decode(prop, nx) or codec.iim_decode(prop, current.iptc)
                mirrored = old is not None and codec.exif_target(prop, old) == cur
                capture_fact = not mirrored
                plan.warnings.append(
                    f"dateCreated: EXIF DateTimeOriginal {cur} mirrored the old Date Created; updated"
                    if mirrored else
                    f"dateCreated: EXIF DateTimeOriginal {cur} (the capture time) differs and is kept")
            if target is not None and not capture_fact:
                change.expect["exif"] = target
                if cur != target:
                    plan.ops.exif.update(codec.exif_encode(prop, after))
                    change.blocks.append("exif")
                    cut = codec.exif_cut_warning(prop, after)
                    if cut:
                        plan.warnings.append(cut)
        if change.blocks:
            plan.changes.append(change)
    for pid in clear:
        change = _clear(BY_ID[pid], current, nx, current_values.get(pid), blocks, plan, keep_capture_date)
        if change.blocks:
            plan.changes.append(change)
    # (the keys outside a camera's maker note say which IFDs the file has, without its text)
    ifd_keys = keys_outside_maker_note(current.exif)
    if plan.ops.exif and current.mime == "image/jpeg" and not any(k.startswith("Exif.Image.") for k in ifd_keys):
        # A new EXIF block: give IFD0 the entries EXIF 2.32 (section 4.6.8, table 17) requires
        # of every file, so validators do not flag the block captionist created.
        for key, value in exif_ifd0_required(current).items():
            plan.ops.exif.setdefault(key, value)
    if any(k.startswith("Exif.Photo.") for k in plan.ops.exif) and not any(
            k.startswith("Exif.Photo.") for k in ifd_keys):
        # A new Exif IFD: the entries EXIF 2.32 requires there (section 4.6.5, table 18).
        plan.ops.exif.setdefault("Exif.Photo.ExifVersion", "48 50 51 50")        # "0232"
        plan.ops.exif.setdefault("Exif.Photo.FlashpixVersion", "48 49 48 48")    # "0100"
        # ColorSpace: 1 (sRGB) is what every viewer assumes of an image without a profile;
        # 0xFFFF (uncalibrated) would tell them not to, so it is kept for images whose ICC
        # profile says what the colours are (EXIF 2.32 section 4.6.5, ColorSpace).
        plan.ops.exif.setdefault("Exif.Photo.ColorSpace", "65535" if current.icc else "1")
        if current.mime == "image/jpeg":
            plan.ops.exif.setdefault("Exif.Photo.ComponentsConfiguration", "1 2 3 0")   # Y Cb Cr
        # PixelX/YDimension are for compressed images only (EXIF 2.32 table 18: "N.A." for
        # uncompressed); ExifTool flags them in a TIFF.
        if current.width and current.height and current.mime != "image/tiff":
            plan.ops.exif.setdefault("Exif.Photo.PixelXDimension", str(current.width))
            plan.ops.exif.setdefault("Exif.Photo.PixelYDimension", str(current.height))
    return plan


def _clear(prop: Prop, current: RawMetadata, nx: dict[str, Any], before: Any, blocks: frozenset[str],
           plan: WritePlan, keep_capture_date: bool) -> FieldChange:
    """Delete one property from each family that has it (a None value deletes a key)."""
    change = FieldChange(prop.id, before, None, [])
    if "xmp" in blocks:
        change.expect["xmp"] = None
        keys = codec.xmp_keys_of(prop, current.xmp)
        if keys:
            plan.ops.xmp.update(dict.fromkeys(keys))
            change.blocks.append("xmp")
    if "iim" in blocks and prop.iim is not None:
        change.expect["iim"] = None
        keys = [prop.iim.key] + ([IIM_TIME_KEY] if prop.kind is Kind.DATE else [])
        present = [k for k in keys if k in current.iptc]
        if present:
            plan.ops.iptc.update(dict.fromkeys(present))
            change.blocks.append("iim")
    if "exif" in blocks and prop.exif is not None and not (prop.kind is Kind.DATE and keep_capture_date):
        change.expect["exif"] = None
        if prop.exif in current.exif:
            plan.ops.exif[prop.exif] = None
            change.blocks.append("exif")
    return change
