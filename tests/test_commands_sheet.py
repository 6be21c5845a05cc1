"""`captionist parse` output feeds straight into `embed`: the n-th caption captions the n-th picture."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import exiftool, make_jpeg

from captionist.cli import main

SHEET = """Oorlog in Oekraïne

Een vrouw met een kind wacht op een trein op het station van Kharkov op 24 februari 2022. Foto: Pieter Vos/ANP

Rook stijgt op boven een militair vliegveld bij Chuguyev op 24 februari 2022. (Photo by Aris Pappas/AFP via Getty Images)
"""


def test_parse_then_embed_by_position(tmp_path):
    sheet = tmp_path / "sheet.txt"
    sheet.write_text(SHEET, encoding="utf-8")
    out = tmp_path / "records.json"
    res = CliRunner().invoke(main, ["parse", str(sheet), "--out", str(out)])
    assert res.exit_code == 0, res.output
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [r["cityName"] for r in records] == ["Kharkiv", "Chuhuiv"]
    assert records[0]["creatorNames"] == ["Pieter Vos"] and records[1]["source"] == "Getty Images"
    assert records[1]["match"] == {"position": 2}
    # the stray headline is reported, not turned into a record
    assert "not a caption (headline)" in res.output
    # each record gets a picture named after its id, then embed matches them
    images = [make_jpeg(tmp_path / f"{r['id']}.jpg", seed=i) for i, r in enumerate(records)]
    res = CliRunner().invoke(main, ["embed", *map(str, images), "--records", str(out), "--json"])
    assert res.exit_code == 0, res.output
    et = exiftool(images[1])
    assert et["XMP-dc:Description"].startswith("Rook stijgt op boven een militair vliegveld bij Chuguyev")
    assert et["IPTC:City"] == "Chuhuiv" and et["XMP-photoshop:Credit"] == "Aris Pappas/AFP via Getty Images"


def test_embed_accepts_a_sheet_as_records_and_pairs_by_position(tmp_path):
    """`--records sheet.txt`: the n-th caption goes to the n-th picture of the batch."""
    sheet = tmp_path / "sheet.txt"
    sheet.write_text(SHEET, encoding="utf-8")
    images = [make_jpeg(tmp_path / f"IMG_{n:04d}.jpg", seed=n) for n in (17, 18)]
    res = CliRunner().invoke(main, ["embed", *map(str, images), "--records", str(sheet), "--json"])
    assert res.exit_code == 0, res.output
    assert exiftool(images[0])["IPTC:City"] == "Kharkiv"
    assert exiftool(images[1])["IPTC:City"] == "Chuhuiv"
    assert exiftool(images[1])["XMP-dc:Creator"] == ["Aris Pappas"]


# A sheet written by someone other than the parser's author, after the parser was done: what a
# desk would paste, with the facts each caption should yield (date, creator, credit, city, country).
HOLDOUT = [
    ("2022-02-24", ["Marta Kovalenko"], "Marta Kovalenko/Reuters", "Chuhuiv", "UKR"),
    ("2022-02-24", ["Daniel Leal"], "Daniel Leal/AFP via Getty Images", "Kyiv", "UKR"),
    ("2022-02-24", ["Jaap Arriens"], "Jaap Arriens/ANP", "Lviv", "UKR"),
    ("2022-02-24", ["Vadim Ghirda"], "AP Photo/Vadim Ghirda", "Kharkiv", "UKR"),
    ("2022-02-24", ["Carlos Barria"], "REUTERS/Carlos Barria", "Mariupol", "UKR"),
    ("2022-02-24", ["Robin van Lonkhuijsen"], "Robin van Lonkhuijsen/ANP", "The Hague", "NLD"),
    ("2022-02-24", None, None, "Odesa", "UKR"),
    ("2022-02-24", ["Emilio Morenatti"], "Emilio Morenatti/AP", "Kyiv", "UKR"),
]


def test_holdout_sheet_written_after_the_parser(tmp_path):
    from conftest import ROOT

    from captionist.sources.sheet import parse_sheet_file

    res = parse_sheet_file(ROOT / "tests" / "sheets" / "lead_holdout.txt")
    got = [(c.record.get("dateCreated"), c.record.get("creatorNames"), c.record.get("creditLine"),
            c.record.get("cityName"), c.record.get("countryCode")) for c in res.captions]
    assert got == HOLDOUT
    assert [s.reason for s in res.stray] == ["headline", "video credit"]
    assert res.captions[6].warnings == ["no credit"]


def test_positions_are_not_trusted_when_captions_and_pictures_do_not_add_up(tmp_path):
    """A sheet with one caption too many (a stray line kept as a caption, a picture missing)
    would shift every pairing: then position alone sends files to review, not to writing."""
    sheet = tmp_path / "sheet.txt"
    sheet.write_text(SHEET, encoding="utf-8")           # two captions
    images = [make_jpeg(tmp_path / f"IMG_{n}.jpg", seed=n) for n in (1, 2, 3)]   # three pictures
    originals = [p.read_bytes() for p in images]
    res = CliRunner().invoke(main, ["embed", *map(str, images), "--records", str(sheet), "--json"])
    outs = [json.loads(line) for line in res.output.splitlines() if line.startswith('{"file"')]
    assert [o["status"] for o in outs] == ["review", "review", "unmatched"]
    assert "3 files for 2 numbered captions" in json.dumps(outs[0])
    assert [p.read_bytes() for p in images] == originals


def test_csv_output_reads_back_as_the_same_records(tmp_path):
    from captionist.sources import load_records

    sheet = tmp_path / "sheet.txt"
    sheet.write_text(SHEET + "\nInwoners van Kiev schuilen in een metrostation op 24 februari 2022. "
                     "Foto: Ada Veen en Kees Molen/ANP\n", encoding="utf-8")
    loaded = {}
    for fmt in ("json", "csv"):
        out = tmp_path / f"records.{fmt}"
        res = CliRunner().invoke(main, ["parse", str(sheet), "--format", fmt, "--out", str(out)])
        assert res.exit_code == 0, res.output
        rs = load_records(out)
        assert rs.errors == [] and rs.warnings == [], (fmt, rs.errors, rs.warnings)
        loaded[fmt] = [r.model_dump(exclude_none=True) for r in rs.records]
    assert len(loaded["json"]) == 3
    assert [r["match"] for r in loaded["csv"]] == [{"position": i} for i in (1, 2, 3)]
    assert loaded["csv"] == loaded["json"]
