"""Layout, credit and date rules on captions the parser was not tuned on (issue 9, strays,
credits, dates): promos pointing to other sections, apps and newsletters; readers asked
to send or comment; cookie and consent lines; social-media embeds; picture counters;
corrections and editor's notes; author boxes, reporters and bylines with roles;
publication stamps and page instructions; a pasted article's general statements, past
tense and place facts; credits that name no person (private sources, public bodies,
one-word organisations) and new credit grammars; dates in quotes, short German forms
and parts of days. All wording is our own: none of it is in the tuned corpus.

Every stray is pasted between credited captions, where the parser is most willing to
take a paragraph for a caption; the captions around it must all stay captions."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet

CAPTIONS = {
    "nl": ["Wielrenners rijden over de kasseien bij Oudenaarde, zondag 6 april. Foto: ANP / Joost Brink",
           "Toeschouwers staan langs de Muur van Geraardsbergen, zondag 6 april. Foto: ANP / Joost Brink",
           "De winnaar juicht op de finishlijn in Oudenaarde, zondag 6 april. Foto: ANP / Joost Brink"],
    "en": ["Rowers train on the river Cam in Cambridge, Britain, March 28, 2026. REUTERS/Hannah Pike",
           "Crowds gather on the bank of the Thames in Putney, London, March 29, 2026. REUTERS/Hannah Pike",
           "The winning crew lifts the trophy in Mortlake, London, March 29, 2026. REUTERS/Hannah Pike"],
    "de": ["Läufer starten am Brandenburger Tor in Berlin, Sonntag, 5. April 2026. Foto: Tobias Kern/dpa",
           "Zuschauer jubeln an der Strecke in Berlin-Kreuzberg, 5. April 2026. Foto: Tobias Kern/dpa",
           "Die Siegerin überquert die Ziellinie in Berlin, 5. April 2026. Foto: Tobias Kern/dpa"],
    "fr": ["Des skieurs descendent la piste de Chamonix, le 14 février 2026. Photo : Léa Morin / AFP",
           "Des secouristes évacuent un blessé à Val-d'Isère, le 15 février 2026. Photo : Léa Morin / AFP",
           "Le podium de la descente à Méribel, le 15 février 2026. Photo : Léa Morin / AFP"],
}
REF = dt.date(2026, 4, 20)


def _among(lang: str, pasted: tuple[str, ...]):
    """Three credited captions with the `pasted` paragraphs between the second and third."""
    caps = CAPTIONS[lang]
    return parse_sheet("\n\n".join([caps[0], caps[1], *pasted, caps[2]]), lang=lang, ref_date=REF)


# one case per class and language; a case may paste several paragraphs of its class
STRAYS = [
    # promos pointing to another section, an app, a newsletter, the live page
    ("de", ("Sämtliche Spielberichte und Statistiken lesen Sie in unserem Sportressort.",
            "Laden Sie jetzt unsere App herunter und verpassen Sie keine Eilmeldung aus Berlin mehr.")),
    ("fr", ("Retrouvez tous les résultats et les classements dans notre rubrique Sports.",
            "Suivez notre direct : la descente de Méribel, le 15 février 2026.")),
    ("en", ("Sign up for our morning briefing to get the day's top stories from London in your inbox.",)),
    # the reader asked to send or comment
    ("fr", ("Vous étiez à Méribel ? Envoyez-nous vos photos.", "Réagissez à cet article dans les commentaires.")),
    ("en", ("Have you been affected by the flooding in London? Share your pictures with us.",
            "Scroll down for more pictures from London.")),
    ("de", ("Klicken Sie auf das Bild, um es zu vergrößern.", "Diskutieren Sie mit in den Kommentaren.")),
    # the page itself: publication stamps, copyright, share bars, how to use it, where it appeared
    ("nl", ("Gepubliceerd op zondag 6 april 2026 om 18.04 uur", "Klik op de foto om hem te vergroten.")),
    ("en", ("Copyright © 2026 The Daily Planet. All rights reserved.",
            "Share this article on Facebook, X or WhatsApp.", "Watch the video of the finish in London below.")),
    ("de", ("Dieser Artikel erschien zuerst in der Printausgabe vom 5. April 2026.",
            "Dieser Artikel wurde am 5. April um 18.30 Uhr aktualisiert.")),
    # cookie and consent lines of embedded content
    ("nl", ("Om deze inhoud te bekijken moet je cookies accepteren. Wij gebruiken cookies om de website te verbeteren.",)),
    ("de", ("Um diesen Inhalt von Instagram anzuzeigen, stimmen Sie bitte der Verwendung von Cookies zu.",)),
    ("fr", ("Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",)),
    # social-media embeds and picture counters
    ("nl", ("— Wielerflits (@wielerflits) 6 april 2026",)),
    ("fr", ("Photo 3 sur 12",)),
    # corrections and editor's notes
    ("de", ("Hinweis der Redaktion: In einer früheren Fassung hieß es, das Rennen finde in Hamburg statt.",)),
    ("fr", ("Rectificatif : une version précédente de cet article situait la course à Tignes, et non à Méribel.",)),
    # author boxes, the article's reporter, bylines with roles
    ("de", ("Über den Autor: Jonas Weber berichtet seit 2019 für uns aus Berlin und Brandenburg.",)),
    ("nl", ("Tekst: Marieke de Boer, verslaggever in Gent · Foto's: Joost Brink",)),
    ("en", ("Reporting by Hannah Pike in London; Editing by Tom Rowe",
            "Our correspondent Hannah Pike reports from Putney, London, on March 29, 2026.")),
    # read-more lines worded in other ways
    ("de", ("Auch interessant: So feierte Berlin den Marathon am Sonntag, 5. April 2026.",)),
    ("fr", ("À voir aussi : la descente de Méribel, le 15 février 2026, en vidéo.",)),
    ("en", ("Related: How Cambridge trained for the Boat Race on March 28, 2026.",)),
    # article text: about the whole or the usual; a past tense with only a day name or a
    # year for a date; what a place is
    ("de", ("Ein Großteil der Läufer kommt jedes Jahr aus dem Ausland nach Berlin.",
            "Der Marathon in Berlin wurde 1974 zum ersten Mal ausgetragen.")),
    ("nl", ("De politie heeft zaterdag in Oudenaarde twaalf supporters aangehouden.",
            "Oudenaarde telt ruim 32.000 inwoners en ligt aan de Schelde.")),
    ("en", ("Putney is a district in south-west London on the south bank of the Thames.",)),
]


@pytest.mark.parametrize("lang,pasted", STRAYS)
def test_pasted_stray_is_no_caption(lang, pasted):
    res = _among(lang, pasted)
    assert [c.text for c in res.captions] == CAPTIONS[lang]
    assert set(pasted) <= {s.text for s in res.stray}


# one case per class; each holds (language, sheet, creditLine, creatorNames) in one or more
# languages; a sheet is one caption, or a series credit and the captions it credits
CREDITS = [
    # private sources: a credit line, no person
    [("de", "Hagelkörner liegen in einem Garten in Linz, 3. Juni 2026. Bild: privat", "privat", []),
     ("nl", "Een vrijwilliger bij de dijk in Kampen, 3 juni 2026. Foto: privébezit", "privébezit", [])],
    [("en", "The missing climber in Keswick, Britain, in 2024. Photo: family handout", "family handout", []),
     ("fr", "Le randonneur disparu à Annecy, en 2025. Photo : privée", "privée", [])],
    # public bodies and one-word organisations are credit-only
    [("de", "Ein umgestürzter Baum auf der B27 bei Tübingen, 3. Juni 2026. Foto: Polizeipräsidium Reutlingen",
      "Polizeipräsidium Reutlingen", []),
     ("de", "Helfer verteilen Decken in einer Halle in Meißen, 3. März 2026. Foto: DRK Meißen", "DRK Meißen", [])],
    [("nl", "Een gewonde zeearend in de opvang in Texel, 3 juni 2026. Foto: Vogelbescherming", "Vogelbescherming", []),
     ("fr", "Un reportage tourné à Lille, le 3 mars 2026. Photo : France Télévisions", "France Télévisions", [])],
    # an agency's or a photographer's work for a client or outlet
    [("en", "Fans cheer a try at Twickenham in London, March 14, 2026. Photo: Sportsfile for the RFU",
      "Sportsfile for the RFU", []),
     ("en", "Guests arrive for a premiere in New York, March 3, 2026. Ada Veen/Getty Images for Tribeca Festival",
      "Ada Veen/Getty Images for Tribeca Festival", ["Ada Veen"]),
     ("fr", "Des élèves dans une classe à Roubaix, le 3 mars 2026. Léa Morin pour Le Monde",
      "Léa Morin pour Le Monde", ["Léa Morin"])],
    # a broadcaster before its photographer; "Name, Outlet"; "NAME / « OUTLET »"
    [("nl", "Een ree in de sneeuw bij Oss, 3 maart 2026. Foto: Omroep Brabant / Joost Brink",
      "Omroep Brabant / Joost Brink", ["Joost Brink"]),
     ("en", "A fan waits at the gate in Leeds, Britain, March 3, 2026. (Photo: Ada Veen, USA TODAY Sports)",
      "Ada Veen, USA TODAY Sports", ["Ada Veen"]),
     ("fr", "Un marché couvert à Rennes, le 3 mars 2026. LÉA MORIN / « LE MONDE »", "LÉA MORIN / « LE MONDE »",
      ["Léa Morin"])],
    # "Agency via Distributor/Name", a one-word agency in camel case, an agency and a name without slash
    [("en", "A jockey falls at Cheltenham, Britain, March 13, 2026. Action Images via Reuters/Ed Marsh",
      "Action Images via Reuters/Ed Marsh", ["Ed Marsh"]),
     ("nl", "Een schaatser valt in de bocht in Heerenveen, zaterdag 7 maart 2026. SportFocus / Lotte Brink",
      "SportFocus / Lotte Brink", ["Lotte Brink"]),
     ("nl", "Een veerboot in de haven van Harlingen, 3 maart 2026. ANP Piet Vos", "ANP Piet Vos", ["Piet Vos"])],
    # labels: a pool picture, a graphic, a page's "Image source"
    [("en", "The prime minister speaks in London, March 3, 2026. (Pool photo by Ada Veen/AP)", "Ada Veen/AP",
      ["Ada Veen"]),
     ("de", "Der Verlauf des Hochwassers an der Elbe in Dresden, 3. März 2026. Grafik: Lena Roth", "Lena Roth",
      ["Lena Roth"]),
     ("en", "Residents are rescued by boat in Tadcaster, Britain, on Monday.\nImage source, PA Media", "PA Media", []),
     # a series credit in the plural above the gallery credits every caption below it
     ("nl", "Foto's: Piet Vos\n\nEen boer rijdt over de dijk bij Kampen, zaterdag 4 april 2026.\n\n"
            "Schapen grazen op de uiterwaarden bij Zwolle, zaterdag 4 april 2026.", "Piet Vos", ["Piet Vos"])],
]


@pytest.mark.parametrize("cases", CREDITS)
def test_credit_of_unseen_kind(cases):
    for lang, sheet, line, creators in cases:
        res = parse_sheet(sheet, lang=lang, ref_date=REF)
        assert len(res.captions) == sheet.count("\n\n") + 1 - sheet.startswith("Foto's"), sheet
        for cap in res.captions:  # every caption of the sheet gets the credit
            rec = cap.record
            assert (rec.get("creditLine"), rec.get("creatorNames", [])) == (line, creators), sheet


DATES = [
    # a day said inside a quote is the speaker's, not the picture's
    ("en", '"We drove in from Leeds yesterday," says rower Amy Holt at the boathouse in Putney, London. '
           'REUTERS/Hannah Pike', None),
    # the German short numeric date with a two-digit year
    ("de", "Ein Kran hebt ein Brückenteil in Dresden am 12.3.26. Foto: Tobias Kern/dpa", "2026-03-12"),
    # the German day and month in parentheses after a day name; a French holiday written with a hyphen
    ("de", "Polizisten sperren eine Brücke in Dresden am Dienstag (3.3.). Foto: Tobias Kern/dpa", "2026-03-03"),
    ("fr", "Des manifestants défilent à Lyon lors du 1er-Mai 2026. Photo : Léa Morin / AFP", "2026-05-01"),
    # parts of today and yesterday (REF is Monday 20 April 2026)
    ("nl", "Forenzen wachten op de trein in Utrecht, vanmorgen. Foto: ANP / Joost Brink", "2026-04-20"),
    ("en", "Firefighters spray water on a warehouse in Leeds, Britain, last night. REUTERS/Hannah Pike", "2026-04-19"),
]


@pytest.mark.parametrize("lang,caption,date", DATES)
def test_date_of_unseen_kind(lang, caption, date):
    res = parse_sheet(caption, lang=lang, ref_date=REF)
    assert res.captions[0].record.get("dateCreated") == date


def test_real_captions_near_promo_words_stay_captions():
    """Precision: captions that use a promo's words ("app", "newsletter", "section",
    "cookies") or a share ("een groot deel") for what the picture shows stay captions;
    and a picture counter in front of a caption is left out of its description."""
    caps = [
        "Een bakker toont een schaal cookies op de markt in Gent, zaterdag 4 april 2026. Foto: ANP / Joost Brink",
        "A volunteer hands out newsletters in Cambridge, Britain, March 28, 2026. REUTERS/Hannah Pike",
        "Ein Mann liest auf seinem Handy die App der Bahn in Berlin, 5. April 2026. Foto: Tobias Kern/dpa",
        # no credit, but dated: a share of the whole that the picture shows, not article text
        "Een groot deel van de dijk ligt onder water bij Kampen, dinsdag 3 maart 2026.",
        "Updated flood maps are displayed in Leeds, Britain, March 3, 2026.",
        "Mehr als 200 Menschen demonstrieren am Sonntag vor dem Rathaus in Berlin.",
        "Residents have been evacuated from their homes in Putney, London, March 29, 2026.",
    ]
    res = parse_sheet("\n\n".join(caps), lang="auto", ref_date=REF)
    assert [c.text for c in res.captions] == caps
    # a picture counter before a caption is no part of its description
    counted = ["1/12 Een boer rijdt over de dijk bij Kampen, zaterdag 4 april 2026. Foto: ANP / Piet Vos",
               "Image 2 of 12: Rowers train on the Cam in Cambridge, Britain, March 28, 2026. REUTERS/Hannah Pike"]
    res = parse_sheet("\n\n".join(counted), lang="auto", ref_date=REF)
    assert [next(iter(c.record["description"].values()))[:10] for c in res.captions] == ["Een boer r", "Rowers tra"]
