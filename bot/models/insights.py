"""The insights summary: quote lines and quotes with their figures worked out once.

Written only by `bot.insights.summary` (refreshed from the trail on every read and by
the `insights-refresh` cron job); every figure of `bot.insights` reads these rows, so a
call scans one narrow table by date instead of joining a million quote lines with
every purchase. Nothing here is a source of truth: a full refresh rebuilds it all.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field, time_field


class InsightLine(SQLModel, table=True):
    """A line of a quote's newest version, with its quote's facts and its flags."""

    __tablename__ = "insight_lines"
    __table_args__ = (
        sa.Index("ix_insight_lines_first_at", "first_at"),
        sa.Index("ix_insight_lines_family_first_at", "family", "first_at"),
        sa.Index("ix_insight_lines_customer_first_at", "customer_id", "first_at"),
    )

    line_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    number: str = Field(max_length=20, index=True)
    customer_id: str | None = Field(default=None, max_length=64)
    channel: str = Field(max_length=20)
    first_at: dt.datetime = time_field()
    week: dt.date
    sku: str | None = Field(default=None, max_length=64)
    family: str | None = Field(default=None, max_length=80)
    line_status: str = Field(max_length=10)
    request_text: str = Field(max_length=500)
    item: str = Field(max_length=500)  # the SKU, else the buyer's words in lower case
    quantity: Decimal = decimal_field()
    available: Decimal | None = decimal_field(nullable=True)
    line_total: Decimal | None = decimal_field(nullable=True)
    margin_pct: Decimal | None = decimal_field(nullable=True)
    won: int = Field(default=0)  # 1 when bought within the window (see bot.insights)
    touchless: int = Field(default=0)
    priced: int = Field(default=0)
    unmet: str | None = Field(default=None, max_length=12)  # unmatched/not_stocked/short


# Unmet demand in the order its table shows it (newest week first, then customer and
# item), over the unmet lines only: the first rows of a range are read from its head
# without grouping the rest, and a week's rows are counted from it without the table.
_unmet = sa.text("unmet IS NOT NULL")
sa.Index(
    "ix_insight_lines_unmet_week",
    InsightLine.__table__.c.week.desc(),  # type: ignore[attr-defined]
    InsightLine.__table__.c.customer_id,  # type: ignore[attr-defined]
    InsightLine.__table__.c.item,  # type: ignore[attr-defined]
    InsightLine.__table__.c.first_at,  # type: ignore[attr-defined]
    # What the rows show, so PostgreSQL reads the index alone (migration 0028): in the
    # index's order the lines are ~70,000 scattered pages at 90 days of 1M lines.
    postgresql_include=["request_text", "sku", "unmet", "quantity"],
    postgresql_where=_unmet,
    sqlite_where=_unmet,
)


def _person(column: str) -> str:
    """bot.insights' `person_sql` as text: a seller or manager wrote or sent it."""
    return (f"{column} IS NOT NULL AND {column} <> '' AND {column} NOT IN ('bot', 'system')"
            f" AND substr({column}, 1, 9) <> 'customer:'")  # fmt: skip


def _by_kind(table: Any, value: str, at: str, done: str, actor: str) -> None:
    """Two partial indexes on (`value`, `at`): the rows a person finished (`done` and
    `actor` a person, with who on PostgreSQL: the figures per person read it alone) and
    the ones the bot did. A range's median of each kind is read from its middle in
    order (bot/insights/response.py, `by_kind`), not sorted."""
    for kind, who in (("person", _person(actor)), ("bot", f"NOT ({_person(actor)})")):
        where = sa.text(f"{done} IS NOT NULL AND {who}")
        sa.Index(f"ix_{table.name}_{kind}_{value}", table.c[value], table.c[at],
                 postgresql_include=[actor] if kind == "person" else [],
                 postgresql_where=where, sqlite_where=where)  # fmt: skip


class InsightQuote(SQLModel, table=True):
    """A quote counted once: its newest version's status and its lines' totals."""

    __tablename__ = "insight_quotes"
    __table_args__ = (
        sa.Index("ix_insight_quotes_first_at", "first_at"),
        sa.Index("ix_insight_quotes_customer_first_at", "customer_id", "first_at"),
    )

    number: str = Field(primary_key=True, max_length=20)
    customer_id: str | None = Field(default=None, max_length=64)
    channel: str = Field(max_length=20)
    status: str = Field(max_length=20)
    lost_reason: str | None = Field(default=None, max_length=500)
    sent: int = Field(default=0)
    sent_at: dt.datetime | None = time_field(nullable=True)  # the first `sent` event
    sent_by: str | None = Field(default=None, max_length=254)  # its actor: bot or a person
    first_at: dt.datetime = time_field()
    week: dt.date
    lines: int = Field(default=0)
    priced: int = Field(default=0)
    won_lines: int = Field(default=0)
    touchless: int = Field(default=0)
    quoted_value: Decimal = decimal_field(default=Decimal(0))
    won_value: Decimal = decimal_field(default=Decimal(0))
    # From version 1 to the first sending: business hours when a person sent it, wall
    # clock when the bot did (bot.insights.response); counted in `InsightState.hours`.
    minutes_to_quote: float | None = Field(default=None, sa_type=sa.Float, nullable=True)


class InsightTurn(SQLModel, table=True):
    """A turn a customer opened (a message in after one out, or a conversation's first),
    with the first message out after it: who wrote it and how long it took."""

    __tablename__ = "insight_turns"
    __table_args__ = (sa.Index("ix_insight_turns_asked_at", "asked_at"),)

    message_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    conversation_id: int = Field(index=True)
    asked_at: dt.datetime = time_field()
    answered_at: dt.datetime | None = time_field(nullable=True)
    answered_by: str | None = Field(default=None, max_length=254)  # the answer's author
    minutes: float | None = Field(default=None, sa_type=sa.Float, nullable=True)


_by_kind(InsightQuote.__table__, "minutes_to_quote", "first_at", "sent_at", "sent_by")  # type: ignore[attr-defined]
_by_kind(InsightTurn.__table__, "minutes", "asked_at", "answered_at", "answered_by")  # type: ignore[attr-defined]


class InsightWait(SQLModel, table=True):
    """An escalation into the sellers' queue (trail event `escalated` on a conversation)
    and the event that ended it, if any: who, and the business minutes it waited."""

    __tablename__ = "insight_waits"
    __table_args__ = (sa.Index("ix_insight_waits_at", "at"),)

    event_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    conversation_id: int = Field(index=True)
    at: dt.datetime = time_field()
    ended_at: dt.datetime | None = time_field(nullable=True)
    ended_by: str | None = Field(default=None, max_length=254)
    minutes: float | None = Field(default=None, sa_type=sa.Float, nullable=True)


class InsightUnmetWeek(SQLModel, table=True):
    """How many unmet-demand rows (customer, item) a week holds, over every customer and
    channel: a range's total reads its whole weeks here and counts only the part-weeks
    at its ends (bot/insights/figures.py). Kept with the lines by the refresh."""

    __tablename__ = "insight_unmet_weeks"

    week: dt.date = Field(primary_key=True)  # its Monday (UTC)
    groups: int


class InsightFamilyWeek(SQLModel, table=True):
    """A week's lines of one product family over every customer and channel: quoted and
    won, their value and margins (sums, so a range adds its whole weeks up exactly).
    The figures by family read a range's whole weeks here and only the part-weeks at its
    ends from the lines (bot/insights/people.py). Kept with the lines by the refresh."""

    __tablename__ = "insight_family_weeks"

    week: dt.date = Field(primary_key=True)  # its Monday (UTC)
    family: str = Field(primary_key=True, max_length=80)
    quoted: int
    won: int
    quoted_value: Decimal | None = decimal_field(nullable=True)
    won_value: Decimal | None = decimal_field(nullable=True)
    margin_sum: Decimal | None = decimal_field(nullable=True)
    margin_n: int
    won_margin_sum: Decimal | None = decimal_field(nullable=True)
    won_margin_n: int


class InsightQuoteWeek(SQLModel, table=True):
    """A week's quotes of one status, lost reason and sending, over every customer and
    channel: how many, and their lines' sums (they add up across weeks). The headline
    counts, the lost reasons and time to quote's counts read a range's whole weeks here
    and only the part-weeks at its ends from the quotes (bot/insights/figures.py): a
    year is ~1,000 rows instead of 250,000 quotes. Kept with the quotes by the refresh."""

    __tablename__ = "insight_quote_weeks"

    week: dt.date = Field(primary_key=True)  # its Monday (UTC), as `InsightQuote.week`
    status: str = Field(primary_key=True, max_length=20)
    # A lost quote's reason as the figures show it ('(no reason)' when none); '' otherwise.
    reason: str = Field(primary_key=True, max_length=500)
    sending: str = Field(primary_key=True, max_length=10)  # not_sent, seller or bot
    quotes: int
    sent: int
    won: int  # quotes with a won line
    lines: int
    priced: int
    won_lines: int
    touchless: int
    quoted_value: Decimal | None = decimal_field(nullable=True)
    won_value: Decimal | None = decimal_field(nullable=True)
    timed: int  # with minutes_to_quote


class InsightTurnWeek(SQLModel, table=True):
    """A week's turns (by `asked_at`) of one kind of answer, over every conversation:
    how many, and how many have minutes. First answer's counts read a range's whole
    weeks here (bot/insights/response.py). Kept with the turns by the refresh."""

    __tablename__ = "insight_turn_weeks"

    week: dt.date = Field(primary_key=True)  # its Monday (UTC)
    kind: str = Field(primary_key=True, max_length=10)  # unanswered, seller or bot
    turns: int
    timed: int


class InsightRevisionWeek(SQLModel, table=True):
    """Quote revisions (versions after the first) by who made them, per week of their
    quote (its version 1, as `InsightQuote.week`), over every customer and channel: the
    workload reads a range's whole weeks here and only the part-weeks' revisions
    (bot/insights/people.py). Kept with the quotes by the refresh."""

    __tablename__ = "insight_revision_weeks"

    week: dt.date = Field(primary_key=True)  # its Monday (UTC)
    person: str = Field(primary_key=True, max_length=254)  # `Quote.created_by`
    revisions: int


class InsightCustomer(SQLModel, table=True):
    """A customer's purchase rhythm over all their purchase days (dormant customers)."""

    __tablename__ = "insight_customers"

    customer_id: str = Field(primary_key=True, max_length=64)
    purchases: int
    last_purchase: dt.date
    usual_interval_days: Decimal | None = decimal_field(nullable=True)


class InsightState(SQLModel, table=True):
    """How far the summary has read: the trail's last event, the ERP's last import."""

    __tablename__ = "insight_state"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    audit_id: int = Field(default=0)
    erp_import_id: int = Field(default=0)
    win_window_days: int = Field(default=30)
    message_id: int = Field(default=0)  # the last chat message the turns were worked out to
    hours: str | None = Field(default=None, max_length=200)  # BUSINESS_HOURS of the minutes
    refreshed_at: dt.datetime | None = time_field(nullable=True)
