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


@pytest.mark.parametrize(("phone", "message", "told", "lines"), [
    (JORGE, "retiro yo 10 rodamientos 6205 2rs skf en la tarde", "retiro por su cuenta",
     ["BRG-10076", "10 EA ×"]),
    (JORGE, "12 rodamientos 6205 2rs skf, los retiramos en la bodega de Lima y 5 discos flap "
     "115 grano 60", "bodega de Lima (LIM)", ["BRG-10076", "12 EA ×", "ABR-10063", "5 EA ×"]),
    (TOM, "we'll collect 10 flap discs 4.5 60 grit tomorrow", "pick it up yourselves",
     ["ABR-10071", "10 EA ×"]),
    (TOM, "I'll pick up 20 bearings 6205 2rs skf at Houston today",
     "Houston distribution center (HOU)", ["BRG-10076", "20 EA ×"]),
    (TOM, "12 bearings 6205 2rs skf, we'll pick them up at Houston and 5 flap discs 4.5 60 grit",
     "Houston distribution center (HOU)", ["BRG-10076", "12 EA ×", "ABR-10071", "5 EA ×"]),
])  # fmt: skip
def test_the_items_said_after_a_pickup_are_priced_never_taken_for_its_note(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, message: str, told: str,
    lines: list[str]
) -> None:
    """A count after the pickup words, or after a comma or 'and' that follows them, begins
    an item: "I'll pick up 20 bearings …" was a pickup noted and no item ('👍')."""
    answer = Chat(corpus_app, twilio, phone).say(message)
    assert told in answer, answer
    assert all(line in answer for line in lines), answer
    assert "❓" not in answer and "👍" not in answer, answer
