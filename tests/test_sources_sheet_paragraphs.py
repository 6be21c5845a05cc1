"""Which paragraphs of a caption sheet are captions, and where one caption ends: a
credit on its own line or paragraph belongs to its caption (so a long caption is not
dropped as an intro, and a caption starting with a date is not split in two), picture
numbers are not description, and the body of a pasted article is not a caption even
when it names a place. Sheets are our own wording in real publishers' layouts."""

from __future__ import annotations

import datetime as dt

from captionist.sources.sheet import parse_sheet

LONG_FR = (
    "Des pompiers inspectent une maison emportée par la crue de la Vésubie à Saint-Martin-Vésubie, "
    "dans les Alpes-Maritimes, le 4 octobre 2020. Les pluies de la tempête ont coupé les routes de la "
    "vallée, et les habitants des hameaux isolés sont ravitaillés par hélicoptère depuis samedi, tandis "
    "que les équipes de secours poursuivent les recherches le long du lit de la rivière, où des ponts et "
    "des tronçons entiers de la départementale ont disparu. Les communes de la vallée attendent la visite "
    "du premier ministre et la reconnaissance de l'état de catastrophe naturelle, qui doit permettre aux "
    "sinistrés d'être indemnisés rapidement. À Nice, la préfecture a ouvert un centre d'accueil pour les "
    "familles évacuées.")


def _caps(res):
    return [(c.line, next(iter(c.record["description"].values()))[:30], c.record.get("creditLine"))
            for c in res.captions]


def test_a_long_caption_with_its_credit_on_the_next_line_is_not_an_intro():
    assert len(LONG_FR) > 700
    for sep in ("\n", "\n\n"):
        res = parse_sheet("Tempête Alex : la vallée dévastée\n\n" + LONG_FR + sep + "CLÉMENT MARTY / AFP\n")
        (cap,) = res.captions
        assert cap.record["description"]["fr"] == LONG_FR
        assert cap.record["creditLine"] == "CLÉMENT MARTY / AFP" and cap.record["creatorNames"] == ["Clément Marty"]
        assert cap.record["dateCreated"] == "2020-10-04"
        assert [s.reason for s in res.stray] == ["headline"]


def test_a_caption_starting_with_a_date_keeps_its_credit_paragraph():
    res = parse_sheet("24 februari: Russische troepen vallen Oekraïne binnen. Inwoners van Kiev schuilen "
                      "in een metrostation.\n\nBeeld AFP\n\n"
                      "25 februari: Rook boven Charkov na beschietingen van de stad.\n\nBeeld Reuters\n",
                      ref_date=dt.date(2022, 3, 1))
    assert _caps(res) == [(1, "24 februari: Russische troepen", "AFP"),
                          (5, "25 februari: Rook boven Charko", "Reuters")]
    assert [c.record["dateCreated"] for c in res.captions] == ["2022-02-24", "2022-02-25"]
    assert res.stray == []


def test_credits_above_their_captions_go_down_not_up():
    res = parse_sheet("AFP\n\nEen agent bij de Erasmusbrug in Rotterdam op 14 juli 2023.\n\n"
                      "ANP / Roel Smit\n\nFietsers op de Dom-plein in Utrecht op 13 juli 2023.\n")
    assert _caps(res) == [(3, "Een agent bij de Erasmusbrug i", "AFP"),
                          (7, "Fietsers op de Dom-plein in Ut", "ANP / Roel Smit")]


def test_credits_below_their_captions_go_up_also_after_a_headline():
    res = parse_sheet("Hitzewelle in Deutschland\n\nMenschen kühlen sich am 15. Juli 2023 in Berlin ab.\n\n"
                      "Jonas Keller/dpa\n\nEin Mann mit Sonnenschirm in Frankfurt am Main am 15. Juli 2023.\n\n"
                      "AFP\n")
    assert _caps(res) == [(3, "Menschen kühlen sich am 15. Ju", "Jonas Keller/dpa"),
                          (7, "Ein Mann mit Sonnenschirm in F", "AFP")]
    assert [s.reason for s in res.stray] == ["headline"]


def test_a_credit_with_no_caption_to_take_it_stays_a_stray():
    res = parse_sheet("Een agent in Rotterdam op 14 juli 2023. Foto: ANP / Roel Smit\n\nAFP\n")
    assert _caps(res) == [(1, "Een agent in Rotterdam op 14 j", "ANP / Roel Smit")]
    assert [(s.line, s.reason) for s in res.stray] == [(3, "credit only")]


def test_picture_numbers_are_not_description_but_dates_are():
    res = parse_sheet("1. Een agent in Rotterdam op 14 juli 2023. Foto ANP / Roel Smit\n\n"
                      "2) Fietsers in Utrecht op 13 juli 2023. ANP / Lotte Smit\n\n"
                      "(3) Zwemmers in Scheveningen op 12 juli 2023. Beeld AFP\n\n"
                      "1. Mai 2023: Demonstranten in Berlin. Foto: Jonas Keller/dpa\n")
    descs = [next(iter(c.record["description"].values())) for c in res.captions]
    assert descs == ["Een agent in Rotterdam op 14 juli 2023.", "Fietsers in Utrecht op 13 juli 2023.",
                     "Zwemmers in Scheveningen op 12 juli 2023.", "1. Mai 2023: Demonstranten in Berlin."]
    assert res.captions[3].record["dateCreated"] == "2023-05-01"


def test_article_paragraphs_that_name_places_are_strays():
    res = parse_sheet(
        "Floods in western Germany\n\n"
        "Rescuers search for survivors in Schuld, Germany, on July 15, 2021. (AP Photo/Anna Brenner)\n\n"
        "The river Ahr burst its banks overnight, and officials in Bad Neuenahr-Ahrweiler said dozens of "
        "people were still missing on Thursday. Rescue teams worked through the night.\n\n"
        "\"We have never seen anything like this,\" a volunteer from Bonn told reporters in the town.\n\n"
        "A destroyed bridge in Altenahr on July 16, 2021. REUTERS/Petro Zavada\n\n"
        "Houses in Dernau on July 16, 2021. (Photo by Tom Harding/Getty Images)\n")
    assert [c.line for c in res.captions] == [3, 9, 11]
    assert [(s.line, s.reason) for s in res.stray] == [(1, "headline"), (5, "article text"), (7, "article text")]


def test_a_single_creditless_caption_among_credited_ones_is_kept():
    # one dated sentence naming a place: a caption whose credit was left off
    res = parse_sheet("Een agent in Rotterdam op 14 juli 2023. Foto ANP / Roel Smit\n\n"
                      "Fietsers op de Neude in Utrecht op 13 juli 2023.\n\n"
                      "Zwemmers in Scheveningen op 12 juli 2023. Beeld AFP\n")
    assert [c.line for c in res.captions] == [1, 3, 5]
    assert "no credit" in res.captions[1].warnings


def test_captions_without_blank_lines_still_split_after_each_credit_line():
    res = parse_sheet("Een agent in Rotterdam op 14 juli 2023.\nANP / Roel Smit\n"
                      "Fietsers in Utrecht op 13 juli 2023.\nANP / Lotte Smit\n")
    assert _caps(res) == [(1, "Een agent in Rotterdam op 14 j", "ANP / Roel Smit"),
                          (3, "Fietsers in Utrecht op 13 juli", "ANP / Lotte Smit")]


def test_titles_with_a_date_and_gallery_intros_are_strays():
    res = parse_sheet("Tour de France 2023, stage 9: the best pictures\n\n"
                      "Every Sunday, see the photos of the week.\n\n"
                      "Riders climb the Puy de Dôme near Clermont-Ferrand on July 9, 2023. REUTERS/Petro Zavada\n\n"
                      "Liveticker | Die Lage am Sonntag, 9. Juli\n\n"
                      "Fans in Clermont-Ferrand on July 9, 2023. (AP Photo/Anna Brenner)\n")
    assert [c.line for c in res.captions] == [5, 9]
    assert [(s.line, s.reason) for s in res.stray] == [(1, "headline"), (3, "intro"), (7, "headline")]


def test_a_plain_sentence_among_credited_captions_is_a_caption_but_not_before_them():
    res = parse_sheet("Storm over the coast\n\n"
                      "The storm brought down trees across the region.\n\n"
                      "Waves hit the pier in Brighton on Oct. 20, 2023. REUTERS/Petro Zavada\n\n"
                      "Volunteers hand out tea and blankets.\n\n"
                      "A fallen tree in Hastings on Oct. 20, 2023. (AP Photo/Anna Brenner)\n\n"
                      "8. A fisherman mends his nets in the harbour.\n\n"
                      "Sandbags outside a shop in Folkestone on Oct. 21, 2023. Photo: Ada Veen/PA\n")
    assert [c.line for c in res.captions] == [5, 7, 9, 11, 13]
    assert [s.reason for s in res.stray] == ["headline", "no credit, date or place"]
    assert "no credit" in res.captions[1].warnings
    assert res.captions[3].record["description"]["en"] == "A fisherman mends his nets in the harbour."


def test_a_live_blog_day_heading_without_year_resolves_day_names_but_dates_nothing_else():
    res = parse_sheet("Vrijdag 8 april\n\n"
                      "Inwoners van Boetsja begraven dinsdag hun buren. Foto: Roel Smit/AFP\n\n"
                      "Vrachtwagens in een rij bij de grens in Dorohusk. Beeld Reuters\n",
                      ref_date=dt.date(2022, 4, 9))
    assert [(s.reason, s.date) for s in res.stray] == [("date heading", dt.date(2022, 4, 8))]
    assert res.captions[0].record["dateCreated"] == "2022-04-05"
    assert "dateCreated" not in res.captions[1].record and "no date" in res.captions[1].warnings


def test_a_pasted_article_bylines_datelines_and_news_sentences_are_strays():
    res = parse_sheet(
        "Erdbeben in Marokko: Die Lage am Sonntag\n\n"
        "Von JANA KELLER und TOM BAUER\nAssociated Press\n\n"
        "Marrakesch – Nach dem schweren Erdbeben ist die Zahl der Toten weiter gestiegen. Das teilte das "
        "Innenministerium am Sonntag mit.\n\n"
        "Helfer suchen in den Trümmern eines Hauses in Moulay Brahim. Foto: Jonas Keller/AP/dpa\n\n"
        "Der König hat drei Tage Staatstrauer angeordnet.\n\n"
        "Ein Mann vor seinem zerstörten Haus in Amizmiz, 10. September 2023. REUTERS/Petro Zavada\n\n"
        "„Wir haben alles verloren“, sagt ein Bewohner.\n", ref_date=dt.date(2023, 9, 10))
    assert [c.line for c in res.captions] == [8, 12]
    assert [(s.line, s.reason) for s in res.stray] == [
        (1, "headline"), (3, "byline"), (4, "credit only"), (6, "article text"), (10, "no credit, date or place"),
        (14, "no credit, date or place")]


def test_a_date_led_caption_without_full_stop_keeps_the_credit_below_it():
    res = parse_sheet("Oorlog in Oekraïne\n\n24 februari: Russische troepen trekken Oekraïne binnen bij Charkov\n\n"
                      "Beeld AFP\n\nSamedi 26 février : des habitants de Kiev dans le métro\n\nAFP\n",
                      ref_date=dt.date(2022, 3, 1))
    assert _caps(res) == [(3, "24 februari: Russische troepen", "AFP"), (7, "Samedi 26 février : des habita", "AFP")]
    assert [s.reason for s in res.stray] == ["headline"]
