"""The price of the cart's lines in another brand, asked without changing the cart:
"what's the price on the NTN ones?", "¿y a cuánto salen los SKF?", "how much in Dayco?".

A brand the catalog carries is named beside a price word and no figure; each priced
line of another brand that the named brand also makes (the ERP's substitutes, else the
buyer's words read again in that brand, as flows/line_swaps.py swaps brands) is shown
at the line's quantity and this customer's price, beside what the line costs now. The
cart stays as it is: the buyer swaps in words if they want it ("the NTN ones instead").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from bot.corrections import words_of
from bot.formatting import money_text
from bot.matching.text import fold
from bot.pricing import price_for
from flows import cart, line_swaps, taps
from flows.turn import Turn

# A price asked for, in both languages (no figure beside it: "20 SKF" is items)
_PRICE = re.compile(r"\b(?:price|prices|pricing|how much|cost|costs|cuanto|precio|precios|"
                    r"valen|vale|salen|sale|cuesta|cuestan)\b")


def priced_in_brand(turn: Turn) -> bool:
    """Answer the price of the cart's lines in the brand the message names; False when it
    asks no such thing (then the message is read as before)."""
    text = fold(turn.text)
    lines = cart.priced(turn)
    if not lines or re.search(r"\d", text) or not _PRICE.search(text):
        return False
    said = f" {' '.join(words_of(text))} "
    named = [b for b in turn.services.index.brands if f" {' '.join(words_of(b))} " in said]
    if len(named) != 1:
        return False
    shown: list[dict[str, Any]] = []
    currency, brand = "USD", named[0]
    for line in lines:
        product = cart.product_of(turn, line["sku"])
        if fold(product.brand or "") == named[0]:
            continue
        other = line_swaps.in_brand(turn, product, line, named[0])
        if other is None:
            continue
        quantity = Decimal(line["qty"])
        price = price_for(turn.session, turn.customer, other, quantity, turn.now.date())
        now = cart.line_price(turn, line)
        currency, brand = price.currency, other.brand or brand
        shown.append({"sku": other.sku, "name": cart.name_of(turn, other), "qty": line["qty"],
                      "uom": other.uom, "unit_price": money_text(price.unit_price),
                      "line_total": money_text(price.line_total), "instead": product.sku,
                      "now_total": money_text(Decimal(now["line_total"]))})  # fmt: skip
    if not shown:
        return False
    turn.say("brand_price", lines=shown, currency=currency, brand=brand)
    turn.offer(taps.after_items(turn, []))
    return True
