"""The one way to ask what time it is: aware, UTC."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

# A moment standing in for now, set only by `simulated` (the demo's past activity).
_SIMULATED: ContextVar[datetime | None] = ContextVar("simulated_now", default=None)


def utcnow() -> datetime:
    """Now, as an aware UTC datetime (never a naive one)."""
    return _SIMULATED.get() or datetime.now(UTC)


@contextmanager
def simulated(moment: datetime) -> Iterator[None]:
    """Within the block (this thread or task only), `utcnow()` is `moment`.

    For writing past activity through the real code paths (the demo's weeks of quotes and
    chats): what they stamp with now (the audit trail) gets the simulated moment.
    """
    if moment.tzinfo is None:
        raise ValueError("a simulated moment must be timezone-aware")
    token = _SIMULATED.set(moment.astimezone(UTC))
    try:
        yield
    finally:
        _SIMULATED.reset(token)
