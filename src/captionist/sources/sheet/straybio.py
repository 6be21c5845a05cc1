"""Body paragraphs of an obituary or a portrait pasted between its captions (issue 9, strays;
fields32: the obituary, award and portrait desks of the tuned sheets 125-134). They name towns
and years like a caption, carry no credit, and read as a life story:

- **the person by the surname alone**, as the subject: a caption introduces a person by the
  full name ("Organist Piet Wolters aan het orgel ...", "The skier Ana Ruiz on the summit ...");
  the article goes on with the surname only ("Wolters speelde ...", "Ruiz won ...", "Ternier
  avait ...", "Lacaze a d'abord ..."), possibly after an opening clause ("Arrivé de Guinée à
  14 ans, Camara a ..."). A surname the sheet's captions gave as the last word of a full name,
  opening a paragraph without credit and followed by a word in lower case (the verb), is that
  continuation (`surname_subject`);
- **a life's opening participle**: "Né à Pau en 1948, ...", "Born in Jaca, ...", "Geboren in
  Linz, ...", "Opgegroeid in Zwolle, ...", "Arrivée de Dakar à 12 ans, ...": a biography's way
  to begin; a caption begins with what the picture shows (`life_opener`).

Both are asked only of paragraphs without credit in a sheet whose captions carry credits
(parser._set_article_text_apart). Bounded patterns: linear time.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_UP = "A-ZÀ-ÖØ-Þ"
# a full name in a caption: a capitalised given name (or two), particles, the surname
# (a lookahead, so that "Organist Piet Wolters" gives "Piet Wolters" after "Organist Piet")
_FULL_NAME = re.compile(rf"\b(?=[{_UP}][a-zß-ÿ]{{1,15}}(?:-[{_UP}][a-zß-ÿ]{{1,15}})?\s"
                        r"(?:(?:van|de|der|den|von|le|la|du|ter|ten)\s){0,2}"
                        rf"(?P<s>[{_UP}][a-zß-ÿ'’-]{{1,20}})\b)")
# the paragraph's subject: its first word, or the first after an opening clause and a comma
_SUBJECT = re.compile(rf"^(?:[^,.;:!?]{{3,60}},\s{{1,2}})?(?P<s>[{_UP}][a-zß-ÿ'’-]{{1,20}})\s{{1,2}}(?P<v>[a-zß-ÿ][\w'’]{{0,20}})\b")
_OPENER = re.compile(r"^(?:née?s?|arrivée?s?|born|raised|geboren|aufgewachsen|opgegroeid|grandie?s?)\s"
                     r"(?:à|au|en|de|d['’]|in|op|am|im|te)\b", _I)


def caption_surnames(descriptions) -> frozenset[str]:
    """The surnames of the full names the captions give (the last word of each)."""
    return frozenset(m.group("s") for text in descriptions for m in _FULL_NAME.finditer(text[:400]))


def surname_subject(body: str, surnames: frozenset[str]) -> bool:
    """The paragraph's subject is a person the captions named in full, by the surname alone."""
    m = _SUBJECT.match(body)
    return m is not None and m.group("s") in surnames


def life_story(body: str, surnames: frozenset[str]) -> bool:
    """The paragraph reads as a life story (module docstring)."""
    return _OPENER.match(body) is not None or surname_subject(body, surnames)
