"""A change asked to an order already placed (a line added or cancelled, another
warehouse) is a seller's: the buyer is told so, the chat waits in the sellers' queue with
the order named, and the order stays as placed, never a second cart or an open line
(issue #14; flows/order_change.py). Phrasings here are not the corpus scripts' (es-1206,
en-1226, en-1237, es-1502, en-1502, es-1503, en-1503, es-1504, en-1504). Through the signed
webhook and the Twilio double on SQLite, and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import OrderLine
from tests.conftest import MIKE, ErpFolder, with_english_buyer
from tests.test_conversation import JORGE, Chat, conversation, orders
from tests.twilio_fakes import FakeTwilio


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    """The conversation shop, with an English-speaking customer too, and an ERP order each
    taken another way (by phone)."""
    return with_english_buyer(shop, order_status="""
        order,customer_id,status,erp_document,updated,carrier,tracking,tracking_url,eta,invoice
        SO-71001,C001,picking,,2026-11-24,,,,2026-11-30,
        SO-71002,C009,received,,2026-11-25,,,,,
        """)  # fmt: skip


def _placed(app: Flask, twilio: FakeTwilio, phone: str, items: str, order: str) -> Chat:
    chat = Chat(app, twilio, phone)
    chat.say(items)
    assert "O-2026-00001" in chat.say(order)
    return chat


def _lines(db: Engine) -> list[tuple[str, str]]:
    with Session(db) as session:
        return [(line.sku, str(line.quantity)) for line in session.exec(select(OrderLine))]


@pytest.mark.parametrize("change", [
    "porfa súmale 50 pernos m8x40 zincados al pedido, se nos olvidaron",
    "anulen la línea de los rodamientos en el O-2026-00001 por favor",
    "oiga, al O-2026-00001 sáquenle las correas por favor",  # the verb with its accent
])  # fmt: skip
def test_a_change_to_a_placed_order_goes_to_a_seller_in_spanish(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, change: str
) -> None:
    jorge = _placed(whatsapp_app, twilio, JORGE, "4 correas a42 gates\n2 B-SKF", "pedido")
    before = _lines(db)
    answer = jorge.say(change)
    assert "vendedor" in answer and "O-2026-00001" in answer, answer
    assert "catálogo" not in answer and "Carrito" not in answer, answer
    chat = conversation(db)
    assert chat.attention == "order_change" and "O-2026-00001" in (chat.attention_detail or "")
    assert len(orders(db)) == 1 and _lines(db) == before


@pytest.mark.parametrize("change", [
    "could you remove the bearings from O-2026-00001, we found some on the shelf",
    "pls throw in 50 m8x40 bolts on that order too",
])  # fmt: skip
def test_a_change_to_a_placed_order_goes_to_a_seller_in_english(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, change: str
) -> None:
    mike = _placed(whatsapp_app, twilio, MIKE, "4 a42 gates belts\n2 B-SKF", "order")
    before = _lines(db)
    answer = mike.say(change)
    assert "seller" in answer and "O-2026-00001" in answer, answer
    assert "catalog" not in answer and "Cart" not in answer, answer
    assert conversation(db).attention == "order_change"
    assert len(orders(db)) == 1 and _lines(db) == before


@pytest.mark.parametrize(("phone", "change", "number", "seller"), [
    (JORGE, "Respecto al SO-71001. ¿Le pueden quitar los pernos?", "SO-71001", "vendedor"),
    (JORGE, "Hola. Del pedido SO 71001 necesito anular la línea de las correas.", "SO-71001",
     "vendedor"),
    (MIKE, "Regarding SO-71002. Could you drop the belts from it?", "SO-71002", "seller"),
    (MIKE, "re SO-71002\nplease cancel the bearings line", "SO-71002", "seller"),
])  # fmt: skip
def test_a_change_to_an_erp_order_named_before_it_goes_to_a_seller(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, change: str, number: str,
    seller: str
) -> None:
    """An ERP order (one taken another way) named in the sentence before the change, or
    beside it, was read as items: the bolts or belts offered as options. A seller's."""
    answer = Chat(whatsapp_app, twilio, phone).say(change)
    assert seller in answer and number in answer, answer
    assert not any(word in answer for word in ("catálogo", "catalog", "1) ", "Cart")), answer
    chat = conversation(db)
    assert chat.attention == "order_change" and number in (chat.attention_detail or "")
    assert orders(db) == []


@pytest.mark.parametrize(("phone", "message"), [
    (JORGE, "El SO-71001 llegó completo, gracias. Ahora agrega 10 pernos m8x40 din 933."),
    (MIKE, "SO-71002 got here fine. Now add 10 m8x40 din 933 bolts please"),
])  # fmt: skip
def test_an_erp_order_told_about_before_new_items_is_no_change_to_it(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, message: str
) -> None:
    """An ERP order named in a sentence of its own news, then items 'added': a new cart."""
    answer = Chat(whatsapp_app, twilio, phone).say(message)
    assert "F-840" in answer and "10 EA" in answer, answer
    assert conversation(db).attention != "order_change"


def test_items_and_questions_after_an_order_are_not_changes_to_it(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """A new item with no order named starts a new cart; a status question is answered."""
    mike = _placed(whatsapp_app, twilio, MIKE, "4 a42 gates belts", "order")
    assert "seller" not in mike.say("did O-2026-00001 ship from Houston yet?")
    assert "seller" not in mike.say("add the same as my last order")
    answer = mike.say("add 2 B-SKF")
    assert "2 EA × 10.00" in answer and "seller" not in answer, answer
    assert conversation(db).attention is None


# Four belts ordered, in each buyer's language: the order the next message is about.
_BELTS = {MIKE: ("4 a42 gates belts", "order"), JORGE: ("4 correas a42 gates", "pedido")}


@pytest.mark.parametrize(("phone", "said"), [
    (MIKE, "repeat my last order but add 2 B-SKF"),
    (JORGE, "repite el último pedido pero súmale 2 B-SKF"),
    (JORGE, "lo mismo del pedido anterior pero cambia las correas a 8"),
    (MIKE, "add 2 B-SKF to my cart. when does O-2026-00001 ship?"),
    (JORGE, "agrega 2 B-SKF al carrito, ¿el O-2026-00001 ya salió?"),
])  # fmt: skip
def test_a_reorder_or_the_cart_beside_a_placed_order_is_no_change_to_it(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, said: str
) -> None:
    """A new order like the last one, or items for the cart beside a question about the
    order placed, is the buyer's own cart: never the chat handed to a seller."""
    chat = _placed(whatsapp_app, twilio, phone, *_BELTS[phone])
    answer = chat.say(said)
    assert "O-2026-00001 stays as it was placed" not in answer, answer
    assert "sigue tal como se ingresó" not in answer, answer
    assert conversation(db).attention is None and len(orders(db)) == 1


@pytest.mark.parametrize(("phone", "said", "noted"), [
    (MIKE, "please add our PO 4500123456 to that order",
     "PO 4500123456 noted on O-2026-00001"),
    (JORGE, "agrégale la OC 4500123456 al pedido porfa",
     "OC 4500123456 anotada en el pedido O-2026-00001"),
    (JORGE, "al O-2026-00001 agrégale la orden de compra 4500-2315",
     "OC 4500-2315 anotada en el pedido O-2026-00001"),
])  # fmt: skip
def test_a_po_added_to_the_placed_order_is_noted_on_it_not_queued(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, said: str, noted: str
) -> None:
    """The PO said after the order ('add our PO … to that order') goes on it at once, as
    before order changes went to a seller: no seller's queue for it."""
    chat = _placed(whatsapp_app, twilio, phone, *_BELTS[phone])
    answer = chat.say(said)
    assert noted in answer, answer
    assert conversation(db).attention is None and len(orders(db)) == 1


@pytest.mark.parametrize(("phone", "said"), [
    (JORGE, "cancela el pedido"),
    (JORGE, "oiga anulen el pedido por favor"),
    (MIKE, "cancel my order pls"),
])  # fmt: skip
def test_the_order_just_placed_cancelled_goes_to_a_seller_never_an_empty_cart(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, said: str
) -> None:
    """'cancela el pedido' right after the order answered 'El carrito está vacío', as if
    nothing were left to cancel, and the order went ahead: a seller cancels it."""
    chat = _placed(whatsapp_app, twilio, phone, *_BELTS[phone])
    answer = chat.say(said)
    assert "O-2026-00001" in answer and "vac" not in answer and "empty" not in answer, answer
    assert conversation(db).attention == "order_change" and len(orders(db)) == 1
