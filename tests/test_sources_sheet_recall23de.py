"""German blanks of the blind parts 36-40 and 46-50 (issue 9, recall23de), one class per
test, in our own wording: what must now be taken, and what must still stay blank."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.datefeasts import easter, feast_day


def date_of(text: str, ref: dt.date | None) -> str | None:
    (cap,) = parse_sheet(text, ref_date=ref).captions
    return cap.record.get("dateCreated")


# --- 1. movable feasts as the picture's day, resolved from Easter -----------------------------

@pytest.mark.parametrize("year,day", [(2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"),
                                      (2025, "2025-04-20"), (2026, "2026-04-05"), (2038, "2038-04-25")])
def test_easter_sunday_by_the_computus(year, day):
    assert easter(year).isoformat() == day


def test_a_feast_not_yet_come_this_year_is_last_years():
    # Whit Monday 2026 is 25 May: on 1 May 2026 the latest one was 9 June 2025
    assert feast_day("Pfingstmontag", dt.date(2026, 5, 1)).isoformat() == "2025-06-09"
    assert feast_day("pfingstmontag", dt.date(2026, 5, 25)).isoformat() == "2026-05-25"


@pytest.mark.parametrize("text,ref,day", [
    ("Masken ziehen am Rosenmontag durch die Gassen von Villach. Foto: APA/Kurt Moser",
     dt.date(2026, 3, 1), "2026-02-16"),
    ("Tambouren trommeln am Güdismontag in der Altstadt von Zug. Bild: Lea Suter",
     dt.date(2026, 2, 20), "2026-02-16"),
    ("Aschermittwoch: Gläubige empfangen in Passau das Aschenkreuz. Foto: KNA",
     dt.date(2026, 2, 20), "2026-02-18"),
    ("Boote mit Gläubigen auf dem Chiemsee an Fronleichnam. Foto: Anna Beck/dpa",
     dt.date(2026, 6, 10), "2026-06-04"),
    ("Bezoekers op de markt in Kampen op tweede paasdag. Foto: ANP / Els Maas",
     dt.date(2026, 4, 10), "2026-04-06"),
    ("Zeilboten in de haven van Hoorn, pinkstermaandag. Foto: Piet Bos",
     dt.date(2026, 6, 1), "2026-05-25"),
    ("Pilgrims walk through Seville on Good Friday. AP Photo/Ana Ruiz",
     dt.date(2026, 4, 8), "2026-04-03"),
])
def test_a_feast_used_as_a_time_dates_the_picture(text, ref, day):
    assert date_of(text, ref) == day


@pytest.mark.parametrize("text,ref", [
    # a compound names the parade, not a day the caption gives
    ("Ein Motivwagen beim Rosenmontagszug durch Mainz. Foto: Lena Roth/dpa", dt.date(2026, 3, 1)),
    # the feast as the subject of a sentence, not as a time
    ("Der Aschermittwoch beendet die Fasnacht in Basel. Foto: Tim Graf", dt.date(2026, 3, 1)),
    # "seit": since the feast, not the picture's day
    ("Seit Aschermittwoch ist das Zelt in Köln leer. Foto: Jan Wirth/dpa", dt.date(2026, 3, 1)),
    # no reference date: the year is unknown, so no day is written
    ("Masken ziehen am Rosenmontag durch die Gassen von Villach. Foto: APA/Kurt Moser", None),
])
def test_a_feast_not_used_as_a_time_gives_no_date(text, ref):
    assert date_of(text, ref) is None


def test_an_explicit_date_wins_over_the_feast():
    text = "Umzug am Rosenmontag, 12. Februar 2024, in Mainz. Foto: Helena Brückner/dpa"
    assert date_of(text, dt.date(2026, 3, 1)) == "2024-02-12"


# --- 2. a dateline with a date and an hour: "Solothurn, 12. Februar 2026, 5 Uhr: ..." ---------

def record_of(text: str, ref: dt.date | None = None) -> dict:
    (cap,) = parse_sheet(text, ref_date=ref).captions
    return cap.record


@pytest.mark.parametrize("text,city,country,when", [
    ("Solothurn, 12. Februar 2026, 5 Uhr: Narren ziehen mit Trommeln durch die Gassen. Foto: Keystone-SDA / Eva Roth",
     "Solothurn", "CHE", "2026-02-12T05:00:00"),
    ("Basel, 23. Februar 2026, 4 Uhr: Der Morgestraich beginnt in der Innenstadt. Bild: Urs Kohler",
     "Basel", "CHE", "2026-02-23T04:00:00"),
    ("Görlitz, 3. März 2026, um 14.30 Uhr: Ein Zug überquert die Neiße. Foto: Tom Lange/dpa",
     "Görlitz", "DEU", "2026-03-03T14:30:00"),
])
def test_a_dateline_town_with_a_date_and_an_hour(text, city, country, when):
    rec = record_of(text)
    assert (rec.get("cityName"), rec.get("countryCode"), rec.get("dateCreated")) == (city, country, when)


def test_a_bare_number_after_a_year_is_no_hour():
    # "2026, 5 Mitglieder": no marker, so no time of day
    rec = record_of("Im Februar 2026, 5 Mitglieder des Vereins räumen in Solothurn auf. Foto: Eva Roth")
    assert "T" not in (rec.get("dateCreated") or "")


def test_a_speaker_with_an_hour_is_still_no_dateline():
    # a person's name then a colon and a quote stays a speaker, whatever follows the date
    rec = record_of("Merz, 12. Februar 2026, 5 Uhr: »Wir schaffen das«, sagt er. Foto: Eva Roth/dpa")
    assert rec.get("cityName") is None


# --- 3. a photographer's place and date in brackets; a canton's own town after "in" -----------

def credit_of(text: str) -> tuple[str | None, list[str] | None]:
    rec = record_of(text)
    return rec.get("creditLine"), rec.get("creatorNames") or []


@pytest.mark.parametrize("text,line,creators", [
    ("Fasnächtler vor dem Rathaus in Zug. Bild: Lea Suter (Zug, 16. 2. 2026)", "Lea Suter", ["Lea Suter"]),
    ("Trommler in der Altstadt von Basel. Foto: Urs Kohler (Basel, 23.2.2026)", "Urs Kohler", ["Urs Kohler"]),
    ("Ein Umzug in Liestal. Bild: Corinne Stalder (Liestal, 22. Februar 2026)", "Corinne Stalder",
     ["Corinne Stalder"]),
])
def test_the_bracket_after_the_photographer_is_not_the_credit(text, line, creators):
    assert credit_of(text) == (line, creators)


@pytest.mark.parametrize("text,line", [
    # an agency or a note in brackets, without a date, stays the credit grammar's
    ("Fischer am Hafen von Urk. Foto: Roel Smit (ANP)", "Roel Smit (ANP)"),
])
def test_a_bracket_without_a_date_is_left_to_the_credit(text, line):
    assert credit_of(text)[0] == line


@pytest.mark.parametrize("text,city", [
    ("Guggenmusiker spielen vor dem Rathaus in Schwyz. Bild: Nadine Imholz", "Schwyz"),
    ("Narren ziehen durch die Gassen in Solothurn. Foto: Keystone-SDA / Elias Bachmann", "Solothurn"),
    ("Landsgemeinde auf dem Zaunplatz in Glarus. Foto: Keystone / Gian Ehrenzeller", "Glarus"),
])
def test_in_a_canton_named_after_its_town_is_the_town(text, city):
    rec = record_of(text)
    assert (rec.get("cityName"), rec.get("countryCode")) == (city, "CHE")


@pytest.mark.parametrize("text", [
    # the canton named as such is a region, not its town
    "Lawinenverbauungen im Kanton Schwyz. Foto: Keystone / Urs Flüeler",
    # a region with no town of its name in that region: no town written
    "Schneefall in Graubünden. Foto: Keystone / Gian Ehrenzeller",
    # a state whose namesake town lies in another state: not that town (Delaware, Ohio)
    "Beach crowds in Delaware on Sunday. AP Photo/Ann Reyes",
])
def test_a_region_without_its_own_town_stays_a_region(text):
    assert record_of(text).get("cityName") is None


# --- 4. an art hall or an abbey named after the town it stands in --------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Besucher vor Gemälden in der Kunsthalle Bielefeld am Sonntag. Foto: Ina Fassbender/dpa", "Bielefeld", "DEU"),
    ("Handschriften in der Stiftsbibliothek Admont. Foto: APA/Erich Steinwender", "Admont", "AUT"),
    ("Mönche beim Chorgebet im Stift Melk. Foto: APA/Helmut Fohringer", "Melk", "AUT"),
])
def test_an_art_hall_or_abbey_names_its_town(text, city, country):
    rec = record_of(text)
    assert (rec.get("cityName"), rec.get("countryCode")) == (city, country)


@pytest.mark.parametrize("text", [
    # a monastery is often named after its hill, not a town: "Kloster Kreuzberg" is in the Rhön
    "Pilger bei der Wallfahrt zum Kloster Kreuzberg in der Rhön. Foto: KNA/Theresa Wendl",
    # the institution in the credit is no place of the picture
    "Handschriften aus dem Mittelalter in einer Vitrine. Foto: Stift Admont",
])
def test_a_monastery_or_a_credit_gives_no_town(text):
    assert record_of(text).get("cityName") is None


# --- 5. an agency keyed with a hyphen, printed in lower case after the caption: "epd-bild/Name" --

@pytest.mark.parametrize("text,line,creators", [
    ("Pfarrer segnen die Boote am Ufer in Lindau. epd-bild/Jens Schulze", "epd-bild/Jens Schulze", ["Jens Schulze"]),
    ("Das Festspielhaus in Bayreuth (Archivbild). epd-bild/Tim Wegner", "epd-bild/Tim Wegner", ["Tim Wegner"]),
])
def test_a_lower_case_compound_agency_opens_a_credit(text, line, creators):
    assert credit_of(text) == (line, creators)


def test_a_caption_with_such_a_credit_is_not_a_headline():
    sheet = parse_sheet("Kirche und Kultur\n\nDas Festspielhaus in Bayreuth (Archivbild). epd-bild/Tim Wegner\n")
    assert [c.record.get("creditLine") for c in sheet.captions] == ["epd-bild/Tim Wegner"]


def test_lower_case_words_around_a_slash_stay_description():
    # a slash between ordinary words is no credit
    assert credit_of("Ein Plakat mit der Aufschrift ja/nein hängt in Bern. Foto: Urs Kohler")[0] == "Urs Kohler"


# --- 6. "Archivfoto: Name", "Bild: zvg": a German archive introducer, the Swiss "zur Verfügung gestellt" --

@pytest.mark.parametrize("text,line,creators", [
    ("Blick vom Turm auf die Altstadt von Dinkelsbühl. Archivfoto: Anna Berger", "Anna Berger", ["Anna Berger"]),
    ("Der Marktplatz von Landsberg im Winter. Archivbild: Jonas Huber", "Jonas Huber", ["Jonas Huber"]),
    # handed to the paper by the family: a credit with no creator
    ("Die Familie Keller vor ihrer Alphütte am Pilatus. Bild: zvg", "zvg", []),
])
def test_archive_introducer_and_handed_in_pictures(text, line, creators):
    assert credit_of(text) == (line, creators)


def test_an_archive_word_in_the_sentence_is_no_introducer():
    # "(Archivbild)" and "Archivbild aus ..." say the picture is old, they credit nobody
    assert credit_of("Das Kurhaus in Baden-Baden (Archivbild). Foto: Uli Deck/dpa")[0] == "Uli Deck/dpa"
    assert credit_of("Ein Archivbild aus dem Jahr 1990 zeigt den Hafen von Kiel. Foto: Uli Deck/dpa")[0] == "Uli Deck/dpa"


# --- 7. a home side's town adjective at its own ground, the caption naming no other place -------

@pytest.mark.parametrize("text,city,country", [
    ("Die Lustenauer Eishockeyspieler feiern am Freitag in der Rheinhalle den Sieg. Foto: GEPA pictures/Anna Moser",
     "Lustenau", "AUT"),
    ("Die Kaufbeurer Eishockeyspieler jubeln in der Energie-Arena über das 3:1. Foto: Imago/Max Roth",
     "Kaufbeuren", "DEU"),
])
def test_a_home_side_at_its_ground_gives_its_town(text, city, country):
    rec = record_of(text)
    assert (rec.get("cityName"), rec.get("countryCode")) == (city, country)


@pytest.mark.parametrize("text", [
    # no ground named: a player's town is where he comes from, not where the picture is
    "Der Landshuter Stürmer Leon Weber jubelt am Freitag über sein Tor gegen Kaufbeuren. Foto: Imago/Eibner",
    # another town named: the picture is there, never the team's town
    "Die Kölner Spieler jubeln nach dem Sieg in der Arena in Darmstadt. Foto: Sina Schuldt/dpa",
])
def test_a_team_adjective_without_its_ground_is_no_place(text):
    assert record_of(text).get("cityName") in (None, "Darmstadt")


# --- 8. "See" is a lake in German text, not the village See in Tyrol ----------------------------

def test_the_lake_is_no_village():
    rec = record_of("Boote fahren von Seehausen aus über den See zur Kirche. Foto: KNA/Julia Steinbrecht")
    assert rec.get("countryCode") != "AUT"
