"""The gallery's lead paragraph (issue 9, strays): in a sheet of credited captions, the
paragraph without credit above the first credited caption sums the gallery up and is no
caption, even when it names places and days as captions do."""

from __future__ import annotations

from captionist.sources.sheet import parse_sheet

CAPTIONS = """Houses lie collapsed in Wajima, Japan, January 2, 2024. REUTERS/Kenji Morita

Firefighters work at Haneda airport in Tokyo, Tuesday, Jan. 2, 2024. (AP Photo/Akira Tanabe)

Supporters gather outside a hospital in Seoul, South Korea, January 3, 2024. Yonhap via REUTERS

Fireworks explode over the Harbour Bridge in Sydney, Australia, on January 1. (AP Photo/Rick Rycroft)
"""


def test_lead_above_credited_captions_is_stray():
    sheet = ("The week in pictures\n\nA deadly earthquake in Japan on Monday and a runway collision in Tokyo "
             "on Tuesday began the year.\n\n" + CAPTIONS)
    got = parse_sheet(sheet)
    assert [c.record["cityName"] for c in got.captions] == ["Wajima", "Tokyo", "Seoul", "Sydney"]
    assert [s.reason for s in got.stray] == ["headline", "intro (above the first credited caption)"]


def test_numbered_first_caption_without_credit_is_kept():
    sheet = "\n\n".join(f"{n}. {p}" for n, p in enumerate(
        ["Rescuers search the rubble in Suzu, Japan, on Tuesday."] + CAPTIONS.strip().split("\n\n"), 1))
    got = parse_sheet(sheet)
    assert len(got.captions) == 5
    assert got.captions[0].record["cityName"] == "Suzu"


def test_lead_kept_where_captions_mostly_lack_credits():
    sheet = ("Rescuers search the rubble in Suzu, Japan, on Tuesday.\n\n"
             "Houses lie collapsed in Wajima, Japan, on Monday. REUTERS/Kenji Morita\n\n"
             "A shrine gate lies toppled in Anamizu, Japan.\n\n"
             "Firefighters work at Haneda airport in Tokyo, Tuesday. (AP Photo/Akira Tanabe)\n\n"
             "Evacuees queue for water in Nanao, Japan.\n")
    got = parse_sheet(sheet)
    assert len(got.captions) == 5
