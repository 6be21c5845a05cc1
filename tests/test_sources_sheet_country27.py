"""A village the index lacks, on a sheet whose other captions all lie in one country (issue 9,
round 27, placehome.py): the country is the sheet's, the city stays blank with a warning. What
must be taken and what must not, in our own wording."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet

# three captions in the Netherlands, each placed by a town the index holds
_NL = [
    "Marktkramers zetten dinsdag hun kramen op in Zwolle. Foto: ANP / Rik Smeets",
    "Een veerpont vaart woensdag over het IJ in Amsterdam. Foto: ANP / Rik Smeets",
    "Fietsers trotseren donderdag de wind op de dijk bij Leeuwarden. Foto: ANP / Rik Smeets",
]
_DE = [
    "Pendler warten am Montag am Hauptbahnhof in Kassel. Foto: Jana Becker/dpa",
    "Ein Kran hebt am Dienstag Bauteile in Bielefeld. Foto: Jana Becker/dpa",
    "Kinder spielen am Mittwoch im Schnee in Göttingen. Foto: Jana Becker/dpa",
]


def _last(captions: list[str], village_caption: str):
    sheet = "\n\n".join([*captions, village_caption]) + "\n"
    cap = parse_sheet(sheet).captions[-1]
    return cap.record.get("cityName"), cap.record.get("countryCode"), cap.warnings


@pytest.mark.parametrize("others,text,country", [
    (_NL, "Een imker controleert zijn kasten in Oosterwierum, vrijdag. Foto: ANP / Rik Smeets", "NLD"),
    (_NL, "Schoolkinderen fietsen door de mist bij Kleinwerkum, zaterdag. Foto: ANP / Rik Smeets", "NLD"),
    (_DE, "Ein Almbauer treibt am Freitag seine Kühe durch Gunzesried. Foto: Jana Becker/dpa", "DEU"),
    (_DE, "Feuerwehrleute löschen am Samstag einen Scheunenbrand in Thalkirchen. Foto: Jana Becker/dpa", "DEU"),
])
def test_a_bare_village_takes_the_country_of_a_one_country_sheet(others, text, country):
    city, code, warnings = _last(others, text)
    # (villages29: the village itself is written too, as the caption spells it)
    assert code == country and city is not None and city in text
    assert any("not in the gazetteer" in w and "other captions" in w for w in warnings)


@pytest.mark.parametrize("others,text", [
    # the sheet has a caption abroad: it does not say where an unnamed village lies
    ([*_NL, "Boeren protesteren maandag in Gent. Foto: ANP / Rik Smeets"],
     "Een imker controleert zijn kasten in Oosterwierum, vrijdag. Foto: ANP / Rik Smeets"),
    # only two captions to go by
    (_NL[:2], "Een imker controleert zijn kasten in Oosterwierum, vrijdag. Foto: ANP / Rik Smeets"),
    # the caption points abroad by an adjective of another country
    (_NL, "Belgische boeren protesteren vrijdag in Oosterwierum. Foto: ANP / Rik Smeets"),
    # people who come from the village: no place of the picture
    (_NL, "Een fanfare uit Oosterwierum speelt vrijdag. Foto: ANP / Rik Smeets"),
    # a German noun after "in" is no village ("in Strömen", "in Scharen")
    (_DE, "Regen in Strömen: Passanten mit Schirmen am Freitag. Foto: Jana Becker/dpa"),
    (_DE, "Fans kommen am Samstag in Scharen zum Spiel. Foto: Jana Becker/dpa"),
    (_DE, "Ein Wachmann in Uniform am Freitag. Foto: Jana Becker/dpa"),
    # a Dutch day or feast after "op" is no island
    (_NL, "Oranje versiering op Koningsdag, zaterdag. Foto: ANP / Rik Smeets"),
    (_NL, "Kinderen wachten vrijdag op Sinterklaas. Foto: ANP / Rik Smeets"),
])
def test_no_country_from_the_sheet_when_anything_says_otherwise(others, text):
    # (villages29 may write the bare village as the city, never a country from the sheet)
    _city, code, _ = _last(others, text)
    assert code is None


def test_a_sheet_mostly_unplaced_gives_no_country():
    # three captions in one country among seven: the sheet's other places are mostly unknown
    unplaced = ["Een man leest de krant op een bankje, maandag. Foto: ANP / Rik Smeets"] * 3
    city, code, _ = _last([*_NL, *unplaced],
                          "Een imker controleert zijn kasten in Oosterwierum, vrijdag. Foto: ANP / Rik Smeets")
    assert code is None and city in (None, "Oosterwierum")     # villages29: the village, no country


def test_a_village_the_caption_places_abroad_keeps_that_country():
    # the caption names its own country: placeunlisted writes the village in it, not the sheet's
    city, code, _ = _last(_NL, "Herders drenken hun kamelen in Lodwarkol, Kenia, vrijdag. Foto: ANP / Rik Smeets")
    assert code == "KEN"


# --- "in der Nähe von": the noun of nearness is no town (Nahe, Rhineland-Palatinate) ----------

def test_in_der_naehe_von_locates_and_is_no_town_elsewhere():
    from sheet_helpers import place
    city, code, _ = place("Ein Feuerwehrmann kämpft in der Nähe von Arouca im Norden Portugals gegen die "
                          "Flammen. Foto: Jana Becker/dpa")
    assert (city, code) == ("Arouca", "PRT")
    city, code, warnings = place("Rauch steigt am Montag in der Nähe auf. Foto: Jana Becker/dpa")
    assert (city, code) == (None, None)
    assert not any("Nahe" in w for w in warnings)
