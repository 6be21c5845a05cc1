"""Metadata fidelity (issue 10): what the record sets reads back, and nothing else moves.

Every check reads the written file back with ExifTool."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from conftest import CORPUS, SAMPLES, exiftool, make_jpeg
from PIL import Image

from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed
from captionist.validate import check_records

RECONCILE = CORPUS / "reconcile" / "metadata_demo_iim_and_xmp_only.jpg"


def _record(**kw) -> CaptionRecord:
    return CaptionRecord.model_validate({"id": "r", **kw})


def _write(path: Path, **kw):
    out = embed(path, _record(**kw), Options(fsync=False))
    assert out.status == "written", out.error
    return out


def _mwg(path: Path) -> dict:
    out = subprocess.run(["exiftool", "-j", "-use", "MWG", "-G1", "-MWG:all", str(path)],
                         capture_output=True, check=True)
    return {k: v for k, v in json.loads(out.stdout)[0].items() if k.startswith("MWG:")}


def _warnings(path) -> set[str]:
    """Every warning of `exiftool -validate -warning -a` (the text form: JSON keeps one)."""
    out = subprocess.run(["exiftool", "-validate", "-warning", "-a", "-s", str(path)], capture_output=True, check=True)
    lines = out.stdout.decode("utf-8").splitlines()
    return {line.split(":", 1)[1].strip() for line in lines if line.startswith("Warning")}


# --- item 2: a stale IPTC digest stays stale ---------------------------------------------------

def test_stale_iptc_digest_keeps_what_mwg_readers_show_for_untouched_fields(tmp_path):
    path = tmp_path / "demo.jpg"
    shutil.copyfile(RECONCILE, path)
    before = _mwg(path)
    assert "(IIM)" in before["MWG:Copyright"]          # the stale digest makes MWG read the IIM
    _write(path, headline="Desk headline", description="Desk caption")
    after = _mwg(path)
    assert after.pop("MWG:Description") == "Desk caption"
    before.pop("MWG:Description")
    assert after == before
    et = exiftool(path, "-XMP-photoshop:Headline", "-IPTC:Headline")
    assert et["XMP-photoshop:Headline"] == et["IPTC:Headline"] == "Desk headline"


def test_current_iptc_digest_is_refreshed(tmp_path):
    path = tmp_path / "d.jpg"
    shutil.copyfile(RECONCILE, path)
    # make the digest current first: MWG readers then show the XMP values
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-IPTCDigest=new", str(path)], check=True)
    before = _mwg(path)
    assert "(XMP)" in before["MWG:Copyright"]
    _write(path, headline="New", description="Desk caption")
    et = exiftool(path, "-IPTCDigest", "-CurrentIPTCDigest")
    assert et["Photoshop:IPTCDigest"] == et["File:CurrentIPTCDigest"]
    after = _mwg(path)
    assert after.pop("MWG:Description") == "Desk caption"
    before.pop("MWG:Description")
    assert after == before


# --- item 3: IIM record versions ----------------------------------------------------------------

def test_iim_gets_record_version_datasets(tmp_path):
    path = make_jpeg(tmp_path / "v.jpg", camera=False)
    _write(path, headline="Kyiv")
    et = exiftool(path, "-IPTC:all")
    assert et["IPTC:EnvelopeRecordVersion"] == 4
    assert et["IPTC:ApplicationRecordVersion"] == 4
    assert et["IPTC:Headline"] == "Kyiv"


def test_existing_record_version_is_kept(tmp_path):
    path = tmp_path / "demo.jpg"
    shutil.copyfile(RECONCILE, path)
    _write(path, headline="Kyiv")
    assert exiftool(path, "-IPTC:ApplicationRecordVersion")["IPTC:ApplicationRecordVersion"] == 3


# --- item 4: country codes ------------------------------------------------------------------------

def test_alpha2_country_code_goes_to_iim_as_alpha3(tmp_path):
    path = make_jpeg(tmp_path / "c.jpg", camera=False)
    _write(path, countryCode="UA")
    et = exiftool(path, "-IPTC:Country-PrimaryLocationCode", "-XMP-iptcCore:CountryCode")
    assert et["IPTC:Country-PrimaryLocationCode"] == "UKR"
    assert et["XMP-iptcCore:CountryCode"] == "UA"
    assert not any("Country" in w for w in _warnings(path))


def test_unknown_country_code_warns_and_stays_out_of_iim(tmp_path):
    path = make_jpeg(tmp_path / "c.jpg", camera=False)
    out = _write(path, countryCode="QZ")
    assert any("countryCode" in w and "QZ" in w for w in out.warnings)
    et = exiftool(path, "-IPTC:Country-PrimaryLocationCode", "-XMP-iptcCore:CountryCode")
    assert "IPTC:Country-PrimaryLocationCode" not in et
    assert et["XMP-iptcCore:CountryCode"] == "QZ"


def test_validate_warns_about_an_unknown_country_code(tmp_path):
    records = tmp_path / "r.json"
    records.write_text(json.dumps([{"id": "a", "countryCode": "QZ"}, {"id": "b", "countryCode": "NL"}]))
    problems = [p for p in check_records(records) if p.field == "countryCode"]
    assert [p.record for p in problems] == ["a"]


# --- item 5: duplicate keywords ----------------------------------------------------------------

def test_duplicate_keywords_are_dropped_with_a_warning(tmp_path):
    path = make_jpeg(tmp_path / "k.jpg", camera=False)
    out = _write(path, keywords=["Kyiv", "war", "Kyiv"])
    assert any("keywords" in w and "'Kyiv'" in w for w in out.warnings)
    et = exiftool(path, "-IPTC:Keywords", "-XMP-dc:Subject")
    assert et["IPTC:Keywords"] == et["XMP-dc:Subject"] == ["Kyiv", "war"]
    records = tmp_path / "r.json"
    records.write_text(json.dumps([{"id": "a", "keywords": ["x", "x"]}]))
    assert [p.field for p in check_records(records) if "duplicate" in p.message] == ["keywords"]


# --- item 6: TIFF without an Exif IFD -------------------------------------------------------------

def test_tiff_without_exif_ifd_gets_no_flagged_entries(tmp_path):
    path = tmp_path / "t.tif"
    Image.new("RGB", (32, 24), (10, 20, 30)).save(path, compression="tiff_lzw")
    before = _warnings(path)
    pixels = Image.open(path).tobytes()
    _write(path, description="Kyiv", dateCreated="2022-02-24T07:15:00+02:00")
    et = exiftool(path, "-ExifIFD:all")
    assert et["ExifIFD:DateTimeOriginal"] == "2022:02:24 07:15:00"
    assert et["ExifIFD:ColorSpace"] == "sRGB"          # not "Uncalibrated": no profile says otherwise
    assert "ExifIFD:ExifImageWidth" not in et
    assert _warnings(path) <= before
    assert Image.open(path).tobytes() == pixels


# --- validate: no new warning on any bundled sample -------------------------------------------------

def test_samples_written_gain_no_validate_warning(tmp_path):
    records = json.loads((SAMPLES / "records.json").read_text())
    by_id = {r["id"]: r for r in records}
    seen = set()
    for src in sorted((SAMPLES / "images").iterdir()):
        path = tmp_path / src.name
        shutil.copyfile(src, path)
        path.chmod(0o644)
        before = _warnings(path)
        rec = dict(by_id[src.stem], countryCode="UA", keywords=["Kyiv", "Kyiv", "war"])
        out = embed(path, CaptionRecord.model_validate(rec), Options(fsync=False))
        assert out.status == "written", out.error
        new = _warnings(path) - before
        assert not new, f"{src.name}: {new}"
        seen.add(src.suffix.lower())
    assert {".jpg", ".tif", ".png", ".webp"} <= seen


# --- item 8: replace on a language alternative ---------------------------------------------------

WIRE_LANGS = {"x-default": "Wire caption", "en": "Wire caption", "de": "Agenturtext"}


def test_replace_with_named_languages_keeps_the_files_other_languages(tmp_path):
    path = make_jpeg(tmp_path / "l.jpg", camera=False)
    _write(path, description=WIRE_LANGS)
    dry = embed(path, _record(description={"nl": "Bijschrift"}), Options(fsync=False, dry_run=True))
    assert dry.status == "planned"
    note = [w for w in dry.warnings if w.startswith("description:")]
    assert note and "en, de" in note[0] and "kept" in note[0]
    out = _write(path, description={"nl": "Bijschrift"})
    assert out.warnings == dry.warnings
    et = exiftool(path, "-XMP-dc:Description*", "-IPTC:Caption-Abstract")
    assert et["XMP-dc:Description"] == et["IPTC:Caption-Abstract"] == "Bijschrift"
    assert et["XMP-dc:Description-nl"] == "Bijschrift"
    assert et["XMP-dc:Description-en"] == "Wire caption"
    assert et["XMP-dc:Description-de"] == "Agenturtext"
    # idempotent: the same record again changes nothing
    assert embed(path, _record(description={"nl": "Bijschrift"}), Options(fsync=False)).status == "unchanged"


def test_replace_with_one_text_drops_the_other_languages_and_says_so(tmp_path):
    path = make_jpeg(tmp_path / "l.jpg", camera=False)
    _write(path, description=WIRE_LANGS)
    dry = embed(path, _record(description="Desk caption"), Options(fsync=False, dry_run=True))
    note = [w for w in dry.warnings if w.startswith("description:")]
    assert note and "en, de" in note[0] and "removed" in note[0]
    _write(path, description="Desk caption")
    et = exiftool(path, "-XMP-dc:Description*")
    assert et == {k: v for k, v in et.items() if not k.startswith("XMP-dc:Description-")}
    assert et["XMP-dc:Description"] == "Desk caption"


# --- item 9: foreign namespace URIs --------------------------------------------------------------

def test_foreign_namespace_uri_is_kept(tmp_path):
    path = tmp_path / "demo.jpg"
    shutil.copyfile(RECONCILE, path)
    assert b"xmlns:MicrosoftPhoto='http://ns.microsoft.com/photo/1.0'" in path.read_bytes()
    before = _warnings(path)
    rating = exiftool(path, "-XMP-microsoft:all")
    _write(path, headline="Kyiv")
    data = path.read_bytes()
    assert b'xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0"' in data
    assert b"http://ns.microsoft.com/photo/1.0/" not in data
    assert _warnings(path) <= before
    assert exiftool(path, "-XMP-microsoft:all") == rating


def test_foreign_namespace_uri_is_kept_in_a_sidecar(tmp_path):
    raw = tmp_path / "shot.cr2"
    shutil.copyfile(CORPUS / "formats" / "sample.cr2", raw)
    side = tmp_path / "shot.xmp"
    side.write_text('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
                    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                    '<rdf:Description rdf:about="" xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0" '
                    'MicrosoftPhoto:Rating="3"/></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>', encoding="utf-8")
    _write(raw, headline="Kyiv")
    text = side.read_text(encoding="utf-8")
    assert 'xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0"' in text
    et = exiftool(side, "-XMP:all")
    assert et["XMP-photoshop:Headline"] == "Kyiv"
    assert et["XMP-microsoft:RatingPercent"] == 3 or any("Rating" in k for k in et)


NS_PACKET = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">'
             '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
             'xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0" MicrosoftPhoto:Rating="3"/>'
             '</rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>')


def test_foreign_namespace_uri_is_kept_in_png_webp_and_tiff(tmp_path):
    from PIL import PngImagePlugin

    im = Image.new("RGB", (16, 16), (1, 2, 3))
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", NS_PACKET)
    im.save(tmp_path / "ns.png", pnginfo=info)
    im.save(tmp_path / "ns.webp", xmp=NS_PACKET.encode(), lossless=True)
    im.save(tmp_path / "ns.tif", tiffinfo={700: NS_PACKET.encode()})
    for name in ("ns.png", "ns.webp", "ns.tif"):
        path = tmp_path / name
        pixels = Image.open(path).tobytes()
        before = _warnings(path)
        _write(path, headline="Kyiv", description="Київ")
        data = path.read_bytes()
        assert b'xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0"' in data, name
        assert b"http://ns.microsoft.com/photo/1.0/" not in data, name
        assert _warnings(path) <= before, name
        et = exiftool(path, "-XMP:all")
        assert et["XMP-photoshop:Headline"] == "Kyiv"
        assert et["XMP-dc:Description"] == "Київ"
        assert Image.open(path).tobytes() == pixels


def test_append_says_which_items_the_file_had_already(tmp_path):
    path = make_jpeg(tmp_path / "k.jpg", camera=False)
    _write(path, keywords=["Kyiv", "war"])
    out = embed(path, _record(keywords=["war", "metro"], policy={"keywords": "append"}), Options(fsync=False))
    assert out.status == "written", out.error
    assert any(w.startswith("keywords: 'war' already in the file") for w in out.warnings)
    assert exiftool(path, "-XMP-dc:Subject")["XMP-dc:Subject"] == ["Kyiv", "war", "metro"]


def test_untouched_xmp_and_iim_values_read_the_same(tmp_path):
    """Across the corpus's XMP-bearing files, a headline write changes the headline (and the
    XMP toolkit name), nothing else ExifTool reads from XMP or IIM; a legacy rdf:about (XMP.jpg,
    a UTF-16 packet) is not turned into an invented xmpMM:InstanceID."""
    names = ["XMP.jpg", "xmp.jpeg", "xmp.png", "xmp.webp", "xmp.tiff"]
    files = [CORPUS / "formats" / n for n in names] + [RECONCILE]
    for src in files:
        path = tmp_path / src.name
        shutil.copyfile(src, path)
        path.chmod(0o644)
        before = exiftool(path, "-XMP:all", "-IPTC:all")
        _write(path, headline="Kyiv")
        after = exiftool(path, "-XMP:all", "-IPTC:all")
        assert after.pop("XMP-photoshop:Headline") == "Kyiv"
        assert after.pop("IPTC:Headline", "Kyiv") == "Kyiv"
        moved = {k: (before.get(k), after.get(k)) for k in set(before) | set(after)
                 if before.get(k) != after.get(k) and k not in ("XMP-photoshop:Headline", "IPTC:Headline",
                                                                "XMP-x:XMPToolkit", "SourceFile")
                 and not (before.get(k) is None and k in ("IPTC:CodedCharacterSet", "IPTC:EnvelopeRecordVersion",
                                                          "IPTC:ApplicationRecordVersion"))}
        assert not moved, f"{src.name}: {moved}"
