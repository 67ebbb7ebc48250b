"""Who is at the console, and in which time zone they read it.

Every signed-in request marks its user present (`bot.assignment.touch`: the inbox's
4-second polling keeps an open page present; a closed one fades after a few minutes),
so new escalations go only to people who are there. Times show in the user's own time
zone (`mostrador users add --tz`), else the browser's (console.js sends it as the `tz`
cookie), else UTC; the `local` filter writes a time with its zone's abbreviation.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import g, request
from flask_login import current_user

from bot import assignment
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.web.console.blueprint import bp

UTC = ZoneInfo("UTC")


def zone(name: str | None) -> ZoneInfo | None:
    """The IANA zone called `name`, or None when it is not one."""
    if not name or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@bp.before_request
def _seen() -> None:
    """Mark the signed-in user present, and settle the time zone pages are written in."""
    if request.endpoint == "console.static" or not current_user.is_authenticated:
        return
    g.tz = zone(current_user.tz) or zone(request.cookies.get("tz")) or UTC
    g.tz_known = bool(current_user.tz or request.cookies.get("tz"))
    now, seen = utcnow(), current_user.last_seen_at
    if seen is None or now - seen >= assignment.SEEN_EVERY:  # most polls write nothing
        with session_scope(get_engine(), write=True) as session:
            assignment.touch(session, current_user.id, now)


def local(moment: dt.datetime | None, fmt: str = "%d %b %H:%M") -> str:
    """`moment` in the reader's time zone, with the zone's abbreviation ('25 Nov 14:05 -03')."""
    if moment is None:
        return ""
    tz = getattr(g, "tz", None) or UTC
    shown = moment.astimezone(tz)
    return f"{shown.strftime(fmt)} {shown.strftime('%Z')}"
