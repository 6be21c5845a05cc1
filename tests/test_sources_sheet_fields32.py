"""Dates, credits and creators of the round-32 classes (issue 9, fields32: the obituary, court,
award and portrait desks). Captions in our own wording, not those of corpus sheets 125-134:
what must be taken AND what must not."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.credits import find_credit
from captionist.sources.sheet.dates import find_date

_REF = dt.date(2026, 11, 28)     # a Saturday


def _iso(text: str, lang: str = "en") -> str | None:
    got = find_date(text, lang, _REF)
    return got.iso() if got else None


@pytest.mark.parametrize("text,lang,iso", [
    # an obituary's archive picture: the year it was taken, the day the person died
    ("The poet Ruth Arnell reads at a festival in Hay-on-Wye in 2003. She died on Thursday, aged 88.", "en", "2003"),
    ("Organist Piet Wolters (1930-2026) achter het orgel van de Martinikerk, 1981. Hij overleed dinsdag.", "nl", "1981"),
    ("Die Sängerin Ilse Born auf der Bühne in Linz, aufgenommen 1977. Sie starb am Mittwoch in Wien.", "de", "1977"),
    ("Le peintre Marc Ternier dans son atelier d'Arles, en 1968. Il est mort jeudi à Marseille.", "fr", "1968"),
    ("Le cycliste Paul Roux, mort lundi, lors du Tour de France de 1959, dans les Alpes.", "fr", "1959"),
    ("Tenor Karl Wendt, der am Freitag gestorben ist, bei einem Konzert in Graz 1990.", "de", "1990"),
    # a portrait of someone who died: no date at all
    ("Le romancier Yves Ancel (91), né à Dinan, est mort dimanche.", "fr", None),
    ("Flowers lie outside the house of the singer who died on Thursday.", "en", None),
    # a decade is no year
    ("Un pêcheur sur le quai de Fécamp dans les années 1960.", "fr", None),
    # a year of birth is the person's, not the picture's
    ("The climber Ana Ruiz, born in Jaca in 1951, pictured on the summit of Aconcagua in 1984.", "en", "1984"),
    ("Né à Pau en 1948, le skieur Jean Lacaze, photographié à Val-d'Isère en 1972.", "fr", "1972"),
    # a month-and-year of another event after "of": the picture's own month is the later one
    ("FILE - Volunteers clear snow in Erzurum after the avalanche of February 1992, in March 1992.", "en", "1992-03"),
])
def test_the_day_of_a_death_or_a_birth_year_is_not_the_pictures(text, lang, iso):
    assert _iso(text, lang) == iso


@pytest.mark.parametrize("text,lang,iso", [
    # a scene's deaths: the day may be the picture's
    ("Rescuers search the rubble where three people died on Tuesday in Izmir.", "en", "2026-11-24"),
    # during a meeting of a day: that day; a feast with its year: that year's; "last" on that day: a week before
    ("De wethouder tijdens de raadsvergadering van dinsdag in het stadhuis.", "nl", "2026-11-24"),
    ("Les pèlerins à Lourdes, le lundi de Pentecôte 2024.", "fr", "2024-05-20"),
    ("Des clients font le plein à Menin, samedi dernier.", "fr", "2026-11-21"),
    # a day that is no death's: untouched
    ("Veteran Tom Hale at the memorial in Ypres on Friday, 70 years after his unit fought there in 1956.", "en", "2026-11-27"),
    # "during the flood of February 1953" is the picture's own month
    ("Boats in the streets during the flood of February 1953 in Zierikzee.", "en", "1953-02"),
])
def test_other_days_keep_their_date(text, lang, iso):
    assert _iso(text, lang) == iso


@pytest.mark.parametrize("text,lang", [
    ("en", "An e-fit of a man police want to trace after a robbery in Luton on Nov. 12. Bedfordshire Police"),
    ("de", "Mit diesem Fahndungsbild sucht die Polizei einen Mann, der am 3. November in Kassel einen Kiosk überfallen hat. "
           "Foto: Polizei Nordhessen"),
    ("fr", "Le portrait-robot d'un suspect recherché après un cambriolage à Niort le 2 novembre. Gendarmerie nationale"),
    ("nl", "Een compositietekening van de man die op 5 november een bejaarde overviel in Almelo. Beeld Politie"),
])
def test_a_police_appeal_picture_has_no_date(lang, text):
    text, lang = lang, text     # parametrised as (caption, language)
    (cap,) = parse_sheet(text, lang=lang, ref_date=_REF).captions
    assert "dateCreated" not in cap.record
    assert any("appeal" in w for w in cap.warnings)


def test_a_picture_that_is_no_sketch_keeps_its_date():
    text = "Police officers search a field near Luton on Nov. 12. Photo: Ada Veen/PA"
    (cap,) = parse_sheet(text, lang="en", ref_date=_REF).captions
    assert cap.record.get("dateCreated") == "2026-11-12"


@pytest.mark.parametrize("text,line,creators", [
    # an agency's name in capitals beginning with a French word and a particle
    ("Le poète dans son jardin, en 1966. RUE DES ARCHIVES / BCA", "RUE DES ARCHIVES / BCA", []),
    ("Les supporteurs à Rodez, samedi. LA VOIX DU NORD / Paul Lenoir", "LA VOIX DU NORD / Paul Lenoir", ["Paul Lenoir"]),
    # a label with a space before the colon and a service written in lower case
    ("Un navire près des îles. Photo : garde-côtes grecs / AFP", "garde-côtes grecs / AFP", []),
    # "Beeld" before an agency printed in lower case
    ("De minister in Den Haag, dinsdag. Beeld dpa", "dpa", []),
    # embassies, guides, events and regional dailies are no creators
    ("La ministre à Séoul. Photo : Ambassade de France en Corée", "Ambassade de France en Corée", []),
    ("Der Minister in Kyjiw. Foto: Botschaft der Ukraine", "Botschaft der Ukraine", []),
    ("Le chef dans sa cuisine. Photo : Guide Michelin", "Guide Michelin", []),
    ("De winnaar achter het bord. Foto: Hoogovens Chess / Maarten Bos", "Hoogovens Chess / Maarten Bos", ["Maarten Bos"]),
    ("Les obsèques à Épinal. Photo : Vosges Matin / Anne Roy", "Vosges Matin / Anne Roy", ["Anne Roy"]),
    ("Le port de Nice. Photo : Nice-Matin", "Nice-Matin", []),
    ("The rocket on its pad. Photo: Orbit Lab/Handout via Reuters", "Orbit Lab/Handout via Reuters", []),
])
def test_organisations_are_no_creators(text, line, creators):
    got = find_credit(text)
    assert got is not None and got.line == line
    assert got.creators == creators


@pytest.mark.parametrize("text,creators", [
    # people whose names look like these organisations stay people
    ("Un homme à Lille. JEAN DE LA ROCHE / AFP", ["Jean De La Roche"]),
    ("Ein Mann in Bonn. Foto: Anna Garde-Meier/dpa", ["Anna Garde-Meier"]),
    ("Un homme à Lyon. Photo : Anna Matin", ["Anna Matin"]),
    ("Fans in Leeds. Photo: Ada Guide/PA", ["Ada Guide"]),
])
def test_people_stay_creators(text, creators):
    got = find_credit(text)
    assert got is not None and got.creators == creators


_OBITUARY = {
    "en": ("The skier Ana Ruiz on the slopes of Sierra Nevada in 1984. She died on Monday. Photo: Bo Lind/AP",
           "Ruiz won three national titles and later trained the junior team in Granada.",
           "Mourners gather outside the church in Jaca on Wednesday. Photo: Ada Veen/Reuters"),
    "nl": ("Organist Piet Wolters achter het orgel van de Martinikerk in Groningen, 1981. Foto ANP / Kees Bos",
           "Wolters speelde ruim veertig jaar in Groningen en gaf les in Assen.",
           "De rouwstoet trekt dinsdag door het centrum van Groningen. Foto: Jan Smit / ANP"),
    "de": ("Die Sängerin Ilse Born auf der Bühne in Linz, aufgenommen 1977. Foto: APA/Karl Huber",
           "Geboren in Steyr, sang sie zuerst im Kirchenchor und später an der Staatsoper.",
           "Blumen vor dem Theater in Linz am Mittwoch. Foto: Lena Voss/dpa"),
    "fr": ("Le peintre Marc Ternier dans son atelier d'Arles, en 1968. Photo : AFP",
           "Arrivé de Lyon à 20 ans, Ternier a d'abord exposé à Marseille avant de s'installer à Arles.",
           "Des proches devant l'église d'Arles, mercredi. Photo : Léa Morin / AFP"),
}


@pytest.mark.parametrize("lang", sorted(_OBITUARY))
def test_an_obituarys_body_paragraph_is_no_caption(lang):
    first, body, last = _OBITUARY[lang]
    got = parse_sheet(f"{first}\n\n{body}\n\n{last}\n", lang=lang, ref_date=_REF)
    assert [next(iter(c.record["description"].values()))[:12] for c in got.captions] == [first[:12], last[:12]]
    assert any(s.text.startswith(body[:12]) for s in got.stray)


@pytest.mark.parametrize("lang,caption", [
    # a credit-less caption whose first word is a place, or a full name, stays a caption
    ("nl", "Wolters Kunsthandel aan de Vismarkt in Groningen, 1990."),
    ("en", "Ana Ruiz with her trophy in Granada in 1985."),
    ("fr", "Marc Ternier et sa femme au musée d'Arles, en 1968."),
])
def test_a_caption_without_credit_stays(lang, caption):
    first, _, last = _OBITUARY[lang]
    got = parse_sheet(f"{first}\n\n{caption}\n\n{last}\n", lang=lang, ref_date=_REF)
    assert len(got.captions) == 3



def test_a_surname_that_no_caption_gave_is_no_life_story():
    from captionist.sources.sheet.straybio import caption_surnames, life_story
    names = caption_surnames(["Organist Piet Wolters in Groningen."])
    assert names >= {"Wolters"}
    assert life_story("Wolters speelde veertig jaar.", names)
    assert not life_story("Mulder speelde veertig jaar.", names)
    assert not life_story("De burgemeester opent de markt.", names)
