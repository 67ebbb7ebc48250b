"""Public documents behind signed links (no login: the token is the key): quotes and
statements of account."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app
from sqlmodel import select

from bot.db import get_session
from bot.documents import company_of, read_token, render_pdf
from bot.models import Customer, Quote

bp = Blueprint("documents", __name__)


@bp.get("/documents/quotes/<token>.pdf")
def quote_pdf(token: str) -> Response:
    """The quote version the token names, as a PDF."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    found = read_token(app, token)
    if found is None:
        abort(404)
    session = get_session()
    quote = session.exec(
        select(Quote).where(Quote.number == found[0], Quote.version == found[1])
    ).first()
    if quote is None:
        abort(404)
    response = Response(render_pdf(session, quote, company_of(app)), mimetype="application/pdf")
    response.headers["Content-Disposition"] = (
        f'inline; filename="{quote.number}-v{quote.version}.pdf"'
    )
    response.headers["Cache-Control"] = "private, max-age=300"
    return response


@bp.get("/documents/statements/<token>.pdf")
def statement_pdf(token: str) -> Response:
    """The customer's statement of account as of the token's date, as a PDF."""
    from bot import statements

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    found = statements.read_token(app, token)
    session = get_session()
    customer = session.get(Customer, found[0]) if found else None
    if found is None or customer is None:
        abort(404)
    statement = statements.statement_for(session, customer, found[1])
    response = Response(statements.render_pdf(statement, company_of(app)),
                        mimetype="application/pdf")  # fmt: skip
    response.headers["Content-Disposition"] = (
        f'inline; filename="statement-{customer.customer_id}-{found[1].isoformat()}.pdf"'
    )
    response.headers["Cache-Control"] = "private, max-age=300"
    return response
