"""/console/insights: what is being quoted, won, lost and missed, for sellers and managers.

A seller sees their own customers (customers.csv `seller_email`); a manager sees all,
or one seller's with `?seller=`. The figures are `bot.insights`' (the API's), the
charts SVG drawn here (`charts`), the tables downloadable as CSV from the console
with the same sign-in (the API's CSV needs the bearer token, which sellers do not hold).
"""

from __future__ import annotations

from flask import abort, current_app, render_template, request
from flask_login import login_required
from werkzeug.wrappers import Response

from bot import insights
from bot.hours import from_config
from bot.insights import dormant, figures
from bot.insights.scope import Filters
from bot.serialize import plain
from bot.web.console import charts
from bot.web.console.auth import me
from bot.web.console.blueprint import bp
from bot.web.insights_api import csv_response, filters_from, fresh_session, refresh

TOP = 10
TABLE_ROWS = 50


def minutes(value: float | None) -> str:
    """'45 s', '10 min', '2 h 05 min', '3 d 4 h' for the page; '—' when there is none."""
    if value is None:
        return "—"
    if value < 1:
        return f"{round(value * 60)} s"
    whole = round(value)
    if whole < 60:
        return f"{whole} min"
    if whole < 24 * 60:
        return f"{whole // 60} h {whole % 60:02d} min"
    return f"{whole // 1440} d {whole % 1440 // 60} h"


def _filters() -> Filters:
    """The page's filters; a seller is always held to their own customers."""
    args = dict(request.args)
    user = me()
    if not user.may("manager"):
        args["seller"] = user.email
    return filters_from(
        args,
        int(current_app.config.get("WIN_WINDOW_DAYS", 30)),
        from_config(current_app.config.get("BUSINESS_HOURS")),
    )


@bp.get("/insights")
@login_required
def insights_page() -> str:
    """Headline figures, the trend, the funnel, top unmet demand and dormant customers."""
    filters = _filters()
    session = fresh_session(filters)
    # The API's summary, and what only the page shows: each figure read once.
    found = insights.summary(session, filters)
    lines = found["lines"]
    weeks = figures.weekly(session, filters)
    cooling = dormant.dormant(session, filters)
    top_unmet = [(item, n, str(n)) for item, n in figures.top_unmet(session, filters, TOP)]
    return render_template(
        "console/insights.html",
        user=me(),
        filters=filters,
        quotes=found["quotes"],
        lines=lines,
        money=plain({"quoted": lines["quoted_value"], "won": lines["won_value"]}),
        lost_reasons=found["lost_reasons"],
        trend=charts.columns(
            "Quotes, quotes won and orders per week",
            ["quotes", "won", "orders"],
            [(w["week"], [w["quotes"], w["won"], w["orders"]]) for w in weeks],
        ),
        funnel=charts.hbars(
            "From request lines to won lines",
            [
                ("request lines", lines["quoted"], str(lines["quoted"])),
                ("quoted (priced)", lines["priced"], str(lines["priced"])),
                ("won", lines["won"], str(lines["won"])),
            ],
        ),
        touchless=charts.rate_line(
            "Touchless rate per week", [(w["week"], w["touchless_rate"]) for w in weeks]
        ),
        unmet_chart=charts.hbars("Top unmet demand (times asked)", top_unmet),
        unmet=found["unmet"][:TABLE_ROWS],
        unmet_total=found["unmet_total"],
        dormant=cooling[:TABLE_ROWS],
        dormant_chart=charts.hbars(
            "Dormant customers (days since last purchase ÷ usual interval)",
            [
                (f"{d['name'] or d['customer_id']}", d["overdue_ratio"], f"{d['overdue_ratio']}×")
                for d in cooling[:TOP]
            ],
        ),
        lost=figures.lost_table(session, filters, limit=TABLE_ROWS),
        approvals=plain(found["approvals"]),
        families=plain(found["families"]),
        workload=found["workload"],
        response=found["response"],
        minutes=minutes,
        query=request.query_string.decode(),
        family_names=figures.family_names(session),
    )


@bp.get("/insights/<table>.csv")
@login_required
def insights_csv(table: str) -> Response:
    """One insights table as CSV, scoped as the page is."""
    build = insights.TABLES.get(table)
    if build is None:
        abort(404)
    filters = _filters()
    refresh(filters)
    return csv_response(table, build, filters)
