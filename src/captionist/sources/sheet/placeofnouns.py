"""Nouns of places that stand before "von X" / "de X" / "of X" (issue 9, origin40).

placenotown reads "Karin van Amerongen", "Hans von Essen", "Marie de Lille" as a person: a
capitalised word, then a particle, then the town; the town is then no place (PlaceMention.person).
A capitalised word before the particle that is a noun of a place is no first name, and the
town after it is where that place is: "die überflutete Altstadt von X", "das Ortszentrum von
X", "die heißen Quellen von X", "in geschmückten Booten von X aus", "les anciennes Halles de
X", "les Thermes de X". German writes every noun with a capital, so a German compound is
matched by its head ("Uferpromenade", "Hafenbecken").

A venue's name after its noun holds capitalised words that are no first names either: "au
musée Nicéphore-Niépce de X", "au Teatro Antico de X", "at the Estádio Cidade de X": the town
after the particle is where the venue is (VENUES_NAMED, the word before the capitalised one).

Only nouns of places and of what lies in a town go here (not "Ortsteil": "X, ein Ortsteil von
Y" only says where X lies, and not offices: placeoffice reads "der Bürgermeister von X").
"""

from __future__ import annotations

# whole words, any of the four languages (compared as `norm` writes them)
PLACE_NOUNS = frozenset((
    # de
    "quellen", "quelle", "thermen", "boote", "booten", "ufer", "ortskern", "promenade", "hallen",
    # fr
    "halles", "thermes", "arènes", "remparts", "quais", "jardins", "ruelles", "docks",
    # nl / en (nouns written with a capital in a title or a name of a site)
    "markthal", "quays", "gardens", "baths",
))

# German compound heads: "Ortszentrum", "Uferpromenade", "Thermalquellen", "Hafenbecken"
PLACE_NOUN_ENDS = ("zentrum", "promenade", "quellen", "quelle", "viertel", "ufer", "becken", "kai",
                   "strand", "bucht", "gasse", "allee", "bahnhof", "thermen", "hafen")

# a venue's noun before its capitalised name, whose town follows "de"/"von"/"of" (lower case in
# French and in a Romance name: "musée X de Y", "Teatro X de Y", "Estádio X de Y")
VENUES_NAMED = frozenset((
    "musée", "museo", "museu", "teatro", "théâtre", "estádio", "estadio", "stade",
))
