"""The ERP export: confirmed orders written once to a folder and POSTed to the ERP.

`enqueue_export` adds the export row in the order's own transaction (a
transactional outbox): if the process dies right after the commit, the row is
still there and `deliver` finishes the job later. `deliver` is safe to run any
number of times: the file is named after the order and replaced atomically with
identical content, and the POST carries `Idempotency-Key: <order number>`, so the
ERP sees one order however often it is delivered.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import audit
from bot.clock import utcnow
from bot.db import begin_write
from bot.models import ErpExport, Order, OrderLine, Quote
from bot.serialize import plain
from bot.statuses import OrderStatus, move


class DeliveryError(RuntimeError):
    """The ERP did not accept the order (yet); the job is retried with backoff."""


def enqueue_export(session: Session, order: Order, *, now: dt.datetime) -> ErpExport:
    """Add `order`'s export to the outbox, in the caller's transaction."""
    lines = session.exec(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(col(OrderLine.position))
    ).all()
    quote = session.get(Quote, order.quote_id) if order.quote_id else None
    payload = plain({
        "number": order.number,
        "customer_id": order.customer_id,
        "created_at": order.created_at,
        "currency": order.currency,
        "lines": [_line(ln) for ln in lines],
        "quote": f"{quote.number} v{quote.version}" if quote else None,
        "purchase_order": order.purchase_order,
        "channel": order.channel,
        "conversation": order.conversation_id,
    })  # fmt: skip
    if order.delivery_note:  # an extra key, only when the buyer said where (ERP.md: ignorable)
        payload["delivery_note"] = order.delivery_note
    export = ErpExport(order_id=order.id or 0, payload=payload, created_at=now)
    session.add(export)
    return export


def _line(line: OrderLine) -> dict[str, object]:
    """`{sku, qty, unit_price, warehouse}` (ERP.md); a back-order line adds
    `"backorder": true` and `"eta"` (the expected date, null when a seller confirms it)."""
    row: dict[str, object] = {
        "sku": line.sku,
        "qty": line.quantity,
        "unit_price": line.unit_price,
        "warehouse": line.warehouse,
    }
    if line.backorder:
        row.update(backorder=True, eta=line.eta)
    return row


def pending_exports(engine: Engine) -> list[int]:
    """Orders in the outbox not yet delivered (for the sweep that retries them)."""
    with Session(engine) as session:
        rows = session.exec(
            select(ErpExport.order_id)
            .join(Order, col(Order.id) == col(ErpExport.order_id))
            .where(Order.status == OrderStatus.CONFIRMED.value)
        ).all()
    return list(rows)


def deliver(engine: Engine, order_id: int, outbox_dir: str, webhook_url: str | None) -> str:
    """Write the order's file and POST it to the ERP when configured; idempotent.

    Returns the order's status afterwards. Raises `DeliveryError` when the ERP did
    not accept it, so the job is retried.
    """
    with Session(engine, expire_on_commit=False) as session:
        # The order is locked (SQLite: the write lock) until its file is written and
        # that is committed: a seller's cancel (bot.orders.cancel_order) waits, then sees
        # the file written and is refused; a cancelled order is never written.
        begin_write(session)
        order = session.get(Order, order_id, with_for_update=True)
        if order is None:
            raise LookupError(f"no order with id {order_id}")
        if order.status != OrderStatus.CONFIRMED.value:
            return order.status  # already delivered, or not (yet) to be delivered
        export = session.exec(select(ErpExport).where(ErpExport.order_id == order_id)).one()
        path = write_file(Path(outbox_dir), order.number, export.payload)
        if export.written_at is None:
            export.written_at = utcnow()
            audit.record(session, order.number, "exported", "system", f"file {path}")
            session.add(export)
        session.commit()  # the lock ends before the POST, which may take its time
        document = None
        if webhook_url:
            export.attempts += 1
            try:
                document = post(webhook_url, order.number, export.payload)
            except DeliveryError as exc:
                export.last_error = str(exc)[:1000]
                session.add(export)
                session.commit()
                raise
            export.posted_at = utcnow()
            audit.record(
                session,
                order.number,
                "exported",
                "system",
                f"POST {webhook_url}",
                erp_document=document,
            )
        order.status = move(order.status, OrderStatus.EXPORTED)
        order.erp_accepted_at = utcnow()  # its stock stays held until the ERP shows it
        order.erp_document = document or order.erp_document
        export.last_error = None
        session.add_all([order, export])
        session.commit()
        return order.status


def write_file(folder: Path, number: str, payload: dict[str, Any]) -> Path:
    """Write `<number>.json` atomically (a reader never sees half a file)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{number}.json"
    content = json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return path
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{number}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return path


def post(url: str, number: str, payload: dict[str, Any]) -> str | None:
    """POST the order; return the ERP's document number when it answers with one."""
    request = urllib.request.Request(  # noqa: S310 (the ERP URL is operator configuration)
        url,
        data=json.dumps(payload).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "Idempotency-Key": number},
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310
            body = response.read()
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the response open
        raise DeliveryError(f"ERP answered {exc.code} for {number}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise DeliveryError(f"ERP unreachable for {number}: {exc}") from exc
    try:
        answer = json.loads(body) if body else {}
    except ValueError:
        return None
    if isinstance(answer, dict):
        for key in ("document", "erp_document", "document_number", "number"):
            if isinstance(answer.get(key), str) and answer[key] != number:
                return str(answer[key])
    return None
