"""Two items joined by "y" / "and" on one line are two request lines.

"10 rodamientos 6204 y 5 6205", "20 bolts m8 and 20 nuts m8": a buyer writing two
items on one line joins them with a word, not a newline. The line is cut where "y",
"e", "and" or "&" is followed by a count and a space ("5 6205", "20 nuts"). Nothing
else is cut: "1 y 1/2" is a size (a fraction follows), "cable 2 y 3 mm" is a size (a
unit follows), "tuerca y golilla" names one kit, "6204 y 6205" asks without counts
(a question the matcher settles); the line must start with a count, as buyers' lists
do. A second part whose item starts with a code ("5 6205-2RS") borrows the first
part's noun ("5 rodamientos 6205-2RS"): the buyer meant the same kind of thing.

`request_lines` reads a whole message (a chat or a mail's body) into request lines,
in the shapes buyers paste:

- one item per line, as always;
- a list numbered on one line ("1) 10 brass ball valves 3/4 npt 2) 20 galvanized 90
  elbows 3/4 3) 20 galv couplings 3/4"): cut at each number, counted 1, 2, 3 in turn;
- items on one line separated by commas or semicolons, each with its own count
  ("20 pernos M8x40, 6 correas A42, 3 valvulas 1/2"; "x10 6205 bearings; x6 A42
  belts"). A part without a count of its own stays with the part before it, so
  "rodamiento 6204, 2RS", "1,5 km", "M8x40, zinc" and "10 pernos M8x40, zincados" are
  one line; semicolons also split parts that each name an item without a count;
- a greeting and a verb before them ("hola, cotizar 50 pernos … y 6 correas …",
  "please quote 10 … and 5 …") are taken off before the line is cut;
- a table pasted with pipes, or from a spreadsheet (cells between tabs, or semicolons
  as a CSV export writes them: "Qty;Part;Brand") under a header row: a header row
  (Cant/Qty/Cantidad, Descripción/Description/Item, Código/P/N/SKU, Unidad/Unit,
  Marca/Brand) says which column is which and is not an item;
  each row becomes one line with its count, whatever the column order. Without a
  header a row's cells are read as a spreadsheet row (`lines.parse_line`), unless
  every cell is an item with its count ("10 pernos M8 | 6 correas A42": two lines);
- a spoken run-on (voice-to-text, no punctuation): "hola si mira necesito que me
  coticen 10 rodamientos 6205 zz ntn y tambien 20 kilos de electrodo 7018 eso seria
  todo gracias". The sentence is cut at a joining phrase ("y también", "and also",
  "plus", "aparte") where each side reads as an item (a count, a catalog word or a
  code); what stands before the words a buyer asks with ("hey this is dave from
  northwind i need 12 …") and after a closing ("eso sería todo", "thats it") is not
  an item. The phrases are data (runons.csv), like intents.csv; "+" joins as they do
  ("20 tuercas m10 + 20 golillas m10");
- items with their count after them, joined by "y"/"and"/"+" ("el MLA-46-1020 x 25 y el
  MLA-47-1030 x 6", "rodamiento 6204 10 un y correa a42 4 un", "our p/n MLA-47-1080 qty 12
  and our p/n MLA-46-1370 qty 8"): cut after each count
  when every part is an item with its own count;
- one count for every item named before it ("¿tienen golillas m12? ¿y cuánto valen las
  tuercas m12? ocupo 200 de cada una", "6204 and 6205 bearings, 10 of each"): each item
  (a sentence, or the sides of "y"/"and" when each has a size) becomes a line with that
  count; a size alone borrows its kind ("golillas m12 y m10" → "golillas m10");
- a forwarded list's intro and title ("te reenvío lo que pidió el jefe 👇",
  "*REQUERIMIENTO PLANTA 2*", "Materiales:") are not items: a line marked bold or
  italic, or ending in a colon or a pointing hand, that reads as no item, in a message
  with items; so is a first line above several items that has no figure and no word
  of the catalog ("hola te pego lo que necesitamos"). WhatsApp's marks around a line are
  taken off ("*tuercas m8 x 10*").

Precision the other way: one item is never cut — "tuerca y arandela m8" (a kit), "nuts
and bolts m8 x 20", "1 y 1/2", "bujes 3/4 y 1", "2 + 2 tuercas" (tests/test_run_ons.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from bot.intents import strip_opening
from bot.item_words import names_item
from bot.item_words import vocabulary as _vocabulary
from bot.matching.index import KINDS
from bot.matching.lines import COUNTED_WORDS, SPELLED_WORDS, parse_line
from bot.matching.text import fold
from bot.resaid import said_last
from bot.runon_words import find as _find
from bot.runon_words import key as _key
from bot.runon_words import phrases as _phrases

# "a bag of …", "una caja de …", "one spool of …": one package, the article its count.
ONE_PACK = (r"(?:an?|una?|one|uno)(?=\s+(?:bags?|box|boxes|packs?|rolls?|spools?|reels?|drums?|"
            r"pails?|kits?|sets?|pair|bolsas?|cajas?|paquetes?|rollos?|carretes?|baldes?|juegos?|"
            r"par)\b)")
# A count in digits or in words ("veinte pernos m8 y diez tuercas m8", "y un millar de
# golillas", "and a hundred nuts"; lines.py says which words count).
_A_COUNT = rf"(?:\d{{1,7}}(?:[.,]\d{{1,3}})*|(?:{COUNTED_WORDS}|{SPELLED_WORDS}|{ONE_PACK})\b)"
# "and 20kg 7018 rod", "y 5kg de electrodo": a weight written against its figure is a count
# too (the rod and the wire are sold by the kilo); "2 y 3 kg" closing the line is a size.
_KILOS = r"\d{1,4}(?:[.,]\d{1,3})?(?:kg|kgs|kilos?|lbs?)"
# " y 5 6205", " and 20 nuts", " y diez tuercas": the joining word, then a count and a
# space, and no unit after it ("2 y 3 mm" is a size).
JOIN = re.compile(
    rf"\s+(?:y|e|and|&)\s+(?={_A_COUNT}\s+\S|{_KILOS}\s+\S)"
    rf"(?!{_A_COUNT}\s+(?:mm|cm|mts?|m|in|inch|pulg\w*|v|a|w|hp|amp|metros?|meters?|"
    r"feet|ft|pies)\b(?!\s+(?:of|de|del)\s))"
    rf"(?!{_A_COUNT}\s+(?:kg|kgs|kilos?|lbs?)\b\W*$)",
    re.IGNORECASE,
)
SPELLED_COUNT = re.compile(rf"^\s*(?:{COUNTED_WORDS}|{SPELLED_WORDS}|{ONE_PACK})\s+\S",
                           re.IGNORECASE)  # fmt: skip
# The count, in digits or words, and the first word of letters after it: the kind of
# thing ("rodamientos").
ANY_COUNT = re.compile(rf"^\s*{_A_COUNT}\s+", re.IGNORECASE)
ANY_NOUN = re.compile(rf"^\s*{_A_COUNT}\s+(?:x\s+)?([^\W\d_]{{3,}})\b", re.IGNORECASE)
# "… x 25", "… 10 un", "… qty 12": a count after its item, at the end of a part; and the joining
# words a part ends at.
COUNT_AFTER = re.compile(
    r"(?:(?:\bx|\bpor|\b(?:qty|qnty|quantity|cant|cantidad)\.?\s*[:=]?)\s*\d{1,7}(?:[.,]\d{1,3})?"
    r"|\b\d{1,7}(?:[.,]\d{1,3})?\s*(?:un|und|unid|unidades|pcs|pzas|piezas|ea|units?|pieces|uds?))"
    r"\.?\s*,?$",
    re.IGNORECASE,
)
# "… 200 de cada una", "50 c/u", "10 of each": one count for each item named before.
EACH = re.compile(
    r"[,;.]?\s*(?:\bx\s*|\b)(?P<count>\d{1,7}(?:[.,]\d{1,3})?)\s*(?:un(?:idades)?\s+|pcs\s+|units\s+)?"
    r"(?:(?:de\s+)?cada\s+(?:una?|uno|item|articulo|artículo)|(?:de\s+)?c/u|of\s+each"
    r"|each(?:\s+one)?|apiece|de\s+las\s+dos|de\s+los\s+dos|of\s+both)\b\W*$",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"(?<=[?!])\s*|(?<=[a-z\d])\.\s+", re.IGNORECASE)
# How the words introducing a list end: a colon, a hand or an arrow pointing down.
HEADING_END = re.compile(r"(?::|👇[\U0001F3FB-\U0001F3FF]?|⬇️?|⤵️?|🔽)\s*$")
# A WhatsApp chat copied and forwarded keeps each message's stamp and sender before its
# words: "[09:14, 25/11/2026] Pedro Bodega: …", "[11/25/26, 8:02 AM] Luis Maint: …" (the
# app's copy), "25/11/2026 09:14 - Pedro: …" (its export). Neither the time nor the date
# is a count, nor the name an item: what the line asks for is what follows.
CHAT_STAMP = re.compile(
    r"^(?:\[[^\]\n]{0,24}\d{1,2}:\d{2}[^\]\n]{0,16}\]|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?\s+-)"
    r"\s*(?:[^\W\d_][^:\n\d\[\]]{0,38}:(?:\s+|$))?",
    re.IGNORECASE,
)
# Emoji set before each line as its bullet ("🔩 300 pernos …", "⚙️ 6 rodamientos …",
# "▪️ 4 válvulas", "➡️ …"): pictographs, dingbats, arrows and shapes, with their
# variation selector, joiner and skin tone. (A keycap "1️⃣" numbers the line: lines.py.)
EMOJI_BULLET = re.compile(
    r"^(?:[\U0001F000-\U0001FAFF\u2190-\u21FF\u25A0-\u25FF\u2600-\u27BF\u2B00-\u2BFF]"
    r"[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*\s*)+(?=\S)"
)
# The same emoji between the words of a line of items ("yo 👋 🔩 250 x M8x40 hex bolts 👍 and
# 🧤 12 pr gloves"): bullets and nods, not part of an item (a pointing hand ending a line
# introduces a list: HEADING_END, read before).
EMOJI_BETWEEN = re.compile(
    r"(?<=\s)(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
    r"[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*\s*)+(?=\S|$)"
)
# Punctuation said aloud in a dictated message (voice to text writes the word): a comma
# before the next item's count, a full stop before the closing or at the end, a decimal
# point between figures.
SPOKEN_MARK = re.compile(r"\b(?:coma|punto|point)\b", re.IGNORECASE)
SPOKEN_DECIMAL = re.compile(
    r"(?:(?<=\s)|^)(?:(\d{1,3})\s+)?(coma|punto|point)\s+(\d{1,3})\b(?=\s*(?:mm|cm|m|mts?|metros?|"
    r"meters?|metres?|km|kg|kilos?|millimet(?:er|re)s?|mil[ií]metros?|pulgadas?|inch(?:es)?)\b)",
    re.IGNORECASE,
)  # a decimal is said before its unit ("point 9 millimeter"): "6204 coma 10 pernos" is a list
SPOKEN_MM = re.compile(r"(?<=\d)\s*(?:millimet(?:er|re)s?|mil[ií]metros?)\b", re.IGNORECASE)
# English "point" before one figure is a decimal point whatever follows ("two spools of point
# nine esab wire", "point 8 mil wire"): English dictation says "period" for a full stop, and
# Spanish "punto" is both (it keeps the rule above). "mil" after such a decimal is a
# millimetre, as welders say it ("point 8 mil"), never the Spanish thousand.
SPOKEN_POINT = re.compile(
    r"(?:(?<=\s)|^)(?:(\d{1,2})\s+)?point\s+(\d|zero|one|two|three|four|five|six|seven|eight|"
    r"nine)\b(?![.,/]?\d)", re.IGNORECASE,
)
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
MIL_AFTER_DECIMAL = re.compile(r"(?<=\d\.\d)\s*mils?\b", re.IGNORECASE)
SPOKEN_COMMA = re.compile(rf"\s+coma(?=\s+(?:(?:y|e)\s+)?{_A_COUNT}\s)", re.IGNORECASE)
SPOKEN_STOP = re.compile(
    r"\s+(?:punto|point)(?:\s+final)?(?=\s*$|\s+(?:gracias|muchas|saludos|eso|nada|slds|thanks|"
    r"thank|thx|that)\b)",
    re.IGNORECASE,
)
# "1) …", "2.- …", "3️⃣ …" numbering items inside one line.
INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^)(?:(\d{1,2})(?:\)|\.-)\s+|(\d)\ufe0f?\u20e3\s*)")
BARE_JOIN = re.compile(r"\s+(?:y|e|and|&|\+)\s+", re.IGNORECASE)
COUNT = re.compile(r"^\s*\d{1,7}(?:[.,]\d{1,3})*\s+")
FIRST_TOKEN_CODE = re.compile(r"^\S*\d")
# What is left after a greeting and a verb starts with the count: "50 pernos", "x10 …",
# "doce rodamientos", "twenty kilos".
LEADS_WITH_COUNT = re.compile(
    rf"^(?:(?:[x*]\s*)?\d|(?:{COUNTED_WORDS}|{SPELLED_WORDS}|{ONE_PACK})\s)", re.IGNORECASE
)
# Words before a count that may be part of the item ("a 3 way valve"): never an opener.
ARTICLES = {"a", "an", "the", "un", "una", "el", "la", "los", "las", "y", "and"}


# A forwarded mail's marker line ("---------- Forwarded message ---------", "-----Mensaje
# original-----", "Begin forwarded message:") and its header fields ("De:", "From:", "Date:",
# "Enviado:", "Asunto:", "Subject:", "Para:", "To:", "Cc:"): none of them is an item.
FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|mensaje reenviado|original message|mensaje original|"
    r"mensaje reenviado de)\s*-{2,}|(?:begin forwarded message|inicio del mensaje reenviado)\s*:?)"
    r"\s*$", re.IGNORECASE,
)
MAIL_FIELD = re.compile(
    r"^\s*(?:from|de|sent|enviado|enviado el|date|fecha|subject|asunto|to|para|cc|cco|bcc|"
    r"reply-to|responder a)\s*:\s", re.IGNORECASE,
)
MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# A total under a list ("Total lines: 3", "Total: 4 items", "Total ítems 3"): no item.
TOTAL_LINE = re.compile(
    r"^\s*(?:sub)?total(?:es)?(?:\s+(?:de\s+)?(?:lines?|items?|[ií]tems?|l[ií]neas?|"
    r"art[ií]culos?|partidas?|rows?|filas?))?\s*[:=]?\s*\d{0,4}\s*(?:lines?|items?|"
    r"l[ií]neas?|[ií]tems?)?\s*$", re.IGNORECASE,
)
# Cells of a sheet pasted as text, aligned with spaces: two spaces or more between them.
ALIGNED = re.compile(r"\s{2,}")
# A code alone, letters and digits ("B60", "A42", "6204", "E7018"): an item of its own.
BARE_CODE = re.compile(r"(?=\S*\d)[a-z]{0,3}\d{2,6}[a-z]{0,3}", re.IGNORECASE)
# Words before a count that only say the buyer goes on ("ay perdón, también 12 uniones …",
# "oh and also 6 …"): no part of the item.
GOING_ON = re.compile(
    r"^(?:(?:ay|ah|oh|uy|ups|oops|perd[oó]n|perdona|perdone|disculpa|disculpe|sorry|y|e|and|"
    r"tambi[eé]n|adem[aá]s|also|plus|otra cosa)\b[\s,.!:;]*)+"
    rf"(?={_A_COUNT}\s+\S)",
    re.IGNORECASE,
)
# The colours a part may name alone ("y 120 metros del rojo"): the item before it, in that
# colour.
COLOURS = ("negro", "negra", "rojo", "roja", "azul", "blanco", "blanca", "verde", "amarillo",
           "amarilla", "gris", "black", "red", "blue", "white", "green", "yellow", "grey",
           "gray")  # fmt: skip
COLOUR = re.compile(rf"\b(?:{'|'.join(COLOURS)})\b", re.IGNORECASE)
ONLY_COLOUR = re.compile(
    rf"^(?P<count>{_A_COUNT}\s+(?:(?:metros?|mts?|m|meters?|metres?|feet|ft|pies|rollos?|"
    r"rolls?|unidades|units|pcs)\s+)?)(?:(?:del|de la|de|of the|in|en)\s+)?"
    rf"(?P<colour>{'|'.join(COLOURS)})\W*$",
    re.IGNORECASE,
)
# " - " between items that each have their own count ("100 pernos m12 - 100 tuercas m12").
DASH_JOIN = re.compile(rf"\s+[-–—]\s+(?={_A_COUNT}\s+\S)", re.IGNORECASE)
# "… y las tuercas m16 zincadas también treinta": an item whose count is said after it.
TRAILING_COUNT = re.compile(
    rf"^(?:(?:las|los|el|la|the|unos|unas)\s+)?(?P<item>.+?),?\s+(?:tambi[eé]n|also|igual)\s+"
    rf"(?P<count>{_A_COUNT})\s*[.!]?$",
    re.IGNORECASE,
)


# "el precio del rodamiento …, de la correa … y del disco …": what links each item after
# the first to the asking words, no part of it.
OF_THE = re.compile(r"^(?:del|de\s+(?:la|las|los|el)|de|of\s+the|of|the)\s+(?=\S)", re.IGNORECASE)


# "a laptop for the shop and 12 6203-2RSR FAG": one thing named with its article and no
# figure, then items with their counts: the article counts one
ONE_THING = re.compile(r"^\s*(?:an?|una?)\s+[^\W\d_]{3,}[^\d]*$", re.IGNORECASE)


def split_joined(line: str) -> list[str]:
    """`line` as one or more request lines (see the module's docstring)."""
    parts = JOIN.split(line)
    if len(parts) > 1 and ONE_THING.match(parts[0]) and all(_has_own_count(p) for p in parts[1:]):
        return [p.strip() for p in parts]
    if len(parts) < 2 or not (COUNT.match(parts[0]) or SPELLED_COUNT.match(parts[0])):
        return _split_counted_after(line)
    if not all(_has_own_count(p) for p in parts[1:] if SPELLED_COUNT.match(p)):
        return [line]
    return [parts[0].strip(), *(_borrow_noun(parts[0], _in_colour(before, part)).strip()
                                for before, part in pairwise(parts))]


def _split_counted_after(line: str) -> list[str]:
    """ "el MLA-46-1020 x 25 y el MLA-47-1030 x 6": items whose count follows them, cut
    after each count where the next part names an item with a count of its own (the first
    may have its count before it)."""
    parts: list[str] = []
    begin = 0
    for join in BARE_JOIN.finditer(line):
        left = line[begin : join.start()]
        if (COUNT_AFTER.search(left) and not COUNT.match(left)) or (
                not parts and COUNT.match(left) and re.search(r"\d", COUNT.sub("", left))
                and COUNT_AFTER.search(line[join.end() :])):
            # "2 valv compuerta 1/2 npt y rodamiento 6200 skf x 6": the first count before
            # its item, the next after it
            parts.append(left.strip().rstrip(","))
            begin = join.end()
    parts.append(line[begin:].strip())
    if len(parts) < 2 or not all(_has_own_count(p) for p in parts):
        return [line]
    return parts


# Column names of a pasted table, most specific first ("Item" numbers the lines unless
# no other column describes the item). Shared with the mail's CSV/XLSX attachments.
QTY = ("cantidad", "quantity", "qty", "cant", "cant.", "cantidades", "q", "qte", "pcs",
       "unidades", "ctd", "cnt")  # fmt: skip
DESCRIPTION = ("descripcion", "description", "desc", "detalle", "producto", "articulo",
               "material", "glosa", "nombre", "name", "item")  # fmt: skip
PART = ("part number", "numero de parte", "n parte", "part no", "part #", "part", "pn", "p/n",
        "codigo", "cod", "cod.", "sku", "item code", "referencia", "ref", "code")  # fmt: skip
UNIT = ("unidad", "unit", "uom", "um", "u/m", "und")
BRAND = ("marca", "brand", "fabricante", "manufacturer", "mfr", "mfg", "make")
LINE_NUMBER = ("#", "n", "no", "nro", "n°", "nº", "linea", "line", "pos", "posicion", "item")
# A markdown rule under a header: "|---|:---:|".
RULE = re.compile(r"^[\s|:+=-]*$")
# "; " always cuts where each part names an item; ", " only where each part has a count.
SEMICOLON = re.compile(r"\s*;\s*")
COMMA = re.compile(r"\s*,\s+")
# What names an item besides its count: a word, a code with letters and digits (A42,
# E7018) or a number of four digits or more (6205).
NAMES_ITEM = re.compile(r"[^\W\d_]{3,}|\b(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{2,}|\b\d{4,}\b")


def request_lines(text: str, brands: Collection[str] = ()) -> list[str]:
    """A message's request lines (see the module's docstring), in order. `brands` are the
    catalog's (folded): a brand said again, better, mid-sentence replaces the one before
    it (bot/resaid.py)."""
    items_said = _items_among_sentences(text)
    if items_said is not None:
        return request_lines(items_said, brands)
    result: list[str] = []
    header: dict[str, int] | None = None
    raws = [_count_cell(_unmarked(raw.strip())) for raw in text.split("\n")]
    mail = _mail_header(raws)
    raws = ["" if at in mail else raw for at, raw in enumerate(raws)]
    listed = sum(1 for raw in raws if raw and (_has_own_count(raw) or _reads_as_item(raw)))
    opening = next((at for at, raw in enumerate(raws) if raw), -1)
    for at, (raw, marked) in enumerate(zip(raws, text.split("\n"), strict=True)):
        line = raw.strip()
        if listed and (_heading(marked.strip(), line) or TOTAL_LINE.fullmatch(line)):
            continue
        if not line:
            header = None
            continue
        if listed > 1 and at == opening and _talk_before_list(line):
            continue
        piped = "|" in line
        if piped and RULE.fullmatch(line):
            continue
        semicolons = not piped and "\t" not in line and ";" in line and (
            header is not None or _header(line.split(";")) is not None)
        aligned = not (piped or semicolons or "\t" in line) and _aligned(line, header)
        if piped or "\t" in line or semicolons or aligned:
            cut = (line.strip("|").split("|") if piped
                   else line.split(";") if semicolons
                   else ALIGNED.split(line) if aligned else line.split("\t"))  # fmt: skip
            cells = [c.strip() for c in cut]
            columns = _header(cells)
            if columns is not None:
                header = columns
                continue
            if header is not None:
                row = _row_line(cells, header)
                if row:
                    result.append(row)
                continue
        if piped:
            if all(_has_own_count(c) for c in cells if c) and sum(1 for c in cells if c) > 1:
                result.extend(p for c in cells if c for p in split_joined(c))
            else:
                result.append("\t".join(cells))
            continue
        header = None
        said = split_line(line, brands)  # "… and fifty of the half inch by two inch"
        result.extend(said[:1] + [_other_size(b, p) for b, p in pairwise(said)])
    return result


def _mail_header(raws: list[str]) -> set[int]:
    """The lines of a forwarded mail's marker and header fields in a message: the marker
    always; the fields ("De:", "From:", "Asunto:" …) after a marker, or when two or more
    stand in the message, or when one names a mail address."""
    marked = any(FORWARD_MARK.match(raw) for raw in raws)
    fields = [at for at, raw in enumerate(raws) if MAIL_FIELD.match(raw)]
    many = len(fields) > 1
    return {at for at, raw in enumerate(raws) if FORWARD_MARK.match(raw)} | {
        at for at in fields if marked or many or MAIL_ADDRESS.search(raws[at])
    }


def _aligned(line: str, header: dict[str, int] | None) -> bool:
    """Whether `line` is a row (or the header) of a sheet pasted as text, its cells aligned
    with spaces ("Line  Description   Qty  UoM" above "1  Contactor 25A …  10  EA")."""
    cells = ALIGNED.split(line.strip())
    if len(cells) < 2:
        return False
    return _header(cells) is not None or (header is not None and len(cells) > 2)


def split_line(line: str, brands: Collection[str] = ()) -> list[str]:
    """One line of a message as one or more request lines (see the module's docstring);
    a value the buyer said again, better, replaces the one before it (bot/resaid.py)."""
    line = GOING_ON.sub("", said_last(_unfilled(_spoken_marks(line)), brands))
    numbered = _numbered(line)
    if len(numbered) > 1:
        return [piece for part in numbered for piece in split_line(part)]
    shared = _each(line)
    if shared:
        return shared
    spoken = _run_on(line)
    if len(spoken) > 1:
        return [piece for part in spoken for piece in split_line(part)]
    if spoken[0] != line:
        return split_line(spoken[0])
    bare = strip_opening(line)
    if not set(re.findall(r"[^\W\d_]+", fold(line[: len(line) - len(bare)]))) - ARTICLES:
        bare = line  # nothing but an article before the count: "a 3 way valve"
    bare = _after_colon(bare)
    if not LEADS_WITH_COUNT.match(bare):
        asked = strip_opening(_after_asking(bare).lstrip("¿¡ "))
        bare = asked if LEADS_WITH_COUNT.match(asked) else bare
    if bare != line:  # "g'day mate, after 6 … 32 amp breakers, sorry 40 amp not 32": the
        bare = said_last(bare, brands)  # item's correction read once the greeting is off
    sizes = _counts_of_one(_after_opening(bare))
    if len(sizes) > 1:
        return sizes
    parts = _cut(bare)
    if len(parts) > 1:
        return _size_for_each([piece for part in parts for piece in split_joined(part)])
    joined = split_joined(bare)
    if len(joined) == 1:
        joined = _count_said_after(bare)
    joined = _size_for_each(joined)
    if len(joined) > 1 or (bare != line and LEADS_WITH_COUNT.match(bare) and _has_own_count(bare)):
        return joined
    return [line]


# The last item of a list, its words and then its size: "2 washers m8", "4 arandelas 3/8 zinc"
# (a size: "m8", "3/8", '1/2"', "10mm", "#10"; never a code, "2 bearings 6204")
SIZE_CLOSING = re.compile(
    r"^(?P<words>[^\W\d_][^\d#]*?)\s+(?P<size>(?:m\d{1,2}(?:[.,]\d)?|\d{1,2}(?:\s*-\s*|\s+)?\d?/\d{1,2}"
    r"|\d{1,3}(?:[.,]\d{1,2})?\s*(?:mm|\"|in|inch|pulg\w*)|#\d{1,2})(?![\w/]).*)$"
)


# What is sized alike by its thread or its pipe size: a size said after the last of a list of
# these is each one's ("6 bolts, 6 nuts and 12 washers 3/8"), never a tape's width a list of
# cable ties before it borrows ("10 cable ties and 2 rolls of tape 3/4")
SIZED_ALIKE = {"bolt", "nut", "washer", "anchor", "valve", "elbow", "tee", "coupling", "union",
               "nipple", "plug", "bushing"}  # fmt: skip


def _sized_alike(item: str) -> bool:
    """Whether `item` names a thing of the kinds SIZED_ALIKE."""
    words = _vocabulary().words
    named = (w for w in re.findall(r"[^\W\d_]{3,}", fold(item)) if w in words)
    return any(KINDS.get(kind) in SIZED_ALIKE for w in named for kind in words[w].split())


def _size_for_each(parts: list[str]) -> list[str]:
    """ "a nut and 2 washers m8", "2 pernos, 4 tuercas y 4 arandelas m10": a size said once
    after a list of items is every item's; an item with a size of its own keeps it, and one
    not sized alike with the last (a laptop, cable ties before a tape) borrows none."""
    if len(parts) < 2:
        return parts
    last = SIZE_CLOSING.match(parse_line(parts[-1]).item)
    if last is None or not _sized_alike(last["words"]):
        return parts
    result = []
    for part in parts[:-1]:
        item = parse_line(part).item
        if re.search(r"\d", item) or not _sized_alike(item):
            result.append(part)
        else:
            result.append(f"{part.rstrip(' ,;')} {last['size']}")
    return [*result, parts[-1]]


def _after_colon(line: str) -> str:
    """ "me colabora con la cotización de: ocho correas A52 …", "consulta: ¿cuánto me sale
    …?": the words before a colon that name no item introduce what follows it."""
    head, colon, rest = line.partition(": ")
    if not colon or re.search(r"\d", head) or _reads_as_item(head) or names_item(head):
        return line
    rest = strip_opening(rest.strip().lstrip("¿¡ "))
    asked = strip_opening(_after_asking(rest).lstrip("¿¡ "))
    rest = asked if LEADS_WITH_COUNT.match(asked) else rest
    return rest if LEADS_WITH_COUNT.match(rest) and _has_own_count(rest) else line


def _count_said_after(line: str) -> list[str]:
    """ "30 pernos m16 por 50 zincados y las tuercas m16 zincadas también treinta": an
    item with its count, then another whose count is said after it ("también treinta")."""
    parts = BARE_JOIN.split(line)
    if len(parts) != 2 or not _has_own_count(parts[0]):
        return [line]
    found = TRAILING_COUNT.match(parts[1].strip())
    if found is None:
        return [line]
    second = f"{found['count']} {found['item']}"
    if not _has_own_count(second) or not _reads_as_item(found["item"] + " 1"):
        return [line]
    return [parts[0].strip(), second]


def _spoken_marks(line: str) -> str:
    """A dictated line with its punctuation said in words, written: "… skf coma cincuenta
    pernos …" → "… skf, cincuenta pernos …", "… zincadas punto gracias" → "… zincadas.
    gracias", "mig wire point 9 millimeter" → "mig wire 0.9 mm", "1 coma 5 km" → "1,5 km",
    "spools of point nine esab wire" → "spools of 0.9 esab wire"."""
    if not SPOKEN_MARK.search(line):
        return line
    line = SPOKEN_DECIMAL.sub(lambda m: f"{m[1] or '0'}{'.' if m[2] != 'coma' else ','}{m[3]}",
                              line)  # fmt: skip
    line = SPOKEN_POINT.sub(lambda m: f"{m[1] or '0'}.{_digit(m[2])}", line)
    line = SPOKEN_COMMA.sub(",", line)
    line = MIL_AFTER_DECIMAL.sub(" mm", SPOKEN_MM.sub(" mm", line))
    return SPOKEN_STOP.sub(".", line)


def _digit(said: str) -> str:
    """A figure said as a word or written ("nine" → "9", "8" → "8")."""
    word = said.lower()
    return str(DIGIT_WORDS.index(word)) if word in DIGIT_WORDS else said


def _unfilled(line: str) -> str:
    """A dictated line without the sounds typed between its words and the words softening
    a count (runons.csv `filler`, `hedge`): "we need like forty of the 6205 uh and uh
    thirty …" → "we need forty of the 6205 and thirty …". A word the catalog's vocabulary
    knows is kept."""
    phrases = _phrases()
    spans = list(re.finditer(r"\S+", line))
    keys = [_key(m[0]) for m in spans]
    dropped: set[int] = set()
    for kind in (phrases.filler, phrases.hedge):
        for start, end in _find(keys, kind, phrases.longest):
            if kind is phrases.hedge and not (
                end < len(spans) and LEADS_WITH_COUNT.match(line[spans[end].start() :])
            ):
                continue
            if not any(keys[at] in _vocabulary().words for at in range(start, end)):
                dropped.update(range(start, end))
    if not dropped:
        return line
    out: list[str] = []
    for at, m in enumerate(spans):
        if at in dropped:
            if m[0][-1] in ",;." and out:  # "… skf eh, 20 …": the comma stays
                out[-1] += m[0][-1]
            continue
        out.append(m[0])
    return " ".join(out) or line


def _numbered(line: str) -> list[str]:
    """ "1) 10 brass ball valves 3/4 2) 20 elbows 3/4 3) 20 couplings 3/4": a list numbered
    on one line, cut at each number in turn (1, 2, 3 …); words before the first stay a part
    of their own. A line without two such numbers in order comes back whole."""
    cuts: list[re.Match[str]] = []
    for mark in INLINE_NUMBER.finditer(line):
        if int(mark[1] or mark[2]) == len(cuts) + 1:
            cuts.append(mark)
    if len(cuts) < 2:
        return [line]
    ends = [c.start() for c in cuts[1:]] + [len(line)]
    parts = [line[c.end() : end].strip() for c, end in zip(cuts, ends, strict=True)]
    head = line[: cuts[0].start()].strip()
    return [p for p in (head, *parts) if p]


# An item named once without a figure, then its sizes each with a count ("steel toe boots,
# 3 pairs size 39 and 2 pairs size 42"): `_counts_of_one`.
ONE_ITEM_THEN_SIZES = re.compile(r"^(?P<item>[^\W\d_][^\d,:;]*?)\s*[,:]\s*(?P<sizes>\d.*)$")
SIZE_COUNTED = re.compile(
    r"^(?P<count>\d{1,5})\s+(?P<unit>(?:pairs?|prs?|pares?|pcs|units?|unidades|uds?)\s+)?"
    r"(?P<rest>(?:size|talla|n[uú]mero|no\.?|nro\.?|#)\s*(?:\d|(?:x{0,3}s|m|x{0,3}l)\b).*)$",
    re.IGNORECASE,
)


def _each(line: str) -> list[str]:
    """ "tienen golillas m12? y cuanto valen las tuercas m12? ocupo 200 de cada una": one
    count for every item named before it, each item a line with that count ("golillas
    m12 x 200", "tuercas m12 x 200"); [] when the line does not end so."""
    found = EACH.search(line)
    if found is None:
        return []
    before = _without_asking_end(line[: found.start()])
    pieces = [p for p in (_bare(q) for q in SENTENCE.split(before)) if p]
    named = [OF_THE.sub("", q) for p in pieces for c in _comma_items(_after_opening(p))
             for q in _cut_between_items(c)]  # fmt: skip
    if not named or not all(_reads_as_item(p) or NAMES_ITEM.search(fold(p)) for p in named):
        return []
    if all(_has_own_count(p) for p in named):
        return []  # "10 pernos m8, 5 each": not one count for several items
    return [p if _has_own_count(p) else f"{p} x {found['count']}" for p in named]


def _comma_items(part: str) -> list[str]:
    """ "rodamiento 6204 zz koyo, de la correa a42 gates y del disco 7\"": the items a
    comma parts when each side names one (a catalog word and a figure); else the part."""
    pieces = [p.strip() for p in COMMA.split(part)]
    if len(pieces) > 1 and all(_reads_as_item(OF_THE.sub("", p)) for p in pieces):
        return pieces
    return [part]


def _after_opening(part: str) -> str:
    """A part without the greeting and the asking words before it ("need 6204 …")."""
    bare = strip_opening(part)
    phrases = _phrases()
    words = bare.split()
    keys = [_key(w) for w in words]
    for size in range(min(phrases.longest, len(keys) - 1), 0, -1):
        if tuple(keys[:size]) in phrases.ask:
            return " ".join(words[size:])
    return bare


def _bare(part: str) -> str:
    """A part without the joining word before it and the question mark after it."""
    part = part.strip().strip("¿?¡!.,;:").strip()
    return re.sub(r"^(?:y|e|and|&|\+|tambien|also|plus)\s+", "", part, flags=re.IGNORECASE)


def _cut_between_items(part: str) -> list[str]:
    """ "golillas m12 y tuercas m12": cut at a bare joining word where each side is an
    item (a catalog word and a size); "tuerca y golilla m8" stays one kit."""
    pieces = [p.strip() for p in BARE_JOIN.split(part)]
    if len(pieces) < 2 or not all(NAMES_ITEM.search(fold(p)) and re.search(r"\d", p)
                                  for p in pieces):  # fmt: skip
        return [part]
    if all(_reads_as_item(p) for p in pieces) or all(BARE_CODE.fullmatch(p) for p in pieces):
        return pieces  # "golillas m12 y tuercas m12", "B60 and B62": each an item
    # "golillas m12 y m10", "6204 and 6205 bearings": a size alone borrows the words
    # the first part has before its size, or the last part's after its code.
    head = re.match(r"^([^\d]*?)\s*(?=\S*\d)", pieces[0])
    tail = re.search(r"(?<=\d)(\S*)\s+([^\d]+)$", pieces[-1])
    if head and head[1] and _reads_as_item(pieces[0]):
        return [p if _reads_as_item(p) else f"{head[1]} {p}" for p in pieces]
    if tail and _reads_as_item(pieces[-1]):
        return [p if _reads_as_item(p) else f"{p} {tail[2]}" for p in pieces]
    return [part]


def _without_asking_end(part: str) -> str:
    """ "… zincadas? ocupo" → "… zincadas?": the asking words just before a count."""
    phrases = _phrases()
    keys = [_key(m) for m in part.split()]
    for size in range(min(phrases.longest, len(keys)), 0, -1):
        if tuple(keys[len(keys) - size :]) in phrases.ask:
            return " ".join(part.split()[: len(keys) - size])
    return part


# A row of two cells pasted from a sheet, the count alone in the second, apart by two
# spaces or more or a tab: "MLA-44-1000    10", "6205 2RS SKF\t8".
CODE_THEN_COUNT = re.compile(r"^(\S.*?\S)(?:\s{2,}|\t)(\d{1,5})$")


def _count_cell(line: str) -> str:
    """ "MLA-44-1000    10" → "MLA-44-1000 x 10": a sheet's row of an item and its count
    (no header above it) read as the item with its count after it."""
    row = CODE_THEN_COUNT.match(line)
    if row is None or "\t" in row[1] or ALIGNED.search(row[1]) or not NAMES_ITEM.search(row[1]):
        return line
    return f"{row[1]} x {row[2]}"


def _unmarked(line: str) -> str:
    """A line without WhatsApp's bold, italic or strike marks around it ("*PEDIDO*"), nor
    a forwarded chat's stamp and sender, nor an emoji set as its bullet."""
    line = EMOJI_BULLET.sub("", CHAT_STAMP.sub("", line))
    if EMOJI_BETWEEN.search(line) and re.search(r"\d", line):
        line = re.sub(r"\s{2,}", " ", EMOJI_BETWEEN.sub(" ", line)).strip()
    while len(line) > 2 and line[0] == line[-1] and line[0] in "*_~":
        line = line[1:-1].strip()
    return line


def _heading(marked: str, line: str) -> bool:
    """Whether a line of a list is its title or the words introducing it, not an item:
    "*REQUERIMIENTO MANTENCION PLANTA 2*", "te reenvío lo que pidió el jefe 👇",
    "Materiales:" — marked bold/italic, or ending in a colon or a pointing hand, and
    reading as no item (no count, no catalog word with a size)."""
    if not line or "|" in line:
        return False
    shaped = marked != line or bool(HEADING_END.search(line))
    return shaped and not _has_own_count(line) and not _reads_as_item(line)


# Where a one-line message's sentences end ("… ya está vencida. Me la pueden actualizar?
# Eran 10 correas B50 Gates y 8 rodamientos 6310 2RS SKF").
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=\S)")


def _items_among_sentences(text: str) -> str | None:
    """A message of one line written as several sentences, some of them items with a
    count and the others talk around them (no count, no item read, no catalog word:
    "that quote you sent back in october expired (Q-2026-00187). can you rerun it at
    today's pricing? it was 20 kg of 7018 3/32 lincoln and 25 flap discs …"): each run of
    item sentences next to each other, one a line; None when talk only follows the items
    or for any other message (then nothing is dropped)."""
    if "\n" in text.strip() or "|" in text or "\t" in text:
        return None
    sentences = [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if len(sentences) < 2 or not any(_reads_as_item(s) for s in sentences):
        return None
    runs: list[list[str]] = [[]]
    for sentence in sentences:
        if _talk(sentence):
            runs.append([])
        elif thing_asked(sentence) and not _reads_as_item(sentence) and not names_item(sentence):
            runs += [[sentence], []]  # "¿tienen hidrolavadora karcher?": a line of its own
        else:  # "it was 20 kg of …", "Eran 10 correas …": what was asked before, the items
            runs[-1].append(_RECALLED.sub("", sentence))
    while len(runs) > 1 and not runs[-1]:
        runs.pop()  # talk only after the items ("… 2rs skf? pa hoy si se puede"): keep all
    if len(runs) == 1:
        return None
    # Sentences next to each other stay one request, as they were written ("got 3/4" brass
    # gate valves npt? need 10"); only the talk between them cuts.
    return "\n".join(" ".join(run) for run in runs if run)


# An item sentence among talk that recalls what was asked ("it was 20 kg of 7018 …", "Eran
# 10 correas B50 …"): the words before its count are no item's ("no, eran 300" alone is a
# correction, read before items; it is no sentence among talk)
_RECALLED = re.compile(r"^(?:(?:it|they|those|these|that|the order|el pedido|la cotizaci[oó]n)"
                       r"\s+)?(?:was|were|eran|era|fueron)\s+(?=\d)", re.I)
# An ERP or Mostrador document's number ("Q-2026-00187", "SO-80003"): no figure of an item.
_DOCUMENT_NUMBER = re.compile(r"\b[a-z]{1,5}-\d[\d-]*", re.I)


def _talk(sentence: str) -> bool:
    """Whether a sentence only talks: no figure (a document's number aside), no item read
    and no catalog word ("can you rerun it at today's pricing?"); "need 6" is no talk, nor
    a thing asked for that the catalog may not know ("¿tienen hidrolavadora karcher?")."""
    return (not re.search(r"\d", _DOCUMENT_NUMBER.sub(" ", sentence))
            and not _reads_as_item(sentence) and not names_item(sentence)
            and not thing_asked(sentence))  # fmt: skip


# "tienen hidrolavadora karcher?", "do you guys carry pressure washers?": a thing asked for
# by name, in a question (the words after the asking are the thing, never "stock" alone).
_HAVE_ASKED = re.compile(
    r"(?:^|[,¿]\s*|\b(?:hola|buenas|buenos d[ií]as|buenas tardes|hi|hey|hello)\W+)"
    r"(?:y\s+|and\s+)?(?:ustedes\s+)?(?:tienen|tiene|tienes|ten[eé]s|venden|vende|manejan|"
    r"maneja|trabajan|do you (?:guys |folks )?(?:have|carry|sell|stock)|"
    r"(?:you|u) (?:guys )?(?:have|carry|sell)|have you got|got any)\s+(?P<thing>[^?]+)\?\s*$",
    re.I,
)
_NO_THING = frozenset(("stock", "disponible", "disponibilidad", "algo", "eso", "esto", "esos",
                       "it", "that", "them", "this", "those", "these", "any", "anything", "in",
                       "available", "en", "de", "hoy", "today", "more", "mas", "todo", "todos",
                       "everything", "all", "eso?"))  # fmt: skip
# What a counter has besides goods: asked about, it is a question for a seller, never a line
# ("¿tienen factura electrónica?", "¿tienen retiro en tienda?", "do you have a catalog?",
# "do you guys have net 30 terms?"; the hours, the delivery, the documents, the terms)
_NOT_GOODS = frozenset((
    "despacho", "despachos", "envio", "envios", "entrega", "entregas", "reparto", "flete",
    "retiro", "retiros", "horario", "horarios", "atencion", "sabado", "sabados", "domingo",
    "domingos", "feriado", "feriados", "factura", "facturas", "facturacion", "boleta", "boletas",
    "credito", "creditos", "cuenta", "cuentas", "catalogo", "catalogos", "lista", "listas",
    "precio", "precios", "descuento", "descuentos", "oferta", "ofertas", "promocion",
    "promociones", "sucursal", "sucursales", "tienda", "tiendas", "local", "locales", "bodega",
    "bodegas", "oficina", "oficinas", "direccion", "telefono", "whatsapp", "correo", "pagina",
    "vendedor", "vendedora", "vendedores", "ejecutivo", "ejecutiva", "convenio", "transporte",
    "garantia", "servicio", "servicios", "pago", "pagos", "transferencia", "tarjeta", "tarjetas",
    "cotizacion", "pedido", "pedidos", "orden", "seguimiento", "inmediata", "inmediato", "manana",
    "plazo", "plazos", "estacionamiento", "delivery", "deliveries", "shipping", "pickup",
    "pick-up", "hours", "saturday", "saturdays", "sunday", "sundays", "invoice", "invoices",
    "invoicing", "credit", "account", "accounts", "catalog", "catalogue", "catalogs", "list",
    "price", "prices", "pricing", "discount", "discounts", "deal", "deals", "promo", "promos",
    "branch", "branches", "store", "stores", "warehouse", "warehouses", "office", "offices",
    "location", "locations", "address", "phone", "number", "website", "email", "salesperson",
    "rep", "reps", "terms", "payment", "payments", "card", "cards", "quote", "quotes", "order",
    "orders", "tracking", "warranty", "service", "services", "freight", "parking", "tomorrow",
    "immediately"))  # fmt: skip


def thing_asked(sentence: str) -> bool:
    """Whether `sentence` asks whether we have a thing it names (see _HAVE_ASKED)."""
    found = _HAVE_ASKED.search(sentence.strip())
    if found is None:
        return False
    words = re.sub(r"\bright (?:now|away)\b", " ", fold(found["thing"])).split()
    return any(len(w) > 3 and w not in _NO_THING for w in words) and not _NOT_GOODS & set(words)


def _talk_before_list(line: str) -> bool:
    """Whether a message's first line, above a list of items, only introduces it ("hola te
    pego lo que necesitamos"): no figure, and no word the catalog knows."""
    if "|" in line or "\t" in line or (";" in line and _header(line.split(";")) is not None):
        return False  # a table's header or row
    if _header(ALIGNED.split(line.strip())) is not None:
        return False  # a sheet's header, its cells aligned with spaces
    return not re.search(r"\d", line) and not _reads_as_item(line) and not names_item(line)


def _run_on(line: str) -> list[str]:
    """A spoken run-on as its item requests (see the module's docstring); a line that
    is not one comes back whole."""
    if not re.search(r"\d", line):
        return [line]
    phrases = _phrases()
    spans = list(re.finditer(r"\S+", line))
    keys = [_key(m[0]) for m in spans]

    def text(start: int, end: int) -> str:
        return line[spans[start].start() : spans[end - 1].end()] if start < end else ""

    # A closing after the items: the request ends there.
    stop = len(spans)
    for start, _ in _find(keys, phrases.end, phrases.longest):
        if start and _reads_as_item(_after_asking(text(0, start))):
            stop = start
            break
    cuts = [
        (start, end) for start, end in _find(keys[:stop], phrases.join, phrases.longest)
        if start > 0 and end < stop
    ]
    parts: list[str] = []
    begin = 0
    for number, (start, end) in enumerate(cuts):
        after = cuts[number + 1][0] if number + 1 < len(cuts) else stop
        left, right = _after_asking(text(begin, start)), _after_asking(text(end, after))
        if _reads_as_item(left) and _reads_as_item(right):
            parts.append(left)
            begin = end
    last = _after_asking(text(begin, stop)).rstrip(",;")
    if not parts and stop == len(spans) and last == line:
        return [line]
    if not parts and not _has_own_count(last):
        return [line]  # an opening or closing dropped only around an item with a count
    return [*parts, last]


def _after_asking(part: str) -> str:
    """ "hey this is dave from northwind i need 12 breakers" → "12 breakers": the words
    before the last asking phrase that is followed by a count (politeness between them
    allowed: "necesito que me coticen 10 …") are not the item."""
    phrases = _phrases()
    spans = list(re.finditer(r"\S+", part))
    keys = [_key(m[0]) for m in spans]
    for _, end in reversed(_find(keys, phrases.ask, phrases.longest)):
        if end >= len(spans):
            continue
        rest = strip_opening(part[spans[end].start() :])
        if LEADS_WITH_COUNT.match(rest) and _has_own_count(rest):
            return part if names_item(part[: spans[end].start()]) else rest
    return part


def _reads_as_item(part: str) -> bool:
    """Whether one side of a joining phrase asks for an item: a count with an item, or a
    catalog word (vocabulary.csv) with a size or code ("arandelas m8", "electrodo
    E7018"); a catalog word alone may be an attribute ("also in black")."""
    if not part.strip():
        return False
    if _has_own_count(part):
        return True
    folded = fold(part)
    words = re.findall(r"[^\W\d_]{3,}", folded)
    return any(w in _vocabulary().words for w in words) and re.search(r"\d", folded) is not None


def _cut(line: str) -> list[str]:
    """The line cut on semicolons and commas where each part is an item of its own."""
    dashed = DASH_JOIN.split(line)
    if len(dashed) > 1 and all(_has_own_count(p) for p in dashed):
        return [q for p in dashed for q in _cut(p)]  # "100 pernos m12 - 100 tuercas m12"
    pieces = SEMICOLON.split(line)
    if len(pieces) > 1 and all(NAMES_ITEM.search(fold(p)) for p in pieces):
        return [q for p in pieces for q in _cut_commas(p)]
    return _cut_commas(line)


def _cut_commas(line: str) -> list[str]:
    """Parts with a count of their own; a part without one stays with the one before. The
    joining word after the last comma is no part of the item (", y veinte tuercas …")."""
    pieces = re.split(r"(\s*[;,]\s+(?:(?:y|e|and)\s+)?|\s*;\s*)" if ";" in line
                      else r"(\s*,\s+(?:(?:y|e|and)\s+)?)", line)  # fmt: skip
    parts = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if _has_own_count(piece) or ONLY_COLOUR.match(piece):
            parts.append(_borrow_noun(parts[0], _in_colour(parts[-1], piece)))
        else:
            parts[-1] += separator + piece
    if len(parts) > 1 and (_has_own_count(parts[0]) or COUNT_OR_SIZE.match(parts[0])):
        return parts
    return [line]


# "4 1/2\" ss ball valves npt, 8 6208 2rs skf …": a figure and a fraction opening a list's
# first item may be its count (four 1/2" valves; the matcher reads it by the catalog)
COUNT_OR_SIZE = re.compile(r"^\s*[2-9]\s+\d{1,2}/\d{1,2}(?![\d/])\S*\s+[^\W\d_]{2,}")


def _in_colour(before: str, part: str) -> str:
    """ "cable THHN calibre 10 negro, 250 metros, y 120 metros del rojo": a part naming only
    a colour is the item before it in that colour ("120 metros cable THHN calibre 10 rojo")."""
    found = ONLY_COLOUR.match(part)
    if found is None:
        return part
    words = COLOUR.sub(" ", parse_line(before).item).split()
    first = next((at for at, w in enumerate(words) if fold(w) in _vocabulary().words), 0)
    item = " ".join(words[first:])  # from the first catalog word: no talk before it
    return " ".join(f"{found['count']}{item} {found['colour']}".split())


def _borrow_noun(first: str, part: str) -> str:
    """ "5 6205" after "10 rodamientos 6204" is "5 rodamientos 6205"; a part that names
    its own kind of thing ("6 A44 optibelt belts" after "100 hex bolts") borrows none."""
    noun = ANY_NOUN.match(first)
    rest = ANY_COUNT.sub("", part)
    own = any(w in _vocabulary().words for w in re.findall(r"[^\W\d_]{3,}", fold(rest)))
    if noun and rest != part and FIRST_TOKEN_CODE.match(rest) and not own:
        return f"{part[: len(part) - len(rest)].strip()} {noun.group(1)} {rest.strip()}"
    return _other_size(first, part)


def _other_size(before: str, part: str) -> str:
    """ "fifty of the half inch by two inch" after "fifty half inch by one inch hex cap
    screws grade five", "5 de los de media pulgada" after "10 codos galvanizados de 1
    pulgada": the item before, in the size this part names ("fifty hex cap screws grade
    five half inch by two inch")."""
    rest = ANY_COUNT.sub("", part)
    of = OF_THE_SIZE.match(rest)
    if of is None or rest == part or _names_a_kind(rest):
        return part
    words = parse_line(before).item.split()
    at = next((i for i, w in enumerate(words) if fold(w) in _vocabulary().words), len(words))
    borrowed: list[str] = []
    for word in words[at:]:
        if re.search(r"[\d\"]", word) or fold(word) in SIZE_WORDS:
            break  # the size of the item before: this part names its own
        borrowed.append(word)
    while borrowed and fold(borrowed[-1]) in CONNECTORS:
        borrowed.pop()
    # "10 tees galvanizadas 1/2 y 5 de 3/4 negras": a finish or a thread this part says
    # itself is its own, never the item before's beside it
    own = _made_of(rest)
    for group in (FINISHES, THREADS):
        if own & group:
            borrowed = [w for w in borrowed if not (_made_of(w) & group) - own]
    while borrowed and fold(borrowed[-1]) in CONNECTORS:
        borrowed.pop()
    if not borrowed:
        return part
    return f"{part[: len(part) - len(rest)].strip()} {' '.join(borrowed)} {rest[of.end():].strip()}"


def _counts_of_one(line: str) -> list[str]:
    """ "steel toe boots, 3 pairs size 39 and 2 pairs size 42", "botas de seguridad: 3 pares
    talla 40 y 2 talla 43": one item named once, then a count for each of its sizes — a
    line for each ("3 pairs steel toe boots size 39"); [line] for any other line."""
    named = ONE_ITEM_THEN_SIZES.match(line)
    if named is None or not _names_a_kind(named["item"]):
        return [line]
    pieces = [p.strip() for p in re.split(r"\s*,\s+|" + BARE_JOIN.pattern, named["sizes"],
                                           flags=re.IGNORECASE)]  # fmt: skip
    counted = [SIZE_COUNTED.match(p) for p in pieces]
    if len(pieces) < 2 or not all(c and not _names_a_kind(c["rest"]) for c in counted):
        return [line]
    item = re.sub(r"^(?:los|las|el|la|unos|unas|the|some)\s+", "", named["item"].strip(),
                  flags=re.IGNORECASE)
    return [f"{c['count']} {c['unit'] or ''}{item} {c['rest']}".strip() for c in counted if c]


def _names_a_kind(text: str) -> bool:
    """Whether `text` names a kind of item ("codos", "valves"), not only its size and what
    it is made of ("de 2 pulgadas también de bronce npt")."""
    canonical = _vocabulary().canonicalize(fold(text)).split()
    return any(w in _vocabulary().words and w not in MADE_OF for w in canonical if len(w) >= 3)


# What an item is made of, its finish and its thread, said again beside another size ("4
# de 2 pulgadas también de bronce npt"): no kind of item of its own
MADE_OF = {"bronze", "brass", "stainless", "zinc", "galvanized_steel", "carbon_steel",
           "black", "threaded", "npt", "bsp"}  # fmt: skip
THREADS = {"threaded", "npt", "bsp"}
FINISHES = MADE_OF - THREADS


def _made_of(text: str) -> set[str]:
    """What `text` says an item is made of, its finish or its thread (MADE_OF)."""
    return set(_vocabulary().canonicalize(fold(text)).split()) & MADE_OF


SIZE_WORDS = {"half", "quarter", "eighth", "inch", "inches", "media", "medio", "cuarto",
              "octavo", "pulgada", "pulgadas", "one", "two", "three", "una", "un", "dos",
              "tres"}  # fmt: skip
CONNECTORS = {"de", "del", "of", "x", "by", "por", "en", "in"}


# "fifty of the half inch by two inch", "20 de los de 3/4": a part naming only another size
# of the item before it
OF_THE_SIZE = re.compile(
    r"^(?:of\s+(?:the|those)|of(?=\s+\d)|de\s+(?:los|las|esos|esas)(?:\s+de)?|del|de(?=\s+\d))\s+"
    r"(?=.*(?:\d|\binch|\bpulgad))", re.IGNORECASE
)


def _has_own_count(text: str) -> bool:
    """Whether `text` reads as an item with a count of its own ("6 correas A42")."""
    line = parse_line(text)
    return line.quantity_given and NAMES_ITEM.search(line.item) is not None


def _header(cells: list[str]) -> dict[str, int] | None:
    """Each role's column when `cells` are a table's header, else None."""
    keys = [fold(c).strip().rstrip(":.").strip() for c in cells]
    known = QTY + DESCRIPTION + PART + UNIT + BRAND + LINE_NUMBER
    if not any(keys) or not all(k in known or k + "." in known for k in keys if k):
        return None
    columns: dict[str, int] = {}
    for role, names in (("part", PART), ("qty", QTY), ("unit", UNIT), ("brand", BRAND),
                        ("description", DESCRIPTION)):
        ranked = sorted((names.index(k), i) for i, k in enumerate(keys)
                        if k in names and i not in columns.values())  # fmt: skip
        if ranked:
            columns[role] = ranked[0][1]
    if "qty" not in columns or not ({"description", "part"} & set(columns)):
        return None
    return columns


def _row_line(cells: list[str], columns: dict[str, int]) -> str:
    """A table row as a line the matcher reads: the item, then its count and unit."""

    def at(role: str) -> str:
        i = columns.get(role)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    item = " ".join(x for x in (at("part"), at("description"), at("brand")) if x)
    quantity, unit = at("qty"), at("unit")
    if not item or not re.fullmatch(r"\d[\d.,]*", quantity):
        return item
    if re.search(r"[^\W\d_]", item):
        return "\t".join(x for x in (item, quantity, unit) if x)
    return f"{item} - {quantity}" + (f" {unit}" if unit else "")  # "0100035 - 500"
