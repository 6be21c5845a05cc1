"""**Codes** are short words that expand to full text (`#afp` -> "AFP via Getty Images"), loaded
from a file (`--codes FILE`: tab-separated `code<TAB>text` lines, or a JSON object). They are
expanded once, when records are loaded, in every text value; `##` writes a literal `#`. Without
a codes file, `#` is plain text. An unknown code is an error naming the record and field. A code
starts a word (not after a letter, digit, `/`, `:`, `.`, `#` or `@`), and values that are a URL,
URI or e-mail address (fields whose IPTC data format is uri/url, or a value that is one URI or
address) are left as they are: `https://example.com/terms#anp` keeps its fragment.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .errors import RecordError, SourceError
from .standard import BY_ID, STRUCTS
from .textwalk import map_text


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
    from .sources.recordset import read_text

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
