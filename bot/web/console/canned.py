"""Canned replies: `/code` in the reply box becomes the text of
templates/console/canned/<language>/<code>.txt, filled in.

A code that is not there is refused with the list of codes, never sent as text (a
customer must not receive "/hello"). A reply whose words are only true in some state
starts with `{#- when: <condition> -#}` and is offered (and accepted) only while that
condition holds: `/credito` says the customer's order is in review, so it needs one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flask import current_app, render_template
from sqlmodel import Session, col, select

from bot.models import Conversation, Order
from bot.statuses import OrderStatus
from bot.web.console.blueprint import CANNED

_WHEN = re.compile(r"^\{#-?\s*when:\s*([a-z_]+)\s*-?#\}")


class CannedError(ValueError):
    """A `/code` that cannot be sent; the message names the codes that can."""


def _order_in_review(session: Session, conversation: Conversation) -> bool:
    """The customer has an order waiting for an approval (credit, margin, discount)."""
    if conversation.customer_id is None:
        return False
    return (
        session.exec(
            select(Order.id).where(
                Order.customer_id == conversation.customer_id,
                col(Order.status) == OrderStatus.PENDING_APPROVAL.value,
            )
        ).first()
        is not None
    )


CONDITIONS: dict[str, Callable[[Session, Conversation], bool]] = {
    "order_in_review": _order_in_review,
}


def _language(conversation: Conversation) -> str:
    return conversation.language if conversation.language in ("es", "en") else "en"


def codes(session: Session, conversation: Conversation) -> list[str]:
    """The codes that may be sent in this conversation now, in its language."""
    offered = []
    for path in sorted((CANNED / _language(conversation)).glob("*.txt")):
        found = _WHEN.match(path.read_text(encoding="utf-8"))
        condition = CONDITIONS[found.group(1)] if found else None
        if condition is None or condition(session, conversation):
            offered.append(path.stem)
    return offered


def expand(session: Session, body: str, conversation: Conversation, seller: str) -> str:
    """`/code` (alone or followed by more text) becomes that canned reply; raises
    CannedError for a code not offered here. Text not starting with `/` is as typed."""
    if not body.startswith("/"):
        return body
    code, _, rest = body[1:].partition(" ")
    offered = codes(session, conversation)
    if code not in offered:
        listed = ", ".join(f"/{c}" for c in offered)
        raise CannedError(f"/{code} is not a canned reply here; nothing was sent. Codes: {listed}")
    text = render_template(
        f"console/canned/{_language(conversation)}/{code}.txt",
        name=(conversation.contact_name or "").split(" ")[0],
        seller=seller,
        company=current_app.config["COMPANY_NAME"],
    ).strip()
    return f"{text} {rest}".strip() if rest else text
