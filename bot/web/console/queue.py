"""The inbox's list pane: conversations by filter and search, the longest wait first.

`/console/` is the list alone (on a phone, the first of two screens); the conversation
page shows the same list beside the thread on a desktop. Both poll `/queue/rows` with
their filter and search, so the list stays server-rendered and escaped.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, render_template, request
from flask_login import login_required
from sqlmodel import select

from bot.approvals import pending
from bot.backlog import STUCK_AFTER, stuck
from bot.clock import utcnow
from bot.db import get_session
from bot.hours import from_config
from bot.inbox import Row, View, alerts, listing
from bot.models import User
from bot.web.console.auth import me
from bot.web.console.blueprint import bp

VIEWS = [(View.QUEUE, "Needs a person"), (View.MINE, "Mine"), (View.UNASSIGNED, "Unassigned"),
         (View.APPROVAL, "Waiting for approval"), (View.ALL, "All")]  # fmt: skip


def list_state() -> dict[str, Any]:
    """The list pane's filter, search and rows for the request (`?view=&q=`)."""
    search = (request.args.get("q") or "").strip()[:100]
    try:
        view = View(request.args.get("view") or View.QUEUE)
    except ValueError:
        view = View.QUEUE
    if search and view is View.QUEUE:
        view = View.ALL  # a search looks through every conversation unless narrowed
    seller = me()
    rows: list[Row] = listing(
        get_session(), view=view, user_email=seller.email, user_id=seller.id or 0,
        now=utcnow(), hours=from_config(current_app.config.get("BUSINESS_HOURS")),
        search=search,
    )  # fmt: skip
    return {"view": view.value, "views": VIEWS, "search": search, "rows": rows,
            "names": user_names(), "alerts": alerts(get_session(), seller.email),
            "current": _current(),
            "list_query": {"view": view.value, **({"q": search} if search else {})}}  # fmt: skip


def _current() -> int | None:
    """The conversation open beside the list (highlighted in it)."""
    if request.view_args and "conversation_id" in request.view_args:
        return int(request.view_args["conversation_id"])
    raw = request.args.get("current") or ""
    return int(raw) if raw.isdigit() else None


def user_names() -> dict[str, str]:
    """Console users' names by email, so authors and assignees read as people."""
    return {u.email: u.name for u in get_session().exec(select(User))}


@bp.get("/")
@login_required
def queue() -> str:
    """The seller's home: the inbox list, and the approvals and undone work waiting."""
    session, now = get_session(), utcnow()
    return render_template(
        "console/queue.html",
        **list_state(),
        approvals=len(pending(session)),
        stuck=stuck(session, now),  # work the sweeps could not get done
        stuck_after=int(STUCK_AFTER.total_seconds() // 60),
        user=me(),
    )


@bp.get("/queue/rows")
@login_required
def queue_rows() -> str:
    """The list's rows alone: the pages poll this to update without reloading."""
    return render_template("console/_queue_rows.html", **list_state(), user=me())
