"""The words of a team's people in nl, en, de and fr, declared once (issue 9; the review found
them twice, in placeorigin and placeagree). A town right before or after them names a team,
not where the picture is. Each row: the word, what it is, and its spelling in the team rule.

- "position": a place in a team; a town's adjective before it names the team ("zwei Eisenacher
  Abwehrspieler", "the Leeds striker"), read by placeorigin as the last part of a word
  (`Abwehrspieler`), with a plural "s";
- "role": who a person is, not which team, only with the person's name after it ("der
  Münchner Trainer Max Roth"), read by placeorigin the same way, without the plural;
- "group": a team as a whole ("squad", "Mannschaft", "selectie"), only in the team rule.

The third column is the word as placeagree's team rule reads it (a town right before it, or
right after it with "of/von/van/de": "the Leeds captain", "die Spieler von X"), with its
inflections; empty where that rule leaves the word out: a skater or rider at a rink or on a
course is where the picture is ("Heerenveense schaatsers trainen op de baan"), and the
positions without a team form were not needed there.
"""

from __future__ import annotations

_ROWS = (
    # positions
    ("spieler", "position", r"\w*spieler(?:in|innen)?"), ("spielerin", "position", ""),
    ("spielmacher", "position", ""), ("verteidiger", "position", r"verteidiger(?:in)?"),
    ("verteidigerin", "position", ""), ("angreifer", "position", ""), ("angreiferin", "position", ""),
    (r"\wläufer", "position", r"kreisläufer(?:in)?"), ("stürmer", "position", r"stürmer(?:in)?"),
    ("stürmerin", "position", ""), ("torwart", "position", "torwart"),
    ("torhüter", "position", r"torhüter(?:in)?"), ("torhüterin", "position", ""),
    ("keeper", "position", "keeper"), ("speler", "position", "spelers?"),
    ("speelster", "position", "speelsters?"), ("spits", "position", ""), ("aanvaller", "position", ""),
    ("verdediger", "position", ""), ("middenvelder", "position", ""), ("doelman", "position", "doelman"),
    ("striker", "position", "striker"), ("forward", "position", "forward"),
    ("defender", "position", "defender"), ("goalkeeper", "position", "goalkeeper"),
    ("midfielder", "position", "midfielder"), ("winger", "position", "winger"),
    ("fullback", "position", ""), ("full-back", "position", ""), ("batsman", "position", ""),
    ("bowler", "position", ""), ("fly-half", "position", ""), ("scrum-half", "position", ""),
    ("joueur", "position", r"joueu(?:r|rs|se|ses)"), ("joueuse", "position", ""),
    ("attaquant", "position", "attaquant"), ("attaquante", "position", ""),
    ("défenseur", "position", "défenseur"), ("gardien", "position", "gardien"),
    ("gardienne", "position", ""), ("ailier", "position", ""), ("meneur", "position", ""),
    ("talonneur", "position", ""), ("pilier", "position", ""),
    # roles
    ("trainer", "role", r"trainer(?:in)?"), ("trainerin", "role", ""), ("coach", "role", "coach"),
    ("manager", "role", "manager"), ("kapitän", "role", r"kapitän(?:in)?"), ("kapitänin", "role", ""),
    ("captain", "role", "captain"), ("capitaine", "role", "capitaine"),
    ("entraîneur", "role", "entraîneur"), ("entraîneuse", "role", ""), ("renner", "role", ""),
    ("rijder", "role", ""), ("schaatser", "role", ""), ("schaatsster", "role", ""),
    ("coureur", "role", ""), ("coureuse", "role", ""), ("boxer", "role", ""), ("boxeur", "role", ""),
    ("boxeuse", "role", ""), ("sprinter", "role", ""), ("pilote", "role", ""), ("rider", "role", ""),
    ("player", "role", "players?"),
    # a team as a whole, and its leaders
    ("skipper", "group", "skipper"), ("squad", "group", "squad"), ("team", "group", "team"),
    ("mannschaft", "group", "mannschaft"), ("aanvoerder", "group", "aanvoerder"),
    ("aanvoerster", "group", "aanvoerster"), ("selectie", "group", "selectie"),
    ("hockeyers", "group", "hockeyers"), ("voetballers", "group", "voetballers"),
    ("voetbalsters", "group", "voetbalsters"), ("handballers", "group", "handballers"),
    ("basketballers", "group", "basketballers"), ("volleyballers", "group", "volleyballers"),
    ("équipe", "group", "équipe"),
)

# placeorigin: the last part of the word after a town's adjective (regex alternations)
POSITIONS = "|".join(w for w, kind, _ in _ROWS if kind == "position")
ROLES = "|".join(w for w, kind, _ in _ROWS if kind == "role")
# placeagree: the team rule's words, whole
TEAM_PEOPLE = "|".join(form for _, _, form in _ROWS if form)
