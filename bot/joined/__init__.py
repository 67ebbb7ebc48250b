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

This module reads a message and a line in that order; each shape has its own module:
`items` (what reads as an item with its count, asked by all the others), `asking` (the
words a buyer asks with), `marks` (chat stamps, bold marks, forwarded mail headers,
titles), `talk` (sentences that are no item), `tables` (pasted tables and their header),
`spoken` (dictated run-ons), `cuts` (where one line holds several items), `each` (one
count for several items) and `borrowed` (the noun, colour or size a part takes from the
item beside it).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from bot.intents import strip_opening
from bot.joined.asking import after_asking, after_colon, after_opening
from bot.joined.borrowed import counts_of_one, other_size, size_for_each
from bot.joined.cuts import count_said_after, cut_items, cut_numbered, split_joined
from bot.joined.each import one_count_each
from bot.joined.items import LEADS_WITH_COUNT, has_own_count, reads_as_item
from bot.joined.marks import TOTAL_LINE, heading, mail_header, unmarked
from bot.joined.spoken import GOING_ON, run_on, spoken_marks, unfilled
from bot.joined.tables import ALIGNED, RULE, aligned_row, count_cell, header_columns, row_line
from bot.joined.talk import items_among_sentences, talk_before_list
from bot.matching.text import fold
from bot.resaid import said_last

# Words before a count that may be part of the item ("a 3 way valve"): never an opener.
ARTICLES = {"a", "an", "the", "un", "una", "el", "la", "los", "las", "y", "and"}


def request_lines(text: str, brands: Collection[str] = ()) -> list[str]:
    """A message's request lines (see the module's docstring), in order. `brands` are the
    catalog's (folded): a brand said again, better, mid-sentence replaces the one before
    it (bot/resaid.py)."""
    items_said = items_among_sentences(text)
    if items_said is not None:
        return request_lines(items_said, brands)
    result: list[str] = []
    header: dict[str, int] | None = None
    raws = [count_cell(unmarked(raw.strip())) for raw in text.split("\n")]
    mail = mail_header(raws)
    raws = ["" if at in mail else raw for at, raw in enumerate(raws)]
    listed = sum(1 for raw in raws if raw and (has_own_count(raw) or reads_as_item(raw)))
    opening = next((at for at, raw in enumerate(raws) if raw), -1)
    for at, (raw, marked) in enumerate(zip(raws, text.split("\n"), strict=True)):
        line = raw.strip()
        if listed and (heading(marked.strip(), line) or TOTAL_LINE.fullmatch(line)):
            continue
        if not line:
            header = None
            continue
        if listed > 1 and at == opening and talk_before_list(line):
            continue
        piped = "|" in line
        if piped and RULE.fullmatch(line):
            continue
        semicolons = not piped and "\t" not in line and ";" in line and (
            header is not None or header_columns(line.split(";")) is not None)
        aligned = not (piped or semicolons or "\t" in line) and aligned_row(line, header)
        if piped or "\t" in line or semicolons or aligned:
            cut = (line.strip("|").split("|") if piped
                   else line.split(";") if semicolons
                   else ALIGNED.split(line) if aligned else line.split("\t"))  # fmt: skip
            cells = [c.strip() for c in cut]
            columns = header_columns(cells)
            if columns is not None:
                header = columns
                continue
            if header is not None:
                row = row_line(cells, header)
                if row:
                    result.append(row)
                continue
        if piped:
            if all(has_own_count(c) for c in cells if c) and sum(1 for c in cells if c) > 1:
                result.extend(p for c in cells if c for p in split_joined(c))
            else:
                result.append("\t".join(cells))
            continue
        header = None
        said = split_line(line, brands)  # "… and fifty of the half inch by two inch"
        result.extend(said[:1] + [other_size(b, p) for b, p in pairwise(said)])
    return result


def split_line(line: str, brands: Collection[str] = ()) -> list[str]:
    """One line of a message as one or more request lines (see the module's docstring);
    a value the buyer said again, better, replaces the one before it (bot/resaid.py)."""
    line = GOING_ON.sub("", said_last(unfilled(spoken_marks(line)), brands))
    numbered = cut_numbered(line)
    if len(numbered) > 1:
        return [piece for part in numbered for piece in split_line(part)]
    shared = one_count_each(line)
    if shared:
        return shared
    spoken = run_on(line)
    if len(spoken) > 1:
        return [piece for part in spoken for piece in split_line(part)]
    if spoken[0] != line:
        return split_line(spoken[0])
    bare = strip_opening(line)
    if not set(re.findall(r"[^\W\d_]+", fold(line[: len(line) - len(bare)]))) - ARTICLES:
        bare = line  # nothing but an article before the count: "a 3 way valve"
    bare = after_colon(bare)
    if not LEADS_WITH_COUNT.match(bare):
        asked = strip_opening(after_asking(bare).lstrip("¿¡ "))
        bare = asked if LEADS_WITH_COUNT.match(asked) else bare
    if bare != line:  # "g'day mate, after 6 … 32 amp breakers, sorry 40 amp not 32": the
        bare = said_last(bare, brands)  # item's correction read once the greeting is off
    sizes = counts_of_one(after_opening(bare))
    if len(sizes) > 1:
        return sizes
    parts = cut_items(bare)
    if len(parts) > 1:
        return size_for_each([piece for part in parts for piece in split_joined(part)])
    joined = split_joined(bare)
    if len(joined) == 1:
        joined = count_said_after(bare)
    joined = size_for_each(joined)
    if len(joined) > 1 or (bare != line and LEADS_WITH_COUNT.match(bare) and has_own_count(bare)):
        return joined
    return [line]
