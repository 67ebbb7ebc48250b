"""What a customer bought before, and which brand to offer (ERP.md's sales_history.csv
and brand_preferences.csv).

Small read-only questions other parts ask: the matcher's brand rule ("a buyer who
names no brand gets the one they last bought, or the preferred one"), "the same as
last time", and how long a customer has been dormant. All take the session they
read in.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.models import BrandPreference, Product, SalesLine

DEFAULT = ""  # BrandPreference.customer_id of the distributor's default for a family


def last_bought_brand(session: Session, customer_id: str, family: str) -> str | None:
    """The brand of the newest invoice line of `customer_id` in `family` (None if never).

    Families compare case-insensitively; lines of products without a brand are skipped.
    """
    return session.exec(
        select(Product.brand)
        .join(SalesLine, col(SalesLine.sku) == col(Product.sku))
        .where(
            SalesLine.customer_id == customer_id,
            sa.func.lower(Product.family) == family.lower(),
            col(Product.brand).is_not(None),
            Product.brand != "",
            SalesLine.qty > 0,  # a credit note is not a purchase
        )
        .order_by(col(SalesLine.date).desc(), col(SalesLine.invoice).desc())
        .limit(1)
    ).first()


def preferred_brand(session: Session, customer_id: str | None, family: str) -> str | None:
    """The brand brand_preferences.csv names for the customer in `family`.

    The customer's own row wins over the distributor's default for the family; None
    when neither exists. `customer_id` None (a guest) reads the default only.
    """
    scopes = [DEFAULT] if not customer_id else [customer_id, DEFAULT]
    rows = session.exec(
        select(BrandPreference).where(
            sa.func.lower(BrandPreference.family) == family.lower(),
            col(BrandPreference.customer_id).in_(scopes),
        )
    ).all()
    by_scope = {row.customer_id: row.brand for row in rows}
    return next((by_scope[s] for s in scopes if s in by_scope), None)


def last_purchase(session: Session, customer_id: str) -> list[SalesLine]:
    """The lines of the customer's newest invoice ("the same as last time"), in line order."""
    newest = session.exec(
        select(SalesLine.invoice)
        .where(SalesLine.customer_id == customer_id, SalesLine.qty > 0)
        .order_by(col(SalesLine.date).desc(), col(SalesLine.invoice).desc())
        .limit(1)
    ).first()
    if newest is None:
        return []
    return list(
        session.exec(
            select(SalesLine).where(SalesLine.invoice == newest).order_by(col(SalesLine.line))
        ).all()
    )


def last_purchase_date(session: Session, customer_id: str) -> dt.date | None:
    """The date of the customer's newest invoice line (dormant customers: long ago or None)."""
    return session.exec(
        select(sa.func.max(SalesLine.date)).where(SalesLine.customer_id == customer_id)
    ).one()
