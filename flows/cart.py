"""The chat's cart: lines the buyer asked for, kept on the conversation until ordered.

A cart line is a plain dict on `conversation.data["cart"]` (any worker can take the
next message): `sku` (None for a line nothing matched: it stays, and becomes an open
line a seller completes on the quote), `qty`, `text` (what the buyer wrote), and
`assumed` when the buyer gave no quantity (shown as "1 — ¿cuántos?" until they say).
The same SKU asked twice is one line with the quantities added. Views carry unit,
unit price, line total and the cart total, priced now for this customer.

A priced line keeps its price on itself (`priced`: name, unit, unit price, line total,
currency) with the stamp it was priced under: its SKU and quantity, the customer and
price list, the language, the date and the latest ERP import (as the process's
index cache last saw it, at most MATCH_INDEX_CHECK_SECONDS old: no read per turn).
A turn re-prices only the lines whose stamp changed — the new or changed line, or
every line after an import (prices come only from the ERP) or on a new day (validity
dates) — instead of the whole cart every turn (issue #19: SQL per turn grew with the cart).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_CEILING, Decimal
from typing import Any

import sqlalchemy as sa
from flask import current_app, has_app_context
from sqlmodel import col, select

from bot.formatting import money_text, quantity_text
from bot.matching.lines import parse_line
from bot.models import ErpImport, Product
from bot.packs import in_packs, pack_facts
from bot.pricing import price_for
from flows.turn import Turn

Line = dict[str, Any]


def lines(turn: Turn) -> list[Line]:
    cart: list[Line] = turn.data.setdefault("cart", [])
    return cart


def count_asked(turn: Turn) -> int | None:
    """The position of the one line whose count is asked ("1 — ¿cuántos?"), a priced line
    before an open one (a question left as an open line, "do you guys sell to the public?",
    takes no count said later); None when several are."""
    assumed = [i for i, ln in enumerate(lines(turn), 1) if ln.get("assumed")]
    priced = [i for i in assumed if lines(turn)[i - 1]["sku"]]
    asked = priced or assumed
    return asked[-1] if len(asked) == 1 else None


def add(
    turn: Turn, sku: str | None, quantity: Decimal, text: str, *, assumed: bool,
    pieces: Decimal | None = None,
) -> Line:
    """Put a line in the cart; the same SKU again adds to its quantity (`merged` says so).
    `pieces`: what the buyer counted when `quantity` is the whole packs they fill."""
    cart = lines(turn)
    if sku is not None:
        for line in cart:
            if line["sku"] == sku:
                line["qty"] = quantity_text(Decimal(line["qty"]) + quantity)
                line["merged"] = True
                line["assumed"] = False
                line.pop("pieces", None)  # the packs now hold more than one count said
                turn.data["last_line"] = key(line)
                _changed(turn)
                return line
    line = {"sku": sku, "qty": quantity_text(quantity), "text": text, "assumed": assumed}
    if pieces is not None:
        line["pieces"] = quantity_text(pieces)
    cart.append(line)
    turn.data["last_line"] = key(line)  # "no, eran 300" right after means this line
    _changed(turn)
    return line


def position(turn: Turn, line: Line) -> int:
    """Where `line` stands in the cart (from 1): the number "cambiar 2 a 50" names."""
    return next(at for at, kept in enumerate(lines(turn), start=1) if kept is line)


def key(line: Line) -> str:
    """What names a line while it is in the cart: its SKU, or the buyer's words."""
    return str(line["sku"] or f"text:{line['text']}")


def set_quantity(
    turn: Turn, position: int, quantity: Decimal, *, pieces: Decimal | None = None
) -> bool:
    """Line `position` now holds `quantity` (`pieces`: what the buyer counted, when the
    quantity is the whole packs they fill)."""
    cart = lines(turn)
    if not 1 <= position <= len(cart) or quantity <= 0:
        return False
    changed = {**cart[position - 1], "qty": quantity_text(quantity), "assumed": False}
    changed.pop("pieces", None)
    if pieces is not None:
        changed["pieces"] = quantity_text(pieces)
    cart[position - 1] = changed
    _changed(turn)
    return True


def remove(turn: Turn, position: int) -> bool:
    cart = lines(turn)
    if not 1 <= position <= len(cart):
        return False
    del cart[position - 1]
    _changed(turn)
    return True


def replace_sku(turn: Turn, sku: str, other: str) -> Line | None:
    """Another item (another brand) on the line of `sku`, the quantity kept; where a line
    of `other` is in the cart already, the two are that one line with the quantities
    added (as `add` does), which is returned."""
    cart = lines(turn)
    held = next((line for line in cart if line["sku"] == other), None)
    for line in cart:
        if line["sku"] == sku:
            if held is not None:
                cart.remove(line)
                held["qty"] = quantity_text(Decimal(held["qty"]) + Decimal(line["qty"]))
                held["assumed"] = held.get("assumed", False) and line.get("assumed", False)
                held.pop("pieces", None)
            else:
                line["sku"] = other
            _changed(turn)
            return held
    return None


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
        price = line_price(turn, line)
        total += Decimal(price["line_total"])
        currency = price["currency"]
        shown.append({
            "position": position, "sku": line["sku"], "name": price["name"],
            "qty": line["qty"], "uom": price["uom"], "assumed": line.get("assumed", False),
            "unit_price": money_text(Decimal(price["unit_price"])),
            "line_total": money_text(Decimal(price["line_total"])),
            "pack": packed(turn, line),
        })  # fmt: skip
    return {"lines": shown, "cart_lines": len(shown), "cart_total": money_text(total),
            "currency": currency}  # fmt: skip


def in_packs_said(
    turn: Turn, line: Line, quantity: Decimal, said: str
) -> tuple[Decimal, Decimal | None]:
    """A count the buyer said for a cart line (`said`: their words, for the unit), as the
    line's packs when they counted its pieces ("las amarras que sean 500": 5 bags of 100),
    with the pieces asked; else as said (bot/packs.py)."""
    if not line.get("sku"):
        return quantity, None
    product = product_of(turn, line["sku"])
    packs = in_packs(quantity, parse_line(said).uom, product.uom, product.pack_qty)
    return (quantity, None) if packs is None else (packs, quantity)


def packs_or_pieces(
    turn: Turn, sku: str, count: Decimal, text: str, asked: str,
    choices: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    """ "¿12 bolsas de 100 o 12 unidades?": the two readings of a bare count under one pack
    as options, each priced (the pieces in the whole packs they fill); numbered after the
    options already open, answered like them ("1", "2", "las bolsas", "unidades")."""
    product = product_of(turn, sku)
    size = Decimal(product.pack_qty or 1)
    name = name_of(turn, product)
    question: dict[str, Any] = {"kind": "packs", "text": text, "qty": quantity_text(count),
                                "candidates": [], "id": asked}  # fmt: skip
    for reading, packs in (("packs", count), ("pieces", (count / size).to_integral_value(
            rounding=ROUND_CEILING))):  # fmt: skip
        number = str(max(map(int, choices), default=0) + 1)
        pieces = count if reading == "pieces" else None
        choices[number] = {"sku": product.sku, "qty": quantity_text(packs), "text": text,
                           "pieces": quantity_text(pieces) if pieces else None,
                           "reading": reading}  # fmt: skip
        price = price_for(turn.session, turn.customer, product, packs, turn.now.date())
        facts = pack_facts(packs, product.uom, product.pack_qty, [product.name, text], pieces)
        question["candidates"].append({
            "number": number, "sku": product.sku, "name": name, "reading": reading,
            "tap": f"{product.sku}~{reading}", "pack": facts, "count": quantity_text(count),
            "unit_price": money_text(price.unit_price), "currency": price.currency,
            "line_total": money_text(price.line_total),
        })  # fmt: skip
    return question


def packed(turn: Turn, line: Line) -> dict[str, Any] | None:
    """What a line sold by the pack holds, and the pieces asked (bot/packs.py); None for
    an item sold otherwise."""
    product = product_of(turn, line["sku"])
    asked = line.get("pieces")
    return pack_facts(Decimal(line["qty"]), product.uom, product.pack_qty,
                      [product.name, product.description],
                      Decimal(asked) if asked is not None else None)  # fmt: skip


def line_price(turn: Turn, line: Line) -> dict[str, str]:
    """The line's price for this customer today: kept on the line while its stamp holds."""
    stamp = _stamp(turn, line)
    kept = line.get("priced")
    if isinstance(kept, dict) and kept.get("stamp") == stamp:
        return kept
    product = product_of(turn, line["sku"])
    price = price_for(turn.session, turn.customer, product, Decimal(line["qty"]),
                      turn.now.date())  # fmt: skip
    line["priced"] = {
        "stamp": stamp, "name": name_of(turn, product), "uom": product.uom,
        "unit_price": str(price.unit_price), "line_total": str(price.line_total),
        "currency": price.currency,
    }  # fmt: skip
    return line["priced"]


def unit_price(turn: Turn, sku: str, quantity: Decimal) -> Decimal:
    """What one unit of `sku` costs this customer today at `quantity` (options compared)."""
    product = product_of(turn, sku)
    return price_for(turn.session, turn.customer, product, quantity, turn.now.date()).unit_price


def _stamp(turn: Turn, line: Line) -> str:
    """What a line's price depends on besides the ERP's tables: those change only by an
    import, so the latest import's id stands for them."""
    if "import" not in turn.memo:  # once per turn, if the index cache has not read it
        latest = turn.services.latest_import
        if latest is None:
            latest = turn.session.exec(select(sa.func.max(ErpImport.id))).one()
        turn.memo["import"] = latest or 0
    customer = turn.customer
    return "|".join([
        line["sku"], line["qty"], customer.customer_id if customer else "",
        (customer.price_list or "") if customer else "", turn.language,
        turn.services.description_language, turn.now.date().isoformat(),
        str(turn.memo["import"]),
    ])  # fmt: skip


def product_of(turn: Turn, sku: str) -> Product:
    """A product the matcher or the cart named (products are deactivated, never deleted).

    Kept on the turn once read: the session's identity map holds unchanged objects only
    weakly, so a product read ahead and dropped was read again on each use."""
    known: dict[str, Product] = turn.memo.setdefault("products", {})
    product = known.get(sku)
    if product is None:
        shared = _shared(turn)
        product = shared.get(sku) if shared is not None else None
        if product is None:
            product = turn.session.get(Product, sku)
            if product is None:
                raise LookupError(f"no product {sku}")
            _share(shared, [product])
        known[sku] = product
    return product


def product_or_none(turn: Turn, sku: str) -> Product | None:
    """`product_of`, None for a SKU no product has (a substitute the ERP names)."""
    try:
        return product_of(turn, sku)
    except LookupError:
        return None


def read_ahead(turn: Turn, skus: list[str | None]) -> None:
    """Load the products `skus` name in one read: `product_of` then finds them loaded."""
    known: dict[str, Product] = turn.memo.setdefault("products", {})
    wanted = [sku for sku in dict.fromkeys(skus) if sku and sku not in known]
    if wanted:
        keep(turn, products(turn, wanted))


def products(turn: Turn, skus: list[str]) -> list[Product]:
    """The products `skus` name: those this process read since the latest import as
    they were, the rest in one read of a statement built once (issue #19)."""
    shared = _shared(turn)
    if shared is None:
        return list(turn.session.scalars(_PRODUCTS, {"skus": skus}).all())
    found = {sku: shared[sku] for sku in skus if sku in shared}
    missing = [sku for sku in skus if sku not in found]
    if missing:
        read = list(turn.session.scalars(_PRODUCTS, {"skus": missing}).all())
        _share(shared, read)
        found.update((product.sku, product) for product in read)
    return [found[sku] for sku in dict.fromkeys(skus) if sku in found]


_PRODUCTS = select(Product).where(col(Product.sku).in_(sa.bindparam("skus", expanding=True)))
# Products change only by an ERP import: a process keeps those its turns read, as of the
# latest import the turn was stamped with (`Services.latest_import`, the same stamp the
# cart's prices hold by), and reads a product again after the next import. At most
# SHARED_MAX of them; copies outside any session, so a turn's rollback expires nothing.
SHARED = "mostrador.products"
SHARED_MAX = 5000


def _shared(turn: Turn) -> dict[str, Product] | None:
    latest = turn.services.latest_import
    if latest is None or not has_app_context():
        return None
    extensions = current_app.extensions
    held = extensions.get(SHARED)
    if held is None or held[0] != latest or len(held[1]) > SHARED_MAX:
        held = extensions[SHARED] = (latest, {})
    shared: dict[str, Product] = held[1]
    return shared


def _share(shared: dict[str, Product] | None, read: Iterable[Product]) -> None:
    if shared is not None:
        shared.update((product.sku, Product(**product.model_dump())) for product in read)


def keep(turn: Turn, products: Iterable[Product]) -> None:
    """Products read in bulk, kept for `product_of` for the rest of the turn."""
    known: dict[str, Product] = turn.memo.setdefault("products", {})
    known.update((product.sku, product) for product in products)


def name_of(turn: Turn, product: Product) -> str:
    """The item's name in the buyer's language: the ERP description when it is written
    in that language (DESCRIPTION_LANGUAGE, default es), else the catalog name."""
    if product.description and turn.language == turn.services.description_language:
        return product.description
    return product.name


def _changed(turn: Turn) -> None:
    """A changed cart makes a pending order confirmation stale: it must be asked again."""
    turn.data.pop("confirm", None)
