"""A price the buyer names for a cart line, or a per cent off asked: a seller's, never the bot's.

"en la competencia me los dejan a 8 dólares, ¿me lo igualas?", "fastenal's got em at 10
cents a piece, can you match?", "¿me hacés un 30 % de descuento?": the bot never bargains
(flows/sales.price keeps the rule's price), and a price more than MAX_DISCOUNT_PCT under
the rule's needs a manager's approval (ERP.md "Approvals"). Such a request is put in the
sellers' queue with the line, the price asked and how far under it is, and the buyer is
told a seller looks at it; the cart stays as it is. A per cent off asked within the limit
("… at 10% off", "con 10% de descuento"), or a competitor's price within it ("la competencia
está a 52", 3 % under), is an override a seller may give alone (ERP.md): the queue too
(DISCOUNT_ASKED), with the rule's price stated. The contract is silent on a buyer haggling;
a buyer who names a price the bot cannot give is asking a person for it, whether as a per
cent or as a figure, so both go the same way. Asked beside the items ("quote me … 50 M10x30
bolts at 10% off"), the words are no part of an item: the items are priced as ever, then the
discount goes to a seller. A price paid before ("en julio las pagamos a 11,99") is no such
request, nor a figure at or above the rule's price, nor days to deliver ("en otro lado me los
dan en 3 días") or a per cent no discount ("50 % por adelantado").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
# A per cent off said beside the items, with its lead words: "con 10% de descuento", "at 10%
# off", "at 10% discount", "con un descuento del 10 %", "10% dcto".
_OFF_BESIDE = re.compile(
    r"[\s,;]*\b(?:(?:at|with|con|a|al|y|and|plus|pero)\s+)?(?:(?:un|a)\s+)?"
    r"(?:(?P<a>\d{1,2}(?:[.,]\d)?)\s*(?:%|por ?ciento\b|percent\b|pct\b)\s*(?:de\s+)?"
    r"(?:descuento|dcto|dto|desc|rebaja|discount|off)\b"
    r"|(?:descuento|dcto|rebaja|discount)\s+(?:del?|of)\s+(?P<b>\d{1,2}(?:[.,]\d)?)\s*"
    r"(?:%|por ?ciento\b|percent\b))",
    re.I,
)


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
    lines: int = 1  # the cart lines a per cent is asked on ("10 % off" a quote of two)


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
    """The cart line a price or discount named in this message is for, when it is a per
    cent off or a price under the rule's; None otherwise."""
    text = fold(turn.text)
    percent = _PERCENT.search(turn.text) if _DISCOUNT.search(text) else None
    asked = None if percent else _figure(text) if _OFFERED.search(text) else None
    if percent is None and asked is None:
        return None
    return _best(turn, asked, Decimal(percent[1].replace(",", ".")) if percent else None)


def _best(turn: Turn, asked: Decimal | None, percent: Decimal | None,
          skus: list[str] | None = None) -> Named | None:  # fmt: skip
    """The cart line (of `skus`, when given) a price or per cent asked is for."""
    best: Named | None = None
    lines = 0
    for position, line in enumerate(cart.lines(turn), start=1):
        if not line.get("sku") or (skus is not None and line["sku"] not in skus):
            continue
        priced = cart.line_price(turn, line)
        price = Decimal(priced["unit_price"])
        if price <= 0:
            continue
        lines += 1
        if asked is None:
            off = percent or Decimal(0)
        elif 0 < asked < price:
            off = (price - asked) / price * 100
        else:
            continue
        candidate = Named(position, line["sku"], priced["name"], price, asked,
                          off.quantize(Decimal(1)), priced["currency"])  # fmt: skip
        if best is None or candidate.off < best.off:  # the line the figure sits nearest
            best = candidate
    if best is None:
        return None
    return replace(best, lines=lines if asked is None else 1)


def off_beside(turn: Turn, text: str) -> str:
    """`text` without a per cent off asked beside its items ("… 50 M10x30 zinc bolts din 933
    at 10% off" → "… din 933"); the per cent is kept for `asked_beside`."""
    found = _OFF_BESIDE.search(text)
    if found is None:
        return text
    percent = Decimal((found["a"] or found["b"]).replace(",", "."))
    rest = text[: found.start()] + " " + text[found.end() :]
    if percent <= 0 or not re.search(r"\d", rest):
        return text  # "¿me haces un 10 % de descuento?" alone: the cart's (`named`)
    turn.memo["off_beside"] = percent
    return rest


def asked_beside(turn: Turn, priced: list[str]) -> str | None:
    """The per cent off asked beside the items just `priced`, handed to a seller; None when
    none was asked or nothing was priced."""
    percent = turn.memo.pop("off_beside", None)
    if percent is None or not priced:
        return None
    asked = _best(turn, None, percent, priced)
    return hand_over(turn, asked) if asked is not None else None


def hand_over(turn: Turn, asked: Named) -> str:
    """Tell the buyer a seller looks at the price asked; the chat waits in the queue, past
    the limit for a manager's approval, within it for a seller's own override."""
    limit = turn.services.rules.max_discount_pct
    figure = money_text(asked.asked) if asked.asked is not None else None
    turn.say("price_to_seller", name=asked.name, currency=asked.currency, asked=figure,
             price=money_text(asked.price), off=asked.off, lines=asked.lines,
             beyond=asked.off > limit)  # fmt: skip
    said = f"at {figure}" if figure else f"{asked.off} % off"
    on = f" and {asked.lines - 1} more line(s)" if asked.lines > 1 else ""
    turn.detail = (f"{asked.sku}{on} {said} (rule {money_text(asked.price)}, {asked.off} % "
                   f"under, max {limit} %)")  # fmt: skip
    return turn.escalate(QueueReason.DISCOUNT_BEYOND_LIMIT if asked.off > limit
                         else QueueReason.DISCOUNT_ASKED)  # fmt: skip
