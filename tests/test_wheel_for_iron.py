"""A cut-off wheel said by what it cuts and how thin it is: "pa fierro, los delgaditos de 1
mm" (Mexico: for iron, the thin 1 mm ones), "for iron, 1mm". Iron is metal, so the wheel for
it is the metal one, never the one for stainless, and a diminutive tells no wheel apart: the
one Norton 4-1/2" x 1.0 mm metal wheel is priced, not asked about. On the demo catalog
(ABR-10001 inox, ABR-10002 metal, both 115x1.0 at 2.40; ABR-10004 metal 115x1.6), through the
signed webhook; phrasings are not the corpus script's (es-1602)."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.test_talk_around_one_item import priced_alone
from tests.twilio_fakes import FakeTwilio


@pytest.mark.parametrize("phone, text, sku, count, priced", [
    ("+525512609921", "buenas, ocupo discos de corte de 4 1/2 pa fierro, los delgaditos de 1 mm, "
     "norton, unos 30", "ABR-10002", "30", "× 2.40 = USD 72.00"),
    ("+525512609922", "disco de corte 4 1/2 para hierro 1 mm norton x 10", "ABR-10002", "10",
     "× 2.40 = USD 24.00"),
    ("+14155509923", "norton cutting discs 4.5 inch for iron 1mm x 40", "ABR-10002", "40",
     "× 2.40 = USD 96.00"),
    ("+14155509924", "cut off wheels 4-1/2 for iron, 1mm, norton x 25", "ABR-10002", "25",
     "× 2.40 = USD 60.00"),
    # a guard: the wheel for stainless stays that one
    ("+525512609925", "disco de corte 4 1/2 para inox 1 mm norton x 5", "ABR-10001", "5",
     "× 2.40 = USD 12.00"),
])  # fmt: skip
def test_a_wheel_for_iron_is_the_metal_one_of_the_thickness_said(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, text: str, sku: str, count: str,
    priced: str,
) -> None:
    priced_alone(Chat(corpus_app, twilio, phone).say(text), sku, count, priced)
