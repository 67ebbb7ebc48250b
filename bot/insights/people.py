"""Where the sale gets stuck and who carries it: approvals, margins by family, workload.

* **Approvals by reason**: approvals requested in the range on quotes or orders of
  the customers in scope, counted once per reason code they carry (`margin_floor`,
  `discount`, `credit_limit`, ...), with how many were approved, rejected or still
  pending, and the median hours from request to decision.
* **By family**: lines quoted and won, their value, and the mean margin % of the
  quoted lines against the won ones (a family where won lines carry a thinner margin
  than quoted ones is being won on price).
* **Workload** per person (sellers and managers, never the bot): quotes of the
  customers they are the seller of, quote revisions they made (versions after the
  first, by who made them), approvals they asked (a seller's discount or price under
  the floor) and decided in the range, chats handled (conversations in scope they took
  over or wrote in), escalations they picked up from the queue with the median queue
  wait, and the first answers they gave with their median time (business hours;
  definitions in `response`).
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.insights import response
from bot.insights.figures import rate
from bot.insights.scope import Filters, lines_source, part_weeks, quotes_source, whole_weeks
from bot.insights.timing import person_sql
from bot.insights.weeks import family_sums, revisions_by_person
from bot.models import Approval, AuditEvent, Customer, Message, Order
from bot.models.insights import InsightFamilyWeek, InsightQuote, InsightRevisionWeek

WORKLOAD = ("quotes", "revisions", "approvals_asked", "approvals_decided", "chats_handled",
            "queue_picked", "queue_wait_median_minutes", "first_answers",
            "first_answer_median_minutes")  # fmt: skip


def approvals_by_reason(session: Session, filters: Filters) -> dict[str, dict[str, Any]]:
    """Approvals per reason code, with decisions and the median hours to decide."""
    dialect = session.get_bind().dialect.name
    requested_at, decided_at = col(Approval.requested_at), col(Approval.decided_at)
    # The seconds to decide (None while pending): PostgreSQL's exact interval in seconds
    # (a year's 10,000 approvals are not each made two Python datetimes); SQLite's
    # times are text, read as datetimes and subtracted here.
    spent: Any = (
        [sa.cast(sa.extract("epoch", decided_at - requested_at), sa.Float)]
        if dialect == "postgresql"
        else [requested_at, decided_at]
    )
    query = sa.select(
        col(Approval.status), sa.cast(col(Approval.reasons), sa.Text), *spent
    ).where(requested_at >= filters.since, requested_at < filters.until)
    found: dict[str, dict[str, Any]] = {}
    hours: dict[str, list[float]] = {}
    codes: dict[str, list[str]] = {}  # each reasons' text read once (few differ)
    for status, reasons, *times in session.execute(
        _owned(query, col(Approval.subject), filters, dialect)
    ):
        seconds = times[0] if len(times) == 1 else _seconds(*times)
        if reasons not in codes:
            codes[reasons] = sorted(
                {str(r.get("code", "other")) for r in json.loads(reasons or "null") or []}
            )
        for code in codes[reasons]:
            row = found.setdefault(code, {"asked": 0, "approved": 0, "rejected": 0, "pending": 0})
            row["asked"] += 1
            row[status] = row.get(status, 0) + 1
            if seconds is not None:
                hours.setdefault(code, []).append(seconds / 3600)
    for code, row in found.items():
        taken = hours.get(code)
        row["median_hours_to_decide"] = round(statistics.median(taken), 2) if taken else None
    return dict(sorted(found.items()))


def _seconds(start: dt.datetime, end: dt.datetime | None) -> float | None:
    return None if end is None else (end - start).total_seconds()


def _owned(query: Any, subject: Any, filters: Filters, dialect: str) -> Any:
    """`query` kept to the rows whose `subject` (a quote or order number) is a quote or
    an order in scope: its customer, its channel and the customer's seller as the
    filters say. A quote's are its newest version's (the summary's row: one per number,
    by its primary key); a number is a quote's or an order's, never both."""
    quote: Any = InsightQuote.__table__.alias("owner_quote")  # type: ignore[attr-defined]
    order: Any = Order.__table__.alias("owner_order")  # type: ignore[attr-defined]
    known: Any
    customer_id: Any
    channel: Any
    if not (filters.customer or filters.channel or filters.seller):
        # Any quote or order will do: an index probe or two that read no row (LIMIT:
        # probed per row, not planned as hashing every quote number).
        def probe(table: Any) -> Any:
            found = sa.select(sa.literal(1)).where(table.c.number == subject).limit(1)
            return found.scalar_subquery().is_not(None)

        return query.where(sa.or_(probe(quote), probe(order)))
    if dialect == "postgresql":
        # Two index probes per row (LATERAL keeps the planner from joining by hashing
        # all 250,000 quotes and 200,000 orders for a year's 10,000 approvals).
        found = (
            sa.union_all(
                sa.select(
                    sa.literal(1).label("rank"), quote.c.customer_id, quote.c.channel
                ).where(quote.c.number == subject),
                sa.select(sa.literal(2), order.c.customer_id, order.c.channel).where(
                    order.c.number == subject
                ),
            )
            .order_by(sa.literal_column("rank"))
            .limit(1)
            .lateral("owner")
        )
        known = found.c.rank.is_not(None)
        customer_id, channel = found.c.customer_id, found.c.channel
        query = query.outerjoin_from(subject.table, found, sa.true())
    else:
        known = sa.or_(quote.c.number.is_not(None), order.c.number.is_not(None))
        customer_id = sa.func.coalesce(quote.c.customer_id, order.c.customer_id)
        channel = sa.func.coalesce(quote.c.channel, order.c.channel)
        query = query.outerjoin(quote, quote.c.number == subject).outerjoin(
            order, order.c.number == subject
        )
    query = query.where(known)
    if filters.customer:
        query = query.where(customer_id == filters.customer)
    if filters.channel:
        query = query.where(channel == filters.channel)
    if filters.seller:
        seller = sa.func.lower(sa.func.coalesce(col(Customer.seller_email), ""))
        query = query.outerjoin(Customer, col(Customer.customer_id) == customer_id).where(
            seller == filters.seller.lower()
        )
    return query


def by_family(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Per product family: quoted and won lines and value, mean margin % quoted vs won.

    With the dates alone, the range's whole weeks are added up from the summary's sums
    per week and family (`InsightFamilyWeek`) and only the lines of the part-weeks at
    its ends are read (a year: ~1,000 rows instead of a million lines); under other
    filters, their lines.
    """

    def sums_of(scope: Filters) -> Any:
        lines = lines_source(scope)
        return (
            sa.select(lines.c.family, *family_sums(lines))
            .where(lines.c.family.is_not(None))
            .group_by(lines.c.family)
        )

    sums: Any = sums_of(filters)
    first, last = whole_weeks(filters.start, filters.end)
    if filters.dates_only and first <= last:
        weeks: Any = InsightFamilyWeek.__table__  # type: ignore[attr-defined]
        kept = sa.select(
            *(weeks.c[c.name] for c in sums.selected_columns)
        ).where(weeks.c.week >= first, weeks.c.week <= last)
        # The part-weeks' lines by their days (two ranges of the lines' date index: a
        # condition on their week would read the whole range's lines to keep a few).
        parts = [sums_of(p) for p in part_weeks(filters, first, last)]
        both = sa.union_all(*parts, kept).subquery("family_sums")
        sums = sa.select(
            both.c.family, *(sa.func.sum(c).label(c.name) for c in list(both.c)[1:])
        ).group_by(both.c.family)
    found = sums.subquery("by_family")
    rows = session.execute(sa.select(found).order_by(found.c.family)).all()
    zero = Decimal("0.00")
    return [
        {
            "family": r.family,
            "quoted": int(r.quoted),
            "won": int(r.won),
            "win_rate": rate(int(r.won), int(r.quoted)),
            "quoted_value": r.quoted_value if r.quoted_value is not None else zero,
            "won_value": r.won_value if r.won_value is not None else zero,
            "quoted_margin_pct": _mean(r.margin_sum, r.margin_n),
            "won_margin_pct": _mean(r.won_margin_sum, r.won_margin_n),
        }
        for r in rows
    ]


def _mean(total: Decimal | None, n: int) -> Decimal | None:
    if total is None or not n:
        return None
    return (Decimal(total) / int(n)).quantize(Decimal("0.01"))


def _revisions(filters: Filters) -> Any:
    """Revisions of the quotes in scope by who made them. With the dates alone, the
    range's whole weeks are the summary's counts per week (`InsightRevisionWeek`) and
    only the part-weeks' quotes are joined with their revisions; under other filters,
    every quote in scope."""
    first, last = whole_weeks(filters.start, filters.end)
    if not (filters.dates_only and first <= last):
        return revisions_by_person(quotes_source(filters))
    weeks: Any = InsightRevisionWeek.__table__  # type: ignore[attr-defined]
    parts = [revisions_by_person(quotes_source(p)) for p in part_weeks(filters, first, last)]
    kept = sa.select(weeks.c.person, weeks.c.revisions).where(
        weeks.c.week >= first, weeks.c.week <= last
    )
    both = sa.union_all(*parts, kept).subquery("revisions")
    return sa.select(both.c.person, sa.func.sum(both.c.revisions)).group_by(both.c.person)


def workload(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Per person: what they carried in the range (see the module's definition)."""
    q = quotes_source(filters)
    people: dict[str, dict[str, Any]] = {}

    def row(who: str) -> dict[str, Any]:
        values: dict[str, Any] = dict.fromkeys(WORKLOAD, 0)
        values["queue_wait_median_minutes"] = values["first_answer_median_minutes"] = None
        return people.setdefault(who.lower(), values)

    def bump(who: str | None, what: str, n: int) -> None:
        if who and response.is_person(who):
            row(who)[what] += n

    # Counted per customer first (the scoped quotes' customer index read in order),
    # then their few thousand counts joined with their sellers.
    per_customer = (
        sa.select(q.c.customer_id, sa.func.count().label("n"))
        .group_by(q.c.customer_id)
        .subquery("per_customer")
    )
    for seller, n in session.execute(
        sa.select(col(Customer.seller_email), sa.func.sum(per_customer.c.n))
        .select_from(per_customer)
        .join(Customer, col(Customer.customer_id) == per_customer.c.customer_id)
        .group_by(col(Customer.seller_email))
    ):
        bump(seller, "quotes", int(n))
    for who, n in session.execute(_revisions(filters)):
        bump(who, "revisions", int(n))
    decided = sa.select(col(Approval.decided_by), sa.func.count()).where(
        col(Approval.decided_at) >= filters.since, col(Approval.decided_at) < filters.until
    )
    asked = sa.select(col(AuditEvent.actor), sa.func.count()).where(
        col(AuditEvent.event) == "approval_requested",
        col(AuditEvent.at) >= filters.since,
        col(AuditEvent.at) < filters.until,
        col(AuditEvent.actor).not_in(response.NOT_A_PERSON),
        col(AuditEvent.actor).not_like("customer:%"),
    )
    for what, query, subject in (
        ("approvals_decided", decided, col(Approval.subject)),
        ("approvals_asked", asked, col(AuditEvent.subject)),
    ):
        owned = _owned(query, subject, filters, session.get_bind().dialect.name)
        for who, n in session.execute(owned.group_by(query.selected_columns[0])):
            bump(who, what, int(n))
    # Chats: conversations in scope a person took over or wrote in, in the range, counted
    # in SQL (a year holds ~25,000 takeovers and ~13,000 people's messages).
    # Each chat as its trail subject (`conversation:<id>`), the same from both sides.
    chat = sa.literal(response.CONVERSATION).concat(
        sa.cast(col(Message.conversation_id), sa.String)
    )
    wrote: Any = sa.select(
        sa.func.lower(col(Message.author)).label("who"), chat.label("chat")
    ).where(
        col(Message.direction) == "out",
        col(Message.created_at) >= filters.since,
        col(Message.created_at) < filters.until,
        col(Message.author).not_in(response.NOT_A_PERSON),  # the people's partial index
        person_sql(col(Message.author)),
    )
    took: Any = sa.select(sa.func.lower(col(AuditEvent.actor)), col(AuditEvent.subject)).where(
        col(AuditEvent.event) == "taken_over",
        col(AuditEvent.at) >= filters.since,
        col(AuditEvent.at) < filters.until,
        person_sql(col(AuditEvent.actor)),
    )
    if response.chats_scoped(filters):
        wrote = wrote.where(
            col(Message.conversation_id).in_(response.conversations_in_scope(filters))
        )
        scope = response.conversations_in_scope(filters).subquery("scope")
        named = sa.literal(response.CONVERSATION).concat(sa.cast(scope.c.id, sa.String))
        took = took.join(scope, col(AuditEvent.subject) == named)
    else:
        # Every conversation is in scope: a takeover's subject names its chat (a year's
        # takeovers are not joined with every conversation).
        took = took.where(col(AuditEvent.subject).startswith(response.CONVERSATION))
    handled = sa.union(wrote, took).subquery("handled")
    for who, n in session.execute(
        sa.select(handled.c.who, sa.func.count()).group_by(handled.c.who)
    ):
        row(who)["chats_handled"] = int(n)
    for who, picked in response.queue_picked_by_person(session, filters).items():
        row(who)["queue_picked"] = picked["count"]
        row(who)["queue_wait_median_minutes"] = picked["median_minutes"]
    for who, answered in response.first_answers_by_person(session, filters).items():
        row(who)["first_answers"] = answered["count"]
        row(who)["first_answer_median_minutes"] = answered["median_minutes"]
    return [{"person": who, **values} for who, values in sorted(people.items())]
