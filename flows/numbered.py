"""A cart line named by its number beside another change in the same message: "quitar 2 y
el 6205 déjalo en 10", "remove 3 and make the bolts 50", "cambiar 1 a 10 y quita los
pernos". The number is the line's place in the cart the buyer was shown, before the
message changed anything ("quitar 1 y cambiar 3 a 10": the third line shown, though the
first is gone); the change is answered as a correction, so the message gets one answer
naming every change over the final cart (flows/line_changes.answered)."""

from __future__ import annotations

from decimal import Decimal

from bot.corrections import Action, Correction
from bot.intents import IntentName as I
from bot.intents import recognise
from flows import cart, line_changes
from flows.turn import Turn

_SHOWN = "numbered_shown"  # turn.memo: the cart's line keys when the message came


def names(turn: Turn, part: str) -> bool:
    """Whether `part` changes a cart line named by its number: "quitar 2", "remove #3",
    "cambiar 1 a 10" (the number a line of the cart as it was when the message came)."""
    return _reading(turn, part) is not None


def remember(turn: Turn) -> None:
    """The cart as the buyer saw it, before any part of the message changes it."""
    turn.memo.setdefault(_SHOWN, [cart.key(line) for line in cart.lines(turn)])


def apply(turn: Turn, part: str) -> bool:
    """Make the change `part` names by number, answered with the message's other changes;
    False when the line is no longer in the cart (another part already took it)."""
    reading = _reading(turn, part)
    if reading is None:
        return False
    at, quantity = reading
    shown = turn.memo.get(_SHOWN) or [cart.key(line) for line in cart.lines(turn)]
    line = next((ln for ln in cart.lines(turn) if cart.key(ln) == shown[at - 1]), None)
    if line is None:
        return False
    said = (Correction(Action.REMOVE) if quantity is None
            else Correction(Action.SET, quantity=quantity))  # fmt: skip
    line_changes.answered(turn, [line_changes.change_line(turn, said, line)])
    return True


def _reading(turn: Turn, part: str) -> tuple[int, Decimal | None] | None:
    """The line's place and its new quantity (None: removed), when `part` says so."""
    said = recognise(part)
    shown = turn.memo.get(_SHOWN) or cart.lines(turn)
    if said.name is I.REMOVE and len(said.numbers) == 1:
        at, quantity = said.numbers[0], None
    elif said.name is I.CHANGE and len(said.numbers) == 2 and said.numbers[1] > 0:
        at, quantity = said.numbers[0], Decimal(said.numbers[1])
    else:
        return None
    return (at, quantity) if 1 <= at <= len(shown) else None
