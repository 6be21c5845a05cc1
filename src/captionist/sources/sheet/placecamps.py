"""Bases and camps named "<kind> <Place>" lie at that place, in any country (issue 9, written42).

Dutch and German desks name a military base, a training ground or a camp by its noun and then
the place, lower case in Dutch: "op de Russische basis Baikonur", "op vliegbasis Łask", "auf
dem Truppenübungsplatz Bergen", "im Flüchtlingslager X", "im Trainingslager X". The place is
where the picture is, as a venue's town is (placevenuetown, which reads this table); unlike a
theatre or a stadium (named after a person or a word: "Theater Carré") a base or camp is
named after the place it lies at in every country, so the town need not lie in a German- or
Dutch-speaking one. Not English ("Camp David", "RAF Lakenheath": named after a person or a
village the index may hold in another country) nor French ("le camp de X": placegate reads
"de X").
"""

from __future__ import annotations

# whole words, or the end of a compound ("Flüchtlingslager", "trainingskamp", "legerbasis")
CAMP_KINDS = ("basis vliegbasis luchtmachtbasis marinebasis legerbasis kamp vluchtelingenkamp "
              "fliegerhorst luftwaffenstützpunkt marinestützpunkt stützpunkt truppenübungsplatz "
              "übungsplatz lager flüchtlingslager")
