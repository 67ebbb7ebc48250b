"""Parsers for one CSV cell each, as ERP.md spells values.

Each parser takes the stripped cell text (never blank: blanks are handled by the
column's default) and returns the Python value, or raises `CellError` with a reason
an ERP administrator can act on.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.models.types import quantize4


class CellError(ValueError):
    """A cell that does not hold what its column needs."""


def text(raw: str) -> str:
    return raw


def upper_code(raw: str) -> str:
    """Codes compared case-insensitively (currencies, warehouses as typed)."""
    return raw.upper()


_TOO_LARGE = Decimal("1e14")


def decimal(raw: str) -> Decimal:
    if "," in raw:
        raise CellError(f"not a number (decimals use '.', no thousands separator): {raw!r}")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise CellError(f"not a number: {raw!r}") from None
    if not value.is_finite():
        raise CellError(f"not a finite number: {raw!r}")
    if abs(value) >= _TOO_LARGE:
        raise CellError(f"number too large: {raw!r}")
    return quantize4(value)


def non_negative(raw: str) -> Decimal:
    value = decimal(raw)
    if value < 0:
        raise CellError(f"must not be negative: {raw!r}")
    return value


def positive(raw: str) -> Decimal:
    value = decimal(raw)
    if value <= 0:
        raise CellError(f"must be greater than zero: {raw!r}")
    return value


def percentage(raw: str) -> Decimal:
    value = decimal(raw)
    if not Decimal(0) <= value <= Decimal(100):
        raise CellError(f"must be a percentage between 0 and 100: {raw!r}")
    return value


def whole(raw: str) -> int:
    if not re.fullmatch(r"[+-]?\d{1,9}", raw):
        raise CellError(f"not a whole number: {raw!r}")
    return int(raw)


def line_number(raw: str) -> int:
    value = whole(raw)
    if value < 0:
        raise CellError(f"must not be negative: {raw!r}")
    return value


ORDER_STATUSES = ("received", "picking", "shipped", "delivered", "invoiced", "cancelled")


def order_status(raw: str) -> str:
    value = raw.lower()
    if value not in ORDER_STATUSES:
        raise CellError(f"status must be one of {', '.join(ORDER_STATUSES)}: {raw!r}")
    return value


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date(raw: str) -> dt.date:
    if not _DATE.fullmatch(raw):
        raise CellError(f"not an ISO date (YYYY-MM-DD): {raw!r}")
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CellError(f"not a valid date: {raw!r}") from None


def timestamp(raw: str) -> dt.datetime:
    """An ISO date or date and time (`2026-11-25`, `2026-11-25T14:30:00-03:00`).

    A date alone is midnight UTC; a time without an offset is read as UTC.
    """
    if _DATE.fullmatch(raw):
        value = dt.datetime.combine(date(raw), dt.time())
    else:
        try:
            value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            raise CellError(
                f"not an ISO date or date and time (YYYY-MM-DD[THH:MM[:SS][+HH:MM]]): {raw!r}"
            ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def boolean(raw: str) -> bool:
    value = raw.lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise CellError(f"not a boolean (true/false/1/0/yes/no): {raw!r}")


def str_list(raw: str) -> list[str]:
    """A `|`-separated list; blank items are dropped, order and duplicates kept sane."""
    seen: list[str] = []
    for item in raw.split("|"):
        item = item.strip()
        if item and item not in seen:
            seen.append(item)
    return seen


def key_values(raw: str) -> dict[str, str]:
    """`key=value|key=value`, as products.csv's attributes."""
    result: dict[str, str] = {}
    for item in str_list(raw):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CellError(f"attribute {item!r} is not key=value")
        result[key.strip()] = value.strip()
    return result


_HHMM = re.compile(r"(\d{1,2}):(\d{2})")


def clock_time(raw: str) -> dt.time:
    match = _HHMM.fullmatch(raw)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise CellError(f"not a time of day (HH:MM): {raw!r}")
    return dt.time(int(match[1]), int(match[2]))


def timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise CellError(f"unknown IANA time zone: {raw!r}") from None
    return raw


_E164 = re.compile(r"\+[1-9]\d{6,14}")


def phone(raw: str) -> str:
    """An E.164 number; spaces, dashes, dots and parentheses are tolerated and removed."""
    compact = re.sub(r"[\s\-.()]", "", raw)
    if not _E164.fullmatch(compact):
        raise CellError(f"not an E.164 phone number (like +56912345678): {raw!r}")
    return compact


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def email(raw: str) -> str:
    if not _EMAIL.fullmatch(raw):
        raise CellError(f"not an email address: {raw!r}")
    return raw.lower()


def language(raw: str) -> str:
    value = raw.lower()
    if value not in {"en", "es"}:
        raise CellError(f"language must be 'en' or 'es': {raw!r}")
    return value


def currency(raw: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{3}", raw):
        raise CellError(f"not a 3-letter currency code: {raw!r}")
    return raw.upper()
