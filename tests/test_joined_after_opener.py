"""Two items joined by "and"/"y", each with its count, after an opener that is no item (issue
#14, set 18: en-1801, en-1817, en-1818): "adding …", "grab us …", "aye, …", "anota …" are
words a buyer asks with, so the sentence is cut into its two lines as it is without them.
Phrasings here are not the scripts'. The reader alone, and on the demo catalog through the
signed webhook and the Twilio double."""

from __future__ import annotations

import pytest
from flask import Flask

from bot.joined import request_lines
from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

ES, EN = "+56912345001", "+17135550105"


@pytest.mark.parametrize("text, lines", [
    ("adding 40 6205-2z skf bearings and 6 a42 gates belts",
     ["40 6205-2z skf bearings", "6 a42 gates belts"]),
    ("grab me 12 m12x50 din 933 zinc bolts and 5 kg 7018 1/8 lincoln rod",
     ["12 m12x50 din 933 zinc bolts", "5 kg 7018 1/8 lincoln rod"]),
    ("aye, a dozen 6204-2z skf bearings and 4 a42 belts",
     ["a dozen 6204-2z skf bearings", "4 a42 belts"]),
    ("anota 40 rodamientos 6205-2z skf y 6 correas a42 gates",
     ["40 rodamientos 6205-2z skf", "6 correas a42 gates"]),
    ("apúntame 12 pernos m12x50 din 933 y 5 kg de electrodo 7018 1/8 lincoln",
     ["12 pernos m12x50 din 933", "5 kg de electrodo 7018 1/8 lincoln"]),
])  # fmt: skip
def test_an_opener_before_two_joined_items_leaves_two_lines(text: str, lines: list[str]) -> None:
    assert request_lines(text) == lines


@pytest.mark.parametrize("phone, text", [
    (EN, "adding 10 6205-2z skf bearings and 4 a42 gates belts"),
    (ES, "anota 10 rodamientos 6205-2z skf y 4 correas a42 gates"),
])  # fmt: skip
def test_two_items_after_an_opener_are_two_cart_lines(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, text: str
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(text)
    assert "BRG-10081" in answer and "10 EA ×" in answer.split("BRG-10081")[-1], answer
    assert "4 EA ×" in answer and ("2 line" in answer or "2 línea" in answer), answer
