"""The price of the cart's lines in another brand, asked without changing the cart:
"what's the price on the NTN ones?", "¿y a cuánto salen los SKF?", "how much in Dayco?";
and the brands cheaper than a line's, asked ("anything cheaper than skf on those?", "¿hay
algo más barato que el SKF?": `cheaper_shown`).

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
from bot.models import Product
from bot.pricing import price_for
from bot.statuses import LineDecision
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


# Something cheaper asked for, a question ("anything cheaper than skf on those?", "got any
# cheaper options?", "¿hay algo más barato que el SKF?", "¿tienen otra marca más económica?");
# "dame el más barato" takes the cheapest instead (flows/line_swaps.py `cheapest_brand`).
_CHEAPER = re.compile(
    r"\b(?:(?:anything|something|any|got|is there|are there|do you have|you have)\b[\w\s']*?"
    r"\bcheaper|cheaper (?:than|brand|brands|option|options|alternative|alternatives)|"
    r"(?:algo|alguno|alguna|alguna otra|otra|otro|hay|tienes|tienen|tiene|habra)\b[\w\s]*?"
    r"\bmas (?:barat|economic)\w*|mas (?:barat|economic)\w* que)\b"
)


def cheaper_shown(turn: Turn) -> bool:
    """The other brands of the cart's lines (those of the brand named, when one is) that
    cost this customer less at the line's quantity, cheapest first, beside what the line
    costs now; the cart as it is. False when the message asks no such thing."""
    text = fold(turn.text)
    lines = cart.priced(turn)
    if not lines or re.search(r"\d", text) or not _CHEAPER.search(text):
        return False
    said = f" {' '.join(words_of(text))} "
    named = {b for b in turn.services.index.brands if f" {' '.join(words_of(b))} " in said}
    shown: list[dict[str, Any]] = []
    currency, brands = "USD", []
    for line in lines:
        product = cart.product_of(turn, line["sku"])
        if named and fold(product.brand or "") not in named:
            continue
        brands.append(product.brand or product.sku)
        quantity, now = Decimal(line["qty"]), cart.line_price(turn, line)
        currency = now["currency"]
        for other in _other_brands(turn, product, line):
            price = price_for(turn.session, turn.customer, other, quantity, turn.now.date())
            if price.line_total < Decimal(now["line_total"]):
                shown.append({"sku": other.sku, "name": cart.name_of(turn, other),
                              "qty": line["qty"], "uom": other.uom, "brand": other.brand,
                              "unit_price": money_text(price.unit_price),
                              "line_total": money_text(price.line_total), "instead": product.sku,
                              "now_total": money_text(Decimal(now["line_total"])),
                              "total": price.line_total})  # fmt: skip
    if not brands:
        return False
    shown.sort(key=lambda s: (s["instead"], s["total"]))
    turn.say("cheaper_price", lines=shown, currency=currency,
             brands=", ".join(dict.fromkeys(brands)))  # fmt: skip
    turn.offer(taps.after_items(turn, []))
    return True


def _other_brands(turn: Turn, product: Product, line: dict[str, Any]) -> list[Product]:
    """The same item in the other brands the catalog has: the ERP's substitutes, and what
    the buyer's words for the line find without its brand, of its family."""
    brand = fold(product.brand or "")
    words = [w for w in words_of(fold(line.get("text") or product.name)) if w != brand]
    result = turn.match(" ".join(words), asked=False)
    skus = [result.sku] if result.decision == LineDecision.AUTO and result.sku else []
    skus += [c.sku for c in (*result.candidates, *result.alternatives)]
    found = [*line_swaps.substitutes(turn, product),
             *(p for p in (turn.session.get(Product, sku) for sku in dict.fromkeys(skus) if sku)
               if p is not None and p.active)]  # fmt: skip
    return list({p.sku: p for p in found if p.family == product.family
                 and fold(p.brand or "") != brand and p.sku != product.sku}.values())  # fmt: skip
