"""Counts said for lines already in the cart: the answer to "how many?" ("12 de esos",
"dos docenas"), a count said alone, and counts for lines named ("25 kg of the rod and 20
of the wheels").

A count alone names no item, so the matcher cannot read it; these readers give it to the
line it belongs to before the message is read as items.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.intents import Intent, fillers, recognise, strip_politeness
from bot.matching.lines import parse_line
from bot.matching.text import fold
from bot.words import words_of
from flows import cart, line_words, stock_asked, taps
from flows.cart_commands import show_cart
from flows.chat_states import resting
from flows.priced_line import priced_line
from flows.shipped_from import ship_from
from flows.turn import Turn

# The quantity asked for ("— ¿cuántos?"), told in a few words: "ah sí, perdón, 12 de esos",
# "12 of those", "sorry, need 12", "ok I'll take 10".
_QUANTITY_TOLD = re.compile(
    r"(?:(?:ah|ay|oh|uy|s[ií]|yes|yeah|yep|ok|okay|perd[oó]n|sorry|disculpa|disculpe|pues|bueno|"
    r"entonces|so|then|ya|dale|listo|vale)\W+)*"
    r"(?:(?:need|necesito|ocupo|quiero|dame|give me|ponme|ponle|make it|que sean|son|serian|"
    r"serían|i'?ll take|i will take|we'?ll take|we will take|take|(?:me |nos )?llevo|"
    r"(?:me |nos )?llevamos)\s+)?(?P<count>\d{1,6})\s*(?:de\s+(?:esos|esas|estos|estas|"
    r"ellos|ellas)|of\s+(?:those|these|them|em|it)|unidades|units|pcs|piezas|pieces|uds?)?"
    r"(?:\W+(?:entonces|then|nomas|nom[aá]s|please|pls|porfa|por favor))*\W*",
    re.IGNORECASE,
)


def quantity_told(turn: Turn, position: int) -> Decimal | None:
    """The count a message gives alone, answering "how many?" of the line at `position`:
    a figure with the words around it (`_QUANTITY_TOLD`), or a count the matcher's reading
    finds with no item beside it ("dos docenas", "un ciento", "a dozen", "25 kg": a unit
    said is the line's own, or none)."""
    told = _QUANTITY_TOLD.fullmatch(stock_asked.without_source(turn, turn.text))
    if told:
        return Decimal(told["count"]) if int(told["count"]) > 0 else None
    alone = count_alone(strip_politeness(turn.text))
    lines = cart.lines(turn)
    if alone is None or not 0 < position <= len(lines):
        return None
    sku = lines[position - 1]["sku"]
    uom = cart.product_of(turn, sku).uom if sku else None
    return alone[0] if alone[1] in (None, uom) else None


# Words around a count said alone: "unos 24 pares", "como 30 nomás", "about 24 pairs"
_ABOUT = frozenset({"unos", "unas", "como", "aprox", "aproximadamente", "cerca", "tipo",
                    "about", "around", "approx", "approximately", "roughly", "some", "maybe",
                    "say", "like", "nomas", "mas", "o", "menos", "or", "so"})  # fmt: skip


def count_alone(text: str) -> tuple[Decimal, str | None] | None:
    """The count a message says with no item ("unos 24 pares", "como 40 nomás", "a dozen",
    "25 kg"), and the unit said with it; None when words of an item are there too."""
    line = parse_line(text)
    if line.quantity_given:
        count, rest, uom = line.quantity, words_of(line.item), line.uom
    else:
        figures = re.findall(r"(?<![\w.,])\d{1,6}(?![\w.,])", text)
        if len(figures) != 1:
            return None
        count, uom = Decimal(figures[0]), None
        rest = [w for w in words_of(text) if w != figures[0]]
    if count <= 0 or any(w not in _ABOUT and w not in fillers() for w in rest):
        return None
    return count, uom


# "25 kg of the rod and 20 of the wheels", "10 de los discos y 4 de las correas": how many
# of lines already in the cart (those asked "how many?" above all), each named by its words
_COUNT_OF = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|then|y|e|ya|bueno|entonces|pues)\W+)*(?:(?:make it|put|need|"
    r"ponme|ponle|pon|dame|necesito|ocupo)\s+)?(?P<count>\d{1,6}(?:[.,]\d{1,3})?)\s*"
    r"(?P<unit>kg|kgs|kilos?|m|mts?|meters?|metres?|metros?|pcs|pieces|units|ea|unidades|piezas|"
    r"pzas?|uds?)?\s+(?:of|de)\s+(?:the|those|these|los|las|el|la|esos|esas|estos|estas)\s+"
    r"(?P<words>[^\d]+?)\W*$",
    re.I,
)


_WEIGHED_UNITS = {"kg": "KG", "kgs": "KG", "kilo": "KG", "kilos": "KG", "m": "M", "mt": "M",
                  "mts": "M", "meter": "M", "meters": "M", "metre": "M", "metres": "M",
                  "metro": "M", "metros": "M"}  # fmt: skip


def counts_of_lines(turn: Turn) -> str | None:
    """A message of counts for lines the cart has, each named ("25 kg of the rod and 20 of
    the wheels"): those lines take them and the cart is shown; None when any part is not
    such a count or names no single line (then it is read as before)."""
    lines = cart.lines(turn)
    if not lines or turn.part is not None or "\n" in turn.text:
        return None
    changes: list[tuple[int, Decimal]] = []
    for part in _AND_COUNT.split(turn.text.strip()):
        said = _COUNT_OF.match(part)
        if said is None:
            return None
        named = line_words.lines_named(turn, said["words"], lines)
        if len(named) != 1:
            return None
        line = named[0]
        unit = _WEIGHED_UNITS.get(fold(said["unit"] or ""))
        uom = cart.product_of(turn, line["sku"]).uom.upper()
        if unit is not None and unit != uom:
            return None  # "25 kg of the wheels": not this line's unit
        changes.append((lines.index(line) + 1, Decimal(said["count"].replace(",", "."))))
    if not changes or len({at for at, _ in changes}) != len(changes):
        return None
    for at, quantity in changes:
        cart.set_quantity(turn, at, quantity)
    turn.data["ask_qty"] = None
    return show_cart(turn, recognise(""))


# A count's parts: "… and 20 of the wheels", "…, 10 de las correas"
_AND_COUNT = re.compile(r"\s*[,;]\s*(?:and\s+|y\s+)?|\s+(?:and|y|e|&|plus)\s+(?=\d)", re.I)


def count_told(turn: Turn, said: Intent, position: int, quantity: Decimal) -> str:
    """The count answering "how many?" of the line at `position`: the cart; the line again
    with what each warehouse has when its request named warehouses ("how many … in
    houston? and santiago?" then "need 20": Houston's 11 do not cover it, Lima's 47 do)."""
    cart.set_quantity(turn, position, quantity)
    turn.data["ask_qty"] = None
    source = stock_asked.source_in(turn, turn.text)
    if source is not None:  # "12 then, ship them from Santiago"
        ship_from(turn, source[0])
    houses = turn.data.pop("ask_qty_houses", None)
    if not houses:
        return show_cart(turn, said)
    shown = [priced_line(turn, cart.lines(turn)[position - 1], houses=houses)]
    turn.say("items", items=shown, asked_before=[], choosing=False, compact=False,
             **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, shown))
    return resting(turn)
