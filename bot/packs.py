"""Items sold by the pack, asked for by the piece (issue #14).

The ERP counts an item in its own unit (ERP.md: `uom`, with `pack_qty` pieces in one):
zip ties sold by the bag of 100 are ordered, priced, reserved and exported in bags. A
buyer counts what they will use, "300 amarras", "1,500 zip ties", as a seller hears it:
300 ties are 3 bags. So a count of the pack's contents is turned into whole packs here,
once, and every later step (cart, quote, order, ERP export) carries packs.

When is a count the contents? When the buyer said pieces ("300 pcs", "250 unidades", "400
pares" of plugs boxed by the pair), or said no unit and asked at least one pack's worth
("300 amarras"); a bare count under a pack ("5 amarras") is packs, as the ERP counts, and
the buyer sees what that holds. Contents that do not fill whole packs round up to the next
pack (a seller never opens a bag), and the buyer is told: "250 → 3 bags of 100 (300)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_CEILING, Decimal
from typing import Any

from bot.formatting import quantity_text

# How ERPs name a unit that is a pack of pieces: a box, a bag, a pack (catalog 6 sells
# screws by the `CJ`, Business Central writes `CAJ`, others `BAG`, `BOLSA`, `PK`).
PACK_UNITS = {"BOX", "BX", "CJ", "CJA", "CAJ", "CAJA", "CX", "PAQ", "PQT", "PACK", "PK", "PKG",
              "PKT", "BAG", "BOLSA", "BLS"}  # fmt: skip
# What a buyer says when counting pieces (the matcher's own units: EA, PAIR).
PIECE_UNITS = {"EA", "PAIR"}


def sold_in_packs(uom: str | None, pack_qty: Decimal | None) -> bool:
    """Whether the ERP's unit is a pack holding several pieces."""
    return (uom or "").upper() in PACK_UNITS and (pack_qty or Decimal(1)) > 1


def in_packs(
    quantity: Decimal, said: str | None, uom: str | None, pack_qty: Decimal | None
) -> Decimal | None:
    """The whole packs `quantity` pieces fill, when the buyer counted the contents of an
    item sold by the pack (see the module's docstring); None when the count is packs."""
    if not sold_in_packs(uom, pack_qty) or quantity <= 0:
        return None
    size = Decimal(pack_qty or 1)
    if said in PIECE_UNITS or (said is None and quantity >= size):
        return (quantity / size).to_integral_value(rounding=ROUND_CEILING)
    return None


def either_way(
    quantity: Decimal, said: str | None, text: str, uom: str | None, pack_qty: Decimal | None
) -> bool:
    """Whether a bare count of an item sold by the pack may be packs or pieces: fewer
    than one pack's worth and more than one, with no unit and no pack or piece word said
    ("12 tarugos" of a bag of 100: 12 bags, or 12 plugs in one bag?). The buyer is asked,
    with both readings priced; a count said in pieces or packs is never asked."""
    if not sold_in_packs(uom, pack_qty) or said is not None or not 1 < quantity < (
            pack_qty or 1):  # fmt: skip
        return False
    return reading_named(text) is None


# The words that say which reading a count is: the pack's ("bolsas", "bags", "cajas"), or
# the pieces' ("unidades", "sueltas", "pieces", "each").
_PACK_SAID = re.compile(r"\b(?:" + "|".join(
    (r"bags?|bolsas?|bls", r"box(?:es)?|cajas?|cj|bx", r"packs?|paquetes?|paq|pkg|pk")
) + r")\b", re.I)  # fmt: skip
_PIECES_SAID = re.compile(r"\b(?:units?|unidad(?:es)?|und|uds?|pcs?|pieces?|piezas?|pzas?|"
                          r"sueltas?|sueltos?|each|ea|individual(?:es|ly)?)\b", re.I)


def reading_named(text: str) -> str | None:
    """Which reading a buyer's words name: `packs` ("las bolsas", "bags"), `pieces` ("12
    unidades", "pieces") or None (neither, or both)."""
    packs, pieces = bool(_PACK_SAID.search(text)), bool(_PIECES_SAID.search(text))
    return None if packs == pieces else "packs" if packs else "pieces"


# What the pack is called, from the ERP's own words for the item ("bag of 100", "BOLSA 100
# UN", "caja de 50"), else from its unit: the key templates word it by.
_CALLED = {"bag": r"bags?|bolsas?|bls", "box": r"box(?:es)?|cajas?|cj|bx",
           "pack": r"packs?|paquetes?|paq|pkg|pk"}  # fmt: skip
_PAIRS = re.compile(r"\b(?:pairs?|pares|par)\b", re.I)
BAG_UNITS, BOX_UNITS = {"BAG", "BOLSA", "BLS"}, {"BOX", "BX", "CJ", "CJA", "CAJ", "CAJA", "CX"}


def _kind(unit: str, said: str, size: str) -> str:
    for kind, words in _CALLED.items():  # "bag of 100", "BOLSA 100 UN", "caja x 50"
        if re.search(rf"\b(?:{words})\s*(?:of|de|x)?\s*{re.escape(size)}\b", said, re.I):
            return kind
    return "bag" if unit in BAG_UNITS else "box" if unit in BOX_UNITS else "pack"


def pack_facts(
    packs: Decimal, uom: str | None, pack_qty: Decimal | None, texts: Iterable[str | None],
    asked: Decimal | None = None,
) -> dict[str, Any] | None:
    """What a buyer is told of a line sold by the pack (None: it is not): the packs, what
    one holds, the pieces in all, the pieces asked and whether they were rounded up, and the
    pack's and the pieces' kind (`bag`, `box`, `pack`; `pieces`, `pairs`) for templates."""
    if not sold_in_packs(uom, pack_qty):
        return None
    size = Decimal(pack_qty or 1)
    said = " ".join(t for t in texts if t)
    contents = packs * size
    return {
        "packs": quantity_text(packs), "one": packs == 1, "size": quantity_text(size),
        "contents": quantity_text(contents),
        "kind": _kind((uom or "").upper(), said, quantity_text(size)),
        "pieces": "pairs" if _PAIRS.search(said) else "pieces",
        "asked": quantity_text(asked) if asked is not None else None,
        "rounded": asked is not None and asked != contents,
    }  # fmt: skip
