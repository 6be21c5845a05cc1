"""The fact-marking rules run once per caption (placemarks, speed33): each gives the same
facts when run twice on the facts it marked, so the resolve with the sheet's country
needs no second marking. Captions are our own, in the shapes the rules are for."""

from __future__ import annotations

import copy

import pytest

from captionist.sources.sheet import parser as sheet_parser
from captionist.sources.sheet import placemarks
from captionist.sources.sheet.parser import parse_sheet
from captionist.sources.sheet.placecrossing import mark_crossings
from captionist.sources.sheet.places import find_places
from captionist.sources.sheet.placevenues import with_venues


def _facts(text: str):
    """The facts as the parser's _classify makes them, before any marking."""
    return mark_crossings(text, with_venues(text, find_places))


_RULES = {
    "mark_asides": placemarks.mark_asides,
    "mark_street_towns": placemarks.mark_street_towns,
    "mark_across": placemarks.mark_across,
    "mark_crafts": placemarks.mark_crafts,
    "mark_ancient": placemarks.mark_ancient,
    "region_owner": placemarks.region_owner,
    "confine_to_units": lambda facts, text: placemarks.confine_to_units(facts),
    "mark_former": placemarks.mark_former,
    "capital_apposition": placemarks.capital_apposition,
    "origin_country": placemarks.origin_country,
    "mark_attached": placemarks.mark_attached,
}

# two or more captions per rule on which the rule changes something (checked below)
_CASES = [
    ("mark_asides", "Rugby : Toulouse a battu Clermont samedi soir au stade Ernest-Wallon."),
    ("mark_asides", "De minister vertrekt naar het vliegveld van Eindhoven voor een werkbezoek."),
    ("mark_street_towns", "Volunteers hand out soup on Victoria Road, Kettering, on Friday evening."),
    ("mark_street_towns", "Shoppers queue outside a bakery on Market Street, Lancaster, before the holiday."),
    ("mark_across", "Soldiers patrol an island beach, across the water from the mainland city of Vladivostok."),
    ("mark_across", "A watchtower stands within sight of Narva on the Estonian side of the river."),
    ("mark_crafts", "De Leidse schrijfster signeert haar roman in een boekhandel in Utrecht."),
    ("mark_crafts", "Der Kölner Maler zeigt seine Bilder bei der Vernissage in Bonn."),
    ("mark_ancient", "Le pont romain de Vaison-la-Romaine sous les eaux après les orages."),
    ("mark_ancient", "Het Romeinse theater van Orange tijdens het operafestival."),
    # a region left over after the owner's adjective dropped the others: run twice, the
    # adjective's country was added to the countries seen twice
    ("region_owner", "Ein Arzt aus Bayern arbeitet in einer Klinik im irakischen Kurdistan."),
    ("region_owner", "A doctor from Texas works at a clinic in Iraqi Kurdistan on Monday."),
    ("region_owner", "Un médecin de Bavière soigne des enfants au Kurdistan irakien, le 3 mai."),
    ("confine_to_units", "Wateroverlast in de gemeente Westland na de hevige regenval van zondag."),
    ("confine_to_units", "Hochwasser in der Gemeinde Westland nach dem Regen am Sonntag."),
    ("mark_former", "Een oud-gevangene van de gevangenis van Scheveningen spreekt met journalisten."),
    ("mark_former", "Ein ehemaliger Häftling aus Bautzen spricht mit Journalisten."),
    ("capital_apposition", "Crowds gather in the capital, Kyiv, to mark Independence Day on Wednesday."),
    ("capital_apposition", "Demonstranten in der Hauptstadt, Wien, am Sonntag."),
    ("origin_country", "Eine Blaskapelle aus Ginzling, Österreich, spielt beim Umzug in München."),
    ("mark_attached", "Pupils from a school in Bristol visit the railway museum in Swindon on Friday."),
    ("mark_attached", "Leerlingen van een school in Zwolle bezoeken het museum in Deventer."),
]


@pytest.mark.parametrize("rule,text", _CASES)
def test_rule_gives_the_same_facts_run_twice(rule, text):
    facts = _facts(text)
    once = copy.deepcopy(facts)
    _RULES[rule](once, text)
    assert once != facts, f"{rule} marks nothing in {text!r}: no case for it"
    twice = copy.deepcopy(once)
    _RULES[rule](twice, text)
    assert twice == once


@pytest.mark.parametrize("text", sorted({t for _, t in _CASES}) + [
    # two rules on one caption: the owner's adjective and a band's home country
    "Eine Blaskapelle aus Ginzling, Österreich, spielt in Bayern und im irakischen Kurdistan.",
])
def test_all_marks_give_the_same_facts_run_twice(text):
    once = _facts(text)
    placemarks.mark_facts(once, text)
    twice = copy.deepcopy(once)
    placemarks.mark_facts(twice, text)
    assert twice == once


def test_facts_are_marked_once_per_caption(monkeypatch):
    """A sheet whose captions settle a country resolves them twice, marking them once."""
    calls = []
    real = sheet_parser.mark_facts
    monkeypatch.setattr(sheet_parser, "mark_facts", lambda facts, text: (calls.append(text), real(facts, text)))
    sheet = ("Crowds gather in the capital, Kyiv, on 24 August 2023. Photo: Ada Veen/AFP\n\n"
             "A tram crosses a bridge in Lviv on 25 August 2023. Photo: Ada Veen/AFP\n\n"
             "Volunteers sort clothes in Odesa on 26 August 2023. Photo: Ada Veen/AFP\n")
    res = parse_sheet(sheet, lang="en")
    assert len(res.captions) == 3
    assert len(calls) == 3
    assert [c.record.get("countryCode") for c in res.captions] == ["UKR"] * 3
