"""A price the buyer names for a cart line, beyond what a seller may give alone.

"en la competencia me los dejan a 8 dólares, ¿me lo igualas?", "fastenal's got em at 10
cents a piece, can you match?", "¿me hacés un 30 % de descuento?": the bot never bargains
(flows/sales.price keeps the rule's price), and a price more than MAX_DISCOUNT_PCT under
the rule's needs a manager's approval (ERP.md "Approvals"). Such a request is put in the
sellers' queue with the line, the price asked and how far under it is, and the buyer is
told a seller looks at it; the cart stays as it is. A price paid before ("en julio las
pagamos a 11,99") is no such request, nor one within the limit, nor days to deliver ("en
otro lado me los dan en 3 días") or a per cent no discount ("50 % por adelantado"): the
price answer as ever.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.formatting import money_text
from bot.handoff import QueueReason
from bot.matching.text import fold
from flows import cart
from flows.turn import Turn

# Someone else's price, or the buyer's own asked to be met ("me lo igualas a 8").
_OFFERED = re.compile(
    r"\b(?:competencia|en otro lado|en otra parte|en otros lados|otro proveedor|otros proveedores"
    r"|me (?:los|las|lo|la) (?:deja|dejan|da|dan|vende|venden) (?:a|en)"
    r"|(?:me )?(?:lo|la|los|las) (?:igualas|iguala|igualan|igualais)"
    r"|igual[ae]r?(?:me)? (?:el|ese) precio"
    r"|d[eé]j(?:a|e)?(?:me)?(?:lo|la|los|las) (?:a|en)|match|beat|competitor|competition"
    r"|(?:got|has|have|had|sells?|selling|quoted?)(?: (?:em|them|it|those|these))? (?:at|for)"
    r"|do (?:it|them|em) (?:at|for))\b",
    re.I,
)
# A unit price in the buyer's words: a currency beside a figure, or a figure after a/at/@.
_FIGURE = re.compile(
    r"(?:(?P<sign>\$|usd|us\$|u\$s)\s*(?P<a>\d+(?:[.,]\d{1,3})?)"
    r"|(?P<lead>\b(?:a|at|for|por|en)\s+|@\s*)?(?P<b>\d+(?:[.,]\d{1,3})?)(?![\d/x])"
    r"(?!\s*(?:d[ií]as?|days?|semanas?|weeks?|wks?|meses|months?|horas?|hours?|hrs?)\b)"
    r"\s*(?P<unit>cents?\b|centavos?\b|¢|d[oó]lares\b|dollars?\b|bucks\b|usd\b|pesos\b)?)",
    re.I,
)
_PERCENT = re.compile(r"(\d{1,2}(?:[.,]\d)?)\s*(?:%|por ?ciento|percent|pct)", re.I)
# A per cent is a discount only beside a word that says so ("un 30 % de descuento", "20% off");
# "50 % por adelantado", "40% of our belts" ask none.
_DISCOUNT = re.compile(r"\b(?:descuento|dcto|dto|desc|rebaja|rebajita|discount|off|menos|less)\b",
                       re.I)  # fmt: skip


@dataclass(frozen=True)
class Named:
    """A price (or a discount) named for one cart line, and how far under its rule it is."""

    position: int
    sku: str
    name: str
    price: Decimal  # the rule's unit price today
    asked: Decimal | None  # the unit price named; None when a percentage was
    off: Decimal  # per cent under the rule's price
    currency: str


def _figure(text: str) -> Decimal | None:
    """The first unit price named in `text` (cents as a fraction of one)."""
    for found in _FIGURE.finditer(text):
        figure = found["a"] or found["b"]
        if found["b"] and not (found["lead"] or found["unit"]):
            continue  # a count ("20 rodamientos"), never a price
        try:
            value = Decimal(figure.replace(",", "."))
        except InvalidOperation:
            continue
        unit = (found["unit"] or "").lower()
        return value / 100 if unit.startswith(("cent", "¢")) else value
    return None


def named(turn: Turn) -> Named | None:
    """The cart line a price or discount named in this message is for, when it is more
    than MAX_DISCOUNT_PCT under the rule's price; None otherwise."""
    text = fold(turn.text)
    percent = _PERCENT.search(turn.text) if _DISCOUNT.search(text) else None
    asked = None if percent else _figure(text) if _OFFERED.search(text) else None
    if percent is None and asked is None:
        return None
    best: Named | None = None
    for position, line in enumerate(cart.lines(turn), start=1):
        if not line.get("sku"):
            continue
        priced = cart.line_price(turn, line)
        price = Decimal(priced["unit_price"])
        if price <= 0:
            continue
        if asked is None:
            off = Decimal(percent[1].replace(",", ".")) if percent else Decimal(0)
        elif 0 < asked < price:
            off = (price - asked) / price * 100
        else:
            continue
        candidate = Named(position, line["sku"], priced["name"], price, asked,
                          off.quantize(Decimal(1)), priced["currency"])  # fmt: skip
        if best is None or candidate.off < best.off:  # the line the figure sits nearest
            best = candidate
    if best is None or best.off <= turn.services.rules.max_discount_pct:
        return None
    return best


def hand_over(turn: Turn, asked: Named) -> str:
    """Tell the buyer a seller looks at the price asked; the chat waits in the queue."""
    figure = money_text(asked.asked) if asked.asked is not None else None
    turn.say("price_to_seller", name=asked.name, currency=asked.currency, asked=figure,
             price=money_text(asked.price), off=asked.off)  # fmt: skip
    said = f"at {figure}" if figure else f"{asked.off} % off"
    turn.detail = (f"{asked.sku} {said} (rule {money_text(asked.price)}, {asked.off} % under, "
                   f"max {turn.services.rules.max_discount_pct} %)")  # fmt: skip
    return turn.escalate(QueueReason.DISCOUNT_BEYOND_LIMIT)
