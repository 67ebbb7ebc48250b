"""Matching for the app: one index per process, rebuilt after an import."""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask, current_app

from bot.db import get_engine
from bot.matching.index import CatalogIndex, IndexCache
from bot.matching.matcher import MatchResult, match_line

EXTENSION = "mostrador.match_index"


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = IndexCache()


def current_index() -> CatalogIndex:
    """The process's index of the current catalog (rebuilt after an import)."""
    cache: IndexCache = current_app.extensions[EXTENSION]
    return cache.get(get_engine())


def match_lines(lines: Iterable[str], customer_id: str | None) -> list[MatchResult]:
    """Match request lines for a customer (None: a guest) against the current catalog."""
    index = current_index()
    return [match_line(index, line, customer_id) for line in lines if line.strip()]
