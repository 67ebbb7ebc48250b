"""/simulator: chat as a demo customer, with no Twilio account (SPEC.md)."""

from __future__ import annotations

from flask import Blueprint, Flask, Response, abort, current_app, jsonify, render_template, request
from sqlmodel import Session, col, select

from bot.db import get_engine
from bot.models import Contact, Customer
from channels.simulator import simulate_inbound, thread

bp = Blueprint("simulator", __name__, url_prefix="/simulator")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


@bp.before_request
def _only_without_twilio() -> None:
    config = current_app.config
    if config.get("TWILIO_ACCOUNT_SID") and not current_app.debug:
        abort(404)  # with a real WhatsApp number, nobody should fake customers


@bp.get("/")
def page() -> str:
    """Pick a demo contact (or type any number) and chat as them."""
    with Session(get_engine()) as session:
        rows = session.exec(
            select(Contact, Customer)
            .join(Customer, col(Customer.customer_id) == col(Contact.customer_id))
            .where(col(Contact.phone).is_not(None))
            .order_by(col(Contact.customer_id))
        ).all()
    contacts = [
        {"phone": c.phone, "name": c.name, "customer": u.name, "language": u.language}
        for c, u in rows
    ]
    return render_template("simulator/page.html", contacts=contacts)


@bp.post("/send")
def send() -> tuple[Response, int]:
    phone = (request.form.get("phone") or "").strip()
    body = (request.form.get("body") or "").strip()
    if not phone.startswith("+") or not phone[1:].isdigit() or not body:
        return jsonify(error="phone (+E164) and body are required"), 400
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    tap = (request.form.get("tap") or "").strip()[:200] or None  # a button or list item
    kind = "list" if request.form.get("kind") == "list" else "button"
    simulate_inbound(app, phone, body[:4000], tap, kind)
    return jsonify(ok=True), 202


@bp.get("/messages")
def messages() -> Response:
    phone = request.args.get("phone", "")
    after = request.args.get("after", 0, type=int)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    return jsonify(thread(app, phone, after))
