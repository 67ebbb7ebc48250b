"""The short-stock choice answered in words: "send the NTN ones instead" (the substitute),
"send the 20 you have now and backorder the rest" (what ships now, the rest back-ordered),
"déjalo en 19 nomás y hazme el pedido" (the short line at the count said).

flows/ordering.py asks the choice and settles its numbered options; these read the
sentences that pick one without its number. Each answers None when the words are not a
pick (the table then reads them as items, or as a change).
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.availability import Dispatch, availability_for
from bot.intents import Intent, recognise
from bot.item_words import item_words
from bot.matching.text import fold
from bot.models import Product
from flows import cart, line_words, ordering
from flows.cart_commands import show_cart
from flows.chat_states import IDLE, Handler, I
from flows.pre_read import PARTS
from flows.turn import Turn


def substitute(turn: Turn, said: Intent) -> str | None:
    """ "send the NTN ones instead": the cart's short lines take the substitute offered
    (the one whose brand or code the buyer names, else the first that covers), and the
    cart is shown with its prices; None with nothing to swap (the words are items)."""
    named = {w.lower() for w in re.findall(r"[\w-]+", turn.text)}
    short = []
    for line in cart.lines(turn):
        if not line["sku"]:
            continue
        product = cart.product_of(turn, line["sku"])
        stock = availability_for(turn.session, product, Decimal(line["qty"]), turn.customer,
                                 turn.now)  # fmt: skip
        if stock.status == Dispatch.SHORT and stock.substitutes:
            short.append((line, product, stock))
    # "swap the NSK 6304s for the NTN ones": a size or code said names the short lines
    # that swap; the others stay as they are
    sizes = {w.removesuffix("s") for w in re.findall(r"\w+", fold(turn.text))
             if re.search(r"\d", w)}  # fmt: skip
    sized = {cart.key(line) for line in cart.lines(turn) if line["sku"] and sizes & set(
        re.findall(r"\w+", fold(f"{line['sku']} {cart.product_of(turn, line['sku']).name}")))}
    swapped = False
    for line, _, stock in short:
        if sized and cart.key(line) not in sized:
            continue
        picked = next((s for s in stock.substitutes if {s.sku.lower(), _brand(turn, s.sku)}
                       & named), stock.substitutes[0])  # fmt: skip
        line["sku"] = picked.sku
        swapped = True
    if not swapped:
        return None
    turn.data.pop("confirm", None)  # the cart changed: a pending confirmation is stale
    turn.say("cart", **cart.view(turn))
    return IDLE


def backorder(turn: Turn, said: Intent) -> str | None:
    """ "send the 20 you have now and backorder the other 5" after a short line was
    priced: the order of what ships now with the rest back-ordered (the short-stock
    choice's first option, said in words); None with nothing short, or beside an item the
    cart does not hold (the words are items)."""
    short = ordering.short_lines(turn) if turn.customer and cart.lines(turn) else []
    if not short or any(not line["sku"] for line in cart.lines(turn)) or _another_item(turn):
        return None
    turn.data["short"] = short
    return ordering.settle_short_option(turn, said, "partial")


def partial(turn: Turn, said: Intent) -> str | None:
    """The short-stock choice's first option said in words ("ok, acepto el despacho
    parcial"); None beside an item the cart does not hold ("y 10 correas a42 gates, entrega
    parcial"): those are items, read first, and the choice is asked again."""
    return None if _another_item(turn) else ordering.settle_short_option(turn, said, "partial")


def _another_item(turn: Turn) -> bool:
    """Whether the message names an item no cart line is ("agrega 10 correas a42 gates,
    entrega parcial" over a cart of bearings); the short line's own words ("mándenme los 6
    rodamientos que hay") name it, never another."""
    lines = cart.lines(turn)
    return any(not line_words.lines_named(turn, word, lines) for word in item_words(turn.text))


def short_quantity(turn: Turn, said: Intent) -> str | None:
    """ "déjalo en 19 nomás y hazme el pedido" after the short-stock options: the short line
    at the quantity said. At exactly what ships now, with the order asked for in the same
    breath, it is option 1 without a back-order: that part's total was on the option, so
    the option is the confirmation, as when it is picked. Another quantity changes the
    cart and the order asks its one confirmation with the new total (issue #14 item 12).
    None when it names no one short line at a count (then it is a cart change)."""
    short = turn.data.get("short") or []
    if len(said.numbers) != 1 or len(short) != 1:
        return None
    line, quantity = short[0], Decimal(said.numbers[0])
    if not cart.set_quantity(turn, line["position"], quantity):
        return None
    parts = [p for p in PARTS.split(turn.text) if p and p.strip()]
    ordered = any(recognise(p).name in (I.ORDER, I.ACCEPT) for p in parts)
    if ordered and quantity == Decimal(line["now"]):
        return ordering.settle_short_option(turn, said, "partial")
    turn.data.pop("short", None)
    if ordered:
        return ordering.order(turn, said)
    show_cart(turn, said)
    return IDLE


def _brand(turn: Turn, sku: str) -> str:
    other = turn.session.get(Product, sku)
    return (other.brand or "").lower() if other is not None else ""


def short_pick(pick: str) -> Handler:
    def settle(turn: Turn, said: Intent) -> str:  # option `pick` said in words
        return ordering.settle_short_option(turn, said, pick)

    return settle
