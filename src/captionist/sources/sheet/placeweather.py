"""A weather or light noun after "bei" is the conditions, not a town (issue 9, namesake39).

German writes the conditions of a picture with "bei" and a bare noun: "der Hafen bei Regen",
"die Altstadt bei Nebel", "Pendler bei Frost", "der Strand bei Sonnenschein". Some of these
nouns are German towns (Regen in Bavaria, Nebel on Amrum, Wetter in the Ruhr) or towns abroad
(Frost, Texas), and "X bei Y" reads as a village X near a town Y (places.PAIR_CUES): the town
Y then says which country X is in. "Bryggen in X bei Regen" in a sheet on Norway gave the
German namesake of X, Regen's country; "der Marktplatz in X bei Frost" lost X to the US
village. A town after "bei" that is written as a bare noun of this table is read as no place
at all (neither a town nor an unknown village), so that X is resolved on its own evidence.

Only German: the other three languages write such nouns small ("bij regen", "in the rain",
"sous la pluie") and never read them as names. Only after "bei": "in Regen" (the town, written
as a town) stays; "im Regen" is no cue the index reads as a town's.
"""

from __future__ import annotations

from .gazetteer import norm

# the weather, light and seasons a picture is taken in (German nouns, written without an
# article after "bei"); every one a town or village somewhere, or a compound of one
CONDITIONS = frozenset(norm(w) for w in (
    "Regen Nieselregen Dauerregen Starkregen Platzregen Nebel Frost Schnee Schneefall Hagel Glätte "
    "Glatteis Eis Sturm Wind Gewitter Hitze Kälte Sonne Sonnenschein Sonnenaufgang Sonnenuntergang "
    "Tau Dämmerung Dunkelheit Mondschein Vollmond Flutlicht Kerzenschein Tageslicht Nacht Wetter "
    "Tauwetter Schneeregen Sprühregen Dunst Smog Unwetter").split())


def condition_noun(cue: str, key: str) -> bool:
    """key (normalised) written right after the word `cue` is the conditions ("bei Regen"), not
    a town (the module docstring)."""
    return cue == "bei" and key in CONDITIONS
