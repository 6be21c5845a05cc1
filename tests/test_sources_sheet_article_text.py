"""Pasted article text among credited captions (issue 9, parse9b): results lists, reported
figures ("Nach Angaben ...") and states that began on a date ("Depuis le 3 mars ...") are
article text, not captions, even when they name a place and a day."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet

CAPTIONS = {
    "nl": ["Supporters juichen in het stadion in Enschede, zaterdag 4 mei. Foto: ANP / Piet Vos",
           "Een keeper duikt naar de bal in Arnhem, zondag 5 mei. Foto: ANP / Piet Vos",
           "Fans wachten op de bus in Zwolle, zondag 5 mei. Foto: ANP / Piet Vos"],
    "de": ["Helfer füllen Sandsäcke in Kiel, Samstag, 21. Oktober 2023. Foto: Jan Roth/dpa",
           "Wasser steht in der Altstadt von Eckernförde, 21. Oktober 2023. Foto: Jan Roth/dpa",
           "Ein Boot liegt auf der Mole in Lübeck, 22. Oktober 2023. Foto: Jan Roth/dpa"],
    "fr": ["Des gendarmes patrouillent à Nouméa, le 16 mai 2024. Photo : Ada Veen / AFP",
           "Une voiture brûlée à Dumbéa, le 17 mai 2024. Photo : Ada Veen / AFP",
           "Des habitants font la queue à Nouméa, le 18 mai 2024. Photo : Ada Veen / AFP"],
}


@pytest.mark.parametrize("lang,article", [
    ("nl", "Uitslagen eredivisie: PSV - Ajax 2-1, Sparta - Feyenoord 0-3, Twente - NEC 1-1, zondag."),
    ("de", "Nach Angaben der Feuerwehr stand das Wasser in Kiel am 21. Oktober 2023 bis zu 1,80 Meter "
           "hoch. So hoch war es dort zuletzt im Jahr 1904."),
    ("fr", "Depuis le 13 mai, le territoire vit sous couvre-feu. Le port de Nouméa reste fermé aux "
           "navires de croisière."),
])
def test_article_text_among_credited_captions_is_no_caption(lang, article):
    caps = CAPTIONS[lang]
    sheet = "\n\n".join([caps[0], caps[1], article, caps[2]])
    res = parse_sheet(sheet, lang=lang, ref_date=dt.date(2024, 5, 20))
    assert len(res.captions) == 3
    assert [s.text for s in res.stray] == [article]
    assert res.stray[0].reason == "article text"


def test_one_score_in_a_caption_keeps_it_a_caption():
    caps = CAPTIONS["nl"]
    one = "Spelers vieren de 2-1 in het stadion in Enschede, zondag 5 mei."
    res = parse_sheet("\n\n".join([caps[0], caps[1], one, caps[2]]), lang="nl", ref_date=dt.date(2024, 5, 20))
    assert len(res.captions) == 4 and not res.stray
