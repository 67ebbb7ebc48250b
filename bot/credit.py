"""A customer's credit on a date, with reasons a buyer can act on (ERP.md).

The answer is never a bare boolean: `reasons` carries codes with the numbers
behind them (STYLE.md, "policy returns reasons"), and `explain` turns each into a
sentence in the customer's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlmodel import Session, select

from bot.formatting import amount_text
from bot.models import Customer, Receivable
from bot.pricing import money
from bot.wording import Wording

HOLD_AFTER_DAYS = 30


class CreditStatus(StrEnum):
    OK = "ok"
    HOLD = "hold"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class Reason:
    """Why credit is not `ok`: a code and the figures a sentence needs."""

    code: str  # "blocked" | "overdue" | "over_limit"
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Credit:
    customer_id: str
    as_of: dt.date
    credit_limit: Decimal | None  # None: no limit
    open_balance: Decimal
    overdue: Decimal
    days_overdue: int
    overdue_invoices: list[Receivable]
    open_orders: Decimal
    available: Decimal | None  # None: no limit
    status: CreditStatus
    reasons: list[Reason]


def credit_for(
    session: Session,
    customer: Customer,
    on: dt.date,
    *,
    order_value: Decimal = Decimal(0),
    open_orders: Decimal = Decimal(0),
) -> Credit:
    """Credit of `customer` on `on`, for an order of `order_value` (0: just asking).

    Args:
        open_orders: value of the customer's open, un-invoiced Mostrador orders,
            which already use up credit (ERP.md); the orders module supplies it.
    """
    receivables = session.exec(
        select(Receivable).where(Receivable.customer_id == customer.customer_id)
    ).all()
    open_balance = sum((r.balance for r in receivables), Decimal(0))
    late = sorted(
        (r for r in receivables if r.due < on and not r.disputed and r.balance > 0),
        key=lambda r: (r.due, r.invoice),
    )
    overdue = sum((r.balance for r in late), Decimal(0))
    days_overdue = (on - late[0].due).days if late else 0
    available = (
        None
        if customer.credit_limit is None
        else customer.credit_limit - open_balance - open_orders
    )

    reasons: list[Reason] = []
    if customer.blocked:
        reasons.append(Reason("blocked", {"reason": customer.block_reason or ""}))
    if days_overdue > HOLD_AFTER_DAYS:
        reasons.append(
            Reason(
                "overdue",
                {
                    "amount": money(overdue),
                    "days": days_overdue,
                    "invoices": [r.invoice for r in late],
                },
            )
        )
    if available is not None and order_value > available:
        reasons.append(
            Reason("over_limit", {"available": money(available), "order_value": money(order_value)})
        )
    if customer.blocked:
        status = CreditStatus.BLOCKED
    elif reasons:
        status = CreditStatus.HOLD
    else:
        status = CreditStatus.OK
    return Credit(
        customer_id=customer.customer_id,
        as_of=on,
        credit_limit=customer.credit_limit,
        open_balance=money(open_balance),
        overdue=money(overdue),
        days_overdue=days_overdue,
        overdue_invoices=late,
        open_orders=money(open_orders),
        available=None if available is None else money(available),
        status=status,
        reasons=reasons,
    )


def explain(wording: Wording, reason: Reason, language: str = "en", currency: str = "USD") -> str:
    """One sentence a buyer understands, in `language` (templates/messages/<lang>/credit/)."""
    p = reason.params
    figures: dict[str, Any] = {}
    if reason.code == "overdue":
        figures = {"count": len(p["invoices"]), "invoices": ", ".join(p["invoices"]),
                   "amount": amount_text(p["amount"], currency), "days": p["days"]}  # fmt: skip
    elif reason.code == "over_limit":
        figures = {"order_value": amount_text(p["order_value"], currency),
                   "available": amount_text(p["available"], currency)}  # fmt: skip
    else:
        figures = {"why": p.get("reason")}
    return wording.render(f"credit/{reason.code}", language, **figures)
