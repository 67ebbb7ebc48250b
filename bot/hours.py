"""Business hours (`BUSINESS_HOURS`): when sellers answer, so the bot can say so.

`mon-fri 08:30-18:00 America/Santiago`; several spans separated by commas
(`mon-fri 08:30-18:00, sat 09:00-13:00 America/Santiago`); Spanish day names work too
(`lun-vie`). Unset means always open. A value that does not parse stops start-up with
a message naming the variable, like every other setting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
        "lun": 0, "mar": 1, "mie": 2, "mié": 2, "jue": 3, "vie": 4, "sab": 5, "sáb": 5,
        "dom": 6}  # fmt: skip
_SPAN = re.compile(
    r"^\s*(?P<first>[a-záé]{3})(?:\s*-\s*(?P<last>[a-záé]{3}))?\s+"
    r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s*$"
)


class HoursError(ValueError):
    """A BUSINESS_HOURS value that does not parse; the message says what is wrong."""


@dataclass(frozen=True)
class Span:
    days: frozenset[int]  # 0 = Monday
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class BusinessHours:
    spans: tuple[Span, ...]
    zone: ZoneInfo
    text: str  # as configured, shown to buyers

    @classmethod
    def parse(cls, raw: str) -> BusinessHours:
        """Read `mon-fri 08:30-18:00 America/Santiago`; raises `HoursError`."""
        text = " ".join(raw.split())
        body, _, zone_name = text.rpartition(" ")
        if not body:
            raise HoursError(f"expected days, hours and a time zone, got {raw!r}")
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise HoursError(f"unknown time zone {zone_name!r} in {raw!r}") from None
        spans = []
        for part in body.split(","):
            found = _SPAN.match(part.lower())
            if not found:
                raise HoursError(f"expected e.g. 'mon-fri 08:30-18:00', got {part.strip()!r}")
            first, last = found["first"], found["last"] or found["first"]
            if first not in DAYS or last not in DAYS:
                raise HoursError(f"unknown day in {part.strip()!r}")
            days, day = set(), DAYS[first]
            while True:  # a range may wrap: fri-mon
                days.add(day)
                if day == DAYS[last]:
                    break
                day = (day + 1) % 7
            start, end = _time(found["start"], raw), _time(found["end"], raw)
            if end <= start:
                raise HoursError(f"closing time must be after opening time in {part.strip()!r}")
            spans.append(Span(frozenset(days), start, end))
        return cls(tuple(spans), zone, text)

    def is_open(self, now: dt.datetime) -> bool:
        local = now.astimezone(self.zone)
        return any(
            local.weekday() in s.days and s.start <= local.time() < s.end for s in self.spans
        )

    def next_opening(self, now: dt.datetime) -> dt.datetime:
        """When sellers are next in (local time); `now` itself when open."""
        local = now.astimezone(self.zone)
        if self.is_open(now):
            return local
        for ahead in range(8):
            date = local.date() + dt.timedelta(days=ahead)
            starts = sorted(s.start for s in self.spans if date.weekday() in s.days)
            for start in starts:
                moment = dt.datetime.combine(date, start, tzinfo=self.zone)
                if moment > local:
                    return moment
        raise AssertionError("a parsed schedule opens at least once a week")

    def open_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """How much of [start, end) fell within business hours: a customer who wrote
        on Friday night has not waited all weekend for a seller."""
        if end <= start:
            return dt.timedelta(0)
        total = dt.timedelta(0)
        first, last = start.astimezone(self.zone), end.astimezone(self.zone)
        day = first.date()
        while day <= last.date():
            for span in self.spans:
                if day.weekday() not in span.days:
                    continue
                opens = dt.datetime.combine(day, span.start, tzinfo=self.zone)
                closes = dt.datetime.combine(day, span.end, tzinfo=self.zone)
                lo, hi = max(opens, first), min(closes, last)
                if hi > lo:  # in UTC: same-zone subtraction would ignore a DST change
                    total += hi.astimezone(dt.UTC) - lo.astimezone(dt.UTC)
            day += dt.timedelta(days=1)
        return total


def waited(hours: BusinessHours | None, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """Time waited between `start` and `end`, counting business hours only (all of it
    when BUSINESS_HOURS is unset)."""
    if hours is None:
        return max(end - start, dt.timedelta(0))
    return hours.open_between(start, end)


def _time(value: str, raw: str) -> dt.time:
    hours, minutes = (int(x) for x in value.split(":"))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise HoursError(f"bad time {value!r} in {raw!r}")
    return dt.time(23, 59, 59) if hours == 24 else dt.time(hours, minutes)


def from_config(value: BusinessHours | str | None) -> BusinessHours | None:
    """The configured hours (a test may set the raw string); None = always open."""
    if value is None or isinstance(value, BusinessHours):
        return value
    return BusinessHours.parse(value) if value.strip() else None
