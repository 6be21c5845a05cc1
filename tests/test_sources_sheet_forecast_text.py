"""Pasted article text that looks ahead or reports what people insist or say (issue 9,
strays): among credited captions, a paragraph without credit that forecasts ("expect ...
to", "rechnet mit", "verwacht", "devrait") or reports speech ("insisted", "say they",
"sprak van") is the article's, not a caption, even when it names places. Own wording."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet

CAPTIONS = {
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
    caps = CAPTIONS[lang]
    sheet = "\n\n".join([caps[0], caps[1], article, caps[2]])
    res = parse_sheet(sheet, lang=lang, ref_date=dt.date(2025, 7, 20))
    assert len(res.captions) == 3
    assert [s.text for s in res.stray] == [article]
    assert res.stray[0].reason == "article text"


def test_caption_without_credit_in_present_stays_a_caption():
    caps = CAPTIONS["en"]
    plain = "Children splash in a fountain in Thessaloniki, July 15, 2025."
    res = parse_sheet("\n\n".join([caps[0], caps[1], plain, caps[2]]), lang="en", ref_date=dt.date(2025, 7, 20))
    assert len(res.captions) == 4 and not res.stray
