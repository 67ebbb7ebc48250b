"""Where one line holds several items: "y"/"and" before a count ("10 rodamientos 6204 y 5
6205"), a count said after each item ("… x 25 y el … x 6"), commas, semicolons and dashes
between counted items, and a list numbered on one line ("1) … 2) … 3) …").

One item is never cut: "tuerca y arandela m8" (a kit), "1 y 1/2" (a size).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.joined.borrowed import ONLY_COLOUR, borrow_noun, in_colour
from bot.joined.items import (
    A_COUNT,
    BARE_JOIN,
    COUNT,
    KILOS,
    NAMES_ITEM,
    SPELLED_COUNT,
    has_own_count,
    reads_as_item,
)
from bot.matching.text import fold

# " y 5 6205", " and 20 nuts", " y diez tuercas": the joining word, then a count and a
# space, and no unit after it ("2 y 3 mm" is a size).
JOIN = re.compile(
    rf"\s+(?:y|e|and|&)\s+(?={A_COUNT}\s+\S|{KILOS}\s+\S)"
    rf"(?!{A_COUNT}\s+(?:mm|cm|mts?|m|in|inch|pulg\w*|v|a|w|hp|amp|metros?|meters?|"
    r"feet|ft|pies)\b(?!\s+(?:of|de|del)\s))"
    rf"(?!{A_COUNT}\s+(?:kg|kgs|kilos?|lbs?)\b\W*$)",
    re.IGNORECASE,
)

# "a laptop for the shop and 12 6203-2RSR FAG": one thing named with its article and no
# figure, then items with their counts: the article counts one
ONE_THING = re.compile(r"^\s*(?:an?|una?)\s+[^\W\d_]{3,}[^\d]*$", re.IGNORECASE)


def split_joined(line: str) -> list[str]:
    """`line` as one or more request lines (see the module's docstring)."""
    parts = JOIN.split(line)
    if len(parts) > 1 and ONE_THING.match(parts[0]) and all(has_own_count(p) for p in parts[1:]):
        return [p.strip() for p in parts]
    if len(parts) < 2 or not (COUNT.match(parts[0]) or SPELLED_COUNT.match(parts[0])):
        return _split_counted_after(line)
    if not all(has_own_count(p) for p in parts[1:] if SPELLED_COUNT.match(p)):
        return [line]
    return [parts[0].strip(), *(borrow_noun(parts[0], in_colour(before, part)).strip()
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
    if len(parts) < 2 or not all(has_own_count(p) for p in parts):
        return [line]
    return parts


# "… x 25", "… 10 un", "… qty 12": a count after its item, at the end of a part; and the joining
# words a part ends at.
COUNT_AFTER = re.compile(
    r"(?:(?:\bx|\bpor|\b(?:qty|qnty|quantity|cant|cantidad)\.?\s*[:=]?)\s*\d{1,7}(?:[.,]\d{1,3})?"
    r"|\b\d{1,7}(?:[.,]\d{1,3})?\s*(?:un|und|unid|unidades|pcs|pzas|piezas|ea|units?|pieces|uds?))"
    r"\.?\s*,?$",
    re.IGNORECASE,
)

# "… y las tuercas m16 zincadas también treinta": an item whose count is said after it.
TRAILING_COUNT = re.compile(
    rf"^(?:(?:las|los|el|la|the|unos|unas)\s+)?(?P<item>.+?),?\s+(?:tambi[eé]n|also|igual)\s+"
    rf"(?P<count>{A_COUNT})\s*[.!]?$",
    re.IGNORECASE,
)


def count_said_after(line: str) -> list[str]:
    """ "30 pernos m16 por 50 zincados y las tuercas m16 zincadas también treinta": an
    item with its count, then another whose count is said after it ("también treinta")."""
    parts = BARE_JOIN.split(line)
    if len(parts) != 2 or not has_own_count(parts[0]):
        return [line]
    found = TRAILING_COUNT.match(parts[1].strip())
    if found is None:
        return [line]
    second = f"{found['count']} {found['item']}"
    if not has_own_count(second) or not reads_as_item(found["item"] + " 1"):
        return [line]
    return [parts[0].strip(), second]


# " - " between items that each have their own count ("100 pernos m12 - 100 tuercas m12").
DASH_JOIN = re.compile(rf"\s+[-–—]\s+(?={A_COUNT}\s+\S)", re.IGNORECASE)

# "; " always cuts where each part names an item; ", " only where each part has a count.
SEMICOLON = re.compile(r"\s*;\s*")
COMMA = re.compile(r"\s*,\s+")


def cut_items(line: str) -> list[str]:
    """The line cut on semicolons and commas where each part is an item of its own."""
    dashed = DASH_JOIN.split(line)
    if len(dashed) > 1 and all(has_own_count(p) for p in dashed):
        return [q for p in dashed for q in cut_items(p)]  # "100 pernos m12 - 100 tuercas m12"
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
        if has_own_count(piece) or ONLY_COLOUR.match(piece):
            parts.append(borrow_noun(parts[0], in_colour(parts[-1], piece)))
        else:
            parts[-1] += separator + piece
    if len(parts) > 1 and (has_own_count(parts[0]) or COUNT_OR_SIZE.match(parts[0])):
        return parts
    return [line]


# "4 1/2\" ss ball valves npt, 8 6208 2rs skf …": a figure and a fraction opening a list's
# first item may be its count (four 1/2" valves; the matcher reads it by the catalog)
COUNT_OR_SIZE = re.compile(r"^\s*[2-9]\s+\d{1,2}/\d{1,2}(?![\d/])\S*\s+[^\W\d_]{2,}")

# "1) …", "2.- …", "3️⃣ …" numbering items inside one line.
INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^)(?:(\d{1,2})(?:\)|\.-)\s+|(\d)\ufe0f?\u20e3\s*)")


def cut_numbered(line: str) -> list[str]:
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
