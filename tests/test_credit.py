"""Credit status with the reasons a buyer is told."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlmodel import Session

from bot.config import TEMPLATES
from bot.credit import CreditStatus, credit_for, explain
from bot.models import Customer
from bot.wording import Wording

D = Decimal
TODAY = dt.date(2026, 11, 25)
WORDS = Wording(TEMPLATES, "Mostrador")


@pytest.fixture
def ledger(erp, session: Session):  # type: ignore[no-untyped-def]
    erp.write(
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language
            LATE,Constructora Sur,40000,false,,es
            FRESH,Pacific Industrial,10000,no,,en
            BLOCKED,Taller El Rayo,5000,yes,Cheques protestados,es
            NOLIMIT,Northwind,,0,,en
            """,
        receivables="""
            invoice,customer_id,issued,due,amount,balance,disputed
            F-1,LATE,2026-08-27,2026-09-26,12800.00,12800.00,false
            F-2,LATE,2026-10-06,2026-11-05,4350.50,2100.00,false
            F-3,LATE,2026-11-15,2026-12-15,6000.00,6000.00,false
            F-4,FRESH,2026-09-01,2026-10-01,1250.00,1250.00,true
            F-5,FRESH,2026-10-01,2026-10-26,800.00,800.00,false
            F-6,BLOCKED,2026-08-01,2026-08-31,2300.00,2300.00,false
            F-7,NOLIMIT,2026-11-01,2026-12-01,99999.99,99999.99,false
            """,
    ).load()
    return session


def credit(session: Session, customer_id: str, **kw):  # type: ignore[no-untyped-def]
    customer = session.get(Customer, customer_id)
    assert customer is not None
    return credit_for(session, customer, TODAY, **kw)


def test_overdue_more_than_30_days_puts_credit_on_hold(ledger: Session) -> None:
    late = credit(ledger, "LATE")
    assert late.open_balance == D("20900.00")
    assert late.overdue == D("14900.00")  # F-1 and F-2; F-3 is not due yet
    assert late.days_overdue == 60  # F-1, due 2026-09-26
    assert late.available == D("19100.00")
    assert late.status is CreditStatus.HOLD
    [reason] = late.reasons
    assert reason.code == "overdue" and reason.params["invoices"] == ["F-1", "F-2"]
    sentence = explain(WORDS, reason, "es")
    assert "F-1, F-2" in sentence and "USD 14,900.00" in sentence and "60 días" in sentence


def test_disputed_invoices_count_in_balance_but_not_as_overdue(ledger: Session) -> None:
    fresh = credit(ledger, "FRESH")
    assert fresh.open_balance == D("2050.00")
    assert (fresh.overdue, fresh.days_overdue) == (D("800.00"), 30)
    assert fresh.status is CreditStatus.OK  # 30 days is not more than 30


def test_an_order_beyond_available_credit_is_held(ledger: Session) -> None:
    held = credit(ledger, "FRESH", order_value=D("7950.01"))
    assert held.status is CreditStatus.HOLD
    assert held.reasons[0].code == "over_limit"
    assert "exceeds your available credit (USD 7,950.00)" in explain(WORDS, held.reasons[0], "en")
    assert credit(ledger, "FRESH", order_value=D("7950.00")).status is CreditStatus.OK
    # Open Mostrador orders use up credit too.
    assert (
        credit(ledger, "FRESH", order_value=D(1), open_orders=D(7950)).status is CreditStatus.HOLD
    )


def test_blocked_beats_hold_and_says_why(ledger: Session) -> None:
    blocked = credit(ledger, "BLOCKED")
    assert blocked.status is CreditStatus.BLOCKED
    assert [r.code for r in blocked.reasons] == ["blocked", "overdue"]
    assert "Cheques protestados" in explain(WORDS, blocked.reasons[0], "es")


def test_no_limit_means_no_available_figure_and_no_limit_hold(ledger: Session) -> None:
    open_ended = credit(ledger, "NOLIMIT", order_value=D("1000000"))
    assert open_ended.available is None
    assert open_ended.status is CreditStatus.OK
