"""Caption sheets from freelance photographers (issue 9, strays28), in our own wording: lost
captions whose credit the table does not know, and desk notes that are no caption."""

from __future__ import annotations

from captionist.sources.sheet import parse_sheet

FIRST = "Boeren blokkeren de snelweg bij Apeldoorn. Foto: ANP / Piet Vos\n\n"


def _texts(text: str) -> list[str]:
    return [c.record["description"][next(iter(c.record["description"]))] for c in parse_sheet(text).captions]


def _credits(text: str) -> list[str | None]:
    return [c.record.get("creditLine") for c in parse_sheet(text).captions]


# --- a caption whose credit the table misses: a web address in it, a label before it ---------

def test_a_credit_ending_in_a_web_address_keeps_its_caption():
    sheet = ("Helfer stapeln Sandsäcke am Ufer in Krems. Foto: APA/Eva Huber\n\n"
             "Die Donau überflutet die Promenade in Tulln. Foto: APA/Eva Huber\n\n"
             "STEYR (OÖ), 3. 4. 2026 – Feuerwehrleute pumpen einen Keller aus. Lena Gruber / APA / picturedesk.com")
    assert _credits(sheet)[-1] == "Lena Gruber / APA / picturedesk.com"
    assert len(parse_sheet(sheet).captions) == 3


def test_a_labelled_credit_of_six_names_keeps_its_caption_without_place_or_date():
    sheet = ("A tractor tows a car out of the flood in Mallow, Co Cork. Photo: Sean Daly/RollingNews.ie\n\n"
             "Water covers the road near Fermoy, Co Cork. Photo: Sean Daly/RollingNews.ie\n\n"
             "A councillor talks to a neighbour outside her home. Pic: Niamh Burke for The Irish Times")
    assert _credits(sheet)[-1] == "Niamh Burke for The Irish Times"


def test_a_labelled_tail_of_more_than_six_words_is_still_no_credit():
    sheet = ("A tractor tows a car out of the flood in Mallow, Co Cork. Photo: Sean Daly/RollingNews.ie\n\n"
             "Water covers the road near Fermoy, Co Cork. Photo: Sean Daly/RollingNews.ie\n\n"
             "A councillor talks to a neighbour outside her home. Note: she has lived there for many long years")
    assert not any(c and "lived" in c for c in _credits(sheet))


# --- a photographer's notes to the desk (straydesk.py) ----------------------------------------

def _sheet(*pars: str) -> str:
    return FIRST + "\n\n".join(pars) + "\n\nEen trekker rijdt over de A1 bij Deventer. Foto: ANP / Piet Vos"


def test_notes_naming_camera_files_are_no_captions_in_four_languages():
    for note in ("Let op: AB_0312_014 niet publiceren, gezicht herkenbaar.",
                 "RESTRICTED: TM_0905_011 to TM_0905_019 not for use before noon.",
                 "Die Dateien SK_2102_040 bis SK_2102_047 sind nicht frei: nicht verwenden in Rotterdam.",
                 "Les fichiers PB_1203_010 à PB_1203_022 (mineurs) ne doivent pas être diffusés à Lyon."):
        assert note not in " ".join(_texts(_sheet(note))), note
        assert len(parse_sheet(_sheet(note)).captions) == 2


def test_captions_to_follow_are_no_caption():
    for note in ("Captions for the Leeds pictures follow tomorrow.", "Bildunterschriften aus Köln folgen später.",
                 "Légendes des photos de Nantes à suivre.", "Bijschriften Utrecht volgen vanavond."):
        assert len(parse_sheet(_sheet(note)).captions) == 2, note


def test_desk_labels_results_and_readings_are_no_captions():
    for note in ("EMBARGO: not before Tuesday 06.00 in London.", "Kontakt für Rückfragen: Fotodesk Hamburg, 040 123 45 67.",
                 "Endstand: FC Emmen – SC Cambuur 2:1.", "Uitslag gemeente Zwolle: ja 51,2 procent.",
                 "Ordre du jour du conseil municipal de Namur : budget, voirie, écoles.",
                 "Waterstand Lobith dinsdag 8.00 uur: 14,20 m, stijgend."):
        assert len(parse_sheet(_sheet(note)).captions) == 2, note


def test_a_reading_credited_to_its_data_source_is_no_caption():
    note = "Pegel Passau Dienstag 7.00 Uhr: 9,80 m, Tendenz steigend (Quelle: Hochwassernachrichtendienst Bayern)."
    assert len(parse_sheet(_sheet(note)).captions) == 2


def test_the_assignment_heading_the_sheet_is_no_caption_even_with_an_agency_in_it():
    sheet = ("OPDRACHT 12/3 – boerenprotest Zwolle, voor fotodesk ANP.\n\n" + FIRST
             + "Een trekker rijdt over de A1 bij Deventer. Foto: ANP / Piet Vos")
    assert [t[:5] for t in _texts(sheet)] == ["Boere", "Een t"]


def test_captions_that_look_like_notes_stay_captions():
    sheet = _sheet(
        # a file name as the key of a full caption
        "DSC_4512: Boeren blokkeren met hun trekkers de oprit van de snelweg bij Apeldoorn op dinsdag.",
        # a caption that names a result in its text
        "Spelers van FC Emmen vieren de 2-1 tegen Cambuur in Emmen. Foto: ANP / Piet Vos",
        # a place before a colon with a figure later on
        "Lobith: het water van de Rijn staat dinsdag hoog bij de steenfabriek. Foto: ANP / Piet Vos",
        # an agency caption with an embargo is credited, and stays
        "EMBARGO: Koning Willem-Alexander opent het nieuwe gemaal in Lelystad. Foto: ANP / Piet Vos")
    assert len(parse_sheet(sheet).captions) == 6


def test_legends_a_label_word_with_more_words_and_a_title_with_a_distance_stay_captions():
    # no credits on this sheet: every caption stands on its own words
    sheet = ("Les légendes du rugby suivent le match depuis la tribune du stade de Toulouse, le 3 mars 2026.\n\n"
             "Attention turns to the main square in Leeds as the parade arrives on 4 May 2026.\n\n"
             "Paris 2024: 100 m hurdles, Cyréna Samba-Mayela clears the last barrier at the Stade de France, 8 August 2024.")
    assert len(parse_sheet(sheet).captions) == 3
