"""Newspapers, readers' pictures, map services and public services named in a credit
(issue 9, credits27): organisations by their SHAPE, so that a title or a service the
credit table does not list is never taken for the photographer ("© Est Républicain /
Alexandre Pellerin", "Photo : La Nouvelle République", "Foto: Leserreporter/BR24",
"Foto: Politiezone Arro Ieper", "Foto: Google Streetview").

- a title led by its article (Le, La, L', The, De, Het, Die, Der, Das, Il): people
  are credited by a given name first, never by an article ("Le Bien Public", "Le Dauphiné",
  "De Stentor", "Die Glocke"); a name in capitals is left alone ("LE GOFF" may be a surname);
- a title by one of the words newspapers are named by in the four languages and English
  ("Républicain", "Dépêche", "Nouvelles", "Echo", "Observer", "Express", ...) or a compound
  ending in one ("Volkszeitung", "Wochenkurier", "Kreisanzeiger");
- a reader's picture ("Leserreporter", "Leserfoto", "lezersfoto", "photo lecteur",
  "reader's picture"): a role, not a name;
- festivals, opera and theatre houses and orchestras ("Salzburger Festspiele", "Staatsoper");
- map and street-level imagery ("Google Streetview", "Apple Maps", "Mapillary") and drones;
- police, fire and municipal services written as one compound ("Politiezone", "Polizeidirektion",
  "Brandweerzone", "Feuerwehrverband", "Gemeentebestuur", "Hulpverleningszone").

The words chosen are none that a surname of these languages is (hence no "Matin", "Mercury",
"Sun", no "-blatt" ending: "Rosenblatt").
"""

from __future__ import annotations

import re

# "Les" and "Lo" are left out: given names ("Les Walker/PA", "Lo Wing-kei")
_ARTICLE = re.compile(r"(?:Le|La|The|De|Het|Die|Der|Das|Il)\s(?=[A-ZÀ-Þ])|L['’](?=[A-ZÀ-Þ])")
# words newspapers and magazines are named by (nl/en/de/fr); the table's organisation words
# already hold Zeitung, Kurier, Anzeiger, Rundschau, Courrier, Dagblad, Courant, Times, Post, ...
_PRESS = frozenset("républicain républicaine république dépêche nouvelles nouvelle écho échos echo "
                   "progrès quotidien hebdo gazet telegraaf telegraph observer mirror express examiner "
                   "inquirer dispatch nachrichten allgemeine zeitung kurier anzeiger rundschau".split())
_PRESS_END = ("zeitung", "kurier", "anzeiger", "rundschau", "nachrichten", "dagblad", "krant", "festspiele",
              "theater",
              # a German paper named "-blatt" after what it prints or when ("Anzeigeblatt", "Wochenblatt",
              # "Tageblatt", "Kreisblatt"; fields33): "-blatt" alone is a surname (Rosenblatt)
              "anzeigeblatt", "wochenblatt", "tageblatt", "kreisblatt", "amtsblatt", "volksblatt",
              "heimatblatt", "stadtblatt", "morgenblatt")  # "Volkszeitung", "Staatstheater" ("-oper" is not: Cooper, Hooper)
# a picture sent in by a reader or viewer: a role, whoever took it
_READER = frozenset("leserreporter leser-reporter leserfoto leserbild leserbilder lezersfoto lezer lezers "
                    "lecteur lecteurs lectrice readers reader's readers' kijkersfoto zuschauerfoto "
                    "google streetview maps mapillary openstreetmap drone drones drohne drohnenfoto "
                    "dronefoto "
                    # a photo service's name ("Inpho Photography", "Studio X Fotografie")
                    "photography fotografie "
                    # festivals, opera and theatre houses, orchestras (a culture desk's credits:
                    # "Bregenzer Festspiele / Anja Köhler", "Wiener Staatsoper / Name")
                    "festspiele festwochen festival festivals biennale philharmonie philharmoniker philharmonic "
                    "orchestra orchester orchestre orkest opera opéra oper opernhaus staatsoper volksoper "
                    "theater theatre théâtre teatro schauspielhaus konzerthaus ballet ballett".split())
# one-word compounds police, fire and municipal services are named by
_SERVICE_START = ("politie", "polizei", "feuerwehr", "brandweer", "gemeente", "gemeinde", "pompiers",
                  "hulpverlenings", "rettungsdienst")


# a regional daily named by its place and the time of day or a press word, joined by a space or a
# hyphen ("Vosges Matin", "Nice-Matin", "Paris-Soir", "Dordogne Hebdo"): "Matin" and "Soir" are
# surnames alone, never after a département's name or hyphened to a town's (fields32)
# English regional titles are built the same way, a county or region and a press word ("Cheshire
# Live", "Shropshire Star", "Kent Online", "Wiltshire Gazette"; fields33): the place must be a
# region or country (or hyphened to a town), so "Anna Star" or "Austin Post" stay people; after
# a word no surname or given name is ("Live", "Online", "Gazette", ...) any town will do
_EDITION = re.compile(r"(?P<place>[A-ZÀ-Þ][\w'’]{1,20}(?:[\s-][A-ZÀ-Þ][\w'’]{1,20})?)[\s-]"
                      r"(?:Matin|Soir|Midi|Hebdo|Infos?|Actu|Live|Star|Online|Gazette|Echo|Post|News|Mail|Herald|"
                      r"Advertiser|Telegraph|Chronicle|Journal|Courier|Argus|Sentinel|Standard|Times|Today)")


def _place_edition(p: str) -> bool:
    m = _EDITION.fullmatch(p)
    if m is None:
        return False
    from .gazetteer import load_gazetteer, norm  # the place index, loaded on first use
    gz = load_gazetteer()
    key = norm(m.group("place"))
    hyphen = p[m.end("place")] == "-"     # "Nice-Matin"; "Anna Matin" (Anna, Illinois) is a person
    return bool(gz.index.regions(key)) or key in gz.countries or (hyphen or _NO_NAME.search(p)) and key in gz.cities


_NO_NAME = re.compile(r"\s(?:Live|Online|Gazette|Advertiser|Telegraph|Chronicle|Argus)$")


def press_or_service(part: str) -> bool:
    """Whether a credit part is a newspaper's title or a service, never a person's name."""
    p = part.strip().strip("\"'«» ")
    if not p:
        return False
    if p == "X" or re.fullmatch(r"@\w{2,30}", p):
        return True  # the platform once named Twitter, and an account on it: "X / @GeneralStaffUA"
    if _ARTICLE.match(p) and not p.isupper() and len(p.split()) <= 6 or _place_edition(p):
        return True
    for w in re.split(r"[\s-]", p):
        k = w.casefold().strip(".,;:()")
        if k in _PRESS or k in _READER:
            return True
        if len(k) > 9 and k.endswith(_PRESS_END):
            return True
        if len(k) > 7 and k.startswith(_SERVICE_START):
            return True
    return False
