"""Commercial insights over the JSON API: `/api/v1/insights` and its CSV tables.

Behind the same bearer token as the rest of /api/v1 (`bot.web.api`). Filters come
as query parameters: `from` and `to` (ISO dates, both included; default the 90
days up to today), `seller` (an email), `channel`, `customer`, `family`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from flask import Blueprint, Response, abort, current_app, jsonify, request
from sqlmodel import Session

from bot import insights
from bot.clock import utcnow
from bot.db import get_engine, get_session, session_scope
from bot.hours import BusinessHours, from_config
from bot.insights import csv_sql
from bot.insights.materialised import dialect_of
from bot.insights.scope import Filters
from bot.serialize import plain
from bot.web import api

bp = Blueprint("insights_api", __name__)
bp.before_request(api._authenticate)
DEFAULT_DAYS = 90
MAX_DAYS = 3660


@bp.errorhandler(400)
@bp.errorhandler(404)
def _json_error(error: Any) -> tuple[Response, int]:
    return jsonify(error=getattr(error, "description", str(error))), error.code


def _date(args: Mapping[str, str], name: str, default: dt.date) -> dt.date:
    raw = args.get(name)
    if not raw:
        return default
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        abort(400, description=f"{name}: not an ISO date (YYYY-MM-DD): {raw!r}")


def filters_from(
    args: Mapping[str, str], win_window_days: int, hours: BusinessHours | None = None
) -> Filters:
    """The filters of a request's query string, refusing what cannot be meant."""
    end = _date(args, "to", utcnow().date())
    start = _date(args, "from", end - dt.timedelta(days=DEFAULT_DAYS - 1))
    if start > end:
        abort(400, description="from: must not be after to")
    if (end - start).days > MAX_DAYS:
        abort(400, description=f"from..to: at most {MAX_DAYS} days")
    return Filters(
        start=start,
        end=end,
        seller=(args.get("seller") or "").strip() or None,
        channel=(args.get("channel") or "").strip() or None,
        customer=(args.get("customer") or "").strip() or None,
        win_window_days=win_window_days,
        family=(args.get("family") or "").strip() or None,
        hours=hours,
    )


def refresh(filters: Filters) -> None:
    """Bring the insights summary up to date, in a session of its own."""
    with session_scope(get_engine(), write=True) as writer:
        insights.refresh(writer, filters.win_window_days, filters.hours)


def fresh_session(filters: Filters) -> Session:
    """The request's session, the insights summary brought up to date first.

    The refresh writes in a session of its own; the request's session then starts a
    new transaction, so it reads what the refresh wrote.
    """
    refresh(filters)
    session = get_session()
    session.commit()
    dialect_of(session)  # JIT off for the read: compiling these costs more than running them
    return session


def _filters() -> Filters:
    return filters_from(
        request.args,
        int(current_app.config.get("WIN_WINDOW_DAYS", 30)),
        from_config(current_app.config.get("BUSINESS_HOURS")),
    )


@bp.get("/insights")
def summary() -> Response:
    """Quotes, lines, lost reasons and unmet demand for the filters (money as strings)."""
    filters = _filters()
    return jsonify(plain(insights.summary(fresh_session(filters), filters)))


@bp.get("/insights/<table>.csv")
def table_csv(table: str) -> Response:
    """One insights table as CSV (`unmet`, `dormant`, `lost`, `quotes`, `workload`)."""
    build = insights.TABLES.get(table)
    if build is None:
        abort(404, description=f"no insights table {table!r}: {', '.join(insights.TABLES)}")
    filters = _filters()
    refresh(filters)
    return csv_response(table, build, filters)


CSV_CHUNK = 64 * 1024  # characters written before a piece goes out


def csv_chunks(table: str, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The CSV text of `rows` in pieces, as they come from the database."""
    columns = insights.COLUMNS[table]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in columns])
        if out.tell() >= CSV_CHUNK:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


_AS_IS = frozenset((str, int, float, bool, type(None)))


def _cell(value: Any) -> Any:
    """A CSV cell: money as its string, dates ISO (`plain`), the rest as it is."""
    return value if type(value) in _AS_IS else plain(value)


def csv_response(
    table: str, build: Callable[[Session, Filters], Iterable[dict[str, Any]]], filters: Filters
) -> Response:
    """A CSV download named after the table and the dates, streamed: the first rows go
    out while the database still sends the rest (tens of thousands at 1M lines).

    The rows are read in a session of the response's own (the request's is closed when
    the view returns, before the body is sent); call after `refresh`. On PostgreSQL the
    big tables (unmet, quotes) are written by the database, same bytes (`csv_sql`).
    """
    name = f"insights-{table}-{filters.start.isoformat()}-{filters.end.isoformat()}.csv"
    engine = get_engine()

    def body() -> Iterator[bytes]:
        with Session(engine) as session:
            dialect_of(session)  # JIT off, as for every read
            if csv_sql.copied(table, session):
                yield from csv_sql.copy_chunks(session, table, filters)
            else:
                for chunk in csv_chunks(table, build(session, filters)):
                    yield chunk.encode()

    return Response(
        body(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
