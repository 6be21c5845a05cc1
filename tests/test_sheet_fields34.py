"""Fields round 34 (issue 9): organisations credited like people, services' own "photo by"
credits, ranks written small, and a country that closes a "from <place of origin>" phrase.
Captions are our own wording; each class has cases in two or more languages and a twin
that must stay as it was."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet
from sheet_helpers import last_place as place
from captionist.sources.sheet.credits import find_credit


# --- church bodies, pilgrimages' organisers, papers, commissions, firms: never creators ---

@pytest.mark.parametrize("caption,line", [
    ("Firmlinge ziehen mit Fahnen zum Dom. Foto: Erzbistum Bamberg", "Erzbistum Bamberg"),
    ("Kinderen steken kaarsen aan in de kerk. Foto: Bisdom Roermond", "Bisdom Roermond"),
    ("Pilgrims kneel at the grotto before the evening Mass. Photo: Diocese of Galway", "Diocese of Galway"),
    ("Les pèlerins allument des cierges devant la grotte. Photo : Paroisse Saint-Jean", "Paroisse Saint-Jean"),
    ("Misdienaars bij de processie door het dorp. Foto: Parochie Sint-Servaas", "Parochie Sint-Servaas"),
    ("Radpilger rasten an einer Kapelle. Quelle: Pilgerleitung Werl", "Pilgerleitung Werl"),
    ("Ministranten vor dem Altar. Foto: Basilika Vierzehnheiligen", "Basilika Vierzehnheiligen"),
    ("Bells ring out over the close. Credit: Salisbury Cathedral", "Salisbury Cathedral"),
    ("Een pelgrimstrein vertrekt uit Maastricht. Foto: Limburgse Bedevaarten", "Limburgse Bedevaarten"),
    ("Volunteers sort donations at a food bank. Photo: Croydon Independent", "Croydon Independent"),
    ("Ein Schiff verlässt das Trockendock. Foto: Lloyd Werft", "Lloyd Werft"),
    ("Cranes lift a hull section at the dock. Photo: Ferguson Shipyard", "Ferguson Shipyard"),
    ("Die Kommissarin bei einer Pressekonferenz. Foto: Europäische Kommission", "Europäische Kommission"),
    ("Ministers komen aan voor de top. Beeld: Europese Commissie", "Europese Commissie"),
    ("Die Delegierten stimmen ab. Foto: Bund der Steuerzahler", "Bund der Steuerzahler"),
    ("Die Sitzung im Rathaus. Foto: Rat der Stadt Gera", "Rat der Stadt Gera"),
    ("Une jeune femme dans un train régional. Photo d'illustration Adobe Stock", "Adobe Stock"),
])
def test_organisations_are_no_creators(caption, line):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == [], c


@pytest.mark.parametrize("caption,line,creators", [
    # a place's -er adjective opens a paper's name: the person is the one after the slash
    ("Der Marktplatz am Samstag. Foto: Liechtensteiner Wochenschau / Petra Hasler",
     "Liechtensteiner Wochenschau / Petra Hasler", ["Petra Hasler"]),
    ("Radfahrer an der Promenade. Foto: Bocholter Rundblick/Jonas Terhorst",
     "Bocholter Rundblick/Jonas Terhorst", ["Jonas Terhorst"]),
    # a Danish or Norwegian company form is one part, not a company and a person "S"
    ("Cables are loaded onto a ship in Esbjerg, Denmark. (Nordsø Kabel A/S via AP)", "Nordsø Kabel A/S via AP", []),
    # a service's own "photo by" credit, with the photographer's rank before the name
    ("Sailors moor a frigate in Souda Bay, Greece. (U.S. Navy photo by Petty Officer 2nd Class Dana Whitfield)",
     "U.S. Navy photo by Petty Officer 2nd Class Dana Whitfield", ["Dana Whitfield"]),
    ("Crews refuel a tanker at Mildenhall, England. (U.S. Air Force photo by Tech. Sgt. Omar Reyes)",
     "U.S. Air Force photo by Tech. Sgt. Omar Reyes", ["Omar Reyes"]),
    ("Soldaten verladen Material in Munster. (Bundeswehr-Foto von Hptm. Lena Korte)",
     "Bundeswehr-Foto von Hptm. Lena Korte", ["Lena Korte"]),
    # a Dutch rank written small before the name
    ("Mariniers oefenen op het strand bij Texel. Foto: Ministerie van Defensie / kpl. Sanne Bakker",
     "Ministerie van Defensie / kpl. Sanne Bakker", ["Sanne Bakker"]),
])
def test_the_person_is_found(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == creators, c


@pytest.mark.parametrize("caption,creators", [
    # people stay people: a given name that is also a small town's -er form, a surname like a
    # paper's word, "von der", a Sunday paper's word as a surname
    ("Weinlese an der Mosel. Foto: Rainer Sommer", ["Rainer Sommer"]),
    ("A rally in Leeds. Photo: Joe Rosenblatt/PA", ["Joe Rosenblatt"]),
    ("Die Kommissionspräsidentin in Brüssel. Foto: Ursula von der Laan/dpa", ["Ursula von der Laan"]),
    ("Marktstände in Celle. Foto: Peter Hamburger/dpa", ["Peter Hamburger"]),
    ("Sheep on the fells. Photo: Tom Steel", ["Tom Steel"]),
])
def test_people_stay_creators(caption, creators):
    c = find_credit(caption)
    assert c is not None and c.creators == creators, c


# --- a country closing a "from <place of origin> in" phrase is no picture's country ---

@pytest.mark.parametrize("text,origin", [
    ("Soldiers from an air base in Germany unload crates at a depot near Rzeszów. Photo: Ada Veen/AP", "DEU"),
    ("Pilger aus einer Pfarrei in Polen beten vor der Gnadenkapelle. Foto: Tom Weber/dpa", "POL"),
    ("Leerlingen uit een dorp in België zingen in de kathedraal. Foto: Jan Vos", "BEL"),
])
def test_origin_country_is_not_written(text, origin):
    assert place(text)[1] != origin


def test_from_a_town_in_a_country_keeps_the_country():
    # a town after "from", then where the people are: the country is the picture's
    assert place("Refugees from Kharkiv in Poland wait for a bus. Photo: Ada Veen/AP")[1] == "POL"


# --- days and months that are not the picture's (dateevents.py) ---

import datetime as dt  # noqa: E402

from captionist.sources.sheet.dates import find_date  # noqa: E402

_REF = dt.date(2026, 11, 27)    # a Friday


def _iso(text: str, lang: str = "de") -> str | None:
    got = find_date(text, lang, _REF)
    return got.iso() if got else None


@pytest.mark.parametrize("text,lang", [
    # "nowadays" of a place, in an apposition or a relative clause
    ("Das alte Zollhaus an der Grenze, heute ein Museum (Archivbild).", "de"),
    ("Der Bahnhof von Kehl, der heute zur Eurodistrikt-Verwaltung gehört (Archivbild).", "de"),
    ("The old mill on the Wye, today a museum of weaving (file).", "en"),
    ("La gare de Vichy, aujourd'hui rattachée au musée des Transports (archives).", "fr"),
    ("Het oude raadhuis van Sluis, vandaag een museum (archief).", "nl"),
    # a schedule of months, a month in a place's clause
    ("Der Saal in Straßburg, in dem der Rat im März, Juli und November tagt.", "de"),
    ("Le palais à Bruxelles, où les ministres se réunissent en mars et en juin.", "fr"),
    # an English day before a rite or market names no day
    ("Shoppers browse Sunday market stalls in Ely.", "en"),
    # a day in a later sentence told in the pluperfect
    ("Ein Frachter passiert die Loreley. Der Pegel war am Dienstag auf einen Meter gesunken.", "de"),
    ("A barge passes under the bridge at Kaub. The river had fallen on Tuesday.", "en"),
])
def test_no_picture_date(text, lang):
    assert _iso(text, lang) is None


@pytest.mark.parametrize("text,lang,iso", [
    # that day of the week before
    ("Abgeordnete im Landtag in Kiel, Dienstag vergangener Woche.", "de", "2026-11-17"),
    ("Boeren protesteren op het Malieveld, vorige week dinsdag.", "nl", "2026-11-17"),
    ("Farmers block the road into Ghent on Tuesday last week.", "en", "2026-11-17"),
    ("Des agriculteurs bloquent l'A7, mardi de la semaine dernière.", "fr", "2026-11-17"),
    # twins: the day itself stays, "heute" of the picture stays, a relative clause of people stays
    ("Abgeordnete im Landtag in Kiel am Dienstag.", "de", "2026-11-24"),
    ("Kinder, die heute ein Fest feiern, in Fulda.", "de", "2026-11-27"),
    ("Die Feuerwehr ist heute in Lahr im Einsatz.", "de", "2026-11-27"),
    ("Protesters outside the parliament in Vienna, today.", "en", "2026-11-27"),
    ("Worshippers gather for prayers in Leicester on Friday.", "en", "2026-11-27"),
])
def test_picture_date_kept(text, lang, iso):
    assert _iso(text, lang) == iso


# --- charts, calls for readers' pictures and teasers are no captions (straynotice.py) ---

def _descriptions(text: str) -> list[str]:
    return [next(iter(c.record["description"].values())) for c in parse_sheet(text).captions]


@pytest.mark.parametrize("stray", [
    "Gaspreise nach Bundesländern (Grafik: Statista / Quelle: Verivox)",
    "Solar capacity by country, in gigawatts. Source: SolarPower Europe",
    "Productie van windstroom per provincie, in miljoenen kilowattuur. Bron: CBS",
    "Prix de l'électricité par pays, en euros. Source : Eurostat",
    "Vous avez une photo de votre village ? Envoyez-la à redaction@exemple.fr",
    "Got a picture of your street in the snow? Send it to pictures@example.co.uk",
    "Heeft u een foto van uw buurt? Stuur hem naar foto@voorbeeld.nl",
    "Benzinepreis: Was bedeutet die neue Steuer für Ihren Geldbeutel?",
    "Hypotheekrente: wat betekent de verhoging voor uw maandlasten?",
])
def test_notice_is_no_caption(stray):
    sheet = (f"Arbeiter auf einer Baustelle in Leipzig. Foto: Jan Woitas/dpa\n\n{stray}\n\n"
             "Ein Zug in Halle am Montag. Foto: Hendrik Schmidt/dpa")
    got = _descriptions(sheet)
    assert len(got) == 2 and not any(stray[:20] in d for d in got), got


@pytest.mark.parametrize("caption", [
    # twins: a caption with a unit or a question of its own stays a caption
    "Pendler warten am Bahnsteig in Halle, wo die Preise in Prozent angeschlagen sind. Foto: Jan Woitas/dpa",
    "Wer fährt noch mit? Pendler am Bahnhof in Halle am Montag. Foto: Jan Woitas/dpa",
])
def test_caption_with_a_measure_stays(caption):
    sheet = f"Arbeiter auf einer Baustelle in Leipzig. Foto: Jan Woitas/dpa\n\n{caption}"
    assert len(_descriptions(sheet)) == 2


# --- a reader's picture credited before its text (captionlost.reader_photo_lead) ---

@pytest.mark.parametrize("text,reader", [
    ("Leserfoto von Karin Obermaier aus Burghausen: Nebel über der Salzach am frühen Morgen.", "Karin Obermaier"),
    ("Lezersfoto van Anke de Vries uit Hengelo: mist boven de weilanden langs de Dinkel.", "Anke de Vries"),
    ("Reader's photo by Tom Hadley of Whitby: gulls over the harbour wall at dawn.", "Tom Hadley"),
])
def test_reader_photo_leads_its_caption(text, reader):
    sheet = f"Pilger an der Kapelle in Altötting am Samstag. Foto: Anna Huber\n\n{text}"
    cap = parse_sheet(sheet).captions[-1]
    assert next(iter(cap.record["description"].values())).startswith(text[:20])
    assert cap.record.get("creatorNames") == [reader]


@pytest.mark.parametrize("caption,line", [
    # a paper's own archive in brackets, the noun written small
    ("La procession sur le port de Douarnenez en 2014 (archives Le Télégramme)", "archives Le Télégramme"),
    ("De carnavalsoptocht in Venlo in 1998 (archief De Limburger)", "archief De Limburger"),
])
def test_own_archive_in_brackets(caption, line):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == [], c


def test_archive_description_in_brackets_is_no_credit():
    assert find_credit("Les vieux gréements du port (archives personnelles)") is None
