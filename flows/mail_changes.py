"""A buyer changing a quoted quantity in words, by mail: "favor cambiar la cantidad de los
rodamientos 6206-2RSH SKF a 40 unidades", "Please change the MIG wire to 6 spools,
everything else stays the same".

A reply in a quote's thread that only says such changes is the next version of that
quote (flows/rfq.py sends it with its PDF), as a reply listing the items again with new
counts is (`rfq._corrected`). Each clause is read as the chat reads a correction
(bot/corrections.py); the quote line it names is the one with the most of its words
(in the buyer's request, our item's name or its SKU), and only one may have that many;
a line named by its number ("change line 2 to 30", "el ítem 2 a 80", "cambia la línea 2
a 12") is the quote's line at that position, as the quote's PDF and the buyer's own
numbered request number them.
A clause naming no line, or naming several alike, changes nothing, and a mail with an
item line that is no such change is no revision: it gets a quote of its own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.corrections import MIDDLE, Action, Correction, read
from bot.intents import fillers
from bot.matching.text import fold
from bot.models import QuoteLine
from bot.quotes import LineChange
from flows.after_sale import MAIL_LINES
from flows.line_words import WORD

# Clauses of a mail line: sentences, and the parts of one apart by commas.
_CLAUSE = re.compile(r"(?<=[.!?;])\s+|,\s+")


def told_changes(text: str, item_lines: list[str], quoted: list[QuoteLine]) -> list[LineChange]:
    """The quantity changes the mail's `text` tells of `quoted` lines; none when it tells
    none, or when one of its `item_lines` is not such a change (a new item)."""
    priced = [line for line in quoted if line.sku]
    codes = [line.sku or "" for line in priced]
    middle = (len(quoted) + 1) // 2 if len(quoted) % 2 else None  # "the middle one"

    def change(clause: str) -> LineChange | None:
        return _change(clause, codes, priced, middle)

    changes: dict[int, LineChange] = {}
    for raw in text.splitlines()[:MAIL_LINES]:
        for clause in _CLAUSE.split(raw):
            found = change(clause)
            if found is not None:
                changes.setdefault(found.position, found)
    if any(change(line) is None and all(change(c) is None for c in _CLAUSE.split(line))
           for line in item_lines):  # fmt: skip
        return []
    return list(changes.values())


def _change(
    clause: str, codes: list[str], quoted: list[QuoteLine], middle: int | None
) -> LineChange | None:
    said = read(clause, codes)
    if said is None or said.action is not Action.SET:
        return None
    for reading in (said, *said.alternatives):
        line = _named(reading, quoted, middle)
        if line is not None and reading.quantity and reading.quantity > 0:
            figure = str(reading.quantity)
            if len(figure) >= 3 and figure in _words(line):  # "6206": the line's code, no count
                continue
            if reading.quantity != line.quantity:
                return LineChange(line.position, quantity=Decimal(reading.quantity))
            return None
    return None


def _named(said: Correction, quoted: list[QuoteLine], middle: int | None) -> QuoteLine | None:
    """The one quoted line with the most of the words naming it (its SKU, when said), or
    the line at the position said ("line 2"; none when that line is one a seller
    completes)."""
    if said.code:
        return next((line for line in quoted if line.sku == said.code), None)
    if said.position:
        at = middle if said.position == MIDDLE else said.position
        return next((line for line in quoted if line.position == at), None)
    wanted = [w for w in said.words if w not in fillers()]
    hits = {line.position: sum(_names(w, _words(line)) for w in wanted) for line in quoted}
    best = max(hits.values(), default=0)
    top = [line for line in quoted if hits[line.position] == best]
    return top[0] if best and len(top) == 1 else None


def _words(line: QuoteLine) -> set[str]:
    return set(WORD.findall(fold(f"{line.request_text} {line.name or ''} {line.sku or ''}")))


def _names(word: str, words: set[str]) -> bool:
    """A word of the line, in either language's singular, or the start of a long one."""
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es")
             else word}  # fmt: skip
    return bool(forms & words) or (len(word) >= 4 and any(w.startswith(word) for w in words))
