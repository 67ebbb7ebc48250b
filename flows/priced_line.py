"""A cart line as the buyer reads it: price, total, availability, and what each
warehouse asked about has of it.

Every handler that puts a line in the cart shows it this way (items, options picked, a
reorder, a count told); kept apart so they all show the same thing, and so the stock rows
read for it are read once a turn (issue #19).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot import audit
from bot.availability import Dispatch, availability_for, stock_rows
from bot.formatting import money_text
from bot.models import Product
from flows import cart, stock_asked
from flows.turn import Turn
from flows.views import availability_view

COMPACT_FROM = 8  # more lines than this: one line per item, numbered by its cart position,
# with its quantity, unit price and total, so a long list stays readable over several messages


def priced_line(
    turn: Turn,
    line: dict[str, Any],
    brand_rule: str | None = None,
    alternatives: Any = (),
    houses: list[str] | None = None,
) -> dict[str, Any]:
    """A cart line as the buyer reads it: price, total, availability; with `houses` (the
    warehouses the request named), what each warehouse has of it, those first."""
    product = cart.product_of(turn, line["sku"])
    quantity = Decimal(line["qty"])
    price = cart.line_price(turn, line)  # kept on the line: the cart's view reuses it
    stock = availability_for(turn.session, product, quantity, turn.customer, turn.now,
                             rows=_stock_ahead(turn, product),
                             prefer=line.get("from") or turn.data.get("ship_from"),
                             product_of=lambda sku: cart.product_or_none(turn, sku))  # fmt: skip
    view = availability_view(stock, lambda sku, _: cart.name_of(turn, cart.product_of(turn, sku)))
    availability = turn.wording.render("availability", turn.language, a=view)
    if stock.status == Dispatch.SHORT:
        _remember_short(turn, product.sku, quantity, stock.available_now)
    rows = stock_asked.house_rows(turn, stock, houses, empty=False) if houses else []
    return {"kind": "priced", "sku": product.sku, "name": cart.name_of(turn, product),
            "position": cart.position(turn, line), "qty": line["qty"], "uom": product.uom,
            "assumed": line.get("assumed", False),
            "merged": line.pop("merged", False), "short": stock.status == Dispatch.SHORT,
            "unit_price": money_text(Decimal(price["unit_price"])),
            "line_total": money_text(Decimal(price["line_total"])),
            "currency": price["currency"], "availability": availability,
            "brand_rule": brand_rule, "alternatives": list(alternatives),
            "houses": rows, "pack": cart.packed(turn, line)}  # fmt: skip


def _stock_ahead(turn: Turn, product: Product) -> dict[str, list[Any]]:
    """Stock rows of a line's item and its substitutes, read together with those of the
    open question's options, which the reply asks again below it (flows/taps.py
    `question` finds them read): one statement, not two (issue #19). Kept for the turn."""
    known: dict[str, list[Any]] = turn.memo.setdefault("stock", {})
    skus = [product.sku, *(product.substitutes or [])]
    pending = turn.data.get("pending") or []
    options = [c.get("sku") for c in pending[0].get("candidates") or []] if pending else []
    wanted = [sku for sku in dict.fromkeys([*skus, *options]) if sku and sku not in known]
    if wanted:
        rows = stock_rows(turn.session, wanted)
        known.update({sku: rows.get(sku, []) for sku in wanted})
    return {sku: known[sku] for sku in skus}


def _remember_short(turn: Turn, sku: str, quantity: Decimal, available: Decimal) -> None:
    """A known customer asked for more of `sku` than we have: an `asked_short` event on
    the customer (once per chat and quantity), which the back-in-stock notice watches
    whether or not a quote follows (bot.proactive.back_in_stock_lines)."""
    if turn.customer is None:
        return
    seen = turn.data.setdefault("asked_short", [])
    key = f"{sku}:{quantity}"
    if key in seen:
        return
    seen.append(key)
    del seen[:-20]  # the chat's state stays small
    audit.record(turn.session, f"customer:{turn.customer.customer_id}", "asked_short",
                 turn.actor, turn.cause, sku=sku, quantity=quantity, available=available,
                 conversation=turn.conversation.id, channel=turn.conversation.channel)  # fmt: skip
