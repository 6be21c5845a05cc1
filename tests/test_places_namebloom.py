"""The index's "is this a name at all" table (places/namebloom.py, issue 9 speed): a Bloom
filter of every key of the index's `name` table, stored in the index by its builder, so a
lookup of a word that is no place never reaches SQLite. It must never turn a real name away,
and lookups must answer exactly as the query alone does."""

from __future__ import annotations

import sqlite3

from captionist.places import get_index, norm
from captionist.places.build import build
from captionist.places.index import PlaceIndex, ensure_index
from captionist.places.namebloom import META_KEY, build_bloom, may_hold


def _all_keys(path) -> list[str]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [k for (k,) in db.execute("SELECT DISTINCT key FROM name")]
    finally:
        db.close()


def test_the_built_index_holds_the_filter_and_it_lets_every_name_through():
    path = ensure_index()
    keys = _all_keys(path)
    assert len(keys) > 500000          # cities500 with its alternate names
    bits = get_index()._names_bloom()
    assert len(bits) == 1 << 20        # 2^23 bits
    assert all(may_hold(bits, k) for k in keys)     # no false "absent", ever


def test_lookups_answer_as_the_query_alone_does():
    index = get_index()
    plain = PlaceIndex(ensure_index())
    plain._bloom = b""                  # the filter off: every key goes to SQLite
    words = ["Kyiv", "Kiew", "Rotterdamse", "Giethoorn", "Dorohusk", "Saint-Martin-Vésubie", "Photo",
             "Minister", "Tuesday", "Zzyzxq", "Bürgermeisterin", "", "é"]
    for w in words:
        assert index.cities(norm(w)) == plain.cities(norm(w)), w
    assert index.cities(norm("Kyiv"))[0]["countrycode"] == "UA"
    assert index.cities(norm("Zzyzxq")) == ()


def test_the_filter_rejects_most_words_that_are_no_name():
    bits = get_index()._names_bloom()
    plain = PlaceIndex(ensure_index())
    plain._bloom = b""
    others = [f"qx{i}zz" for i in range(5000)]
    assert not any(plain.cities(k) for k in others)
    passed = sum(may_hold(bits, k) for k in others)
    assert passed < 100                # ~0.4% expected: a few dozen at most of 5,000


def test_a_filter_of_a_small_set():
    bits = build_bloom(["amsterdam", "kyiv", "\ud800"])
    assert may_hold(bits, "amsterdam") and may_hold(bits, "kyiv") and may_hold(bits, "\ud800")
    assert sum(may_hold(bits, f"w{i}") for i in range(1000)) == 0


def test_an_index_without_the_filter_still_answers(tmp_path):
    """An index file whose meta lacks the filter (hand-made, or damaged) lets every key through."""
    src = ensure_index()
    copy = tmp_path / "places.sqlite"
    copy.write_bytes(src.read_bytes())
    db = sqlite3.connect(copy)
    db.execute("DELETE FROM meta WHERE k = ?", (META_KEY,))
    db.commit()
    db.close()
    index = PlaceIndex(copy)
    assert index._names_bloom() == b""
    assert index.cities(norm("Kyiv"))[0]["countrycode"] == "UA"
    assert index.cities(norm("Zzyzxq")) == ()


def test_build_writes_the_filter(tmp_path):
    """A fresh build (as `make install` / `python -m captionist.places` runs it) stores the filter."""
    target = tmp_path / "fresh.sqlite"
    build(target)
    db = sqlite3.connect(target)
    (blob,) = db.execute("SELECT v FROM meta WHERE k = ?", (META_KEY,)).fetchone()
    db.close()
    assert isinstance(blob, bytes) and len(blob) == 1 << 20
    assert may_hold(blob, norm("Giethoorn")) and may_hold(blob, norm("Kijev"))


def test_names_are_read_from_one_b_tree():
    """The name table is keyed by (key, id, prim) without rowid: a lookup searches its primary
    key and the city table, no separate index (build.py)."""
    db = sqlite3.connect(f"file:{ensure_index()}?mode=ro", uri=True)
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT c.id, MAX(n.prim) FROM name n JOIN city c ON c.id = n.id "
        "WHERE n.key = ? GROUP BY c.id ORDER BY c.pop DESC", ("kyiv",)))
    db.close()
    assert "SEARCH n USING PRIMARY KEY (key=?)" in plan, plan
