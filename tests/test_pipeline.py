"""The pieces every turn goes through: the views a buyer reads, the job registry."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.config import TEMPLATES
from bot.db import session_scope
from bot.jobs import Job
from bot.matching.index import CatalogIndex
from bot.models import Conversation, Customer
from bot.quotes import create_quote
from bot.wording import Wording
from flows.views import quote_view
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
