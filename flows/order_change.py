"""A change asked to an order already placed is a seller's (issue #14).

"agrégale 6 correas b60 a ese mismo pedido O-…", "del pedido O-… cancela la línea de los
pernos", "scratch the belts off that order", "ship O-… out of Lima instead": the order is
in the ERP's hands (or on its way there), and only a seller changes it (SPEC: the console
cancels an order not yet in the ERP). Read as items, such a message used to open a second
cart of the lines named, or an open line of the whole sentence. Now the buyer is told a
seller makes the change and the order stays as placed meanwhile; the chat waits in the
sellers' queue with the order and the buyer's words.

A message is such a change when it names the order (its number, or "ese pedido", "al
pedido", "that order", "on the order" while this chat's last order goes ahead and the
cart is empty) and a change (add, cancel, remove, take off, ship from elsewhere, change).
The number may be the ERP's own, of an order taken another way ("Del pedido SO-80003
quiero anular una línea"), and said in a sentence before the change ("About SO-80002.
Can you remove the bearings?").
Both in one sentence: "add 2 B-SKF to my cart. when does O-… ship?" asks items for the
cart and a status. A question about the order ("¿cuándo despachan el pedido O-…?") is a
status, never this; nor is a message that names the cart, or asks the last order again
with a change ("repeat my last order but add …", "lo mismo del pedido anterior pero …"):
that is a new cart, the buyer's own. A PO said for the order ("add our PO 4500… to that
order") is noted on it, as a PO said after the order always was.
"""

from __future__ import annotations

import re

from sqlmodel import col, select

from bot.handoff import QueueReason
from bot.intents import ORDER_NUMBER, REFERENCE, IntentName, recognise
from bot.item_words import names_item
from bot.models import ErpOrderStatus, Order
from flows import cart, ordering
from flows.turn import Turn

# The order named in words (the number aside): a demonstrative, or a preposition before it.
_NAMED = re.compile(
    r"\b(?:(?:es[eo]|este|mismo|[uú]ltimo)\s+(?:mismo\s+)?pedido"
    r"|(?:al|del|en el|a(?:l)? mismo)\s+pedido(?!\s+(?:de|con|por)\b)"
    r"|(?:el|mi|nuestro)\s+pedido(?=\s*(?:$|[,.;:!?)]|\s(?:o-|por favor|porfa|pls|nom[aá]s)))"
    r"|(?:that|this|the|my|our)\s+(?:same\s+|last\s+)?order(?!\s+(?:of|for|it|them)\b)"
    r"(?=\s*(?:$|[,.;:!?)]|\s(?:o-|and|but|please|pls|plz|too|as well|instead|keep|found|we)))"
    r"|(?:to|on|onto|from|off|of|in)\s+(?:that|this|the|my|our)\s+(?:same\s+)?order\b"
    r"|that\s+(?:same\s+)?order\b)",
    re.I,
)
# A change to it: a line added or cancelled, a count changed, another warehouse.
_CHANGE = re.compile(
    r"\b(?:agr[eé]g(?:a|ue|uen|ale|ales|alo|ala|alos|alas|uele|uenle|ar|arle)"
    r"|a[nñ][aá]d(?:e|ele|elo|an|anle|ir|irle)|s[uú]m(?:a|ale|ele|en|enle|ar|arle)"
    r"|inclu(?:ye|yan|ir|irle|yele)|m[eé]t(?:e|ele|an|anle|er|erle)"
    r"|cancel(?:a|e|en|ar|ala|alo|alas|alos|emos)|anul(?:a|e|en|ar|ala|alo|alas|alos)"
    r"|qu[ií]t(?:a|ale|e|ele|en|enle|ar|arle|ales)|s[aá]c(?:a|ale|ales|ar|arle)"
    r"|s[aá]qu(?:e|en|ele|enle)|elimin(?:a|e|en|ar|ala|alo|alas|alos)"
    r"|borr(?:a|e|en|ar|ala|alo)|cambi(?:a|e|en|ar|ale|ala|alo)"
    r"|desp[aá]ch(?:a|e|en|ar|alo|ala|enlo|enla|enlos|enlas|elo)\b[^.?!]{0,40}\b(?:desde|de la|del)"
    r"|env[ií](?:a|e|en|ar|alo|enlo|elo)\b[^.?!]{0,40}\bdesde"
    r"|add|include|throw in|tack on|cancel|remove|delete|scratch|strike|drop|change|switch|swap"
    r"|take\b[^.?!]{0,40}\boff|(?:ship|send)\b[^.?!]{0,40}\b(?:from|out of))\b",
    re.I,
)

# The buyer's own cart, or the last order asked again: a new cart, never a change.
_OWN = re.compile(
    r"\b(?:cart|carrito|carro|repeat|reorder|repet\w*|rep[ií]t\w*|same (?:as|again|stuff)"
    r"|lo mismo|igual (?:que|al)|otra vez|run (?:it )?back|pedido anterior|previous order)\b",
    re.I,
)
# A sentence that only names the order the next one changes ("About SO-80002.", "Sobre el
# SO-80001.", "Re: O-2026-00001", "Del pedido SO-80003:").
_ABOUT = re.compile(
    r"\W*(?:(?:hola|hi|hello|buenas|buenos d[ií]as|about|re|regarding|concerning|on|ref|"
    r"sobre|respecto|con respecto|en cuanto|acerca|a|al|de|del|el|la|order|pedido|orden|"
    r"our|my|nuestro|mi)\b\W*)*",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def asked(turn: Turn) -> str | None:
    """The number of the order this message asks to change (this chat's, or an ERP order of
    the customer's: "About SO-80002. Can you remove the bearings?"); None when it asks no
    change of an order. The order may be named in a sentence before the change."""
    if turn.customer is None or _OWN.search(turn.text):
        return None
    said = recognise(turn.text)
    if said.name in (IntentName.STATUS, IntentName.REORDER):
        return None  # "¿cuándo despachan el pedido O-…?"; "agrégame lo mismo del pedido anterior"
    if said.po and not names_item(said.rest):
        return None  # "please add our PO 4500… to that order": noted on it (ordering.note_po)
    named: str | None = None  # the order named so far: "Sobre el SO-80001. ¿Me pueden …?"
    for sentence in _SENTENCE.split(turn.text):
        changed = _CHANGE.search(sentence)
        if changed or _ABOUT.fullmatch(REFERENCE.sub(" ", ORDER_NUMBER.sub(" ", sentence))):
            named = _named_order(turn, sentence) or named  # "About SO-80002.": that order
        if not changed:
            continue  # "SO-80004 llegó bien. Agreguen 10 …": a new cart, never that order
        if named is not None:
            return named
        if not cart.lines(turn) and _NAMED.search(sentence):
            placed = ordering.placed_order(turn)
            return placed.number if placed else None
    return None


def _named_order(turn: Turn, sentence: str) -> str | None:
    """The order `sentence` names by number: one of this customer's, Mostrador's (`O-…`) or
    the ERP's own ("SO-80003", an order taken another way)."""
    assert turn.customer is not None
    mine = turn.customer.customer_id
    number = ORDER_NUMBER.search(sentence)
    if number is not None:
        return turn.session.exec(
            select(Order.number).where(Order.number == number[0].upper(),
                                       Order.customer_id == mine)
        ).first()  # fmt: skip
    for document in REFERENCE.finditer(sentence):
        reference = re.sub(r"[- ]?(\d)", r"-\1", document[1].upper(), count=1)
        erp = turn.session.exec(
            select(ErpOrderStatus.order_number).where(
                col(ErpOrderStatus.order_number).in_([reference, document[1].upper()]),
                ErpOrderStatus.customer_id == mine)
        ).first()  # fmt: skip
        if erp is not None:
            return erp
    return None


def hand_over(turn: Turn, number: str) -> str:
    """Tell the buyer a seller changes order `number` (it stays as placed); queue the chat."""
    turn.say("order_change", number=number)
    turn.detail = f"{number}: {turn.text}"
    return turn.escalate(QueueReason.ORDER_CHANGE)
