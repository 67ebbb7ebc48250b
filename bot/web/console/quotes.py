"""Quotes in the console: complete open lines, change quantities and prices, send."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from sqlmodel import Session, col, select
from werkzeug.wrappers import Response

from bot.clock import utcnow
from bot.db import get_engine, get_session, session_scope
from bot.erp import cells
from bot.jobs import enqueue
from bot.models import Approval, Customer, Order, Product, QuoteLine
from bot.offers import Offer, offers_for
from bot.quotes import LineChange, QuoteError, Rules, latest, lines_of, mark_lost, mark_sent, revise
from bot.web.console.auth import me
from bot.web.console.blueprint import bp
from workers.jobs import SEND_QUOTE


@bp.get("/quotes/<number>")
@login_required
def quote(number: str) -> str:
    """The newest version, editable; `?q=` searches the catalog for a SKU to pick."""
    session = get_session()
    current = latest(session, number)
    if current is None:
        abort(404)
    query = request.args.get("q", "").strip()
    customer = session.get(Customer, current.customer_id) if current.customer_id else None
    lines = lines_of(session, current)
    now = utcnow()
    return render_template(
        "console/quote.html",
        q=current,
        lines=lines,
        customer=customer,
        approvals=session.exec(
            select(Approval).where(Approval.subject == number).order_by(col(Approval.id))
        ).all(),
        query=query,
        found=offers_for(session, customer, search(session, query), now) if query else [],
        options=line_options(session, customer, lines, now),
        order=session.exec(select(Order).where(Order.quote_id == current.id)).first(),
        user=me(),
    )


def line_options(
    session: Session, customer: Customer | None, lines: list[QuoteLine], now: dt.datetime
) -> dict[int, dict[str, Offer]]:
    """Per line, the matcher's candidates priced for the customer at the line's quantity,
    with their stock: what a seller completing an open line chooses between."""
    options: dict[int, dict[str, Offer]] = {}
    for line in lines:
        skus = [str(c.get("sku")) for c in line.candidates or [] if c.get("sku")]
        if not skus:
            continue
        products = session.exec(select(Product).where(col(Product.sku).in_(skus))).all()
        found = offers_for(session, customer, list(products), now, line.quantity)
        options[line.position] = {o.product.sku: o for o in found}
    return options


def search(session: Session, text: str, limit: int = 15) -> list[Product]:
    """Catalog search for a seller: the matcher's candidates first, then SKU/name contains."""
    from bot.matching.service import match_lines

    skus: list[str] = []
    for result in match_lines([text], None):
        skus += [c.sku for c in result.candidates] + ([result.sku] if result.sku else [])
    like = f"%{text.lower()}%"
    skus += session.exec(
        select(Product.sku)
        .where(
            col(Product.active),
            sa.or_(sa.func.lower(Product.sku).like(like), sa.func.lower(Product.name).like(like)),
        )
        .order_by(col(Product.sku))
        .limit(limit)
    ).all()
    unique = list(dict.fromkeys(skus))[:limit]
    products = {p.sku: p for p in session.exec(select(Product).where(col(Product.sku).in_(unique)))}
    return [products[s] for s in unique if s in products]


@bp.post("/quotes/<number>/revise")
@login_required
def revise_quote(number: str) -> Response:
    """A new version with the seller's changes; a deep discount asks for approval."""
    here = url_for("console.quote", number=number)
    try:
        with session_scope(get_engine(), write=True) as session:
            current = latest(session, number)
            if current is None:
                abort(404)
            lines = lines_of(session, current)
            changes = changes_from_form(lines)
            if not changes:
                flash("Nothing changed.", "error")
                return redirect(here)
            new = revise(
                session, number, changes, now=utcnow(),
                rules=Rules.from_config(current_app.config), actor=me().email, cause="console",
            )  # fmt: skip
            learned = remember_completions(session, current.customer_id, number, lines, changes)
            if learned:
                flash(f"Remembered {learned} reference(s) for this customer.", "ok")
            flash(f"Version {new.version} saved: {new.status.replace('_', ' ')}.", "ok")
    except QuoteError as exc:
        flash(str(exc), "error")
    return redirect(here)


def remember_completions(
    session: Session,
    customer_id: str | None,
    number: str,
    lines: list[QuoteLine],
    changes: list[LineChange],
) -> int:
    """Open lines the seller completed with "remember for this customer" ticked."""
    from bot.matching.learning import remember
    from bot.matching.service import current_index

    if customer_id is None:
        return 0
    by_position = {line.position: line for line in lines}
    count = 0
    for change in changes:
        line = by_position.get(change.position)
        if line is None or change.sku is None or line.status != "open":
            continue
        if not request.form.get(f"remember-{change.position}"):
            continue
        ref = remember(
            session, current_index(), customer_id=customer_id, text=line.request_text,
            sku=change.sku, actor=me().email, source="seller", quote_number=number,
        )  # fmt: skip
        count += ref is not None
    return count


def changes_from_form(lines: list[QuoteLine]) -> list[LineChange]:
    """What the seller changed on each line (fields left as they were are no change)."""
    form, changes = request.form, []
    for line in lines:
        p = line.position
        if form.get(f"remove-{p}"):
            changes.append(LineChange(p, remove=True))
            continue
        sku = (form.get(f"other-{p}") or form.get(f"sku-{p}") or "").strip() or None
        quantity = _decimal(form.get(f"qty-{p}"), f"line {p}: quantity")
        price = _decimal(form.get(f"price-{p}"), f"line {p}: price")
        change = LineChange(
            p,
            sku=sku if sku and sku != line.sku else None,
            quantity=quantity if quantity is not None and quantity != line.quantity else None,
            unit_price=price if price is not None and price != line.unit_price else None,
        )
        if change != LineChange(p):
            changes.append(change)
    return changes


def _decimal(raw: str | None, what: str) -> Decimal | None:
    """A number typed by a seller (a decimal comma is fine), checked like an ERP cell."""
    text = (raw or "").strip().replace(",", ".")
    if not text:
        return None
    try:
        return cells.decimal(text)
    except cells.CellError as exc:
        raise QuoteError(f"{what}: {exc}") from None


@bp.post("/quotes/<number>/send")
@login_required
def send_quote(number: str) -> Response:
    """Send the newest version to the customer through the conversation it came from."""
    here = url_for("console.quote", number=number)
    try:
        with session_scope(get_engine(), write=True) as session:
            sent = mark_sent(session, number, actor=me().email, channel="console", cause="console")
            quote_id, conversation_id = sent.id, sent.conversation_id
    except QuoteError as exc:
        flash(str(exc), "error")
        return redirect(here)
    if conversation_id is None:
        flash(f"{number} is marked sent; it has no conversation, so send the PDF yourself.", "ok")
        return redirect(here)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    enqueue(app, SEND_QUOTE, quote_id or 0, me().email)
    flash(f"{number} sent to the customer.", "ok")
    return redirect(here)


@bp.post("/quotes/<number>/lost")
@login_required
def lose_quote(number: str) -> Response:
    try:
        with session_scope(get_engine(), write=True) as session:
            mark_lost(session, number, request.form.get("reason", ""), actor=me().email)
    except QuoteError as exc:
        flash(str(exc), "error")
    return redirect(url_for("console.quote", number=number))
