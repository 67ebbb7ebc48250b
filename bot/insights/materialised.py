"""The materialised summary every figure reads (bot/models/insights.py), kept fresh.

Working out at read time which of a million quote lines were bought (a join of every
line with every order and invoice line) took 20+ s; the figures now read rows worked
out once — one per quote line (`insight_lines`), one per quote (`insight_quotes`), one
per customer's purchase rhythm (`insight_customers`) — and each call scans the days
it asks for through an index.

Freshness without trusting anyone to call us: every state change leaves an audit
event (a quote created, sent, revised, lost, expired, accepted; an order created,
confirmed, cancelled; an approval decided), so `refresh` reads the trail past the
last event it saw and works out again the quotes named there, and for an order the
customer's quotes of the window before it (their lines may now be won) and that
customer's rhythm. The ERP's sales history moves without a trail event: an import
that changed `sales_history.csv` or `products.csv` (families) makes the next refresh
a full one — run right after the import by the erp-sync job and every few minutes by
the `insights-refresh` cron job, so a reader rarely pays for it. Every API call and
page refreshes first, so what they show is exact as of the call.

This module decides *when* and *which* rows are worked out again; *how* each table is
worked out lives beside it, one concept a module: `quote_rows` (lines and quotes),
`purchases` (what a purchase is, each customer's rhythm), `turns` (turns and escalations
from the chats), `weeks` (the weekly tables, and the groupings the figures share) and
`timing` (who is a person, minutes in business hours).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, delete, select

from bot.clock import utcnow
from bot.db import begin_write
from bot.hours import BusinessHours
from bot.insights.purchases import insert_customers
from bot.insights.quote_rows import insert_quotes
from bot.insights.timing import quote_minutes, recount
from bot.insights.turns import conversation_of, insert_turns, insert_waits
from bot.insights.weeks import (
    count_family_weeks,
    count_quote_weeks,
    count_revision_weeks,
    count_turn_weeks,
    count_unmet_weeks,
    turn_weeks,
)
from bot.models import AuditEvent, ErpImport, Message, Order, Quote
from bot.models.insights import (
    InsightCustomer,
    InsightFamilyWeek,
    InsightLine,
    InsightQuote,
    InsightQuoteWeek,
    InsightRevisionWeek,
    InsightState,
    InsightTurn,
    InsightTurnWeek,
    InsightUnmetWeek,
    InsightWait,
)

# ERP files whose changes move figures kept in the summary.
ERP_FILES = ("sales_history.csv", "products.csv")


CHUNK = 500  # quote numbers per statement (SQLite's bound-parameter limit)


HOURS_KEPT = 200  # InsightState.hours' length


def dialect_of(session: Session) -> str:
    """The database's dialect; on PostgreSQL, JIT off for this transaction.

    The planner's cost of these aggregates crosses the JIT threshold, and compiling
    them takes longer (over a second) than running them.
    """
    name = session.get_bind().dialect.name
    if name == "postgresql":
        session.execute(sa.text("SET LOCAL jit = off"))
        # The 90-day groupings (unmet demand: ~130,000 lines at 1M) sort in memory.
        session.execute(sa.text("SET LOCAL work_mem = '32MB'"))
        # The summary and the lookups it joins (quotes, orders by number) are read from
        # memory: an index probe costs little more than a page read in order, so a few
        # thousand of them beat scanning 250,000 rows.
        session.execute(sa.text("SET LOCAL random_page_cost = 1.1"))
    return name


def refresh(
    session: Session,
    win_window_days: int,
    hours: BusinessHours | None = None,
    *,
    full: bool = False,
) -> str:
    """Bring the summary up to the trail, the chats and the ERP's last import; commits.

    `hours` (BUSINESS_HOURS) are what a person's waits are counted in; other hours
    than the summary's count them again. Returns what it did: "full", "incremental"
    or "fresh". Give it a session of its own (a reader's snapshot taken before would
    not see what it writes).
    """
    begin_write(session)
    dialect = dialect_of(session)
    state = _state(session, dialect)
    last_audit = session.execute(sa.select(sa.func.max(col(AuditEvent.id)))).scalar() or 0
    last_message = session.execute(sa.select(sa.func.max(col(Message.id)))).scalar() or 0
    imports = session.execute(
        sa.select(col(ErpImport.id), col(ErpImport.changes)).where(
            col(ErpImport.id) > state.erp_import_id
        )
    ).all()
    last_import = max([i for i, _ in imports], default=state.erp_import_id)
    erp_moved = any(_moved(changes) for _, changes in imports)
    hours_text = hours_key(hours)
    if full or erp_moved or state.win_window_days != win_window_days or not state.refreshed_at:
        _rebuild(session, dialect, win_window_days, hours)
        done = "full"
    else:
        done = "fresh"
        if last_audit > state.audit_id:
            numbers, customers, chats = _touched(
                session, state.audit_id, last_audit, win_window_days
            )
            _redo_quotes(session, dialect, win_window_days, numbers, hours)
            _redo_customers(session, dialect, customers)
            _redo_waits(session, chats, hours)
            done = "incremental"
        if last_message > state.message_id:
            _redo_turns(session, _chatted(session, state.message_id, last_message), hours)
            done = "incremental"
        if (state.hours or None) != hours_text:
            recount(session, hours)
            done = "incremental"
    if done != "fresh" or last_import != state.erp_import_id:
        state.audit_id, state.erp_import_id = last_audit, last_import
        state.message_id, state.hours = last_message, hours_text
        state.win_window_days, state.refreshed_at = win_window_days, utcnow()
        session.add(state)
    session.commit()
    if done == "full" and dialect == "postgresql":
        _vacuum(session)
    return done


SUMMARY_TABLES = ("insight_lines", "insight_quotes", "insight_customers", "insight_turns",
                  "insight_waits", "insight_unmet_weeks", "insight_family_weeks",
                  "insight_quote_weeks", "insight_turn_weeks",
                  "insight_revision_weeks")  # fmt: skip


def _vacuum(session: Session) -> None:
    """After a rebuild: the old rows' space back and the planner's statistics of the new
    ones, now rather than when autovacuum comes by (until then a 90-day read plans for a
    table of a few hundred rows and reads the million dead ones too)."""
    engine = session.get_bind().engine
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text(f"VACUUM (ANALYZE) {', '.join(SUMMARY_TABLES)}"))


def hours_key(hours: BusinessHours | None) -> str | None:
    """What `InsightState.hours` keeps of the hours: their text, or its digest when
    longer than the column (many spans)."""
    if hours is None:
        return None
    if len(hours.text) <= HOURS_KEPT:
        return hours.text
    return "sha256:" + hashlib.sha256(hours.text.encode()).hexdigest()


def _state(session: Session, dialect: str) -> InsightState:
    """The one state row, locked so two refreshes never work out the same rows at once."""
    query = select(InsightState).where(InsightState.id == 1)
    if dialect == "postgresql":
        query = query.with_for_update()
    state = session.exec(query).first()
    if state is None:
        if dialect == "postgresql":  # two first readers: one inserts, the other waits
            session.execute(sa.text("LOCK TABLE insight_state IN EXCLUSIVE MODE"))
            state = session.exec(query).first()
        if state is None:
            state = InsightState(id=1, audit_id=0, erp_import_id=0, refreshed_at=None)
    return state


def _moved(changes: dict[str, Any]) -> bool:
    return any(
        any(int(t.get(k, 0)) for k in ("inserted", "updated", "removed"))
        for name, t in (changes or {}).items()
        if name in ERP_FILES
    )


def _touched(
    session: Session, after: int, upto: int, window: int
) -> tuple[set[str], set[str], set[int]]:
    """Quote numbers to work out again, customers whose rhythm moved, and conversations
    whose escalations moved."""
    subjects = {
        s
        for (s,) in session.execute(
            sa.select(col(AuditEvent.subject))
            .distinct()
            .where(col(AuditEvent.id) > after, col(AuditEvent.id) <= upto)
        )
    }
    numbers: set[str] = set()
    customers: set[str] = set()
    chats = {c for c in (conversation_of(s) for s in subjects) if c is not None}
    names = sorted(subjects)
    for chunk in _chunks(names):
        numbers |= set(
            session.execute(
                sa.select(col(Quote.number)).distinct().where(col(Quote.number).in_(chunk))
            ).scalars()
        )
        for customer_id, created_at in session.execute(
            sa.select(col(Order.customer_id), col(Order.created_at)).where(
                col(Order.number).in_(chunk)
            )
        ):
            customers.add(customer_id)
            since = created_at - dt.timedelta(days=window + 1)
            numbers |= set(
                session.execute(
                    sa.select(col(Quote.number))
                    .distinct()
                    .where(col(Quote.customer_id) == customer_id, col(Quote.created_at) >= since)
                ).scalars()
            )
    return numbers, customers, chats


def _chatted(session: Session, after: int, upto: int) -> set[int]:
    """Conversations with messages stored after message `after` (up to `upto`)."""
    return set(
        session.execute(
            sa.select(col(Message.conversation_id))
            .distinct()
            .where(col(Message.id) > after, col(Message.id) <= upto)
        ).scalars()
    )


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _rebuild(session: Session, dialect: str, window: int, hours: BusinessHours | None) -> None:
    for model in (InsightLine, InsightQuote, InsightCustomer, InsightTurn, InsightWait,
                  InsightUnmetWeek, InsightFamilyWeek, InsightQuoteWeek,
                  InsightTurnWeek, InsightRevisionWeek):  # fmt: skip
        session.execute(delete(model))
    insert_quotes(session, dialect, window, None)
    count_unmet_weeks(session, None)
    count_family_weeks(session, None)
    quote_minutes(session, hours, None)
    count_quote_weeks(session, None)
    count_revision_weeks(session, None)
    insert_customers(session, dialect, None)
    insert_turns(session, hours, None)
    count_turn_weeks(session, dialect, None)
    insert_waits(session, hours, None)


def _redo_quotes(
    session: Session,
    dialect: str,
    window: int,
    numbers: set[str],
    hours: BusinessHours | None,
) -> None:
    weeks: set[dt.date] = set()
    for chunk in _chunks(sorted(numbers)):
        weeks |= _weeks(session, chunk)
        session.execute(delete(InsightLine).where(col(InsightLine.number).in_(chunk)))
        session.execute(delete(InsightQuote).where(col(InsightQuote.number).in_(chunk)))
        insert_quotes(session, dialect, window, chunk)
        quote_minutes(session, hours, chunk)
        weeks |= _weeks(session, chunk)
    for some in _chunks(sorted(weeks)):
        count_unmet_weeks(session, some)
        count_family_weeks(session, some)
        count_quote_weeks(session, some)
        count_revision_weeks(session, some)


def _weeks(session: Session, numbers: list[str]) -> set[dt.date]:
    """The weeks (Mondays) the summary holds these quotes in."""
    found = session.execute(
        sa.select(col(InsightQuote.week)).distinct().where(col(InsightQuote.number).in_(numbers))
    ).scalars()
    return {w if isinstance(w, dt.date) else dt.date.fromisoformat(str(w)) for w in found}


def _redo_turns(session: Session, conversations: set[int], hours: BusinessHours | None) -> None:
    dialect = session.get_bind().dialect.name
    weeks: set[dt.date] = set()
    for chunk in _chunks(sorted(conversations)):
        before = turn_weeks(session, dialect, chunk)
        session.execute(delete(InsightTurn).where(col(InsightTurn.conversation_id).in_(chunk)))
        insert_turns(session, hours, chunk)
        # Only the weeks whose counts these conversations moved (a chat's turns span
        # the year; a new message moves one week, if any).
        weeks |= {w for w, *_ in before ^ turn_weeks(session, dialect, chunk)}
    for some in _chunks(sorted(weeks)):
        count_turn_weeks(session, dialect, some)


def _redo_waits(session: Session, conversations: set[int], hours: BusinessHours | None) -> None:
    for chunk in _chunks(sorted(conversations)):
        session.execute(delete(InsightWait).where(col(InsightWait.conversation_id).in_(chunk)))
        insert_waits(session, hours, chunk)


def _redo_customers(session: Session, dialect: str, customers: set[str]) -> None:
    ids = sorted(customers)
    for chunk in _chunks(ids):
        session.execute(delete(InsightCustomer).where(col(InsightCustomer.customer_id).in_(chunk)))
        insert_customers(session, dialect, chunk)
