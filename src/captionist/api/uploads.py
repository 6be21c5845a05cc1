"""Files in and out of `/embed` and `/read`: uploads saved privately, downloads named safely,
and the per-file report carried in a header.

The report header (`X-Captionist-Report`) is base64url (RFC 4648 section 5, padded) of UTF-8
JSON; past REPORT_HEADER_MAX bytes it drops each change's before/after values (see docs/api.md).
Downloads are named with RFC 6266 Content-Disposition (an ASCII `filename` and an RFC 8187
`filename*`).
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import UploadFile

from .. import pipeline

REPORT_HEADER = "X-Captionist-Report"
REPORT_HEADER_MAX = 8192          # bytes of base64; larger reports go compact (see docs/api.md)


def _safe_suffix(filename: str | None) -> str:
    suffix = Path(filename or "").suffix.lower()
    return suffix if re.match(r"^\.[a-z0-9]{1,8}$", suffix) else ""


def disposition(filename: str) -> str:
    ascii_name = re.sub(r'[^A-Za-z0-9._ -]', "_", filename)[:150] or "image"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


async def save_upload(upload: UploadFile, folder: Path) -> Path:
    """The upload written to `folder` as `image<suffix>` (the client's name is not trusted)."""
    target = folder / ("image" + _safe_suffix(upload.filename))
    with open(target, "wb") as f:
        while True:
            chunk = await upload.read(1 << 20)
            if not chunk:
                break
            f.write(chunk)
    return target


def encode_report(report: dict[str, Any]) -> str:
    """The report header's value: base64url (RFC 4648 section 5, padded) of UTF-8 JSON.
    Reports longer than REPORT_HEADER_MAX drop each change's before/after values."""
    raw = json.dumps(report, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    value = base64.urlsafe_b64encode(raw).decode("ascii")
    if len(value) > REPORT_HEADER_MAX:
        compact = {**report, "changes": [{"field": c["field"], "blocks": c["blocks"]} for c in report.get("changes", [])],
                   "truncated": True}
        value = base64.urlsafe_b64encode(json.dumps(compact, separators=(",", ":")).encode("utf-8")).decode("ascii")
    return value


def file_report(out: pipeline.Outcome, filename: str) -> dict[str, Any]:
    """One embed's report (the header, `report=json` and the webhook all carry it)."""
    d = out.to_dict()
    return {"file": filename, **{k: d[k] for k in ("status", "record", "changes", "warnings", "error", "seconds",
                                                   "c2pa")}}
