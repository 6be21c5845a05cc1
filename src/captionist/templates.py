"""Templates: standing text a desk does not retype on every record.

**Templates** are records kept apart from the caption records (`--templates PATH`: a file or
folder in any record format). A template's `id` is its name; a record (or another template)
names it in `extends` and gets every property the template sets that it does not set itself,
like the metadata templates of Photo Mechanic, Bridge or digiKam. Policies merge the same way
(the record's entry for a field wins). Match rules are never inherited: a template describes a
photographer or agency, not a picture. A missing template or a cycle is an error of the record.

`prepare` applies them to every loaded record, then the codes (`captionist.codes`) and the
check of the variables (`captionist.variables`, filled in per file by `expand_variables`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import plainrecord
from .errors import RecordError
from .model import OWN_KEYS
from .variables import expand_variables, with_variables

if TYPE_CHECKING:
    from .model import CaptionRecord

__all__ = ["OWN_KEYS", "load_templates", "apply_template", "prepare", "expand_variables"]

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
    return plainrecord.validate(data)


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
        # only with --codes: its tables' regular expressions cost ~1 ms of every start-up
        from .codes import expand_codes, load_codes
        code_table = load_codes(Path(codes))
    for rec in rs.records:
        where = rs.origins.get(id(rec))
        try:
            rec = apply_template(rec, tpls, where)
            data = rec.model_dump(mode="json", exclude_none=True)
            if code_table is not None:
                data = expand_codes(data, code_table, where=where)
                rec = plainrecord.validate(data)
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
