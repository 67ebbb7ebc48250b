"""Set 20's review leftovers and its two last scripts by class (issue #14), in phrasings of
our own, on the demo catalog through the signed webhook and the Twilio double (SQLite, and
PostgreSQL with TEST_DATABASE_URL):

- a count in words after the item's last word, its brand ("rodamientos 6206 2z skf ocho"), as
  a voice note dictates it, is the line's count, never asked again;
"""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE = "+56912345001"  # C001 (es)
DAVE = "+17135550105"  # C005 (en)


@pytest.mark.parametrize("phone, said, lines", [
    (JORGE, "buenas, le escribo para cotizar unos rodamientos 6206 2z skf ocho y también unas "
     "correas a42 gates seis nomás", ["8 EA × 13.19 = USD 105.52", "6 EA × "]),
    (DAVE, "hey need some bearings 6206 2z skf eight", ["8 EA × 14.99 = USD 119.92"]),
])  # fmt: skip
def test_a_count_in_words_after_the_brand_is_the_lines_count(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, said: str, lines: list[str]
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(said)
    assert all(line in answer for line in lines), answer
    assert "cuántos" not in answer and "how many" not in answer.lower(), answer
