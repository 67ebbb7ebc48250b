"""Quote and order numbers: `Q-YYYY-NNNNN`, unique under concurrent creation.

The counter row is incremented with one UPDATE in the caller's transaction: on
PostgreSQL a second creator waits on the row lock until the first commits (or
rolls back, giving the number back); on SQLite the write lock does the same. The
first number of a year inserts the row; a racing insert of the same row is
caught and the UPDATE retried.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from bot.models import NumberSequence

_TABLE = NumberSequence.__table__  # type: ignore[attr-defined]


def next_number(session: Session, kind: str, year: int) -> str:
    """The next number of `kind` ("Q" or "O") for `year`, e.g. "Q-2026-00042"."""
    for _ in range(3):
        bumped = session.execute(
            sa.update(_TABLE)
            .where(_TABLE.c.kind == kind, _TABLE.c.year == year)
            .values(last=_TABLE.c.last + 1)
            .returning(_TABLE.c.last)
        ).scalar_one_or_none()
        if bumped is not None:
            return f"{kind}-{year}-{bumped:05d}"
        try:
            with session.begin_nested():
                session.execute(sa.insert(_TABLE).values(kind=kind, year=year, last=0))
        except sa.exc.IntegrityError:
            pass  # another transaction created the row first; bump it
    raise RuntimeError(f"could not allocate a {kind} number for {year}")
