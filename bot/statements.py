"""A customer's statement of account: open invoices, what is overdue, what unblocks.

The same figures feed the chat's `estado de cuenta`, the statement PDF (WeasyPrint,
templates/statement/document.html with the quote's look) and the console. The PDF
sits behind a signed link (customer and date, signed with SECRET_KEY, like the
quote's), so it can travel as WhatsApp media or in a mail and cannot be guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, render_template
from itsdangerous import BadSignature, URLSafeSerializer
from sqlmodel import Session, col, select

from bot.credit import HOLD_AFTER_DAYS, Credit, CreditStatus, credit_for
from bot.formatting import money_text
from bot.models import Customer, PaymentPromise, Receivable
from bot.orders import open_orders_value
from bot.promises import OPEN, promises_of

_SALT = "statement-document"


@dataclass(frozen=True)
class Invoice:
    number: str
    issued: dt.date
    due: dt.date
    days_overdue: int  # 0 when not yet due
    amount: Decimal
    balance: Decimal
    disputed: bool


@dataclass(frozen=True)
class Statement:
    customer: Customer
    as_of: dt.date
    invoices: list[Invoice]  # open ones, oldest due first
    open_balance: Decimal
    overdue: Decimal  # undisputed and past due
    disputed: Decimal
    credit: Credit
    unblock: list[Invoice]  # paying these lifts the overdue hold (empty: no such hold)
    unblock_amount: Decimal
    promises: list[PaymentPromise]  # still open


def statement_for(session: Session, customer: Customer, on: dt.date) -> Statement:
    """The customer's statement on `on` (their local date)."""
    rows = session.exec(
        select(Receivable)
        .where(Receivable.customer_id == customer.customer_id, col(Receivable.balance) > 0)
        .order_by(col(Receivable.due), col(Receivable.invoice))
    ).all()
    invoices = [
        Invoice(r.invoice, r.issued, r.due, max(0, (on - r.due).days), r.amount, r.balance,
                r.disputed)
        for r in rows
    ]  # fmt: skip
    credit = credit_for(
        session, customer, on, open_orders=open_orders_value(session, customer.customer_id)
    )
    # Credit holds when the oldest undisputed overdue invoice is more than HOLD_AFTER_DAYS
    # late: paying every invoice that late brings it back under.
    unblock = [i for i in invoices if not i.disputed and i.days_overdue > HOLD_AFTER_DAYS]
    return Statement(
        customer=customer,
        as_of=on,
        invoices=invoices,
        open_balance=credit.open_balance,
        overdue=credit.overdue,
        disputed=sum((i.balance for i in invoices if i.disputed), Decimal(0)),
        credit=credit,
        unblock=unblock if credit.status is not CreditStatus.BLOCKED else [],
        unblock_amount=sum((i.balance for i in unblock), Decimal(0)),
        promises=[p for p in promises_of(session, customer.customer_id) if p.status == OPEN],
    )


def render_html(statement: Statement, company: dict[str, str]) -> str:
    """The statement document (needs an app context for the template)."""
    customer = statement.customer
    return render_template(
        "statement/document.html",
        s=statement,
        customer=customer,
        company=company,
        lang=customer.language if customer.language in ("en", "es") else "en",
        money=money_text,
    )


def render_pdf(statement: Statement, company: dict[str, str]) -> bytes:
    from weasyprint import HTML  # imported here: it loads Pango, only documents need it

    pdf: bytes = HTML(string=render_html(statement, company)).write_pdf()
    return pdf


def token_for(app: Flask, customer_id: str, on: dt.date) -> str:
    return URLSafeSerializer(app.config["SECRET_KEY"], salt=_SALT).dumps(
        [customer_id, on.isoformat()]
    )


def link_for(app: Flask, customer_id: str, on: dt.date) -> str:
    """The public URL of the customer's statement PDF as of `on` (PUBLIC_BASE_URL + token)."""
    token = token_for(app, customer_id, on)
    return f"{app.config['PUBLIC_BASE_URL']}/documents/statements/{token}.pdf"


def read_token(app: Flask, token: str) -> tuple[str, dt.date] | None:
    """(customer id, date) from a token, or None when it was not signed by us."""
    try:
        customer_id, on = URLSafeSerializer(app.config["SECRET_KEY"], salt=_SALT).loads(token)
        return str(customer_id), dt.date.fromisoformat(on)
    except (BadSignature, ValueError, TypeError):
        return None
