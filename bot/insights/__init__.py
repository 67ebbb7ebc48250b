"""Commercial insights: what is being quoted, won, lost and missed (SPEC.md).

`figures` holds the definitions (one SQL query each), `dormant` the customers
cooling down, `scope` the filters every figure shares; `materialised` keeps the
materialised rows they read (call `refresh` before reading), worked out by `quote_rows`,
`purchases`, `turns`, `weeks` and `timing`. `summary` is what the API's
JSON and the console's headline show; the `TABLES` are the CSV exports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlmodel import Session

from bot.insights import dormant, figures, people, response
from bot.insights.materialised import refresh
from bot.insights.scope import Filters, quote_group_rows

UNMET_IN_SUMMARY = 200

TABLES: dict[str, Callable[[Session, Filters], Iterable[dict[str, Any]]]] = {
    "unmet": figures.unmet,
    "dormant": dormant.dormant,
    "lost": figures.lost_table,
    "quotes": figures.quote_table,
    "workload": people.workload,
}

# The CSV header of each table, written even when the table is empty.
COLUMNS: dict[str, list[str]] = {
    "unmet": ["customer_id", "text", "sku", "kind", "week", "times", "quantity"],
    "dormant": ["customer_id", "last_purchase", "purchases", "usual_interval_days",
                "days_since", "overdue_ratio", "name", "seller_email"],
    "lost": ["number", "customer_id", "channel", "created_at", "quoted_value", "reason"],
    "quotes": ["number", "customer_id", "channel", "status", "created_at", "lines",
               "won_lines", "quoted_value", "won_value", "won", "sent_at", "sent_by",
               "minutes_to_quote"],
    "workload": ["person", *people.WORKLOAD],
}  # fmt: skip


def summary(session: Session, filters: Filters) -> dict[str, Any]:
    """Every headline figure for `filters` (money as Decimal; `plain` makes it JSON)."""
    unmet, unmet_total = figures.unmet_with_total(session, filters, limit=UNMET_IN_SUMMARY)
    groups = quote_group_rows(session, filters)  # read once for three figures
    quotes, lines = figures.counts(session, filters, groups)
    return {
        "filters": filters.as_json(),
        "quotes": quotes,
        "lines": lines,
        "lost_reasons": figures.lost_reasons(session, filters, groups),
        "unmet": unmet,
        "unmet_total": unmet_total,
        "approvals": people.approvals_by_reason(session, filters),
        "families": people.by_family(session, filters),
        "workload": people.workload(session, filters),
        "response": response.summary(session, filters, groups),
    }


__all__ = ["COLUMNS", "TABLES", "Filters", "refresh", "summary"]
