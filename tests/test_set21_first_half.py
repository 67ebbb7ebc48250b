"""Set 21's first half by class (issue #14), in phrasings of our own, on the demo catalog
through the signed webhook and the Twilio double:

- WhatsApp's correction convention, an asterisk before what replaces the last thing said:
  `*8`, `*40 kg` is the new count of the line just priced, `*BRG-10113`, `*6205 2rs skf`
  the item it should have been, its count kept; never a line of its own;
- a quote we cannot find accepted with its items named ("… Q-2026-00444 from last month, 8
  of the 6207 2z skf at $12.10 each"): nothing ordered, the items priced today, the price the
  buyer recalls never taken; `order` then orders them; the customer's own quote accepted after
  its validity is re-priced as a new version (SPEC.md) and the buyer is told so with the order;
- a quote asked at the end of the items' message ("8 correas b54 gates, cotízame porfa",
  "12 6205 2rs skf, quote pls"): the items priced and the quote made in the same turn;
- a quote of the customer's asked again with a change ("same as Q-… but double", "igual que
  la Q-… pero sin los discos, y los pernos que sean 80", "the same as Q-… but 30 each"): its
  lines in the cart at today's prices, changed, nothing quoted until "quote";
- separate orders asked beside the first one's items ("2 separate orders pls, one per PO",
  "hay que separar en dos pedidos, uno por cada centro de costo"): no item, the buyer told each
  "order" places its own, and each does, with its PO;
- something cheaper asked ("got any cheaper options?", "¿hay algo más barato que el SKF?",
  "anything cheaper than skf for that one?" after a quote): the other brands of the lines that
  cost less, with their prices, the cart and the quote as they were;
- a brand asked that every cart line has already, then the next step ("ok make it lincoln and
  place the order"): the cart as it is, and the order, never an open line.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask import Flask

from bot.clock import simulated
from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE, CARLA, SARAH = "+56912345001", "+56912345002", "+14155550101"  # C001 (es) ×2, C002 (en)
DAVE = "+17135550105"  # C005 (en)
ORDER, QUOTE = re.compile(r"O-2026-\d{5}"), re.compile(r"Q-2026-\d{5}")


@pytest.mark.parametrize("phone, items, starred, line, gone", [
    (JORGE, "necesito 6 correas a42 gates", "*8", "BLT-10033 CORREA EN V A42 GATES: 8 EA × 6.35",
     "6 EA"),
    (DAVE, "25 kg 7018 1/8 lincoln", "*40 kg", "WLD-10005 Welding electrode E7018 1/8\" (3.2mm) "
     "Lincoln: 40 KG × 4.97 = USD 198.80", "25 KG"),
    (SARAH, "need 10 BRG-10112", "*BRG-10113", "BRG-10113 Deep groove ball bearing 6207-2ZR FAG: "
     "10 EA × 14.50 = USD 145.00", "BRG-10112 Deep"),
    (CARLA, "10 rodamientos 6205 zz skf", "*6205 2rs skf", "BRG-10076 RODAMIENTO RIGIDO DE BOLAS "
     "6205-2RSH SKF 25X52X15MM SELLADO CAUCHO: 10 EA × 10.62", "BRG-10081 RODAMIENTO"),
])  # fmt: skip
def test_an_asterisk_corrects_the_line_just_priced(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, starred: str, line: str,
    gone: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(items)
    answer = buyer.say(starred)
    assert line in answer and gone not in answer.split("🛒")[-1], answer
    assert "❌" not in answer and ("1 línea" in answer or "1)" in answer), answer
    assert "2)" not in answer, answer  # the line corrected, no second one


@pytest.mark.parametrize("phone, accepted, line, recalled, order", [
    (SARAH, "we'd like to proceed with Q-2026-00444 from last month, 8 of the 6207 2z skf at "
     "$12.10 each", "8 EA × 15.05 = USD 120.40", "12.10", "order"),
    (JORGE, "acepto la cotización Q-2025-00912, eran 6 correas A42 gates a 7,50 c/u",
     "6 EA × 6.35 = USD 38.10", "7.50", "pedido"),
])  # fmt: skip
def test_a_quote_we_cannot_find_named_with_its_items_prices_them_today(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, accepted: str, line: str, recalled: str,
    order: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    answer = buyer.say(accepted)
    assert line in answer and not ORDER.search(answer), answer
    assert re.search(r"Q-202[56]-00[49][14][42]", answer) and recalled not in answer, answer
    placed = buyer.say(order)
    assert ORDER.search(placed) and line in placed, placed


@pytest.mark.parametrize("phone, asked, line", [
    (JORGE, "8 correas b54 gates, cotízame porfa", "8 × BLT-10265 CORREA EN V B54 GATES a 10.58"),
    (DAVE, "12 6205 2rs skf, quote pls", "12 × BRG-10076"),
])  # fmt: skip
def test_a_quote_asked_after_the_items_is_made_with_them(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, asked: str, line: str
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    answer = buyer.say(asked)
    assert QUOTE.search(answer) and line in answer and "❌" not in answer, answer


@pytest.mark.parametrize("phone, items, asked, line", [
    (DAVE, "40 kg 7018 1/8 lincoln", "ok make it lincoln and place the order",
     "WLD-10005 Welding electrode E7018 1/8\" (3.2mm) Lincoln: 40 KG × 4.97"),
    (JORGE, "6 correas a42 gates", "ya, pásalas a gates y hazme el pedido",
     "BLT-10033 CORREA EN V A42 GATES: 6 EA × 6.35"),
])  # fmt: skip
def test_a_brand_asked_that_the_cart_has_already_goes_on_to_the_next_step(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, asked: str, line: str
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(items)
    placed = buyer.say(asked)
    assert ORDER.search(placed) and line in placed and "❌" not in placed, placed


@pytest.mark.parametrize("phone, items, again, lines, gone, requoted", [
    (DAVE, "quote me 25 kg 7018 1/8 lincoln and 20 4-1/2 x 1.6 metal norton cutoff wheels",
     "same as {quote} but double please", ["50 KG × 4.97 = USD 248.50", "40 EA × 2.26 = USD 90.40"],
     None, "• 50 × WLD-10005"),
    (CARLA, "cotízame 20 pernos m12x50 din 933 zincados y 10 discos de corte 7 pulgadas metal "
     "norton", "igual que la {quote} pero sin los discos, y los pernos que sean 80",
     ["80 EA × 0.29 = USD 23.20"], "ABR-10006", "• 80 × FAS-10167"),
    (SARAH, "quote 10 BRG-10112 and 6 a42 gates belts", "we need the same as {quote} but 30 each",
     ["30 EA × 13.48 = USD 404.40", "30 EA × 7.24 = USD 217.20"], None, "• 30 × BLT-10033"),
])  # fmt: skip
def test_a_quote_asked_again_with_a_change_is_its_lines_changed_in_the_cart(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, again: str,
    lines: list[str], gone: str | None, requoted: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    quoted = QUOTE.search(buyer.say(items))
    assert quoted, "the first quote"
    answer = buyer.say(again.format(quote=quoted[0]))
    assert all(line in answer for line in lines) and "❌" not in answer, answer
    assert not QUOTE.search(answer.replace(quoted[0], "")) and not ORDER.search(answer), answer
    assert gone is None or gone not in answer, answer
    second = buyer.say("quote" if phone != CARLA else "cotízalo")
    assert QUOTE.search(second.replace(quoted[0], "")) and requoted in second, second


@pytest.mark.parametrize("phone, first, order, second, again, line", [
    (DAVE, "hey, 2 separate orders pls, one per PO. first: 30 kg 7018 1/8 lincoln",
     "order, PO 77-1", "and the second: 12 BRG-10112", "order, PO 77-2", "12 EA × 15.15"),
    (CARLA, "hola, hay que separar en dos pedidos, uno por cada centro de costo: 6 correas a42 "
     "gates", "pedido, OC 4500-9001", "el otro: 4 rodamientos 6205 2rs skf", "pedido, OC 4500-9002",
     "4 EA × 10.62"),
])  # fmt: skip
def test_separate_orders_asked_beside_the_items_are_placed_one_by_one(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, first: str, order: str, second: str,
    again: str, line: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    answer = buyer.say(first)
    assert "📦" in answer and "❌" not in answer and "1 line" in answer.replace("línea", "line"), \
        answer  # fmt: skip
    placed = buyer.say(order)
    assert ORDER.search(placed) and order.split()[-1] in placed, placed
    assert "❌" not in buyer.say(second)
    other = buyer.say(again)
    assert ORDER.search(other) and ORDER.search(other)[0] != ORDER.search(placed)[0], other
    assert line in other and again.split()[-1] in other, other


@pytest.mark.parametrize("phone, items, asked, cheaper, kept", [
    (DAVE, "40 kg 7018 1/8 lincoln", "got any cheaper options?",
     ["WLD-10037", "WLD-10021"], "WLD-10005"),
    (JORGE, "6 rodamientos 6205 2rs skf", "¿hay algo más barato que el SKF?", ["BRG-10080"],
     "BRG-10076"),
    (SARAH, "12 6207 2z skf, quote please", "is there anything cheaper than skf for that one?",
     ["BRG-10115", "BRG-10112"], None),
])  # fmt: skip
def test_something_cheaper_asked_shows_the_other_brands_under_the_lines_price(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, asked: str,
    cheaper: list[str], kept: str | None,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    first = buyer.say(items)
    answer = buyer.say(asked)
    assert all(sku in answer for sku in cheaper) and "❌" not in answer, answer
    assert not ORDER.search(answer) and not QUOTE.search(answer), answer  # nothing changed
    if kept is not None:
        cart = buyer.say("carrito" if phone == JORGE else "cart")
        assert kept in cart and cheaper[0] not in cart, cart
    else:
        assert QUOTE.search(first) and "📄" not in answer, answer


@pytest.mark.parametrize("phone, items", [
    (JORGE, "un pedido para faena Los Bronces: 10 correas a42 gates"),
    (DAVE, "one order for the Baytown site: 12 BRG-10112"),
])  # fmt: skip
def test_one_order_for_a_place_is_no_separate_orders(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(items)
    assert "📦" not in answer and "❌" not in answer, answer


@pytest.mark.parametrize("phone, items, again, made, line", [
    (CARLA, "cotízame 10 correas a42 gates", "cotízame lo mismo de la {quote} pero 20 de cada uno",
     QUOTE, "• 20 × BLT-10033"),
    (SARAH, "quote 10 BRG-10112", "go ahead with {quote}, same as before", ORDER,
     "BRG-10112 Deep groove ball bearing 6207-ZZ NSK: 10 EA"),
])  # fmt: skip
def test_a_quote_asked_again_with_the_next_step_takes_it_and_an_acceptance_stays_one(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, again: str,
    made: re.Pattern[str], line: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    quoted = QUOTE.search(buyer.say(items))
    assert quoted, "the first quote"
    answer = buyer.say(again.format(quote=quoted[0]))
    assert made.search(answer.replace(quoted[0], "")) and line in answer, answer


@pytest.mark.parametrize("phone, items, quote, accept, said", [
    (JORGE, "6 correas a42 gates", "cotizar", "acepto la {quote}", "había vencido"),
    (SARAH, "10 BRG-10112", "quote", "go ahead with {quote}", "had expired"),
])  # fmt: skip
def test_an_expired_quote_accepted_is_repriced_as_a_new_version_and_the_buyer_told(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, quote: str, accept: str,
    said: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    with simulated(dt.datetime.now(dt.UTC) - dt.timedelta(days=30)):
        buyer.say(items)
        quoted = QUOTE.search(buyer.say(quote))
    assert quoted, "the first quote"
    answer = buyer.say(accept.format(quote=quoted[0]))
    assert ORDER.search(answer) and said in answer and quoted[0] in answer, answer
    assert re.search(r"\b(?:version|versión) 2\b", answer), answer
