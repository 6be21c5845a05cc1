"""Templates, variables and codes, read back by ExifTool from real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from captionist import templates, variables
from captionist.codes import load_codes
from captionist.errors import RecordError
from captionist.model import CaptionRecord as _Record
from captionist.pipeline import Options, embed, process
from captionist.sources.store import load_library

from conftest import exiftool, make_jpeg

DATA = Path(__file__).parent / "data"


class CaptionRecord:
    """Records as a source gives them: variables checked and enabled."""

    @staticmethod
    def model_validate(data):
        return variables.with_variables(_Record.model_validate(data))


def lib(tmp_path, records, **kw):
    f = tmp_path / "records.json"
    import json
    f.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return load_library(f, **kw)


def test_template_chain_fills_what_the_record_does_not_set(tmp_path):
    rs = lib(tmp_path, [{"id": "IMG_1", "extends": "jan", "headline": "Dam", "creditLine": "Own credit",
                         "dateCreated": "2022-02-24", "policy": {"creditLine": "fill-empty"}}],
             templates=DATA / "templates.json")
    assert not rs.errors
    (r,) = rs.records
    assert r.creditLine == "Own credit"                       # the record wins
    assert r.creatorNames == ["Jan de Vries"]                 # from "jan"
    assert r.usageTerms == {"x-default": "Editorial use only"}  # from "agency", through "jan"
    assert r.policy == {"keywords": "union", "creditLine": "fill-empty"}
    assert r.match is None
    f = make_jpeg(tmp_path / "IMG_1.jpg")
    out = process(f, rs.records, Options(fsync=False))
    assert out.status == "written", out.to_dict()
    et = exiftool(f)
    assert et["XMP-dc:Rights"] == "© 2022 ANP" and et["IPTC:CopyrightNotice"] == "© 2022 ANP"
    assert et["XMP-iptcCore:CreatorContactInfo"] == {"CiAdrCity": "Amsterdam", "CiEmailWork": "jan@example.com"}
    assert et["IPTC:By-lineTitle"] == "Staff photographer"


def test_unknown_template_and_cycles_are_record_errors(tmp_path):
    t = tmp_path / "t.json"
    t.write_text('[{"id": "a", "extends": "b", "creditLine": "A"}, {"id": "b", "extends": "a"}]')
    rs = lib(tmp_path, [{"id": "x", "extends": "nope"}, {"id": "y", "extends": "a"}, {"id": "z", "headline": "ok"}],
             templates=t)
    assert [r.id for r in rs.records] == ["z"]
    msgs = {e.record_id: (e.field, e.reason) for e in rs.errors}
    assert msgs["x"][0] == "extends" and "unknown template 'nope'" in msgs["x"][1]
    assert "cycle" in msgs["y"][1]


def test_variables_in_the_records_language(tmp_path):
    f = make_jpeg(tmp_path / "AMS-7.jpg")     # Canon EOS R5, taken 2022-02-24 06:31:12+02:00
    r = CaptionRecord.model_validate({
        "id": "AMS-7", "cityName": "Amsterdam", "dateCreated": "2022-02-24",
        "description": {"nl": "{city}, {dateCreated:%-d %B %Y}: demonstratie. Foto {stem} ({exif:Model})",
                        "en": "{city}, {dateCreated:%B %-d, %Y}: protest."},
        "headline": "{{Live}} {filename} taken {taken:%A %H:%M}",
        "title": {"de": "{dateCreated:%d. %B %Y}", "fr": "le {dateCreated:%-d %B %Y}"}})
    out = embed(f, r, Options(fsync=False))
    assert out.status == "written", out.to_dict()
    et = exiftool(f)
    assert et["XMP-dc:Description-nl"] == "Amsterdam, 24 februari 2022: demonstratie. Foto AMS-7 (Canon EOS R5)"
    assert et["XMP-dc:Description-en"] == "Amsterdam, February 24, 2022: protest."
    assert et["IPTC:Caption-Abstract"] == et["XMP-dc:Description-nl"]   # nl is the first language
    # a plain text value is in the record's first language (nl)
    assert et["XMP-photoshop:Headline"] == "{Live} AMS-7.jpg taken donderdag 06:31"
    assert et["XMP-dc:Title-de"] == "24. Februar 2022" and et["XMP-dc:Title-fr"] == "le 24 février 2022"


def test_variable_falls_back_to_what_the_file_carries(tmp_path):
    import shutil

    from conftest import CORPUS
    f = tmp_path / "wire.jpg"
    shutil.copyfile(CORPUS / "reference" / "IPTC-PhotometadataRef-Std2021.1.jpg", f)
    r = CaptionRecord.model_validate({"id": "wire", "headline": "From {city}"})
    assert embed(f, r, Options(fsync=False)).status == "written"
    assert exiftool(f)["IPTC:Headline"] == "From City (Core) (ref2021.1)"


@pytest.mark.parametrize("text, why", [
    ("{nosuch}", "unknown variable {nosuch}"),
    ("{headline:%Y}", "not a date"),
    ("an { alone", "a lone '{'"),
    ("{exif:Model:%Y}", "exif:TagName, without a format"),
])
def test_unknown_variables_are_errors_at_load(tmp_path, text, why):
    rs = lib(tmp_path, [{"id": "v", "description": {"nl": text}}])
    (err,) = rs.errors
    assert isinstance(err, RecordError) and err.record_id == "v" and err.field == "description.nl"
    assert why in err.reason and not rs.records


def test_missing_value_is_an_error_for_that_file(tmp_path):
    f = make_jpeg(tmp_path / "x.jpg", camera=False)
    r = CaptionRecord.model_validate({"id": "x", "headline": "{exif:Model} in {city}"})
    out = embed(f, r, Options(fsync=False))
    assert out.status == "failed" and "record x: field headline: {exif:Model}: the file has no EXIF Model" in out.error
    assert "IPTC:Headline" not in exiftool(f)


def test_codes_from_tsv_and_json(tmp_path):
    rs = lib(tmp_path, [{"id": "c1", "creditLine": "#afp", "description": "Protest in #ams. ##1 in the news",
                         "keywords": ["#nl", "demo"]}], codes=DATA / "codes.tsv")
    assert not rs.errors
    (r,) = rs.records
    assert r.creditLine == "AFP via Getty Images"
    assert r.description == {"x-default": "Protest in Amsterdam, Netherlands. #1 in the news"}
    assert r.keywords == ["Netherlands", "demo"]
    assert load_codes(DATA / "codes.json") == {"anp": "ANP / Hollandse Hoogte", "ukr": "Ukraine"}


def test_unknown_code_is_an_error_and_without_codes_hash_is_text(tmp_path):
    rs = lib(tmp_path, [{"id": "c2", "creditLine": "#reuters"}, {"id": "c3", "headline": "ok"}],
             codes=DATA / "codes.tsv")
    (err,) = rs.errors
    assert (err.record_id, err.field) == ("c2", "creditLine") and "unknown code #reuters" in err.reason
    assert [r.id for r in rs.records] == ["c3"]
    rs = lib(tmp_path, [{"id": "c2", "creditLine": "#reuters"}])
    assert rs.records[0].creditLine == "#reuters"


def test_codes_are_not_expanded_inside_urls_or_words(tmp_path):
    codes = tmp_path / "codes.txt"
    codes.write_text("afp\tAFP via Getty Images\nanp\tANP\n", encoding="utf-8")
    rs = lib(tmp_path, [{"id": "u1", "creditLine": "#anp", "webstatementRights": "https://rights.example.com/terms#anp",
                         "description": "Zie https://example.com/a#afp of mail desk@anp.nl#anp; C#anp (#afp)",
                         "creatorContactInfo": {"weburlwork": "example.com/#anp", "emailwork": "x#anp@anp.nl"},
                         "licensors": [{"licensorName": "#anp", "licensorUrl": "rights.example.com/#anp"}],
                         "keywords": ["mailto:desk@anp.nl#anp", "#afp"]}], codes=codes)
    assert not rs.errors
    (r,) = rs.records
    assert r.creditLine == "ANP"
    assert r.webstatementRights == "https://rights.example.com/terms#anp"
    assert r.description == {"x-default": "Zie https://example.com/a#afp of mail desk@anp.nl#anp; C#anp "
                                          "(AFP via Getty Images)"}
    assert r.creatorContactInfo.weburlwork == "example.com/#anp"
    assert r.creatorContactInfo.emailwork == "x#anp@anp.nl"
    assert (r.licensors[0].licensorName, r.licensors[0].licensorUrl) == ("ANP", "rights.example.com/#anp")
    assert r.keywords == ["mailto:desk@anp.nl#anp", "AFP via Getty Images"]


def test_records_built_in_code_are_written_literally(tmp_path):
    f = make_jpeg(tmp_path / "lit.jpg")
    r = _Record.model_validate({"id": "lit", "headline": "{not a variable} and a lone }"})
    assert embed(f, r, Options(fsync=False)).status == "written"
    assert exiftool(f)["XMP-photoshop:Headline"] == "{not a variable} and a lone }"


def test_date_formats_keep_precision():
    assert variables.format_date("2022-02", "%B %Y", "nl") == "februari 2022"
    with pytest.raises(ValueError, match="needs a day"):
        variables.format_date("2022-02", "%d %B", "en")
    assert variables.format_date("2022-03-01", "%-d %b", "fr") == "1 mars"


def test_braces_in_the_files_own_text_go_in_literally(tmp_path):
    """A wire headline with braces, pulled in by {headline}, is data: not expanded, no crash."""
    import subprocess
    f = make_jpeg(tmp_path / "wire.jpg")
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-XMP-photoshop:Headline=Protest at {embassy} gates",
                    str(f)], check=True)
    rs = lib(tmp_path, [{"id": "wire", "description": "{headline} - Photo ANP"}])
    out = process(f, rs.records, Options(fsync=False))
    assert out.status == "written", out.to_dict()
    assert exiftool(f)["XMP-dc:Description"] == "Protest at {embassy} gates - Photo ANP"


def test_an_unexpected_error_fails_one_file_not_the_run(tmp_path, monkeypatch):
    from captionist import pipeline
    files_ = [make_jpeg(tmp_path / f"f{i}.jpg", seed=i) for i in range(3)]
    rs = lib(tmp_path, [{"id": f"f{i}", "headline": "kop"} for i in range(3)])
    real = pipeline.plan_for

    def boom(snap, record, options):
        if snap.path.name == "f1.jpg":
            raise KeyError("a bug")
        return real(snap, record, options)

    monkeypatch.setattr(pipeline, "plan_for", boom)
    outs = [process(f, rs.records, Options(fsync=False)) for f in files_]
    assert [o.status for o in outs] == ["written", "failed", "written"]
    assert "internal error" in outs[1].error and "was not changed" in outs[1].error
