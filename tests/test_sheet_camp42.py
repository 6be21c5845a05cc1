"""A camp named in the caption is the place, not the town it lies near (issue 9, wrong42:
placecamp.py). Our own captions, in the agencies' shapes."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text,city,country", [
    ("Vrouwen halen water in het vluchtelingenkamp Domiz bij Duhok, Irak, dinsdag. "
     "Foto ANP / Piet Jansen\n", "Domiz", "IRQ"),
    ("Kinder warten im Lager Nyarugusu bei Kibondo, Tansania, auf Essen. Foto: Hans Meier/dpa\n",
     "Nyarugusu", "TZA"),
    ("Une infirmière vaccine des enfants dans le camp de Nyarugusu, à l'est de Kibondo, en "
     "Tanzanie. (Photo Jean Dupont / AFP)\n", "Nyarugusu", "TZA"),
    ("Refugees queue for water in the Nakivale settlement near Mbarara, Uganda, on Monday. "
     "(AP Photo/Peter Dejong)\n", "Nakivale", "UGA"),
    ("Nieuwe hutten in de nederzetting Kalobeyei bij Kakuma, Kenia. "
     "Foto ANP / Piet Jansen\n", "Kalobeyei", "KEN"),
])
def test_the_camp_named_is_the_place(text, city, country):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, country)
    assert any(w.startswith(f"camp written as the place: {city} ") for w in warnings)


@pytest.mark.parametrize("text,city,country", [
    # no camp named: the town it lies near is all the caption says
    ("Kinderen spelen in een vluchtelingenkamp bij Duhok, Irak. Foto ANP / Piet Jansen\n",
     "Dihok", "IRQ"),
    ("Aid workers unload food at a refugee camp near Mbarara, Uganda. (AP Photo/Peter Dejong)\n",
     "Mbarara", "UGA"),
    # the camp lies IN the town written: the town is the place
    ("Vluchtelingen in het kamp Moria in Mytilini, Griekenland. Foto ANP / Piet Jansen\n",
     "Mytilene", "GRC"),
    # a camp named after its town, and a capitalised "Camp" that is a name of its own
    ("Des soldats au camp de Sissonne, à Sissonne (Aisne), mardi. (Photo Jean Dupont / AFP)\n",
     "Sissonne", "FRA"),
    ("Fans gather outside Camp Nou in Barcelona, Spain, on Sunday. (AP Photo/Peter Dejong)\n",
     "Barcelona", "ESP"),
    ("Langläufer beim Trainingslager in Davos, Graubünden. Foto: Hans Meier/dpa\n",
     "Davos", "CHE"),
])
def test_a_town_the_camp_lies_in_stays(text, city, country):
    got_city, got_country, _ = place(text)
    assert (got_city, got_country) == (city, country)
