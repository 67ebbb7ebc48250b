"""Quotes from request lines: matched, priced for the customer, with stock, traceable.

Every channel (WhatsApp, email, console, the CLI) calls `create_quote` with the
lines a buyer wrote. Lines the matcher is sure of are priced (ERP.md rules) and
their availability recorded as it was at quoting time; the others are kept as
open lines, with the matcher's candidates, and put the quote in `needs_review`.
A line under the margin floor sends the quote to a manager (`pending_approval`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from bot import audit
from bot.asking import match_asked
from bot.availability import availability_for
from bot.db import begin_write
from bot.matching.index import CatalogIndex
from bot.models import Approval, Customer, Product, Quote, QuoteLine
from bot.numbering import next_number
from bot.pricing import money, price_for
from bot.statuses import ApprovalStatus, QuoteStatus, SubjectKind, move
from bot.stockholds import held_quantities


@dataclass(frozen=True)
class Rules:
    """The commercial rules from configuration (SPEC.md)."""

    margin_floor_pct: Decimal = Decimal(10)
    max_discount_pct: Decimal = Decimal(15)
    valid_days: int = 15
    # The ERP description's language: a customer speaking it reads items by it (SPEC.md).
    description_language: str = "es"

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Rules:
        return cls(
            config["MARGIN_FLOOR_PCT"], config["MAX_DISCOUNT_PCT"], config["QUOTE_VALID_DAYS"],
            config.get("DESCRIPTION_LANGUAGE") or "es",
        )  # fmt: skip


class QuoteError(ValueError):
    """A quote that cannot be made or changed as asked.

    The message says why, for sellers and logs; `code` and `facts` say it as a reason a
    template can put in the buyer's language (templates/messages/<lang>/phrases/
    refused_<code>.txt), so a refusal never reaches a buyer in English by accident.
    """

    def __init__(self, message: str, *, code: str = "other", **facts: object) -> None:
        super().__init__(message)
        self.code = code
        self.facts = facts


def create_quote(
    session: Session,
    index: CatalogIndex,
    customer: Customer | None,
    lines: Sequence[str],
    *,
    now: dt.datetime,
    rules: Rules,
    actor: str,
    channel: str = "cli",
    cause: str | None = None,
    conversation_id: int | None = None,
    picks: Mapping[int, tuple[str, Decimal]] | None = None,
    ship_from: str | None = None,
    houses: Mapping[int, str] | None = None,
    language: str | None = None,
) -> Quote:
    """Create version 1 of a new quote from request lines (one item per line).

    `picks` maps line positions (1-based) to the (SKU, quantity) the buyer already
    settled in the chat (a numbered option, a changed quantity); those lines keep
    their request text but skip the matcher. `ship_from`: the warehouse the buyer asked
    to ship from, each line's when it covers the line's quantity; `houses` the one asked
    for a line by its position (a short line split between warehouses). `language`: the
    conversation's, the quote's when the buyer is a guest (`quote_language`).
    """
    texts = [t for t in (line.strip() for line in lines) if t]
    if not texts:
        raise QuoteError("a quote needs at least one request line")
    begin_write(session)
    quote = Quote(
        number=next_number(session, "Q", now.year),
        version=1,
        customer_id=customer.customer_id if customer else None,
        status=QuoteStatus.DRAFT.value,
        created_at=now,
        valid_until=now.date() + dt.timedelta(days=rules.valid_days),
        channel=channel,
        conversation_id=conversation_id,
        created_by=actor,
        language=quote_language(customer, language),
    )
    session.add(quote)
    session.flush()
    customer_id = customer.customer_id if customer else None
    quote_lines = []
    # Lines are added as they are priced; flushing them before every price and stock
    # query (autoflush) would cost a round trip per line for nothing.
    from bot.matching.service import context_for

    context = context_for(session, customer)
    with session.no_autoflush:
        for position, text in enumerate(texts, 1):
            result = match_asked(index, text, customer_id, context)
            chosen = (picks or {}).get(position)
            line = QuoteLine(
                quote_id=quote.id or 0,
                position=position,
                status="open",
                request_text=text[:500],
                match_decision=result.decision,
                match_score=round(result.confidence, 4),
                candidates=[vars(c) for c in result.candidates],
                quantity=result.line.quantity,
                uom=result.line.uom,
            )
            if chosen is not None:
                line.match_decision, line.match_score = "chosen", 1.0
                line.quantity = chosen[1]
            sku = chosen[0] if chosen else (result.sku if result.decision == "auto" else None)
            if sku:
                product = session.get(Product, sku)
                if product is not None:
                    _price_line(session, line, product, customer, now, rules, quote.language,
                                (houses or {}).get(position) or ship_from)
            session.add(line)
            quote_lines.append(line)
    _settle(session, quote, quote_lines, rules, actor, cause)
    audit.record(
        session,
        quote.number,
        "created",
        actor,
        cause,
        version=1,
        lines=len(quote_lines),
        channel=channel,
    )
    audit.record(
        session,
        quote.number,
        "priced",
        actor,
        cause,
        version=1,
        total=quote.total,
        status=quote.status,
    )
    return quote


def quote_language(customer: Customer | None, spoken: str | None) -> str:
    """The language a quote is written in: a known customer's own (the ERP's, whatever the
    chat), else the one the guest speaks; English when neither is known."""
    if customer is not None:
        return customer.language
    return spoken or "en"


@dataclass(frozen=True)
class LineChange:
    """A seller's change to one line of a quote, for `revise`.

    `sku` completes an open line (or swaps the item); `unit_price` overrides the
    rule price; `quantity` changes it; `remove` drops the line.
    """

    position: int
    sku: str | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    remove: bool = False


@dataclass(frozen=True)
class NewLine:
    """A line a seller adds to a quote, for `revise`: an item picked from the catalog."""

    sku: str
    quantity: Decimal
    request_text: str = ""  # what the buyer asked, when the seller types it in


def revise(
    session: Session,
    number: str,
    changes: Sequence[LineChange],
    *,
    now: dt.datetime,
    rules: Rules,
    actor: str,
    cause: str | None = None,
    reason: str = "revised by seller",
    add: Sequence[NewLine] = (),
) -> Quote:
    """A new version of quote `number` with `changes` applied, `add` appended, and
    everything re-priced.

    A price more than `MAX_DISCOUNT_PCT` under the rule price needs a manager's
    approval; within it, the seller's word is enough (and the trail keeps it).
    """
    begin_write(session)
    current = latest(session, number)
    if current is None:
        raise QuoteError(f"no quote {number}")
    if current.status in (QuoteStatus.ACCEPTED, QuoteStatus.LOST, QuoteStatus.SUPERSEDED):
        raise QuoteError(f"{number} is {current.status}: it cannot be revised")
    by_position = {c.position: c for c in changes}
    known = {line.position for line in lines_of(session, current)}
    if unknown := set(by_position) - known:
        raise QuoteError(f"{number} has no line {sorted(unknown)[0]}")
    for change in changes:
        if change.sku is not None and session.get(Product, change.sku) is None:
            raise QuoteError(f"no product {change.sku}")
        if change.quantity is not None and change.quantity <= 0:
            raise QuoteError("a quantity must be positive")
        if change.unit_price is not None and change.unit_price < 0:
            raise QuoteError("a price cannot be negative")
    for extra in add:
        product = session.get(Product, extra.sku)
        if product is None or not product.active:
            raise QuoteError(f"no product {extra.sku}")
        if extra.quantity <= 0:
            raise QuoteError("a quantity must be positive")
    return reprice(
        session,
        current,
        now=now,
        rules=rules,
        actor=actor,
        reason=reason,
        cause=cause,
        changes=by_position,
        add=add,
    )


def reprice(
    session: Session,
    quote: Quote,
    *,
    now: dt.datetime,
    rules: Rules,
    actor: str,
    reason: str,
    cause: str | None = None,
    changes: Mapping[int, LineChange] | None = None,
    add: Sequence[NewLine] = (),
) -> Quote:
    """A new version of `quote` with today's prices and stock; the old one is superseded."""
    begin_write(session)
    old_lines = lines_of(session, quote)
    customer = session.get(Customer, quote.customer_id) if quote.customer_id else None
    new = Quote(
        number=quote.number,
        version=quote.version + 1,
        customer_id=quote.customer_id,
        status=QuoteStatus.DRAFT.value,
        created_at=now,
        valid_until=now.date() + dt.timedelta(days=rules.valid_days),
        channel=quote.channel,
        conversation_id=quote.conversation_id,
        created_by=actor,
        language=quote.language,
    )
    quote.status = move(quote.status, QuoteStatus.SUPERSEDED)
    session.add_all([quote, new])
    session.flush()
    lines: list[QuoteLine] = []
    overrides: list[dict[str, Any]] = []
    changes = changes or {}
    for old in old_lines:
        change = changes.get(old.position)
        if change is not None and change.remove:
            continue
        line = QuoteLine(
            quote_id=new.id or 0,
            position=len(lines) + 1,
            status="open",
            request_text=old.request_text,
            match_decision=old.match_decision,
            match_score=old.match_score,
            candidates=old.candidates,
            quantity=change.quantity if change and change.quantity else old.quantity,
            uom=old.uom,
        )
        sku = change.sku if change and change.sku else old.sku
        if change and change.sku:
            line.match_decision, line.match_score = "seller", 1.0
        product = session.get(Product, sku) if sku else None
        if product is not None and product.active:  # from where it shipped, if it still can
            _price_line(session, line, product, customer, now, rules, new.language,
                        old.warehouse)
            if change and change.unit_price is not None:
                overrides.append(_override(line, change.unit_price, rules))
        session.add(line)
        lines.append(line)
    for extra in add:
        product = session.get(Product, extra.sku)
        assert product is not None
        line = QuoteLine(
            quote_id=new.id or 0,
            position=len(lines) + 1,
            status="open",
            request_text=(extra.request_text.strip() or f"{product.sku} {product.name}")[:500],
            match_decision="seller",
            match_score=1.0,
            candidates=[],
            quantity=extra.quantity,
            uom=product.uom,
        )
        _price_line(session, line, product, customer, now, rules, new.language)
        session.add(line)
        lines.append(line)
    _settle(session, new, lines, rules, actor, cause, overrides)
    audit.record(session, quote.number, "superseded", actor, cause, version=quote.version)
    audit.record(
        session,
        new.number,
        "revised",
        actor,
        cause,
        version=new.version,
        reason=reason,
        total=new.total,
        status=new.status,
        **({"added": [x.sku for x in add]} if add else {}),
    )
    return new


def _price_line(
    session: Session,
    line: QuoteLine,
    product: Product,
    customer: Customer | None,
    now: dt.datetime,
    rules: Rules,
    language: str,
    prefer: str | None = None,
) -> None:
    price = price_for(session, customer, product, line.quantity, now.date())
    stock = availability_for(session, product, line.quantity, customer, now,
                             held=held_quantities(session, [product.sku]), prefer=prefer)
    line.status = "priced"
    described = language == rules.description_language  # the ERP description reads in it
    line.sku = product.sku
    line.name = (product.description if described and product.description else product.name)[:300]
    line.uom = line.uom or product.uom
    line.unit_price, line.line_total = price.unit_price, price.line_total
    line.price_rule, line.price_detail = price.rule.value, price.detail[:200]
    line.list_price, line.cost, line.margin_pct = price.list_price, price.cost, price.margin_pct
    line.available = stock.available_now
    line.warehouse = stock.ship_from
    line.dispatch = stock.status.value
    line.eta = stock.dispatch_date if stock.ship_from else stock.incoming_eta


def _override(line: QuoteLine, price: Decimal, rules: Rules) -> dict[str, Any]:
    """Set a seller's price on a priced line; return the discount it means."""
    rule_price = line.unit_price or Decimal(0)
    line.unit_price = money(price)
    line.line_total = money(line.unit_price * line.quantity)
    line.price_rule, line.price_detail = "override", f"seller price (rule price {rule_price})"
    if line.cost is not None and line.unit_price:
        line.margin_pct = money((line.unit_price - line.cost) / line.unit_price * 100)
    discount = (
        money((rule_price - line.unit_price) / rule_price * 100) if rule_price else Decimal(0)
    )
    return {
        "code": "discount",
        "sku": line.sku,
        "rule_price": rule_price,
        "unit_price": line.unit_price,
        "discount_pct": discount,
        "max_pct": rules.max_discount_pct,
    }


def _settle(
    session: Session,
    quote: Quote,
    lines: list[QuoteLine],
    rules: Rules,
    actor: str,
    cause: str | None,
    overrides: Sequence[dict[str, Any]] = (),
) -> None:
    """Totals and status: open lines → needs_review; a thin margin → pending_approval."""
    priced = [line for line in lines if line.status == "priced"]
    quote.total = sum((line.line_total or Decimal(0) for line in priced), Decimal(0))
    if priced:
        quote.currency = _currency(session, priced[0])
    reasons = [
        {
            "code": "margin_floor",
            "sku": line.sku,
            "margin_pct": line.margin_pct,
            "floor_pct": rules.margin_floor_pct,
        }
        for line in priced
        if line.margin_pct is not None and line.margin_pct < rules.margin_floor_pct
    ]
    reasons += [o for o in overrides if o["discount_pct"] > rules.max_discount_pct]
    if len(priced) < len(lines):
        quote.status = move(quote.status, QuoteStatus.NEEDS_REVIEW)
    if reasons:
        quote.status = move(quote.status, QuoteStatus.PENDING_APPROVAL)
        request_approval(
            session,
            quote.number,
            reasons,
            role="manager",
            actor=actor,
            cause=cause,
            now=quote.created_at,
        )
    session.add(quote)


def _currency(session: Session, line: QuoteLine) -> str:
    product = session.get(Product, line.sku)
    return product.currency if product else "USD"


def request_approval(
    session: Session,
    subject: str,
    reasons: list[dict[str, Any]],
    *,
    role: str,
    actor: str,
    cause: str | None,
    now: dt.datetime,
    kind: SubjectKind = SubjectKind.QUOTE,
) -> Approval:
    """Open an approval on `subject` (a quote's or order's number, as `kind` says) with
    its reasons; recorded in the trail."""
    from bot.serialize import plain

    approval = Approval(
        subject=subject,
        kind=kind.value,
        status=ApprovalStatus.PENDING.value,
        role=role,
        reasons=plain(reasons),
        requested_at=now,
    )
    session.add(approval)
    audit.record(session, subject, "approval_requested", actor, cause, role=role, reasons=reasons)
    return approval


def expire_due(session: Session, *, today: dt.date, actor: str = "system") -> list[str]:
    """Mark quotes past their validity as expired; returns their numbers."""
    begin_write(session)
    due = session.exec(
        select(Quote).where(
            col(Quote.status).in_(
                [QuoteStatus.DRAFT.value, QuoteStatus.SENT.value, QuoteStatus.NEEDS_REVIEW.value]
            ),
            col(Quote.valid_until) < today,
        )
    ).all()
    for quote in due:
        quote.status = move(quote.status, QuoteStatus.EXPIRED)
        session.add(quote)
        audit.record(
            session,
            quote.number,
            "expired",
            actor,
            None,
            version=quote.version,
            valid_until=quote.valid_until,
        )
    return [q.number for q in due]


def mark_sent(
    session: Session, number: str, *, actor: str, channel: str, cause: str | None = None
) -> Quote:
    """Record that the newest version went to the customer (a channel calls this)."""
    begin_write(session)
    quote = latest(session, number)
    if quote is None:
        raise QuoteError(f"no quote {number}")
    if quote.status in (QuoteStatus.NEEDS_REVIEW, QuoteStatus.PENDING_APPROVAL):
        raise QuoteError(_not_ready(quote))
    if quote.status != QuoteStatus.SENT:
        quote.status = move(quote.status, QuoteStatus.SENT)
        session.add(quote)
    audit.record(session, number, "sent", actor, cause, version=quote.version, channel=channel)
    return quote


def _not_ready(quote: Quote) -> str:
    what = (
        "has lines a seller must complete"
        if quote.status == QuoteStatus.NEEDS_REVIEW
        else "is waiting for a manager's approval"
    )
    return f"{quote.number} v{quote.version} {what}: it cannot be sent yet"


def mark_lost(session: Session, number: str, reason: str, *, actor: str) -> Quote:
    """Close a quote as lost, with the reason (price, lead time, competitor...)."""
    if not reason.strip():
        raise QuoteError("say why the quote was lost")
    begin_write(session)
    quote = latest(session, number)
    if quote is None:
        raise QuoteError(f"no quote {number}")
    quote.status = move(quote.status, QuoteStatus.LOST)
    quote.lost_reason = reason.strip()[:500]
    session.add(quote)
    audit.record(session, number, "lost", actor, reason.strip(), version=quote.version)
    return quote


def latest(session: Session, number: str) -> Quote | None:
    """The newest version of quote `number`."""
    return session.exec(
        select(Quote).where(Quote.number == number).order_by(col(Quote.version).desc()).limit(1)
    ).first()


def lines_of(session: Session, quote: Quote) -> list[QuoteLine]:
    return list(
        session.exec(
            select(QuoteLine)
            .where(QuoteLine.quote_id == quote.id)
            .order_by(col(QuoteLine.position))
        ).all()
    )
