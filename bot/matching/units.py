"""A line's count in the unit of the item it settles on.

Boxes, pairs, reels, pounds and kilos, pieces of what is sold by the pack: the buyer counts in
their unit, the quote and the ERP in the item's, so the count is converted only once the item
is known (bot/packs.py for packs).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bot.matching.index import CatalogIndex, Entry, part_key
from bot.matching.lines import REEL, RequestLine
from bot.matching.result import MatchResult
from bot.matching.text import fold
from bot.packs import PACK_UNITS, in_packs

COUNT_UNITS = {"EA", "PR", "PAIR", "PAR", "UN", "PZA", "SET", "KIT", "PCS", "UND", "JGO"}


# How catalogs name a box when the box is what they sell (bot/packs.py), and a case (`CS`)
BOX_UNITS = PACK_UNITS | {"CS", "CASE"}


# The pieces in one box of an item sold by the box, as its name says ("…, BX/100", "CS/25")
PIECES_IN_BOX = re.compile(r"\b(?:bx|box|cs|case|cj|caja|pk|pack)\s*/\s*(\d{1,5})\b", re.IGNORECASE)


SET_UNITS = {"SET", "KIT", "JGO", "JG", "JUEGO"}  # a set sold as one (catalog 12's `JGO`)


# How catalogs name a pair when the pair is what they sell (gloves, boots): `PR`, `PAR`.
PAIR_UNITS = {"PAIR", "PR", "PAR", "PARES"}


# Units of what is sold by the roll and counted by the piece ("cinta aislante (10 und)": ten rolls)
ROLL_UNITS = {"ROL", "RL", "ROLLO", "ROLLOS", "ROLL"}


LENGTH_UNITS = {"M", "FT"}


SOLD_BY_LENGTH = {"M", "MT", "MTS", "MTR", "FT"}  # an item's unit when it is sold by length


# a weight as the ERP spells its unit (Odoo's "lb", "Libras"; P21's "LB")
WEIGHT_UNITS = {"LB": {"LB", "LBS", "LIBRA", "LIBRAS"}, "KG": {"KG", "KGS", "KILO", "KILOS"}}


MEASURED = LENGTH_UNITS | {"LB"}  # read again as a size when what fits is sold by the piece


# A liquid asked by the litre or the gallon, and the units of what is sold so
VOLUME = {"L", "GAL"}


VOLUME_UNITS = {"L", "LT", "LTS", "LTR", "LITRO", "LITROS", "GAL", "GL", "GALON", "GALONES"}


# Units of what is weighed or measured out of a reel, a spool or a drum (wire, cable, rope)
MEASURED_UNITS = {"KG", "KGS", "LB", "LBS", "M", "MT", "MTS", "FT"}


POUNDS, KILOS = WEIGHT_UNITS["LB"], WEIGHT_UNITS["KG"]


LB_IN_KG = Decimal("0.45359237")


def in_units(index: CatalogIndex, result: MatchResult) -> MatchResult:
    """`result` with its count in the unit of the item it settled on, or that every option
    shares (see below)."""
    if result.decision == "auto" and result.sku:
        entry = index.entries[index.by_sku[part_key(result.sku)]]
        return replace(result, line=in_item_units(result.line, entry))
    if result.candidates:  # whichever option is picked, the quantity is the same: known
        entries = [index.entries[index.by_sku[part_key(c.sku)]] for c in result.candidates]
        lines = [in_item_units(result.line, e) for e in entries]
        if len({line.quantity for line in lines}) == 1:
            return replace(result, line=lines[0])
    return result


def poured(index: CatalogIndex, result: MatchResult) -> bool:
    """Whether what `result` offers is sold by volume (litres, gallons)."""
    skus = [result.sku] if result.sku else [c.sku for c in result.candidates]
    return any(index.entries[index.by_sku[part_key(sku)]].uom.upper() in VOLUME_UNITS
               for sku in skus)  # fmt: skip


def offered(index: CatalogIndex, result: MatchResult) -> list[Entry]:
    """The item `result` settled on, or every option it offers."""
    skus = [result.sku] if result.decision == "auto" and result.sku else [
        c.sku for c in result.candidates]  # fmt: skip
    return [index.entries[index.by_sku[part_key(sku)]] for sku in skus]


def sold_by_the_piece(index: CatalogIndex, result: MatchResult) -> bool:
    """Whether the item settled on, or every option offered, is counted, not measured."""
    uoms = {entry.uom.upper() for entry in offered(index, result)}
    return bool(uoms) and uoms <= COUNT_UNITS | BOX_UNITS


# A volume in an item's name, its size: "44 GAL", "20GPM", "75L"
SIZED_BY_VOLUME = re.compile(
    r"\d\s*(?:gal|gals|gl|galon|galones|gallons?|gpm|l|lt|lts|ltr|litros?|litres?|liters?)\b"
)


def sized_by_volume(index: CatalogIndex, result: MatchResult) -> bool:
    """Whether the item settled on, or every option offered, is sized by a volume its name
    says ("TANQUE PRESION 44 GAL", "BBA SUMERG 4 1HP 20GPM"): only then is a line's volume
    a size. A cutting disc is no "20 litros de aceite de corte", though both say "corte"."""
    entries = offered(index, result)
    return bool(entries) and all(SIZED_BY_VOLUME.search(fold(e.name)) for e in entries)


def in_item_units(line: RequestLine, entry: Entry) -> RequestLine:
    """The quantity in the item's own unit: boxes × pack, pairs of single items, 1.000 = 1000."""
    quantity, uom = line.quantity, line.uom
    item_uom = entry.uom.upper()
    if line.regrouped is not None and (item_uom in COUNT_UNITS | BOX_UNITS or uom == "EA"):
        quantity = line.regrouped  # "1.500 amarras": a pack is never fractional either
    if line.lengths and uom == "EA" and item_uom in SOLD_BY_LENGTH and entry.pack_qty > 1:
        # "3 tramos de cadena" sold by the metre in 3 m lengths: 9 m, as the seller enters it
        return replace(line, quantity=quantity * entry.pack_qty, uom=item_uom)
    packs = in_packs(quantity, uom, item_uom, entry.pack_qty)
    if packs is not None:  # "300 amarras" of a bag of 100: 3 bags (bot/packs.py)
        return replace(line, quantity=packs, uom=item_uom, pieces=quantity)
    if uom == "BOX" and item_uom in BOX_UNITS:  # "3 cajas" of screws sold by the CJ: 3 CJ
        uom = item_uom
    elif uom == "BOX" and (line.pack or entry.pack_qty > 1):
        # "x 5 cajas x 25" of discs sold by the piece: 125, the box as the buyer counted it
        quantity, uom = quantity * (line.pack or entry.pack_qty), item_uom
    elif uom == "EA" and item_uom in BOX_UNITS and _pieces_in_box(entry) > 1:
        # "200 pcs" of screws sold by the box of 100 (BX/100): two boxes, as a seller enters it
        pieces = _pieces_in_box(entry)
        if quantity % pieces == 0:  # the buyer is told the pieces, as bot/packs.py does
            return replace(line, quantity=quantity // pieces, uom=item_uom, pieces=quantity)
    elif uom == "PAIR" and item_uom not in PAIR_UNITS:
        quantity, uom = quantity * 2, item_uom
    elif uom == "SET" or (uom == "EA" and item_uom in ROLL_UNITS):
        # "3 juegos" of a set sold by the JGO (or by the piece): three of it; "10 und" of tape
        # sold by the roll: 10 ROL
        uom = item_uom
    elif uom == "EA" and item_uom in SET_UNITS:  # "1 off tap set", "2 un juego de machos":
        uom = item_uom  # each is one set, never one of its pieces
    elif (uom in WEIGHT_UNITS and item_uom in WEIGHT_UNITS[uom]) or (
            uom in VOLUME and item_uom in VOLUME_UNITS):  # fmt: skip
        uom = entry.uom  # "33 libras" of what is sold by the lb, "20 litros" by the LT
    elif uom == REEL and line.pack and item_uom in MEASURED_UNITS:
        # "3 rollos de 100 de cable thhn" sold by the metre: 300 m, the roll as the buyer said it
        quantity, uom = quantity * line.pack, item_uom
    elif uom == REEL and item_uom in MEASURED_UNITS and entry.pack_qty > 1:
        # "3 carretes de alambre MIG": three of its 33 lb reels, 99 lb (never 3 lb)
        quantity, uom = quantity * entry.pack_qty, item_uom
    elif uom == REEL:  # "4 spools" of wire sold by the spool: four of it
        uom = None
    elif uom in POUNDS and item_uom in KILOS:  # "20 lb" of what is sold by the kg: 9.07 kg
        quantity, uom = (quantity * LB_IN_KG).quantize(Decimal("0.01")), item_uom
    elif uom in KILOS and item_uom in POUNDS:  # "5 kg" of what is sold by the lb: 11.02 lb
        quantity, uom = (quantity / LB_IN_KG).quantize(Decimal("0.01")), item_uom
    if (quantity, uom) == (line.quantity, line.uom):
        return line
    return replace(line, quantity=quantity, uom=uom)


def _pieces_in_box(entry: Entry) -> int:
    """How many pieces a box of an item sold by the box holds, by its name (0: unsaid)."""
    m = PIECES_IN_BOX.search(entry.name)
    return int(m[1]) if m else 0
