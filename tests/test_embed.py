"""Embedding records: every field read back by ExifTool from IIM, XMP and EXIF; image data
byte-identical; camera EXIF kept; a second run changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import exiftool, image_data_hash, make_jpeg
from readback import compare

from captionist.cli import main
from captionist.model import CaptionRecord

LONG_CYRILLIC = ("Люди ховаються на станції метро «Золоті ворота» в Києві під час повітряної тривоги. " * 30).strip()

RECORDS = {
    "dutch": {
        "id": "dutch",
        "description": {"nl": "Een vrouw loopt langs een verwoest flatgebouw in Chuhuiv, Kharkiv Oblast op "
                              "24 februari 2022. Café ‘De Oekraïne’ bleef dicht; één man huilde.",
                        "en": "A woman walks past a destroyed apartment block in Chuhuiv."},
        "headline": "Russische aanval op Oekraïne",
        "title": {"nl": "Chuhuiv na de aanval", "en": "Chuhuiv after the strike"},
        "creatorNames": ["Aris Messinis"],
        "jobtitle": "Fotograaf",
        "creditLine": "Aris Messinis/AFP",
        "source": "AFP",
        "copyrightNotice": "© 2022 AFP",
        "usageTerms": {"nl": "Alleen redactioneel gebruik", "en": "Editorial use only"},
        "dateCreated": "2022-02-24T06:30:00+02:00",
        "cityName": "Chuhuiv",
        "provinceState": "Kharkiv Oblast",
        "countryName": "Oekraïne",
        "countryCode": "UKR",
        "sublocationName": "Centrum",
        "keywords": ["oorlog", "Oekraïne", "Rusland"],
        "subjectCodes": ["16009000"],
        "intellectualGenre": "Actuality",
        "jobid": "UKR-2022-0224",
        "instructions": "Embargo tot 06:00 uur",
        "captionWriter": "jdv",
        "locationsShown": [{"city": "Chuhuiv", "provinceState": "Kharkiv Oblast", "countryName": "Oekraïne",
                            "countryCode": "UKR", "name": {"nl": "Flatwijk", "en": "Housing estate"},
                            "gpsLatitude": 49.8353, "gpsLongitude": 36.6856, "identifiers": ["geonames:711660"]}],
        "locationCreated": [{"city": "Chuhuiv", "countryCode": "UKR"}],
        "eventName": {"nl": "Russische invasie van Oekraïne", "en": "Russian invasion of Ukraine"},
        "personInImageNames": ["Olena Kurylo"],
        "personsShown": [{"name": {"en": "Olena Kurylo"}, "description": {"en": "teacher"},
                          "identifiers": ["https://example.org/p/1"]}],
        "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
        "imageSupplierImageId": "AFP-32A84XY",
        "licensors": [{"licensorName": "AFP", "licensorUrl": "https://www.afp.com"}],
        "copyrightOwners": [{"copyrightOwnerName": "AFP"}],
        "webstatementRights": "https://example.org/rights",
        "dataMining": "http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED",
        "modelReleaseStatus": "http://ns.useplus.org/ldf/vocab/MR-NON",
        "creatorContactInfo": {"city": "Parijs", "emailwork": "photo@example.org"},
        "aiSystemUsed": "none",
        "imageRating": 4,
    },
    "cyrillic": {
        "id": "cyrillic",
        "description": {"uk": "Мешканці Києва ховаються в метро під час повітряної тривоги 24 лютого 2022 року.",
                        "nl": "Inwoners van Kyiv schuilen in de metro."},
        "headline": "Київ під обстрілом",
        "creatorNames": ["Олександр Коваленко", "Марія Шевченко"],
        "creditLine": "Олександр Коваленко/Reuters",
        "source": "Reuters",
        "copyrightNotice": "© 2022 Reuters — Київ",
        "dateCreated": "2022-02-24",
        "cityName": "Київ",
        "countryName": "Україна",
        "countryCode": "UKR",
        "keywords": ["війна", "Київ", "метро"],
        "locationsShown": [{"city": "Київ", "sublocation": "Станція «Золоті ворота»", "countryCode": "UKR",
                            "name": {"uk": "Метро", "en": "Metro"}}],
    },
    "overlimit": {
        "id": "overlimit",
        "description": LONG_CYRILLIC,
        "headline": "Ж" * 200,
        "creatorNames": ["Oleksandr Volodymyrovych Kovalenko-Shevchenko", "Ёжик"],
        "creditLine": "Oleksandr Kovalenko-Shevchenko/Agence France-Presse via Getty Images",
        "source": "Agence France-Presse via Getty Images",
        "copyrightNotice": "Copyright © 2022 Agence France-Presse, Getty Images and the photographer; all rights reserved; no reuse without written permission",
        "cityName": "Chuhuiv (Чугуїв), Kharkiv Oblast",
        "countryCode": "UKR",
        "keywords": ["een heel erg lang trefwoord dat niet in vierenzestig bytes van IIM past, echt niet",
                     "kort"],
        "dateCreated": "2022-02",
    },
    "xml": {
        "id": "xml",
        "description": 'Protest <b>"No war"</b> & </rdf:li><rdf:li>injected</rdf:li> ]]> <?xpacket end="w"?> ' "'quote'",
        "headline": "A & B < C > D \"E\"",
        "creatorNames": ["<script>alert(1)</script>"],
        "keywords": ["<tag>", "a&b", "\"q\""],
        "copyrightNotice": "&amp; literal",
        "dateCreated": "2022",
    },
}


def _embed(runner: CliRunner, image: Path, record: dict, tmp_path: Path, *extra: str):
    rec_file = tmp_path / f"{record['id']}.records.json"
    rec_file.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    return runner.invoke(main, ["embed", str(image), "--records", str(rec_file), "--json", *extra],
                         catch_exceptions=False)


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_every_field_reads_back_with_exiftool(name, tmp_path):
    record = RECORDS[name]
    image = make_jpeg(tmp_path / f"{record['id']}.jpg", camera=False)
    before_pixels = image_data_hash(image)
    res = _embed(CliRunner(), image, record, tmp_path)
    assert res.exit_code == 0, res.output
    out = json.loads(res.output.splitlines()[0])
    assert out["status"] == "written"
    et = exiftool(image, "-n")
    problems = compare(record, et)
    assert problems == []
    assert image_data_hash(image) == before_pixels
    # IIM declares UTF-8 (1:90 = ESC % G)
    assert et["IPTC:CodedCharacterSet"] == "\x1b%G"


def test_camera_exif_is_kept(tmp_path):
    image = make_jpeg(tmp_path / "dutch.jpg", camera=True)
    before = exiftool(image, "-n")
    res = _embed(CliRunner(), image, RECORDS["dutch"], tmp_path)
    assert res.exit_code == 0, res.output
    after = exiftool(image, "-n")
    assert compare(RECORDS["dutch"], after, exif_date=before["ExifIFD:DateTimeOriginal"]) == []
    for tag in ("IFD0:Make", "IFD0:Model", "ExifIFD:DateTimeOriginal", "ExifIFD:OffsetTimeOriginal",
                "ExifIFD:SerialNumber", "GPS:GPSLatitude", "GPS:GPSLongitude", "GPS:GPSLatitudeRef"):
        assert after.get(tag) == before.get(tag), tag


def test_iim_cut_is_reported_and_xmp_keeps_full_text(tmp_path):
    image = make_jpeg(tmp_path / "overlimit.jpg", camera=False)
    res = _embed(CliRunner(), image, RECORDS["overlimit"], tmp_path)
    out = json.loads(res.output.splitlines()[0])
    cut_fields = {w.split(":")[0] for w in out["warnings"]}
    assert {"description", "headline", "creatorNames", "creditLine", "source", "copyrightNotice",
            "cityName", "keywords"} <= cut_fields
    et = exiftool(image)
    assert et["XMP-dc:Description"] == LONG_CYRILLIC
    assert len(et["IPTC:Caption-Abstract"].encode()) <= 2000


def test_second_run_changes_nothing(tmp_path):
    image = make_jpeg(tmp_path / "dutch.jpg")
    runner = CliRunner()
    assert _embed(runner, image, RECORDS["dutch"], tmp_path).exit_code == 0
    first = image.read_bytes()
    mtime = image.stat().st_mtime_ns
    res = _embed(runner, image, RECORDS["dutch"], tmp_path)
    assert json.loads(res.output.splitlines()[0])["status"] == "unchanged"
    assert image.read_bytes() == first
    assert image.stat().st_mtime_ns == mtime  # not even rewritten


def test_dry_run_writes_nothing_and_reports_changes(tmp_path):
    image = make_jpeg(tmp_path / "dutch.jpg")
    original = image.read_bytes()
    res = _embed(CliRunner(), image, RECORDS["dutch"], tmp_path, "--dry-run")
    out = json.loads(res.output.splitlines()[0])
    assert out["status"] == "planned"
    assert {c["field"] for c in out["changes"]} >= {"description", "creatorNames", "locationsShown"}
    assert image.read_bytes() == original


def test_out_dir_leaves_original_untouched(tmp_path):
    image = make_jpeg(tmp_path / "cyrillic.jpg")
    original = image.read_bytes()
    outdir = tmp_path / "out"
    res = _embed(CliRunner(), image, RECORDS["cyrillic"], tmp_path, "--out", str(outdir))
    assert res.exit_code == 0, res.output
    assert image.read_bytes() == original
    assert compare(RECORDS["cyrillic"], exiftool(outdir / "cyrillic.jpg", "-n")) == []


def test_photoshop_iptc_digest_stays_current(tmp_path, corpus):
    """ExifTool's IPTC.jpg carries a Photoshop IPTC digest; after a write it must match the
    new IIM, or readers flag the XMP as out of sync."""
    image = tmp_path / "ref.jpg"
    shutil.copy(corpus / "formats" / "IPTC.jpg", image)
    assert exiftool(image).get("Photoshop:IPTCDigest")
    rec = {"id": "ref", "description": "Nieuw bijschrift", "creatorNames": ["Nieuwe Maker"]}
    res = _embed(CliRunner(), image, rec, tmp_path)
    assert res.exit_code == 0, res.output
    et = exiftool(image)
    assert et.get("Photoshop:IPTCDigest") == et.get("File:CurrentIPTCDigest")
    assert et["IPTC:Caption-Abstract"] == "Nieuw bijschrift"
    # fields the record does not name are kept as the file had them
    assert et["IPTC:Headline"] == exiftool(corpus / "formats" / "IPTC.jpg")["IPTC:Headline"]


def test_unmatched_file_exits_1_and_is_untouched(tmp_path):
    image = make_jpeg(tmp_path / "nobody.jpg")
    original = image.read_bytes()
    res = _embed(CliRunner(), image, RECORDS["dutch"], tmp_path)
    assert res.exit_code == 1
    assert json.loads(res.output.splitlines()[0])["status"] == "unmatched"
    assert image.read_bytes() == original


def test_read_json_returns_what_was_written(tmp_path):
    image = make_jpeg(tmp_path / "dutch.jpg", camera=False)
    _embed(CliRunner(), image, RECORDS["dutch"], tmp_path)
    res = CliRunner().invoke(main, ["read", "--json", str(image)])
    got = json.loads(res.output)
    want = CaptionRecord.model_validate(RECORDS["dutch"]).model_dump(mode="json", exclude_none=True)
    del want["id"]
    got.pop("file")
    assert got == want


SAMPLE_RECORDS = json.loads((Path(__file__).parents[1] / "samples" / "records.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("record", SAMPLE_RECORDS, ids=[r["id"] for r in SAMPLE_RECORDS])
def test_sample_records_read_back(record, tmp_path):
    src = next((Path(__file__).parents[1] / "samples" / "images").glob(record["id"] + ".*"))
    image = tmp_path / src.name
    shutil.copy(src, image)
    before = exiftool(image, "-n")
    pixels = image_data_hash(image) if image.suffix != ".tif" else None
    res = _embed(CliRunner(), image, record, tmp_path)
    assert res.exit_code == 0, res.output
    after = exiftool(image, "-n")
    webp = image.suffix == ".webp"
    camera_date = before.get("ExifIFD:DateTimeOriginal")
    assert compare(record, after, iim=not webp, exif_date=camera_date or "absent") == []
    for tag in ("IFD0:Make", "IFD0:Model", "ExifIFD:SerialNumber", "GPS:GPSLatitude"):
        assert after.get(tag) == before.get(tag), tag
    if pixels:
        assert image_data_hash(image) == pixels


def test_legacy_latin1_iim_is_read_and_transcoded(tmp_path):
    """IIM without 1:90 is cp1252/Latin-1 (IIM 4.2 default); captionist reads it so, and when it
    declares UTF-8 it re-encodes the datasets already there, so nothing turns into mojibake."""
    import subprocess
    image = make_jpeg(tmp_path / "legacy.jpg", camera=False)
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-charset", "iptc=cp1252",
                    "-IPTC:Caption-Abstract=Café in Kyiv © 2022 – één", "-IPTC:City=Kyïv", str(image)], check=True)
    raw = image.read_bytes()
    assert "Café".encode("cp1252") in raw and b"\x1b%G" not in raw   # truly legacy bytes
    res = CliRunner().invoke(main, ["read", "--json", str(image)])
    got = json.loads(res.output)
    assert got["description"] == "Café in Kyiv © 2022 – één" and got["cityName"] == "Kyïv"
    _embed(CliRunner(), image, {"id": "legacy", "headline": "Nieuwe kop"}, tmp_path)
    et = exiftool(image)
    assert et["IPTC:CodedCharacterSet"] == "UTF8"
    assert et["IPTC:Caption-Abstract"] == "Café in Kyiv © 2022 – één"
    assert et["IPTC:City"] == "Kyïv" and et["IPTC:Headline"] == "Nieuwe kop"


def test_a_created_exif_block_passes_exiftool_validate(tmp_path):
    """A JPEG without EXIF gets a complete block (the IFD0 and Exif IFD entries EXIF 2.32
    requires), not just the mirrored tags; ExifTool's -validate finds nothing to flag."""
    image = make_jpeg(tmp_path / "plain.jpg", camera=False)
    res = _embed(CliRunner(), image, {"id": "plain", "description": "Kyiv", "creatorNames": ["A"],
                                      "dateCreated": "2022-02-24T06:30:00+02:00"}, tmp_path)
    assert res.exit_code == 0, res.output
    assert exiftool(image, "-validate", "-warning")["ExifTool:Validate"] == "OK"
    et = exiftool(image)
    assert et["ExifIFD:ExifImageWidth"] == 64 and et["ExifIFD:ExifImageHeight"] == 48


def test_out_dir_never_overwrites(tmp_path):
    """Two inputs with one name, or a file already in --out: the later one fails, named,
    and what is in the output folder stays as it was."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = make_jpeg(tmp_path / "a" / "dutch.jpg", seed=1)
    second = make_jpeg(tmp_path / "b" / "dutch.jpg", seed=2)
    out = tmp_path / "out"
    rec = tmp_path / "r.json"
    rec.write_text(json.dumps([RECORDS["dutch"]], ensure_ascii=False), encoding="utf-8")
    res = CliRunner().invoke(main, ["embed", str(first), str(second), "--records", str(rec), "--out", str(out),
                                    "--json"])
    outs = [json.loads(line) for line in res.output.splitlines() if line.startswith('{"file"')]
    assert [o["status"] for o in outs] == ["written", "failed"]
    assert "not overwritten" in outs[1]["error"] and str(out / "dutch.jpg") in outs[1]["error"]
    assert image_data_hash(out / "dutch.jpg") == image_data_hash(first)
    assert res.exit_code == 1
    kept = (out / "dutch.jpg").read_bytes()
    res = CliRunner().invoke(main, ["embed", str(second), "--records", str(rec), "--out", str(out), "--json"])
    assert res.exit_code == 1 and (out / "dutch.jpg").read_bytes() == kept
    assert [p.name for p in out.iterdir()] == ["dutch.jpg"]   # no temp left behind


def test_a_time_without_zone_stays_out_of_iim(tmp_path):
    """IIM 2:60 is HHMMSS±HHMM; a caption sheet's '06:30' has no zone, and writing +00:00
    would shift the picture. XMP keeps the time; IIM gets the date alone; a warning says so."""
    image = make_jpeg(tmp_path / "zoneless.jpg", camera=False)
    res = _embed(CliRunner(), image, {"id": "zoneless", "dateCreated": "2022-02-24T06:30"}, tmp_path)
    out = json.loads(res.output.splitlines()[0])
    assert any("2:60" in w for w in out["warnings"])
    et = exiftool(image)
    assert et["XMP-photoshop:DateCreated"] == "2022:02:24 06:30"
    assert et["IPTC:DateCreated"] == "2022:02:24" and "IPTC:TimeCreated" not in et


def test_corrected_date_updates_the_exif_mirror_but_not_a_camera_time(tmp_path):
    image = make_jpeg(tmp_path / "d.jpg", camera=False)
    _embed(CliRunner(), image, {"id": "d", "dateCreated": "2022-02-24T06:30:00+02:00"}, tmp_path)
    res = _embed(CliRunner(), image, {"id": "d", "dateCreated": "2022-02-25T07:45:00+02:00"}, tmp_path)
    assert "mirrored the old Date Created" in res.output
    et = exiftool(image)
    assert et["ExifIFD:DateTimeOriginal"] == "2022:02:25 07:45:00" == et["XMP-photoshop:DateCreated"][:19]
    assert et["IPTC:DateCreated"] == "2022:02:25"
    # a camera's own capture time, different from the caption's date, is a fact: kept, and said
    cam = make_jpeg(tmp_path / "c.jpg", camera=True)
    res = _embed(CliRunner(), cam, {"id": "c", "dateCreated": "2022-02-25T07:45:00+02:00"}, tmp_path)
    assert "the capture time) differs and is kept" in res.output
    assert exiftool(cam)["ExifIFD:DateTimeOriginal"] == "2022:02:24 06:31:12"


def test_a_created_exif_block_states_the_jfif_resolution(tmp_path):
    from PIL import Image
    image = tmp_path / "dpi.jpg"
    Image.new("RGB", (40, 30), (10, 20, 30)).save(image, dpi=(300, 300))
    _embed(CliRunner(), image, {"id": "dpi", "description": "Drukwerk"}, tmp_path)
    et = exiftool(image, "-n")
    assert et["IFD0:XResolution"] == et["JFIF:XResolution"] == 300
    assert et["IFD0:ResolutionUnit"] == 2


def test_a_truncated_jpeg_is_flagged(tmp_path):
    whole = make_jpeg(tmp_path / "whole.jpg", size=(400, 300))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    res = _embed(CliRunner(), cut, {"id": "cut", "headline": "Half"}, tmp_path)
    out = json.loads(res.output.splitlines()[0])
    assert any("end marker" in w for w in out["warnings"])
    res = _embed(CliRunner(), whole, {"id": "whole", "headline": "Heel"}, tmp_path)
    assert not any("end marker" in w for w in json.loads(res.output.splitlines()[0])["warnings"])


def test_a_less_precise_date_replacing_a_precise_one_is_warned(tmp_path):
    image = make_jpeg(tmp_path / "p.jpg", camera=False)
    _embed(CliRunner(), image, {"id": "p", "dateCreated": "2022-02-24T07:15:08+02:00"}, tmp_path)
    res = _embed(CliRunner(), image, {"id": "p", "dateCreated": "2022-02-24"}, tmp_path)
    out = json.loads(res.output.splitlines()[0])
    assert any("less precise" in w for w in out["warnings"])
