"""The place rules of one caption, in the order they apply (issue 9).

`resolve_place` scores the caption's candidates; each rule after it reads the caption again for
one shape and may take the town back, give a country where there is no town, or put another
place in its stead. The order matters: a country from a landscape or a state comes before the
rules that take a town back, and the first sentence is read on its own last, through this same
chain (placefirst). Each rule's module says what it reads and cites its example shapes.
"""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import load_gazetteer
from .placeagency import agency_country, body_credit_country, with_agency
from .placebetween import between_two_countries
from .placecountryalone import country_alone, range_not_town
from .placecrossborder import cross_border_country
from .placedeath import sketch_place
from .placedistrict import district_as_city
from .placeevidence import track
from .placefirst import first_sentence_place
from .placefoldword import word_not_village
from .placegerman import unit_country
from .placegroup import group_country
from .placeworker import worker_town
from .placekinds import area_not_town
from .placelandscape import landscape_country, only_passing_through
from .placenearby import near_town_taken_back
from .placeportrait import portrait_event_place, portrayed_origin
from .placeregionwritten import region_disagrees
from .placeresolve import Place, resolve_place
from .placerunson import run_on_country
from .placesheetread import Asked
from .placestatealone import state_country
from .placestated import adjective_outranked, weak_word_taken_back, weaker_mention_outranked
from .placethingnamed import thing_named_after_town
from .placeunlisted import write_unlisted
from .placewiredash import write_dateline_village


def resolve_chain(d, text: str, sheet_country: str | None, sheet_others: frozenset[str] = frozenset()) -> Place:
    """The place of a caption draft `d` (its facts, credit and language), `text` being the part of
    its description the parser analyses."""
    if isinstance(sheet_others, Asked):
        sheet_others.chains += 1    # the first resolve notes what it reads (placesheetread)
    credit = d.credit and d.credit.line
    place = resolve_place(d.facts, sheet_country, with_agency(sheet_others, sheet_country, credit),
                          agency_country(credit))     # (placeagencytown)
    if range_not_town(text, place):
        pass        # "in de Oostenrijkse Alpen": not Alpen, Germany (placecountryalone)
    elif (a2 := landscape_country(text, d.facts, place)) is not None:
        place.country = a2
    elif place.country is None and place.city is None and (a2 := unit_country(text, load_gazetteer())):
        place.country = a2      # "im Landkreis Rostock", "im Kanton Bern" (placegerman)
    elif (a2 := state_country(text, d.facts, place)) is not None:
        place.country, place.region_only = a2, True     # "Überschwemmungen in Florida." (placestatealone)
    elif (a2 := country_alone(text, d.facts, place)) is not None:
        place.country = a2      # "auf Grönland", "tussen Akkrum en Irnsum" (placecountryalone)
    elif (a2 := run_on_country(text, d.facts, place)) is not None:
        place.country = a2      # "in the desert of Wadi Rum, in southern Jordan" (placerunson)
    elif only_passing_through(text, d.facts, place):
        place.country = None
    elif (a2 := body_credit_country(d.credit and d.credit.line, d.facts, place)) is not None:
        place.country = a2      # "Quelle: Polizeipräsidium Niederbayern" (placeagency)
    cross_border_country(text, d.facts, place)     # "über den Ardennen": Belgium, France or Luxembourg (placecrossborder)
    adjective_outranked(text, d.facts, place)   # "Kölner ... in <village>": not Cologne (placestated)
    weak_word_taken_back(text, d.facts, place)  # "Noord-Frankrijk", "marché de Noël": no town
    weaker_mention_outranked(text, d.facts, place)  # "vor dem Buckingham-Palast in <village>" (placestated)
    track(place, write_unlisted, text, d.facts, place)    # a village the index lacks, placed by grammar (placeunlisted)
    track(place, write_dateline_village, text, d.facts, place, d.credit and d.credit.line)     # "KRUININGEN - ... ANP"
    portrait_event_place(text, d.credit and d.credit.line, place)   # "arrested in X. Photograph: Police"
    sketch_place(text, place)     # "Mit diesem Phantombild ... in X": drawn, not taken (placedeath)
    portrayed_origin(text, d.facts, place)     # "Landwirt Josef Straubinger (62) aus X" (placeportrait)
    near_town_taken_back(text, d.facts, place)     # "Schwallenbach bei X:", "aux portes de X" (placenearby)
    thing_named_after_town(text, d.facts, place)   # "nach Nürnberger Rezept" (placethingnamed)
    word_not_village(text, d.lang, d.facts, place)     # "durch die Tore": no Töre, Sweden (placefoldword)
    region_disagrees(text, d.facts, place)    # "d'Orlu (Ariège)": no Orlu, Nigeria (placeregionwritten)
    area_not_town(text, place)    # "in Kagoshima prefecture", "in Northland": the area (placekinds)
    between_two_countries(d.facts, place)     # "between Huningue, France, and Weil am Rhein" (placebetween)
    district_as_city(place, text, d.facts)  # "de Montmartre", "Q, a district of C": the city (placedistrict)
    # "une famille de X ... dans les monts d'Y", "une infirmière de X ... à Y" (placegroup, placeworker)
    group_country(text, d.facts, place, sheet_country, worker_town)
    # "... in Tamm. Anwohner im benachbarten Asperg ...": the first sentence says where (placefirst)
    return first_sentence_place(text, place, lambda t, f: resolve_chain(
        replace(d, description=t, facts=f), t, sheet_country, sheet_others), sheet_country)
