"""The one in stock, picked in words among what the bot offered: "mándame el que tengas en
Santiago nomás", "bueno, el que tengan en stock", "ok just send whichever one you've got in
stock", "whatever you have in Houston is fine" (corrections.csv's `stocked` cues).

Two things may be on offer: a short line's substitutes (named under its availability, each
covering the quantity from one warehouse, ERP.md) and the options of an open question
("which one?"). Either way the pick is the first offered that has the line's quantity
available now, in the warehouse the buyer names when they name one (the line then ships
from there); when none has it the buyer is told so, and the cart stays as it was. Read as
items, such a sentence became an open line a seller would complete on the quote.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot import audit
from bot.availability import Dispatch, availability_for
from bot.corrections import stocked_asked
from bot.handoff import subject_of
from bot.intents import recognise
from bot.item_words import names_item
from bot.models import Product
from flows import cart, stock_asked, taps
from flows.chat_states import CHOOSING, IDLE
from flows.line_swaps import substitutes
from flows.priced_line import priced_line
from flows.turn import Turn


def asked(turn: Turn) -> tuple[bool, str | None]:
    """Whether the message asks for the one in stock, and the warehouse it names (a code).
    A message that is an intent of its own is not ("ship the one you have and backorder
    the rest": what ships now; "cotízame lo que tengan y lo otro que lo vea alguien"), nor
    one that names an item ("también grasa multiuso, lo que tengan": grease asked for)."""
    if not stocked_asked(turn.text) or recognise(turn.text).name is not None \
            or names_item(turn.text):  # fmt: skip
        return False, None
    houses = stock_asked.houses_asked(turn, turn.text)
    return True, houses[0] if len(houses) == 1 else None


def options_in_stock(turn: Turn) -> tuple[int, ...] | None:
    """The number of the first option of each open question that has its quantity in stock
    (in the warehouse named, if one is); None when the message asks no such thing; () when
    no option of some question has it (the buyer is told so, the options stay open)."""
    wanted, house = asked(turn)
    choices: dict[str, dict[str, Any]] = turn.data.get("choices") or {}
    if not wanted or not choices:
        return None
    picked = []
    for question in turn.data.get("pending", []):
        open_ = [choices[c["number"]] | {"number": c["number"]} for c in question["candidates"]
                 if c["number"] in choices and choices[c["number"]].get("sku")
                 and not choices[c["number"]].get("edit")]  # fmt: skip
        if not open_:
            continue
        found = next((o["number"] for o in open_ if _covers(
            turn, cart.product_of(turn, o["sku"]), max(Decimal(o.get("qty") or 1), Decimal(1)),
            house)), None)  # fmt: skip
        if found is None:
            none_in_stock(turn, [{"name": question["text"], "qty": question.get("qty") or "1"}],
                          house, options=True)  # fmt: skip
            return ()
        picked.append(int(found))
    return tuple(picked)


def swapped(turn: Turn) -> str | None:
    """The cart's lines short of their quantity (in the warehouse named, if one is) take the
    first substitute that has it there, and are shown priced with where they ship from;
    None when the message asks no such thing or no line is short."""
    wanted, house = asked(turn)
    if not wanted:
        return None
    short = [line for line in cart.lines(turn) if line["sku"] and not _covers(
        turn, cart.product_of(turn, line["sku"]), Decimal(line["qty"]), house)]  # fmt: skip
    if not short:
        return None
    shown, missing = [], []
    for line in short:
        product = cart.product_of(turn, line["sku"])
        quantity = Decimal(line["qty"])
        other = next((p for p in substitutes(turn, product)
                      if _covers(turn, p, quantity, house)), None)  # fmt: skip
        if other is None:
            missing.append({"sku": product.sku, "name": cart.name_of(turn, product),
                            "qty": line["qty"], "uom": product.uom})  # fmt: skip
            continue
        kept = cart.replace_sku(turn, product.sku, other.sku) or line
        if house is not None:
            kept["from"] = house
        kept.pop("priced", None)
        turn.data["last_line"] = cart.key(kept)
        audit.record(turn.session, subject_of(turn.conversation.id or 0), "cart_corrected",
                     turn.actor, turn.cause, sku=product.sku, text=kept["text"],
                     before=quantity, after=Decimal(kept["qty"]), to_sku=other.sku,
                     said=turn.text[:200])  # fmt: skip
        shown.append(priced_line(turn, kept, houses=[house] if house else None))
    if shown:
        turn.data.pop("short", None)  # the cart changed: a short-stock choice is stale
        turn.data.pop("confirm", None)
        turn.say("items", items=shown, asked_before=[], choosing=False, compact=False,
                 **cart.view(turn))  # fmt: skip
        turn.offer(taps.after_items(turn, shown))
    if missing:
        none_in_stock(turn, missing, house)
    return CHOOSING if turn.data.get("choices") else IDLE


def none_in_stock(
    turn: Turn, lines: list[dict[str, Any]], house: str | None, *, options: bool = False
) -> None:
    """Nothing on offer has the quantity (there): said, with what the buyer can do."""
    names: dict[str, str] = turn.memo.get("house_names") or {}
    turn.say("stocked_none", lines=lines, options=options,
             house=names.get(house, house) if house else None)  # fmt: skip


def _covers(turn: Turn, product: Product, quantity: Decimal, house: str | None) -> bool:
    """Whether `quantity` of `product` is available now in one warehouse (`house`, if named)."""
    stock = availability_for(turn.session, product, quantity, turn.customer, turn.now,
                             with_substitutes=False)  # fmt: skip
    if house is None:
        return stock.status != Dispatch.SHORT
    return any(w.warehouse == house and w.available >= quantity for w in stock.warehouses)
