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

import statistics
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.insights import response
from bot.insights.figures import _sum, rate
from bot.insights.scope import Filters, lines_source, quotes_source
from bot.models import Approval, AuditEvent, Customer, Message, Order, Quote

WORKLOAD = ("quotes", "revisions", "approvals_asked", "approvals_decided", "chats_handled",
            "queue_picked", "queue_wait_median_minutes", "first_answers",
            "first_answer_median_minutes")  # fmt: skip


def approvals_by_reason(session: Session, filters: Filters) -> dict[str, dict[str, Any]]:
    """Approvals per reason code, with decisions and the median hours to decide."""
    rows = session.execute(
        sa.select(Approval).where(
            col(Approval.requested_at) >= filters.since,
            col(Approval.requested_at) < filters.until,
        )
    ).scalars()
    approvals = list(rows)
    owners = _subjects(session, sorted({a.subject for a in approvals}))
    found: dict[str, dict[str, Any]] = {}
    hours: dict[str, list[float]] = {}
    for approval in approvals:
        owner = owners.get(approval.subject)
        if owner is None or not _in_scope(owner, filters):
            continue
        for code in sorted({str(r.get("code", "other")) for r in approval.reasons}):
            row = found.setdefault(code, {"asked": 0, "approved": 0, "rejected": 0, "pending": 0})
            row["asked"] += 1
            row[approval.status] = row.get(approval.status, 0) + 1
            if approval.decided_at is not None:
                spent = approval.decided_at - approval.requested_at
                hours.setdefault(code, []).append(spent.total_seconds() / 3600)
    for code, row in found.items():
        spent = hours.get(code)
        row["median_hours_to_decide"] = round(statistics.median(spent), 2) if spent else None
    return dict(sorted(found.items()))


def _subjects(
    session: Session, subjects: list[str]
) -> dict[str, tuple[str | None, str, str | None]]:
    """Quote or order number → (customer_id, channel, the customer's seller)."""
    if not subjects:
        return {}
    out: dict[str, tuple[str | None, str, str | None]] = {}
    for model in (Quote, Order):
        query = (
            sa.select(
                col(model.number), col(model.customer_id), col(model.channel),
                col(Customer.seller_email),
            )
            .outerjoin(Customer, col(Customer.customer_id) == col(model.customer_id))
            .where(col(model.number).in_(subjects))
        )  # fmt: skip
        for number, customer_id, channel, seller in session.execute(query):
            out[number] = (customer_id, channel, seller)
    return out


def _in_scope(owner: tuple[str | None, str, str | None], filters: Filters) -> bool:
    customer_id, channel, seller = owner
    if filters.customer and customer_id != filters.customer:
        return False
    if filters.channel and channel != filters.channel:
        return False
    return not (filters.seller and (seller or "").lower() != filters.seller.lower())


def by_family(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Per product family: quoted and won lines and value, mean margin % quoted vs won."""
    lines = lines_source(filters)
    has_margin = lines.c.margin_pct.is_not(None)
    won = lines.c.won == 1
    rows = session.execute(
        sa.select(
            lines.c.family,
            sa.func.count().label("quoted"),
            _sum(lines.c.won).label("won"),
            sa.func.sum(lines.c.line_total).label("quoted_value"),
            sa.func.sum(sa.case((won, lines.c.line_total), else_=None)).label("won_value"),
            sa.func.sum(lines.c.margin_pct).label("margin_sum"),
            _sum(sa.case((has_margin, 1), else_=0)).label("margin_n"),
            sa.func.sum(sa.case((won, lines.c.margin_pct), else_=None)).label("won_margin_sum"),
            _sum(sa.case((sa.and_(won, has_margin), 1), else_=0)).label("won_margin_n"),
        )
        .where(lines.c.family.is_not(None))
        .group_by(lines.c.family)
        .order_by(lines.c.family)
    ).all()
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


def workload(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Per person: what they carried in the range (see the module's definition)."""
    hours = filters.hours
    q = quotes_source(filters)
    people: dict[str, dict[str, Any]] = {}
    chats: dict[str, set[int]] = {}
    waits: dict[str, list[float]] = {}
    answered: dict[str, list[float]] = {}

    def row(who: str) -> dict[str, Any]:
        return people.setdefault(who.lower(), dict.fromkeys(WORKLOAD, 0))

    def bump(who: str | None, what: str, n: int) -> None:
        if who and response.is_person(who):
            row(who)[what] += n

    for seller, n in session.execute(
        sa.select(col(Customer.seller_email), sa.func.count())
        .select_from(q)
        .join(Customer, col(Customer.customer_id) == q.c.customer_id)
        .group_by(col(Customer.seller_email))
    ):
        bump(seller, "quotes", int(n))
    for who, n in session.execute(
        sa.select(col(Quote.created_by), sa.func.count())
        .select_from(Quote)
        .join(q, q.c.number == col(Quote.number))
        .where(col(Quote.version) > 1)
        .group_by(col(Quote.created_by))
    ):
        bump(who, "revisions", int(n))
    decided = sa.select(col(Approval.subject), col(Approval.decided_by)).where(
        col(Approval.decided_at) >= filters.since, col(Approval.decided_at) < filters.until
    )
    asked = sa.select(col(AuditEvent.subject), col(AuditEvent.actor)).where(
        col(AuditEvent.event) == "approval_requested",
        col(AuditEvent.at) >= filters.since,
        col(AuditEvent.at) < filters.until,
        col(AuditEvent.actor).not_in(response.NOT_A_PERSON),
        col(AuditEvent.actor).not_like("customer:%"),
    )
    decisions, requests = session.execute(decided).all(), session.execute(asked).all()
    owners = _subjects(session, sorted({s for s, _ in [*decisions, *requests]}))
    for what, pairs in (("approvals_decided", decisions), ("approvals_asked", requests)):
        for subject, who in pairs:
            owner = owners.get(subject)
            if owner is not None and _in_scope(owner, filters):
                bump(who, what, 1)
    # Chats: conversations in scope a person took over or wrote in, in the range.
    scope = response.conversations_in_scope(filters)
    for conversation_id, who in session.execute(
        sa.select(col(Message.conversation_id), col(Message.author))
        .distinct()
        .where(
            col(Message.direction) == "out",
            col(Message.created_at) >= filters.since,
            col(Message.created_at) < filters.until,
            col(Message.author).not_in(response.NOT_A_PERSON),
            col(Message.conversation_id).in_(scope),
        )
    ):
        if response.is_person(who):
            chats.setdefault(who.lower(), set()).add(int(conversation_id))
    taken = session.execute(
        sa.select(col(AuditEvent.subject), col(AuditEvent.actor)).where(
            col(AuditEvent.event) == "taken_over",
            col(AuditEvent.at) >= filters.since,
            col(AuditEvent.at) < filters.until,
        )
    ).all()
    kept = response.scoped_subjects(session, filters, sorted({s for s, _ in taken}))
    for subject, who in taken:
        if subject in kept and response.is_person(who):
            chats.setdefault(who.lower(), set()).add(
                int(subject.removeprefix(response.CONVERSATION))
            )
    for escalation in response.escalations(session, filters):
        who = escalation["ended_by"]
        if escalation["minutes"] is not None and response.is_person(who):
            row(who)["queue_picked"] += 1
            waits.setdefault(who.lower(), []).append(escalation["minutes"])
    for asked_at, at, author in response.answers(session, filters):
        if at is not None and author and response.is_person(author):
            who = author
            row(who)["first_answers"] += 1
            answered.setdefault(who.lower(), []).append(response.minutes(hours, asked_at, at, True))
    for who, ids in chats.items():
        row(who)["chats_handled"] = len(ids)
    for who, values in people.items():
        values["queue_wait_median_minutes"] = response.stats(waits.get(who, []))["median_minutes"]
        values["first_answer_median_minutes"] = response.stats(answered.get(who, []))[
            "median_minutes"
        ]
    return [{"person": who, **values} for who, values in sorted(people.items())]
