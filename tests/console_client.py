"""A console user on Flask's test client (for stories that need no browser), and what a
console story reads of the shop to check what the seller did."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.availability import availability_for
from bot.clock import utcnow
from bot.models import AuditEvent, Conversation, Product
from bot.stockholds import held_quantities

PASSWORD = "s3cret-enough"


class ConsoleClient:
    """Signs in through the real form and posts forms with the CSRF token, as a browser."""

    def __init__(self, app: Flask, email: str, role: str = "seller") -> None:
        added = app.test_cli_runner().invoke(
            args=["users", "add", email, "--role", role, "--password", PASSWORD]
        )
        assert added.exit_code == 0, added.output
        self.client = app.test_client()
        self.token = ""
        response = self.post("/console/login", email=email, password=PASSWORD)
        assert response.status_code == 302, response.get_data(as_text=True)

    def get(self, path: str) -> Any:
        response = self.client.get(path)
        page = response.get_data(as_text=True)
        if 'name="csrf_token" value="' in page:
            self.token = page.split('name="csrf_token" value="')[1].split('"')[0]
        return response

    def post(self, path: str, **form: str) -> Any:
        if not self.token:
            self.get("/console/login")
        response = self.client.post(path, data={"csrf_token": self.token, **form})
        response.close()  # runs what the view left for after the answer, as a server does
        return response


def conversation_id(db: Engine, phone: str) -> int:
    """The id of the WhatsApp conversation with `phone`."""
    with Session(db) as session:
        found = session.exec(
            select(Conversation).where(Conversation.address == f"whatsapp:{phone}")
        ).one()
        return found.id or 0


def free_to_sell(db: Engine, sku: str) -> Decimal:
    """What is free to sell of `sku` after Mostrador's own holds."""
    with Session(db) as session:
        product = session.get(Product, sku)
        assert product is not None
        held = held_quantities(session, [sku])
        stock = availability_for(session, product, Decimal(1), None, utcnow(), held=held)
        return stock.available_now


def audit_events(db: Engine, subject: str) -> list[tuple[str, str]]:
    """(event, actor) of every audit event of `subject`, oldest first."""
    with Session(db) as session:
        rows = session.exec(
            select(AuditEvent).where(AuditEvent.subject == subject).order_by(col(AuditEvent.id))
        ).all()
        return [(e.event, e.actor) for e in rows]
