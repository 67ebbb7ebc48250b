"""Messages we send first: a quote about to expire, an order shipped, an item back in stock.

Each notice goes through the same rules (SPEC.md "After the sale"), checked in this
order, each with its reason when it holds a notice back:

* **once per subject**: the message is keyed `notice:<kind>:<subject>` (unique), so
  a second run, a second worker or a retried job queues nothing more (`already`);
* **to one number**: the conversation the subject came from, else the customer's
  WhatsApp chat heard from last, else its first contact with a phone (`no_contact`);
* **never to a number that wrote `stop`/`baja`** until it writes `start`/`alta`
  (`opted_out`), nor while a seller holds the chat (`seller_holds`);
* **never at night** in the customer's time zone (their default warehouse's, else
  BUSINESS_HOURS', else UTC): `NOTICE_QUIET_HOURS` (`night`); the next run after the
  quiet hours sends it;
* **the 24-hour rule**: inside the window free text with its quick reply; outside it
  only the approved template configured for the kind (`TWILIO_TEMPLATE_<KIND>`, one
  SID or `es=HX…,en=HX…`), with its variables; none configured → held back
  (`no_template`) and logged, never sent as free text.

A notice given is queued as a message (the send job delivers it) and recorded in the
audit trail of its subject (`notice_sent`: kind, to, message, template). Finding what
is due (`due_quotes`, `shipped_orders`, `back_in_stock_lines`) is read-only.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from bot import audit
from bot.availability import availability_for
from bot.formatting import money_text, quantity_text
from bot.hours import BusinessHours
from bot.models import (
    AuditEvent,
    Contact,
    Conversation,
    Customer,
    ErpOrderStatus,
    Message,
    Order,
    OrderLine,
    Product,
    Quote,
    QuoteLine,
    SalesLine,
    Warehouse,
)
from bot.replies import queue_message, reply_subject
from bot.senders import outside_window
from bot.statuses import Owner, QuoteStatus
from bot.stockholds import held_quantities
from bot.wording import Wording

log = logging.getLogger(__name__)

# A shipped order is told while its order_status.csv `updated` is this recent: the
# first import of an ERP's history must not announce last year's shipments.
SHIPPED_RECENT = dt.timedelta(days=3)
# A short or unstocked quote line is watched this long for stock coming back.
WATCH_DAYS = 30
UTC_ZONE = ZoneInfo("UTC")


class NoticeKind(StrEnum):
    QUOTE_REMINDER = "quote-reminder"
    ORDER_SHIPPED = "order-shipped"
    BACK_IN_STOCK = "back-in-stock"


# The Content SID setting of each kind's approved template.
TEMPLATE_SETTING = {
    NoticeKind.QUOTE_REMINDER: "TWILIO_TEMPLATE_QUOTE_REMINDER",
    NoticeKind.ORDER_SHIPPED: "TWILIO_TEMPLATE_ORDER_SHIPPED",
    NoticeKind.BACK_IN_STOCK: "TWILIO_TEMPLATE_BACK_IN_STOCK",
}


@dataclass(frozen=True)
class QuietHours:
    """Local wall-clock span when no notice goes out; it may wrap midnight (21:00-08:00)."""

    start: dt.time
    end: dt.time

    @classmethod
    def parse(cls, raw: str) -> QuietHours:
        try:
            first, _, last = raw.strip().partition("-")
            return cls(dt.time.fromisoformat(first.strip()), dt.time.fromisoformat(last.strip()))
        except ValueError:
            raise ValueError(f"expected e.g. '21:00-08:00', got {raw!r}") from None

    def covers(self, local: dt.time) -> bool:
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


@dataclass(frozen=True)
class Rules:
    """What the notices read from configuration."""

    quiet: QuietHours
    reminder_days: int
    templates: Mapping[NoticeKind, Mapping[str, str]]  # kind -> language ("*" any) -> SID
    fallback_zone: ZoneInfo = UTC_ZONE
    mail_from: str | None = None

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Rules:
        hours: BusinessHours | None = config.get("BUSINESS_HOURS")
        return cls(
            quiet=QuietHours.parse(config.get("NOTICE_QUIET_HOURS") or "21:00-08:00"),
            reminder_days=int(config.get("QUOTE_REMINDER_DAYS", 2)),
            templates={
                kind: template_sids(config.get(name)) for kind, name in TEMPLATE_SETTING.items()
            },
            fallback_zone=hours.zone if hours else ZoneInfo("UTC"),
            mail_from=config.get("MAIL_FROM"),
        )

    def template_for(self, kind: NoticeKind, language: str) -> str | None:
        sids = self.templates.get(kind, {})
        return sids.get(language) or sids.get("*")


def template_sids(raw: str | None) -> dict[str, str]:
    """`HX…` (any language) or `es=HX…,en=HX…` → {language or "*": SID}."""
    if not raw:
        return {}
    found: dict[str, str] = {}
    for part in raw.split(","):
        language, sep, sid = part.strip().partition("=")
        if sep:
            found[language.strip().lower()] = sid.strip()
        elif part.strip():
            found["*"] = part.strip()
    return found


@dataclass(frozen=True)
class Notice:
    """One message due: what it is about, whom, and what it says."""

    kind: NoticeKind
    subject: str  # audit subject: the quote or order number
    key: str  # once per subject: the message's unique key
    customer_id: str
    conversation_id: int | None  # where the subject came from, if it did
    template: str  # templates/messages/<lang>/<template>.txt
    facts: dict[str, Any]  # for the text (by language) and the template variables
    variables: list[str] = field(default_factory=list)  # facts, in template order {{1}}…
    choices: list[dict[str, str]] = field(default_factory=list)  # quick replies (id, title)


@dataclass
class Outcome:
    """What a run did: message ids to send, and how many were held back and why."""

    queued: list[int] = field(default_factory=list)
    held: dict[str, int] = field(default_factory=dict)

    def hold(self, reason: str) -> None:
        self.held[reason] = self.held.get(reason, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        return {"sent": len(self.queued), "held": dict(sorted(self.held.items()))}


def give(
    session: Session,
    notice: Notice,
    *,
    now: dt.datetime,
    rules: Rules,
    wording: Wording,
    outcome: Outcome,
    cause: str,
) -> None:
    """Queue `notice` unless a rule holds it back (the reason counted in `outcome`)."""
    if session.exec(select(Message.id).where(Message.dedupe_key == notice.key)).first():
        return outcome.hold("already")
    conversation = recipient(session, notice.customer_id, notice.conversation_id, now)
    if conversation is None:
        return outcome.hold("no_contact")
    if conversation.data.get("opted_out"):
        return outcome.hold("opted_out")
    if conversation.owner != Owner.BOT:
        return outcome.hold("seller_holds")
    customer = session.get(Customer, notice.customer_id)
    local = now.astimezone(customer_zone(session, customer, rules.fallback_zone))
    if rules.quiet.covers(local.time()):
        return outcome.hold("night")
    language = conversation.language
    template = None
    if outside_window(conversation.channel, conversation.last_inbound_at, now):
        template = rules.template_for(notice.kind, language)
        if template is None:
            log.warning(
                "%s %s not sent to %s: outside the 24-hour window and no %s",
                notice.kind,
                notice.subject,
                conversation.address,
                TEMPLATE_SETTING[notice.kind],
            )
            return outcome.hold("no_template")
    facts = {**notice.facts, "name": _first_name(conversation.contact_name)}
    text = wording.render(notice.template, language, **facts, choices=notice.choices)
    message = queue_message(
        session,
        conversation,
        author=Owner.BOT.value,
        body=text,
        now=now,
        mail_from=rules.mail_from,
        key=notice.key,
    )
    if message is None:  # queued meanwhile by another run
        return outcome.hold("already")
    if template:
        message.template_sid = template
        message.template_variables = {
            str(i): str(value)[:900]
            for i, value in enumerate([facts["name"], *notice.variables], start=1)
        }
    elif notice.choices and conversation.channel == "whatsapp":
        message.payload = {**message.payload, "choices": notice.choices}
    if conversation.channel == "email":  # in the buyer's thread, the number in the subject
        subject = reply_subject(str(message.payload.get("subject") or ""), notice.subject)
        message.payload = {**message.payload, "subject": subject}
    session.add(message)
    audit.record(
        session,
        notice.subject,
        "notice_sent",
        "system",
        cause,
        kind=notice.kind.value,
        to=conversation.address,
        message=message.id,
        template=template,
    )
    outcome.queued.append(message.id or 0)
    return None


def _first_name(name: str | None) -> str:
    return (name or "").split(" ")[0]


def customer_zone(session: Session, customer: Customer | None, fallback: ZoneInfo) -> ZoneInfo:
    """The customer's time zone: their default warehouse's, else `fallback`."""
    if customer is not None and customer.default_warehouse:
        warehouse = session.get(Warehouse, customer.default_warehouse)
        if warehouse is not None and warehouse.timezone:
            try:
                return ZoneInfo(warehouse.timezone)
            except (KeyError, ValueError):
                pass
    return fallback


def recipient(
    session: Session, customer_id: str, conversation_id: int | None, now: dt.datetime
) -> Conversation | None:
    """Whom a customer's notice goes to (see the module's rules); created for a contact
    who never wrote, so that the number can still say `stop`."""
    if conversation_id is not None:
        origin = session.get(Conversation, conversation_id)
        if origin is not None and origin.customer_id == customer_id:
            return origin
    chat = session.exec(
        select(Conversation)
        .where(Conversation.customer_id == customer_id, Conversation.channel == "whatsapp")
        .order_by(col(Conversation.last_inbound_at).desc().nulls_last(), col(Conversation.id))
    ).first()
    if chat is not None:
        return chat
    contact = session.exec(
        select(Contact)
        .where(Contact.customer_id == customer_id, col(Contact.phone).is_not(None))
        .order_by(col(Contact.contact_key))
    ).first()
    customer = session.get(Customer, customer_id)
    if contact is None or customer is None:
        return None
    address = f"whatsapp:{contact.phone}"
    found = session.exec(
        select(Conversation).where(
            Conversation.channel == "whatsapp", Conversation.address == address
        )
    ).first()
    if found is not None:
        return found
    conversation = Conversation(
        channel="whatsapp",
        address=address,
        customer_id=customer_id,
        contact_name=contact.name,
        language=customer.language,
        created_at=now,
        updated_at=now,
    )
    session.add(conversation)
    session.flush()
    return conversation


# --- what is due -----------------------------------------------------------------------
def due_quotes(session: Session, now: dt.datetime, rules: Rules) -> list[Notice]:
    """Sent quotes whose validity ends within QUOTE_REMINDER_DAYS of the customer's today."""
    horizon = now.date() + dt.timedelta(days=rules.reminder_days + 1)  # any zone's today
    quotes = session.exec(
        select(Quote)
        .where(
            Quote.status == QuoteStatus.SENT.value,
            col(Quote.customer_id).is_not(None),
            col(Quote.valid_until) <= horizon,
        )
        .order_by(col(Quote.valid_until), col(Quote.number))
    ).all()
    due = []
    for quote in quotes:
        customer = session.get(Customer, quote.customer_id)
        today = now.astimezone(customer_zone(session, customer, rules.fallback_zone)).date()
        left = (quote.valid_until - today).days
        if not 0 <= left <= rules.reminder_days:
            continue
        money = f"{quote.currency} {money_text(quote.total)}"
        facts = {
            "number": quote.number,
            "valid_until": quote.valid_until.isoformat(),
            "days": left,
            "total": money,
        }
        accept = "acepto" if customer and customer.language == "es" else "accept"
        due.append(
            Notice(
                NoticeKind.QUOTE_REMINDER,
                quote.number,
                f"notice:{NoticeKind.QUOTE_REMINDER}:{quote.number}:v{quote.version}",
                quote.customer_id or "",
                quote.conversation_id,
                "notice_quote_reminder",
                facts,
                [quote.number, quote.valid_until.isoformat(), money],
                # The tap answers as if typed: "acepto Q-…" (see README, Proactive messages).
                [
                    {
                        "id": f"{accept} {quote.number}",
                        "title": "Aceptar" if accept == "acepto" else "Accept",
                    }
                ],
            )
        )
    return due


def shipped_orders(session: Session, now: dt.datetime) -> list[Notice]:
    """Orders order_status.csv shows shipped recently, with their carrier and tracking."""
    rows = session.exec(
        select(ErpOrderStatus)
        .where(
            ErpOrderStatus.status == "shipped", col(ErpOrderStatus.updated) >= now - SHIPPED_RECENT
        )
        .order_by(col(ErpOrderStatus.updated), col(ErpOrderStatus.order_number))
    ).all()
    due = []
    for row in rows:
        order = session.exec(select(Order).where(Order.number == row.order_number)).first()
        facts = {
            "number": row.order_number,
            "document": row.erp_document or "",
            "carrier": row.carrier or "",
            "tracking": row.tracking or "",
            "tracking_url": row.tracking_url or "",
            "eta": row.eta.isoformat() if row.eta else "",
        }
        due.append(
            Notice(
                NoticeKind.ORDER_SHIPPED,
                row.order_number,
                f"notice:{NoticeKind.ORDER_SHIPPED}:{row.order_number}",
                row.customer_id,
                order.conversation_id if order else None,
                "notice_order_shipped",
                facts,
                [
                    row.order_number,
                    facts["carrier"],
                    facts["tracking"],
                    facts["tracking_url"] or "-",
                    facts["eta"] or "-",
                ],
            )
        )
    return due


@dataclass(frozen=True)
class Ask:
    """Something a customer asked for when we had too little of it: a quote line, or an
    item the chat priced short without a quote (an `asked_short` event)."""

    customer_id: str
    sku: str
    quantity: Decimal
    at: dt.datetime
    quote: str | None  # the quote's number, for a quote line
    key: str  # which ask: the quote's number, or `ask-<event id>`
    conversation_id: int | None
    name: str | None = None
    uom: str | None = None


def _quote_asks(session: Session, since: dt.datetime) -> list[Ask]:
    rows = session.exec(
        select(QuoteLine, Quote)
        .join(Quote, col(Quote.id) == col(QuoteLine.quote_id))
        .where(
            col(QuoteLine.sku).is_not(None),
            col(Quote.customer_id).is_not(None),
            col(Quote.created_at) >= since,
            col(Quote.status).not_in(
                [QuoteStatus.SUPERSEDED.value, QuoteStatus.ACCEPTED.value, QuoteStatus.LOST.value]
            ),
        )
        .order_by(col(Quote.created_at).desc(), col(QuoteLine.position))
    ).all()
    asks = []
    for line, quote in rows:
        if line.available is None or line.available < line.quantity:
            asks.append(Ask(quote.customer_id or "", line.sku or "", line.quantity,
                            quote.created_at, quote.number, quote.number,
                            quote.conversation_id, line.name, line.uom))  # fmt: skip
    return asks


def _chat_asks(session: Session, since: dt.datetime) -> list[Ask]:
    events = session.exec(
        select(AuditEvent)
        .where(AuditEvent.event == "asked_short", col(AuditEvent.at) >= since)
        .where(col(AuditEvent.subject).startswith("customer:"))
    ).all()
    asks = []
    for event in events:
        sku, quantity = event.data.get("sku"), event.data.get("quantity")
        if not sku or quantity is None:
            continue
        conversation = event.data.get("conversation")
        asks.append(Ask(event.subject.removeprefix("customer:"), str(sku), Decimal(str(quantity)),
                        event.at, None, f"ask-{event.id}",
                        int(conversation) if conversation is not None else None))  # fmt: skip
    return asks


def back_in_stock_lines(session: Session, now: dt.datetime) -> list[Notice]:
    """Items a customer asked for when we had too few (a quote line, or an item the chat
    priced short without a quote) that now cover the quantity asked; one per customer
    and item, from the newest such ask, unless the customer bought the item since or
    was told after that ask."""
    since = now - dt.timedelta(days=WATCH_DAYS)
    newest: dict[tuple[str, str], Ask] = {}
    for ask in sorted(_quote_asks(session, since) + _chat_asks(session, since),
                      key=lambda a: a.at, reverse=True):  # fmt: skip
        newest.setdefault((ask.customer_id, ask.sku), ask)
    due = []
    for (customer_id, sku), ask in sorted(newest.items()):
        product = session.get(Product, sku)
        customer = session.get(Customer, customer_id)
        if product is None or not product.active or customer is None:
            continue
        if _bought_since(session, customer_id, sku, ask.at):
            continue
        stock = availability_for(
            session,
            product,
            ask.quantity,
            customer,
            now,
            held=held_quantities(session, [sku]),
            with_substitutes=False,
        )
        if stock.ship_from is None:
            continue
        item, uom = ask.name or product.name, ask.uom or product.uom or ""
        facts = {
            "sku": sku,
            "item": item,
            "quantity": ask.quantity,
            "uom": uom,
            "warehouse": stock.ship_from,
            "quote": ask.quote,
        }
        due.append(
            Notice(
                NoticeKind.BACK_IN_STOCK,
                ask.quote or f"customer:{customer_id}",
                f"notice:{NoticeKind.BACK_IN_STOCK}:{customer_id}:{sku}:{ask.key}",
                customer_id,
                ask.conversation_id,
                "notice_back_in_stock",
                facts,
                [item, sku, f"{quantity_text(ask.quantity)} {uom}".strip(), stock.ship_from],
            )
        )
    return due


def _bought_since(session: Session, customer_id: str, sku: str, since: dt.datetime) -> bool:
    ordered = session.exec(
        select(OrderLine.id)
        .join(Order, col(Order.id) == col(OrderLine.order_id))
        .where(
            Order.customer_id == customer_id,
            OrderLine.sku == sku,
            col(Order.created_at) >= since,
            col(Order.status).not_in(["rejected", "cancelled"]),
        )
    ).first()
    invoiced = session.exec(
        select(SalesLine.invoice).where(
            SalesLine.customer_id == customer_id,
            SalesLine.sku == sku,
            col(SalesLine.date) >= since.date(),
            col(SalesLine.qty) > 0,
        )
    ).first()
    return ordered is not None or invoiced is not None
