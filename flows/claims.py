"""An after-sale claim is a seller's (issue #14): a warranty, a return, a wrong item or a
damaged one delivered.

"los rodamientos que nos llegaron con la guía GD-55007 vienen malos … quiero hacer efectiva
la garantía", "we need to return 10 of the flap discs from our last order … How do we do an
RMA?", "en el pedido SO-80004 nos mandaron correas A68 y nosotros pedimos A86", "SO-80005 came
in with the wrong bearings". Read as items such a message became an open cart line (a quote
for the very thing being returned), or an order's status; the claim was nobody's. Now the
buyer is told a seller takes it (no order, no cart line); the chat waits in the sellers'
queue with what the claim is, the order it names and the buyer's words.

A message is a claim when it says what the claim is (a warranty, a return or RMA, a wrong or
damaged item) about something already delivered: "nos llegaron", "came in", "from our last
order", an order or delivery document named. A question about a warranty before buying
("¿qué garantía tienen los SKF?") names nothing delivered: it is read as ever.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.handoff import QueueReason
from bot.intents import ORDER_NUMBER, REFERENCE
from bot.order_tracking import find_order
from flows.turn import Turn


class Claim(StrEnum):
    WARRANTY = "warranty"
    RETURN = "return"
    WRONG = "wrong"  # an item other than the one ordered
    DAMAGED = "damaged"


# What was ordered and whether it came, asked ("pedimos 20 correas, ¿ya llegaron?", "we
# ordered 10 bearings, have they been received yet?"), is no wrong item: the arrival verb
# after "ya", "no", "cuándo" or before "?" or "yet" asks, it does not contrast.
_NOT_ASKED = r"(?<!\bya )(?<!\bno )(?<!cuando )(?<!cuándo )"
_NOT_YET = r"(?![^\S\n]*(?:\?|yet\b|todav[ií]a\b|a[uú]n\b))"
# What is named "return" and bought: "2 return filters", "a non-return valve".
_RETURN_PARTS = r"filters?|springs?|valves?|lines?|hoses?|pumps?|rollers?|idlers?|pipes?|ducts?"
# What the claim is, in the order a message with several is read ("the wrong grit … return"
# is a return; "vienen malos … la garantía" a warranty).
_KINDS = (
    (Claim.WARRANTY, re.compile(r"\b(?:garant[ií]as?|warranty|guarantee)\b", re.I)),
    (Claim.RETURN, re.compile(
        r"\b(?:devol(?:ver|verlas?|verlos?|vemos|vamos|ución|ucion|uciones)|devuelv\w+|rma|"
        r"(?<!non )(?<!non-)returns?(?!\s+(?:" + _RETURN_PARTS + r"))|returning|"
        r"send (?:it |them |these |those )?back)\b", re.I)),
    (Claim.WRONG, re.compile(
        r"\b(?:equivocad[oa]s?|incorrect[oa]s?|err[oó]ne[oa]s?|wrong|not what (?:we|i) ordered|"
        r"no (?:es|son|era|eran) (?:lo|el|la|los|las) que ped\w+)\b"
        r"|\bpedimos\b.{1,60}" + _NOT_ASKED
        + r"\b(?:mandaron|enviaron|despacharon|lleg\w+|vin\w+)\b" + _NOT_YET +
        r"|\b(?:mandaron|enviaron|despacharon|lleg\w+)\b.{1,60}\bpedimos\b"
        r"|\b(?:we|i) ordered\b.{1,60}\b(?:got|received|came|sent)\b" + _NOT_YET +
        r"|\b(?:got|received|sent us|shipped us)\b.{1,60}\b(?:we|i) ordered\b", re.I)),
    (Claim.DAMAGED, re.compile(
        r"\b(?:da[nñ]ad[oa]s?|defectuos[oa]s?|fallad[oa]s?|malos|malas|rot[oa]s|quebrad[oa]s?|"
        r"oxidad[oa]s?|hacen ruido|hace ruido|ruidos[oa]s?|no funciona\w*|"
        r"damaged|defective|faulty|broken|rusted|rusty|cracked|noisy|dead on arrival|"
        r"(?:doesn'?t|don'?t|does not|do not) work)\b", re.I)),
)
# Something already delivered: it came, was sent, or an order of before is named; a "guía"
# with its number is the delivery document ("con la guía GD-55007"), a "guía lineal" an item.
_DELIVERED = re.compile(
    r"\b(?:lleg(?:ó|o|aron|ado|aron)|nos (?:mandaron|enviaron|despacharon|entregaron)|"
    r"vin(?:o|ieron)|recibimos|recibi|recibido|entregad[oa]s?|"
    r"(?:del|en el|de nuestro|de mi)\s+(?:[uú]ltimo\s+)?pedido|de la (?:[uú]ltima )?compra|"
    r"(?:la|con la) gu[ií]a(?:\s+de\s+(?:despacho|remisi[oó]n))?\s+"
    r"(?:n[°º.o]*\s*)?[a-z]{0,3}[- ]?\d+|"
    r"came(?: in)?|arrived|received|delivered|you sent|sent us|shipped us|"
    r"(?:from|in|on|of) (?:our|my|the|that) (?:\w+ )?(?:order|delivery|shipment))\b",
    re.I,
)

# Replacements bought for what broke or failed ("need 10 bearings to replace the broken ones",
# "necesito 6 correas para reemplazar las rotas"): a purchase, the items read as ever. Asking
# us to replace them ("can you replace the broken ones?") is still a claim.
_BUYING_REPLACEMENTS = re.compile(
    r"\b(?:need|needs|require|quote|price|necesit\w*|requerimos|cotiz\w*|precio)\b.{0,80}"
    r"\b(?:to replace|replacements? for|para (?:reemplazar|reponer|cambiar))\b",
    re.I,
)

# A quote came or was sent, not goods: "the quote you sent has the wrong brand" corrects it.
_QUOTE = re.compile(r"\b(?:quote|quotation|cotizaci[oó]n|cotizacion|presupuesto|proforma)\b", re.I)


def claimed(turn: Turn) -> tuple[Claim, str | None] | None:
    """The claim this message makes about something delivered, and the customer's order it
    names (its number, the ERP's, its delivery document); None when it makes none."""
    text = turn.text
    kinds = [kind for kind, said in _KINDS if said.search(text)]
    if not kinds or _BUYING_REPLACEMENTS.search(text):
        return None
    order = _order_named(turn)
    if order is None and (not _DELIVERED.search(text) or _QUOTE.search(text)):
        return None  # "sorry, wrong code: FAS-10023", "your quote came with the wrong brand"
    return kinds[0], order


def hand_over(turn: Turn, claim: Claim, order: str | None) -> str:
    """Tell the buyer a seller takes the claim (no order, no cart line); queue the chat
    with what it is, the order it names and the buyer's words."""
    turn.say("claim", claim=claim.value, order=order)
    turn.detail = f"{claim.value}{f' {order}' if order else ''}: {turn.text}"[:500]
    return turn.escalate(QueueReason.AFTER_SALE_CLAIM)


def _order_named(turn: Turn) -> str | None:
    """The customer's order the message names (its number, the ERP's, its delivery document)."""
    if turn.customer is None:
        return None
    said = [m[0] for m in ORDER_NUMBER.finditer(turn.text)]
    said += [re.sub(r"[- ]?(\d)", r"-\1", d[1], count=1) for d in REFERENCE.finditer(turn.text)]
    for number in said:
        found = find_order(turn.session, turn.customer.customer_id, number)
        if found is not None:
            return found.number
    return None
