"""The facts a quote document shows beyond its lines (SPEC.md "Quote document").

Net, tax and total (tax = net × TAX_RATE_PCT / 100, rounded half-up to the cent, as
an invoice would); availability as a date; payment terms from the customer's
`payment_terms_days`; a guest's company, tax id and email as said in the chat; the seller
who answers for it (the console user who made the version, else the customer's
`seller_email`, with the user's name and phone when they have a console account); what
changed since the previous version; and, for a superseded version, which version replaced
it; and what a line sold by the pack holds ("3 BOLSA": 300 pieces, bot/packs.py). Wording
is the template's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session, col, select

from bot.formatting import price_text, quantity_text
from bot.models import Conversation, Customer, Product, Quote, QuoteLine, User
from bot.packs import PACK_UNITS, pack_facts
from bot.quotes import latest, lines_of
from bot.statuses import QuoteStatus

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Totals:
    net: Decimal
    rate_pct: Decimal
    tax: Decimal
    total: Decimal
    label: str  # "IVA 19%"


def tax_totals(net: Decimal, rate_pct: Decimal, name: str) -> Totals:
    """Net, tax and total: the tax is net × rate, rounded half-up to the cent."""
    net = Decimal(net).quantize(CENT, rounding=ROUND_HALF_UP)
    tax = (net * Decimal(rate_pct) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    rate = f"{Decimal(rate_pct).normalize():f}"
    return Totals(net, Decimal(rate_pct), tax, net + tax, f"{name} {rate}%")


@dataclass(frozen=True)
class Seller:
    name: str | None
    email: str
    phone: str | None


def seller_of(session: Session, quote: Quote, customer: Customer | None) -> Seller | None:
    """Who answers for the quote: the console user who made this version, else the
    customer's seller (a console user by that email gives name and phone)."""
    wanted = [quote.created_by, customer.seller_email if customer else None]
    for email in (e.strip().lower() for e in wanted if e and "@" in e):
        user = session.exec(select(User).where(User.email == email)).first()
        if user is not None and user.active:
            return Seller(user.name, user.email, user.phone)
    if customer is not None and customer.seller_email:
        return Seller(None, customer.seller_email, None)
    return None


def availability(line: QuoteLine) -> dict[str, Any]:
    """When a priced line ships, as a date: {'date', 'warehouse'} or, short, {'now',
    'rest_date'} (either may be None: nothing now, no date known)."""
    if line.dispatch in ("ships_today", "next_dispatch") and line.eta:
        return {"date": line.eta.isoformat(), "warehouse": line.warehouse}
    now = line.available if line.available and line.available > 0 else None
    return {"now": quantity_text(now) if now else None,
            "rest_date": line.eta.isoformat() if line.eta else None}  # fmt: skip


def changes_since_previous(
    session: Session,
    quote: Quote,
    lines: list[QuoteLine] | None = None,
    previous: Quote | None = None,
) -> list[dict[str, str]] | None:
    """What this version changed in the previous one's lines (None for version 1).

    Lines are paired by what the buyer asked for (their request text, in order), which
    every version keeps: an item swapped, a quantity or price changed, a line added or
    removed, an open line completed. `lines` (this version's) and `previous` may be
    given when already read.
    """
    if quote.version <= 1:
        return None
    previous = previous or previous_version(session, quote)
    if previous is None:
        return None
    before = _keyed(lines_of(session, previous))
    after = _keyed(lines if lines is not None else lines_of(session, quote))
    found: list[dict[str, str]] = []
    for key, new in after.items():
        old = before.get(key)
        if old is None:
            found.append(_change("added", new))
        elif old.sku != new.sku:
            kind = "completed" if old.sku is None else "item"
            found.append(_change(kind, new, old.sku or old.request_text, new.sku or ""))
        else:
            if old.quantity != new.quantity:
                found.append(_change("quantity", new, quantity_text(old.quantity),
                                     quantity_text(new.quantity)))  # fmt: skip
            if old.unit_price != new.unit_price and old.unit_price and new.unit_price:
                found.append(_change("price", new, price_text(old.unit_price),
                                     price_text(new.unit_price)))  # fmt: skip
    found += [_change("removed", old) for key, old in before.items() if key not in after]
    return found


def _keyed(lines: list[QuoteLine]) -> dict[tuple[str, int], QuoteLine]:
    seen: dict[str, int] = {}
    keyed = {}
    for line in lines:
        text = " ".join(line.request_text.lower().split())
        seen[text] = seen.get(text, 0) + 1
        keyed[(text, seen[text])] = line
    return keyed


def _change(kind: str, line: QuoteLine, old: str = "", new: str = "") -> dict[str, str]:
    return {"kind": kind, "sku": line.sku or "", "name": line.name or line.request_text,
            "uom": line.uom or "", "old": old, "new": new}  # fmt: skip


def superseded_by(session: Session, quote: Quote) -> int | None:
    """The newest version of a superseded quote (None while this one stands)."""
    if quote.status != QuoteStatus.SUPERSEDED:
        return None
    newest = latest(session, quote.number)
    return newest.version if newest is not None else quote.version + 1


def previous_version(session: Session, quote: Quote) -> Quote | None:
    if quote.version <= 1:
        return None
    return session.exec(
        select(Quote).where(Quote.number == quote.number, Quote.version == quote.version - 1)
    ).first()


def line_packs(session: Session, lines: list[QuoteLine]) -> dict[int, dict[str, Any]]:
    """What each priced line sold by the pack holds, by line id (one read of their items)."""
    packed = [ln for ln in lines if ln.sku and (ln.uom or "").upper() in PACK_UNITS]
    if not packed:
        return {}
    skus = {ln.sku for ln in packed}
    products = {p.sku: p for p in session.exec(select(Product).where(col(Product.sku).in_(skus)))}
    found: dict[int, dict[str, Any]] = {}
    for line in packed:
        product = products.get(line.sku or "")
        facts = product and pack_facts(line.quantity, line.uom, product.pack_qty,
                                       [product.name, product.description])  # fmt: skip
        if facts and line.id is not None:
            found[line.id] = facts
    return found


def lead_of(session: Session, quote: Quote) -> dict[str, str] | None:
    """Who a guest said buys (company, tax id, email, as flows/leads.py keeps them in the
    chat), for the document's customer box; None when they said none."""
    conversation = session.get(Conversation, quote.conversation_id) if quote.conversation_id \
        else None  # fmt: skip
    lead = (conversation.data or {}).get("lead") if conversation is not None else None
    if not isinstance(lead, dict):
        return None
    given = {k: str(lead[k]) for k in ("company", "tax_id", "email") if lead.get(k)}
    return given or None


def document_facts(
    session: Session, quote: Quote, customer: Customer | None, rate_pct: Decimal, tax_name: str
) -> dict[str, Any]:
    """Everything templates/quote/document.html shows besides the company (each line
    and the previous version are read once)."""
    lines = lines_of(session, quote)
    previous = previous_version(session, quote)
    return {
        "lines": lines,
        "availability": {line.id: availability(line) for line in lines},
        "packs": line_packs(session, lines),
        "totals": tax_totals(quote.total, rate_pct, tax_name),
        "terms_days": customer.payment_terms_days if customer else None,
        "seller": seller_of(session, quote, customer),
        "lead": lead_of(session, quote) if customer is None else None,
        "changes": changes_since_previous(session, quote, lines, previous),
        "previous_total": previous.total if previous is not None else None,
        "superseded_by": superseded_by(session, quote),
        "issued": quote.created_at.date().isoformat(),
    }
