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

from bot.models import Customer, Receivable
from bot.pricing import money

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


_TEXT = {
    "en": {
        "blocked": "Your account is on hold{why}. Please contact our accounts team to release it.",
        "overdue": "You have {count} overdue invoice(s) ({invoices}) for {amount}, the oldest "
        "{days} days past due. Paying them releases new orders.",
        "over_limit": "This order ({order_value}) exceeds your available credit ({available}). "
        "A payment or a credit review will release it.",
    },
    "es": {
        "blocked": "Su cuenta está bloqueada{why}. Por favor contacte a cobranzas para liberarla.",
        "overdue": "Tiene {count} factura(s) vencida(s) ({invoices}) por {amount}; la más antigua "
        "con {days} días de atraso. Al pagarlas se liberan nuevos pedidos.",
        "over_limit": "Este pedido ({order_value}) supera su crédito disponible ({available}). "
        "Un pago o una revisión de crédito lo liberará.",
    },
}


def explain(reason: Reason, language: str = "en", currency: str = "USD") -> str:
    """One sentence a buyer understands, in `language` (en/es)."""
    text = _TEXT.get(language, _TEXT["en"])[reason.code]
    p = reason.params
    if reason.code == "blocked":
        return text.format(why=f": {p['reason']}" if p.get("reason") else "")
    if reason.code == "overdue":
        return text.format(
            count=len(p["invoices"]),
            invoices=", ".join(p["invoices"]),
            amount=format_money(p["amount"], currency),
            days=p["days"],
        )
    return text.format(
        order_value=format_money(p["order_value"], currency),
        available=format_money(p["available"], currency),
    )


def format_money(value: Decimal, currency: str = "USD") -> str:
    """`USD 1,234.50`: unambiguous across locales for a B2B buyer."""
    return f"{currency} {money(value):,.2f}"
