"""The pieces every turn goes through: who a message is from, the views a buyer reads,
the job registry."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.config import TEMPLATES
from bot.db import session_scope
from bot.inbound import InboundMessage, receive
from bot.jobs import Job
from bot.matching.index import CatalogIndex
from bot.models import Conversation, Customer
from bot.quotes import create_quote
from bot.wording import Wording
from flows.views import quote_view
from tests.conftest import ErpFolder
from tests.test_quotes_orders import NOW, RULES, index, shop  # noqa: F401 (fixtures)
from workers import jobs

WORDS = Wording(TEMPLATES, "Mostrador")


def test_a_quote_with_open_lines_tells_the_buyer_how_many_a_seller_will_complete(
    shop: Engine,  # noqa: F811
    index: CatalogIndex,  # noqa: F811
) -> None:
    with session_scope(shop, write=True) as session:
        customer = session.get(Customer, "OK")
        quote = create_quote(session, index, customer, ["6204 2rs skf x 1", "los de siempre x 3"],
                             now=NOW, rules=RULES, actor="customer:OK")  # fmt: skip
        chat = Conversation(channel="whatsapp", address="whatsapp:+56900000000", language="en",
                            created_at=NOW, updated_at=NOW)  # fmt: skip
        view = quote_view(session, quote, chat, WORDS, lambda q: f"https://x/{q.number}")
        text = WORDS.render("quote", "en", **view)
        mail = WORDS.render_mail("quote", "es", **view)
        assert session.exec(select(Conversation)).all() == []  # nothing stored by a view
    assert (view["ready"], view["open_lines"]) == (False, 1)
    assert "A seller will complete 1 line(s)" in text and quote.number in text
    assert "los de siempre x 3" in mail  # the mail names the open line


def test_every_job_names_a_function_taking_its_values() -> None:
    jobs.check()
    with pytest.raises(LookupError, match="names no function"):
        Job[[int]]("workers.send.no_such_job").check(1)
    with pytest.raises(LookupError, match="takes 1 values, not 2"):
        Job[[int, int]]("workers.send.send_message").check(2)


def test_a_number_the_erp_adds_later_is_the_customers_from_its_next_message(
    shop: Engine,  # noqa: F811
    erp: ErpFolder,
) -> None:
    def arrives(sid: str, address: str = "whatsapp:+56955550000") -> Conversation:
        with session_scope(shop, write=True) as session:
            message = receive(session, InboundMessage("whatsapp", address, sid, "hola"), NOW)
            assert message is not None
            conversation = session.get(Conversation, message.conversation_id)
            assert conversation is not None
            session.expunge(conversation)
            return conversation

    assert arrives("SM1").customer_id is None  # a guest, for now
    erp.write(contacts="customer_id,name,phone\nOK,Ana Pérez,+56955550000\n").load()
    later = arrives("SM2")
    assert (later.customer_id, later.language) == ("OK", "es")
    mail = InboundMessage("email", "compras@minera.example", "<m1@minera.example>", "hola")
    erp.write(
        contacts="""
        customer_id,name,phone,email
        OK,Ana Pérez,+56955550000,
        OK,Juan Soto,,juan@minera.example
        """
    ).load()
    with session_scope(shop, write=True) as session:  # a colleague at the same domain
        stored = receive(session, mail, NOW)
        assert stored is not None
        colleague = session.get(Conversation, stored.conversation_id)
        assert colleague is not None and colleague.customer_id == "OK"
