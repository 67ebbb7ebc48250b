"""Matching for the app: one index per process, rebuilt after an import."""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask, current_app

from bot.db import get_engine
from bot.matching.index import IndexCache
from bot.matching.matcher import MatchResult, match_line

EXTENSION = "mostrador.match_index"


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = IndexCache()


def match_lines(lines: Iterable[str], customer_id: str | None) -> list[MatchResult]:
    """Match request lines for a customer (None: a guest) against the current catalog."""
    cache: IndexCache = current_app.extensions[EXTENSION]
    index = cache.get(get_engine())
    return [match_line(index, line, customer_id) for line in lines if line.strip()]
