"""Pasted article text among credited captions (issue 9, strays): results lists, reported
figures ("Nach Angaben ..."), states that began on a date ("Depuis le 3 mars ..."), and a
paragraph without credit that forecasts ("expect ... to", "rechnet mit", "verwacht",
"devrait") or reports speech ("insisted", "say they", "sprak van") are article text, not
captions, even when they name a place and a day. Own wording."""

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

SUMMER_CAPTIONS = {   # a summer's sheets, made on 2025-07-20
    "en": ["Firefighters rest in the shade in Patras, Greece, July 14, 2025. REUTERS/Ada Veen",
           "Tourists fill bottles at a fountain in Athens, July 14, 2025. REUTERS/Ada Veen",
           "A man cools off in the sea at Piraeus, July 15, 2025. REUTERS/Ada Veen"],
    "de": ["Autos stauen sich auf der A9 bei Ingolstadt, Samstag. Foto: Jan Roth/dpa",
           "Reisende warten am Hauptbahnhof in Nürnberg, Samstag. Foto: Jan Roth/dpa",
           "Ein Polizist regelt den Verkehr in Regensburg, Samstag. Foto: Jan Roth/dpa"],
    "nl": ["Bezoekers op het bevrijdingsfestival in Haarlem, maandag 5 mei. Foto: ANP / Piet Vos",
           "Een veteraan zwaait vanaf een jeep in Zwolle, maandag 5 mei. Foto: ANP / Piet Vos",
           "Kinderen zingen op de Grote Markt in Groningen, maandag 5 mei. Foto: ANP / Piet Vos"],
    "fr": ["Des coureurs dans la montée vers Superbagnères, samedi 19 juillet. Photo : Ada Veen / AFP",
           "Le peloton traverse Pau, samedi 19 juillet. Photo : Ada Veen / AFP",
           "Des supporteurs au bord de la route à Tarbes, samedi 19 juillet. Photo : Ada Veen / AFP"],
}

def _with_paragraph(caps: list[str], paragraph: str, lang: str, ref_date: dt.date):
    """A sheet of three credited captions with `paragraph` pasted before the last, parsed."""
    return parse_sheet("\n\n".join([caps[0], caps[1], paragraph, caps[2]]), lang=lang, ref_date=ref_date)



@pytest.mark.parametrize("lang,article", [
    ("nl", "Uitslagen eredivisie: PSV - Ajax 2-1, Sparta - Feyenoord 0-3, Twente - NEC 1-1, zondag."),
    ("de", "Nach Angaben der Feuerwehr stand das Wasser in Kiel am 21. Oktober 2023 bis zu 1,80 Meter "
           "hoch. So hoch war es dort zuletzt im Jahr 1904."),
    ("fr", "Depuis le 13 mai, le territoire vit sous couvre-feu. Le port de Nouméa reste fermé aux "
           "navires de croisière."),
])
def test_article_text_among_credited_captions_is_no_caption(lang, article):
    res = _with_paragraph(CAPTIONS[lang], article, lang, dt.date(2024, 5, 20))
    assert len(res.captions) == 3
    assert [s.text for s in res.stray] == [article]
    assert res.stray[0].reason == "article text"


def test_one_score_in_a_caption_keeps_it_a_caption():
    one = "Spelers vieren de 2-1 in het stadion in Enschede, zondag 5 mei."
    res = _with_paragraph(CAPTIONS["nl"], one, "nl", dt.date(2024, 5, 20))
    assert len(res.captions) == 4 and not res.stray



@pytest.mark.parametrize("lang,article", [
    ("en", "Forecasters expect the heat to break over Crete by Thursday, when a storm front is due to "
           "arrive from the west."),
    ("en", "Ministers have insisted that the port in Piraeus will reopen. Dockers in Patras say they "
           "have heard that before."),
    ("de", "Der Automobilclub rechnet am Sonntag mit noch längeren Staus zwischen Nürnberg und München."),
    ("nl", "In Haarlem, waar in mei 1945 de eerste Canadezen aankwamen, kwamen ruim 80.000 bezoekers af. "
           "De organisatie sprak van een succes."),
    ("fr", "Le Slovène devrait conserver son maillot jusqu'à l'arrivée à Paris, dimanche."),
])
def test_forecast_or_reported_paragraph_is_article_text(lang, article):
    res = _with_paragraph(SUMMER_CAPTIONS[lang], article, lang, dt.date(2025, 7, 20))
    assert len(res.captions) == 3
    assert [s.text for s in res.stray] == [article]
    assert res.stray[0].reason == "article text"


def test_caption_without_credit_in_present_stays_a_caption():
    plain = "Children splash in a fountain in Thessaloniki, July 15, 2025."
    res = _with_paragraph(SUMMER_CAPTIONS["en"], plain, "en", dt.date(2025, 7, 20))
    assert len(res.captions) == 4 and not res.stray
