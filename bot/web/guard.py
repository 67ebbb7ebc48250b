"""Malformed input is refused with 400 before a view sees it, instead of a 500 later.

A NUL character in the path, the query, a form or a JSON body cannot be stored by
PostgreSQL and means nothing in our text, so the request is refused whole. Webhooks
are the exception (`exempt`): their sender does not read our answer and would drop
the message, so the adapter keeps what it got, minus the NULs (`bot/inbound.py`).
Request bodies over MAX_CONTENT_LENGTH (`bot/limits.py`) are refused by Flask with
413 before they are read.
"""

from __future__ import annotations

from flask import Blueprint, Flask, abort, request

from bot.limits import has_nul

_EXEMPT: set[str] = set()
_WEBHOOKS: set[str] = set()


def exempt(bp: Blueprint) -> None:
    """Let `bp` take NULs in (it cleans what it keeps itself)."""
    _EXEMPT.add(bp.name)


def webhook(bp: Blueprint) -> None:
    """`bp` serves a provider's signed webhooks: NULs taken in (`exempt`), and no
    sign-in throttle counts its requests (bot/web/console/throttle.py). Its views
    refuse what does not carry a valid signature before doing anything, so the
    signature is the gate; a provider retries what we refuse (throttling would delay
    messages, not stop an attacker who cannot sign), and each check cost the
    acknowledgement a Redis-backed limiter's bookkeeping (issue #19)."""
    exempt(bp)
    _WEBHOOKS.add(bp.name)


def is_webhook() -> bool:
    """Whether the current request is for a signed webhook's blueprint."""
    return request.blueprint in _WEBHOOKS


def init_app(app: Flask) -> None:
    app.before_request(_refuse_nul)


def _refuse_nul() -> None:
    if request.blueprint in _EXEMPT:
        return
    values: list[object] = [request.path, list(request.args.lists())]
    if request.method in ("POST", "PUT", "PATCH"):
        if request.is_json:
            values.append(request.get_json(silent=True))
        else:
            values.append(list(request.form.lists()))
    if has_nul(*values):
        abort(400, description="NUL characters are not accepted")
