"""Field helpers so every table spells money, quantities and times the same way."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Field

from bot.models.types import ExactDecimal, UTCDateTime


def decimal_field(*, nullable: bool = False, default: Any = None, **kw: Any) -> Any:
    """A money or quantity column: exact, 4 places (see `ExactDecimal`)."""
    return Field(default=default, sa_type=ExactDecimal, nullable=nullable, **kw)


def time_field(*, nullable: bool = False, default: Any = None, **kw: Any) -> Any:
    """An aware UTC timestamp column."""
    return Field(default=default, sa_type=UTCDateTime, nullable=nullable, **kw)


def json_list_field() -> Any:
    """A list of strings (aliases, substitutes), stored as JSON on both databases."""
    return Field(default_factory=list, sa_type=sa.JSON, nullable=False)


def json_dict_field() -> Any:
    """A str -> str mapping (product attributes), stored as JSON."""
    return Field(default_factory=dict, sa_type=sa.JSON, nullable=False)
