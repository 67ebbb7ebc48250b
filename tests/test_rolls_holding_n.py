"""Rolls counted with what one holds said bare before the item (issue #14, set 18: en-1808,
es-1807): "3 rollos de 100 de cable thhn 12 verde" is 300 m of the wire sold by the metre,
as "3 rollos de 100 m" already was; never 3 m. Phrasings here are not the scripts'. On the
demo catalog, through the signed webhook and the Twilio double; the reader alone."""

from __future__ import annotations

from decimal import Decimal

import pytest
from flask import Flask

from bot.matching.lines import parse_line
from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

ES, EN = "+56912345001", "+17135550105"


@pytest.mark.parametrize("phone, text, count", [
    (ES, "necesito 2 rollos de 100 de cable thhn 12 awg verde", "200 M"),
    (ES, "4 carretes de 50 de cable thhn 12 verde", "200 M"),
    (EN, "2 rolls of 100 of green thhn 12 awg wire", "200 M"),
])  # fmt: skip
def test_rolls_holding_a_bare_figure_are_that_many_metres(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, text: str, count: str
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(text)
    assert "ELE-10004" in answer and f"{count} ×" in answer.split("ELE-10004")[-1], answer


@pytest.mark.parametrize("text, item, pack", [
    ("3 rollos de 100 de cable thhn 12 verde", "cable thhn 12 verde", Decimal(100)),
    ("3 rolls of 100 of thhn 12 green", "thhn 12 green", Decimal(100)),
    ("2 rollos de 12 de cable", "rollos de 12 de cable", None),  # a gauge, not what a roll holds
])  # fmt: skip
def test_what_a_roll_holds_is_read_off_the_item(text: str, item: str, pack: Decimal | None) -> None:
    line = parse_line(text)
    assert (line.item, line.pack) == (item, pack)
