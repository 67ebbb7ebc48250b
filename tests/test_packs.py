"""Pieces asked of an item sold by the pack (issue #14, bot/packs.py), through the signed
webhook: the buyer hears the pieces as whole packs ("250 → 3 bags of 100"), and the cart,
the quote, the order and the ERP export all carry packs, the ERP's unit."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import OrderLine, QuoteLine
from tests.conftest import ErpFolder
from tests.test_conversation import Chat
from tests.test_quote_document import pdf_text
from tests.twilio_fakes import FakeTwilio

JORGE, SARAH = "+56912345001", "+14155550101"


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    """Wall plugs by the bag of 100 and pop rivets by the box of 500."""
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n",
        products="""
            sku,name,description,brand,family,uom,pack_qty,list_price,cost
            TAR-6,Nylon wall plug 6 mm bag of 100,TARUGO NYLON 6 MM BOLSA 100 UN,Fischer,Anchors,BOLSA,100,4.50,2.00
            REM-18,Pop rivet aluminium 1/8 box of 500,REMACHE POP ALUMINIO 1/8 CAJA 500,Stanley,Rivets,CJ,500,18.00,9.00
            """,
        customers="""
            customer_id,name,language
            C001,Minera Los Andes SpA,es
            C002,Pacific Industrial Supply Inc.,en
            """,
        contacts="""
            customer_id,name,phone
            C001,Jorge Müller,+56912345001
            C002,Sarah Lee,+14155550101
            """,
        stock="sku,warehouse,on_hand\nTAR-6,SCL,50\nREM-18,SCL,50\n",
    )  # fmt: skip


def test_pieces_are_told_as_whole_packs_and_ordered_in_packs(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, tmp_path: Path
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    asked = jorge.say("hola, me cotizas 250 tarugos de nylon 6mm")
    assert "3 BOLSA × 4.50 = USD 13.50" in asked
    assert "pidió 250 unidades: se venden por bolsa de 100, van 3 bolsas (300 unidades)" in asked
    assert "2 cajas de 500 (1000 unidades)" in jorge.say("y 2 cajas de remaches pop 1/8")
    assert "van 3 bolsas (300 unidades)" in jorge.say("carrito")
    quoted_to_him = jorge.say("cotizar")
    assert "3 bolsas de 100 (300 unidades)" in quoted_to_him
    text, _ = pdf_text(whatsapp_app, "Q-2026-00001", tmp_path)
    assert "3 BOLSA 3 × 100 = 300 u." in text and "2 CJ 2 × 500 = 1000 u." in text, text
    assert "O-2026-00001" in jorge.say("pedido")
    with Session(db) as session:
        quoted = [(q.sku, q.quantity, q.uom) for q in session.exec(select(QuoteLine))]
        ordered = [(o.sku, o.quantity) for o in session.exec(select(OrderLine))]
    assert sorted(quoted) == [("REM-18", 2, "CJ"), ("TAR-6", 3, "BOLSA")]
    assert sorted(ordered) == [("REM-18", 2), ("TAR-6", 3)]
    outbox = Path(whatsapp_app.config["ERP_OUTBOX_DIR"])
    [export] = [json.loads(p.read_text()) for p in outbox.rglob("*.json")]
    assert sorted((ln["sku"], Decimal(ln["qty"])) for ln in export["lines"]) == [
        ("REM-18", 2), ("TAR-6", 3)
    ]  # the ERP's unit: packs


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("need 1,000 pop rivets aluminium 1/8", "1000 pieces = 2 boxes of 500"),
        ("2 boxes of pop rivets 1/8 please", "2 boxes of 500 (1000 pieces)"),
        ("600 pcs pop rivet 1/8", "600 pieces asked: sold by the box of 500, so 2 boxes"),
    ],
)
def test_an_english_buyer_hears_the_boxes_of_pieces(
    whatsapp_app: Flask, twilio: FakeTwilio, said: str, shown: str
) -> None:
    sarah = Chat(whatsapp_app, twilio, SARAH)
    answer = sarah.say(said)
    assert "2 CJ × 18.00 = USD 36.00" in answer and shown in answer, answer


def test_a_count_changed_in_words_is_read_in_packs_too(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    assert "3 bolsas de 100 (300 unidades)" in jorge.say("3 bolsas de tarugos nylon 6mm")
    assert "500 unidades = 5 bolsas de 100" in jorge.say("los tarugos que sean 500")
    assert "4 bolsas de 100 (400 unidades)" in jorge.say("cambia los tarugos a 4 bolsas")


def test_a_bare_count_under_one_pack_asks_bags_or_pieces_both_priced(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    """"12 tarugos" of a bag of 100 (#14): 12 bags or 12 plugs in one bag? Asked, with each
    reading priced, never read as 12 bags in silence; answered by its number or its words."""
    jorge = Chat(whatsapp_app, twilio, JORGE)
    asked = jorge.say("12 tarugos de nylon 6mm")
    assert "TAR-6" in asked and "¿12 bolsas de 100 o 12 unidades?" in asked, asked
    assert "12 bolsas de 100 (1200 unidades): 12 × 4.50 = USD 54.00" in asked
    assert "1 × 4.50 = USD 4.50" in asked and "✅" not in asked
    taken = jorge.say("las unidades")
    assert "1 BOLSA × 4.50 = USD 4.50" in taken
    assert "pidió 12 unidades: se venden por bolsa de 100, van 1 bolsa" in taken


def test_a_dozen_of_a_boxed_item_is_asked_and_the_boxes_picked_by_number(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    sarah = Chat(whatsapp_app, twilio, SARAH)
    asked = sarah.say("a dozen pop rivets aluminium 1/8 please")
    assert "12 boxes of 500 or 12 pieces?" in asked, asked
    assert "12 boxes of 500 (6000 pieces): 12 × 18.00 = USD 216.00" in asked
    number = "1" if "1) 12 boxes" in asked else "2"
    assert "12 CJ × 18.00 = USD 216.00" in sarah.say(number)


@pytest.mark.parametrize(("said", "shown"), [
    ("12 pcs pop rivet 1/8", "1 CJ × 18.00"),  # pieces said: one box, not asked
    ("3 boxes of pop rivets aluminium 1/8", "3 CJ × 18.00"),  # boxes said
    ("1 pop rivet aluminium 1/8 box", "1 CJ × 18.00"),  # one is one either way
])  # fmt: skip
def test_a_count_said_in_pieces_or_packs_is_never_asked(
    whatsapp_app: Flask, twilio: FakeTwilio, said: str, shown: str
) -> None:
    answer = Chat(whatsapp_app, twilio, SARAH).say(said)
    assert shown in answer and "or 12 pieces" not in answer, answer


@pytest.mark.parametrize(("phone", "items", "change", "asked", "answer", "line"), [
    (JORGE, "tarugos nylon 6mm x 300", "los tarugos déjalos en 40",
     "¿40 bolsas de 100 o 40 unidades?", "las bolsas", "40 BOLSA × 4.50 = USD 180.00"),
    (SARAH, "need 1,000 pop rivets aluminium 1/8", "make the rivets 60 instead",
     "60 boxes of 500 or 60 pieces?", "pieces", "1 CJ × 18.00 = USD 18.00"),
])  # fmt: skip
def test_a_lines_new_bare_count_under_one_pack_is_asked_too(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, items: str, change: str, asked: str,
    answer: str, line: str,
) -> None:
    """"los tarugos que sean 50" (#14): a cart line's new count that may be packs or pieces
    is asked as a bare count is, both readings priced, the line unchanged until answered;
    the answer sets the line, never adds one."""
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say(items)
    question = buyer.say(change)
    assert asked in question and "✅" not in question, question
    settled = buyer.say(answer)
    assert line in settled and "2)" not in settled.split("🛒")[-1], settled  # one line still


def test_a_new_count_of_a_line_counted_in_packs_is_packs(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    """A line the buyer counted in bags ("3 bolsas de tarugos") takes a new bare count in
    bags ("no, eran 7"): the unit was said, nothing is asked (es-1018)."""
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("3 bolsas de tarugos nylon 6mm")
    answer = jorge.say("no, eran 7")
    assert "7 BOLSA × 4.50 = USD 31.50" in answer and "¿7 bolsas" not in answer, answer


@pytest.mark.parametrize(
    ("phone", "items", "asked", "told", "order"),
    [(JORGE, "hola, 300 tarugos de nylon 6mm\ny 2 cajas de remaches pop 1/8",
      "oye y los remaches vienen de a 500 por caja no?",
      ("cada caja trae 500 unidades", "2 cajas = 1000 unidades"), "pedido"),
     (JORGE, "300 tarugos de nylon 6mm", "¿cuántos tarugos son en total? la bolsa trae 100?",
      ("cada bolsa trae 100 unidades", "3 bolsas = 300 unidades"), "pedido"),
     (SARAH, "300 nylon wall plugs 6mm\n2 boxes of pop rivets 1/8",
      "quick q, how many plugs come in a bag?",
      ("100 pieces in each bag", "3 bags = 300 pieces"), "order"),
     (SARAH, "300 nylon wall plugs 6mm\n2 boxes of pop rivets 1/8",
      "how many pieces is that in total btw?",
      ("In all: 1300 pieces", "500 pieces in each box"), "order")],
)  # fmt: skip
def test_a_question_about_the_packs_is_answered_from_the_cart(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, items: str,
    asked: str, told: tuple[str, ...], order: str,
) -> None:
    """ "¿la bolsa trae 100?", "how many come in a bag?": what each pack holds and the
    pieces in all, from the cart's lines; no new line, no options, and the order next is
    placed at once."""
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say(items)
    answer = buyer.say(asked)
    assert all(t in answer for t in told), answer
    assert "❓" not in answer and "catálogo" not in answer and "catalog" not in answer
    assert "O-2026-00001" in buyer.say(order)
    with Session(db) as session:
        assert all(o.sku in ("TAR-6", "REM-18") for o in session.exec(select(OrderLine)))


@pytest.mark.parametrize(
    ("phone", "items", "asked", "lines"),
    [(SARAH, "300 nylon wall plugs 6mm", "how many plugs come in a bag?",
      ["📦 TAR-6 Nylon wall plug 6 mm bag of 100: 100 pieces in each bag; 3 bags = 300 pieces",
       "Your cart is unchanged."]),
     (JORGE, "300 tarugos de nylon 6mm\n2 cajas de remaches pop 1/8", "cuántas unidades son en total?",
      ["📦 TAR-6 TARUGO NYLON 6 MM BOLSA 100 UN: cada bolsa trae 100 unidades; 3 bolsas = 300 unidades",
       "📦 REM-18 REMACHE POP ALUMINIO 1/8 CAJA 500: cada caja trae 500 unidades; 2 cajas = 1000 unidades",
       "En total: 1300 unidades.", "Su carrito sigue igual."])],
)  # fmt: skip
def test_each_pack_answered_is_a_line_of_its_own(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, items: str, asked: str,
    lines: list[str],
) -> None:
    """One line per cart line asked about, and the cart's note on a line of its own (the
    answer ran '… = 300 piecesYour cart is unchanged.')."""
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say(items)
    assert buyer.say(asked).splitlines() == lines


@pytest.mark.parametrize(
    ("phone", "asked"),
    [(SARAH, "how much is it in total?"), (SARAH, "how much is that in total, with the plugs?"),
     (JORGE, "¿cuánto sale en total?"), (JORGE, "y cuánto es en total, cuánto hay que pagar?")],
)  # fmt: skip
def test_what_the_cart_costs_in_total_is_no_question_about_packs(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, asked: str
) -> None:
    """ "how much is it in total?" asks money, not the pieces in the bags."""
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say("300 tarugos de nylon 6mm" if phone == JORGE else "300 nylon wall plugs 6mm")
    answer = buyer.say(asked)
    assert "📦 TAR-6" not in answer and "in each bag" not in answer, answer
    assert "cada bolsa trae" not in answer, answer


@pytest.mark.parametrize(
    ("phone", "more", "after"),
    [(SARAH, "2 more boxes of the pop rivets?", "4 boxes of 500"),
     (JORGE, "¿2 cajas más de remaches?", "4 cajas de 500")],
)  # fmt: skip
def test_more_packs_asked_with_a_question_mark_are_added_not_explained(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, more: str, after: str
) -> None:
    """A count of packs asked for with a question mark is more of the line, never a
    question about what a pack holds."""
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say("2 cajas de remaches pop 1/8" if phone == JORGE else "2 boxes of pop rivets 1/8")
    buyer.say(more)
    assert after in buyer.say("carrito" if phone == JORGE else "cart")


@pytest.mark.parametrize(("phone", "listed", "line"), [
    (JORGE, "para reponer bodega:\n- 8 tarugos nylon 6mm\n- 2 cajas remaches pop 1/8",
     "8 BOLSA × 4.50 = USD 36.00"),
    (SARAH, "restock list\n20 pop rivets aluminium 1/8\n3 nylon wall plugs 6mm",
     "20 CJ × 18.00 = USD 360.00"),
])  # fmt: skip
def test_a_bare_count_under_one_pack_in_a_list_is_packs_never_asked(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, listed: str, line: str
) -> None:
    """A list's counts are the house's units of sale, as its neighbours' are (es-1297): a
    bare count under one pack in a list of items is that many packs, shown with what they
    hold, never a question taking the line out of the numbered cart; said alone it is asked
    (above)."""
    answer = Chat(whatsapp_app, twilio, phone).say(listed)
    assert line in answer and "?" not in answer.split("Total")[0].split("Carrito")[0], answer
    assert "o 8 unidades" not in answer and "or 20 pieces" not in answer, answer
