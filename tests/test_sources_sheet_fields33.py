"""Strays, creators and credits of the round-33 classes (issue 9, fields33: a regional daily's
service lines, paywalls, ticker projections, fact boxes; newspapers, royal houses, archives and
ranks in credits). Captions in our own wording, not those of corpus sheets 135-154: what must
be taken AND what must not."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.credits import find_credit, credit_alone

_REF = dt.date(2026, 11, 28)


def _sheet(lang: str, middle: str) -> tuple[list[str], list[str]]:
    """A credited sheet with `middle` between two credited captions: (captions, strays)."""
    first = {"en": "Firefighters clear a fallen tree in Ripon on Friday. Photo: Ann Lee/PA",
             "de": "Helfer räumen am Freitag in Bamberg einen umgestürzten Baum weg. Foto: Uwe Kern/dpa",
             "nl": "Brandweerlieden ruimen vrijdag in Assen een omgewaaide boom op. Foto: Bas Kok/ANP",
             "fr": "Des pompiers dégagent un arbre tombé à Vannes, vendredi. Photo : Luc Morel / AFP"}[lang]
    last = {"en": "A lorry lies on its side on the A1 near Durham on Saturday. Photo: Tom Hale/PA",
            "de": "Ein Lkw liegt am Samstag auf der A3 bei Passau im Graben. Foto: Eva Roth/dpa",
            "nl": "Een vrachtwagen ligt zaterdag op de A28 bij Zwolle in de berm. Foto: Ilse Mol/ANP",
            "fr": "Un camion couché sur l'A84 près de Rennes, samedi. Photo : Jean Roux / AFP"}[lang]
    got = parse_sheet(f"{first}\n\n{middle}\n\n{last}\n", lang=lang, ref_date=_REF)
    return [c.record["description"] for c in got.captions], [s.text for s in got.stray]


@pytest.mark.parametrize("lang,text", [
    # an authority's appeal to the public
    ("de", "Die Polizei bittet Zeugen, sich unter der Rufnummer der Inspektion Deggendorf zu melden."),
    ("de", "Zeugen werden gebeten, sich bei der Kriminalpolizei in Regensburg zu melden."),
    ("en", "Witnesses to the collision near Thirsk are asked to contact North Yorkshire Police."),
    ("en", "Police are urging drivers to avoid the A64 near Malton until the road reopens."),
    ("nl", "De politie vraagt getuigen van het ongeluk bij Emmen zich te melden."),
    ("nl", "Wie iets heeft gezien van de brand in Hoogeveen, kan contact opnemen met de politie."),
    ("fr", "Les gendarmes appellent à la prudence sur les routes du Morbihan ce week-end."),
    ("fr", "Un appel à témoins a été lancé par la gendarmerie de Lorient."),
    # a paywall
    ("fr", "Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous."),
    ("nl", "Dit artikel is alleen voor abonnees. Al abonnee? Log in."),
    ("de", "Dieser Artikel ist nur für Abonnenten verfügbar. Bereits Abonnent?"),
    ("en", "This story is for subscribers only. Already a subscriber? Sign in."),
    # a ticker's projection
    ("de", "Prognose, 18 Uhr: Die CDU liegt in Sachsen vor der AfD."),
    ("nl", "Exitpoll 21.00 uur: de VVD wordt de grootste partij in Drenthe."),
    ("en", "Exit poll: Labour is ahead in Scotland, the Conservatives fall back."),
    ("fr", "Estimations à 20 h : le RN arrive en tête dans le Finistère."),
    # a fact box's line
    ("de", "Denkmäler in Bayern: rund 110.000."),
    ("en", "Visitors to the castle last year: more than 400,000."),
    ("nl", "Aantal monumenten in Zeeland: ruim 6.000."),
    ("fr", "Nombre de phares en Bretagne : plus de 50. Source : Région Bretagne"),
    # background over the year, in a sheet of credited captions
    ("de", "Der Heimatverein erinnert in diesem Jahr an die Flut von 1962."),
    ("en", "The charity this year marks the centenary of its first lifeboat station."),
    ("nl", "De stichting staat dit jaar stil bij de watersnood van 1953."),
])
def test_the_page_speaking_to_its_reader_is_no_caption(lang, text):
    caps, stray = _sheet(lang, text)
    assert text in stray
    assert len(caps) == 2


@pytest.mark.parametrize("lang,text", [
    # a caption whose credit was left off, with police or a figure in it, stays a caption
    ("de", "Polizisten sperren am Samstag die Brücke in Straubing ab."),
    ("en", "Police officers guard the entrance to the court in York on Saturday."),
    ("nl", "Agenten zetten zaterdag de markt in Meppel af."),
    ("fr", "Des gendarmes contrôlent les automobilistes à Lorient, samedi."),
    # a colon and a figure that are a caption's words
    ("en", "Ripon: 300 people queue for sandbags outside the town hall on Saturday."),
])
def test_captions_about_police_or_with_figures_stay_captions(lang, text):
    caps, stray = _sheet(lang, text)
    assert len(caps) == 3 and text not in stray


def test_a_date_led_title_at_the_top_is_no_caption():
    for lang, title, cap in [
        ("de", "3. Oktober: Ein Land feiert",
         "Besucher feiern am Samstag vor dem Reichstag in Berlin. Foto: Ana Berg/dpa"),
        ("nl", "4 mei: Nederland herdenkt",
         "Mensen leggen zaterdag bloemen bij het monument in Amsterdam. Foto: Kees Bos/ANP"),
        ("en", "11 November: the nation remembers",
         "Veterans march past the Cenotaph in London on Saturday. Photo: Ian Reed/PA"),
    ]:
        got = parse_sheet(f"{title}\n\n{cap}\n", lang=lang, ref_date=_REF)
        assert [s.text for s in got.stray] == [title]
        assert len(got.captions) == 1


@pytest.mark.parametrize("par,line,creators,source", [
    # a symbolic picture's label is no part of the credit
    ("Ein Mähdrescher auf einem Feld. Symbolbild: Karl Brenner/dpa", "Karl Brenner/dpa", ["Karl Brenner"], "dpa"),
    ("Een tractor op een akker. Symboolfoto: Anne Vos/ANP", "Anne Vos/ANP", ["Anne Vos"], "ANP"),
    # an archive in brackets, and an agency's archive marker
    ("Troops land on the beach in June 1944. (National Army Museum)", "National Army Museum", [], "National Army Museum"),
    ("The bridge at Arnhem in 1944. (AP Photo, File)", "AP Photo, File", [], "AP"),
    # a rank before the photographer's name
    ("A tank crosses the Rhine in 1945. (Sgt. Tom Pike/Imperial War Museum via AP)",
     "Sgt. Tom Pike/Imperial War Museum via AP", ["Tom Pike"], "AP"),
    ("Soldats à Verdun en 1916. Photo : Caporal Louis Brun / ECPAD", "Caporal Louis Brun / ECPAD", ["Louis Brun"], "ECPAD"),
    # newspapers by their shape: a region and a press word, a "-blatt" compound
    ("Shoppers on the high street in Ludlow. Picture: Somerset Live/Kate Bell", "Somerset Live/Kate Bell",
     ["Kate Bell"], "Somerset Live"),
    ("Der Marktplatz in Kempten. Foto: Kemptener Wochenblatt/Jan Ort", "Kemptener Wochenblatt/Jan Ort",
     ["Jan Ort"], "Kemptener Wochenblatt"),
    ("Farmers at the show in Hereford. Picture: Lancashire Telegraph", "Lancashire Telegraph", [], "Lancashire Telegraph"),
    # royal houses and agencies of Greece and Austria: no creators
    ("La reine à Madrid. Photo : Casa Real / Europa Press", "Casa Real / Europa Press", [], "Casa Real"),
    ("The king in Oslo on Friday. (Royal Household/NTB via AP)", "Royal Household/NTB via AP", [], "AP"),
    ("The harbour of Chania on Crete. Photo: Eurokinissi/dpa", "Eurokinissi/dpa", [], "Eurokinissi"),
    ("Der Stephansplatz um 1900. Foto: Imagno/picturedesk.com", "Imagno/picturedesk.com", [], "Imagno"),
    ("Dresden um 1930. Foto: Sächsische Mediathek / Hans Lenz", "Sächsische Mediathek / Hans Lenz",
     ["Hans Lenz"], "Sächsische Mediathek"),
])
def test_credits_of_the_round(par, line, creators, source):
    got = find_credit(par)
    assert got is not None
    assert (got.line, got.creators, got.source) == (line, creators, source)


@pytest.mark.parametrize("par,creators", [
    # people whose name holds a press or rank word stay people
    ("Crowds in Leeds. Photo: Anna Star/Reuters", ["Anna Star"]),
    ("A rally in Austin. Photo: Maj Britt Larsen/AP", ["Maj Britt Larsen"]),
    ("Schüler in Ulm. Foto: Lea Rosenblatt/dpa", ["Lea Rosenblatt"]),
])
def test_people_stay_people(par, creators):
    assert find_credit(par).creators == creators


def test_a_paper_label_without_colon_on_its_own_line():
    got = credit_alone("Photo L'Est / Marie Blanc")
    assert got is not None and (got.line, got.creators, got.source) == ("L'Est / Marie Blanc", ["Marie Blanc"], "L'Est")


@pytest.mark.parametrize("text,lang,iso", [
    # a day name that is part of a name or an attribute names no day
    ("Stallholders set up on Friday Market in Ely.", "en", None),
    ("Hosts rehearse a live Sunday show at the studio in Salford.", "en", None),
    ("Shoppers queue at the market in Ely on Saturday.", "en", "2026-11-28"),
    ("A man walks his dog on the beach in Whitby on Saturday morning.", "en", "2026-11-28"),
    # a photograph or painting shown in the picture: its year is not the picture's
    ("Ein Besucher steht vor einem Gemälde aus Kassel, das 1955 entstand.", "de", None),
    ("A curator hangs a photograph of the harbour from 1947 in the museum in Hull.", "en", None),
    ("Une visiteuse devant une photo de 1944 au musée de Caen.", "fr", None),
    ("Foto von 1965: Arbeiter im Hafen von Kiel.", "de", "1965"),
    ("Een visser poseert voor een foto in 1953 in Urk.", "nl", "1953"),
    # a span from one year until another, and a pair of pictures then and now
    ("Her old camera, which she used from 1970 until she retired.", "en", None),
    ("Vroeger en nu: de markt van Gouda in 1960 en vandaag.", "nl", None),
    ("Altes Foto, neues Foto: der Bahnhof von Kleve 1945 und am Samstag.", "de", None),
    ("Old picture, new picture: the pier at Southend in 1950 and on Saturday.", "en", None),
])
def test_dates_of_the_round(text, lang, iso):
    from captionist.sources.sheet.dates import find_date
    got = find_date(text, lang, _REF)
    assert (got.iso() if got else None) == iso
