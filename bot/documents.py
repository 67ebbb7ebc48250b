"""Documents a distributor sends (quote, statement): HTML from Jinja2, PDF by WeasyPrint.

Every document extends `templates/documents/base.html` (the look: page, header with the
distributor's logo, tax id and address, tables, totals) and is rendered through
`render_document` + `pdf_of`, so a statement and a quote read as the same company's.

The quote's link carries a signed token (number and version) instead of the number itself,
so a quote cannot be fetched by guessing `Q-2026-00013`; it is safe to send as
WhatsApp media or in a mail.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from flask import Flask, current_app, render_template
from itsdangerous import BadSignature, URLSafeSerializer
from sqlmodel import Session

from bot.formatting import money_text, quantity_text
from bot.models import Customer, Quote
from bot.quote_document import document_facts

_SALT = "quote-document"


def company_of(app: Flask) -> dict[str, str]:
    """The distributor as documents show it (COMPANY_*); `logo` is a file URI or ''."""
    logo = app.config.get("COMPANY_LOGO")
    return {
        "name": app.config["COMPANY_NAME"],
        "tax_id": app.config.get("COMPANY_TAX_ID") or "",
        "address": app.config.get("COMPANY_ADDRESS") or "",
        "details": app.config.get("COMPANY_DETAILS") or "",
        "logo": Path(logo).resolve().as_uri() if logo else "",
    }


def render_document(template: str, company: dict[str, str], lang: str, **context: Any) -> str:
    """A document's HTML: `template` extends documents/base.html (needs an app context)."""
    return render_template(
        template,
        company=company,
        lang=lang if lang in ("en", "es") else "en",
        money=money_text,
        qty=quantity_text,
        **context,
    )


def pdf_of(html: str) -> bytes:
    """The PDF of a rendered document (the logo is read from its file URI)."""
    from weasyprint import HTML  # imported here: it loads Pango, only documents need it

    pdf: bytes = HTML(string=html, base_url=".").write_pdf()
    return pdf


def render_html(session: Session, quote: Quote, company: dict[str, str]) -> str:
    """The quote document's HTML in the quote's language, tax as configured (TAX_RATE_PCT,
    TAX_NAME)."""
    customer = session.get(Customer, quote.customer_id) if quote.customer_id else None
    config = current_app.config
    facts = document_facts(session, quote, customer, config.get("TAX_RATE_PCT") or Decimal(0),
                           config.get("TAX_NAME") or "Tax")  # fmt: skip
    return render_document(
        "quote/document.html",
        company,
        quote.language,
        quote=quote,
        customer=customer,
        **facts,
    )


def render_pdf(session: Session, quote: Quote, company: dict[str, str]) -> bytes:
    """The quote as a PDF document (needs an app context for the template)."""
    return pdf_of(render_html(session, quote, company))


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
