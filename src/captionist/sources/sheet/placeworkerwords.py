"""Nouns of a trade or an occupation, in nl, en, de and fr (issue 9, wrong43; read by
placeworker.py): a town after one and "from/uit/aus/de" is where the worker comes from, which
loses to another place the caption names ("a nurse from A vaccinates ... in B"). Singular and
plural, casefolded; a row per language. Not the group nouns of placegroupwords.py (families,
choirs, pilgrims: their own, wider rule). Some are surnames too ("Fischer", "Visser", "Baker"):
"Anna Fischer aus A" is a person from A all the same.

And (origin45) visitors, patients and traders, who are pictured where they visit, are treated or
sell, not where they come from: "Touristen aus A beobachten ... vom Aussichtspunkt B", "Un
marchand de A vend du café au marché de B", "einen Patienten aus A" treated "am Spital B". The
same rule: only when the caption names another place; with none the town is read as before.
"""

from __future__ import annotations

_ROWS = (
    ("nl", "huisarts huisartsen arts artsen verpleegkundige verpleegkundigen bioloog biologen boer boeren boerin "
           "visser vissers onderzoeker onderzoekers onderzoekster wetenschapper wetenschappers leraar leraren "
           "lerares docent docenten ingenieur ingenieurs timmerman bakker"),
    ("en", "doctor doctors nurse nurses researcher researchers scientist scientists biologist biologists farmer "
           "farmers fisherman fishermen teacher teachers engineer engineers carpenter baker"),
    ("de", "arzt ärzte ärztin ärztinnen krankenschwester pflegerin pfleger forscher forscherin forscherinnen "
           "biologe biologin bauer bäuerin landwirt landwirtin fischer lehrer lehrerin ingenieur ingenieurin "
           "schreiner bäcker"),
    ("fr", "médecin médecins infirmière infirmières infirmier infirmiers chercheur chercheurs chercheuse "
           "chercheuses biologiste biologistes agriculteur agriculteurs agricultrice éleveur éleveurs pêcheur "
           "pêcheurs marin marins enseignant enseignants enseignante ingénieur ingénieure ingénieurs skieur "
           "skieurs menuisier boulanger"),
    # visitors, patients and traders (origin45): pictured where they visit, are treated or sell
    ("nl", "toerist toeristen bezoeker bezoekers vakantieganger vakantiegangers dagjesmensen patiënt "
           "patiënten handelaar handelaars koopman kooplieden marktkoopman marktkooplui"),
    ("en", "tourist tourists visitor visitors holidaymaker holidaymakers sightseers patient patients trader "
           "traders merchant merchants vendor vendors stallholder stallholders"),
    ("de", "tourist touristen touristin touristinnen besucher besucherin besucherinnen urlauber urlauberin "
           "urlauberinnen patient patienten patientin patientinnen händler händlerin händlerinnen markthändler "
           "markthändlerin kaufmann kaufleute"),
    ("fr", "touriste touristes visiteur visiteurs visiteuse visiteuses vacancier vacanciers vacancière patient "
           "patients patiente patientes marchand marchands marchande marchandes commerçant commerçants "
           "commerçante commerçantes"),
)

WORKERS = frozenset(w for _, words in _ROWS for w in words.split())
