"""A reorder changed in the same message (flows/reorder_changes.py): only some of the last
order's lines, some left out, some at a new count, whatever figures the change says. On
the demo data (C001's last invoice F-40150: A42 belts x4, glasses x10, A76 belts x50, 6304
bearings x4; C002's F-40149: 6304 bearings x50, 14" wheels x4, 6202 bearings x50, 9" wheels
x50), through the signed webhook. Phrasings here are not the corpus scripts' (es-1601,
en-1601)."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE, SARAH = "+56912345001", "+14155550101"


@pytest.mark.parametrize("phone, text, lines, not_there", [
    (JORGE, "buenas, repíteme el último pedido pero solo las correas A42, que sean 8",
     {"BLT-10033": "8"}, ["BLT-10101", "SAF-10014", "BRG-10261"]),
    (JORGE, "lo mismo de la última compra pero sin los rodamientos, y los lentes que sean 20 "
     "en vez de 10", {"BLT-10033": "4", "BLT-10101": "50", "SAF-10014": "20"}, ["BRG-10261"]),
    (SARAH, "Hello, same as my last order but only the bearings, the 6202 ones 80 instead of 50",
     {"BRG-10257": "50", "BRG-10032": "80"}, ["ABR-10020", "ABR-10021"]),
    (SARAH, "same as our last order but just the 14 inch wheels, make it 10",
     {"ABR-10021": "10"}, ["ABR-10020", "BRG-10257", "BRG-10032"]),
])  # fmt: skip
def test_a_reorder_keeps_leaves_out_and_recounts_the_lines_its_words_name(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, text: str, lines: dict[str, str],
    not_there: list[str],
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(text)
    assert "F-40150" in answer or "F-40149" in answer, answer  # the last invoice, reordered
    for sku, count in lines.items():
        assert re.search(rf"(?:✅|⚠️) {sku} .*\n\s+{count} \w+ ×", answer), answer
    for sku in not_there:
        assert sku not in answer, answer  # left out: named, not priced
    assert f"{len(lines)} line" in answer or f"{len(lines)} línea" in answer, answer


@pytest.mark.parametrize("phone, text, changed", [
    (JORGE, "repíteme el último pedido, pero los lentes que sean 5 nomás porfa", ("SAF-10014", "5")),
    (JORGE, "lo mismo de la última compra pero solo 20 de las correas A76", ("BLT-10101", "20")),
    (SARAH, "same as my last order but just 30 of the 6202 bearings please", ("BRG-10032", "30")),
    (SARAH, "same as my last order, but the 9 inch wheels should be 20 this time", ("ABR-10020", "20")),
])  # fmt: skip
def test_a_reorder_with_one_line_recounted_keeps_every_other_line(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, text: str, changed: tuple[str, str],
) -> None:
    """One line's new count, said after it with a word more ("nomás", "this time") or before
    it ("only 15 of the …"): the whole last order, that line at its new count."""
    answer = Chat(corpus_app, twilio, phone).say(text)
    assert "F-40150" in answer or "F-40149" in answer, answer
    sku, count = changed
    assert re.search(rf"(?:✅|⚠️) {sku} .*\n\s+{count} \w+ ×", answer), answer
    assert "4 line" in answer or "4 línea" in answer, answer  # nothing left out
