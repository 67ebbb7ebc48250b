"""What a buyer is shown, built once for chat and mail alike: the quote, the order,
availability and the cart as plain template contexts (money and quantities already
in words by bot.formatting). Chat templates (templates/messages/) and mail templates
(templates/mail/) render the same views; only the layout differs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from bot.availability import Availability
from bot.formatting import money_text, quantity_text
from bot.models import Conversation, Order, OrderLine, Quote, QuoteLine, Warehouse
from bot.quote_document import line_packs
from bot.quotes import lines_of
from bot.statuses import LineStatus, QuoteStatus
from bot.wording import Wording


def first_name(conversation: Conversation) -> str | None:
    return (conversation.contact_name or "").split(" ")[0] or None


def quote_view(
    session: Session,
    quote: Quote,
    conversation: Conversation,
    wording: Wording,
    link_for: Callable[[Quote], str],
) -> dict[str, Any]:
    """A quote version: its priced lines (with availability), the open lines a seller
    will complete, the total, and whether it is ready for the buyer to accept."""
    priced, open_lines = [], []
    lines = lines_of(session, quote)
    packs = line_packs(session, lines)
    for line in lines:
        if line.status == LineStatus.PRICED:
            priced.append(
                {
                    "sku": line.sku,
                    "name": line.name,
                    "qty": quantity_text(line.quantity),
                    "uom": line.uom or "",
                    "unit_price": money_text(line.unit_price),
                    "line_total": money_text(line.line_total),
                    "availability": line_availability(wording, line, conversation.language),
                    "pack": packs.get(line.id or 0),
                }
            )
        else:
            open_lines.append({"request": line.request_text})
    return {
        "name": first_name(conversation),
        "number": quote.number,
        "version": quote.version,
        "valid_until": quote.valid_until.isoformat(),
        "priced": priced,
        "open": open_lines,
        "open_lines": len(open_lines),
        "currency": quote.currency,
        "total": money_text(quote.total),
        "ready": quote.status in (QuoteStatus.DRAFT, QuoteStatus.SENT),
        "link": link_for(quote),
    }


def order_view(
    order: Order,
    reasons: Sequence[str],
    quote: str | None = None,
    session: Session | None = None,
    name_of: Callable[[str, str], str] = lambda sku, name: name,
) -> dict[str, Any]:
    """An order: its status, number and total, and why it waits when it does.

    With a session, its lines (`lines`: quantity, unit price, line total); an order with
    back-order lines also lists what ships now (and from which warehouse) and what is
    back-ordered with its ETA (`now`, `later`); an order without them has `later` empty.
    """
    view: dict[str, Any] = {
        "status": order.status,
        "number": order.number,
        "quote": quote,
        "currency": order.currency,
        "total": money_text(order.total),
        "reasons": list(reasons),
        "po": order.purchase_order,
        "delivery": order.delivery_note,
        "ask_po": False,  # the chat's own order asks for a PO number it was not given
        "lines": [],
        "now": [],
        "later": [],
    }
    if session is None or order.id is None:
        return view
    lines = session.exec(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(col(OrderLine.position))
    ).all()
    view["lines"] = [
        {"sku": line.sku, "name": name_of(line.sku, line.name),
         "qty": quantity_text(line.quantity), "uom": line.uom or "",
         "unit_price": money_text(line.unit_price), "line_total": money_text(line.line_total)}
        for line in lines
    ]  # fmt: skip
    if not any(line.backorder for line in lines):
        return view
    houses: dict[str, str] = {}
    for line, shown in zip(lines, view["lines"], strict=True):
        if line.warehouse not in houses:
            house = session.get(Warehouse, line.warehouse)
            houses[line.warehouse] = house.name if house else line.warehouse
        item = {**shown, "warehouse": line.warehouse, "warehouse_name": houses[line.warehouse],
                "eta": line.eta.isoformat() if line.eta else None}  # fmt: skip
        view["later" if line.backorder else "now"].append(item)
    view["later_total"] = money_text(sum((ln.line_total for ln in lines if ln.backorder),
                                         Decimal(0)))  # fmt: skip
    return view


def availability_view(
    stock: Availability, name_of: Callable[[str, str], str] = lambda sku, name: name
) -> dict[str, Any]:
    """When and from where a quantity ships, or what can ship and what comes.

    `name_of(sku, catalog name)` names a substitute in the buyer's language.
    """
    substitutes = [
        {"sku": s.sku, "name": name_of(s.sku, s.name),
         "price": money_text(s.price.unit_price) if s.price else "",
         "total": money_text(s.price.line_total) if s.price else ""}
        for s in stock.substitutes
    ]  # fmt: skip
    # Short, with stock in more than one warehouse: each one's count, so a buyer can ask a
    # split ("11 de Santiago y 19 de Lima") knowing what each holds (none covers it alone).
    holding = [w for w in stock.warehouses if w.available > 0]
    houses = [{"code": w.warehouse, "available": quantity_text(w.available)}
              for w in holding] if len(holding) > 1 else []  # fmt: skip
    # where it ships from as a buyer names the place ("Lima (LIM)"), the code beside it
    city = next((w.city for w in stock.warehouses if w.warehouse == stock.ship_from), None)
    shipping = f"{city} ({stock.ship_from})" if city and stock.ship_from else stock.ship_from
    return {"status": stock.status.value, "ship_from": shipping,
            "dispatch_date": stock.dispatch_date, "houses": houses,
            "available_now": quantity_text(stock.available_now),
            "incoming": quantity_text(stock.incoming), "incoming_eta": stock.incoming_eta,
            "substitutes": substitutes}  # fmt: skip


def line_availability(wording: Wording, line: QuoteLine, language: str) -> str:
    """A quote line's availability in the chat's words (templates/messages/*/availability.txt)."""
    view: dict[str, Any] = {"status": line.dispatch or "short", "ship_from": line.warehouse,
            "houses": [],
            "dispatch_date": line.eta, "available_now": quantity_text(line.available or Decimal(0)),
            "incoming": "", "incoming_eta": None if line.dispatch != "short" else line.eta,
            "substitutes": []}  # fmt: skip
    return wording.render("availability", language, a=view)


def cart_view(lines: list[dict[str, str]], total: Decimal, currency: str) -> dict[str, Any]:
    """The cart's summary line: how many lines and what they come to."""
    return {"cart_lines": len(lines), "cart_total": money_text(total), "currency": currency}


def quote_mail(
    session: Session,
    quote: Quote,
    conversation: Conversation,
    wording: Wording,
    link_for: Callable[[Quote], str],
    reorder: dict[str, Any] | None = None,
) -> tuple[str, str]:
    """The mail presenting `quote` (text and HTML): priced lines, and the open ones named;
    `reorder` (source, reference, on, gone) when it repeats the customer's last order."""
    view = {**quote_view(session, quote, conversation, wording, link_for), "reorder": reorder}
    return (
        wording.render_mail("quote", conversation.language, **view),
        wording.render_mail_html("quote", conversation.language, **view),
    )
