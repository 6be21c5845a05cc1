"""found27: captions the layout lost (a short caption over its credit, a caption ending in a
credit the credit table does not know, a note in brackets) and live posts that took a
neighbour's credit. Each rule is shown taking what it must and leaving what it must not."""

from __future__ import annotations

import datetime as dt

from captionist.sources.sheet import parse_sheet

REF = dt.date(2026, 11, 20)


def _texts(sheet: str) -> dict[str, dict]:
    res = parse_sheet(sheet, ref_date=REF)
    return {c.text: c.record for c in res.captions}


def _found(sheet: str, start: str) -> dict | None:
    return next((r for t, r in _texts(sheet).items() if t.startswith(start)), None)


GALLERY = (
    "Rugby round-up in pictures\n\n"
    "Leinster's Cian Dolan breaks a tackle at the RDS in Dublin. Photograph: Aoife Brennan/Inpho\n\n"
    "Supporters of Ulster wave flags before kick-off at Ravenhill\n\n"
    "Photograph: Declan Moore/Pacemaker\n\n"
    "Munster's fly-half lines up a conversion at Thomond Park, Limerick. Photograph: Sean Kehoe/Sportsfile\n"
)


def test_short_caption_without_full_stop_takes_the_credit_below_it():
    rec = _found(GALLERY, "Supporters of Ulster wave")
    assert rec is not None
    assert rec["creditLine"] == "Declan Moore/Pacemaker"
    # and the caption below keeps its own credit
    assert _found(GALLERY, "Munster's fly-half")["creditLine"] == "Sean Kehoe/Sportsfile"


def test_the_page_title_and_a_byline_never_take_a_credit_below_them():
    sheet = ("Storms across the west coast in pictures today\n\nPhotograph: Ruth Gale/PA\n\n"
             "Waves break over the harbour wall at Oban. Photograph: Ian Rae/PA\n\n"
             "By our Scotland correspondent in Glasgow\n\nPhotograph: Lorna Tait/PA\n\n"
             "Walkers lean into the wind on the beach at Troon. Photograph: Ian Rae/PA\n")
    texts = _texts(sheet)
    assert not any(t.startswith("Storms across") for t in texts)
    assert not any(t.startswith("By our Scotland") for t in texts)


LIVE = (
    "DIRECT. Crue de la Meuse : la situation heure par heure\n\n"
    "Des bénévoles remplissent des sacs de sable à Givet. Photo : Marc Lenoir / AFP\n\n"
    "Les quais submergés de Dinant\n\n"
    "Photo : Lecteur L'Avenir\n\n"
    "11h05 – « L'eau monte d'un centimètre par heure », explique le bourgmestre de la commune.\n\n"
    "Un pompier guide une barque dans une rue de Charleville-Mézières. Photo : Julie Dardenne / AFP\n"
)


def test_a_time_stamped_post_takes_no_neighbours_credit():
    texts = _texts(LIVE)
    assert not any(t.startswith("11h05") for t in texts)
    assert _found(LIVE, "Les quais submergés")["creditLine"] == "Lecteur L'Avenir"


TAILS = (
    "Aus aller Welt\n\n"
    "Ein Fischer flickt sein Netz im Hafen von Split, Kroatien. Foto: Ivo Marić/dpa\n\n"
    "Touristen warten vor dem Dom in Zagreb. Foto: Lea Horvat/dpa\n\n"
    "Nebel über der Moldau in Prag, Tschechien. ČTK/Petra Dvořáková/dpa\n\n"
    "Ein umgestürzter Baum blockiert eine Straße in Graz. Leserfoto: Anton Gruber\n\n"
    "Der Hafen von Piräus ist seit dem Morgen gesperrt. Mehr im Ticker\n\n"
    "Die wichtigsten Meldungen 1. Streik in Athen 2. Sturm in Graz 3. Neue Brücke in Linz\n\n"
    "Eine Fähre verlässt den Hafen von Rijeka. (Archivbild)\n"
)


def test_a_caption_ending_in_a_credit_the_table_does_not_know_is_kept():
    rec = _found(TAILS, "Nebel über der Moldau")
    assert rec is not None and rec["creditLine"] == "ČTK/Petra Dvořáková/dpa"
    assert rec["creatorNames"] == ["Petra Dvořáková"]
    assert rec["description"]["de"] == "Nebel über der Moldau in Prag, Tschechien."
    rec = _found(TAILS, "Ein umgestürzter Baum")
    assert rec is not None and rec["creditLine"] == "Anton Gruber"


def test_in_a_sheet_of_uncredited_paragraphs_an_unknown_tail_is_not_a_credit():
    sheet = ("Aus aller Welt\n\nEin Fischer flickt sein Netz im Hafen von Split. Foto: Ivo Marić/dpa\n\n"
             "Nebel über der Moldau in Prag, Tschechien. Mehrere Flüge fallen aus\n")
    assert _found(sheet, "Nebel über der Moldau") is None


def test_a_note_in_brackets_after_the_caption_keeps_it_without_credit():
    rec = _found(TAILS, "Eine Fähre verlässt")
    assert rec is not None and "creditLine" not in rec


def test_pointers_and_numbered_lists_are_not_captions_with_a_credit():
    texts = _texts(TAILS)
    assert not any(t.startswith("Der Hafen von Piräus") for t in texts)
    assert not any(t.startswith("Die wichtigsten Meldungen") for t in texts)


def test_a_picture_label_keeps_a_caption_above_the_first_credited_one():
    sheet = ("LIVE | Storm boven Limburg\n\n"
             "Een omgevallen boom ligt over de weg in Sittard. Lezersfoto: Mieke Coenen\n\n"
             "Brandweerlieden zagen takken weg in Venlo. Foto: ANP / Rob Engelaar\n")
    rec = _found(sheet, "Een omgevallen boom")
    assert rec is not None and rec["creditLine"] == "Mieke Coenen"


BLOG = (
    "Storm Fenna live: gales across Wales\n\n"
    "Saturday 21 November\n\n"
    "07:55 GMT\n\n"
    "Waves break over the promenade at Aberystwyth. Photograph: Gwen Pritchard/PA\n\n"
    "08:20 GMT\n\n"
    "Network Rail say the Cambrian line is shut between Machynlleth and Pwllheli after a landslip.\n\n"
    "A fallen oak across the A487 near Cardigan. Photograph: Dyfed-Powys Police\n\n"
    "Walkers brace against the wind on the beach at Tenby. Photograph: Rhys Morgan/PA\n\n"
    "Fishing boats shelter in the harbour at Fishguard.\n"
)


def test_a_post_under_a_time_stamp_line_is_not_a_caption():
    texts = _texts(BLOG)
    assert not any(t.startswith("Network Rail say") for t in texts)
    # a caption without credit that is not under a time stamp stays a caption
    assert any(t.startswith("Fishing boats shelter") for t in texts)
    assert _found(BLOG, "Waves break over")["creditLine"] == "Gwen Pritchard/PA"


SPORT = (
    "Le sport du week-end en images\n\n"
    "Le pilier toulousain Marc Ibarra plaque un joueur de Castres au stade Ernest-Wallon, samedi. PHILIPPE NOIR / AFP\n\n"
    "Les supporters lensois au stade Bollaert-Delelis, dimanche. Photo : Anne Roy / La Voix du Nord\n\n"
    "Tous les résultats et le classement complet en page 31.\n\n"
    "Uitslagen van de amateurs: zie pagina 12\n\n"
    "Un skieur s'élance sur la piste de Val Thorens, le 28 novembre. Photo : Luc Favre / AFP\n"
)


def test_a_pointer_to_another_page_is_not_a_caption():
    texts = _texts(SPORT)
    assert not any(t.startswith("Tous les résultats") for t in texts)
    assert not any(t.startswith("Uitslagen van de amateurs") for t in texts)
    assert any(t.startswith("Un skieur s'élance") for t in texts)


COURT = (
    "Rechtbank\n\n"
    "De verdachte arriveert dinsdag bij de rechtbank in Zwolle. Foto ANP / Vincent Jannink\n\n"
    "Volgens justitie verdiende de man tussen 2020 en 2023 ruim een ton met de handel.\n\n"
    "Het pand aan de Diezerstraat in Zwolle, waar de politie in 2023 binnenviel. Foto: Jan Bos\n\n"
    "Bewoners bij de ingang van het pand in Zwolle, in maart 2023.\n\n"
    "Het gerechtsgebouw in Zwolle. Foto: ANP / Vincent Jannink\n"
)


def test_reported_speech_dated_only_by_a_year_is_the_article():
    texts = _texts(COURT)
    assert not any(t.startswith("Volgens justitie") for t in texts)
    # an uncredited caption dated to the month stays
    rec = _found(COURT, "Bewoners bij de ingang")
    assert rec is not None and rec["dateCreated"] == "2023-03"


# dates that are not the picture's (dateevents.py); the reference day is Friday 20 November 2026
from captionist.sources.sheet.dates import find_date  # noqa: E402


def _date(text: str, lang: str):
    d = find_date(text, lang, REF)
    return None if d is None else d.iso()


def test_a_day_after_after_in_the_possessive_is_the_events():
    assert _date("Firefighters search the rubble of a block in Bari after Tuesday's gas blast.", "en") is None
    # during or before that day's event the picture is of that day
    assert _date("Fans queue outside the stadium in Leeds before Tuesday's match.", "en") == "2026-11-17"
    assert _date("Veterans salute at the memorial in Arras during Wednesday's ceremony.", "en") == "2026-11-18"


def test_a_night_between_two_days_gives_no_day():
    assert _date("Löscharbeiten in einem Lagerhaus in Odessa in der Nacht zu Donnerstag.", "de") is None
    assert _date("Onweer boven de haven van Harlingen, in de nacht van maandag op dinsdag.", "nl") is None
    assert _date("Des éclairs au-dessus du port de Sète dans la nuit de lundi à mardi.", "fr") is None
    assert _date("Gewitter über dem Hafen von Kiel am Donnerstagabend.", "de") == "2026-11-19"


def test_the_start_of_a_state_to_come_is_not_the_pictures_day():
    assert _date("Die Talbrücke bei Siegen ist ab Montag wieder für Lastwagen gesperrt.", "de") is None
    assert _date("Het station van Zwolle is vanaf maandag weer open.", "nl") is None
    assert _date("Het station van Zwolle, maandag.", "nl") == "2026-11-16"


def test_a_day_prepared_for_is_later_than_the_picture():
    assert _date("Verkopers in Paramaribo bereiden zich voor op de feestdag van 25 november.", "nl") is None
    assert _date("Des bénévoles se préparent pour la course de dimanche à Annecy.", "fr") is None


def test_a_day_or_year_in_a_places_relative_clause_dates_that_place():
    assert _date("De fabriekshal van Philips in Drachten, waar vrijdag 200 banen verdwijnen.", "nl") is None
    assert _date("The old pier at Margate, where restoration began in 2019.", "en") is None
    # a day and month in such a clause may be the picture's (the rain it shows)
    assert _date("Een agent in Valencia, waar dinsdag 29 oktober 2026 de straten onderliepen.", "nl") == "2026-10-29"
    # a year not in such a clause still dates the picture
    assert _date("The old pier at Margate in 2019.", "en") == "2019"


def test_a_year_closing_an_event_the_picture_was_taken_during_is_the_pictures():
    assert _date("Dockers march through Liverpool during the lockout of 1995.", "en") == "1995"
    assert _date("Zandzakken bij een boerderij in Zeeland tijdens de watersnood van 1953.", "nl") == "1953"
    # without "during" the year after "of" is still the event's, not the picture's
    assert _date("Dockers in Liverpool remember the lockout of 1995.", "en") is None


def test_the_pictures_own_year_outranks_a_day_of_the_story():
    assert _date("L'écrivain Paul Mercadier, mort mardi à 88 ans, ici en 1968.", "fr") == "1968"
    assert _date("De schrijver, die dinsdag overleed, hier in 1981.", "nl") == "1981"
    # the day of a death never dates the portrait, even with no year of its own (fields32; datedeath)
    assert _date("L'écrivain Paul Mercadier, mort mardi à 88 ans.", "fr") is None


def test_a_french_time_of_day_before_du_dates_the_picture():
    assert _date("Des pêcheurs quittent le port de Sète à l'aube du 12 novembre 2026.", "fr") == "2026-11-12"
    assert _date("Des pêcheurs préparent le défilé du 14 juillet 2026 à Sète.", "fr") is None


def test_a_sentence_ending_in_a_number_may_still_close_before_a_credit():
    sheet = ("Portraits\n\n"
             "Pupils at the village school in Haworth, West Yorkshire. Photograph: Tom Hale/PA\n\n"
             "Walkers on the moor above Hebden Bridge. Photograph: Tom Hale/PA\n\n"
             "Edith Barraclough, who kept the Heptonstall inn for thirty years, has died aged 91. Family handout\n")
    rec = _found(sheet, "Edith Barraclough")
    assert rec is not None and rec["creditLine"] == "Family handout"


def test_a_title_ending_in_a_german_date_is_no_caption_with_a_credit():
    sheet = ("Bilder des Tages\n\n"
             "Ein Kran hebt ein Boot in Kiel aus dem Wasser. Foto: Jan Holm/dpa\n\n"
             "Radfahrer im Regen in Lübeck. Foto: Jan Holm/dpa\n\n"
             "Newsblog | Die Lage in Flensburg am Dienstag, 17. November\n")
    texts = _texts(sheet)
    assert not any(t.startswith("Newsblog") for t in texts)


def test_a_short_quoted_label_is_no_reported_speech():
    sheet = ("Polling day in pictures\n\n"
             "Voters queue outside a library in Dayton, Ohio, on Tuesday. (AP Photo/Jo Lane)\n\n"
             "Poll workers count ballots in Toledo, Ohio, on Tuesday. (AP Photo/Jo Lane)\n\n"
             "A man holds a \"Count every vote\" sign outside city hall in Columbus on Tuesday.\n\n"
             "\"We have never seen turnout like this,\" an official said in Columbus on Tuesday.\n")
    texts = _texts(sheet)
    assert any(t.startswith("A man holds a") for t in texts)
    assert not any(t.startswith("\"We have never seen") for t in texts)


def test_the_day_a_picture_was_handed_out_is_not_its_day():
    assert _date("The new rail bridge at Kassel in this picture provided by the railway on Monday.", "en") is None
    assert _date("The new rail bridge at Kassel on Monday.", "en") == "2026-11-16"


def test_a_two_word_label_and_a_handle_with_digits_close_a_lost_caption():
    sheet = ("La semaine en images\n\n"
             "Des skieurs sur les pistes de Tignes, samedi. Photo : Léa Roux / AFP\n\n"
             "La neige recouvre le port de Bastia, dimanche. Photo : Paul Santoni / AFP\n\n"
             "Une coulée de boue a coupé la route à Valloire, lundi. Capture d'écran : X / @Gendarmerie73\n")
    rec = _found(sheet, "Une coulée de boue")
    assert rec is not None and rec["creditLine"] == "X / @Gendarmerie73"
