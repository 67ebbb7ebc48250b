"""A pickup said beside the items at a warehouse named (issue #14, set 17: es-1712, en-1713;
phrasings of our own): acknowledged, the warehouse named by its name as warehouses.csv has
it, not only by its code on the line; kept on the order as its delivery note. Through the
signed webhook and the Twilio double, on the demo distributor (tests/conftest.corpus_app)."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE, TOM = "+56912345001", "+14155550102"  # Minera Los Andes (es), Pacific Industrial (en)


@pytest.mark.parametrize(("phone", "message", "told", "order", "kept"), [
    (JORGE, "30 pernos m16x60 din 933 zincados, los vamos a retirar en la bodega de Lima",
     "retiro en nuestra bodega de Lima (LIM)", "pedido", "Entrega: los vamos a retirar"),
    (TOM, "12 6206-2Z SKF bearings, I'll pick them up at the Santiago warehouse",
     "pick it up at our Santiago central warehouse (SCL)", "order", "Deliver to: I'll pick"),
])  # fmt: skip
def test_a_pickup_at_a_warehouse_named_is_acknowledged_with_its_name(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, message: str, told: str, order: str,
    kept: str
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    answer = buyer.say(message)
    assert told in answer, answer
    assert answer.count("📝") == 1, answer
    placed = buyer.say(order)
    assert "O-2026-00001" in placed and kept in placed, placed
    assert "📝 Anotado" not in placed and "📝 Noted:" not in placed, placed  # said once
