"""An item's arrival asked ("cuándo les llegan los koyo 6310", "oigan cuándo les llegan los
lentes ámbar? ocupo 20", "when do you get the 6310s back in"): what there is of it now and
when more comes in (ERP.md: incoming with its ETA), never the buyer's order status. A count
said beside the ask ("ocupo 20", "I'd need 10 of them", "need 250 m") is that item's line,
priced as any (`needed_line`): the one item asked is taken, never offered as a choice."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from bot.availability import availability_for
from bot.formatting import quantity_text
from bot.intents import Intent, IntentName
from bot.item_words import names_item
from bot.statuses import LineDecision
from flows import cart
from flows.turn import Turn

# When an item comes in, asked: "cuándo les llegan los koyo 6310", "¿cuándo vuelven a tener
# correas b60?", "when do you get the 6310s back in", "when will the 6310 be back in stock",
# Jamaica's and West Africa's "when the yellow THHN 12 reach?".
ARRIVAL = re.compile(
    r"\b(?:cu[aá]ndo|when)\b.{0,60}?\b(?:llega\w*|vuelve\w*|repone\w*|arriv\w*|reach\w*|come\w* in|"
    r"coming (?:in|back)|due (?:in|back)|"
    r"get (?:\w+ ){0,4}(?:in|back)|back in stock|restock\w*|in stock|en stock|tendr[aá]n|"
    r"van a tener)\b",
    re.IGNORECASE,
)

# What the buyer already ordered: "que les pedimos", "que pedí", "del pedido", "we ordered",
# "on our order", "from our PO".
ORDERED = re.compile(
    r"\b(?:que|los que|las que|lo que)\s+(?:les?\s+|te\s+|os\s+)?(?:ped[ií]\w*|compr[aé]\w*|"
    r"encarg\w*|orden[aé]\w*)|\b(?:del|de nuestro|de mi|nuestro|mi)\s+(?:pedido|orden|oc)\b|"
    r"\b(?:we|i|we've|i've|we have|i have)\s+(?:already\s+)?(?:ordered|bought|purchased)\b|"
    r"\b(?:on|from|in)\s+(?:our|my|the)\s+(?:order|po|purchase order)\b",
    re.IGNORECASE,
)

# The asking words around the item ("dime cuándo les llegan los … que no tenían", "when do
# you get the … back in?"): taken off before the item is read.
_WORDS = re.compile(
    r"[¿?¡!]|\b(?:dime|d[ií]game|d[ií]ganme|y|cu[aá]ndo|when|do|does|will|would|you|u|ya|guys|"
    r"get|gets|les|nos|le|me|llega\w*|vuelve\w*|tener|repone\w*|arriv\w*|reach\w*|come\w*|in|back|"
    r"stock|restock\w*|tendr[aá]n|van|a|be|more|due|coming|are|is)\b",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s+(?:que|which|that)\s+(?:no|you|ya|were|are|se)\b.*$", re.I)


def arriving(turn: Turn, part: str) -> dict[str, Any] | None:
    """The item asked after `ARRIVAL`'s words, when one product is it: what there is of it
    now and when more arrives (ERP.md: incoming with its ETA), for the `arrival` reply; the
    cart is left as it is. None when no single product is named."""
    memo: dict[str, Any] = turn.memo.setdefault("arriving", {})
    if part in memo:
        return memo[part]
    sku, having = _asked(turn, part)
    if sku is None and len(having) == 1:
        sku = having[0]  # "los rodamientos 6310 koyo": the one item with that designation
    found = _arrival_of(turn, sku) if sku else None
    memo[part] = found
    return found


def _asked(turn: Turn, part: str) -> tuple[str | None, list[str]]:
    """The product the words asked settle on, and the options offered that carry every
    designation said ("6309": each brand's 6309)."""
    item = _WORDS.sub(" ", _AFTER.sub("", part))
    result = turn.match(" ".join(item.split()))
    sku = result.sku if result.decision == LineDecision.AUTO.value else None
    figures = re.findall(r"\d{3,}", item)
    having = [c.sku for c in result.candidates if figures and all(f in c.name for f in figures)]
    return sku, having


def _arrival_of(turn: Turn, sku: str) -> dict[str, Any]:
    product = cart.product_of(turn, sku)
    stock = availability_for(turn.session, product, Decimal(1), turn.customer, turn.now)
    return {"sku": product.sku, "name": cart.name_of(turn, product), "uom": product.uom,
            "available": quantity_text(stock.available_now),
            "incoming": quantity_text(stock.incoming) if stock.incoming else None,
            "eta": stock.incoming_eta.isoformat() if stock.incoming_eta else None}


def by_designation(turn: Turn, part: str, number: str) -> list[dict[str, Any]]:
    """When each product of a designation said bare arrives ("cuándo llega el 6309?": each
    brand's 6309), read as an ERP document's number by the intents: [] when `part` asks no
    arrival or the catalog has no product of that designation."""
    if not ARRIVAL.search(part) or ORDERED.search(part):
        return []
    sku, having = _asked(turn, part)
    skus = [sku] if sku else having
    return [_arrival_of(turn, s) for s in skus[:5] if number in cart.product_of(turn, s).name]


# The count the buyer needs of the item asked, said alone beside the ask ("ocupo 20",
# "necesitamos unos 20", "I need 20", "I'd need 10 of them", "need 250 m"): that item's
# line, priced for it (`needed_line`), its arrival told as asked.
NEED_ALONE = re.compile(
    r"^\W*(?:y\s+|and\s+)?(?:yo\s+|i\s+|we\s+|i(?=')|we(?='))?(?:ocupo|ocupamos|necesito|"
    r"necesitamos|requiero|requerimos|need|would need|'?d need)\s+(?:unos?\s+|unas\s+|about\s+|"
    r"like\s+)?(?P<count>\d+)(?:\s*(?P<unit>m|mts?|metros|meters|kg|kilos|bags|bolsas|boxes|"
    r"cajas)\b)?(?:\s+(?:of them|de ellos|de ellas|pcs|units|unidades))?(?:\s+po)?\W*$",
    re.IGNORECASE,
)


# Where the count needed ends and other items begin: "we need 5, and 10 flap discs …".
_THEN = re.compile(r"(?:\s*,\s*|\s+)(?:(?:and|y|e|plus|m[aá]s)\s+)?(?:(?:also|tambi[eé]n)\s+)?"
                   r"(?=\d+\s*[^\W\d])", re.IGNORECASE)


def need_then_items(part: str) -> tuple[str, str] | None:
    """The count needed said alone and the items said after it in one clause ("we need 5,
    and 10 flap discs …" → "we need 5", "10 flap discs …"); None when `part` is no such."""
    for cut in _THEN.finditer(part):
        need, more = part[: cut.start()], part[cut.end() :]
        if cut.start() and more.strip() and NEED_ALONE.match(need):
            return need, more
    return None


def needed_line(turn: Turn, asked: str, need: str) -> str | None:
    """The line the count said beside an arrival ask makes of the one item asked
    ("¿cuándo llegan las válvulas …? necesito 6" → "6 VAL-…"), for the cart to price as any
    line; None when `need` is no count alone or no single item was asked."""
    said = NEED_ALONE.match(need)
    found = arriving(turn, asked)
    if said is None or found is None:
        return None
    return " ".join(filter(None, (said["count"], said["unit"], found["sku"])))


def asks_arrival(turn: Turn, part: str, said: Intent) -> bool:
    """`part` asks when one product named in it comes in: no intent, or the order status
    asked with no order named ("cuándo les llegan los lentes ámbar" reads as `estado`)."""
    if said.name is IntentName.STATUS:
        if said.order or said.reference or said.po:
            return False
    elif said.name is not None or not (re.search(r"\d", part) or names_item(part)):
        return False
    if ORDERED.search(part):  # "… que les pedimos": the order's status, not the item's
        return False
    return bool(ARRIVAL.search(part)) and arriving(turn, part) is not None
