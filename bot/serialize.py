"""Plain JSON values from domain values: Decimal as string, dates and times ISO 8601."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

_CENT = Decimal("0.01")


def plain(value: Any) -> Any:
    """Convert recursively; money stays exact because it travels as a string."""
    if isinstance(value, Decimal):
        # Stored with 4 places; show cents, and more places only when they carry digits.
        cents = value.quantize(_CENT)
        return f"{cents:f}" if cents == value else f"{value.normalize():f}"
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value
