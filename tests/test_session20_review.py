"""Session 20's review (issue #14), on the demo catalog through the signed webhook and the
Twilio double:

- a list signed with one name that is also a colour of items ("Thanks,\\nAmber",
  "Saludos\\nBlanca\\nJefa de Compras") is signed, not read as amber glasses or white cable.
"""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE, DAVE = "+56912345001", "+17135550105"  # C001 (es), C005 (en) in the demo


@pytest.mark.parametrize("phone, said, signer", [
    (DAVE, "need 10 6205 2rs skf bearings\n5 safety glasses clear\nThanks,\nAmber", "amber"),
    (JORGE, "necesito 10 rodamientos 6205 2rs skf\n5 lentes de seguridad claros\nSaludos\n"
     "Blanca\nJefa de Compras", "blanc"),
])  # fmt: skip
def test_a_list_signed_with_a_name_that_is_a_colour_adds_nothing_of_that_colour(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, said: str, signer: str
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(said)
    assert "6205" in answer and "SAF-10013" in answer, answer
    assert signer not in answer.lower() and "❓" not in answer, answer
    assert "2 line(s)" in answer or "2 línea(s)" in answer, answer
