"""The shape of one part of a credit (the text between "/", "|", " - ", "via", "for"):
an organisation by its SHAPE, for agencies and photo services no table lists (issue 9,
credits). Published credits name services the table will never hold: Keystone's regional
partners ("KEYSTONE/Ti-Press/Name"), Austrian photo services by their web address
("APA/ZEITUNGSFOTO.AT/Name", "fotokerschi.at/Name"), New Zealand's "Photosport/Name",
museums, abbeys and satellite programmes ("Copernicus/ESA/Handout"). What they share is
how they are written, never how people are:

- a web address: a word ending in a country or generic top-level domain ("XYZ.AT", "abc.pl");
- a hyphenated compound one of whose halves is a service word or an acronym ("Ti-Press",
  "APA-Images", "Keystone-SDA", "EPA-EFE"): hyphenated surnames join two capitalised names,
  neither of them "Press" nor in capitals;
- a compound word built on a service word ("Photosport", "Sportfoto", "Pressebild",
  "Scanpix", "Kunsthalle", "Stadtarchiv"): no surname ends or begins that way;
- an institution's first word ("Stift Admont", "Kloster Andechs", "Abbaye de ...",
  "Conservation", "Observatory"), or a space programme or satellite operator.

Anything else is not decided here: credits.py keeps its own rules for people and for the
known table. A part shaped like none of these is never made an organisation by this module.
"""

from __future__ import annotations

import functools
import re

from .creditpress import press_or_service
from .creditvenue import venue_shape

# the words services and institutions build their names on (en/de/nl/fr, and the Nordic
# and Italian agencies' "pix"/"foto"); a surname of the four languages neither starts nor
# ends with one of them
# ("pers" is left out: "Kuipers", "Jaspers" end with it)
_SERVICE = r"(?:press|presse|photos?|fotos?|pix|pics|bild|bilder|beeld|images?|news|sports?|media|medien|agency|agentur|archiv|archief|archives?)"
_COMPOUND = re.compile(r"[A-ZÀ-Þ](?i:[a-zà-ÿ]{1,16}" + _SERVICE + r")")
_SERVICE_HALF = re.compile(r"(?i:" + _SERVICE + r")")
_DOMAIN = re.compile(r"[A-Za-z0-9][\w-]{1,40}\.(?:com|org|net|info|eu|at|ch|de|nl|be|fr|it|es|pl|cz|se|no|dk|fi|lu|uk)",
                     re.IGNORECASE)
# an institution's head noun, as the first word of its name (never a given name)
_INSTITUTION_FIRST = frozenset(
    "stift kloster abtei abbaye abdij abbey kunsthalle kunsthaus staatsarchiv stadtarchiv landesarchiv "
    "landesmuseum stadtmuseum observatory observatoire sternwarte institut institute instituut "
    "fondation fondazione museo musei theater théâtre theatre oper opéra opera compagnie société "
    "association associazione fédération federación "
    # an estate, a fair, a heritage site or a mountain/lake site as a source ("Nachlass Wendland",
    # "Messe Ostwestfalen", "Weltkulturerbe Völklinger Hütte", "Pic du Midi"): never a given name
    "nachlass nalatenschap messe weltkulturerbe werelderfgoed pic mont lac château "
    # an embassy or a guide as a source ("Ambassade de France en Corée", "Guide Michelin"; fields32)
    "ambassade embassy botschaft guide "
    # a royal house as a source ("Casa Real", "Casa de S.M. el Rey"; fields33): never a given name
    "casa".split())
# institutions named by a word that is a name's word elsewhere: taken only with a name's
# head noun after them ("Koala Conservation Australia", "Wildlife Rescue Trust")
_INSTITUTION_WORDS = frozenset("conservation sanctuary society institute observatory hospital klinik "
                               "ziekenhuis hôpital laboratory labs technologies technology systems airlines "
                               "airways aviation group holding linien verkehrsbetriebe bahn bahnen werke marketing "
                               "auto automotive motors food foods energy survey lab "
                               # a shipbuilder by its trade word ("Harland Shipyard"; fields34; "Steel" is a surname)
                               "shipyard shipyards".split())  # "Škoda Auto", "British Antarctic Survey"
# English country names that are also people's surnames or given names ("Michael Jordan", "Anatole France")
_COUNTRY_SURNAMES = frozenset("jordan israel chad georgia france ireland guinea".split())
# space programmes and satellite operators whose pictures are credited to them, never to a person
# police forces of the agencies' countries by the word they print (Czech, Swedish, Norwegian, Finnish)
_POLICE = frozenset("policie polisen politiet poliisi polícia policija rendőrség".split())
_PROGRAMMES = frozenset("copernicus sentinel landsat maxar eumetsat noaa jaxa esa nasa roscosmos "
                        "cnes dlr isro airbus".split())
_GIVEN = frozenset({"esa", "noaa"})  # Finnish and Hebrew given names ("Esa", "Noa(a)") written like programmes
# "Ville de Paris", "Ville d'Annecy": the French city as a source; "Ville Niskanen" is a person
_VILLE = re.compile(r"(?i:ville|city)\s(?:de|d'|du|des|of)\b")


@functools.lru_cache(maxsize=4096)     # a pure test of one string; the same agencies' parts recur caption after caption
def org_shape(part: str) -> str | None:
    """The part itself when its shape says it is an organisation, else None (not decided)."""
    p = part.strip().strip("\"'")
    if not p:
        return None
    if press_or_service(p):
        return p  # "Le Bien Public", "Est Républicain", "Leserreporter", "Politiezone X" (creditpress.py)
    if venue_shape(p):
        return p  # "Visit Wales", "Kärnten Werbung", "Fundació X", "Villa Noailles", "FF Ybbs" (creditvenue.py)
    words = p.split()
    if _DOMAIN.fullmatch(p):
        return p
    if len(words) == 1:
        w = words[0]
        if w.casefold() in _PROGRAMMES:
            return p
        halves = w.split("-")
        if len(halves) == 2 and all(halves) and w[:1].isupper() and (
                any(_SERVICE_HALF.fullmatch(h) for h in halves)
                or [h.isupper() and len(h) <= 6 for h in halves] in ([True, False], [False, True])):
            return p  # "Ti-Press", "Keystone-SDA"; "Jean-Marc" and "JEAN-MARC" are no service
        if _COMPOUND.fullmatch(w):
            return p
        return None
    first = words[0].casefold()
    if any(w.casefold() in _POLICE for w in words):
        return p  # "Policie ČR", "Polisen Skåne"
    if first in _PROGRAMMES and words[1][:1].isupper() and (words[0].isupper() or first not in _GIVEN):
        return p  # "Maxar Technologies", "NASA Earth Observatory", "ESA Webb"; "Esa Lindgren" is a person
    if first in _INSTITUTION_FIRST or _VILLE.match(p):
        return p
    if any(w.casefold() in _INSTITUTION_WORDS for w in words[1:]) and all(w[:1].isupper() for w in words):
        return p
    if _country_last(words):
        return p
    if _GENITIVE.match(p) or _place_adjective_first(words):
        return p
    return None


# "Rat der EU", "Bund der Steuerzahler", "Verband des Handwerks": a German noun and its genitive
# article; a person's "der" follows "van"/"von" ("Ursula von der Leyen"), never a first word (fields34)
_GENITIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{1,20}\s(?:der|des)\s[A-ZÄÖÜ0-9]")
# a German place adjective in -er needs a town of this size (or a country): "Rain"/"Rainer" is
# a given name and a small town; "Kevelaerer Blatt", "Liechtensteiner Vaterland" are papers
_ADJECTIVE_TOWN_MIN = 15000


def _place_adjective_first(words: list[str]) -> bool:
    """"Liechtensteiner Vaterland", "Kevelaerer Blatt": the first word is the -er adjective of a
    country or of a town's own name (15,000 people or more): a paper or a body of that place;
    no given name is built so (fields34)."""
    w = words[0]
    if len(words) < 2 or not w.endswith("er") or len(w) < 7 or not w[:1].isupper() or w.isupper():
        return False
    from .gazetteer import load_gazetteer, norm  # the place index, loaded on first use
    gz, root = load_gazetteer(), norm(w[:-2])
    if gz.countries.get(root) and not root.endswith("er"):
        return True
    return any(norm(c["name"]) == root and (c.get("population") or 0) >= _ADJECTIVE_TOWN_MIN
               for c in gz.cities.get(root, ()))


def _country_last(words: list[str]) -> bool:
    """"Hockey India", "GeoSphere Austria": a country's English name after another word names
    a federation or an institute of that country; no person is credited by a surname that is a
    country's name, but for the few in _COUNTRY_SURNAMES. Only the last word (a country word first
    is a given name: "Jordan Reyes", "Frans Paalman") and only the name itself (adjectives are
    surnames: "Dawn French")."""
    last = words[-1].strip(".,")
    if len(words) < 2 or not last[:1].isupper() or last.isupper() or last.casefold() in _COUNTRY_SURNAMES:
        return False
    from .gazetteer import country_name, load_gazetteer, norm  # the place index, loaded on first use
    a2 = load_gazetteer().countries.get(norm(last))
    got = country_name(a2) if a2 else None
    return got is not None and norm(got[0]) == norm(last)


_PARTICLES = frozenset("van de der den ten ter von zu du da di le la del dos das bin al el op het".split())


def looks_like_name(name: str) -> bool:
    """'Ada Veen', 'Lotte van Dam', 'IVO STAM', 'Zoë Müller': capitalised words and particles."""
    words = name.split()
    if not 1 <= len(words) <= 5 or not re.search(r"[^\W\d_]{2}", name):
        return False
    caps = 0
    for w in words:
        if w[:1].isupper():
            caps += 1
        elif w.casefold() not in _PARTICLES:
            return False
    return caps >= 1


def without_web_address(parts: list[str]) -> list[str]:
    """"Name / APA / picturedesk.com": a distributor's web address after the agency is not the
    part that decides the credit (credits28); the agency before it does."""
    return parts[:-1] if len(parts) > 2 and _DOMAIN.fullmatch(parts[-1].strip()) else parts


# a military or police rank printed before a photographer's name ("Sgt. Harold Pym/IWM", "Cpl
# Jane Doe/MoD", "Lt. Anna Berg", "Adj. Paul Roy", "Hptm. Uwe Kern"; fields33): army and war
# archives credit their photographers so; the rank is no part of the name
# ("Maj", "Col", "Adj" only with their stop: "Maj Britt Larsen" is a given name)
_RANK = re.compile(r"^(?:(?:Staff|Master|Lance|Chief|Flight|Petty|Senior|Tech\.|1st|2nd)\s)?(?:(?:Sgt|Cpl|Pte|Pvt|Lt|Lieut|Capt|Cdr|"
                   # "Senior Airman Name", "Petty Officer 2nd Class Name" (US services' own credits), "sgt. Name"
                   # (the Dutch ministry's, written small; fields34)
                   r"Spc|Pfc|Airman(?:\s1st\sClass)?|Officer(?:\s[123](?:st|nd|rd)\sClass)?|(?:sgt|kpl|sld|lt|elnt|kap|maj)\.|"
                   r"Kpl|Uffz|Hptm|Gefr)\.?|(?:Maj|Col|Adj)\.|Sergeant|Serjeant|Corporal|Lieutenant|Captain|Colonel|"
                   r"Commander|Adjudant|Sergent|Caporal|Korporaal|Unteroffizier|Hauptmann|Obergefreiter|"
                   r"Wachtmeister)\s(?=[A-ZÀ-Þ][a-zà-ÿ])")


def drop_rank(name: str) -> str:
    """A photographer's name without the rank printed before it."""
    m = _RANK.match(name)
    return name[m.end():] if m and len(name[m.end():].split()) >= 2 else name
