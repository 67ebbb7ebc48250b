"""The JSON API under /api/v1, behind `Authorization: Bearer $API_TOKEN`.

With API_TOKEN unset the API is off and every route answers 404, so a forgotten
token never means an open API. Money is sent as strings ("12.50") so no client
parses it into a float by accident; dates are ISO 8601.
"""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Any

from flask import Blueprint, Response, abort, current_app, jsonify, request
from sqlmodel import col, select

from bot.clock import utcnow
from bot.credit import Credit, credit_for, explain
from bot.db import get_session
from bot.models import Contact, Customer, Receivable
from bot.promises import promises_of
from bot.serialize import plain
from bot.wording import wording_of

bp = Blueprint("api", __name__)
MAX_MATCH_LINES = 500


@bp.before_request
def _authenticate() -> Response | None:
    token = current_app.config.get("API_TOKEN")
    if not token:
        abort(404)
    given = request.headers.get("Authorization", "")
    scheme, _, value = given.partition(" ")
    # Bytes, not str: compare_digest refuses a str with non-ASCII characters (a 500).
    given_token, our_token = value.strip().encode(), token.encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(given_token, our_token):
        response = jsonify(error="missing or wrong bearer token")
        response.status_code = 401
        response.headers["WWW-Authenticate"] = 'Bearer realm="mostrador"'
        return response
    return None


@bp.errorhandler(400)
@bp.errorhandler(404)
@bp.errorhandler(413)
def _json_error(error: Any) -> tuple[Response, int]:
    return jsonify(error=getattr(error, "description", str(error))), error.code


def _as_of() -> dt.date:
    raw = request.args.get("date")
    if not raw:
        return utcnow().date()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        abort(400, description=f"date: not an ISO date: {raw!r}")


@bp.get("/customers/<customer_id>/context")
def customer_context(customer_id: str) -> Response:
    """Who the customer is, who buys for it, whether it can buy on credit now, and the
    payments it promised (bot/promises.py: open, kept or broken)."""
    session = get_session()
    customer = session.get(Customer, customer_id)
    if customer is None:
        abort(404, description=f"no customer {customer_id!r}")
    on = _as_of()
    contacts = session.exec(
        select(Contact).where(Contact.customer_id == customer_id).order_by(col(Contact.name))
    ).all()
    receivables = session.exec(
        select(Receivable)
        .where(Receivable.customer_id == customer_id)
        .order_by(col(Receivable.due), col(Receivable.invoice))
    ).all()
    credit = credit_for(session, customer, on)
    return jsonify(
        customer=plain(customer.model_dump()),
        contacts=[plain(c.model_dump(exclude={"contact_key", "customer_id"})) for c in contacts],
        credit=credit_json(credit, customer),
        receivables=[
            plain(
                {
                    **r.model_dump(exclude={"customer_id"}),
                    "overdue": r.due < on and not r.disputed and r.balance > 0,
                    "days_overdue": max(0, (on - r.due).days) if r.balance > 0 else 0,
                }
            )
            for r in receivables
        ],
        promises=[promise_json(p) for p in promises_of(session, customer_id, limit=50)],
    )


def promise_json(p: Any) -> dict[str, Any]:
    """SPEC.md: `{date, amount (or null), text, created_at, status}`; `paid` once settled."""
    return plain({"id": p.id, "date": p.promised_on, "amount": p.amount, "text": p.text,
                  "created_at": p.created_at, "status": p.status, "paid": p.paid,
                  "settled_at": p.settled_at, "owed_when_promised": p.owed,
                  "invoices": sorted(p.invoices)})  # fmt: skip


@bp.post("/match")
def match() -> Response:
    """Match request lines: `{"customer_id", "lines": [...]}` → `mostrador match`'s objects."""
    from bot.matching.service import match_lines

    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400, description="expected a JSON object with 'lines'")
    lines, customer_id = body.get("lines"), body.get("customer_id")
    if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
        abort(400, description="lines: expected a list of strings")
    if len(lines) > MAX_MATCH_LINES:
        abort(400, description=f"lines: at most {MAX_MATCH_LINES} per request")
    if customer_id is not None:
        if not isinstance(customer_id, str):
            abort(400, description="customer_id: expected a string or null")
        if get_session().get(Customer, customer_id) is None:
            abort(404, description=f"no customer {customer_id!r}")
    return jsonify([r.as_json() for r in match_lines(lines, customer_id)])


@bp.get("/quotes/<number>")
def quote(number: str) -> Response:
    """The newest version of a quote, or `?version=N`."""
    from bot.api_json import quote_json
    from bot.models import Quote
    from bot.quotes import latest

    session = get_session()
    version = request.args.get("version", type=int)
    found = (
        session.exec(select(Quote).where(Quote.number == number, Quote.version == version)).first()
        if version
        else latest(session, number)
    )
    if found is None:
        abort(404, description=f"no quote {number}" + (f" v{version}" if version else ""))
    return jsonify(quote_json(session, found))


@bp.get("/quotes")
def quotes() -> Response:
    """Quotes (newest version of each), filtered by `customer_id` and `status`."""
    from bot.api_json import quote_json
    from bot.models import Quote

    session = get_session()
    query = select(Quote).where(col(Quote.status) != "superseded")
    if request.args.get("customer_id"):
        query = query.where(Quote.customer_id == request.args["customer_id"])
    if request.args.get("status"):
        query = query.where(Quote.status == request.args["status"])
    found = session.exec(query.order_by(col(Quote.created_at).desc()).limit(200)).all()
    return jsonify([quote_json(session, q) for q in found])


@bp.get("/orders/<number>")
def order(number: str) -> Response:
    from bot.api_json import order_json
    from bot.models import Order

    session = get_session()
    found = session.exec(select(Order).where(Order.number == number)).first()
    if found is None:
        abort(404, description=f"no order {number}")
    return jsonify(order_json(session, found))


@bp.get("/orders")
def orders() -> Response:
    from bot.api_json import order_json
    from bot.models import Order

    session = get_session()
    query = select(Order)
    if request.args.get("customer_id"):
        query = query.where(Order.customer_id == request.args["customer_id"])
    found = session.exec(query.order_by(col(Order.created_at).desc()).limit(200)).all()
    return jsonify([order_json(session, o) for o in found])


@bp.get("/audit")
def audit_trail() -> Response:
    """Every event about `subject` (a quote or order number), oldest first."""
    from bot.api_json import event_json
    from bot.audit import trail

    subject = request.args.get("subject", "")
    if not subject:
        abort(400, description="subject: give a quote or order number")
    return jsonify([event_json(e) for e in trail(get_session(), subject)])


@bp.get("/conversations/<int:conversation_id>")
def conversation(conversation_id: int) -> Response:
    """A conversation: who, its state and queue reason, the cart, and its messages."""
    from bot.api_json import conversation_json
    from bot.models import Conversation

    session = get_session()
    found = session.get(Conversation, conversation_id)
    if found is None:
        abort(404, description=f"no conversation {conversation_id}")
    return jsonify(conversation_json(session, found, messages=True))


@bp.get("/conversations")
def conversations() -> Response:
    """Conversations by `address` (whatsapp:+E164 or email) or `customer_id`, newest first."""
    from bot.api_json import conversation_json
    from bot.models import Conversation

    session = get_session()
    query = select(Conversation)
    if request.args.get("address"):
        query = query.where(Conversation.address == request.args["address"])
    if request.args.get("customer_id"):
        query = query.where(Conversation.customer_id == request.args["customer_id"])
    found = session.exec(query.order_by(col(Conversation.updated_at).desc()).limit(200)).all()
    return jsonify([conversation_json(session, c) for c in found])


def credit_json(credit: Credit, customer: Customer) -> dict[str, Any]:
    """A credit answer with its reasons in the customer's language."""
    return plain(
        {
            "status": credit.status.value,
            "as_of": credit.as_of,
            "credit_limit": credit.credit_limit,
            "open_balance": credit.open_balance,
            "overdue": credit.overdue,
            "days_overdue": credit.days_overdue,
            "open_orders": credit.open_orders,
            "available": credit.available,
            "overdue_invoices": [r.invoice for r in credit.overdue_invoices],
            "reasons": [
                {
                    "code": r.code,
                    "message": explain(wording_of(current_app), r, customer.language),
                    **r.params,
                }
                for r in credit.reasons
            ],
        }
    )
