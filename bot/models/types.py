"""Column types that keep money exact and time zone-aware on every database.

PostgreSQL has NUMERIC and TIMESTAMPTZ. SQLite has neither: SQLAlchemy's Numeric
goes through a float there, and DateTime comes back naive. These decorators give
both databases the same Python values:

* `ExactDecimal`: NUMERIC(18, 4) on PostgreSQL; on SQLite an INTEGER holding the
  value times 10**4, so sums, comparisons and ordering in SQL stay exact.
* `UTCDateTime`: stored in UTC, always returned as an aware UTC datetime; a naive
  datetime is refused rather than guessed at.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

SCALE = 4
_QUANTUM = Decimal(1).scaleb(-SCALE)
_FACTOR = 10**SCALE


def quantize4(value: Decimal) -> Decimal:
    """Round to the stored scale (4 places, half-up), as both databases store it."""
    return value.quantize(_QUANTUM, rounding=ROUND_HALF_UP)


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal with 4 places, exact on PostgreSQL and SQLite alike."""

    impl = sa.Numeric(18, SCALE)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.BigInteger())
        return dialect.type_descriptor(sa.Numeric(18, SCALE, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            value = Decimal(value) if isinstance(value, int | str) else Decimal(str(value))
        value = quantize4(value)
        if dialect.name == "sqlite":
            return int(value * _FACTOR)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return quantize4(Decimal(int(value)) / _FACTOR)
        return quantize4(Decimal(value))

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError(f"expected an aware datetime, got {value!r}")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    @property
    def python_type(self) -> type[datetime]:
        return datetime
