"""After the sale, self-service: where are my orders, my statement, "pago el viernes".

Each answer is about the *customer*, not the conversation: orders placed from another
phone, by mail or by phone to the ERP (order_status.csv) are listed too, and the
same answers come back by mail (flows/rfq.py). The handlers only answer; the chat's
table (flows/sales.py) decides the state after, the mail flow wraps them in a mail.
"Lo mismo que la última vez" fills the cart, so it lives with the cart (flows/cart_commands.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot import promises
from bot.credit import explain
from bot.formatting import amount_text, money_text, quantity_text
from bot.intents import Intent, IntentName, recognise
from bot.models import Order, OrderLine
from bot.order_tracking import Tracked, backorders, find_order, recent_orders, tracked
from bot.statements import statement_for
from flows import claims
from flows.turn import Reply, Turn

RECENT = 5
MAIL_LINES = 15  # a mail's first lines are read for the question; the rest is signature
MAX_INVOICES = 20  # in the chat; the PDF lists them all


def status(turn: Turn, said: Intent) -> None:
    """`estado`: the customer's latest orders; `estado O-…`/`estado SO-80003`/"en qué va
    la OC 4500123" (the buyer's own PO number): one."""
    asked = said.order or said.reference or said.po
    if turn.customer is None:  # a guest: the orders this chat placed
        ids = turn.data.get("orders", [])[-RECENT:]
        mine = [o for o in (turn.session.get(Order, i) for i in ids) if o is not None]
        shown = _views(turn, [tracked(o) for o in reversed(mine)])
        turn.say("orders", orders=shown, one=False, asked=asked)
        return
    if asked:
        found = find_order(turn.session, turn.customer.customer_id, asked)
        turn.say("orders", orders=_views(turn, [found] if found else []), one=True, asked=asked)
        return
    found_all = recent_orders(turn.session, turn.customer.customer_id, RECENT)
    named = _by_carrier(found_all, turn.text)
    turn.say("orders", orders=_views(turn, named or found_all), one=len(named) == 1, asked=None)


# A carrier's name that is a word of talk too: the Spanish "ups" (oops) opening the message,
# set off by a mark or before the slip it owns ("ups, me equivoqué, ¿en qué van mis pedidos?",
# "ay ups! …", "ups perdón"), is no carrier named, unless written in capitals as the carrier's
# name is ("y el de ups? el número de seguimiento" names it)
_OPENING = re.compile(r"\W*(?:(?:ay|uy|ah|oh|uf)\W+)?", re.I)
_OWNS_SLIP = re.compile(r"\s*(?:[,!.…]|(?:me|se|nos|perd[oó]n\w*|disculp\w*|sorry|no|era|eran|"
                        r"quise|quer[ií]a|olvid\w*|my|i)\b)", re.I)  # fmt: skip


def _by_carrier(found: list[Tracked], text: str) -> list[Tracked]:
    """The orders whose carrier the message names ("whats the tracking # for the UPS one?"):
    the one asked about, not the whole list again."""
    return [t for t in found if t.erp and t.erp.carrier and _names(t.erp.carrier, text)]


def _names(carrier: str, text: str) -> bool:
    """Whether `text` names `carrier` (never a word of talk spelt as it is: "ups, perdón")."""
    for said in re.finditer(rf"(?<!\w){re.escape(carrier)}(?!\w)", text, re.I):
        talk = (
            said[0] != said[0].upper()
            and _OPENING.fullmatch(text[: said.start()]) is not None
            and _OWNS_SLIP.match(text, said.end()) is not None
        )
        if not talk:
            return True
    return False


def _views(turn: Turn, found: list[Tracked]) -> list[dict[str, Any]]:
    ids = [t.order.id for t in found if t.order is not None and t.order.id is not None]
    later = backorders(turn.session, ids)
    return [tracked_view(t, later.get(t.order.id or 0, []) if t.order else []) for t in found]


def tracked_view(tracked: Tracked, later: Sequence[OrderLine] = ()) -> dict[str, Any]:
    """An order as the buyer reads it: status (a code the template words), ERP document,
    ETA, carrier and tracking (the link when the ERP gave one), and what of it is
    back-ordered, with its expected date (`later`)."""
    erp = tracked.erp
    return {
        "later": [{"sku": ln.sku, "qty": quantity_text(ln.quantity), "uom": ln.uom or "",
                   "eta": ln.eta.isoformat() if ln.eta else None} for ln in later],
        "number": tracked.number,
        "status": tracked.status,
        "placed": tracked.placed.isoformat() if tracked.placed else None,
        "updated": erp.updated.date().isoformat() if erp and erp.updated else None,
        "currency": tracked.currency,
        "total": money_text(tracked.total) if tracked.total is not None else "",
        "ours": tracked.order is not None,
        "document": (erp.erp_document if erp else None)
        or (tracked.order.erp_document if tracked.order else None),
        "eta": erp.eta.isoformat() if erp and erp.eta else None,
        "carrier": erp.carrier if erp else None,
        "tracking": erp.tracking if erp else None,
        "tracking_url": erp.tracking_url if erp else None,
        "invoice": erp.invoice if erp else None,
    }


def account(turn: Turn, said: Intent) -> None:
    """`estado de cuenta`: open invoices, overdue, what unblocks, and the PDF's link; the
    invoice asked for by number ("copy of inv F-50005") first, with its due date and balance."""
    if turn.customer is None:
        turn.say("account", customer=None)
        return
    today = promises.local_today(turn.session, turn.customer, turn.now)
    s = statement_for(turn.session, turn.customer, today)
    link = turn.services.statement_link(turn.customer.customer_id, today)
    blocked = [explain(turn.wording, r, turn.language) for r in s.credit.reasons
               if r.code == "blocked"]  # fmt: skip
    views = {i.number: {"invoice": i.number, "issued": i.issued.isoformat(),
                        "due": i.due.isoformat(), "balance": amount_text(i.balance),
                        "days_overdue": i.days_overdue, "disputed": i.disputed}
             for i in s.invoices}  # fmt: skip
    invoices = list(views.values())[:MAX_INVOICES]
    asked, invoiced = views.get(said.reference or ""), None
    if asked is None and said.reference:
        # "can you send the invoice for SO-80005?": the order's invoice (order_status.csv)
        found = find_order(turn.session, turn.customer.customer_id, said.reference)
        if found is not None and (found.erp is None or found.erp.invoice != said.reference):
            invoice = found.erp.invoice if found.erp else None
            invoiced = {"order": found.number, "invoice": invoice}
            asked = views.get(invoice or "")
    if asked is not None:
        turn.data["invoice_asked"] = asked["invoice"]  # "when's it due?" next: this one
    turn.say(
        "account",
        asked=asked,  # "reenvíame la factura F-50004": it first
        asked_number=said.reference,
        invoiced=invoiced,
        customer=turn.customer.name,
        open_balance=amount_text(s.open_balance),
        overdue=amount_text(s.overdue),
        disputed=amount_text(s.disputed) if s.disputed else None,
        available=amount_text(s.credit.available) if s.credit.available is not None else None,
        blocked=blocked,
        unblock=[i.number for i in s.unblock],
        unblock_amount=amount_text(s.unblock_amount),
        invoices=invoices,
        more=max(0, len(s.invoices) - MAX_INVOICES),
        promises=[promise_view(p) for p in s.promises],
        link=link,
    )
    caption = turn.wording.phrase("statement_caption", turn.language,
                                  customer=turn.customer.customer_id, on=today.isoformat())
    turn.attach(link, caption)  # the PDF as WhatsApp media too (the link stays in the text)


def promise(turn: Turn, said: Intent, text: str | None = None) -> None:
    """ "Pago el viernes 5.000": kept on the customer, told back with the date read.

    `text` is the sentence to read (a mail's one line, not its signature's phone number);
    the whole message by default.
    """
    text = text if text is not None else turn.text
    if turn.customer is None:
        turn.say("promise", recorded=None, customer=None)
        return
    today = promises.local_today(turn.session, turn.customer, turn.now)
    read = promises.read(text, today, turn.language)
    if read is None:
        turn.say("promise", recorded=None, customer=turn.customer.name)
        return
    made = promises.record(
        turn.session, turn.customer, read, text, now=turn.now, actor=turn.actor,
        cause=turn.cause, conversation_id=turn.conversation.id,
    )  # fmt: skip
    turn.say("promise", recorded=promise_view(made), customer=turn.customer.name,
             owed=amount_text(made.owed))  # fmt: skip


def promise_view(p: Any) -> dict[str, Any]:
    return {"on": p.promised_on.isoformat(), "weekday": p.promised_on.weekday(),
            "amount": amount_text(p.amount) if p.amount is not None else None,
            "status": p.status}  # fmt: skip


ANSWERS = {IntentName.STATUS: status, IntentName.ACCOUNT: account, IntentName.PROMISE: promise}


def by_mail(turn: Turn) -> bool:
    """A mail that asks where its orders are, for its statement, or promises a payment
    (no item lines in it): answered like the chat, in a mail. False when it is none."""
    candidates = [*turn.text.splitlines()[:MAIL_LINES], str(turn.message.payload.get("subject"))]
    for line in candidates:
        said = recognise(line)
        answer = ANSWERS.get(said.name) if said.name else None
        if answer is None:
            continue
        chat = len(turn.replies)
        if answer is promise:
            promise(turn, said, line)
        else:
            answer(turn, said)
        _as_mail(turn, chat)
        return True
    return False


def claim_by_mail(turn: Turn) -> bool:
    """A claim about what was delivered ("llegaron 3 rodamientos dañados", "two of the belts
    arrived cracked"), the invoice or the delivery note often attached: a seller's, as the
    chat hands it over (flows/claims.py), never a quote of the attached document's items.
    False when the mail makes no claim."""
    found = claims.claimed(turn)
    if found is None:
        return False
    chat = len(turn.replies)
    claims.hand_over(turn, *found)
    _as_mail(turn, chat)
    return True


def _as_mail(turn: Turn, since: int) -> None:
    """The chat's answers from reply `since` on, each as a mail."""
    turn.replies[since:] = [
        Reply(turn.wording.render_mail("after_sale", turn.language, text=r.text))
        for r in turn.replies[since:]
    ]
