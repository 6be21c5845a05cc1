"""The place service (captionist.places) and place resolution in caption sheets (issue 9).

Each wrong-place class the issue names has a case here: a town that only agrees with
part of a name ("Town Hall ... Stockholm"), a place that disagrees with the country the
caption names, a person's name, a word in a quote, a feature named like a town ("the
Shetland Isles"), the big city a village is near; and the classes that used to come out
blank: small towns, adjectives, elisions, exonyms. Reverse geocoding is read back with
ExifTool after a real embed.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import exiftool, make_jpeg

from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed
from captionist.places import get_index, norm
from captionist.places.index import cache_dir, ensure_index, index_path
from captionist.places.reverse import gps_of_file, locate
from captionist.sources.sheet import parse_sheet


def place(text: str) -> tuple[str | None, str | None, list[str]]:
    (cap,) = parse_sheet(text).captions
    return cap.record.get("cityName"), cap.record.get("countryCode"), cap.warnings


@pytest.mark.parametrize("text,city,country", [
    # wrong places that look right: the country or region the caption names decides
    ("Supporters celebrate on the Town Hall square in Stockholm, Sweden, on 24 May 2023. Photo: Ada Veen/AFP",
     "Stockholm", "SWE"),
    ("People queue in Paris, Texas, on 24 February 2022. Photo: Ada Veen/AFP", "Paris", "USA"),
    ("Kids play in Springfield, Illinois, on 3 May 2023. Photo: Ada Veen/AFP", "Springfield", "USA"),
    ("Residents in Hall in Tirol, Austria, on 3 May 2023. Photo: Ada Veen/AFP", "Hall in Tirol", "AUT"),
    ("Syrians return to Tal Abyad, Syria, on 24 February 2022. Photo: Ada Veen/AFP", "Tall Abyaḑ", "SYR"),
    # small towns and villages (GeoNames places of 500+ people)
    ("Refugees wait at the Dorohusk border crossing in eastern Poland on 24 February 2022. "
     "(AP Photo/Jan Kowal)", "Dorohusk", "POL"),
    ("Aufräumarbeiten in Dernau im Ahrtal am 20. Juli 2021. Foto: Hans Berg/dpa", "Dernau", "DEU"),
    ("Des secours à Saint-Martin-Vésubie, dans les Alpes-Maritimes, le 4 octobre 2020. Photo: Jean Dupont/AFP",
     "Saint-Martin-Vésubie", "FRA"),
    ("Toeristen varen door Giethoorn op 12 juli 2023. Foto: ANP / Piet Vos", "Giethoorn", "NLD"),
    ("Eine Helferin verteilt Decken in Palanca an der moldauisch-ukrainischen Grenze. Bild: Ion Rusu/dpa",
     "Palanca", "MDA"),
    # two places in one caption: the specific one wins
    ("A destroyed building in Bucha, near Kyiv, on 4 April 2022. (AP Photo/Ada Veen)", "Bucha", "UKR"),
    ("Inwoners van Boetsja, vlak bij Kiev, begraven hun buren. Foto: Sergej Vasylenko / AFP", "Bucha", "UKR"),
    ("Residents of Marathon, north of Athens, on 24 July 2023. Photo: Ada Veen/AFP", "Marathónas", "GRC"),
    ("Inwoners van Paiporta, een voorstad van Valencia, scheppen modder. Foto: EPA-EFE/MIGUEL LLORET",
     "Paiporta", "ESP"),
    ("Flüchtlinge steigen am Bahnhof von Przemyśl aus einem Zug, der aus Odessa kam. Foto: Jan Nowak/AP/dpa",
     "Przemyśl", "POL"),
    ("Le port d'Ajaccio, où accostent les ferries venus de Marseille, le 17 septembre 2024. Photo : Jean Dupont / AFP",
     "Ajaccio", "FRA"),
    # adjectives, demonyms, elisions, articles, qualifiers
    ("Een Rotterdamse agent bij de Erasmusbrug op 14 juli 2023. Foto: Robin Utrecht/ANP", "Rotterdam", "NLD"),
    ("Die Berliner Polizei am 1. Mai 2023. Foto: Hans Berg/dpa", "Berlin", "DEU"),
    ("Münchner Fans jubeln am 24. Februar 2022. Foto: Hans Berg/dpa", "Munich", "DEU"),
    ("De Haagse politie op 24 februari 2022. Foto: ANP", "The Hague", "NLD"),
    ("Un policier parisien le 14 juillet 2023. Photo: Jean Dupont/AFP", "Paris", "FRA"),
    ("Menschen suchen in einer Kiewer U-Bahn-Station Schutz. Foto: Hans Berg/dpa", "Kyiv", "UKR"),
    ("Ein Luftbild zeigt die Kiesgrube im Erftstädter Ortsteil Blessem. Bild: Rhein-Erft-Kreis/dpa",
     "Erftstadt", "DEU"),
    ("Des manifestantes lors de la grève féministe, à Fribourg, le 14 juin 2023. KEYSTONE / LÉA GROSJEAN",
     "Fribourg", "CHE"),
    # "naar X" is where the ferry goes, not where the picture is: the place gate (issue 9, places10)
    # writes no place from a destination with no country after it (tests/test_sources_sheet_place_gate.py)
    ("Une veerpont vaart door de mist over het IJ naar Amsterdam-Noord. Foto ANP / Bram van Leeuwen",
     None, None),
    ("Fans in St. Petersburg on 3 May 2023. Photo: Ada Veen/AFP", "Saint Petersburg", "RUS"),
    ("President Joe Biden speaks in the Rose Garden of the White House in Washington, on May 3, 2023. "
     "(AP Photo/Evan Vucci)", "Washington", "USA"),
    ("Koning Willem-Alexander opent de Floriade in Almere op 13 april 2022. ANP / Remko de Waal", "Almere", "NLD"),
    ("Demonstranten vor dem Reichstag in Berlin-Mitte am 3. Mai 2023. Foto: Christoph Soeder/dpa", "Berlin", "DEU"),
    ("Brandweerlieden blussen een brand in het Brabantse Oss. Foto ANP / Rob Engelaar", "Oss", "NLD"),
    ("Supporters of Ajax gather at the Johan Cruijff Arena in Amsterdam on 3 May 2023. Photo: Ada Veen/AFP",
     "Amsterdam", "NLD"),
    ("Migranten kommen in Lampedusa an, 14. September 2023. Foto: Cecilia Fabiano/LaPresse/AP/dpa",
     "Lampedusa", "ITA"),
    ("A man walks past flattened houses in Jindires, in the countryside of Aleppo province, Syria. "
     "(AP Photo/Ada Veen)", "Jindayris", "SYR"),
    ("Die Menschen in der Ukraine feiern am 24. August 2022. Foto: Hans Berg/dpa", None, "UKR"),
    ("Traktoren blockieren die Stadtbrücke in Frankfurt (Oder) an der Grenze zu Polen. Foto: Ines Hartwig/dpa",
     "Frankfurt (Oder)", "DEU"),
    # exonyms
    ("Kinder spielen in Kiew am 24. Februar 2022. Foto: Hans Berg/dpa", "Kyiv", "UKR"),
    ("Kinderen spelen in Kiëv op 24 februari 2022. Foto: ANP", "Kyiv", "UKR"),
    ("Des enfants à Kiev le 24 février 2022. Photo: Jean Dupont/AFP", "Kyiv", "UKR"),
    ("Children play in Київ on 24 February 2022. Photo: Ada Veen/AFP", "Kyiv", "UKR"),
])
def test_place_resolution(text, city, country):
    got = place(text)
    assert (got[0], got[1]) == (city, country), got


@pytest.mark.parametrize("text", [
    # a person's surname that is also a town
    "Olga Kharkiv, 34, waits for a bus on 24 February 2022. Photo: Ada Veen/AFP",
    "Ukrainian soldier Ivan Bucha stands guard on 24 February 2022. Photo: Ada Veen/AFP",
    # the credit names a person, not a place
    "A woman waits for a bus on 24 February 2022. Photo: Anna Lviv/AFP",
    # a word in a quote
    'Protesters chant "Moscow out" on 24 February 2022. Photo: Ada Veen/AFP',
    # a town name used as a first name
    "Orlando Bloom arrives at the premiere on 3 May 2023. Photo: Ada Veen/AFP",
    # a German noun that is a Swiss town, a month that is a Kenyan village
    "Kinder steigen am 1. Mai 2023 aus einem Zug. Foto: Hans Berg/dpa",
])
def test_no_place_from_names_quotes_or_common_words(text):
    city, country, _ = place(text)
    assert city is None and country is None


def test_a_feature_named_like_a_town_is_not_the_town():
    city, country, _ = place("Fans wave flags in the Shetland Isles on 3 June 2022. Photo: Ada Veen/AFP")
    assert city is None and country in (None, "GBR")
    city, country, _ = place("Holidaymakers leave the Isles of Scilly on 15 September 2023. (Tom Penrose/PA via AP)")
    assert (city, country) == (None, "GBR")
    city, _, _ = place("A man walks past houses in the countryside of Aleppo province, Syria. (AP Photo/Ada Veen)")
    assert city is None
    city, country, _ = place("La lave avance près de Tazacorte, sur l'île espagnole de La Palma. Photo : Ana Ruiz / AFP")
    assert (city, country) == ("Tazacorte", "ESP")


def test_below_the_threshold_the_field_stays_empty_and_the_warning_names_the_candidates():
    city, country, warnings = place("A crowd in Odessa on 24 February 2022. Photo: Ada Veen/AFP")
    assert city is None and country is None
    (w,) = [w for w in warnings if w.startswith("ambiguous place")]
    assert "Odesa (UA)" in w and "Odessa (US)" in w


def test_the_sheet_country_picks_between_namesakes():
    res = parse_sheet("Rescue workers in Valencia, Spain, on 30 October 2024. Photo: Ana Ruiz/AFP\n\n"
                      "A firefighter helps a man in Chiva on 30 October 2024. Photo: Ana Ruiz/AFP\n")
    assert [(c.record.get("cityName"), c.record.get("countryCode")) for c in res.captions] == [
        ("Valencia", "ESP"), ("Chiva", "ESP")]


def test_index_knows_exonyms_small_places_and_adjectives():
    ix = get_index()
    for name in ("Kyiv", "Kiev", "Kijev", "Kiew", "Київ"):
        assert ix.cities(norm(name))[0]["name"] == "Kyiv", name
    assert ix.cities(norm("Dorohusk"))[0]["countrycode"] == "PL"
    assert ix.cities(norm("parisien"))[0]["adjective"]
    assert ix.countries[norm("Oekraïne")] == ix.countries[norm("Ukraine")] == "UA"
    assert ix.countries[norm("Schweiz")] == "CH"
    assert ix.regions(norm("Alpes-Maritimes"))[0].country == "FR"


@pytest.mark.integration   # builds the place index in two child processes
def test_index_is_built_once_under_xdg_cache_home(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    code = ("from captionist.places.index import ensure_index; p = ensure_index(); "
            "print(p, p.stat().st_mtime_ns)")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout == second.stdout          # same file, not rebuilt
    path = first.stdout.split()[0]
    assert path.startswith(str(tmp_path / "captionist" / "places-")) and path.endswith(".sqlite")
    assert not [p for p in (tmp_path / "captionist").iterdir() if p.name.startswith(".places-")]
    # this process uses the same naming
    assert index_path().parent == cache_dir() and ensure_index().exists()


@pytest.mark.parametrize("lat,lon,city,country", [
    (49.8353, 36.6856, "Chuhuiv", "UKR"),
    (52.0705, 4.3007, "The Hague", "NLD"),
    (59.3293, 18.0686, "Stockholm", "SWE"),
    (51.1548, 23.8033, "Dorohusk", "POL"),
    (-33.8688, 151.2093, "Sydney", "AUS"),
])
def test_reverse_geocoding(lat, lon, city, country):
    found = locate(lat, lon)
    assert (found.location["city"], found.location["countryCode"]) == (city, country)
    assert found.km < 5


def test_reverse_geocoding_far_from_anything_gives_nothing():
    assert locate(0.0, -30.0) is None              # mid-Atlantic
    assert gps_of_file({"Exif.GPSInfo.GPSLatitude": "0/1 0/1 0/1", "Exif.GPSInfo.GPSLatitudeRef": "N",
                        "Exif.GPSInfo.GPSLongitude": "0/1 0/1 0/1", "Exif.GPSInfo.GPSLongitudeRef": "E"}, {}) is None


def test_gps_in_the_file_fills_location_created_read_back_by_exiftool(tmp_path):
    path = make_jpeg(tmp_path / "gps.jpg")          # camera EXIF with GPS 49°50'07"N 36°41'08"E
    out = embed(path, CaptionRecord.model_validate({"id": "r", "headline": "Damaged flats"}), Options(fsync=False))
    assert out.status == "written", out.error
    (w,) = [w for w in out.warnings if w.startswith("locationCreated filled from GPS")]
    assert "Chuhuiv, UKR" in w and "km away" in w
    et = exiftool(path)
    loc = et["XMP-iptcExt:LocationCreated"]
    loc = loc[0] if isinstance(loc, list) else loc
    assert (loc["City"], loc["ProvinceState"], loc["CountryName"], loc["CountryCode"]) == (
        "Chuhuiv", "Kharkiv Oblast", "Ukraine", "UKR")


def test_gps_in_the_record_fills_the_rest_of_its_location(tmp_path):
    path = make_jpeg(tmp_path / "plain.jpg", camera=False)
    rec = CaptionRecord.model_validate({"id": "r", "headline": "Hofvijver",
                                        "locationCreated": [{"gpsLatitude": 52.0799, "gpsLongitude": 4.3136}]})
    out = embed(path, rec, Options(fsync=False))
    assert out.status == "written", out.error
    loc = exiftool(path)["XMP-iptcExt:LocationCreated"]
    loc = loc[0] if isinstance(loc, list) else loc
    assert (loc["City"], loc["CountryCode"]) == ("The Hague", "NLD")
    assert abs(float(str(loc["GPSLatitude"]).split()[0]) - 52.0799) < 0.01 or "52" in str(loc["GPSLatitude"])


def test_a_location_in_the_record_or_the_file_is_never_overwritten(tmp_path):
    path = make_jpeg(tmp_path / "gps.jpg")
    rec = CaptionRecord.model_validate({"id": "r", "locationCreated": [{"city": "Kharkiv", "countryCode": "UKR"}]})
    out = embed(path, rec, Options(fsync=False))
    assert not [w for w in out.warnings if "filled from GPS" in w]
    loc = exiftool(path)["XMP-iptcExt:LocationCreated"]
    loc = loc[0] if isinstance(loc, list) else loc
    assert loc["City"] == "Kharkiv" and "CountryName" not in loc
    # a second record without a place: the file has one now, nothing is filled
    out = embed(path, CaptionRecord.model_validate({"id": "r", "headline": "Later"}), Options(fsync=False))
    assert not [w for w in out.warnings if "filled from GPS" in w]
