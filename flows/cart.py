"""The chat's cart: lines the buyer asked for, kept on the conversation until ordered.

A cart line is a plain dict on `conversation.data["cart"]` (any worker can take the
next message): `sku` (None for a line nothing matched: it stays, and becomes an open
line a seller completes on the quote), `qty`, `text` (what the buyer wrote), and
`assumed` when the buyer gave no quantity (shown as "1 — ¿cuántos?" until they say).
The same SKU asked twice is one line with the quantities added. Views carry unit,
unit price, line total and the cart total, priced now for this customer.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.formatting import money_text, quantity_text
from bot.models import Product
from bot.pricing import price_for
from flows.turn import Turn

Line = dict[str, Any]


def lines(turn: Turn) -> list[Line]:
    cart: list[Line] = turn.data.setdefault("cart", [])
    return cart


def add(turn: Turn, sku: str | None, quantity: Decimal, text: str, *, assumed: bool) -> Line:
    """Put a line in the cart; the same SKU again adds to its quantity (`merged` says so)."""
    cart = lines(turn)
    if sku is not None:
        for line in cart:
            if line["sku"] == sku:
                line["qty"] = quantity_text(Decimal(line["qty"]) + quantity)
                line["merged"] = True
                line["assumed"] = False
                _changed(turn)
                return line
    line = {"sku": sku, "qty": quantity_text(quantity), "text": text, "assumed": assumed}
    cart.append(line)
    _changed(turn)
    return line


def set_quantity(turn: Turn, position: int, quantity: Decimal) -> bool:
    cart = lines(turn)
    if not 1 <= position <= len(cart) or quantity <= 0:
        return False
    cart[position - 1] = {**cart[position - 1], "qty": quantity_text(quantity), "assumed": False}
    _changed(turn)
    return True


def remove(turn: Turn, position: int) -> bool:
    cart = lines(turn)
    if not 1 <= position <= len(cart):
        return False
    del cart[position - 1]
    _changed(turn)
    return True


def replace_sku(turn: Turn, sku: str, other: str) -> bool:
    """Another item (another brand) on the line of `sku`, the quantity kept."""
    for line in lines(turn):
        if line["sku"] == sku:
            line["sku"] = other
            _changed(turn)
            return True
    return False


def clear(turn: Turn) -> None:
    turn.data["cart"] = []
    _changed(turn)


def priced(turn: Turn) -> list[Line]:
    """The cart's matched lines (those a quote can price now)."""
    return [line for line in lines(turn) if line["sku"]]


def view(turn: Turn) -> dict[str, Any]:
    """Every line with unit, unit price and total, the open lines, and the cart total."""
    shown, total, currency = [], Decimal(0), "USD"
    for position, line in enumerate(lines(turn), start=1):
        if not line["sku"]:
            shown.append({"position": position, "sku": None, "text": line["text"],
                          "qty": line["qty"]})  # fmt: skip
            continue
        product = product_of(turn, line["sku"])
        price = price_for(turn.session, turn.customer, product, Decimal(line["qty"]),
                          turn.now.date())  # fmt: skip
        total += price.line_total
        currency = price.currency
        shown.append({
            "position": position, "sku": product.sku, "name": name_of(turn, product),
            "qty": line["qty"], "uom": product.uom, "assumed": line.get("assumed", False),
            "unit_price": money_text(price.unit_price), "line_total": money_text(price.line_total),
        })  # fmt: skip
    return {"lines": shown, "cart_lines": len(shown), "cart_total": money_text(total),
            "currency": currency}  # fmt: skip


def product_of(turn: Turn, sku: str) -> Product:
    """A product the matcher or the cart named (products are deactivated, never deleted)."""
    product = turn.session.get(Product, sku)
    if product is None:
        raise LookupError(f"no product {sku}")
    return product


def name_of(turn: Turn, product: Product) -> str:
    """The item's name in the buyer's language: the ERP description when it is written
    in that language (DESCRIPTION_LANGUAGE, default es), else the catalog name."""
    if product.description and turn.language == turn.services.description_language:
        return product.description
    return product.name


def _changed(turn: Turn) -> None:
    """A changed cart makes a pending order confirmation stale: it must be asked again."""
    turn.data.pop("confirm", None)
