"""A gallery's picture counter in every style pasted pages bring (issue 9, strays46): "1 of 8",
"1/8", "1 / 8", "(1/8)", "Bild 1 von 8", "Foto 1 van 8", "Photo 1 sur 8", "Image 3 of 12", at
the start or the end of the caption, on its line or its own: it is taken off the description,
and a line that is only a counter is page furniture. Our own captions; the negatives are
sentences that start or end with two numbers of their own ("3 of 5 finalists", "le 3/9"),
which stay as written."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.picturecount import counter_only, start_counter, without_counter

_CAPS = {
    "en": ("Shepherds drive their flock down from the high pastures above Oberstdorf, Germany. (AP Photo/Tom Reed)",
           "A cheesemaker turns wheels of cheese in a cellar in Gruyères, Switzerland. (AP Photo/Tom Reed)",
           "Snow falls on the chapel above Chamonix, France. (AP Photo/Tom Reed)"),
    "nl": ("Schapen lopen over de dijk bij Harlingen. Foto ANP / Remco Bos",
           "Een visser repareert zijn netten in de haven van Urk. Foto ANP / Remco Bos",
           "Toeristen fietsen langs de molens van Kinderdijk. Foto ANP / Remco Bos"),
    "de": ("Ein Hirte treibt seine Herde bei Garmisch-Partenkirchen ins Tal. Foto: Lena Brandt/dpa",
           "Käser wenden die Laibe im Keller einer Sennerei in Oberstaufen. Foto: Lena Brandt/dpa",
           "Schnee fällt auf die Kapelle oberhalb von Oberstdorf. Foto: Lena Brandt/dpa"),
    "fr": ("Un berger redescend son troupeau vers Annecy, en Haute-Savoie. Photo : Paul Girard / AFP",
           "Un fromager retourne les meules dans une cave de Beaufort, en Savoie. Photo : Paul Girard / AFP",
           "La neige tombe sur la chapelle de Chamonix, en Haute-Savoie. Photo : Paul Girard / AFP"),
}
_FORMS = {"en": ("{n} of 3 {c}", "{c} {n} of 3", "Image {n} of 3\n{c}", "{c}\n{n} of 3", "({n}/3) {c}"),
          "nl": ("Foto {n} van 3 {c}", "{n} van 3 {c}", "{c} ({n}/3)", "{n} / 3\n{c}"),
          "de": ("Bild {n} von 3 {c}", "{n} von 3: {c}", "{c} Bild {n} von 3", "{c}\nBild {n} von 3"),
          "fr": ("Photo {n} sur 3 {c}", "{n} sur 3 - {c}", "{c} {n}/3", "{c}\n\n{n} sur 3")}


def _descriptions(text: str, lang: str) -> tuple[list[str], list[str]]:
    res = parse_sheet(text, lang=lang)
    return [c.record["description"][lang] for c in res.captions], [s.reason for s in res.stray]


@pytest.mark.parametrize("lang,form", [(lang, f) for lang, forms in _FORMS.items() for f in forms])
def test_counter_is_taken_off(lang, form):
    caps = _CAPS[lang]
    text = "\n\n".join(form.format(n=n, c=c) for n, c in enumerate(caps, 1))
    got, strays = _descriptions(text, lang)
    assert len(got) == 3, (got, strays)
    for desc, cap in zip(got, caps):
        assert cap.startswith(desc), desc     # nothing of the counter is left, the credit is read
    res = parse_sheet(text, lang=lang)
    assert all(c.record.get("creditLine") for c in res.captions)


@pytest.mark.parametrize("line", ["1 of 8", "Bild 3 von 14", "(2/9)", "4 sur 12", "Foto 5 van 7", "Gallery: 1 of 9",
                                  "Image 6 of 12", "2 uit 10"])
def test_counter_alone(line):
    assert counter_only(line)


@pytest.mark.parametrize("line", ["9 of 3", "1 of 1", "Score 2 of 3 games", "1 of 8 pupils stay home", "Tabelle 1"])
def test_not_a_counter_alone(line):
    assert not counter_only(line)


@pytest.mark.parametrize("text", [
    "3 of 5 finalists wait backstage in Leeds before the show.",       # a figure of the sentence
    "1 sur 10 des habitants de Lille vit seul, selon l'Insee.",
    "2 von 3 Bussen stehen im Depot in Kassel still.",
    "12 of 8 things",                                                    # no counter: 12 > 8
])
def test_start_of_a_sentence_kept(text):
    assert start_counter(text) == 0


@pytest.mark.parametrize("text", [
    "Des manifestants devant la préfecture de Nantes le 3/9",            # a date, no sentence end before
    "Fans celebrate after their team won 2 of 3",                        # a score
    "De burgemeester van Gouda opent de markt op 1/4",
])
def test_end_of_a_sentence_kept(text):
    assert without_counter(text) == text


@pytest.mark.parametrize("text,cut", [
    ("Een visser in Urk. Foto ANP / Remco Bos 2 van 8", "Een visser in Urk. Foto ANP / Remco Bos"),
    ("Un berger près d'Annecy. Photo : Paul Girard / AFP (3/9)", "Un berger près d'Annecy. Photo : Paul Girard / AFP"),
    ("Ein Hirte bei Garmisch. Foto: Lena Brandt/dpa Bild 4 von 9", "Ein Hirte bei Garmisch. Foto: Lena Brandt/dpa"),
    ("Shepherds near Oberstdorf. (AP Photo/Tom Reed) 5 / 8", "Shepherds near Oberstdorf. (AP Photo/Tom Reed)"),
])
def test_end_counter_cut(text, cut):
    assert without_counter(text) == cut


def test_date_led_caption_keeps_its_date():
    # "1. Mai" and "24/2" lead with a date's numbers, not two numbers joined by "of"/"von"
    res = parse_sheet("1. Mai 2026: Demonstranten ziehen durch Kassel. Foto: Lena Brandt/dpa", lang="de")
    assert res.captions[0].record["description"]["de"].startswith("1. Mai 2026")
