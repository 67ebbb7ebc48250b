"""A dictated line that corrects itself: the value said last stands.

A voice note is not edited before it is sent; the buyer corrects it aloud, mid-sentence:
"20 rodamientos 6305 zz nsk no espera eran 16", "thirty kilos of 7018 rod no wait
twenty kilos", "a three pole breaker schneider actually make that two breakers",
"forty pounds no kilos of 7018", "two spools of lincoln mig wire actually make it the
esab wire", "ten of the... scratch that, twelve 6204 bearings". After a correcting
phrase (runons.csv kind `resay`) comes a count, a unit or a brand; it takes the place
of the one said before it in the same item, and the words that only repeat the item
("twenty *kilos*", "two *breakers*", "the esab *wire*") go with the correction. So the
item is read once, with the corrected value, never as a second line.

The item a correction belongs to starts at its count after the nearest boundary before
the correcting phrase: the line's start, a comma, a joining or asking phrase (runons.csv
`join`, `ask`) or a bare "y"/"and". A correction whose words name another item ("20
pernos m8 no espera 30 tuercas m8") replaces that item whole. A bare "no" corrects only
between two of a kind ("veinte no treinta pernos", "forty pounds no kilos"), so "que no
tenian" or "6204 no sellado" are left alone. A count and another item after the phrase
with "too"/"también" beside them add that item ("10 bolts m8 actually 10 nuts m8 too"):
both are kept, joined. Nothing else is read here: the line comes back as it was when no
correction is found.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.matching.lines import NUMBER_WORDS, UNIT_OF
from bot.runon_words import find, key, phrases

# Words between the correcting phrase and the new value that only say it is the value
# ("no espera *eran* 16", "actually make it *the* esab wire", "wait *it's* twenty").
RESTATING = frozenset({"eran", "era", "son", "sean", "que", "fueron", "mejor", "make", "it",
                       "that", "them", "its", "is", "was", "were", "are", "should",
                       "be", "to", "the", "el", "la", "los", "las"})  # fmt: skip
# Words of an item that a correction may repeat without naming another item.
REPEATABLE = frozenset({"of", "de", "del", "the", "el", "la", "los", "las", "those", "these",
                        "esos", "esas", "ones", "one"})  # fmt: skip
# A bare joining word between two items: where an item's words begin, after a count.
BARE_JOINS = frozenset({"y", "e", "and", "&", "+"})
# Words that add an item rather than correct one ("actually 10 nuts m8 too").
ADDING = frozenset({"too", "also", "tambien", "ademas", "aparte", "plus"})
JOINED = "+"  # what stands between two items kept both (runons.csv `join`)
ARTICLES = frozenset({"a", "an", "un", "una"})  # "a three pole breaker": the article counts one
BARE_NO = frozenset({("no",), ("not",)})
# A count said alone: digits ("16", "2,5") or a number word ("twenty", "dieciseis").
DIGITS = re.compile(r"\d{1,7}(?:[.,]\d{1,3})?")
FRACTION = re.compile(r"(?:\d{1,2}[-\s])?\d{1,2}/\d{1,2}")  # an item's size: "3/4", "1-1/2"
MAX_CORRECTIONS = 4  # a line corrected more than this is read as it is


def said_last(line: str, brands: Collection[str] = ()) -> str:
    """`line` with each correction said in it applied (see the module's docstring);
    `brands` are the catalog's (folded), so that a brand said again is known as one."""
    for _ in range(MAX_CORRECTIONS):
        corrected = _one(line, brands)
        if corrected is None:
            break
        line = corrected
    return line


def _one(line: str, brands: Collection[str]) -> str | None:
    """`line` with its first correction applied, or None when it has none."""
    table = phrases()
    tokens = line.split()
    keys = [key(t) for t in tokens]
    for start, end in find(keys, table.resay, table.longest):
        if start == 0 or end >= len(tokens):
            continue
        bare = tuple(keys[start:end]) in BARE_NO
        value = end
        while not bare and value < len(tokens) - 1 and keys[value] in RESTATING:
            value += 1
        said = _said_at(tokens, keys, value, brands)
        if said is None:
            continue
        kind, after = said
        before = _said_before(tokens, keys, start, brands)
        if before is not None and before[0] == kind and (
                kind != "count" or _item_start(tokens, keys, start, counted=True) == start - 1):
            # a count only where an item starts ("7018 no espera 25" corrects the rod's count)
            # "veinte no mejor treinta", "pounds no kilos": the word said again, replaced
            return " ".join(tokens[: before[1]] + tokens[value:])
        if bare or kind == "unit":
            continue
        corrected = _in_item(tokens, keys, (start, value, after), kind, brands)
        if corrected is not None:
            return corrected
    return None


def _said_at(
    tokens: list[str], keys: list[str], at: int, brands: Collection[str]
) -> tuple[str, int] | None:
    """What the words from `at` are — a `count`, a `unit` or a `brand` — and where they
    end; None for anything else."""
    if _count(tokens[at]):
        return "count", at + 1
    if keys[at] in UNIT_OF:
        return "unit", at + 1
    for brand in brands:
        words = brand.split()
        if keys[at : at + len(words)] == words:
            return "brand", at + len(words)
    return None


def _said_before(
    tokens: list[str], keys: list[str], end: int, brands: Collection[str]
) -> tuple[str, int] | None:
    """What the words just before `end` are (a `count`, a `unit` or a `brand`) and where
    they start; None for anything else."""
    at = end - 1
    if _count(tokens[at]):
        return "count", at
    if keys[at] in UNIT_OF and at > 0 and _count(tokens[at - 1]):
        return "unit", at  # "forty pounds": a unit after its count
    for brand in brands:
        words = brand.split()
        if len(words) <= end and keys[end - len(words) : end] == words:
            return "brand", end - len(words)
    return None


def _count(token: str) -> bool:
    """Whether a word is a count said alone ("16", "twenty", "dieciseis")."""
    word = key(token)
    if DIGITS.fullmatch(token.strip(",.;:")):
        return True
    return word in NUMBER_WORDS and word not in ARTICLES and word not in {"once", "mil"}


def _written(token: str) -> str:
    """A count as figures ("two" → "2"), so the item's own number words stay its own
    ("a three pole breaker … make that two" → "2 three pole breaker")."""
    word = key(token)
    return str(NUMBER_WORDS[word]) if word in NUMBER_WORDS else token


def _in_item(
    tokens: list[str],
    keys: list[str],
    at: tuple[int, int, int],
    kind: str,
    brands: Collection[str],
) -> str | None:
    """The item before the correcting phrase, with the value said after it in place of its
    own (`at`: where the phrase starts, the value starts and the value ends); None when
    no such item stands before it."""
    cue, value, after = at
    start = _item_start(tokens, keys, cue, counted=kind == "count")
    if start is None or start >= cue - 1:
        return None
    if kind == "count" and (sized := _sized_again(tokens, keys, start, at)) is not None:
        return sized
    item = tokens[start:cue]
    item[-1] = item[-1].rstrip(",;")
    said = {_stem(k) for k in keys[start:cue]}
    end = after
    while end < len(tokens) and not tokens[end - 1].endswith((",", ";")) and (
            keys[end] in REPEATABLE or keys[end] in UNIT_OF or _stem(keys[end]) in said):
        end += 1  # "twenty *kilos*", "two *breakers*", "the esab *wire*": the item repeated
    if end < len(tokens) and not _boundary(tokens, keys, end):
        if kind == "count" and ADDING.intersection(keys[end:]):
            # "10 bolts m8 actually 10 nuts m8 too": another item added, both kept
            return " ".join([*tokens[:cue], JOINED, *tokens[value:]])
        if kind != "count":
            return None  # "make it the esab one with the long lead": no swap
        # "20 pernos m8 no espera 30 tuercas m8", "ten of the... scratch that, twelve 6204
        # bearings": the correction names its item; it stands for the one before it whole
        return " ".join(tokens[:start] + tokens[value:])
    new = tokens[value:after]
    if kind == "brand":
        item = _branded(item, keys[start:cue], new, brands)
    else:
        units = [t for t, k in zip(tokens[after:end], keys[after:end], strict=True)
                 if k in UNIT_OF and k not in keys[start:cue]]  # fmt: skip
        rest = item[1:]
        if units and rest and key(rest[0]) in UNIT_OF:
            rest = [units[0], *rest[1:]]  # "thirty kilos … no wait twenty pounds"
        elif units:
            rest = [units[0], *rest]
        item = [_written(new[0]), *rest]
    if tokens[end - 1].endswith((",", ";")):
        item[-1] += tokens[end - 1][-1]
    return " ".join(tokens[:start] + item + tokens[end:])


def _sized_again(
    tokens: list[str], keys: list[str], start: int, at: tuple[int, int, int]
) -> str | None:
    """The item with a size or model said again in place of its own: a number followed by
    the word that follows one of the item's numbers after its count ("5 brocas 8 mm mentira
    10 mm", "10 2 inch ball valves actually 3 inch", "… 32 amp breakers, sorry 40 amp not
    32": the size it replaces said again after "not" is no part of it), or said after an
    article ("4 filters for the cat 320, actually the 330"), is that number, never the
    count; None when the item has no such number."""
    cue, value, after = at
    unit = keys[after] if after < len(keys) else None
    article = value > cue and keys[value - 1] in {"the", "el", "la", "los", "las"}
    for number in range(cue - 1, start, -1):
        if not (_count(tokens[number]) or FRACTION.fullmatch(tokens[number].strip(",;"))):
            continue
        if unit is not None and number + 1 < cue and keys[number + 1] == unit:
            last = after  # the unit said again goes with the correction
        elif article and (unit is None or _boundary(tokens, keys, after)):
            last = after - 1
        elif _written_alike(tokens[number], tokens[value]):
            last = after - 1  # "10 bearings 6204, sorry 6205": the model, never the count
        else:
            continue
        rest = tokens[last + 1 :]
        if len(rest) > 1 and key(rest[0]) in {"not", "no"} \
                and rest[1].strip(",;.") == tokens[number].strip(",;"):  # fmt: skip
            rest = rest[2:]  # "sorry 40 amp not 32": the size it replaces, said again
        item = [*tokens[start:number], tokens[value].rstrip(",;"), *tokens[number + 1 : cue]]
        mark = tokens[last][-1] if rest and tokens[last].endswith((",", ";")) else ""
        item[-1] = item[-1].rstrip(",;") + mark
        return " ".join(tokens[:start] + item + rest)
    return None


def _written_alike(own: str, said: str) -> bool:
    """Whether `said` is a designation written as the item's own `own` is (four figures or
    more, as many: "6204" and "6205", "7018" and "6013"), so it is that one said again."""
    own, said = own.strip(",;."), said.strip(",;.")
    return own.isdigit() and said.isdigit() and len(own) == len(said) >= 4


def _branded(
    item: list[str], keys: list[str], new: list[str], brands: Collection[str]
) -> list[str]:
    """The item's words with the brand said last in place of the one it names, or after
    them when it names none: "two spools of lincoln mig wire" → "two spools of esab mig
    wire"."""
    for brand in brands:
        words = brand.split()
        for at in range(len(keys) - len(words), -1, -1):
            if keys[at : at + len(words)] == words:
                return [*item[:at], *new, *item[at + len(words) :]]
    return [*item, *new]


def _item_start(tokens: list[str], keys: list[str], cue: int, *, counted: bool) -> int | None:
    """Where the item before `cue` starts: right after the nearest boundary before it (the
    line's start, a comma, a joining or asking phrase, a bare "y"/"and"), at its count when
    `counted` (a count corrects a count)."""
    table = phrases()
    ends = {end for _, end in find(keys[:cue], table.join | table.ask, table.longest)}
    for at in range(cue - 1, -1, -1):
        starts = at == 0 or at in ends or keys[at - 1] in BARE_JOINS \
            or tokens[at - 1].endswith((",", ";", ":"))  # fmt: skip
        if starts and (not counted or _count(tokens[at]) or keys[at] in ARTICLES):
            return at
    return None


def _boundary(tokens: list[str], keys: list[str], at: int) -> bool:
    """Whether the words at `at` begin another part of the line: a joining or closing
    phrase, a bare "y"/"and", or the words after a comma."""
    table = phrases()
    if keys[at] in BARE_JOINS or tokens[at - 1].endswith((",", ";")):
        return True
    return any(start == 0 for start, _ in find(keys[at:], table.join | table.end, table.longest))


def _stem(word: str) -> str:
    """A word without its plural "s", so "breakers" repeats "breaker"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word
