"""Moving a conversation to a colleague, and private notes in its thread.

Notes are for sellers only: stored apart from messages (nothing that sends can pick
one up) and written to the conversation's audit trail with their text.
"""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from bot import assignment, audit, handoff
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.models import Conversation, Note
from bot.web.console.auth import me
from bot.web.console.blueprint import bp

MAX_NOTE = 4000


@bp.post("/conversations/<int:conversation_id>/assign")
@login_required
def reassign(conversation_id: int) -> Response:
    """Give the conversation to a colleague (or back to unassigned)."""
    here = url_for("console.conversation", conversation_id=conversation_id)
    to = (request.form.get("to") or "").strip() or None
    try:
        with session_scope(get_engine(), write=True) as session:
            moved = assignment.reassign(
                session, conversation_id, to, actor=me().email, manager=me().may("manager"),
                now=utcnow(),
            )  # fmt: skip
            held = moved.owner
    except assignment.AssignmentError as exc:
        flash(str(exc), "error")
        return redirect(here)
    flash(f"Assigned to {to}{' (who now holds it)' if held == to else ''}." if to
          else "Unassigned.", "ok")  # fmt: skip
    return redirect(here)


@bp.post("/conversations/<int:conversation_id>/notes")
@login_required
def add_note(conversation_id: int) -> Response:
    """A private note in the thread: sellers read it, the customer never does."""
    here = url_for("console.conversation", conversation_id=conversation_id)
    body = (request.form.get("note") or "").strip()[:MAX_NOTE]
    if not body:
        flash("Write the note first.", "error")
        return redirect(here)
    now = utcnow()
    with session_scope(get_engine(), write=True) as session:
        if session.get(Conversation, conversation_id) is None:
            abort(404)
        note = Note(conversation_id=conversation_id, author=me().email, body=body, created_at=now)
        session.add(note)
        session.flush()
        audit.record(session, handoff.subject_of(conversation_id), "note_added", me().email,
                     None, note=note.id, text=body[:500])  # fmt: skip
    return redirect(here + "#thread-end")
