"""Tap, don't type (issue #15): list pickers and quick replies through Twilio's Content
API, taps coming back by ButtonPayload and by ListId, the quote PDF as media — all
through the signed webhook and the Twilio double (Messages and Content API alike)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import ContentShape, Conversation, Message, Order
from tests.conftest import ErpFolder
from tests.twilio_fakes import PUBLIC, Customer, FakeTwilio

JORGE = "+56912345001"


class Buyer:
    """A WhatsApp buyer who reads what came back and taps it, as Twilio delivers taps."""

    def __init__(self, app: Flask, twilio: FakeTwilio, phone: str) -> None:
        self.customer = Customer(app, phone)
        self.twilio = twilio
        self.seen = 0

    def _new(self) -> list[dict[str, str]]:
        mine = [m for m in self.twilio.sent if m["To"] == self.customer.address]
        new, self.seen = mine[self.seen :], len(mine)
        return new

    def say(self, text: str) -> list[dict[str, str]]:
        self.customer.send(text)
        return self._new()

    def tap(self, option: dict[str, str], *, as_list: bool = False) -> list[dict[str, str]]:
        """A list item arrives with ListId/ListTitle, a button with ButtonPayload/ButtonText;
        the Body carries the title either way."""
        fields = ({"ListId": option["id"], "ListTitle": option["title"]} if as_list else
                  {"ButtonPayload": option["id"], "ButtonText": option["title"]})  # fmt: skip
        self.customer.send(option["title"], **fields)
        return self._new()

    def text(self, messages: list[dict[str, str]]) -> str:
        return "\n".join(self.twilio.body_of(m) for m in messages)

    def offered(self, messages: list[dict[str, str]]) -> list[dict[str, str]]:
        """The options of the last interactive message among `messages`."""
        interactive = [m for m in messages if self.twilio.options(m)]
        assert interactive, self.text(messages)
        return self.twilio.options(interactive[-1])


def option(options: list[dict[str, str]], start: str) -> dict[str, str]:
    [found] = [o for o in options if o["id"].startswith(start) or o["title"] == start]
    return found


def orders(db: Engine) -> list[Order]:
    with Session(db) as session:
        return list(session.exec(select(Order)).all())


@pytest.fixture
def jorge(whatsapp_app: Flask, twilio: FakeTwilio) -> Buyer:
    buyer = Buyer(whatsapp_app, twilio, JORGE)
    buyer.say("Hola")
    return buyer


def test_an_ambiguous_request_becomes_an_accepted_order_by_taps_alone(
    jorge: Buyer, twilio: FakeTwilio, whatsapp_app: Flask, db: Engine
) -> None:
    asked = jorge.say("rodamiento x 3")
    candidates = jorge.offered(asked)
    assert {o["id"].rsplit(":", 1)[1] for o in candidates} == {"B-SKF", "B-NSK"}
    skf = next(o for o in candidates if o["id"].endswith("B-SKF"))
    assert skf["title"] == "6204-2RSH SKF"  # the words both names share are dropped
    # Jorge's contract price, the stock, then the full name
    assert (
        skf["description"] == "USD 8.00 · 100 en SCL hoy · Deep groove ball bearing 6204-2RSH SKF"
    )
    picked = jorge.tap(skf, as_list=True)
    assert "B-SKF" in jorge.text(picked) and "USD 24.00" in jorge.text(picked)
    steps = jorge.offered(picked)
    assert [o["title"] for o in steps] == ["Cotizar", "Pedir", "Agregar más"]
    quoted = jorge.tap(option(steps, "cart:quote"))
    assert "Q-2026-00001" in jorge.text(quoted)
    [media] = [m for m in quoted if m.get("MediaUrl")]
    assert media["MediaUrl"].startswith(f"{PUBLIC}/documents/quotes/")
    assert media["MediaUrl"] in jorge.text(quoted)  # the link stays in the text
    pdf = whatsapp_app.test_client().get(media["MediaUrl"].removeprefix(PUBLIC))
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    actions = jorge.offered(quoted)
    assert [o["title"] for o in actions] == ["Aceptar", "Cambiar", "Hablar con vendedor"]
    done = jorge.tap(option(actions, "quote:accept:"))
    [order] = orders(db)
    assert order.number in jorge.text(done) and order.status in ("confirmed", "exported")


def test_content_is_created_once_per_shape_and_reused(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    first = Buyer(whatsapp_app, twilio, JORGE)
    first.say("Hola")
    first.say("correa a42 gates x 2")
    first.say("carrito")
    other = Buyer(whatsapp_app, twilio, "+56987654003")
    other.say("correa a42 gates x 1")
    buttons = [m for m in twilio.sent if twilio.options(m) and len(twilio.options(m)) == 3]
    assert len(buttons) == 3 and len({m["ContentSid"] for m in buttons}) == 1
    [(sid, created)] = [(s, c) for s, c in twilio.contents.items() if "twilio/quick-reply" in
                        c["types"]]  # fmt: skip
    assert created["types"]["twilio/quick-reply"]["body"] == "{{1}}"
    assert all(a.startswith("Basic ") for a in twilio.content_auth)  # the account's own
    with Session(db) as session:
        stored = session.get(ContentShape, "twilio/quick-reply:3")
        assert stored is not None and stored.content_sid == sid
    variables = json.loads(buttons[-1]["ContentVariables"])
    assert variables["2"] == "Cotizar" and variables["3"] == "cart:quote"


def test_long_names_and_many_candidates_keep_whatsapps_limits(
    whatsapp_app: Flask, twilio: FakeTwilio, shop: ErpFolder
) -> None:
    rows = "\n".join(
        f"P-{n:02d},Stainless steel ball valve full port threaded NPT 1/2 inch series {n}"
        f" extra long commercial designation,Valves,EA,{10 + n}.00"
        for n in range(1, 14)
    )
    shop.write(products=f"sku,name,family,uom,list_price\n{rows}\n",
               stock="sku,warehouse,on_hand\n" + "".join(
                   f"P-{n:02d},SCL,5\n" for n in range(1, 14)))  # fmt: skip
    shop.load(allow_drop=True)
    buyer = Buyer(whatsapp_app, twilio, JORGE)
    buyer.say("Hola")
    asked = buyer.say("valvula de bola npt 1/2 x 2")
    options = buyer.offered(asked)
    assert len(options) == 5  # the matcher's candidates
    for o in options:
        assert len(o["title"]) <= 24 and len(o["description"]) <= 72 and len(o["id"]) <= 200
    assert options[0]["title"] == "1 extra long commercial"  # what differs, not what they all share
    assert options[0]["description"].startswith("USD 11.00 · 5 en SCL hoy · Stainless")
    assert len({o["title"] for o in options}) == 5
    picked = buyer.tap(options[2], as_list=True)
    assert "P-03" in buyer.text(picked)


def test_more_than_ten_options_are_nine_and_more() -> None:
    from bot.choices import LIST, Choices, Option, paged

    assert paged(13, 0) == (0, 9, True) and paged(13, 9) == (9, 13, False)
    assert paged(10, 0) == (0, 10, False) and paged(25, 9) == (9, 18, True)
    long = Choices(
        LIST,
        "x" * 2000,
        tuple(Option(f"id{n}" * 80, "Válvula " * 9) for n in range(12)),
        "Ver todas las opciones",
    )
    fitted = long.fitted()
    assert len(fitted.options) == 10 and len(fitted.body) == 1024 and len(fitted.button) <= 20
    assert all(len(o.title) <= 24 and len(o.id) <= 200 for o in fitted.options)
    assert fitted.options[0].description.startswith("Válvula Válvula")  # the full title
    assert all(len(o.description) <= 72 for o in fitted.options)


def test_a_list_id_sent_as_button_payload_and_typed_numbers_both_work(
    jorge: Buyer, db: Engine
) -> None:
    asked = jorge.say("rodamiento 6204 x 3")
    nsk = next(o for o in jorge.offered(asked) if o["id"].endswith("B-NSK"))
    # Some accounts send a list choice's id as ButtonPayload; the title in the Body is
    # not read (here it even names the other brand).
    jorge.customer.send("6204-2RSH SKF", ButtonPayload=nsk["id"])
    cart = jorge.text(jorge.say("carrito"))
    assert "B-NSK" in cart and "B-SKF" not in cart
    jorge.say("rodamiento x 5")  # another request: asked again
    typed = jorge.text(jorge.say("2"))  # the text's numbers keep working
    assert "B-SKF" in typed or "B-NSK" in typed
    assert "acepto" in jorge.text(jorge.say("cotizar")).lower()
    jorge.say("acepto")
    assert len(orders(db)) == 1


def test_a_stale_tap_is_answered_not_applied(jorge: Buyer, db: Engine) -> None:
    asked = jorge.say("rodamiento x 3")
    skf = next(o for o in jorge.offered(asked) if o["id"].endswith("B-SKF"))
    jorge.tap(skf, as_list=True)
    again = jorge.text(jorge.tap(skf, as_list=True))  # the same question, answered before
    assert "ya fue respondida" in again
    cart = jorge.text(jorge.say("carrito"))
    assert "3 EA" in cart and "6 EA" not in cart  # not added twice
    quoted = jorge.say("cotizar")
    accept = option(jorge.offered(quoted), "quote:accept:")
    jorge.tap(accept)
    twice = jorge.text(jorge.tap(accept))  # the quote is accepted already
    assert "ya no está abierta" in twice
    assert len(orders(db)) == 1


def test_short_stock_is_tapped_and_a_settled_cart_needs_no_tap(
    jorge: Buyer, shop: ErpFolder, db: Engine
) -> None:
    shop.write(stock="sku,warehouse,on_hand\nB-SKF,SCL,100\nB-NSK,SCL,100\nF-840,SCL,5000\n"
               "V-A42,SCL,20\n").load()  # fmt: skip
    jorge.say("600 correas a42 gates")
    offer = jorge.say("pedido")
    choices = jorge.offered(offer)
    assert [o["title"] for o in choices] == ["Disponible + resto", "Hablar con vendedor"]
    assert orders(db) == []
    done = jorge.tap(option(choices, "Disponible + resto"))
    [order] = orders(db)
    assert order.number in jorge.text(done) and "580" in jorge.text(done)  # back-ordered
    stale = jorge.text(jorge.tap(option(choices, "Disponible + resto")))
    assert "ya fue respondida" in stale and len(orders(db)) == 1
    jorge.say("perno hex din 933 m8x40 zincado x 10")
    placed = jorge.say("pedido")  # a settled cart: placed at once, nothing left to tap
    assert len(orders(db)) == 2 and "confirmado" in jorge.text(placed)


def test_the_menu_is_a_list(jorge: Buyer) -> None:
    menu = jorge.offered(jorge.say("menu"))
    assert "Estado de cuenta" in [o["title"] for o in menu]
    account = jorge.text(jorge.tap(option(menu, "menu:account"), as_list=True))
    assert "Minera Los Andes" in account


def test_outside_the_window_options_go_numbered_in_the_template(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    from bot.choices import BUTTONS, Choices, Option
    from bot.replies import queue_message
    from workers.send import send_message

    Customer(whatsapp_app, JORGE).send("hola")
    with Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        conversation.last_inbound_at = conversation.last_inbound_at - dt.timedelta(hours=25)
        choices = Choices(BUTTONS, "¿Qué hacemos con la cotización Q-2026-00001?",
                          (Option("quote:accept:Q-2026-00001:1", "Aceptar"),))  # fmt: skip
        late = queue_message(session, conversation, author="bot", body=choices.body,
                             now=conversation.created_at, mail_from=None,
                             key="test-late", choices=choices.to_json())  # fmt: skip
        session.commit()
        assert late is not None
        late_id = late.id or 0
    before = len(twilio.contents)
    with whatsapp_app.app_context():
        assert send_message(late_id) == "sent"
    last = twilio.sent[-1]
    assert last["ContentSid"] == "HX" + "7" * 32 and len(twilio.contents) == before
    assert "• Aceptar" in json.loads(last["ContentVariables"])["2"]
    with Session(db) as session:
        message = session.get(Message, late_id)
        assert message is not None and "24-hour" in str(message.payload.get("fallback"))


def test_the_simulator_and_the_terminal_render_the_same_options(
    app: Flask, shop: ErpFolder
) -> None:
    shop.load()
    client = app.test_client()
    client.post("/simulator/send", data={"phone": JORGE, "body": "rodamiento x 3"})
    thread: list[dict[str, Any]] = client.get(f"/simulator/messages?phone=%2B{JORGE[1:]}").json
    listed = thread[-1]["choices"]
    assert listed["kind"] == "list" and len(listed["options"]) == 2
    nsk = next(o for o in listed["options"] if o["id"].endswith("B-NSK"))
    client.post("/simulator/send", data={"phone": JORGE, "body": nsk["title"], "tap": nsk["id"],
                                         "kind": "list"})  # fmt: skip
    after = client.get(f"/simulator/messages?phone=%2B{JORGE[1:]}&after={thread[-1]['id']}").json
    assert after[0]["tapped"] == nsk["id"] and "B-NSK" in after[1]["body"]
    result = app.test_cli_runner().invoke(
        args=["chat", "--phone", "+56987654003"], input="rodamiento x 2\n1\n\n"
    )
    assert result.exit_code == 0, result.output
    assert "[1] 6204-" in result.output and "[2] 6204-" in result.output
    assert "[1] Cotizar" in result.output  # tapped by its number: the cart's buttons follow


def test_a_slow_turn_shows_the_typing_indicator_when_enabled(
    whatsapp_app: Flask, twilio: FakeTwilio, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    import channels.typing

    Customer(whatsapp_app, JORGE).send("hola")
    time.sleep(0.2)
    assert twilio.typing == []  # off by default (TWILIO_TYPING)
    monkeypatch.setattr(channels.typing, "AFTER_SECONDS", 0.0)  # every turn is "slow"
    whatsapp_app.config["TWILIO_TYPING"] = True
    sid = "SM" + "ab" * 16
    Customer(whatsapp_app, JORGE).send("correa a42 gates x 2", sid=sid)
    for _ in range(50):
        if twilio.typing:
            break
        time.sleep(0.05)
    assert twilio.typing == [{"messageId": sid, "channel": "whatsapp"}]


def test_the_statement_pdf_goes_as_media_with_its_link_in_the_text(
    jorge: Buyer, whatsapp_app: Flask
) -> None:
    answer = jorge.say("estado de cuenta")
    [media] = [m for m in answer if m.get("MediaUrl")]
    assert media["MediaUrl"].startswith(f"{PUBLIC}/documents/statements/")
    assert media["MediaUrl"] in jorge.text(answer) and "Estado de cuenta" in media["Body"]
    pdf = whatsapp_app.test_client().get(media["MediaUrl"].removeprefix(PUBLIC))
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
