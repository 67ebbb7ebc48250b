"""The summary's rows per quote line and per quote (`insight_lines`, `insight_quotes`), worked out
from the live tables: each quote's newest version, which of its lines were bought within the win
window (orders and ERP invoice lines as one set, one hash join), which were touchless, which
demand went unmet, and when and by whom the quote was sent.

Why a module of its own: this is the costly statement the summary exists for (a million quote
lines joined with every purchase); materialised.py decides which quotes to work out again, this
module how.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from bot.insights.purchases import NOT_AN_ORDER
from bot.insights.sql import day, day_plus, minutes_between, week
from bot.models import AuditEvent, Order, OrderLine, Product, Quote, QuoteLine, SalesLine
from bot.models.insights import InsightLine, InsightQuote
from bot.models.types import UTCDateTime

TOUCHLESS_DECISIONS = ("auto", "chosen")


def newest(numbers: list[str] | None) -> Any:
    """One row per quote: its newest version's row and version 1's time."""
    first = aliased(Quote)
    query: Any = (
        sa.select(
            col(Quote.id).label("id"),
            col(Quote.number).label("number"),
            col(Quote.customer_id).label("customer_id"),
            col(Quote.status).label("status"),
            col(Quote.channel).label("channel"),
            col(Quote.lost_reason).label("lost_reason"),
            col(first.created_at).label("first_at"),
        )
        .join(first, sa.and_(col(first.number) == col(Quote.number), col(first.version) == 1))
        .where(col(Quote.status) != "superseded")
    )
    if numbers is not None:
        query = query.where(col(Quote.number).in_(numbers))
    return query.subquery("newest")


def insert_quotes(session: Session, dialect: str, window: int, numbers: list[str] | None) -> None:
    """Work out the lines and the quotes named (all when None) from the live tables."""
    q = newest(numbers)
    # Purchases as one set (Mostrador's orders and the ERP's invoice lines), joined to
    # the lines on (customer, SKU) and the window: one hash join over both sets. `at` is
    # the order's moment (an order counts only after the quote), None for an invoice
    # line (dates only: its day counts).
    ordered = (
        sa.select(
            col(Order.customer_id).label("customer_id"),
            col(OrderLine.sku).label("sku"),
            day(dialect, col(Order.created_at)).label("day"),
            col(Order.created_at).label("at"),
        )
        .join(Order, col(Order.id) == col(OrderLine.order_id))
        .where(col(Order.status).not_in(NOT_AN_ORDER))
    )
    invoiced: Any = sa.select(
        col(SalesLine.customer_id).label("customer_id"),
        col(SalesLine.sku).label("sku"),
        col(SalesLine.date).label("day"),
        sa.cast(sa.null(), UTCDateTime).label("at"),
    ).where(col(SalesLine.qty) > 0)
    if numbers is not None:  # only these quotes' customers' purchases (their indexes)
        whose = sa.select(col(Quote.customer_id)).where(col(Quote.number).in_(numbers))
        ordered = ordered.where(col(Order.customer_id).in_(whose))
        invoiced = invoiced.where(col(SalesLine.customer_id).in_(whose))
    bought = sa.union_all(ordered, invoiced).subquery("bought")
    won_lines = (
        sa.select(col(QuoteLine.id).label("line_id"))
        .select_from(q)
        .join(QuoteLine, col(QuoteLine.quote_id) == q.c.id)
        .join(
            bought,
            sa.and_(bought.c.customer_id == q.c.customer_id, bought.c.sku == col(QuoteLine.sku)),
        )
        .where(
            bought.c.day >= day(dialect, q.c.first_at),
            bought.c.day <= day_plus(dialect, q.c.first_at, window),
            sa.or_(bought.c.at.is_(None), bought.c.at >= q.c.first_at),
        )
        .distinct()
        .subquery("won_lines")
    )
    touchless = sa.and_(
        col(QuoteLine.status) == "priced",
        col(QuoteLine.match_decision).in_(TOUCHLESS_DECISIONS),
        sa.func.coalesce(col(QuoteLine.price_rule), "") != "override",
    )
    unmet = sa.case(
        (col(QuoteLine.sku).is_(None), "unmatched"),
        (sa.func.coalesce(col(QuoteLine.available), 0) <= 0, "not_stocked"),
        (col(QuoteLine.available) < col(QuoteLine.quantity), "short"),
        else_=None,
    )
    rows = (
        sa.select(
            col(QuoteLine.id),
            q.c.number,
            q.c.customer_id,
            q.c.channel,
            q.c.first_at,
            week(dialect, q.c.first_at),
            col(QuoteLine.sku),
            col(Product.family),
            col(QuoteLine.status),
            col(QuoteLine.request_text),
            sa.func.coalesce(
                col(QuoteLine.sku), sa.func.lower(sa.func.trim(col(QuoteLine.request_text)))
            ),
            col(QuoteLine.quantity),
            col(QuoteLine.available),
            col(QuoteLine.line_total),
            col(QuoteLine.margin_pct),
            sa.case((won_lines.c.line_id.is_not(None), 1), else_=0),
            sa.case((touchless, 1), else_=0),
            sa.case((col(QuoteLine.status) == "priced", 1), else_=0),
            unmet,
        )
        .select_from(q)
        .join(QuoteLine, col(QuoteLine.quote_id) == q.c.id)
        .outerjoin(Product, col(Product.sku) == col(QuoteLine.sku))
        .outerjoin(won_lines, won_lines.c.line_id == col(QuoteLine.id))
        # Written in date order, a range of days is a run of the table's pages.
        .order_by(q.c.first_at, col(QuoteLine.id))
    )
    line_cols = ["line_id", "number", "customer_id", "channel", "first_at", "week", "sku",
                 "family", "line_status", "request_text", "item", "quantity", "available",
                 "line_total", "margin_pct", "won", "touchless", "priced", "unmet"]  # fmt: skip
    lines_table: Any = InsightLine.__table__  # type: ignore[attr-defined]
    session.execute(sa.insert(lines_table).from_select(line_cols, rows))
    # The quotes, from the lines just written (a quote without lines counts too).
    L: Any = lines_table.c
    per_quote = (
        sa.select(
            L.number.label("number"),
            sa.func.count().label("lines"),
            sa.func.sum(L.priced).label("priced"),
            sa.func.sum(L.won).label("won_lines"),
            sa.func.sum(L.touchless).label("touchless"),
            sa.func.sum(L.line_total).label("quoted_value"),
            sa.func.sum(sa.case((L.won == 1, L.line_total), else_=0)).label("won_value"),
        )
        .where(L.number.in_(numbers) if numbers is not None else sa.true())
        .group_by(L.number)
        .subquery("per_quote")
    )
    sent_event = sa.and_(col(AuditEvent.subject) == q.c.number, col(AuditEvent.event) == "sent")
    sent = sa.select(sa.literal(1)).where(sent_event).exists()
    sent_at = sa.select(sa.func.min(col(AuditEvent.at))).where(sent_event).scalar_subquery()
    sent_by = (
        sa.select(col(AuditEvent.actor))
        .where(sent_event)
        .order_by(col(AuditEvent.at), col(AuditEvent.id))
        .limit(1)
        .scalar_subquery()
    )
    zero = sa.literal(0)
    quotes = (
        sa.select(
            q.c.number,
            q.c.customer_id,
            q.c.channel,
            q.c.status,
            q.c.lost_reason,
            sa.case((sent, 1), else_=0),
            sent_at,
            sent_by,
            minutes_between(dialect, q.c.first_at, sent_at),
            q.c.first_at,
            week(dialect, q.c.first_at),
            sa.func.coalesce(per_quote.c.lines, zero),
            sa.func.coalesce(per_quote.c.priced, zero),
            sa.func.coalesce(per_quote.c.won_lines, zero),
            sa.func.coalesce(per_quote.c.touchless, zero),
            sa.func.coalesce(per_quote.c.quoted_value, zero),
            sa.func.coalesce(per_quote.c.won_value, zero),
        )
        .outerjoin(per_quote, per_quote.c.number == q.c.number)
        .order_by(q.c.first_at, q.c.number)
    )
    quote_cols = ["number", "customer_id", "channel", "status", "lost_reason", "sent",
                  "sent_at", "sent_by", "minutes_to_quote", "first_at", "week", "lines",
                  "priced", "won_lines", "touchless", "quoted_value", "won_value"]  # fmt: skip
    quotes_table: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    session.execute(sa.insert(quotes_table).from_select(quote_cols, quotes))
