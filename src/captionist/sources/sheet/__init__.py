"""Caption sheets: plain-text captions (as pasted from an article or a word processor)
turned into captionist records.

A sheet is paragraphs separated by blank lines. Each paragraph is either a caption
(a sentence or two about a picture, usually with a place, a date and a closing credit)
or a stray paragraph (headline, intro, "Videos by ...", "Read more ..."), which is
reported but never becomes a record.

One module per concern, each importing only the ones above it:

- text.py       decoding a sheet file, cleaning characters, blocks of lines
- language.py   nl / en / de / fr from function words
- credits.py    the credit of a caption -> creditLine, creators, source, from the table
                in data/credit_styles.json
- layout.py     where a caption ends (credits alone on a line or paragraph), article
                text, bylines, gallery titles, picture numbers
- dates.py      dates and times of day in four languages (own month and day-name tables)
- gazetteer.py  the parser's view of the place service (captionist.places: GeoNames
                cities500, pycountry, data/place_aliases.json, an on-disk index)
- placetokens.py  words around a name: cue words, person-like names, adjectives, products
- placepairs.py  "village bei/near/bij town": the village, never the town
- places.py     place names in a caption and how each is written (cued, bound, near...)
- placeresolve.py  which city / province / country they settle on, or a warning
- sentences.py  where a caption's sentences end (abbreviations, initials, ordinals kept)
- placefirst.py  the first sentence says where the picture is; later ones are background
- parser.py     captions vs. stray paragraphs, the two passes, records and confidence
- records.py    the sheet as a record source (`--records sheet.txt`)

Every pattern is applied to one paragraph at a time with bounded quantifiers (credits
only to a paragraph's last few hundred characters), so parsing time grows linearly
with the sheet.
"""

from .language import detect_language
from .parser import ParsedCaption, SheetResult, StrayParagraph, parse_sheet, parse_sheet_file
from .records import sheet_records
from .text import decode_sheet_bytes

__all__ = ["parse_sheet", "parse_sheet_file", "sheet_records", "SheetResult", "ParsedCaption",
           "StrayParagraph", "decode_sheet_bytes", "detect_language"]
