"""Matching for the app: one index per process (bot/matching/cache.py), and the
context a line is matched in (the customer's separators, what sellers taught for
them, the brand rule and BRAND_CHOICE)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from flask import Flask, current_app, has_app_context
from sqlmodel import Session

from bot.clock import utcnow
from bot.db import get_engine, get_session
from bot.matching.brands import brand_chooser
from bot.matching.cache import IndexCache
from bot.matching.index import CatalogIndex
from bot.matching.learning import lookup
from bot.matching.matcher import MatchContext, MatchResult, match_line
from bot.models import Customer

EXTENSION = "mostrador.match_index"


def init_app(app: Flask) -> None:
    """The app's index cache. Tests look at every call and rebuild in line (a test
    imports and asks at once); a running process looks every few seconds and rebuilds
    in the background, and freezes its index out of the collector's way (a test app does
    not: hundreds of them in one process would freeze each other's garbage). Index files
    go to the instance folder (`match-index/`)."""
    testing = bool(app.config.get("TESTING"))
    app.extensions[EXTENSION] = IndexCache(
        check_every=float(app.config.get("MATCH_INDEX_CHECK_SECONDS", 0 if testing else 5)),
        background=not testing,
        folder=Path(app.instance_path) / "match-index",
        freeze=not testing,
    )


def current_index() -> CatalogIndex:
    """The process's index of the current catalog (rebuilt after an import)."""
    cache: IndexCache = current_app.extensions[EXTENSION]
    return cache.get(get_engine())


def latest_import() -> int:
    """The newest ERP import the process's index cache has seen (0: none), as of its last
    look at most MATCH_INDEX_CHECK_SECONDS ago (every call in tests)."""
    cache: IndexCache = current_app.extensions[EXTENSION]
    return cache.latest_import


def context_for(
    session: Session, customer: Customer | None, brand_choice: str | None = None
) -> MatchContext:
    """How lines from `customer` (None: a guest) are read and settled.

    `brand_choice` defaults to the app's BRAND_CHOICE ("choose" outside an app).
    """
    if brand_choice is None:
        brand_choice = current_app.config["BRAND_CHOICE"] if has_app_context() else "choose"
    if customer is None:
        return MatchContext(
            brand_choice=brand_choice, choose_brand=brand_chooser(session, None, utcnow())
        )
    return MatchContext(
        customer_id=customer.customer_id,
        thousands="." if customer.language == "es" else ",",
        brand_choice=brand_choice,
        learned=lookup(session, customer.customer_id),
        choose_brand=brand_chooser(session, customer, utcnow()),
    )


def match_lines(lines: Iterable[str], customer_id: str | None) -> list[MatchResult]:
    """Match request lines for a customer (None: a guest) against the current catalog."""
    index = current_index()
    session = get_session()
    customer = session.get(Customer, customer_id) if customer_id else None
    context = context_for(session, customer)
    return [match_line(index, line, customer_id, context) for line in lines if line.strip()]
