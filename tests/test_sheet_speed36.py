"""speed36: the section table read once, the sheet evidence copied without dataclasses.replace;
both give what the slower way gave."""

from __future__ import annotations

from dataclasses import replace

from captionist.sources.sheet.gazetteer import load_gazetteer
from captionist.sources.sheet.placeevidence import Evidence, sheet_evidence, sheet_towns
from captionist.sources.sheet.placeresolve import Place


def _by_query(db, city_id):
    return db.execute("SELECT c.id, c.name, c.cc, c.a1, c.pop, c.lat, c.lon FROM section s "
                      "JOIN city c ON c.id = s.parent WHERE s.id = ?", (city_id,)).fetchone()


def test_section_city_equals_the_query_and_asks_the_database_once():
    index = load_gazetteer().index
    db = index._db
    ids = [r[0] for r in db.execute("SELECT id FROM section")]
    assert ids, "the index links numbered districts to their city (sections.py)"
    index.section_city(ids[0])      # the table is read here at the latest
    asked = []
    db.set_trace_callback(asked.append)
    try:
        got = {i: index.section_city(i) for i in ids}
        none = index.section_city(-1)
    finally:
        db.set_trace_callback(None)
    assert asked == [] and none is None
    for i in ids:
        row = _by_query(db, i)
        assert (got[i]["geonameid"], got[i]["name"], got[i]["countrycode"]) == row[:3]
        assert got[i]["primary"] and not got[i]["adjective"] and not got[i]["newsroom"]
    # a fresh dict each time: a caller may change its own copy
    assert index.section_city(ids[0]) is not index.section_city(ids[0])


def test_sheet_evidence_is_what_replace_gave():
    city = {"geonameid": 2759794, "name": "Amsterdam", "countrycode": "NL", "latitude": 52.37,
            "longitude": 4.89, "population": 741636}
    other = {**city, "geonameid": 2747891, "name": "Rotterdam", "latitude": 51.92, "longitude": 4.48}
    towns = sheet_towns([city, other, city, None])
    ev = Evidence(3, True, False, 6.5, 2.0, 741636, "binds", 1, True, False, positional=True, others=1,
                  key="amsterdam", unknown=0)
    place = Place()
    place.city, place.evidence = city, ev
    sheet_evidence(place, "nl", towns, city)
    want = replace(ev, lang="nl", same=1, at=(2759794, 52.37, 4.89), towns=towns)
    assert place.evidence == want and place.evidence.__dict__ == want.__dict__
    assert place.evidence.towns is towns and type(place.evidence) is Evidence
    assert round(place.evidence.km) == round(want.km) and ev.lang == ""    # the original untouched
