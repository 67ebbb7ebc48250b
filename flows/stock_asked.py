"""A question about how many of a cart line there are, and where: "how many of the 6208s
do you have in Houston?", "las correas b60 ¿cuántas tienen acá en Santiago?".

Read as items such a question became a line of its own ("not in our catalog") or one
more of the line it names. It names a line already in the cart (flows/line_words.py
`lines_named`, once the question's own words and the warehouse are set aside), so it is
answered with that line's available units per warehouse (ERP.md: on hand less reserved
and damaged), the warehouse asked for first; the cart is left as it was.

A new request that names a warehouse ("¿tienen en Lima 30 tees de bronce …?", "got 6204s
in Houston?") is priced as any request, and its line says the same per warehouse
(`houses_asked`, `house_rows`): the total across warehouses alone hid that the one asked
for had 19 of the 30. Several warehouses named at once ("in houston? and santiago?") are
each asked, so one that has none says 0; another asked next ("y en houston?") is answered
for the cart's last line; and where a count asks its line to ship from ("10 entonces, que
salgan de Lima") is no item (`without_source`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlmodel import select

from bot.availability import Availability, availability_for
from bot.formatting import quantity_text
from bot.matching.text import fold
from bot.models import Warehouse
from flows import cart
from flows.line_words import lines_named
from flows.turn import Turn

# How a count of stock is asked, in either language.
ASKED = re.compile(
    r"\bhow many\b|\bhow much stock\b|\bcu[aá]nt[oa]s\b|\bcu[aá]nto stock\b|\bqu[eé] stock\b",
    re.I,
)
# The question's own words, set aside before the rest names a cart line.
_SCAFFOLD = re.compile(
    r"\b(?:how many|how much stock|cu[aá]nt[oa]s|cu[aá]nto stock|qu[eé] stock|of|de|the|"
    r"l[oa]s|el|la|do|does|you|y'?all|we|have|got|has|are|there|is|in stock|on hand|left|"
    r"tienen|tiene|tienes|hay|quedan|queda|les|stock|disponibles?|available|right now|"
    r"now|ahora|today|hoy|ac[aá]|aqu[ií]|ah[ií]|all[aá]|en|in|at|y|and|so|ok|oye|and|"
    r"pls|please|porfa|por favor|tb|tambi[eé]n)\b|[?¿!.,]",
    re.I,
)


def answer(turn: Turn) -> bool:
    """Answer a stock question about a cart line; False when the message is none."""
    text = turn.text.strip()
    if "\n" in text:
        return False
    lines = [line for line in cart.lines(turn) if line["sku"]]
    houses = _houses(turn)
    asked = [code for code, name in houses.items() if _names_house(text, code, name)]
    said = _SCAFFOLD.sub(" ", _without_houses(text, houses))
    if asked and lines and not _FOLLOW_UP.sub(" ", said).strip() \
            and (ASKED.search(text) or _FOLLOW_UP.search(text) or text.endswith("?")):
        named = lines[-1:]  # "y en houston?": the line last asked about, in another warehouse
    elif not ASKED.search(text):
        return False
    else:
        named = lines_named(turn, said, lines) if said.strip() else []
    if len(named) != 1:
        return False
    line = named[0]
    product = cart.product_of(turn, line["sku"])
    stock = availability_for(turn.session, product, Decimal(line["qty"]), turn.customer,
                             turn.now, with_substitutes=False)  # fmt: skip
    turn.say("stock_asked", sku=product.sku, name=cart.name_of(turn, product),
             rows=house_rows(turn, stock, asked), asked=asked, unit=product.uom)  # fmt: skip
    return True


# The words of a question that asks the same in another warehouse ("y en houston?", "and
# santiago?", "what about HOU?", "¿y allá en Lima?"), once the warehouse is set aside.
_FOLLOW_UP = re.compile(r"\b(?:y|and|what|how|about|que tal|e|tal|pues|entonces|then|also|"
                        r"tambien|too|there|alla|over)\b", re.I)


# A warehouse asked for with a new request: its place after "en"/"in"/"from"… ("¿tienen en
# Lima 30 tees …?", "got 6204s in Houston?", "can you ship 20 from SCL"), so a word that is
# also an item ("1 lima plana", a file) names no warehouse.
_AT = (r"(?:en|in|at|from|desde|de|out of)\s+"
       r"(?:(?:el|la|the|our|su|your|bodega|warehouse|branch|sucursal|de|of)\s+){0,3}")


def houses_asked(turn: Turn, text: str) -> list[str]:
    """The warehouses a request names as where it wants the item (codes, in code order)."""
    folded = fold(text)
    houses = _houses(turn)
    asked = [code for code, name in houses.items()
             if any(re.search(rf"\b{_AT}{w}\b", folded) for w in _house_words(code, name))]
    if asked:  # "in houston? and santiago?", "en lima, santiago o houston": each one listed
        asked = [code for code, name in houses.items() if code in asked
                 or any(re.search(rf"(?:\b(?:y|and|or|o|e)|[,&/])\s+(?:{_AT})?{w}\b", folded)
                        for w in _house_words(code, name))]  # fmt: skip
    return asked


# Where the buyer wants a line to ship from, said with its count ("10 entonces, que salgan de
# Lima", "20, ship them from Houston"): not an item, and not a new line.
_FROM = r"(?:(?:que\s+)?(?:salgan|salga|sale|salen|despach\w*|envi\w*|mand\w*|ship\w*|send)\s+)?"


def without_source(turn: Turn, text: str) -> str:
    """`text` without the warehouse it asks a line to ship from (folded)."""
    folded = fold(text)
    for code, name in _houses(turn).items():
        for word in _house_words(code, name):
            folded = re.sub(rf"[,;]?\s*{_FROM}(?:them\s+|lo\s+|los\s+|las\s+)?"
                            rf"(?:de|desde|from|out of)\s+(?:(?:la|el|the|bodega|warehouse|"
                            rf"de|of)\s+){{0,3}}{word}\b", " ", folded)  # fmt: skip
    return " ".join(folded.split())


# What a message that only says where to ship from holds beside the warehouse: the verb,
# the cart named by a pronoun, politeness ("despáchalo desde Lima", "ship it out of Houston",
# "mejor que salga todo de Santiago porfa", "can you send them from HOU instead?").
_SOURCE_WORDS = re.compile(
    r"\b(?:despach\w*|envi\w*|mand\w*|ship\w*|send\w*|sal(?:ga|gan|e|en|dr\w+)|dispatch\w*|"
    r"it|them|em|all|everything|the|order|whole|lot|el|la|lo|los|las|le|les|me|nos|se|pedido|"
    r"todo|toda|todos|eso|esos|please|pls|plz|porfa|por favor|mejor|better|rather|instead|"
    r"prefer\w*|en vez|ok|okay|ya|si|yes|and|y|can|could|would|you|u|we|i|id|wed|like|"
    r"puede\w*|podri\w+|que|then|entonces|pues|out|over|al final|finally|actually|would|"
    r"quisiera|quiero|queremos|necesito|need|want|if possible|si se puede|gracias|thanks|thx)\b"
    r"|[?¿!.,;:]"
)


def source_asked(turn: Turn, text: str) -> str | None:
    """The warehouse a message asks the cart to ship from when that is all it says
    ("despáchalo desde Lima", "ship it out of Houston"); None when it says something else."""
    folded = fold(text)
    found = source_in(turn, folded)
    if found is None:
        return None
    code, rest = found
    return code if not _SOURCE_WORDS.sub(" ", rest).strip() else None


def source_in(turn: Turn, text: str) -> tuple[str, str] | None:
    """The one warehouse `text` asks to ship from ("from Houston", "desde Lima", "que salgan
    de SCL") and the text without it (folded); None when it names none, or several."""
    folded = fold(text)
    found = [(code, folded[: place.start()] + " " + folded[place.end() :])
             for code, place in places(turn, folded)]  # fmt: skip
    return found[0] if len(found) == 1 else None


# A warehouse said as a place: a lead word ("desde", "out of"), a few articles, its word.
_PLACE = (r"\b(?:{lead})\s+(?:(?:la|el|the|bodega|warehouse|branch|sucursal|our|your|su|de|"
          r"of)\s+){{0,3}}{word}\b")  # fmt: skip


def places(turn: Turn, folded: str, lead: str = r"de|desde|from|out of"
           ) -> Iterator[tuple[str, re.Match[str]]]:  # fmt: skip
    """Each warehouse `folded` names after one of the `lead` words ("desde Lima", "out of
    HOU"), with where: the first of its words found. One reading for the warehouse a line
    ships from (`source_in`) and the parts of a split (flows/split_ship)."""
    for code, name in _houses(turn).items():
        for word in _house_words(code, name):
            place = re.search(_PLACE.format(lead=lead, word=re.escape(word)), folded)
            if place:
                yield code, place
                break


def house_rows(
    turn: Turn, stock: Availability, asked: list[str], *, empty: bool = True
) -> list[dict[str, Any]]:
    """What each warehouse has of `stock`'s item now and what it expects (ERP.md: on hand
    less reserved and damaged), the warehouses asked about first; one that never kept the
    item only when asked about, and without `empty` one with none now nor coming neither
    (a priced line says only where its item is)."""
    houses = _houses(turn)
    names = turn.memo["house_names"]
    kept = {w.warehouse: w for w in stock.warehouses}
    rows: list[dict[str, Any]] = []
    for code in sorted(houses, key=lambda c: (c not in asked, c)):
        w = kept.get(code)
        if code not in asked and (w is None or not (empty or w.available or w.incoming)):
            continue  # a warehouse that never kept it (or has none), not asked about
        rows.append({
            "warehouse": code, "name": names[code], "asked": code in asked,
            "available": quantity_text(w.available if w else Decimal(0)),
            "incoming": quantity_text(w.incoming) if w and w.incoming else None,
            "eta": w.incoming_eta.isoformat() if w and w.incoming and w.incoming_eta else None,
        })  # fmt: skip
    return rows


def _houses(turn: Turn) -> dict[str, str]:
    """The active warehouses, code → its name and city (read once a turn)."""
    if "houses" not in turn.memo:
        found = list(turn.session.exec(select(Warehouse).where(Warehouse.active)))
        turn.memo["houses"] = {h.warehouse: f"{h.name} {h.city or ''}" for h in found}
        turn.memo["house_names"] = {h.warehouse: h.city or h.name for h in found}
    houses: dict[str, str] = turn.memo["houses"]
    return houses


# Words of a warehouse's name that name no place ("Santiago central warehouse").
_GENERIC = frozenset({"central", "warehouse", "branch", "distribution", "center", "centre",
                      "bodega", "sucursal", "almacen", "deposito"})  # fmt: skip


def _house_words(code: str, name: str) -> set[str]:
    """What names a warehouse in a message: its code and the place words of its name."""
    return {code.lower(), *(set(re.findall(r"[a-z]{4,}", fold(name))) - _GENERIC)}


def _names_house(text: str, code: str, name: str) -> bool:
    """Whether `text` names the warehouse ("in Houston", "en SCL")."""
    folded = fold(text)
    return any(re.search(rf"\b{w}\b", folded) for w in _house_words(code, name))


def _without_houses(text: str, houses: dict[str, str]) -> str:
    """`text` without the words that name a warehouse."""
    folded = fold(text)
    for code, name in houses.items():
        for word in _house_words(code, name):
            folded = re.sub(rf"\b{word}\b", " ", folded)
    return folded
