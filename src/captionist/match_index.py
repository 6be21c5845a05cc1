"""An index over caption records, so that matching one file costs what its evidence costs, not
what the number of records costs.

`matching.score` gives a record a candidate only when at least one rule *hits* (a miss alone
gives none). Every rule but two hits on an exact key, and the index finds those by lookup:

* the stem equals the id, or equals it but for case, or begins with it and a separator;
* `match.file` names the file literally, or is a glob whose literal head the name begins with;
* Job Id, supplier image id, Digital Image GUID, DocumentID equal the file's;
* `match.position` equals the file's position.

The two rules without a key: `match.takenBetween` (a time window; the records that have one
are tried only when the file carries a capture time) and the similar-name evidence (difflib
ratio >= 0.8). For the latter the index keeps ids by length and by character pairs, and only
ids that can reach the ratio get to difflib. A ratio of 0.8 needs M >= 0.4*(a+b) characters in
matching blocks (so lengths within 2:3). k blocks hold M - k common pairs, and k - 1 <= a+b-2M
(difflib joins adjacent blocks, so between two blocks at least one character is unmatched):
an id shares at least 3*M - 1 - a - b character pairs with the stem, or it cannot reach 0.8.
The ids sharing enough pairs are found from the stem's rarest pairs (an id with T common
pairs out of the stem's m has one among any m - T + 1 of them), then counted exactly, and
must also share M characters (difflib's own `quick_ratio` bound).

`candidates` returns a superset of the records `score` would keep, in the records' own order,
so grading (and the order of equal scores) is exactly that of scoring every record.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

_SEPARATORS = "-_. "
_GLOB_HEAD = re.compile(r"[^*?\[]*")
_IDENTIFIERS = (("jobid", "jobid"), ("supplierImageId", "supplier_image_id"),
                ("digitalImageGuid", "digital_image_guid"), ("documentId", "document_id"))


def _pairs(s: str) -> Counter:
    return Counter(s[i:i + 2] for i in range(len(s) - 1))


def literal_name(pattern: str) -> str | None:
    """The one name a pattern whose only brackets escape a character (`photo[[]1[]].jpg`)
    matches, or None when it has real wildcards."""
    if "[" not in pattern:
        return None
    out = re.sub(r"\[([\[\]*?])\]", lambda m: "\0" + m.group(1), pattern)
    if any(c in out.replace("\0[", "").replace("\0]", "").replace("\0*", "").replace("\0?", "") for c in "[]*?"):
        return None
    return out.replace("\0", "")


def _wildcard(pattern: str) -> bool:
    return any(c in pattern for c in "*?[") and literal_name(pattern) is None


def _name_of(pattern: str) -> str:
    return literal_name(pattern) or pattern


class RecordIndex:
    def __init__(self, records: list) -> None:
        self.records = records
        self.size = len(records)
        self.by_id: dict[str, list[int]] = defaultdict(list)
        self.by_id_lower: dict[str, list[int]] = defaultdict(list)
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.by_identifier: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.by_position: dict[int, list[int]] = defaultdict(list)
        self.globs: dict[str, list[int]] = defaultdict(list)   # wildcard globs by literal head
        self.timed: list[int] = []            # match.takenBetween
        self.numbered: set[int] = set()       # every match.position, for the batch check
        self.by_length: dict[int, list[int]] = defaultdict(list)   # lower-cased id length
        self.pairs: dict[str, list[int]] = defaultdict(list)      # pair -> ids holding it
        self.pair_counts: list[Counter | None] = []
        self.char_counts: list[Counter | None] = []
        self.lowered: list[str | None] = []
        for i, r in enumerate(records):
            rid = r.id
            low = rid.lower() if rid else None
            self.lowered.append(low)
            self.pair_counts.append(_pairs(low) if rid else None)
            self.char_counts.append(Counter(low) if rid else None)
            if rid:
                self.by_id[rid].append(i)
                self.by_id_lower[low].append(i)
                self.by_length[len(low)].append(i)
                for pair in self.pair_counts[i]:
                    self.pairs[pair].append(i)
            rule = r.match
            if rule is None:
                continue
            if rule.file is not None:
                patterns = [rule.file] if isinstance(rule.file, str) else list(rule.file)
                for p in patterns:
                    if _wildcard(p):
                        # `DSC_00*.jpg` can only match names that begin with `DSC_00`
                        self.globs[_GLOB_HEAD.match(p).group(0)].append(i)
                    else:
                        self.by_name[_name_of(p)].append(i)
                        self.by_name[p].append(i)
            for key, _attr in _IDENTIFIERS:
                want = getattr(rule, key)
                if want is not None:
                    self.by_identifier[(key, want.strip())].append(i)
            if rule.takenBetween is not None:
                self.timed.append(i)
            if rule.position is not None:
                self.by_position[rule.position].append(i)
                self.numbered.add(rule.position)

    def fits(self, records: Any) -> bool:
        return records is self.records and len(records) == self.size

    def candidates(self, facts) -> list:
        """Every record that may have evidence for the file `facts` describes (a superset of
        those `matching.score` keeps), in the records' order."""
        found: set[int] = set()
        stem, name = facts.path.stem, facts.path.name
        low = stem.lower()
        found.update(self.by_id.get(stem, ()))
        found.update(self.by_id_lower.get(low, ()))
        for i, c in enumerate(stem):
            if c in _SEPARATORS and i:
                found.update(self.by_id.get(stem[:i], ()))
        for i, c in enumerate(low):
            if c in _SEPARATORS and i:
                found.update(self.by_id_lower.get(low[:i], ()))
        found.update(self.by_name.get(name, ()))
        for k in range(len(name) + 1):
            found.update(self.globs.get(name[:k], ()))
        for key, attr in _IDENTIFIERS:
            have = getattr(facts, attr)
            if have is not None:
                found.update(self.by_identifier.get((key, have.strip()), ()))
        if facts.position is not None:
            found.update(self.by_position.get(facts.position, ()))
        if facts.taken is not None and facts.taken.hour is not None:
            found.update(self.timed)
        found.update(self._similar(low))
        return [self.records[i] for i in sorted(found)]

    def _similar(self, s: str) -> set[int]:
        """Ids whose difflib ratio with `s` can reach 0.8 (see the module's docstring)."""
        a = len(s)
        out: set[int] = set()
        need: dict[int, int] = {}
        for n in self.by_length:
            if a + n and 2.0 * min(a, n) / (a + n) >= 0.8:   # difflib's real_quick_ratio
                min_matched = -(-2 * (a + n) // 5)           # ceil(0.4 * (a + n))
                need[n] = 3 * min_matched - 1 - a - n
        for n, t in need.items():
            if t <= 0:
                out.update(self.by_length[n])
        counted = [t for t in need.values() if t > 0]
        if not counted:
            return out
        mine = _pairs(s)
        occurrences = sorted((p for p, k in mine.items() for _ in range(k)),
                             key=lambda p: len(self.pairs.get(p, ())))
        probe = set(occurrences[:len(occurrences) - min(counted) + 1])
        seen: set[int] = set()
        for p in probe:
            seen.update(self.pairs.get(p, ()))
        chars = Counter(s)
        for i in seen:
            n = len(self.lowered[i])
            t = need.get(n, 0)
            # M matched characters are common characters too (difflib's quick_ratio bound)
            if t > 0 and sum((mine & self.pair_counts[i]).values()) >= t \
                    and sum((chars & self.char_counts[i]).values()) >= -(-2 * (a + n) // 5):
                out.add(i)
        return out


_last: RecordIndex | None = None


def index_for(records: list) -> RecordIndex:
    """The index of `records`, kept for the next file of the same run (the same list)."""
    global _last
    idx = _last
    if idx is None or not idx.fits(records):
        idx = RecordIndex(records)
        _last = idx
    return idx
