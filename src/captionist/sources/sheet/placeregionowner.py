"""A region named with a country's adjective lies in that country (issue 9, wrong32).

"au Kurdistan irakien", "in Iraqi Kurdistan", "im irakischen Kurdistan", "in Iraaks-Koerdistan";
"la Macédoine grecque", "in Polish Silesia", "im österreichischen Tirol": a region whose name is
shared across a border (GeoNames' Kurdistan is a province of Iran, Macedonia a country, Tyrol a
Land) is written with the adjective of the country the caption means. A region the caption so
places in another country than the index's region is dropped from the caption's regions (its
country is no evidence), and the adjective's country is taken as named; the town, when there is
one, then has to agree with it at the gate.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placecountryalone import _ADJ_STEM

_WORD = re.compile(r"[^\W\d_][\w'’]*")


def region_owner(facts, text: str) -> None:
    """Drop a region the caption places in another country by an adjective (module docstring)."""
    if not facts.regions_seen and not facts.regions:
        return
    gz = load_gazetteer()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    for i, (s, e, w) in enumerate(words):
        if not w[:1].isupper():
            continue
        here = {r.country for r in gz.index.regions(norm(w))}
        if not here:
            continue
        # the adjective right before ("Iraqi Kurdistan", "irakischen Kurdistan") or after ("Kurdistan irakien")
        near = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)
                and (words[j][0] - e in (1,) or s - words[j][1] in (1,))]
        for _, _, adj in near:
            a2 = _country_adjective(adj, gz)
            if a2 is None or a2 in here:
                continue
            facts.regions[:] = [r for r in facts.regions if r[0] not in here]
            facts.regions_seen[:] = [r for r in facts.regions_seen if r[0] not in here]
            if a2 not in facts.countries_seen:     # run twice, the same facts (placemarks)
                facts.countries_seen.append(a2)
            facts.country_cued = facts.country_cued or a2
            break


def _country_adjective(word: str, gz) -> str | None:
    """The country whose adjective `word` is, inflected or not ("irakischen", "Iraqi"); never a
    country's name, bare or with an ending ("Islands" is no adjective of Iceland)."""
    key = norm(word)
    for form in (key, _ADJ_STEM.sub("", key), key[:-1]):
        if gz.index.country_kind.get(form) == "adjective" and form in gz.countries:
            return gz.countries[form]
    return None
