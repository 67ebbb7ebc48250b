"""The quote document: HTML from a Jinja2 template, PDF by WeasyPrint, a signed link.

The link carries a signed token (number and version) instead of the number itself,
so a quote cannot be fetched by guessing `Q-2026-00013`; it is safe to send as
WhatsApp media or in a mail.
"""

from __future__ import annotations

from flask import Flask, render_template
from itsdangerous import BadSignature, URLSafeSerializer
from sqlmodel import Session

from bot.formatting import money_text, quantity_text
from bot.models import Customer, Quote
from bot.quotes import lines_of

_SALT = "quote-document"


def render_html(session: Session, quote: Quote, company: dict[str, str]) -> str:
    customer = session.get(Customer, quote.customer_id) if quote.customer_id else None
    return render_template(
        "quote/document.html",
        quote=quote,
        lines=lines_of(session, quote),
        customer=customer,
        company=company,
        lang=customer.language if customer and customer.language in ("en", "es") else "en",
        money=money_text,
        qty=quantity_text,
    )


def render_pdf(session: Session, quote: Quote, company: dict[str, str]) -> bytes:
    """The quote as a PDF document (needs an app context for the template)."""
    from weasyprint import HTML  # imported here: it loads Pango, only documents need it

    pdf: bytes = HTML(string=render_html(session, quote, company)).write_pdf()
    return pdf


def company_of(app: Flask) -> dict[str, str]:
    return {"name": app.config["COMPANY_NAME"], "details": app.config["COMPANY_DETAILS"]}


def token_for(app: Flask, quote: Quote) -> str:
    return URLSafeSerializer(app.config["SECRET_KEY"], salt=_SALT).dumps(
        [quote.number, quote.version]
    )


def link_for(app: Flask, quote: Quote) -> str:
    """The public URL of the quote's PDF (PUBLIC_BASE_URL + signed token)."""
    return f"{app.config['PUBLIC_BASE_URL']}/documents/quotes/{token_for(app, quote)}.pdf"


def read_token(app: Flask, token: str) -> tuple[str, int] | None:
    """(number, version) from a token, or None when it was not signed by us."""
    try:
        number, version = URLSafeSerializer(app.config["SECRET_KEY"], salt=_SALT).loads(token)
    except (BadSignature, ValueError, TypeError):
        return None
    return str(number), int(version)
