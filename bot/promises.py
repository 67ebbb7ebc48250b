"""Promises to pay: read from what a buyer wrote, kept on the customer, settled by the ERP.

"Pago el viernes", "we'll transfer tomorrow 5,000", "transferimos mañana 5.000": a date
(resolved in the customer's time zone: their default warehouse's, else UTC) and an
amount when one is given. The promise keeps what was owed when it was made (the
overdue invoices and their balances; every open invoice when none is overdue), so a
later import can tell whether *that* debt went down, whatever new invoices appear.

**Kept or broken** (decided at each receivables import, SPEC.md "After the sale"):
`paid` = the promise's invoices' balances then − their balances now (an invoice the
ERP no longer lists counts as paid in full). A promise is **kept** when an import
shows `paid` ≥ the amount (capped at what was owed then; all of it when no amount
was said) by the
promised date + GRACE_DAYS (the customer's local date: a transfer made on the day
reaches the ERP the next); **broken** when an import after that day shows less. An
open promise is decided once; the import's audit trail says which.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from bot import audit
from bot.models import Customer, PaymentPromise, Receivable
from bot.words import words_of

GRACE_DAYS = 1
OPEN, KEPT, BROKEN = "open", "kept", "broken"

_WEEKDAYS = {
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5,
    "domingo": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4,
}  # fmt: skip
_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "january": 1, "february": 2, "march": 3, "april": 4, "may": 5,
    "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "ene": 1, "jan": 1, "feb": 2, "mar": 3, "abr": 4, "apr": 4, "jun": 6,
    "jul": 7, "ago": 8, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dic": 12,
    "dec": 12,
}  # fmt: skip
# "may" is a month only after these ("our May order", "in May"): "may I" is not.
_MAY_AFTER = {"in", "our", "from", "last", "the", "of", "since"}


def month_named(text: str) -> int | None:
    """The month `text` names by its full name ("same as our April order", "lo del pedido
    de abril": 4); None when it names none or several."""
    words = words_of(text)
    named = {
        _MONTHS[w] for at, w in enumerate(words)
        if (len(w) > 3 and w in _MONTHS) or (w == "may" and at and words[at - 1] in _MAY_AFTER)
    }  # fmt: skip
    return named.pop() if len(named) == 1 else None


_RELATIVE = {  # words → days from today
    ("pasado", "manana"): 2, ("day", "after", "tomorrow"): 2, ("manana",): 1,
    ("tomorrow",): 1, ("hoy",): 0, ("today",): 0, ("tonight",): 0, ("esta", "tarde"): 0,
}  # fmt: skip
_NEXT_WEEK = {("proxima", "semana"), ("semana", "que", "viene"), ("next", "week"),
              ("la", "otra", "semana")}  # fmt: skip
_MONTH_END = {("fin", "de", "mes"), ("fines", "de", "mes"), ("end", "of", "the", "month"),
              ("end", "of", "month"), ("month", "end")}  # fmt: skip
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SLASHED = re.compile(r"\b(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s*(?:de\s+)?([a-zA-Z]{3,10})\b")
_MONTH_DAY = re.compile(r"\b([a-zA-Z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
_DAY_OF_MONTH = re.compile(r"\b(?:el|the|on the|d[ií]a)\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.I)
# A weekday with its day of the month ("el jueves 3", "thursday 3rd"): that day of the month.
_WEEKDAY_DAY = re.compile(
    r"\b(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r"|mi[eé]rcoles|s[aá]bado)"
    r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![/.,:-]?\d)",
    re.I,
)
_AMOUNT = re.compile(
    r"(?<![\w.,/-])(?:(?:usd|us\$|clp|\$)\s*)?"
    r"(\d{1,3}(?:([.,])\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(\s*(?:k|mil)\b)?",
    re.I,
)


@dataclass(frozen=True)
class Said:
    """A promise as read from a message: the date, and the amount when given."""

    on: dt.date
    amount: Decimal | None


def read(text: str, today: dt.date, language: str = "es") -> Said | None:
    """The date and amount a buyer promised, or None when no date can be read.

    Args:
        today: the customer's local date (see `local_today`).
        language: "en" reads 11/30 as month/day, "es" as day/month (a part over 12 decides).
    """
    on, rest = _date(text, today, language)
    if on is None:
        return None
    return Said(on, _amount(rest))


def _date(text: str, today: dt.date, language: str) -> tuple[dt.date | None, str]:
    """The promised date and the text without it (so its digits are no amount)."""
    if found := _ISO.search(text):
        return _safe(int(found[1]), int(found[2]), int(found[3])), _cut(text, found)
    if found := _SLASHED.search(text):
        first, second = int(found[1]), int(found[2])
        month, day = (first, second) if language == "en" and first <= 12 else (second, first)
        if month > 12:
            month, day = day, month
        year = int(found[3]) if found[3] else None
        year = year + 2000 if year is not None and year < 100 else year
        return _upcoming(today, month, day, year), _cut(text, found)
    for pattern, day_at, month_at in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for found in pattern.finditer(text):
            named = _MONTHS.get("".join(words_of(found[month_at])))
            if named:
                return _upcoming(today, named, int(found[day_at]), None), _cut(text, found)
    if found := _WEEKDAY_DAY.search(text):
        return _of_month(today, int(found[1])), _cut(text, found)
    words = words_of(text)
    for phrase, days in _RELATIVE.items():
        if _has(words, phrase):
            return today + dt.timedelta(days=days), text
    if any(_has(words, phrase) for phrase in _NEXT_WEEK):
        return today + dt.timedelta(days=7 - today.weekday()), text  # next Monday
    if any(_has(words, phrase) for phrase in _MONTH_END):
        return today.replace(day=calendar.monthrange(today.year, today.month)[1]), text
    for word in words:
        if word in _WEEKDAYS:  # the next such day after today ("el viernes" said on a Friday:
            ahead = (_WEEKDAYS[word] - today.weekday() - 1) % 7 + 1  # a week later)
            return today + dt.timedelta(days=ahead), text
    if found := _DAY_OF_MONTH.search(text):
        return _of_month(today, int(found[1])), _cut(text, found)
    return None, text


def without_date(text: str, today: dt.date, language: str = "es") -> str:
    """`text` without the day it names ("need it by Dec 4" → "need it by"), as it was when it
    names none: what is left of a message's figures once its date is read."""
    on, rest = _date(text, today, language)
    return text if on is None else rest


def _of_month(today: dt.date, day: int) -> dt.date | None:
    """The next `day` of a month from `today` on (this month's, else the next month's)."""
    month, year = today.month, today.year
    if day < today.day:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return _safe(year, month, day)


def _amount(text: str) -> Decimal | None:
    """The largest figure in `text` as an exact amount: `5.000` and `5,000` are five
    thousand, `5.000,50`/`5,000.50` carry cents, `5k`/`5 mil` thousands."""
    best: Decimal | None = None
    for found in _AMOUNT.finditer(text):
        raw, grouped, thousands = found[1], found[2], found[3]
        if grouped:
            decimal_mark = "," if grouped == "." else "."
            whole, _, cents = raw.rpartition(decimal_mark) if raw.count(decimal_mark) == 1 and \
                len(raw.rpartition(decimal_mark)[2]) <= 2 else (raw, "", "")  # fmt: skip
            value = Decimal(whole.replace(grouped, "") + ("." + cents if cents else ""))
        else:
            value = Decimal(raw.replace(",", "."))
        if thousands:
            value *= 1000
        if best is None or value > best:
            best = value
    return best


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


def _cut(text: str, found: re.Match[str]) -> str:
    return text[: found.start()] + " " + text[found.end() :]


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _upcoming(today: dt.date, month: int, day: int, year: int | None) -> dt.date | None:
    """The date with that month and day, this year, or next year when it has passed."""
    if year is not None:
        return _safe(year, month, day)
    found = _safe(today.year, month, day)
    if found is not None and found < today:
        found = _safe(today.year + 1, month, day)
    return found


def customer_zone(session: Session, customer: Customer) -> ZoneInfo:
    """The customer's time zone: their default warehouse's, else UTC (as notices read it)."""
    from bot.proactive import customer_zone as zone_of  # the one rule, with the notices

    return zone_of(session, customer, ZoneInfo("UTC"))


def local_today(session: Session, customer: Customer, now: dt.datetime) -> dt.date:
    """The customer's date at `now` (a promise said late at night is theirs, not UTC's)."""
    return now.astimezone(customer_zone(session, customer)).date()


def record(
    session: Session,
    customer: Customer,
    said: Said,
    text: str,
    *,
    now: dt.datetime,
    actor: str,
    cause: str | None = None,
    conversation_id: int | None = None,
) -> PaymentPromise:
    """Keep a promise on the customer, with what is owed now, and audit it."""
    owed = _owed_now(session, customer.customer_id, local_today(session, customer, now))
    promise = PaymentPromise(
        customer_id=customer.customer_id,
        promised_on=said.on,
        amount=said.amount,
        text=text[:1000],
        owed=sum((r.balance for r in owed), Decimal(0)),
        invoices={r.invoice: str(r.balance) for r in owed},
        created_at=now,
        created_by=actor,
        conversation_id=conversation_id,
    )
    session.add(promise)
    session.flush()
    audit.record(session, f"customer:{customer.customer_id}", "promise.recorded", actor, cause,
                 promise=promise.id, on=said.on, amount=said.amount, text=text[:200])  # fmt: skip
    return promise


def _owed_now(session: Session, customer_id: str, today: dt.date) -> list[Receivable]:
    """The overdue undisputed invoices; every open undisputed one when none is overdue."""
    open_ = session.exec(
        select(Receivable)
        .where(
            Receivable.customer_id == customer_id,
            col(Receivable.balance) > 0,
            col(Receivable.disputed).is_(False),
        )
        .order_by(col(Receivable.due), col(Receivable.invoice))
    ).all()
    overdue = [r for r in open_ if r.due < today]
    return overdue or list(open_)


def promises_of(session: Session, customer_id: str, limit: int = 10) -> list[PaymentPromise]:
    """The customer's promises, newest first."""
    return list(
        session.exec(
            select(PaymentPromise)
            .where(PaymentPromise.customer_id == customer_id)
            .order_by(col(PaymentPromise.created_at).desc(), col(PaymentPromise.id).desc())
            .limit(limit)
        ).all()
    )


def settle_after_import(session: Session, *, now: dt.datetime, actor: str) -> list[str]:
    """Decide open promises against the receivables just imported (see the module
    docstring); returns `"#<id> <customer> kept|broken"` per promise decided, audited."""
    decided = []
    for promise in session.exec(select(PaymentPromise).where(PaymentPromise.status == OPEN)).all():
        customer = session.get(Customer, promise.customer_id)
        if customer is None:
            continue
        balances = {
            r.invoice: r.balance
            for r in session.exec(
                select(Receivable).where(col(Receivable.invoice).in_(list(promise.invoices)))
            ).all()
        }
        paid = sum(
            (Decimal(then) - min(Decimal(then), balances.get(number, Decimal(0)))
             for number, then in promise.invoices.items()),
            Decimal(0),
        )  # fmt: skip
        # The amount said, but never more than was owed then (all of it paid is kept).
        target = promise.owed if promise.amount is None else min(promise.amount, promise.owed)
        late = local_today(session, customer, now) > promise.promised_on + dt.timedelta(
            days=GRACE_DAYS
        )
        if paid >= target and not late:
            status = KEPT
        elif late:  # paid since, or not: too late either way
            status = BROKEN
        else:
            continue
        promise.status, promise.paid, promise.settled_at = status, paid, now
        session.add(promise)
        audit.record(session, f"customer:{promise.customer_id}", f"promise.{status}", actor,
                     promise=promise.id, on=promise.promised_on, amount=promise.amount,
                     paid=paid)  # fmt: skip
        decided.append(f"#{promise.id} {promise.customer_id} {status}")
    return decided
