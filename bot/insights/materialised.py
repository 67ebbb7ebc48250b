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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import statistics
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, delete, select

from bot.clock import utcnow
from bot.db import begin_write
from bot.hours import BusinessHours, waited
from bot.insights.sql import day, day_plus, minutes_between, week
from bot.models import (
    AuditEvent,
    ErpImport,
    Message,
    Order,
    OrderLine,
    Product,
    Quote,
    QuoteLine,
    SalesLine,
)
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
from bot.models.types import UTCDateTime

TOUCHLESS_DECISIONS = ("auto", "chosen")
NOT_A_PERSON = ("bot", "system")
CONVERSATION = "conversation:"
QUEUE_ENDS = ("taken_over", "handed_back", "resolved", "cleared")
NOT_AN_ORDER = ("rejected", "cancelled")
# ERP files whose changes move figures kept in the summary.
ERP_FILES = ("sales_history.csv", "products.csv")
CHUNK = 500  # quote numbers per statement (SQLite's bound-parameter limit)
HOURS_KEPT = 200  # InsightState.hours' length
NO_REASON = "(no reason)"  # a lost quote's reason when none was given


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
            _recount(session, hours)
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
    chats = {c for c in (_conversation(s) for s in subjects) if c is not None}
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


def _conversation(subject: str) -> int | None:
    """The conversation id of a `conversation:<id>` subject (None for other subjects)."""
    rest = subject.removeprefix(CONVERSATION)
    return int(rest) if rest != subject and rest.isdigit() else None


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
    _insert(session, dialect, window, None)
    _count_unmet_weeks(session, None)
    _count_family_weeks(session, None)
    _quote_minutes(session, hours, None)
    _count_quote_weeks(session, None)
    _count_revision_weeks(session, None)
    _insert_customers(session, dialect, None)
    _insert_turns(session, hours, None)
    _count_turn_weeks(session, dialect, None)
    _insert_waits(session, hours, None)


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
        _insert(session, dialect, window, chunk)
        _quote_minutes(session, hours, chunk)
        weeks |= _weeks(session, chunk)
    for some in _chunks(sorted(weeks)):
        _count_unmet_weeks(session, some)
        _count_family_weeks(session, some)
        _count_quote_weeks(session, some)
        _count_revision_weeks(session, some)


def _weeks(session: Session, numbers: list[str]) -> set[dt.date]:
    """The weeks (Mondays) the summary holds these quotes in."""
    found = session.execute(
        sa.select(col(InsightQuote.week)).distinct().where(col(InsightQuote.number).in_(numbers))
    ).scalars()
    return {w if isinstance(w, dt.date) else dt.date.fromisoformat(str(w)) for w in found}


def _count_unmet_weeks(session: Session, weeks: list[dt.date] | None) -> None:
    """Count again the unmet-demand rows (customer, item) of these weeks (all when None)
    from the summary's lines, as `figures.unmet` groups them over every customer."""
    lines: Any = InsightLine.__table__  # type: ignore[attr-defined]
    table: Any = InsightUnmetWeek.__table__  # type: ignore[attr-defined]
    groups = (
        sa.select(lines.c.week)
        .where(lines.c.unmet.is_not(None))
        .group_by(lines.c.week, lines.c.customer_id, lines.c.item)
    )
    if weeks is not None:
        session.execute(delete(table).where(table.c.week.in_(weeks)))
        groups = groups.where(lines.c.week.in_(weeks))
    found = groups.subquery("unmet_groups")
    session.execute(
        sa.insert(table).from_select(
            ["week", "groups"],
            sa.select(found.c.week, sa.func.count()).group_by(found.c.week),
        )
    )


def family_sums(lines: Any) -> list[Any]:
    """A family's lines quoted and won, their value and margins, as sums that add up
    across weeks (`InsightFamilyWeek`'s columns after week and family)."""
    won = lines.c.won == 1
    has_margin = lines.c.margin_pct.is_not(None)
    return [
        sa.func.count().label("quoted"),
        sa.func.coalesce(sa.func.sum(lines.c.won), 0).label("won"),
        sa.func.sum(lines.c.line_total).label("quoted_value"),
        sa.func.sum(sa.case((won, lines.c.line_total), else_=None)).label("won_value"),
        sa.func.sum(lines.c.margin_pct).label("margin_sum"),
        sa.func.coalesce(sa.func.sum(sa.case((has_margin, 1), else_=0)), 0).label("margin_n"),
        sa.func.sum(sa.case((won, lines.c.margin_pct), else_=None)).label("won_margin_sum"),
        sa.func.coalesce(
            sa.func.sum(sa.case((sa.and_(won, has_margin), 1), else_=0)), 0
        ).label("won_margin_n"),
    ]


def _count_family_weeks(session: Session, weeks: list[dt.date] | None) -> None:
    """Add up again the lines of each family in these weeks (all when None), as
    `people.by_family` does over every customer."""
    lines: Any = InsightLine.__table__  # type: ignore[attr-defined]
    table: Any = InsightFamilyWeek.__table__  # type: ignore[attr-defined]
    sums = (
        sa.select(lines.c.week, lines.c.family, *family_sums(lines))
        .where(lines.c.family.is_not(None))
        .group_by(lines.c.week, lines.c.family)
    )
    if weeks is not None:
        session.execute(delete(table).where(table.c.week.in_(weeks)))
        sums = sums.where(lines.c.week.in_(weeks))
    columns = ["week", "family", "quoted", "won", "quoted_value", "won_value", "margin_sum",
               "margin_n", "won_margin_sum", "won_margin_n"]  # fmt: skip
    session.execute(sa.insert(table).from_select(columns, sums))


def _redo_turns(session: Session, conversations: set[int], hours: BusinessHours | None) -> None:
    dialect = session.get_bind().dialect.name
    weeks: set[dt.date] = set()
    for chunk in _chunks(sorted(conversations)):
        before = _turn_weeks(session, dialect, chunk)
        session.execute(delete(InsightTurn).where(col(InsightTurn.conversation_id).in_(chunk)))
        _insert_turns(session, hours, chunk)
        # Only the weeks whose counts these conversations moved (a chat's turns span
        # the year; a new message moves one week, if any).
        weeks |= {w for w, *_ in before ^ _turn_weeks(session, dialect, chunk)}
    for some in _chunks(sorted(weeks)):
        _count_turn_weeks(session, dialect, some)


def sending_kind(quotes: Any) -> Any:
    """How a quote was sent, as time to quote tells them apart: `not_sent`, by a
    `seller` (a person) or by the `bot`."""
    return sa.case(
        (quotes.c.sent_at.is_(None), "not_sent"),
        (person_sql(quotes.c.sent_by), "seller"),
        else_="bot",
    )


def answer_kind(turns: Any) -> Any:
    """Who answered a turn, as first answer tells them apart: `unanswered`, a `seller`
    (a person) or the `bot`."""
    return sa.case(
        (turns.c.answered_at.is_(None), "unanswered"),
        (person_sql(turns.c.answered_by), "seller"),
        else_="bot",
    )


def quote_groups(quotes: Any, by_week: bool = False) -> Any:
    """The quotes of a source shaped as `InsightQuote` (the summary's, or the figures'
    scoped ones) grouped by status, lost reason and sending, with sums that add up
    across weeks: `InsightQuoteWeek`'s columns (its week first when `by_week`)."""
    reason = sa.case(
        (quotes.c.status == "lost", sa.func.coalesce(quotes.c.lost_reason, NO_REASON)), else_=""
    )
    keyed = sa.select(
        *([quotes.c.week] if by_week else []),
        quotes.c.status,
        reason.label("reason"),
        sending_kind(quotes).label("sending"),
        *(quotes.c[name] for name in ("sent", "won_lines", "lines", "priced", "touchless",
                                      "quoted_value", "won_value", "minutes_to_quote")),
    ).subquery("keyed_quotes")  # fmt: skip
    k = keyed.c
    keys = [*([k.week] if by_week else []), k.status, k.reason, k.sending]
    zero = sa.literal(0)
    return sa.select(
        *keys,
        sa.func.count().label("quotes"),
        sa.func.coalesce(sa.func.sum(k.sent), zero).label("sent"),
        sa.func.coalesce(sa.func.sum(sa.case((k.won_lines > 0, 1), else_=0)), zero).label("won"),
        *(sa.func.coalesce(sa.func.sum(k[name]), zero).label(name)
          for name in ("lines", "priced", "won_lines", "touchless")),
        sa.func.sum(k.quoted_value).label("quoted_value"),
        sa.func.sum(k.won_value).label("won_value"),
        sa.func.count(k.minutes_to_quote).label("timed"),
    ).group_by(*keys)  # fmt: skip


def turn_groups(turns: Any, where: list[Any], week_of: Any = None) -> Any:
    """The turns of `turns` meeting `where` counted by `answer_kind` (after their
    week, `week_of` the turn's, when given), with how many have minutes:
    `InsightTurnWeek`'s columns."""
    keyed = (
        sa.select(
            *([week_of.label("week")] if week_of is not None else []),
            answer_kind(turns).label("kind"),
            turns.c.minutes,
        )
        .where(*where)
        .subquery("keyed_turns")
    )
    keys = [*([keyed.c.week] if week_of is not None else []), keyed.c.kind]
    return sa.select(
        *keys, sa.func.count().label("turns"), sa.func.count(keyed.c.minutes).label("timed")
    ).group_by(*keys)


def _within(at: Any, weeks: list[dt.date]) -> Any:
    """`at` in one of these weeks (Mondays, UTC): day ranges, which its index reads
    (alone: with a condition on the week too, PostgreSQL expects a tenth of the rows and
    probes the revisions once per quote instead of hashing them)."""
    return sa.or_(*(
        sa.and_(at >= _midnight(w), at < _midnight(w + dt.timedelta(days=7))) for w in weeks
    ))  # fmt: skip


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _quotes_of_weeks(
    session: Session, table: Any, weeks: list[dt.date] | None, *columns: Any
) -> Any:
    """The summary's quotes of these weeks (`columns`, all when none), `table`'s rows of
    those weeks deleted first, for a week table counted again; every quote, nothing deleted,
    when `weeks` is None (a full rebuild, the table already empty)."""
    quotes: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    if weeks is None:
        return quotes
    session.execute(delete(table).where(table.c.week.in_(weeks)))
    return (
        sa.select(*(columns or [quotes]))
        .where(_within(quotes.c.first_at, weeks))
        .subquery("quotes_of_weeks")
    )


def _count_quote_weeks(session: Session, weeks: list[dt.date] | None) -> None:
    """Count again the quotes of these weeks (all when None) by status, lost reason and
    sending, as the figures do over every customer (`InsightQuoteWeek`)."""
    table: Any = InsightQuoteWeek.__table__  # type: ignore[attr-defined]
    source = _quotes_of_weeks(session, table, weeks)
    groups = quote_groups(source, by_week=True)
    columns = [c.name for c in groups.selected_columns]
    session.execute(sa.insert(table).from_select(columns, groups))


def revisions_by_person(quotes: Any, by_week: bool = False) -> Any:
    """The revisions (versions after the first) of the quotes of `quotes` (the
    summary's, or the figures' scoped ones) counted by who made them (after the week of
    their quote when `by_week`): `InsightRevisionWeek`'s columns."""
    keys = [*([quotes.c.week] if by_week else []), col(Quote.created_by)]
    return (
        sa.select(*keys[:-1], keys[-1].label("person"), sa.func.count().label("revisions"))
        .select_from(Quote)
        .join(quotes, quotes.c.number == col(Quote.number))
        .where(col(Quote.version) > 1)
        .group_by(*keys)
    )


def _count_revision_weeks(session: Session, weeks: list[dt.date] | None) -> None:
    """Count again the revisions of the quotes of these weeks (all when None) by who
    made them, as the workload does over every customer (`InsightRevisionWeek`)."""
    table: Any = InsightRevisionWeek.__table__  # type: ignore[attr-defined]
    quotes: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    source = _quotes_of_weeks(session, table, weeks, quotes.c.number, quotes.c.week)
    counted = revisions_by_person(source, by_week=True)
    session.execute(sa.insert(table).from_select(["week", "person", "revisions"], counted))


def _turn_weeks(session: Session, dialect: str, conversations: list[int]) -> set[tuple[Any, ...]]:
    """The weekly counts these conversations' turns make (week, kind, turns, timed)."""
    turns: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    found = session.execute(
        turn_groups(
            turns, [turns.c.conversation_id.in_(conversations)], week(dialect, turns.c.asked_at)
        )
    )
    return {(_date(w), *rest) for w, *rest in found}


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _count_turn_weeks(session: Session, dialect: str, weeks: list[dt.date] | None) -> None:
    """Count again the turns asked in these weeks (all when None) by kind of answer, as
    first answer does over every conversation (`InsightTurnWeek`)."""
    turns: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    table: Any = InsightTurnWeek.__table__  # type: ignore[attr-defined]
    where: list[Any] = []
    if weeks is not None:
        session.execute(delete(table).where(table.c.week.in_(weeks)))
        where.append(_within(turns.c.asked_at, weeks))
    groups = turn_groups(turns, where, week(dialect, turns.c.asked_at))
    session.execute(sa.insert(table).from_select(["week", "kind", "turns", "timed"], groups))


def _redo_waits(session: Session, conversations: set[int], hours: BusinessHours | None) -> None:
    for chunk in _chunks(sorted(conversations)):
        session.execute(delete(InsightWait).where(col(InsightWait.conversation_id).in_(chunk)))
        _insert_waits(session, hours, chunk)


def _redo_customers(session: Session, dialect: str, customers: set[str]) -> None:
    ids = sorted(customers)
    for chunk in _chunks(ids):
        session.execute(delete(InsightCustomer).where(col(InsightCustomer.customer_id).in_(chunk)))
        _insert_customers(session, dialect, chunk)


def _newest(numbers: list[str] | None) -> Any:
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


def _insert(session: Session, dialect: str, window: int, numbers: list[str] | None) -> None:
    """Work out the lines and the quotes named (all when None) from the live tables."""
    q = _newest(numbers)
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


def purchase_days(
    session: Session, dialect: str, customers: list[str] | None, end: dt.date | None = None
) -> list[tuple[str, dt.date]]:
    """(customer_id, day) of every purchase (up to `end`), in customer and day order.

    A purchase day is a day with an invoice line of qty > 0 or a Mostrador order not
    rejected or cancelled (UTC days).
    """
    invoiced: Any = sa.select(
        col(SalesLine.customer_id).label("customer_id"), col(SalesLine.date).label("day")
    ).where(col(SalesLine.qty) > 0)
    ordered: Any = sa.select(
        col(Order.customer_id).label("customer_id"),
        day(dialect, col(Order.created_at)).label("day"),
    ).where(col(Order.status).not_in(NOT_AN_ORDER))
    if end is not None:
        invoiced = invoiced.where(col(SalesLine.date) <= end)
        until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
        ordered = ordered.where(col(Order.created_at) < until)
    if customers is not None:
        invoiced = invoiced.where(col(SalesLine.customer_id).in_(customers))
        ordered = ordered.where(col(Order.customer_id).in_(customers))
    both = sa.union(invoiced, ordered).subquery("purchases")
    rows = session.execute(
        sa.select(both.c.customer_id, both.c.day).order_by(both.c.customer_id, both.c.day)
    ).all()
    return [(c, d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))) for c, d in rows]


def rhythms(
    rows: Iterable[tuple[str, dt.date]],
) -> Iterable[tuple[str, list[dt.date], Decimal | None]]:
    """Per customer: purchase days and the median gap between them (None under two)."""
    for customer_id, group in itertools.groupby(rows, key=lambda r: r[0]):
        days = [d for _, d in group]
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        yield customer_id, days, Decimal(str(statistics.median(gaps))) if gaps else None


def _insert_customers(session: Session, dialect: str, customers: list[str] | None) -> None:
    rows = [
        {
            "customer_id": c,
            "purchases": len(days),
            "last_purchase": days[-1],
            "usual_interval_days": usual,
        }
        for c, days, usual in rhythms(purchase_days(session, dialect, customers))
    ]
    table: Any = InsightCustomer.__table__  # type: ignore[attr-defined]
    for start in range(0, len(rows), 5000):
        session.execute(sa.insert(table), rows[start : start + 5000])


def is_person(actor: str | None) -> bool:
    """A seller or manager (an email), not the bot, the system or a customer."""
    return bool(actor) and actor not in NOT_A_PERSON and not str(actor).startswith("customer:")


def person_sql(actor: Any) -> Any:
    """`is_person` as a SQL condition on an actor or author column."""
    return sa.and_(
        actor.is_not(None),
        actor != "",
        actor.not_in(NOT_A_PERSON),
        sa.func.substr(actor, 1, 9) != "customer:",
    )


def minutes(
    hours: BusinessHours | None, start: dt.datetime, end: dt.datetime, person: bool
) -> float:
    """Minutes from `start` to `end`: business hours for a person, wall clock for the bot."""
    spent = waited(hours, start, end) if person else max(end - start, dt.timedelta(0))
    return spent.total_seconds() / 60


def _count_again(
    session: Session,
    hours: BusinessHours | None,
    table: Any,
    columns: tuple[str, str, str, str],
    where: Any,
) -> None:
    """Count a person's waits in `hours`: `columns` are the row's key, its start, its end
    and the minutes to write."""
    key, start, end, spent = (table.c[name] for name in columns)
    rows = [
        {"k": k, "m": minutes(hours, a, b, True)}
        for k, a, b in session.execute(sa.select(key, start, end).where(end.is_not(None), where))
    ]
    statement = sa.update(table).where(key == sa.bindparam("k")).values({spent: sa.bindparam("m")})
    for first in range(0, len(rows), 5000):
        session.execute(statement, rows[first : first + 5000])


_QUOTE_MINUTES = ("number", "first_at", "sent_at", "minutes_to_quote")
_TURN_MINUTES = ("message_id", "asked_at", "answered_at", "minutes")
_WAIT_MINUTES = ("event_id", "at", "ended_at", "minutes")


def _quote_minutes(
    session: Session, hours: BusinessHours | None, numbers: list[str] | None
) -> None:
    """A person's sendings counted in business hours (the insert counted wall clock)."""
    if hours is None:
        return
    table: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    where = person_sql(table.c.sent_by)
    if numbers is not None:
        where = sa.and_(where, table.c.number.in_(numbers))
    _count_again(session, hours, table, _QUOTE_MINUTES, where)


def _insert_turns(
    session: Session, hours: BusinessHours | None, conversations: list[int] | None
) -> None:
    """The turns of these conversations (all when None), each with its first answer.

    Messages in conversation order with their neighbours (window functions: one sort);
    a turn not answered by the very next message (the buyer wrote twice) looks for its
    answer with one index probe (ix_messages_conversation_created, row values).
    """
    window: dict[str, Any] = {
        "partition_by": col(Message.conversation_id),
        "order_by": (col(Message.created_at), col(Message.id)),
    }
    ordered: Any = sa.select(
        col(Message.id).label("id"),
        col(Message.conversation_id).label("conversation_id"),
        col(Message.direction).label("direction"),
        col(Message.created_at).label("at"),
        sa.func.lag(col(Message.direction)).over(**window).label("prev_direction"),
        sa.func.lead(col(Message.direction)).over(**window).label("next_direction"),
        sa.func.lead(col(Message.created_at)).over(**window).label("next_at"),
        sa.func.lead(col(Message.author)).over(**window).label("next_author"),
    )
    if conversations is not None:
        ordered = ordered.where(col(Message.conversation_id).in_(conversations))
    ordered = ordered.subquery("ordered")

    def answer(column: str) -> Any:
        r = Message.__table__.alias(f"r_{column}")  # type: ignore[attr-defined]
        return (
            sa.select(r.c[column])
            .where(
                r.c.conversation_id == ordered.c.conversation_id,
                r.c.direction == "out",
                sa.tuple_(r.c.created_at, r.c.id) > sa.tuple_(ordered.c.at, ordered.c.id),
            )
            .order_by(r.c.created_at, r.c.id)
            .limit(1)
            .scalar_subquery()
        )

    by_next = ordered.c.next_direction == "out"
    rows = session.execute(
        sa.select(
            ordered.c.id,
            ordered.c.conversation_id,
            ordered.c.at,
            sa.case((by_next, ordered.c.next_at), else_=answer("created_at")),
            sa.case((by_next, ordered.c.next_author), else_=answer("author")),
        ).where(
            ordered.c.direction == "in",
            sa.func.coalesce(ordered.c.prev_direction, "out") == "out",
        )
    )
    turns = [
        {
            "message_id": message_id,
            "conversation_id": conversation_id,
            "asked_at": asked,
            "answered_at": answered,
            "answered_by": author if answered is not None else None,
            "minutes": (
                minutes(hours, asked, answered, is_person(author)) if answered is not None else None
            ),
        }
        for message_id, conversation_id, asked, answered, author in rows
    ]
    turns.sort(key=lambda t: (t["asked_at"], t["message_id"]))
    table: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    for start in range(0, len(turns), 5000):
        session.execute(sa.insert(table), turns[start : start + 5000])


def _insert_waits(
    session: Session, hours: BusinessHours | None, conversations: list[int] | None
) -> None:
    """The escalations of these conversations (all when None) and what ended each: the
    first of `QUEUE_ENDS` on the same conversation after it (business minutes)."""
    events: Any = sa.select(
        col(AuditEvent.id), col(AuditEvent.subject), col(AuditEvent.at), col(AuditEvent.actor),
        col(AuditEvent.event),
    ).where(col(AuditEvent.event).in_(("escalated", *QUEUE_ENDS)))  # fmt: skip
    if conversations is None:
        events = events.where(col(AuditEvent.subject).startswith(CONVERSATION))
    else:
        events = events.where(
            col(AuditEvent.subject).in_([f"{CONVERSATION}{c}" for c in conversations])
        )
    by_chat: dict[int, list[tuple[dt.datetime, int, str, str]]] = {}
    for event_id, subject, at, actor, event in session.execute(events):
        chat = _conversation(subject)
        if chat is not None:
            by_chat.setdefault(chat, []).append((at, event_id, actor, event))
    waits = []
    for chat, found in by_chat.items():
        found.sort()
        for i, (at, event_id, _, event) in enumerate(found):
            if event != "escalated":
                continue
            end = next(((t, a) for t, _, a, e in found[i + 1 :] if e in QUEUE_ENDS), None)
            waits.append({
                "event_id": event_id,
                "conversation_id": chat,
                "at": at,
                "ended_at": end[0] if end else None,
                "ended_by": end[1] if end else None,
                "minutes": minutes(hours, at, end[0], True) if end else None,
            })  # fmt: skip
    waits.sort(key=lambda w: (w["at"], w["event_id"]))
    table: Any = InsightWait.__table__  # type: ignore[attr-defined]
    for start in range(0, len(waits), 5000):
        session.execute(sa.insert(table), waits[start : start + 5000])


def _recount(session: Session, hours: BusinessHours | None) -> None:
    """Every wait a person answered counted again in other business hours."""
    quotes: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    turns: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    waits: Any = InsightWait.__table__  # type: ignore[attr-defined]
    _count_again(session, hours, quotes, _QUOTE_MINUTES, person_sql(quotes.c.sent_by))
    _count_again(session, hours, turns, _TURN_MINUTES, person_sql(turns.c.answered_by))
    _count_again(session, hours, waits, _WAIT_MINUTES, sa.true())
