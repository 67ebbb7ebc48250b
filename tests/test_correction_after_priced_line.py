"""A correction said right after a line was priced (issue #14, set 18: en-1802, es-1802,
es-1815, es-1820), in phrasings of our own: "not that one, the sealed one", "no, la de 1/2
no la de 3/4", "no, no la X, la Y", "no esa no mi hermano, la …". The line becomes the
item meant, its count kept; never a new open line nor a bare "Entendido". Through the
signed webhook and the Twilio double.
"""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.engine import Engine

from tests.conftest import ErpFolder
from tests.test_not_items import JORGE, MARY, NOT_ITEM, cart_corrected, chat
from tests.twilio_fakes import FakeTwilio


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    """Shielded and sealed bearings of one size and brand, ball valves of two sizes, and
    one electrode in two brands (each the other's substitute)."""
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n",
        products="""
            sku,name,brand,family,uom,list_price,cost,substitutes
            B-6206Z,Deep groove ball bearing 6206-2Z SKF,SKF,Bearings,EA,9.00,5.00,
            B-6206R,Deep groove ball bearing 6206-2RSH SKF,SKF,Bearings,EA,12.00,6.00,
            V-12,Ball valve brass 1/2" NPT full port,,Valves,EA,10.00,5.00,
            V-34,Ball valve brass 3/4" NPT full port,,Valves,EA,15.00,8.00,
            E-LIN,Electrode E6011 3/32" Lincoln,Lincoln,Welding,KG,5.00,3.00,E-IND
            E-IND,Electrode E6011 3/32" Indura,Indura,Welding,KG,4.00,2.50,E-LIN
            """,
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language,default_warehouse
            C001,Minera Los Andes SpA,100000,false,,es,SCL
            C002,Acme Mining Inc,100000,false,,en,SCL
            """,
        contacts="""
            customer_id,name,phone
            C001,Jorge Müller,+56912345001
            C002,Mary Smith,+14155550101
            """,
        stock="""
            sku,warehouse,on_hand,incoming,incoming_eta
            B-6206Z,SCL,100,,
            B-6206R,SCL,100,,
            V-12,SCL,100,,
            V-34,SCL,100,,
            E-LIN,SCL,100,,
            E-IND,SCL,100,,
            """,
    )


@pytest.mark.parametrize(
    ("phone", "first", "correction", "old", "new", "priced"),
    [(MARY, "6 6206-2z skf", "no not this one, the sealed one", "B-6206Z", "B-6206R",
      "6 EA × 12.00 = USD 72.00"),
     (JORGE, "6 rodamientos 6206-2z skf", "no esa no hermano, la sellada de goma", "B-6206Z",
      "B-6206R", "6 EA × 12.00 = USD 72.00"),
     (JORGE, "5 valvulas de bola bronce 3/4 npt", "no, la de 1/2 no la de 3/4", "V-34", "V-12",
      "5 EA × 10.00 = USD 50.00"),
     (MARY, "5 brass ball valves 3/4 npt", "no, the 1/2 one not the 3/4", "V-34", "V-12",
      "5 EA × 10.00 = USD 50.00"),
     (JORGE, "8 kg electrodo 6011 3/32 lincoln", "no, no el lincoln, el indura", "E-LIN",
      "E-IND", "8 KG × 4.00 = USD 32.00"),
     (MARY, "8 kg 6011 3/32 lincoln rod", "no, not the lincoln, the indura", "E-LIN", "E-IND",
      "8 KG × 4.00 = USD 32.00")],
)  # fmt: skip
def test_a_correction_after_a_priced_line_changes_that_line_keeping_its_count(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, first: str,
    correction: str, old: str, new: str, priced: str,
) -> None:
    buyer = chat(whatsapp_app, twilio, phone)
    assert old in buyer.say(first)
    answer = buyer.say(correction)
    assert new in answer and priced in answer, answer
    assert not any(word in answer for word in NOT_ITEM), answer
    [event] = cart_corrected(db)
    assert (event.data["sku"], event.data["to_sku"]) == (old, new)
