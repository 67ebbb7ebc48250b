"""A pickup said beside items ("40 discos …, los retiramos en la bodega de Lima", "…, we'll
pick them up at your Houston warehouse"): acknowledged once, the warehouse named by its
name and city as warehouses.csv has them (not only its code), and kept as the order's
delivery note as ever (flows/ordering.keep_details; issue #14, set 17: es-1712, en-1713)."""

from __future__ import annotations

from bot.intents import PICKUP, Intent
from bot.matching.text import fold
from bot.models import Warehouse
from flows.stock_asked import places
from flows.turn import Turn


def told(turn: Turn, said: Intent) -> None:
    """Say the pickup in `said` is noted, with the warehouse it names; once per pickup."""
    note = said.delivery
    if not note or not PICKUP.search(note) or turn.data.get("pickup_told") == note:
        return
    turn.data["pickup_told"] = note
    found = next(places(turn, fold(note), lead=r"en|at|in|from|de|desde"), None) or next(
        places(turn, fold(turn.text), lead=r"en|at"), None)  # "I'll pick up 20 … at Houston"
    house = turn.session.get(Warehouse, found[0]) if found else None
    if house is None:
        turn.say("pickup", city=None)
        return
    turn.say("pickup", code=house.warehouse, name=house.name, city=house.city or house.name)
