"""What a part of a list borrows from the item beside it, because the buyer said it once:
the noun ("10 rodamientos 6204 y 5 6205"), the colour ("y 120 metros del rojo"), the other
size ("fifty of the half inch by two inch"), a size said after the last item ("2 pernos, 4
tuercas y 4 arandelas m10"), and one item's counts per size ("botas: 3 pares talla 40 y 2
talla 43"). A part that names its own kind borrows nothing.
"""

from __future__ import annotations

import re

from bot.item_words import vocabulary as _vocabulary
from bot.joined.items import A_COUNT, ANY_COUNT, ANY_NOUN, BARE_JOIN
from bot.matching.index import KINDS
from bot.matching.lines import parse_line
from bot.matching.text import fold

# The colours a part may name alone ("y 120 metros del rojo"): the item before it, in that
# colour.
COLOURS = ("negro", "negra", "rojo", "roja", "azul", "blanco", "blanca", "verde", "amarillo",
           "amarilla", "gris", "black", "red", "blue", "white", "green", "yellow", "grey",
           "gray")  # fmt: skip
COLOUR = re.compile(rf"\b(?:{'|'.join(COLOURS)})\b", re.IGNORECASE)
ONLY_COLOUR = re.compile(
    rf"^(?P<count>{A_COUNT}\s+(?:(?:metros?|mts?|m|meters?|metres?|feet|ft|pies|rollos?|"
    r"rolls?|unidades|units|pcs)\s+)?)(?:(?:del|de la|de|of the|in|en)\s+)?"
    rf"(?P<colour>{'|'.join(COLOURS)})\W*$",
    re.IGNORECASE,
)


def in_colour(before: str, part: str) -> str:
    """ "cable THHN calibre 10 negro, 250 metros, y 120 metros del rojo": a part naming only
    a colour is the item before it in that colour ("120 metros cable THHN calibre 10 rojo")."""
    found = ONLY_COLOUR.match(part)
    if found is None:
        return part
    words = COLOUR.sub(" ", parse_line(before).item).split()
    first = next((at for at, w in enumerate(words) if fold(w) in _vocabulary().words), 0)
    item = " ".join(words[first:])  # from the first catalog word: no talk before it
    return " ".join(f"{found['count']}{item} {found['colour']}".split())


def borrow_noun(first: str, part: str) -> str:
    """ "5 6205" after "10 rodamientos 6204" is "5 rodamientos 6205"; a part that names
    its own kind of thing ("6 A44 optibelt belts" after "100 hex bolts") borrows none."""
    noun = ANY_NOUN.match(first)
    rest = ANY_COUNT.sub("", part)
    own = any(w in _vocabulary().words for w in re.findall(r"[^\W\d_]{3,}", fold(rest)))
    if noun and rest != part and FIRST_TOKEN_CODE.match(rest) and not own:
        return f"{part[: len(part) - len(rest)].strip()} {noun.group(1)} {rest.strip()}"
    return other_size(first, part)


FIRST_TOKEN_CODE = re.compile(r"^\S*\d")


def other_size(before: str, part: str) -> str:
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


# "fifty of the half inch by two inch", "20 de los de 3/4": a part naming only another size
# of the item before it
OF_THE_SIZE = re.compile(
    r"^(?:of\s+(?:the|those)|of(?=\s+\d)|de\s+(?:los|las|esos|esas)(?:\s+de)?|del|de(?=\s+\d))\s+"
    r"(?=.*(?:\d|\binch|\bpulgad))", re.IGNORECASE
)

SIZE_WORDS = {"half", "quarter", "eighth", "inch", "inches", "media", "medio", "cuarto",
              "octavo", "pulgada", "pulgadas", "one", "two", "three", "una", "un", "dos",
              "tres"}  # fmt: skip
CONNECTORS = {"de", "del", "of", "x", "by", "por", "en", "in"}

# What an item is made of, its finish and its thread, said again beside another size ("4
# de 2 pulgadas también de bronce npt"): no kind of item of its own
MADE_OF = {"bronze", "brass", "stainless", "zinc", "galvanized_steel", "carbon_steel",
           "black", "threaded", "npt", "bsp"}  # fmt: skip
THREADS = {"threaded", "npt", "bsp"}
FINISHES = MADE_OF - THREADS


def _made_of(text: str) -> set[str]:
    """What `text` says an item is made of, its finish or its thread (MADE_OF)."""
    return set(_vocabulary().canonicalize(fold(text)).split()) & MADE_OF


def _names_a_kind(text: str) -> bool:
    """Whether `text` names a kind of item ("codos", "valves"), not only its size and what
    it is made of ("de 2 pulgadas también de bronce npt")."""
    canonical = _vocabulary().canonicalize(fold(text)).split()
    return any(w in _vocabulary().words and w not in MADE_OF for w in canonical if len(w) >= 3)


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


def size_for_each(parts: list[str]) -> list[str]:
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


# An item named once without a figure, then its sizes each with a count ("steel toe boots,
# 3 pairs size 39 and 2 pairs size 42"): `counts_of_one`.
ONE_ITEM_THEN_SIZES = re.compile(r"^(?P<item>[^\W\d_][^\d,:;]*?)\s*[,:]\s*(?P<sizes>\d.*)$")
SIZE_COUNTED = re.compile(
    r"^(?P<count>\d{1,5})\s+(?P<unit>(?:pairs?|prs?|pares?|pcs|units?|unidades|uds?)\s+)?"
    r"(?P<rest>(?:size|talla|n[uú]mero|no\.?|nro\.?|#)\s*(?:\d|(?:x{0,3}s|m|x{0,3}l)\b).*)$",
    re.IGNORECASE,
)


def counts_of_one(line: str) -> list[str]:
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
