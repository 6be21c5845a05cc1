"""Classes of misses from the 06-10 blind part, on captions of our own (issue 9, round
fields20): a live blog's time-stamped posts, service information (opening hours, prices,
admission), an English perfect of an irregular verb in a pasted article, dpa's "/Archivbild"
after a credit, an agency whose name holds a web domain, "Uncredited" and newspapers as
creators, and a relative day under a live blog's day heading. None of this wording is in
the corpus.

Every paragraph under test sits between credited captions, where the parser is most
willing to take a paragraph for a caption."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.credits import find_credit
from captionist.sources.sheet.strayposts import live_post, page_post, service_info

CAPTIONS = {
    "nl": ["Wandelaars steken de Afsluitdijk over bij Den Oever, zaterdag 24 januari. Foto: ANP / Rik Smit",
           "Een veerboot vertrekt uit de haven van Harlingen, zaterdag 24 januari. Foto: ANP / Rik Smit",
           "Een visser herstelt zijn netten in Urk, zondag 25 januari. Foto: ANP / Rik Smit"],
    "en": ["Walkers cross the Clifton Suspension Bridge in Bristol, England, January 24, 2026. REUTERS/Ada Lowe",
           "A narrowboat passes through a lock in Bath, England, January 24, 2026. REUTERS/Ada Lowe",
           "Rowers train on the river Avon in Bristol, England, January 25, 2026. REUTERS/Ada Lowe"],
    "de": ["Spaziergänger auf der Seebrücke in Heringsdorf, Samstag, 24. Januar 2026. Foto: Jens Kahl/dpa",
           "Ein Fischkutter läuft in den Hafen von Sassnitz ein, 24. Januar 2026. Foto: Jens Kahl/dpa",
           "Möwen über dem Strand von Binz, 25. Januar 2026. Foto: Jens Kahl/dpa"],
    "fr": ["Des promeneurs sur la jetée de Trouville, le 24 janvier 2026. Photo : Léo Roux / AFP",
           "Un chalutier rentre au port de Honfleur, le 24 janvier 2026. Photo : Léo Roux / AFP",
           "Des mouettes au-dessus de la plage de Deauville, le 25 janvier 2026. Photo : Léo Roux / AFP"],
}
REF = dt.date(2026, 1, 30)


def _sheet(lang: str, pasted: str):
    caps = CAPTIONS[lang]
    text = "\n\n".join([caps[0], caps[1], pasted, caps[2]]) + "\n"
    return parse_sheet(text, lang=lang, ref_date=REF)


def _set_apart(result, text: str) -> str | None:
    return next((s.reason for s in result.stray if s.text == text), None)


# --- 1. a live blog's post stamped with the time it was posted ---

LIVE_POSTS = [
    ("en", "10.15am: Queues are reported outside several polling stations in the north of the city, where turnout "
           "is higher than at the last election."),
    ("en", "3.05pm Police have closed the seafront road in Weston after waves broke over the wall."),
    ("nl", "09.45 Burgemeester Jan de Vries van Urk noemt de storm 'de zwaarste in twintig jaar'."),
    ("nl", "16:20 uur: Rijkswaterstaat sluit de Haringvlietdam voor verkeer."),
    ("de", "14:30 Uhr - Die Feuerwehr in Binz meldet umgestürzte Bäume auf der Strandpromenade."),
    ("de", "8.50 Der Landrat von Vorpommern-Rügen ruft die Bürger auf, zu Hause zu bleiben."),
    ("fr", "11h40 : Le préfet du Calvados annonce la fermeture des plages de Deauville et Trouville."),
]


@pytest.mark.parametrize("lang,text", LIVE_POSTS)
def test_time_stamped_live_post_without_credit_is_a_stray(lang, text):
    assert live_post(text)
    result = _sheet(lang, text)
    assert len(result.captions) == 3
    assert _set_apart(result, text) == "live post"


@pytest.mark.parametrize("lang,text,city", [
    ("en", "10.15am: Voters queue outside a polling station in Bristol, England. REUTERS/Ada Lowe", "Bristol"),
    ("de", "14:30 Uhr: Feuerwehrleute räumen einen Baum in Binz weg. Foto: Jens Kahl/dpa", "Binz"),
])
def test_time_stamped_post_with_its_own_credit_stays_a_caption(lang, text, city):
    result = _sheet(lang, text)
    assert len(result.captions) == 4
    assert result.captions[2].record["creditLine"]


@pytest.mark.parametrize("text", [
    "2.50 Euro kostet eine Tasse Kaffee am Kiosk in Binz.",     # a price, not a time
    "12.000 Besucher kamen zum Hafenfest in Sassnitz.",          # a number, not a time
    "A boy waits at 10.15 for the ferry in Bristol.",            # a time inside, not a stamp
    "25.30 metres of sea wall gave way in Weston.",             # no hour 25
])
def test_numbers_are_no_time_stamp(text):
    assert not live_post(text)


# --- 2. service information: opening hours, prices, admission ---

SERVICE = [
    ("de", "Das Bernsteinmuseum in Sassnitz ist mittwochs bis sonntags von 11 bis 16 Uhr geöffnet."),
    ("nl", "Het vissersmuseum in Urk is van dinsdag tot en met zaterdag van 10 tot 17 uur open."),
    ("en", "Tickets cost £14 for adults and the bridge exhibition is open daily."),
    ("fr", "Entrée libre, tous les jours sauf le lundi, au musée Eugène-Boudin de Honfleur."),
    ("nl", "De toegang tot de tentoonstelling in Harlingen is gratis."),
]


@pytest.mark.parametrize("lang,text", SERVICE)
def test_service_information_is_a_stray(lang, text):
    assert service_info(text)
    result = _sheet(lang, text)
    assert len(result.captions) == 3
    assert _set_apart(result, text) == "service information"


@pytest.mark.parametrize("text", [
    "Besucher stehen vor dem geschlossenen Museum in Sassnitz.",
    "Shoppers carry bags out of an open market in Bath.",
    "Des touristes font la queue devant l'entrée du musée à Honfleur.",
])
def test_visitors_in_a_caption_are_no_service_information(text):
    assert page_post(text) is None


# --- 3. an English perfect of an irregular verb in a pasted article ---

def test_english_irregular_perfect_with_a_since_year_is_article_text():
    text = ("The council has spent more than 4 million pounds on the harbour walls since 2014, but in towns from "
            "Portishead to Clevedon many residents still fear the next winter storm.")
    result = _sheet("en", text)
    assert len(result.captions) == 3
    assert _set_apart(result, text) == "article text"


def test_an_english_present_caption_without_credit_stays():
    text = "A lifeguard keeps watch over swimmers on the beach at Weston-super-Mare, England."
    result = _sheet("en", text)
    assert len(result.captions) == 4


# --- 4. credits: suffixes, domains, "Uncredited", newspapers ---

@pytest.mark.parametrize("par,line,creators", [
    ("Ein Kutter im Hafen von Sassnitz. Foto: Jens Kahl/dpa/Archivbild", "Jens Kahl/dpa", ["Jens Kahl"]),
    ("Ein Kutter im Hafen von Sassnitz. Foto: Jens Kahl/dpa/Symbolbild", "Jens Kahl/dpa", ["Jens Kahl"]),
    # dpa-Zentralbild is dpa's East German picture service: part of the credit
    ("Ein Kutter in Sassnitz. Foto: Jens Kahl/dpa-Zentralbild/dpa", "Jens Kahl/dpa-Zentralbild/dpa", ["Jens Kahl"]),
    ("Swimmers in the sea off Sopot, Poland, January 4, 2026. Gazeta.pl/Ewa Nowak via REUTERS",
     "Gazeta.pl/Ewa Nowak via REUTERS", ["Ewa Nowak"]),
    ("Swimmers in the sea off Sopot, Poland, January 4, 2026. Agencja Gazeta/Ewa Nowak via REUTERS",
     "Agencja Gazeta/Ewa Nowak via REUTERS", ["Ewa Nowak"]),
    ("Rescuers search the rubble in Adana. Photo: Uncredited/AP", "Uncredited/AP", []),
    ("Ein Uhrmacher in Furtwangen. Bild: Badischer Kurier", "Badischer Kurier", []),
    ("Ein Uhrmacher in Furtwangen. Foto: Südwest Anzeiger", "Südwest Anzeiger", []),
    # a person stays a creator
    ("Ein Uhrmacher in Furtwangen. Bild: Lena Kurz", "Lena Kurz", ["Lena Kurz"]),
    ("Swimmers off Sopot. REUTERS/Ewa Nowak", "REUTERS/Ewa Nowak", ["Ewa Nowak"]),
])
def test_credit_line_and_creators(par, line, creators):
    got = find_credit(par)
    assert got is not None
    assert got.line == line
    assert got.creators == creators


# --- 5. dates: a year "of" another event ---

@pytest.mark.parametrize("text,expected", [
    # the year of what the picture's subject refers to, later in the sentence: not the picture's
    ("Bauarbeiter sichern in Binz die Steilküste nach dem Abbruch von 2019.", None),
    ("Een monument in Urk herinnert aan de storm van 1953.", None),
    ("Walkers pass a plaque in Bath marking the floods of 1968.", None),
    # the caption opens with the event: the picture shows it
    ("Die Sturmflut von 1962 in der Altstadt von Hamburg.", "1962"),
    # the picture's own year
    ("Ein Foto von 1965 zeigt den Hafen von Sassnitz.", "1965"),
    ("Fishermen mend nets in Urk in 1952.", "1952"),
])
def test_year_of_another_event(text, expected):
    from captionist.sources.sheet.dates import find_date
    got = find_date(text, "de", REF)
    assert (got.iso() if got else None) == expected


# --- 6. dates: a relative day under a live blog's day heading ---

def test_relative_day_and_day_name_count_from_the_heading_that_dates_the_post():
    text = ("Zaterdag 24 januari\n\n"
            "Een veerboot ligt gisteren aan de kade in Harlingen. Foto: ANP / Rik Smit\n\n"
            "Een visser herstelt donderdag zijn netten in Urk. Foto: ANP / Rik Smit\n")
    result = parse_sheet(text, lang="nl", ref_date=dt.date(2026, 1, 25))
    dates = [c.record.get("dateCreated") for c in result.captions]
    # the heading dates the post (corpus README): "gisteren" is the day before the heading's
    # Saturday, "donderdag" the Thursday before it
    assert [str(d)[:10] for d in dates] == ["2026-01-23", "2026-01-22"]


def test_time_stamped_paragraphs_in_a_sheet_without_credits_stay_captions():
    text = ("14.30 Een veerboot vertrekt uit de haven van Harlingen.\n\n"
            "15.10 Een visser herstelt zijn netten in Urk.\n")
    result = parse_sheet(text, lang="nl", ref_date=REF)
    assert len(result.captions) == 2
    assert page_post("14.30 Een veerboot vertrekt uit Harlingen.", among_credited=False) is None
