"""Sheet text before any parsing: decoding the file, cleaning characters, and cutting
the text into blocks of non-blank lines.

Cleaning removes what editors' tools leave behind (non-breaking and thin spaces,
soft hyphens, zero-width characters, stray controls) so that the rest of the parser
only ever sees plain spaces and \\n. `PLAIN` goes one step further for matching only:
it maps typographic quotes and dashes to ASCII one character for one, so a position
found in the plain text is the same position in the text as written, and what ends up
in a record keeps the editor's quotes and dashes.
"""

from __future__ import annotations

import re
from typing import Iterable

from captionist.errors import SheetParseError


# A valid UTF-8 multi-byte sequence (two to four bytes, no overlongs or surrogates).
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_MAX_BYTE_WARNINGS = 20


def _utf8_replacing(data: bytes, warnings: list[str] | None) -> str:
    """`data` as UTF-8 with each bad byte run replaced by U+FFFD, one warning per bad
    byte (line and byte offset in the file), at most `_MAX_BYTE_WARNINGS` of them."""
    bad: list[int] = []
    out: list[str] = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as e:
            out.append(data[pos:pos + e.start].decode("utf-8"))
            out.append("\ufffd")
            bad.extend(range(pos + e.start, pos + e.end))
            pos += e.end
            # decode in chunks so that many bad bytes do not make this quadratic
            if len(bad) > 4 * _MAX_BYTE_WARNINGS:
                out.append(data[pos:].decode("utf-8", errors="replace"))
                bad.append(-1)
                break
    if warnings is not None:
        for off in bad[:_MAX_BYTE_WARNINGS]:
            if off < 0:
                break
            line = data.count(b"\n", 0, off) + 1
            warnings.append(f"line {line}: byte 0x{data[off]:02x} at offset {off} is not UTF-8 "
                            "(replaced by U+FFFD)")
        if len(bad) > _MAX_BYTE_WARNINGS:
            warnings.append(f"more bytes that are not UTF-8 after offset {bad[_MAX_BYTE_WARNINGS - 1]} "
                            "(replaced by U+FFFD)")
    return "".join(out)


def decode_sheet_bytes(data: bytes, where="<sheet>", warnings: list[str] | None = None) -> str:
    """A sheet file's bytes as text: UTF-8 (with or without BOM). Bytes that are not
    UTF-8 in a file that does hold valid UTF-8 multi-byte sequences (Cyrillic, "ë"...)
    are replaced by U+FFFD, each reported in `warnings` with its line and byte offset;
    only a file with no UTF-8 multi-byte sequence at all is read as Windows-1252.
    NUL bytes or many control characters mean it is not a text file at all."""
    if b"\x00" in data[:65536]:
        raise SheetParseError(where, "not a text file (contains NUL bytes; UTF-16 and binary files are not caption sheets)")
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        if _UTF8_MULTI.search(body):
            # the whole file, so that offsets count from its start (a BOM becomes U+FEFF,
            # which clean() drops)
            text = _utf8_replacing(data, warnings)
        else:
            try:
                text = body.decode("cp1252")
            except UnicodeDecodeError as e:
                raise SheetParseError(where, f"neither UTF-8 nor Windows-1252 text (byte 0x{body[e.start]:02x} at offset {e.start})") from e
    sample = text[:65536]
    if sample:
        controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls > max(8, len(sample) // 20):
            raise SheetParseError(where, "not a text file (too many control characters)")
    return text


# Character clean-up: every space-like character becomes a plain space, invisible
# characters disappear, other controls go. Quotes are kept as written.
_CLEAN = {c: None for c in range(32) if c not in (9, 10)}
_CLEAN.update({c: None for c in range(0x7F, 0xA0)})
_CLEAN.update({9: " ", 0xA0: " ", 0x1680: " ", 0x202F: " ", 0x205F: " ", 0x3000: " "})
_CLEAN.update({c: " " for c in range(0x2000, 0x200B)})
_CLEAN.update({c: None for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD)})
_SURROGATE = re.compile("[\ud800-\udfff]")

# For matching only: one character for one, so positions stay valid in the original.
PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                       "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})
_PLAIN_ANY = re.compile("[" + "".join(re.escape(chr(c)) for c in PLAIN) + "]")


def as_plain(text: str) -> str:
    """text.translate(PLAIN); most captions hold none of its characters, and a search for them
    is ten times faster than translate's look-up of every character."""
    return text.translate(PLAIN) if _PLAIN_ANY.search(text) else text


# three letters with anything but letters between: the least a sentence, a caption or a credit
# has; one search that stops at the third ([\W\d_] is everything [^\W\d_] is not)
_THREE_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")


def has_three_letters(text: str) -> bool:
    """`text` holds three letters or more: the answer of counting every letter's match, without
    the list of them all (asked of each paragraph up to four times while a sheet is laid out)."""
    return _THREE_LETTERS.search(text) is not None


def clean(text: str) -> str:
    """Line breaks made plain \\n (U+2029 is a paragraph break), lone surrogates
    replaced, space-like characters made spaces, invisible and control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _SURROGATE.sub("\ufffd", text)
    return text.translate(_CLEAN)


def paragraphs(text: str) -> Iterable[tuple[int, list[str]]]:
    """(first line number, lines) for every block of non-blank lines."""
    start, block = 0, []
    for i, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not block:
                start = i
            block.append(" ".join(line.split()))
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block



_QUOTED = re.compile(r'"[^"\n]{1,300}"')


def without_quotes(text: str) -> str:
    """The text made plain (`PLAIN`) with what is inside double quotes blanked, one space
    per character: a day said in a quote ("I left yesterday") is the speaker's, not the
    picture's. Positions stay those of the text as written."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), as_plain(text))


def title_if_caps(name: str) -> str:
    """'VALERY HACHE' -> 'Valery Hache', 'JEAN-FRANÇOIS D'ARCY' -> 'Jean-François D'Arcy'."""
    if not (name.isupper() and len(name) > 3):
        return name

    def piece(p: str) -> str:
        head, apo, tail = p.partition("'")
        if apo and len(head) == 1:  # D'ARCY -> D'Arcy; MOSA'AB -> Mosa'ab
            return head + apo + tail[:1] + tail[1:].lower()
        return p[:1] + p[1:].lower()
    return " ".join("-".join(piece(p) for p in w.split("-")) for w in name.split())


def unwrap_brackets(s: str) -> str:
    """'(AP Photo/Name)' -> 'AP Photo/Name'; 'Roel Smit (ANP)' keeps its parenthesis."""
    s = s.strip()
    while len(s) > 1 and (s[0], s[-1]) in (("(", ")"), ("[", "]")) and s.find(s[-1]) == len(s) - 1:
        s = s[1:-1].strip()
    return s
