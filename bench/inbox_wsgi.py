"""The app as `bench/inbox_bench.py` serves it: the console as shipped, plus a
server-sent-events stream of the same fragments, for comparison only (not in the product).

`GET /console/stream?current=<id>` keeps the connection open and, once a second, asks
the database one cheap question (newest message, latest conversation change); when the
answer changes it renders the list rows and the open thread and sends them as one event.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import sqlalchemy as sa
from flask import Response, abort, g, render_template, request, stream_with_context
from flask_login import current_user

from bot import create_app
from bot.db import get_session
from bot.models import Conversation, Message
from bot.web.console.conversations import thread
from bot.web.console.queue import list_state

app = create_app()
CHECK_EVERY = 1.0  # seconds between change checks per open stream


def _version() -> tuple[object, ...]:
    row = (
        get_session()
        .execute(
            sa.select(
                sa.select(sa.func.max(Message.id)).scalar_subquery(),
                sa.select(sa.func.max(Conversation.updated_at)).scalar_subquery(),
            )
        )
        .one()
    )
    return tuple(row)


@app.get("/console/stream")
def stream() -> Response:
    """Push the list rows and the thread whenever the database says something changed."""
    if not current_user.is_authenticated:
        abort(401)
    conversation_id = int(request.args.get("current") or 0)
    seconds = float(request.args.get("seconds") or 60)

    @stream_with_context
    def events() -> Iterator[str]:
        last, ends = None, time.monotonic() + seconds
        while time.monotonic() < ends:
            now = _version()
            if now != last:
                last = now
                state = list_state()
                rows = render_template("console/_queue_rows.html", **state, user=current_user)
                messages = render_template(
                    "console/_messages.html", items=thread(conversation_id), names=state["names"]
                )
                payload = (rows + messages).replace("\n", " ")
                yield f"data: {payload}\n\n"
            session = g.pop("db_session", None)  # a fresh snapshot next time
            if session is not None:
                session.close()
            time.sleep(CHECK_EVERY)

    return Response(events(), mimetype="text/event-stream")
