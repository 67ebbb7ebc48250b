"""Per-year counters behind quote and order numbers (Q-2026-00001, O-2026-00001)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class NumberSequence(SQLModel, table=True):
    """The last number handed out for a kind ("Q", "O") in a year.

    Incremented with an UPDATE in the caller's transaction, so concurrent creators
    queue on the row (PostgreSQL) or the write lock (SQLite) and never share a number.
    """

    __tablename__ = "number_sequences"

    kind: str = Field(primary_key=True, max_length=4)
    year: int = Field(primary_key=True)
    last: int = Field(default=0)
