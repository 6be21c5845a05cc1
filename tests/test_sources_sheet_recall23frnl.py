"""French and Dutch blanks of the blind parts 36-40 and 46-50 (issue 9), one class per test, in
our own wording: what must be taken and what must still stay blank."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. irregular French demonyms of towns (place_aliases.json "city_adjectives") ----------

@pytest.mark.parametrize("text,city", [
    ("Des ostréiculteurs agathois relèvent leurs tables au petit matin. Photo : Marc Vidal / AFP", "Agde"),
    ("Un marin douarneniste répare ses filets, mardi. Photo : Anne Le Goff / Ouest-France", "Douarnenez"),
    ("Des viticulteurs obernois taillent la vigne, jeudi. Photo : Paul Kern / DNA", "Obernai"),
    ("Des commerçants spinaliens ouvrent leurs boutiques dimanche. Photo : Léa Hoff / AFP", "Épinal"),
    ("Des commerçants castelroussins ouvrent leurs boutiques, lundi. Photo : Jean Morin / AFP", "Châteauroux"),
])
def test_an_irregular_demonym_gives_its_town(text, city):
    assert place(text)[:2] == (city, "FRA")


@pytest.mark.parametrize("text", [
    # the demonym's town is named in another country's sense nowhere: plain words stay words
    "Des pêcheurs débarquent leurs daurades sur le quai, lundi. Photo : Marc Vidal / AFP",
    "Un demi de mêlée file à l'essai, samedi. Photo : Paul Kern / Icon Sport",
])
def test_no_demonym_no_town(text):
    city, country, _ = place(text)
    assert city is None


def test_a_lowercase_irregular_demonym_is_read_from_the_table():
    text = "Des supporters brivistes chantent dans la tribune, samedi. Photo : Léa Hoff / AFP"
    assert place(text)[:2] == ("Brive-la-Gaillarde", "FRA")


@pytest.mark.parametrize("text", [
    # the new endings ("-iste", "-in", "-er") look words up in the table only: an ordinary
    # word with them is no town
    "Un cycliste et un marin discutent sur le quai, samedi. Photo : Léa Hoff / AFP",
    "Le boulanger sert un client, mardi. Photo : Léa Hoff / AFP",
])
def test_ordinary_words_with_those_endings_give_no_town(text):
    assert place(text)[0] is None


# --- 2. movable feasts as the picture's day (feasts.py) ------------------------------------

import datetime as dt  # noqa: E402

from captionist.sources.sheet.dates import find_date  # noqa: E402
from captionist.sources.sheet.datefeasts import easter  # noqa: E402


@pytest.mark.parametrize("year,day", [(2000, dt.date(2000, 4, 23)), (2019, dt.date(2019, 4, 21)),
                                      (2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)),
                                      (2026, dt.date(2026, 4, 5)), (2038, dt.date(2038, 4, 25))])
def test_easter_sunday_by_the_computus(year, day):
    assert easter(year) == day


@pytest.mark.parametrize("text,lang,ref,iso", [
    ("Gelovigen bij de kapel van Banneux op hemelvaartsdag.", "nl", dt.date(2026, 5, 20), "2026-05-14"),
    ("Een kermis op het dorpsplein in Ruinen, tweede pinksterdag.", "nl", dt.date(2026, 6, 1), "2026-05-25"),
    ("Narren ziehen am Rosenmontag durch die Altstadt von Mainz.", "de", dt.date(2026, 2, 20), "2026-02-16"),
    ("Un marché aux fleurs le lundi de Pâques à Bergues.", "fr", dt.date(2026, 4, 10), "2026-04-06"),
    # the feast not come yet in the reference year: last year's
    ("Wandelaars in de duinen van Schoorl op paasmaandag.", "nl", dt.date(2026, 3, 1), "2025-04-21"),
])
def test_a_one_day_feast_dates_the_picture(text, lang, ref, iso):
    assert find_date(text, lang, ref).iso() == iso


@pytest.mark.parametrize("text", [
    "Pinksteren trekt elk jaar duizenden pelgrims naar Kevelaer.",      # the feast named, no day
    "Rond Pasen staan de bollenvelden in bloei bij Lisse.",              # several days
    "L'ascension du mont Aiguille par la face nord.",                    # a climb
    "Ostern in Rom: Pilger auf dem Petersplatz.",                        # several days
])
def test_a_feast_of_several_days_or_a_plain_noun_gives_no_date(text):
    assert find_date(text, "nl", dt.date(2026, 5, 26)) is None


# --- 3. a surname that also says "private" -------------------------------------------------

from captionist.sources.sheet import parse_sheet  # noqa: E402


def _credit(text: str):
    (cap,) = parse_sheet(text).captions
    return cap.record.get("creatorNames"), cap.record.get("source")


def test_a_photographer_named_privat_is_a_person():
    text = "Des cueilleurs dans une parcelle de Cramant (Marne), mercredi. ANNE PRIVAT POUR « LE MONDE »"
    assert _credit(text) == (["Anne Privat"], "Le Monde")


@pytest.mark.parametrize("text", [
    "Der Bürgermeister mit seiner Familie am Badesee in Thale, Sonntag. Bild: privat",
    "Het echtpaar bij hun huis in Zeist, zaterdag. Foto: privé",
])
def test_a_private_source_names_no_creator(text):
    assert not _credit(text)[0]


# --- 4. a French landscape named after a town is not the town (placenamedafter.py) ---------

@pytest.mark.parametrize("text", [
    "Une vigneronne dans ses rangs de chardonnay, sur la Montagne de Reims, lundi. Photo : Léa Hoff / AFP",
    "Des randonneurs sur un sentier de la Forêt de Compiègne, dimanche. Photo : Léa Hoff / AFP",
])
def test_a_landscape_named_after_a_town_gives_no_town(text):
    assert place(text)[0] is None


@pytest.mark.parametrize("text,city", [
    # the town written in its own right as well: kept
    ("La cathédrale de Reims illuminée, samedi soir. Photo : Léa Hoff / AFP", "Reims"),
    ("Un vendangeur à Reims, au pied de la Montagne de Reims, mardi. Photo : Léa Hoff / AFP", "Reims"),
    # a small head word: "whose forest" is left to the other rules
    ("Des bûcherons à Compiègne, jeudi. Photo : Léa Hoff / AFP", "Compiègne"),
])
def test_the_town_itself_is_still_taken(text, city):
    assert place(text)[0] == city


# --- 5. organisations in a credit are no creators ------------------------------------------

@pytest.mark.parametrize("text,creators,source", [
    # one word before a handout: the body that handed the picture out
    ("Een tanker voor de kust bij Bergen, dinsdag. Foto: Kystverket / Handout via Reuters", [], "Reuters"),
    # a regional media group before its photographer
    ("De stoet trekt door Sittard, zondag. Foto: Mediahuis Limburg / Anouk Bemelmans",
     ["Anouk Bemelmans"], "Mediahuis Limburg"),
])
def test_an_organisation_in_the_credit_is_no_creator(text, creators, source):
    got = _credit(text)
    assert (got[0] or []) == creators and got[1] == source


@pytest.mark.parametrize("text,creators", [
    ("A ferry off Bergen, Tuesday. Photo: Ingrid Solberg/Handout via REUTERS", ["Ingrid Solberg"]),
    ("Een schip in de haven van Bergen, dinsdag. Foto: Libkos / AP", ["Libkos"]),
])
def test_people_before_a_handout_or_agency_stay_creators(text, creators):
    assert _credit(text)[0] == creators


# --- 6. a statement about most of a group is the article's text (layout._GENERAL) ----------

_ARTICLE_SHEET = """Les vendanges en images

Des cueilleurs dans une parcelle de Cramant (Marne), mercredi. ANNE PRIVAT POUR « LE MONDE »

La plupart arrivent de Lyon et de Bretagne, logés dans des gîtes ou sous la tente.

Au pressoir du Mesnil-sur-Oger, jeudi. ANNE PRIVAT POUR « LE MONDE »

Des cueilleurs déjeunent dans une cour de Cumières, samedi. ANNE PRIVAT POUR « LE MONDE »
"""


def test_a_paragraph_about_most_of_them_is_no_caption():
    result = parse_sheet(_ARTICLE_SHEET)
    assert [c.text[:12] for c in result.captions] == ["Des cueilleu", "Au pressoir ", "Des cueilleu"]
    assert any(s.text.startswith("La plupart") and s.reason == "article text" for s in result.stray)


def test_a_credited_caption_about_most_of_a_crowd_stays():
    text = ("La plupart des manifestants défilent place de la République à Paris, samedi. "
            "Photo : Léa Hoff / AFP")
    (cap,) = parse_sheet(text).captions
    assert cap.record.get("cityName") == "Paris"


# --- 7. an opening dateline with a weekday before the full date ----------------------------

@pytest.mark.parametrize("text,city", [
    ("Paimpol (Côtes-d'Armor), samedi 22 août 2026. Des voiliers entrent au port. Photo : Léa Hoff / AFP", "Paimpol"),
    ("Lannion (Côtes-d'Armor), dimanche 23 août. Des coureurs au départ. Photo : Léa Hoff / AFP", "Lannion"),
])
def test_a_dateline_with_weekday_and_date_gives_its_town(text, city):
    assert place(text)[:2] == (city, "FRA")


def test_a_weekday_and_date_without_a_dateline_give_no_town():
    text = "Samedi 22 août 2026. Des voiliers entrent au port. Photo : Léa Hoff / AFP"
    assert place(text)[0] is None


# --- 8. a Dutch town named with its article is written with it (placearticle.py) ----------

@pytest.mark.parametrize("text,city,country", [
    ("Een kermis op de Grote Markt in Lier, zaterdag. Foto: Belga / Jan Peeters", "Lier", "BEL"),
    ("Tomatenkassen in De Lier, zaterdag. Foto ANP / Jan Jansen", "De Lier", "NLD"),
])
def test_the_article_decides_between_lier_and_de_lier(text, city, country):
    assert place(text)[:2] == (city, country)
