"""Credits of caption sheets in every agency style the credit table
(captionist/data/credit_styles.json) declares: creditLine as printed minus its
introducer, creators (people only: agencies, publications, services, "Handout" and
"Pool" never), source. Captions are our own wording in the agencies' formats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.credits import credit_alone, find_credit

CASES = [
    # (caption, creditLine, creatorNames, source)
    ("Refugees queue at the border crossing in Medyka, Poland, on Feb. 27, 2022. (AP Photo/Anna Brenner)",
     "AP Photo/Anna Brenner", ["Anna Brenner"], "AP"),
    ("Migrants wait at the fence near Kuźnica, Poland, on Nov. 8, 2021. (Polish Border Guard via AP)",
     "Polish Border Guard via AP", None, "AP"),
    ("A firefighter works at a burning warehouse in Kharkiv on March 2, 2022. REUTERS/Petro Zavada",
     "REUTERS/Petro Zavada", ["Petro Zavada"], "Reuters"),
    ("Fans celebrate in Trafalgar Square, London, on July 11, 2021. (Photo by Tom Harding/Getty Images)",
     "Tom Harding/Getty Images", ["Tom Harding"], "Getty Images"),
    ("Demonstranten ziehen am 3. März 2022 durch Berlin. Jonas Keller/dpa",
     "Jonas Keller/dpa", ["Jonas Keller"], "dpa"),
    ("Demonstranten ziehen am 3. März 2022 durch Berlin. © picture alliance / dpa | Jonas Keller",
     "picture alliance / dpa | Jonas Keller", ["Jonas Keller"], "picture alliance"),
    ("Ein Helfer räumt am 16. Juli 2021 Schlamm in Dernau. Quelle: Tobias Brandt",
     "Tobias Brandt", ["Tobias Brandt"], None),
    ("Ein Helfer räumt am 16. Juli 2021 Schlamm in Dernau. Bild: Tobias Brandt/dpa",
     "Tobias Brandt/dpa", ["Tobias Brandt"], "dpa"),
    ("Een agent bij de Erasmusbrug in Rotterdam op 14 juli 2023. Beeld AFP", "AFP", None, "AFP"),
    ("Een agent bij de Erasmusbrug in Rotterdam op 14 juli 2023. Foto ANP / Roel Smit",
     "ANP / Roel Smit", ["Roel Smit"], "ANP"),
    ("Een agent bij de Erasmusbrug in Rotterdam op 14 juli 2023. ANP / Roel Smit",
     "ANP / Roel Smit", ["Roel Smit"], "ANP"),
    ("Des secouristes dans une rue inondée de Nice, le 3 octobre 2020. [AFP - Marc Aubert]",
     "AFP - Marc Aubert", ["Marc Aubert"], "AFP"),
    ("Une route emportée par la crue à Saint-Martin-Vésubie, le 4 octobre 2020. CLÉMENT MARTY / AFP",
     "CLÉMENT MARTY / AFP", ["Clément Marty"], "AFP"),
    ("Des manifestants à Paris, le 5 décembre 2019. LOUISE ROCHE / HANS LUCAS POUR « LE MONDE »",
     "LOUISE ROCHE / HANS LUCAS POUR « LE MONDE »", ["Louise Roche"], "Hans Lucas"),
    ("Protesters in Trafalgar Square, London, on March 4, 2023. Composite: Getty Images", "Getty Images", None,
     "Getty Images"),
    ("Police officers in Cologne on Jan. 1, 2023. Handout/Cologne Police via REUTERS",
     "Handout/Cologne Police via REUTERS", None, "Reuters"),
    # the issue's own example
    ("Des habitants à Saint-Martin-Vésubie, le 4 octobre 2020. VALERY HACHE / AFP",
     "VALERY HACHE / AFP", ["Valery Hache"], "AFP"),
    ("Des manifestants défilent à Paris, le 5 décembre 2019. LOUISE ROCHE POUR « LE MONDE »",
     "LOUISE ROCHE POUR « LE MONDE »", ["Louise Roche"], "Le Monde"),
    ("Traders on the floor of the exchange in New York on March 9, 2020. © 2019 Reuters",
     "© 2019 Reuters", None, "Reuters"),
    ("Ein Mann vor einem zerstörten Haus in Kiew am 24. Februar 2022. EPA/OLEG PETRENKO",
     "EPA/OLEG PETRENKO", ["Oleg Petrenko"], "EPA"),
    ("Ein Mann vor einem zerstörten Haus in Kiew am 24. Februar 2022. EPA-EFE/OLEG PETRENKO",
     "EPA-EFE/OLEG PETRENKO", ["Oleg Petrenko"], "EPA-EFE"),
    ("Des manifestants place de la République à Paris, le 5 décembre 2019. Photo: Lucie Garnier/Hans Lucas/SIPA",
     "Lucie Garnier/Hans Lucas/SIPA", ["Lucie Garnier"], "Hans Lucas"),
    # pool and handout credits: no person unless one is named
    ("Leaders meet at the summit in Brussels on March 24, 2022. (Photo by Henk Bos/Pool/AFP via Getty Images)",
     "Henk Bos/Pool/AFP via Getty Images", ["Henk Bos"], "Getty Images"),
    ("The president speaks in Kyiv on March 1, 2022. Ukrainian Presidential Press Service/Handout via REUTERS",
     "Ukrainian Presidential Press Service/Handout via REUTERS", None, "Reuters"),
    ("Ministers meet in Brussels on March 24, 2022. POOL/AFP", "POOL/AFP", None, "AFP"),
    ("Soldaten in Kiew am 24. Februar 2022. Foto: Ministerium für Verteidigung der Ukraine/dpa",
     "Ministerium für Verteidigung der Ukraine/dpa", None, "Ministerium für Verteidigung der Ukraine"),
    # two photographers
    ("Refugees arrive by train in Przemyśl on March 1, 2022. Photo: Ada Veen and Bo Lind/AFP",
     "Ada Veen and Bo Lind/AFP", ["Ada Veen", "Bo Lind"], "AFP"),
    ("Vluchtelingen in Przemyśl op 1 maart 2022. Foto's: Ada Veen en Bo Lind/ANP",
     "Ada Veen en Bo Lind/ANP", ["Ada Veen", "Bo Lind"], "ANP"),
    ("Le président de la République à Marseille, le 26 juin 2023. LUDOVIC MARIN / POOL / AFP",
     "LUDOVIC MARIN / POOL / AFP", ["Ludovic Marin"], "AFP"),
    ("Ukrainian servicemen in Kyiv, Ukraine, February 25, 2022. REUTERS/Petro Zavada/File Photo",
     "REUTERS/Petro Zavada/File Photo", ["Petro Zavada"], "Reuters"),
    ("Koningsdag op de grachten in Amsterdam, 27 april 2023. Foto: Roel Smit, ANP",
     "Roel Smit, ANP", ["Roel Smit"], "ANP"),
    ("Ein Zug im Hauptbahnhof München am 1. Mai 2023. Foto: Jonas Keller/dpa/picture alliance",
     "Jonas Keller/dpa/picture alliance", ["Jonas Keller"], "dpa"),
    ("Eine Demonstration in Leipzig am 6. März 2023. Bild: IMAGO / Future Image", "IMAGO / Future Image", None, "IMAGO"),
    ("Feuerwehrleute in Ahrweiler am 16. Juli 2021. Bild: Rhein-Erft-Kreis/dpa", "Rhein-Erft-Kreis/dpa", None,
     "Rhein-Erft-Kreis"),
    ("Une habitante à Roquebillière, le 8 octobre 2020. Photo : Lucas Marin / Nice-Matin / MAXPPP",
     "Lucas Marin / Nice-Matin / MAXPPP", ["Lucas Marin"], "Nice-Matin"),
    ("Supporters célèbrent la victoire à Liège, le 3 mai 2023. BELGA PHOTO JULIEN ROSSEL",
     "BELGA PHOTO JULIEN ROSSEL", ["Julien Rossel"], "Belga"),
    ("Een supporter steekt vuurwerk af in Rotterdam op 6 december 2023. ANP DIRK-JAN VERMEER",
     "ANP DIRK-JAN VERMEER", ["Dirk-Jan Vermeer"], "ANP"),
    ("The president speaks in Kyiv on Feb. 25, 2022. Ukrainian Presidential Press Office/Handout via REUTERS "
     "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
     "Ukrainian Presidential Press Office/Handout via REUTERS", None, "Reuters"),
    ("Rescuers search the slope above Lech, Austria, on Feb. 5, 2023. Foto: APA/ZEITUNGSFOTO.AT/ANDREAS HOFER",
     "APA/ZEITUNGSFOTO.AT/ANDREAS HOFER", ["Andreas Hofer"], "APA"),
    ("A video still shows a crowd in a street in Urumqi, China, on Nov. 26, 2022. Social media via REUTERS",
     "Social media via REUTERS", None, "Reuters"),
    ("Een agent in Rotterdam op 14 juli 2023. Foto: Roel Smit (ANP)", "Roel Smit (ANP)", ["Roel Smit"], "ANP"),
    ("Een agent in Rotterdam op 14 juli 2023. Beeld de Volkskrant", "de Volkskrant", None, "de Volkskrant"),
    ("The dam in Nova Kakhovka on June 5 and June 6, 2023. Photos: Ada Veen/AFP and Bo Lind/Reuters",
     "Ada Veen/AFP and Bo Lind/Reuters", ["Ada Veen", "Bo Lind"], "AFP"),
    ("Soldiers in a street in Kyiv on March 3, 2022. EPA/STR", "EPA/STR", None, "EPA"),
    ("Ein Mann am Rheinufer in Köln am 2. Januar 2023. Foto: Jonas Keller/dpa +++ dpa-Bildfunk +++",
     "Jonas Keller/dpa", ["Jonas Keller"], "dpa"),
    # an agency id after the credit is not part of it
    ("A firefighter in Kharkiv on March 2, 2022. REUTERS/Petro Zavada TPX IMAGES OF THE DAY",
     "REUTERS/Petro Zavada", ["Petro Zavada"], "Reuters"),
    ("Een agent in Rotterdam op 14 juli 2023. Foto: ANP / Roel Smit (ANP-123456789)",
     "ANP / Roel Smit", ["Roel Smit"], "ANP"),
]


@pytest.mark.parametrize("text,line,creators,source", CASES, ids=[c[1][:40] for c in CASES])
def test_every_credit_style(text, line, creators, source):
    (cap,) = parse_sheet(text).captions
    rec = cap.record
    assert (rec.get("creditLine"), rec.get("creatorNames"), rec.get("source")) == (line, creators, source)
    desc = next(iter(rec["description"].values()))
    # the credit is cut off the description, which keeps the caption's own last sentence
    assert desc == text[:len(desc)] and desc.endswith((".", ","))
    assert line.split("/")[0].split()[-1] not in desc or line == "AFP"


@pytest.mark.parametrize("below", [False, True])
def test_credit_on_its_own_line_or_paragraph_above_or_below(below):
    caps = ["Une route emportée par la crue à Saint-Martin-Vésubie, le 4 octobre 2020.",
            "Des pompiers à Breil-sur-Roya, le 3 octobre 2020."]
    credits = ["CLÉMENT MARTY / AFP", "AFP"]
    pars = [p for c, k in zip(caps, credits) for p in ((c, k) if below else (k, c))]
    for sep in ("\n", "\n\n"):
        if sep == "\n" and not below:
            continue  # a credit line above joins the caption in the same block: see the next test
        res = parse_sheet(("\n\n" if sep == "\n" else sep).join(
            sep.join(pars[i:i + 2]) for i in range(0, 4, 2)))
        got = [(c.record["description"]["fr"], c.record["creditLine"], c.record.get("creatorNames"))
               for c in res.captions]
        assert got == [(caps[0], credits[0], ["Clément Marty"]), (caps[1], "AFP", None)]
        assert res.stray == []


def test_credit_printed_before_the_text_on_the_same_line():
    (cap,) = parse_sheet("Foto: Jonas Keller | dpa Menschen kühlen sich am 15. Juli 2023 im Brunnen in "
                         "Berlin ab.").captions
    assert (cap.record["creditLine"], cap.record["creatorNames"], cap.record["source"]) == (
        "Jonas Keller | dpa", ["Jonas Keller"], "dpa")
    assert cap.record["description"]["de"].startswith("Menschen kühlen sich")
    # without a known agency closing it, where the credit ends cannot be told: no credit
    (cap,) = parse_sheet("Foto: Jonas Keller Menschen kühlen sich am 15. Juli 2023 in Berlin ab.").captions
    assert "creditLine" not in cap.record


def test_credit_printed_before_the_text_in_the_same_block():
    res = parse_sheet("Foto: Jonas Keller | dpa\nMenschen kühlen sich am 15. Juli 2023 im Brunnen "
                      "am Alexanderplatz in Berlin ab.")
    (cap,) = res.captions
    assert cap.record["creditLine"] == "Jonas Keller | dpa"
    assert cap.record["creatorNames"] == ["Jonas Keller"] and cap.record["source"] == "dpa"
    assert cap.record["description"]["de"].startswith("Menschen kühlen sich")


@pytest.mark.parametrize("text", [
    "Kyiv Under Fire", "Oorlog in Oekraïne", "Dutch F-35 jets at Leeuwarden air base ahead of a NATO/EU meeting.",
    "Kyiv/Kharkiv", "Ada Veen",  # a name alone could be anything: not a credit without an agency or a slash
])
def test_a_line_alone_is_a_credit_only_with_an_agency_or_a_slash(text):
    assert credit_alone(text) is None


@pytest.mark.parametrize("text", [
    "Ministers meet in Brussels (Belgium - Luxembourg talks) on March 24, 2022.",
    "Refugees at the Kyiv/Lviv railway line on March 1, 2022 ahead of the EU/NATO summit.",
])
def test_brackets_and_slashes_in_the_text_are_not_credits(text):
    assert find_credit(text) is None


def test_agencies_publications_and_services_are_never_creators():
    table = json.loads((Path(__file__).resolve().parents[1] / "src" / "captionist" / "data"
                        / "credit_styles.json").read_text("utf-8"))
    for printed in ["AFP", "Reuters", "ANP", "dpa", "Getty Images", "Hans Lucas", "Le Monde", "Handout",
                    "Pool", "Polish Border Guard", "State Emergency Service of Ukraine", "Ministère des Armées"]:
        (cap,) = parse_sheet(f"Une rue de Kyiv, le 24 février 2022. Photo : Ada Veen/{printed}").captions
        assert cap.record["creatorNames"] == ["Ada Veen"], printed
    # every style in the table says what it recognises, and is tried in a known place
    for style in table["styles"]:
        assert style["examples"] and style["at"] in ("end", "alone")
        # bounded quantifiers only: the linear-time promise of the parser
        assert not re.search(r"(?<!\\)[+*]", style["pattern"].replace("\\+", "").replace("\\*", "")), style["name"]


def test_names_in_capitals_are_title_cased_unknown_creators_left_empty():
    (cap,) = parse_sheet("Des manifestants à Lyon, le 4 octobre 2020. JEAN-FRANÇOIS D'ARCY / AFP").captions
    assert cap.record["creatorNames"] == ["Jean-François D'Arcy"]
    (cap,) = parse_sheet("Une femme à Amizmiz, le 10 septembre 2023. MOSA'AB KHALIL / AP").captions
    assert cap.record["creatorNames"] == ["Mosa'ab Khalil"]
    (cap,) = parse_sheet("Des manifestants à Lyon, le 4 octobre 2020. Photo : AFP").captions
    assert "creatorNames" not in cap.record and cap.record["creditLine"] == "AFP"
