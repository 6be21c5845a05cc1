"""Record sources: JSON, JSON Lines, CSV/TSV (spreadsheet exports), ExifTool -csv/-json, folders.

Every format is read from a real file in tests/data/ (written by hand), and ExifTool's own
exports are made at runtime from the IPTC reference images; what captionist reads from them is
embedded into a copy of IPTC-Empty.jpg and ExifTool reads it back.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from captionist.pipeline import Options, process
from captionist.reader import read_record
from captionist.sources import load_records
from captionist.sources.store import RecordStore
from captionist.standard import PROPS

from conftest import CORPUS, exiftool

DATA = Path(__file__).parent / "data"
REF = CORPUS / "reference"


def by_id(rs):
    return {r.id: r.model_dump(mode="json", exclude_none=True) for r in rs.records}


def errors(rs):
    return [str(e) for e in rs.errors]


def test_json_list_of_records():
    rs = load_records(DATA / "records.json")
    recs = by_id(rs)
    assert not rs.errors
    assert recs["kyiv-001"]["description"]["uk"].startswith("Дим")
    assert recs["kyiv-002"]["match"] == {"file": "DSC_00*.jpg"}


def test_jsonl_reports_bad_line_and_keeps_the_rest():
    rs = load_records(DATA / "records.jsonl")
    assert set(by_id(rs)) == {"lviv-001", "lviv-003"}
    (err,) = rs.errors
    assert err.line == 3 and err.record_id == "lviv-002" and err.field == "maxAvailWidth"
    assert str(err).startswith(f"{DATA / 'records.jsonl'}:3: record lviv-002: field maxAvailWidth:")


def test_csv_with_bom_lang_alt_lists_structures_and_type_conversion():
    rs = load_records(DATA / "records.csv")
    recs = by_id(rs)
    a = recs["ams-001"]
    assert a["description"] == {"x-default": "Crowd on Dam Square", "nl": "Menigte op de Dam"}
    assert a["keywords"] == ["Amsterdam", "protest", "Dam"]
    assert a["locationsShown"] == [{"city": "Amsterdam", "countryCode": "NLD"}, {"city": "Haarlem"}]
    assert a["maxAvailWidth"] == 1920                      # "1920" converted
    assert a["policy"] == {"keywords": "union"}
    assert recs["ams-003"]["match"] == {"jobid": "JOB-77"}
    # the quoted multi-line row starts on line 3 and is the bad one
    (err,) = rs.errors
    assert (err.line, err.record_id, err.field) == (3, "ams-002", "maxAvailWidth")


def test_excel_sep_line_and_semicolons():
    rs = load_records(DATA / "records-excel.csv")
    assert by_id(rs)["rot-001"] == {"id": "rot-001", "headline": "Port of Rotterdam", "dateCreated": "2022-03",
                                    "keywords": ["haven", "schip"]}
    (err,) = rs.errors
    assert (err.line, err.record_id, err.field) == (4, "rot-002", "dateCreated")


def test_cp1252_fallback():
    rec = by_id(load_records(DATA / "records-cp1252.csv"))["bxl-001"]
    assert rec["headline"] == "Café in Brussel"
    assert rec["copyrightNotice"] == "© 2022 Agence – tous droits"


def test_tsv_with_json_cell():
    rs = load_records(DATA / "records.tsv")
    assert by_id(rs)["utr-001"]["locationCreated"] == [{"city": "Utrecht", "countryName": "Netherlands"}]
    (err,) = rs.errors
    assert (err.line, err.record_id, err.field) == (3, "utr-002", "locationCreated")
    assert "not valid JSON" in err.reason


def test_unknown_column_is_reported_once_and_the_rows_are_used(tmp_path):
    f = tmp_path / "r.csv"
    f.write_text("id,headline,captoin\na,One,x\nb,Two,y\n", encoding="utf-8")
    rs = load_records(f)
    assert set(by_id(rs)) == {"a", "b"}
    (err,) = rs.errors
    assert err.line == 1 and err.field == "captoin"


def test_handwritten_exiftool_csv():
    rs = load_records(DATA / "exiftool.csv")
    rec = by_id(rs)["EXT-001"]
    assert rec["match"] == {"file": "EXT-001.jpg"}                     # SourceFile -> basename
    assert rec["description"] == {"x-default": "Protest in The Hague", "nl": "Protest in Den Haag"}
    assert rec["keywords"] == ["politics", "protest"]                   # ", " lists
    assert rec["dateCreated"] == "2022-02-26T14:05:00+01:00"            # no group: XMP date
    assert rec["creditLine"] == "ANP"
    assert rec["subjectCodes"] == ["11000000"]                          # IIM "IPTC:" prefix dropped
    assert rec["locationsShown"] == [{"city": "Den Haag", "countryCode": "NLD"}]   # flattened tags
    assert rec["modelReleaseStatus"] == "http://ns.useplus.org/ldf/vocab/MR-NAP"   # print label
    (err,) = rs.errors                                                   # Windows path, bad date
    assert (err.line, err.record_id, err.field) == (3, "EXT-002", "dateCreated")


def test_handwritten_exiftool_json():
    rs = load_records(DATA / "exiftool.json")
    rec = by_id(rs)["EXT-101"]
    assert rec["description"] == {"x-default": "Harbour at dawn", "nl": "Haven bij dageraad"}
    assert rec["keywords"] == ["harbour", "dawn"]                       # XMP wins over IIM
    assert rec["creatorNames"] == ["Piet Bakker"]                       # one item: a plain string
    assert rec["creatorContactInfo"] == {"city": "Rotterdam", "emailwork": "piet@example.com"}
    assert rec["dateCreated"] == "2022-02-27T07:10:00+01:00"            # IIM date + time
    loc = rec["locationsShown"][0]
    assert loc["city"] == "Rotterdam" and loc["gpsLatitude"] == pytest.approx(51.9)
    (err,) = rs.errors
    assert err.where.endswith("[record 2]") and err.field == "modelAges.0"


def test_exiftool_json_numbers_and_labels_as_exiftool_prints_them(tmp_path):
    """ExifTool prints numeric-looking text as a JSON number (kept as written) and closed
    vocabularies as labels (Image::ExifTool::PLUS): both come back as the file stores them."""
    path = tmp_path / "et.json"
    path.write_text('[{"SourceFile": "C:\\\\desk\\\\a.jpg", "XMP-iptcExt:AISystemVersionUsed": 1.10,'
                    ' "XMP-plus:MinorModelAgeDisclosure": "Age 14 or Under",'
                    ' "XMP-plus:Licensor": [{"LicensorName": "L", "LicensorTelephoneType1": "FAX"}],'
                    ' "XMP-iptcExt:LocationShown": [{"City": "X", "GPSLatitude": 1e-05}]}]', encoding="utf-8")
    rs = load_records(path)
    assert not rs.errors, errors(rs)
    rec = by_id(rs)["a"]
    assert rec["match"] == {"file": "a.jpg"}
    assert rec["aiSystemVersionUsed"] == "1.10"
    assert rec["minorModelAgeDisclosure"] == "http://ns.useplus.org/ldf/vocab/AG-U14"
    assert rec["licensors"][0]["licensorTelephoneType1"] == "http://ns.useplus.org/ldf/vocab/fax"
    assert rec["locationsShown"][0]["gpsLatitude"] == pytest.approx(1e-05)


def test_every_property_has_exiftool_names_matching_the_reference_table():
    import csv

    rows = {r["id"]: r for r in csv.DictReader(open(Path(CORPUS).parent / "reference" / "iptc-pmd-properties.tsv"),
                                               delimiter="\t")}
    for p in PROPS:
        row = rows[p.id]
        want = {"xmp": row["exiftool_XMP"], "iim": row["exiftool_IIM"].split("+")[0],
                "exif": row["exiftool_EXIF"].split("+")[0]}
        want = {k: v for k, v in want.items() if v}
        if p.id == "digitalImageGuid":
            want.pop("exif")   # EXIF ImageUniqueID is read for matching, never written
        assert p.exiftool == want, p.id


# ---------------------------------------------------------------- ExifTool's own exports


@pytest.fixture(scope="module")
def reference_exports(tmp_path_factory):
    """`exiftool -csv` / `-json` of the IPTC reference image, in the forms desks use."""
    d = tmp_path_factory.mktemp("exports")
    ref = REF / "IPTC-PhotometadataRef-Std2021.1.jpg"
    forms = {"json-struct-g1.json": ["-json", "-struct", "-G1"], "json-plain.json": ["-json"],
             "csv-struct-g1.csv": ["-csv", "-struct", "-G1"], "csv-plain.csv": ["-csv"],
             "csv-n.csv": ["-csv", "-n"]}
    for name, args in forms.items():
        out = subprocess.run(["exiftool", "-q", *args, str(ref)], capture_output=True, check=True).stdout
        (d / name).write_bytes(out)
    return d


# with -struct nothing is lost; flattened exports carry only the structures ExifTool flattens
# in a way that can be taken apart again (see docs/records.md)
LOSSLESS = ("json-struct-g1.json", "csv-struct-g1.csv")
FLAT = ("json-plain.json", "csv-plain.csv", "csv-n.csv")
FLAT_LOST = {"aboutCvTerms", "artworkOrObjects", "embdEncRightsExprs", "genres", "imageRegion",
             "linkedEncRightsExprs", "personsShown", "productsShown", "registryEntries", "locationsShown"}


@pytest.mark.parametrize("name", LOSSLESS + FLAT)
def test_exiftool_export_of_reference_image_reads_as_the_file_does(reference_exports, name):
    ref = REF / "IPTC-PhotometadataRef-Std2021.1.jpg"
    want, _ = read_record(ref)
    want = want.model_dump(mode="json", exclude_none=True)
    rs = load_records(reference_exports / name)
    assert not rs.errors, errors(rs)
    (rec,) = rs.records
    got = rec.model_dump(mode="json", exclude_none=True)
    assert got.pop("id") == ref.stem and got.pop("match") == {"file": ref.name}
    lost = set() if name in LOSSLESS else FLAT_LOST
    for key in set(want) | set(got):
        if key in lost:
            continue
        assert got.get(key) == want.get(key), key
    if name in FLAT:   # two Locations Shown come back as two, without their identifier lists
        assert [loc["city"] for loc in got["locationsShown"]] == [loc["city"] for loc in want["locationsShown"]]


def test_exiftool_export_embeds_into_an_empty_file(tmp_path, reference_exports):
    """The desk's ExifTool CSV, used as it is: ExifTool reads the same values back."""
    ref = REF / "IPTC-PhotometadataRef-Std2021.1.jpg"
    target = tmp_path / ref.name
    shutil.copyfile(REF / "IPTC-Empty.jpg", target)
    rs = load_records(reference_exports / "csv-struct-g1.csv")
    out = process(target, rs.records, Options(fsync=False))
    assert out.status == "written", out.to_dict()
    assert out.grade == "strong"
    got, want = exiftool(target), exiftool(ref)
    for tag in ("IPTC:Caption-Abstract", "XMP-dc:Description", "IPTC:By-line", "XMP-dc:Creator",
                "XMP-iptcExt:LocationShown", "XMP-plus:Licensor", "XMP-iptcExt:ImageRegion",
                "XMP-photoshop:DateCreated", "IPTC:Keywords", "XMP-iptcCore:CreatorContactInfo",
                "XMP-plus:ModelReleaseStatus", "XMP-iptcExt:ArtworkOrObject"):
        assert got[tag] == want[tag], tag


# ---------------------------------------------------------------- folders and reloading


def test_folder_reads_every_format_and_reports_all_problems():
    rs = load_records(DATA)
    ids = {r.id for r in rs.records}
    assert {"kyiv-001", "lviv-001", "ams-001", "rot-001", "bxl-001", "utr-001", "EXT-001", "EXT-101"} <= ids
    lines = {(Path(e.where.split(":")[0].split(" [")[0]).name, getattr(e, "line", None)) for e in rs.errors}
    assert ("records.csv", 3) in lines and ("records.jsonl", 3) in lines and ("records-excel.csv", 4) in lines


def test_record_store_reloads_only_on_change(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "a.json").write_text('{"id": "a", "headline": "A"}', encoding="utf-8")
    store = RecordStore(folder)
    assert [r.id for r in store.records] == ["a"] and store.version == 1
    assert store.reload_if_changed() is False and store.version == 1
    (folder / "b.csv").write_text("id,headline\nb,B\n", encoding="utf-8")
    assert store.reload_if_changed() is True and store.version == 2
    assert sorted(r.id for r in store.records) == ["a", "b"]
    # a rewrite with the same size is still seen (mtime)
    st = (folder / "a.json").stat()
    (folder / "a.json").write_text('{"id": "a", "headline": "Z"}', encoding="utf-8")
    os.utime(folder / "a.json", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))
    assert store.reload_if_changed() is True and store.version == 3
    assert {r.id: r.headline for r in store.records}["a"] == "Z"
    (folder / "b.csv").unlink()
    assert store.reload_if_changed() is True and [r.id for r in store.records] == ["a"]
    assert store.version == 4


def test_bad_row_in_10000_row_csv(tmp_path):
    f = tmp_path / "archive.csv"
    rows = ["id,headline,keywords,dateCreated,maxAvailWidth"]
    for i in range(1, 10_001):
        date = "2022-02-30" if i == 7345 else f"2022-02-{(i % 28) + 1:02d}"
        rows.append(f"scan-{i:05d},Scan {i},archive; scan,{date},{1000 + i}")
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    rs = load_records(f)   # its speed: bench/records_load.py
    assert len(rs.records) == 9_999
    (err,) = rs.errors
    assert err.line == 7346 and err.record_id == "scan-07345" and err.field == "dateCreated"
    assert str(err).startswith(f"{f}:7346: record scan-07345: field dateCreated:")


# ---------------------------------------------------------------- review fixes (ifix)


@pytest.mark.parametrize("args", [["-csv"], ["-json"], ["-csv", "-n"]])
def test_ungrouped_exiftool_date_created_keeps_its_time(tmp_path, args):
    """Without -G, `DateCreated` is the IIM date only; its time comes from `TimeCreated`."""
    img = tmp_path / "shelter.jpg"
    shutil.copyfile(Path(__file__).parents[1] / "samples" / "images" / "kyiv-metro-shelter.jpg", img)
    recs = tmp_path / "records.json"
    recs.write_text('[{"id": "shelter", "description": "Kyiv metro", "dateCreated": "2022-02-24T07:15:00+02:00"}]')
    assert process(img, load_records(recs).records, Options(fsync=False)).status == "written"
    out = subprocess.run(["exiftool", "-q", *args, str(img)], capture_output=True, check=True).stdout
    src = tmp_path / ("export.json" if "-json" in args else "export.csv")
    src.write_bytes(out)
    rs = load_records(src)
    assert not rs.errors, errors(rs)
    assert by_id(rs)["shelter"]["dateCreated"] == "2022-02-24T07:15:00+02:00"


def test_flattened_exiftool_structures_are_not_rebuilt_by_guessing(tmp_path):
    csv_src = tmp_path / "flat.csv"
    csv_src.write_text(
        "SourceFile,XMP-iptcExt:LocationShownCity,XMP-iptcExt:LocationShownCountryCode,"
        "XMP-plus:LicensorName,XMP-plus:LicensorURL\n"
        'a.jpg,,,"Getty Images, Inc.",https://gettyimages.com\n'
        'b.jpg,"Kyiv, Kharkiv",UKR,,\n'
        'c.jpg,"Kyiv, Kharkiv","UKR, UKR","Getty Images, Inc.",\n', encoding="utf-8")
    rs = load_records(csv_src)
    assert not rs.errors, errors(rs)
    got = by_id(rs)
    # counts disagree: skipped with a warning naming file, line and field
    assert "licensors" not in got["a"] and "locationsShown" not in got["b"]
    assert any(w.startswith(f"{csv_src}:2:") and "XMP-plus:LicensorName" in w for w in rs.warnings), rs.warnings
    assert any(w.startswith(f"{csv_src}:3:") and "LocationShownCity" in w for w in rs.warnings), rs.warnings
    # counts agree: two locations; a lone field keeps its ", " (one licensor, not two)
    assert got["c"]["locationsShown"] == [{"city": "Kyiv", "countryCode": "UKR"},
                                          {"city": "Kharkiv", "countryCode": "UKR"}]
    assert got["c"]["licensors"] == [{"licensorName": "Getty Images, Inc."}]

    json_src = tmp_path / "flat.json"
    json_src.write_text(json.dumps([
        {"SourceFile": "a.jpg", "XMP-plus:LicensorName": "Getty Images, Inc.",
         "XMP-plus:LicensorURL": "https://gettyimages.com"},
        {"SourceFile": "b.jpg", "XMP-iptcExt:LocationShownCity": ["Kyiv", "Kharkiv"],
         "XMP-iptcExt:LocationShownCountryCode": "UKR"},
        {"SourceFile": "c.jpg", "LocationShownCity": ["Kyiv", "Kharkiv"],
         "LocationShownLocationName": ["Maidan", "Square"],
         "LocationShownLocationName-nl": ["Maidanplein", "Plein"]},
        {"SourceFile": "d.jpg", "CreatorWorkEmail": ["a@example.com", "b@example.com"]}]), encoding="utf-8")
    rs = load_records(json_src)
    assert not rs.errors, errors(rs)
    got = by_id(rs)
    assert got["a"]["licensors"] == [{"licensorName": "Getty Images, Inc.", "licensorUrl": "https://gettyimages.com"}]
    assert "locationsShown" not in got["b"]   # never "['Kyiv', 'Kharkiv']"
    assert any(w.startswith(f"{json_src} [record 2]:") and "LocationShownCity" in w for w in rs.warnings)
    assert got["c"]["locationsShown"] == [
        {"city": "Kyiv", "name": {"x-default": "Maidan", "nl": "Maidanplein"}},
        {"city": "Kharkiv", "name": {"x-default": "Square", "nl": "Plein"}}]
    assert "creatorContactInfo" not in got["d"]
    assert any(w.startswith(f"{json_src} [record 4]:") and "CreatorWorkEmail" in w for w in rs.warnings)


def test_utf8_file_with_one_stray_byte_stays_utf8_with_a_warning(tmp_path):
    src = tmp_path / "records.csv"
    src.write_bytes("id,headline,description\n"
                    "kyiv-1,Київ: метро,Schuilen in de metro – één nacht\n".encode("utf-8")
                    + b"kyiv-2,Caf\xe9 in Kyiv,Ukrainian text\n")
    rs = load_records(src)
    assert not rs.errors, errors(rs)
    got = by_id(rs)
    assert got["kyiv-1"]["headline"] == "Київ: метро"
    assert got["kyiv-1"]["description"] == "Schuilen in de metro – één nacht"
    assert got["kyiv-2"]["headline"] == "Caf\ufffd in Kyiv"
    offset = src.read_bytes().index(b"\xe9")
    assert [w for w in rs.warnings if f"{src}:3:" in w and f"byte {offset}" in w], rs.warnings
    # the same in an ExifTool CSV
    et = tmp_path / "et.csv"
    et.write_bytes("SourceFile,Headline\nkyiv-1.jpg,Київ\n".encode("utf-8") + b"kyiv-2.jpg,Caf\xe9\n")
    rs = load_records(et)
    assert by_id(rs)["kyiv-1"]["headline"] == "Київ" and any(f"{et}:3:" in w for w in rs.warnings)


def test_whole_json_and_numbered_column_of_one_property_is_a_row_error(tmp_path):
    src = tmp_path / "records.csv"
    src.write_text('id,locationsShown,locationsShown.1.city\n'
                   '"kyiv-1","[{""city"": ""Kyiv""}]",Lviv\n'
                   'kyiv-2,,Lviv\n', encoding="utf-8")
    rs = load_records(src)
    (err,) = rs.errors
    assert (err.line, err.field, err.record_id) == (2, "locationsShown.1.city", "kyiv-1"), str(err)
    assert by_id(rs) == {"kyiv-2": {"id": "kyiv-2", "locationsShown": [{"city": "Lviv"}]}}
    rev = tmp_path / "reversed.csv"
    rev.write_text('id,locationsShown.1.city,locationsShown\nk,Lviv,"[{""city"": ""Kyiv""}]"\n', encoding="utf-8")
    (err,) = load_records(rev).errors
    assert (err.line, err.field) == (2, "locationsShown")


def test_record_store_keeps_a_files_records_when_its_reader_crashes(tmp_path, monkeypatch):
    from captionist.sources import loader

    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "a.json").write_text('{"id": "a", "headline": "A"}', encoding="utf-8")
    (folder / "b.json").write_text('{"id": "b", "headline": "B"}', encoding="utf-8")
    store = RecordStore(folder)
    assert sorted(r.id for r in store.records) == ["a", "b"]
    real = loader.load_records

    def crashing(path, fmt=None):
        if Path(path).name == "b.json":
            raise AttributeError("'list' object has no attribute 'get'")
        return real(path, fmt)

    monkeypatch.setattr(loader, "load_records", crashing)
    (folder / "a.json").write_text('{"id": "a", "headline": "AA"}', encoding="utf-8")
    (folder / "b.json").write_text('{"id": "b", "headline": "BB"}', encoding="utf-8")
    assert store.reload_if_changed() is True
    assert {r.id: r.headline for r in store.records} == {"a": "AA", "b": "B"}
    (err,) = store.errors
    assert "b.json" in str(err) and "AttributeError" in str(err)
    assert any("b.json" in k for k in store.kept)


def test_text_cells_starting_with_a_bracket_are_text(tmp_path):
    src = tmp_path / "records.csv"
    src.write_text('id,description,description.nl,headline,keywords,locationsShown\n'
                   'a,[ARCHIEF] Kyiv in 1990,[ARCHIEF] Kiev in 1990,[UPDATE] Kyiv,[archief]; Kyiv,\n'
                   'b,{not json},,,"[""Kyiv"", ""metro""]","[{""city"": ""Kyiv""}]"\n', encoding="utf-8")
    rs = load_records(src)
    assert not rs.errors, errors(rs)
    got = by_id(rs)
    assert got["a"]["description"] == {"x-default": "[ARCHIEF] Kyiv in 1990", "nl": "[ARCHIEF] Kiev in 1990"}
    assert got["a"]["headline"] == "[UPDATE] Kyiv"
    assert got["a"]["keywords"] == ["[archief]", "Kyiv"]
    assert got["b"]["description"] == "{not json}"
    assert got["b"]["keywords"] == ["Kyiv", "metro"]
    assert got["b"]["locationsShown"] == [{"city": "Kyiv"}]


# found by the API's schema fuzzer: a CSV body of one quote raised csv.Error out of the loader
@pytest.mark.parametrize("body, where, message", [
    ('"', 1, "not valid CSV: the header row: unexpected end of data"),
    ('sep=;\n"id;headline\n', 2, "not valid CSV: the header row: unexpected end of data"),
    ('SourceFile,"', 1, "not valid CSV: the header row: unexpected end of data"),
    ('SourceFile,Headline\n"a.jpg,Stray\n', 2,
     "not valid CSV: unexpected end of data (a quote opened on line 2 or after is never closed)"),
    ('SourceFile,Headline\na.jpg,"x"y"\n', 2, "not valid CSV: ',' expected after '\"'"),
])
def test_broken_csv_quoting_is_an_error_naming_the_line(tmp_path, body, where, message):
    path = tmp_path / "records.csv"
    path.write_text(body, encoding="utf-8")
    rs = load_records(path)
    assert rs.records == []
    assert [str(e) for e in rs.errors] == [f"{path}:{where}: {message}"]
