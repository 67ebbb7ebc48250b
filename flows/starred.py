"""WhatsApp's correction convention: an asterisk before what replaces the last thing said.

A buyer who mistyped sends the right word again behind an asterisk, in the next message:
"*20", "*30 kg" after a line was priced or its count asked is that line's new quantity;
"*BRG-10112", "*6207 2rs nsk" is the item that line should have been, its quantity kept
(a count said with it, "*30 BRG-10112", replaces both). The line is the one the bot just
answered: the one whose count it asked, else the last line added (after a quote, the
quote's one line). WhatsApp's bold (`*REQUERIMIENTO*`, closed by a second asterisk) is
never read so; what the starred words settle on no single item is read as before.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from bot.corrections import Action, Correction
from bot.statuses import LineDecision
from flows import cart, line_changes, line_swaps
from flows.cart_commands import reopen_quote
from flows.chat_states import CHOOSING, IDLE
from flows.counts_told import count_alone
from flows.line_words import fitting
from flows.turn import Turn

# "*20", "*30 kg", "*BRG-10112": one asterisk opening a one-line message, none closing it;
# a space after it ("* 10 rodamientos 6206") is a list's bullet, an item of its own
_STARRED = re.compile(r"\s*\*(?![*\s])(?P<said>[^*\n]*[^*\s])\s*")


# "no, 20", "nope 15", "no. 30 kg": a no and a count alone, the same correction said in words
_DENIED = re.compile(r"\s*(?:no+|nop|nope|nah)\s*[,.:;!-]?\s+(?P<said>\d[^*\n]*?)\s*[.!]*\s*",
                     re.IGNORECASE)


def corrected(turn: Turn) -> str | None:
    """The line just answered corrected as the starred words say, and the cart shown;
    None when the message is no such correction, or names no line to correct. A no and
    a count alone ("no, 20", "nope, 15 kg") recount that line too, never an item."""
    starred = _STARRED.fullmatch(turn.text)
    denied = _DENIED.fullmatch(turn.text) if turn.conversation.state == IDLE else None
    found = starred or denied
    if found is None or turn.conversation.state not in (IDLE, CHOOSING):
        return None
    if denied is not None and ((not cart.lines(turn) and not turn.data.get("last_quote"))
                               or count_alone(denied["said"]) is None):  # fmt: skip
        return None
    reopened = reopen_quote(turn)  # "*30" right after a quote: the quote's line
    lines = cart.lines(turn)
    line = _last_answered(turn, lines) if not reopened or len(lines) == 1 else None
    said = found["said"]
    answer = None if line is None else (_recounted(turn, line, said) or (
        None if denied else _recoded(turn, lines, line, said)))  # fmt: skip
    if answer is None and reopened:
        cart.clear(turn)  # nothing of the quote changed: its lines go back out
    return answer


def _last_answered(turn: Turn, lines: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The line whose count was just asked ("1 — how many?"), else the last line added."""
    asked = int(turn.data.get("ask_qty") or 0)
    if 0 < asked <= len(lines):
        return lines[asked - 1]
    found = fitting(turn, lines, Correction(Action.SET, last=True))
    return found[0] if len(found) == 1 else None


def _recounted(turn: Turn, line: dict[str, Any], said: str) -> str | None:
    """ "*20", "*30 kg": a count alone (in the line's own unit, when one is said)."""
    alone = count_alone(said)
    if alone is None:
        return None
    count, unit = alone
    if unit is not None and line["sku"] and unit != cart.product_of(turn, line["sku"]).uom:
        return None
    return line_changes.apply(turn, Correction(Action.SET, count, last=True), line)


def _recoded(
    turn: Turn, lines: list[dict[str, Any]], line: dict[str, Any], said: str
) -> str | None:
    """ "*BRG-10112", "*6207 2rs nsk": the item the starred words settle on, in place of
    the line's, its quantity kept unless a count is said with it."""
    if not line["sku"]:
        return None
    result = turn.match(said, asked=False)
    if result.decision != LineDecision.AUTO or not result.sku:
        return None
    if result.sku == line["sku"]:
        state = CHOOSING if turn.data.get("choices") else IDLE
        line_changes.answered(turn, [])  # already that item: the cart as it stands
    else:
        if any(ln["sku"] == result.sku for ln in lines if ln is not line):
            return None  # another line already has it: a new request, read as items
        state = line_swaps.replaced(turn, line, said, cart.product_of(turn, result.sku))
    if result.line.quantity_given and Decimal(line["qty"]) != result.line.quantity:
        # "*30 BRG-10112": the count too, answered once with the swap (line_changes.answered)
        state = line_changes.apply(turn, Correction(Action.SET, result.line.quantity), line)
    return state
