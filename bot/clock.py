"""The one way to ask what time it is: aware, UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, as an aware UTC datetime (never a naive one)."""
    return datetime.now(UTC)
