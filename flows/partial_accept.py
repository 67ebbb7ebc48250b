"""A quote accepted in part: "acepto pero sin los discos", "acepto solo los contactores y el
cable, las válvulas no por ahora", "approve the valves and bearings only, hold the wheels",
lines by their place ("acepto las líneas 2 y 3", "we'll take lines 1 and 3 only").

A distributor orders what the buyer accepted and leaves the rest on the quote: the buyer named
the lines, so nothing is guessed. The quote's lines are back in the cart (flows/cart_commands.py
reopens a quote the message changes); those left out are taken off, the rest becomes the quote
accepted (a new number, the old one stands) and its order, stated with what was left out and
the total; a held customer's order goes to a seller's approval as any acceptance does. When the
words name no line, or every line, this is no partial acceptance (None: read as before).
"""

from __future__ import annotations

import re
from typing import Any

from bot.matching.text import fold
from bot.quotes import mark_sent
from bot.statuses import QuoteStatus
from flows import cart, line_words, ordering
from flows.turn import Turn

# The acceptance opening the message ("acepto", "ok aprobado", "approve", "we accept",
# "go ahead with").
_ACCEPTING = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|listo|dale|ya|bueno|perfecto|great|good)\W+)*"
    r"(?:acepto|aceptamos|aceptada|aceptado|apruebo|aprobamos|aprobada|aprobado|approve[sd]?|"
    r"approving|accept(?:ed|ing)?|we accept|i accept|go ahead(?: with)?|proceed(?: with)?|"
    r"(?:we|i)(?:'|’)?ll take|(?:we|i) will take|nos quedamos con|me quedo con)\b"
)
# Lines left out: "sin los discos", "except the wheels", "hold the wheels", "las válvulas no"
# ("no" closing its clause, or "no por ahora": "the bolts no rush", "los pernos no son
# urgentes" leave nothing out).
_LEFT_OUT = re.compile(
    r"\b(?:sin|excepto|salvo|menos|except|without|minus|but not|skip|hold|leave out|"
    r"leaving out|drop)\s+(.+?)(?=[,.;]|$)|(?:^|[,.;]\s*)([^,.;]+?)\s+no"
    r"(?:\s+(?:por ahora|por el momento|todavia|aun|for now|yet|thanks|gracias))?\s*(?=[,.;!?]|$)"
)
# Lines kept, the rest left out: "solo los contactores y el cable", "the valves and bearings
# only", "just the valves".
_ONLY = re.compile(r"\b(?:solo|solamente|nomas|only|just)\s+(.+?)(?=[,.;]|$)|([^,.;]+?)\s+only\b")
_AND = re.compile(r"\s*(?:,|\by\b|\be\b|\band\b|&|\+)\s*")
# Lines named by their place on the quote: "las líneas 1 y 3", "lines 1 and 3", "items 1, 2 & 4",
# "la partida 2" (those kept, with or without "solo"/"only").
_NUMBERED = re.compile(
    r"\b(?:lineas?|lines?|items?|partidas?|posiciones|renglones|positions?)\s+(?:#\s*)?"
    r"(?P<places>\d{1,2}(?:\s*(?:,|\by\b|\be\b|\band\b|&|\+)\s*(?:(?:la|el|line|linea)\s+)?"
    r"\d{1,2}\b)*)"
)


def leaves_out(text: str) -> bool:
    """Whether an acceptance opens `text` and words after it may leave lines out."""
    folded = fold(text)
    opening = _ACCEPTING.match(folded)
    rest = folded[opening.end() :] if opening else ""
    return bool(opening and (_LEFT_OUT.search(rest) or _ONLY.search(rest)
                             or _NUMBERED.search(rest)))


def answer(turn: Turn, said: Any) -> str | None:
    """The order of the quote's lines the buyer accepted (see the module docstring)."""
    text = fold(turn.text)
    opening = _ACCEPTING.match(text)
    lines = cart.lines(turn)
    if opening is None or turn.customer is None or not lines:
        return None
    rest = text[opening.end() :]
    places = {int(n) - 1 for found in _NUMBERED.finditer(rest)
              for n in re.findall(r"\d+", found["places"])}  # fmt: skip
    if places and not places <= set(range(len(lines))):
        return None  # "line 4" of a quote of three: no line guessed
    rest = _NUMBERED.sub(" ", rest)
    dropped = _named(turn, _LEFT_OUT, rest, lines)
    kept = _named(turn, _ONLY, rest, lines) | places
    if kept:
        dropped |= {i for i in range(len(lines)) if i not in kept}
    if not dropped or len(dropped) == len(lines):
        return None
    left = [cart.name_of(turn, cart.product_of(turn, lines[i]["sku"])) for i in sorted(dropped)]
    for position in sorted(dropped, reverse=True):
        cart.remove(turn, position + 1)
    ordering.keep_details(turn, said)
    quote = ordering.quote_of_cart(turn)
    if quote is None or quote.status != QuoteStatus.DRAFT:  # a person decides on it first
        return ordering.make_quote(turn)
    mark_sent(turn.session, quote.number, actor=turn.actor, channel=turn.conversation.channel,
              cause=turn.cause)  # fmt: skip
    turn.say("partial_accept", left=left, number=quote.number, lines=len(cart.lines(turn)))
    turn.data["confirm"] = {"quote": quote.number}  # the cart is emptied with the order
    return ordering.accept(turn, said, quote.number)


def _named(
    turn: Turn, pattern: re.Pattern[str], text: str, lines: list[dict[str, Any]]
) -> set[int]:
    """The positions (from 0) of the `lines` the phrases `pattern` finds in `text` name."""
    named: set[int] = set()
    for found in pattern.finditer(text):
        for part in _AND.split(found[1] or found[2] or ""):
            if part.strip():
                named |= {lines.index(line) for line in line_words.lines_named(turn, part, lines)}
    return named
