"""Where the cart ships from, when the buyer says so ("despáchalo desde Lima", "los 11
de Santiago y los otros 19 desde Lima"): kept for the quote and the order, and the lines
shown again with where and when each ships.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot import audit
from bot.handoff import subject_of
from flows import cart, split_ship, taps
from flows.chat_states import resting
from flows.priced_line import priced_line
from flows.turn import Turn


def ship_from(turn: Turn, house: str) -> None:
    """The cart ships from `house` where it covers a line (ERP.md: availability by
    warehouse): kept for the quote and the order, whose lines carry it."""
    if turn.data.get("ship_from") != house:
        turn.data["ship_from"] = house
        audit.record(turn.session, subject_of(turn.conversation.id or 0), "ship_from_asked",
                     turn.actor, turn.cause, warehouse=house, said=turn.text[:200])  # fmt: skip


def shipped_from(turn: Turn, house: str) -> str:
    """ "despáchalo desde Lima", "ship it out of Houston": the cart's items again, each
    with where and when it ships now (from `house` where it has the quantity) and what
    each warehouse has, `house` first."""
    ship_from(turn, house)
    shown = [priced_line(turn, line, houses=[house]) for line in cart.lines(turn) if line["sku"]]
    turn.say("items", items=shown, asked_before=[], choosing=False, compact=False,
             **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, shown))
    return resting(turn)


def split_shown(turn: Turn, line: dict[str, Any], parts: list[tuple[str, Decimal]]) -> str:
    """A short line asked from several warehouses: one line from each, shown so."""
    shown = [priced_line(turn, each) for each in split_ship.split(turn, line, parts)]
    turn.say("items", items=shown, asked_before=[], choosing=False, compact=False,
             **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, shown))
    return resting(turn)
