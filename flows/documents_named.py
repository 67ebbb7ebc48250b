"""A document of the customer's asked about by its number alone, with no phrase that
intents.csv knows: "is F-50006 still in dispute on your side?", "F-50005?", "la F-50007
sigue pendiente?", "what about SO-80001". The number is one of the customer's open
invoices (receivables) or of the orders the ERP keeps for them (order_status.csv): that
invoice's line is shown (amount, due date, disputed), or that order's status, never an item
nobody sells. A number the customer has no document under is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sqlmodel import select

from bot.intents import DOCUMENT, Intent
from bot.item_words import names_item
from bot.models import ErpOrderStatus, Receivable
from flows.chat_states import I
from flows.turn import Turn


def document_named(turn: Turn, said: Intent) -> Intent:
    """`said` as the customer's invoice or ERP order asked about, when the message names one
    by its number and no item and no other figure beside it (see the module docstring)."""
    if turn.customer is None:
        return said
    numbers = {n.upper() for n in DOCUMENT.findall(turn.text)}
    if len(numbers) != 1:
        return said
    number = numbers.pop()
    digits = int(re.sub(r"\D", "", number))
    if said.name is not None and not (said.name is I.CHOOSE and said.numbers == (digits,)):
        return said  # "y la SO-80001??" is no option 80001
    rest = DOCUMENT.sub(" ", turn.text)
    if re.search(r"\d", rest) or names_item(rest):
        return said
    customer_id = turn.customer.customer_id
    invoice = turn.session.exec(select(Receivable.invoice).where(
        Receivable.customer_id == customer_id, Receivable.invoice == number)).first()
    if invoice is not None:
        return replace(said, name=I.ACCOUNT, reference=invoice,
                       language=turn.conversation.language)  # fmt: skip
    order = turn.session.exec(select(ErpOrderStatus.order_number).where(
        ErpOrderStatus.customer_id == customer_id, ErpOrderStatus.order_number == number)).first()
    if order is not None:
        return replace(said, name=I.STATUS, reference=order, language=turn.conversation.language)
    return said
