"""Quotes, orders and audit events as the API and `--json` show them (SPEC.md)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from bot.models import Approval, AuditEvent, Conversation, Message, Order, OrderLine, Quote
from bot.quotes import lines_of
from bot.serialize import plain
from bot.statuses import LineStatus


def quote_json(session: Session, quote: Quote, *, with_cost: bool = True) -> dict[str, Any]:
    """A quote version; `margin_pct` only for callers who may see cost."""
    lines = []
    for line in lines_of(session, quote):
        item: dict[str, Any] = {
            "position": line.position, "status": line.status, "request": line.request_text,
            "match": {"decision": line.match_decision, "score": line.match_score,
                      "candidates": line.candidates},
            "sku": line.sku, "name": line.name, "qty": line.quantity, "uom": line.uom,
            "unit_price": line.unit_price, "price_rule": line.price_rule,
            "price_detail": line.price_detail, "line_total": line.line_total,
            "available": line.available, "warehouse": line.warehouse,
            "dispatch": line.dispatch, "eta": line.eta,
        }  # fmt: skip
        if with_cost:
            item["margin_pct"] = line.margin_pct
        lines.append(item)
    opened = sum(1 for x in lines if x["status"] == LineStatus.OPEN)
    return plain({
        "number": quote.number, "version": quote.version, "status": quote.status,
        "customer_id": quote.customer_id, "currency": quote.currency,
        "created_at": quote.created_at, "valid_until": quote.valid_until,
        "lines": lines, "totals": {"total": quote.total, "lines": len(lines), "open_lines": opened},
        "lost_reason": quote.lost_reason, "channel": quote.channel,
        "conversation": quote.conversation_id, "approvals": approvals_json(session, quote.number),
    })  # fmt: skip


def order_json(session: Session, order: Order) -> dict[str, Any]:
    lines = session.exec(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(col(OrderLine.position))
    ).all()
    quote = session.get(Quote, order.quote_id) if order.quote_id else None
    later = sum((ln.line_total for ln in lines if ln.backorder), Decimal("0.00"))
    return plain({
        "number": order.number, "status": order.status, "customer_id": order.customer_id,
        "currency": order.currency, "created_at": order.created_at,
        "quote": {"number": quote.number, "version": quote.version} if quote else None,
        "lines": [{"sku": ln.sku, "name": ln.name, "qty": ln.quantity, "uom": ln.uom,
                   "unit_price": ln.unit_price, "line_total": ln.line_total,
                   "warehouse": ln.warehouse, "backorder": ln.backorder, "eta": ln.eta}
                  for ln in lines],
        "totals": {"total": order.total, "backorder": later},
        "erp_document": order.erp_document,
        "purchase_order": order.purchase_order, "delivery_note": order.delivery_note,
        "channel": order.channel, "conversation": order.conversation_id,
        "approvals": approvals_json(session, order.number),
    })  # fmt: skip


def approvals_json(session: Session, subject: str) -> list[dict[str, Any]]:
    rows = session.exec(
        select(Approval).where(Approval.subject == subject).order_by(col(Approval.requested_at))
    ).all()
    return [
        plain(
            {
                "id": a.id,
                "status": a.status,
                "role": a.role,
                "reasons": a.reasons,
                "requested_at": a.requested_at,
                "decided_at": a.decided_at,
                "decided_by": a.decided_by,
                "comment": a.comment,
            }
        )
        for a in rows
    ]


def event_json(event: AuditEvent) -> dict[str, Any]:
    return plain(
        {
            "at": event.at,
            "subject": event.subject,
            "event": event.event,
            "actor": event.actor,
            "cause": event.cause,
            "data": event.data,
        }
    )


def conversation_json(
    session: Session, conversation: Conversation, *, messages: bool = False
) -> dict[str, Any]:
    """A conversation as the API shows it; `attention` is its queue reason (None: not queued)."""
    result: dict[str, Any] = {
        "id": conversation.id, "channel": conversation.channel, "address": conversation.address,
        "customer_id": conversation.customer_id, "contact_name": conversation.contact_name,
        "language": conversation.language, "state": conversation.state,
        "owner": conversation.owner, "attention": conversation.attention,
        "attention_since": conversation.attention_since,
        "cart": conversation.data.get("cart", []), "lead": conversation.data.get("lead"),
        "created_at": conversation.created_at, "updated_at": conversation.updated_at,
    }  # fmt: skip
    if messages:
        rows = session.exec(
            select(Message)
            .where(Message.conversation_id == conversation.id)
            .order_by(col(Message.id))
        ).all()
        result["messages"] = [
            {"direction": m.direction, "author": m.author, "body": m.body, "status": m.status,
             "created_at": m.created_at} for m in rows
        ]  # fmt: skip
    return plain(result)
