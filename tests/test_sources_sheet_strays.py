"""Stray paragraphs of pasted pages that must never become records, and the captions next
to them that must stay (issue 9, strays19). Each sheet is small and written for the test;
the captions around the stray carry credits, as a pasted gallery or live blog does."""

from __future__ import annotations

import datetime as dt

from captionist.sources.sheet.parser import parse_sheet
from captionist.sources.sheet.strayshapes import is_table

REF = dt.date(2026, 11, 5)

_NL = ("Golven slaan over de boulevard van Vlissingen. Foto: ANP / Marloes Tak\n\n"
       "{stray}\n\n"
       "Een omgevallen boom ligt op een fietspad in Goes. Foto: ANP / Ruben Mol\n\n"
       "Brandweerlieden pompen een kelder leeg in Middelburg. Foto: ANP / Sanne Wolters\n")


def _descriptions(text: str, **kw) -> list[str]:
    return [c.text for c in parse_sheet(text, ref_date=REF, **kw).captions]


def _reason(text: str, start: str) -> str | None:
    return next((s.reason for s in parse_sheet(text, ref_date=REF).stray if s.text.startswith(start)), None)


def test_a_table_of_figures_with_its_source_is_a_stray_not_a_credited_caption():
    table = ("Zwaarste windstoten van donderdag:\nVlissingen 131 km/u\nHoek van Holland 122 km/u\n"
             "Westdorpe 117 km/u\nBron: KNMI")
    sheet = _NL.format(stray=table)
    assert len(_descriptions(sheet)) == 3
    assert _reason(sheet, "Zwaarste windstoten") == "table"
    assert is_table("Cumuls relevés depuis mercredi : Valleraugue 412 mm Anduze 286 mm Nîmes 151 mm")
    assert is_table("Die wichtigsten Pegelstände am Mittag: Trier 9,10 m Cochem 8,40 m Koblenz 7,25 m")


def test_a_caption_with_figures_in_a_sentence_is_no_table():
    assert not is_table("Een windstoot van 131 km/u in Vlissingen, 122 km/u in Hoek van Holland en 117 km/u "
                        "in Westdorpe.")
    assert not is_table("Runners pass the 10 km mark in Dunedin")
    sheet = _NL.format(stray="Een meetpaal bij Westdorpe wijst 117 km/u aan, donderdag. Foto: ANP / Rik Veldkamp")
    assert any(d.startswith("Een meetpaal bij Westdorpe") for d in _descriptions(sheet))


def test_a_pluperfect_with_only_a_day_name_is_the_article_not_a_caption():
    de = ("Ein Feuerwehrmann watet durch die Altstadt von Cochem. Foto: Thomas Frey/dpa\n\n"
          "Am Mittwoch hatte das Landesamt für Umwelt die Warnstufe für die Mosel auf die höchste Stufe angehoben.\n\n"
          "Sandsäcke vor einem Hotel in Bernkastel-Kues. Foto: Harald Tittel/dpa\n\n"
          "Ein Ausflugsschiff liegt am Ufer in Traben-Trarbach fest. Foto: Birgit Reichert/dpa\n")
    assert [d[:12] for d in _descriptions(de)] == ["Ein Feuerweh", "Sandsäcke vo", "Ein Ausflugs"]
    fr = ("Un habitant observe le Gardon en crue à Anduze. PASCAL GUYOT / AFP\n\n"
          "Mercredi, la préfecture avait déjà ouvert un centre d'hébergement d'urgence à Alès.\n\n"
          "Des voitures emportées par les eaux dans une rue d'Alès. (Photo : Sylvain Thomas / AFP)\n\n"
          "Des pompiers évacuent une maison de retraite à Sommières. Photo : Midi Libre / Jean Mart\n")
    assert len(_descriptions(fr)) == 3


def test_a_caption_in_the_present_with_its_credit_stays():
    de = ("Ein Feuerwehrmann watet durch die Altstadt von Cochem. Foto: Thomas Frey/dpa\n\n"
          "Anwohner hatten am Mittwoch ihre Möbel in Sicherheit gebracht, in Trier. Foto: Harald Tittel/dpa\n")
    assert len(_descriptions(de)) == 2    # a credit of its own: a caption whatever its tense


def test_pointers_below_and_the_page_about_itself_are_page_furniture():
    for stray in ("Kijk hieronder naar de dronebeelden van de schade in Zierikzee.",
                  "See below for the latest pictures from Selby.",
                  "Dit liveblog wordt niet meer bijgewerkt.",
                  "This live blog is now closed."):
        sheet = _NL.format(stray=stray)
        assert len(_descriptions(sheet)) == 3, stray
        assert _reason(sheet, stray[:12]) == "page", stray


def test_a_caption_that_names_what_is_below_in_the_picture_stays():
    sheet = _NL.format(stray="Kinderen kijken vanaf de dijk naar de golven hieronder bij Breskens. "
                             "Foto: PZC / Lieke Dam")
    assert len(_descriptions(sheet)) == 4


def test_a_dummy_subject_sentence_is_no_caption_whose_credit_was_left_off():
    sheet = _NL.format(stray="Het is de eerste zware herfststorm van dit seizoen.")
    assert len(_descriptions(sheet)) == 3
    # a plain present description without credit, date or place is still a caption
    sheet = _NL.format(stray="Een hond rent tegen de wind in over het strand.")
    assert len(_descriptions(sheet)) == 4


def test_much_page_furniture_does_not_hide_a_credited_sheet():
    furniture = "\n\n".join(["Advertentie", "Delen", "3/12", "Leestijd 4 minuten", "Meest gelezen",
                             "Treinverkeer ligt stil", "Tags: Storm, Zeeland, Weer"])
    sheet = _NL.format(stray=furniture + "\n\nEen hond rent tegen de wind in over het strand.")
    assert any(d.startswith("Een hond rent") for d in _descriptions(sheet))


def test_a_series_credit_above_does_not_take_a_caption_with_its_own_credit_below():
    sheet = ("Golven slaan over de boulevard van Vlissingen. Foto: ANP / Marloes Tak\n\n"
             "Foto's: ANP\n\n"
             "Gevallen bladeren op een fietspad in Oostburg.\nFoto: Hollandse Hoogte / Dirk Kant\n\n"
             "Een vissersboot in de haven van Breskens. Foto: PZC / Lieke Dam\n")
    got = {c.text[:8]: c.record.get("creditLine") for c in parse_sheet(sheet, ref_date=REF).captions}
    assert got["Gevallen"] == "Hollandse Hoogte / Dirk Kant"
    assert "Foto's: ANP" not in [c.text for c in parse_sheet(sheet, ref_date=REF).captions]


def test_a_compass_word_before_a_county_is_no_region_of_another_country():
    r = parse_sheet("Volunteers fill sandbags in Hebden Bridge, West Yorkshire. Photograph: Lydia Shaw/The Guardian",
                    ref_date=REF)
    assert r.captions[0].record.get("countryCode") in (None, "GBR")    # never Cameroon's West region


_EN = ("A resident hoses down the roof of his house in Ronda, Spain, August 11, 2026. REUTERS/Jon Nazca\n\n"
       "{stray}\n\n"
       "Smoke rises over the hills above Marbella, Spain. (AP Photo/Manu Fernandez)\n\n"
       "A firefighting plane drops water near Huelva, Spain. (AP Photo/Manu Fernandez)\n")


def test_wire_page_strays():
    for stray, reason in (
            ("A resident hoses down the roof of his house in Ronda, Spain, August 11, 2026. REUTERS/Jon...more",
             "truncated"),
            ("SPAIN-WILDFIRE/\nRTX9KQ2L\nAugust 11, 2026", "agency slug"),
            ("MADRID (AP) — Spain's emergency services said on Tuesday that 4,000 people were evacuated in Málaga.",
             "article dateline"),
            ("Sign in to see all available content.", "promo"),
            ("Associated Press writer Carla Moreno in Madrid contributed to this report.", "author"),
            ("Our Standards: The Thomson Reuters Trust Principles.", "promo")):
        r = parse_sheet(_EN.format(stray=stray), ref_date=REF)
        assert len(r.captions) == 3, stray
        assert any(s.reason == reason for s in r.stray), (stray, [s.reason for s in r.stray])


def test_captions_that_look_like_wire_lines_stay():
    for caption in (
            # a place in capitals before a dash, without an agency in parentheses: a caption's style
            "NAPIER - Fans celebrate at McLean Park in Napier, New Zealand. (AP Photo/Manu Fernandez)",
            # "more" as a word, not the page's cut
            "Villagers carry more sandbags to the river in Ronda, Spain. REUTERS/Jon Nazca",
            # an agency id inside a credited caption
            "Firefighters rest in the shade in Cortegana, Spain, August 10, 2026. REUTERS/Jon Nazca"):
        r = parse_sheet(_EN.format(stray=caption), ref_date=REF)
        assert len(r.captions) == 4, (caption, [(s.reason, s.text[:30]) for s in r.stray])


def test_the_photographer_introduced_and_a_present_perfect_are_no_captions():
    for stray, reason in (("AP photographer Kirsty Blair has covered the Borders festivals since 2019.", "author"),
                          ("Organisers have already welcomed more visitors than last year.",
                           "no credit, date or place")):
        r = parse_sheet(_EN.format(stray=stray), ref_date=REF)
        assert len(r.captions) == 3, stray
        assert any(s.reason == reason and s.text == stray for s in r.stray), [(s.reason, s.text) for s in r.stray]
    # a caption about a photographer at work, with its credit, stays
    caption = "Photographer Kirsty Blair works at the finish line in Ronda, Spain. REUTERS/Jon Nazca"
    assert len(parse_sheet(_EN.format(stray=caption), ref_date=REF).captions) == 4
