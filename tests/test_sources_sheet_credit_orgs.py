"""Unknown organisations in "Organisation / Name" credits (issue 9, creators): a paper
or network the credit table does not know is not taken for the photographer."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.credits import find_credit


@pytest.mark.parametrize("caption,line,creators", [
    # one word before a full name: the paper, not a person
    ("Een optocht in Willemstad op Curaçao. Foto: Amigoe / Ricardo Pieters",
     "Amigoe / Ricardo Pieters", ["Ricardo Pieters"]),
    # "Netwerk", "Network" name an organisation
    ("Duikers bij het rif van Kralendijk. Foto: Caribisch Netwerk / Jurgen Maduro",
     "Caribisch Netwerk / Jurgen Maduro", ["Jurgen Maduro"]),
    ("Crowds in Lagos on Sunday. Photo: Channels Network / Ada Obi", "Channels Network / Ada Obi", ["Ada Obi"]),
    # the usual "Name / Agency" order is unchanged
    ("Boeren in Stroe op 3 maart 2023. Foto: Piet Vos / ANP", "Piet Vos / ANP", ["Piet Vos"]),
    ("Boeren in Stroe op 3 maart 2023. Foto: Hollandse Hoogte / Piet Vos", "Hollandse Hoogte / Piet Vos",
     ["Piet Vos"]),
])
def test_organisation_before_name(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == creators, c
