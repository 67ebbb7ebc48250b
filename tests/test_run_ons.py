"""Spoken run-ons (issue #14): a voice-to-text message with several items and no
punctuation is read as one request line per item, in both languages (bot/joined/,
bot/runons.csv). Phrasings here are not the corpus scripts' (es-208, en-224), so the
reading is not tuned on them. Through the signed webhook and the Twilio double."""

from __future__ import annotations

import pytest
from flask import Flask

from bot.joined import request_lines
from tests.test_conversation import JORGE, Chat
from tests.twilio_fakes import FakeTwilio


@pytest.fixture
def jorge(whatsapp_app: Flask, twilio: FakeTwilio) -> Chat:
    chat = Chat(whatsapp_app, twilio, JORGE)
    chat.say("Hola")
    return chat


def test_a_spanish_voice_message_with_two_items_prices_both(jorge: Chat) -> None:
    answer = jorge.say("buenas tardes oiga le escribo de la faena necesito que me manden "
                       "30 pernos hexagonales m8x40 zincados y además 5 correas a42 gates "
                       "eso es todo muchas gracias")  # fmt: skip
    assert "F-840" in answer and "30 EA × 0.50 = USD 15.00" in answer, answer
    assert "V-A42" in answer and "5 EA × 7.40 = USD 37.00" in answer, answer
    assert "catálogo" not in answer and "cuántos" not in answer


def test_aparte_and_tambien_join_three_items(jorge: Chat) -> None:
    answer = jorge.say("ocupo 8 rodamientos 6204 2rsh skf aparte 2 correas a42 gates "
                       "y tambien 100 pernos m8x40 zincados")  # fmt: skip
    assert "B-SKF" in answer and "8 EA" in answer, answer
    assert "V-A42" in answer and "2 EA" in answer, answer
    assert "F-840" in answer and "100 EA" in answer, answer
    assert "catálogo" not in answer


def test_an_english_voice_message_with_two_items_prices_both(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    chat = Chat(whatsapp_app, twilio, JORGE)
    answer = chat.say("hey its tom over at the mine we need 6 of the 6204 2rsh bearings "
                      "from skf plus 3 a42 belts from gates thats all thanks")  # fmt: skip
    assert "B-SKF" in answer and "6 EA" in answer, answer
    assert "V-A42" in answer and "3 EA" in answer, answer
    assert "catalog" not in answer and "how many" not in answer


def test_one_count_for_each_item_asked_about(jorge: Chat) -> None:
    answer = jorge.say("¿tienen correas a42 gates? ¿y cuánto valen los pernos m8x40 zincados? "
                       "necesito 12 de cada uno")  # fmt: skip
    assert "V-A42" in answer and "12 EA × 7.40 = USD 88.80" in answer, answer
    assert "F-840" in answer and "12 EA × 0.50 = USD 6.00" in answer, answer
    assert "catálogo" not in answer and "cuántos" not in answer


def test_items_with_their_count_after_them_joined_by_y(jorge: Chat) -> None:
    answer = jorge.say("me cotizas la correa a42 gates x 3 y el perno m8x40 zincado x 30")
    assert "V-A42" in answer and "3 EA × 7.40 = USD 22.20" in answer, answer
    assert "F-840" in answer and "30 EA × 0.50 = USD 15.00" in answer, answer


def test_a_forwarded_list_s_intro_and_title_are_not_items(jorge: Chat) -> None:
    answer = jorge.say("les reenvio lo que pidio bodega 👇\n*PEDIDO SEMANA 48*\n"
                       "▪️ correa a42 gates .... 2 un\n▪️ perno m8x40 zincado .... 30 un")  # fmt: skip
    assert "2 EA × 7.40" in answer and "30 EA × 0.50" in answer, answer
    assert "catálogo" not in answer and "PEDIDO SEMANA" not in answer, answer


def test_diez_mas_while_options_wait_adds_to_the_last_line(jorge: Chat) -> None:
    jorge.say("30 pernos m8x40 zincados")
    asked = jorge.say("2 rodamientos 6204")
    assert "1)" in asked and "2)" in asked, asked  # SKF or NSK: options wait
    answer = jorge.say("diez más")
    assert "40 EA × 0.50 = USD 20.00" in answer, answer  # 30 + 10, not option 10
    assert "opción" not in answer.split("40 EA")[0], answer
    picked = jorge.say("1")
    assert "2 EA" in picked, picked  # the options were still open


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        ("hola si necesito 10 pernos m8 y tambien 10 tuercas m8 eso seria todo",
         ["10 pernos m8", "10 tuercas m8"]),
        ("hi this is ana from acme i need 4 ball valves 1/2 npt and also 4 elbows 1/2 "
         "thats it", ["4 ball valves 1/2 npt", "4 elbows 1/2"]),
        ("need 10 bolts m8 plus 10 nuts m8", ["10 bolts m8", "10 nuts m8"]),
        # the price asked at the end closes the request ("y este pues cuánto sería")
        ("ocupo 6 correas b50 y también unos 10 tubos de silicona y este pues cuánto sería",
         ["6 correas b50", "10 tubos de silicona"]),
        ("need 20 hex nuts m10 and also 5 grease guns how much would that be",
         ["20 hex nuts m10", "5 grease guns"]),
        # a catalog word with its size is an item without a count of its own
        ("necesito 10 tuercas m8 y tambien arandelas m8", ["10 tuercas m8", "arandelas m8"]),
        # one item: the joining word joins its words, not two items
        ("tuerca y arandela m8 x 10", ["tuerca y arandela m8 x 10"]),
        ("10 pernos m8 zincados also in black", ["10 pernos m8 zincados also in black"]),
        ("necesito tambien 10 tuercas m8", ["10 tuercas m8"]),
        ("necesito valvula de bola 1/2 x 10", ["necesito valvula de bola 1/2 x 10"]),
        ("eso es todo gracias", ["eso es todo gracias"]),
        # a part that names its own kind borrows no noun from the one before
        ("100 hex bolts m8x20, 6 A44 optibelt belts", ["100 hex bolts m8x20", "6 A44 optibelt belts"]),
        # "+" joins two items as "y" does
        ("12 pernos m10 zincados + 12 tuercas m10", ["12 pernos m10 zincados", "12 tuercas m10"]),
        ("need 5 bolts m8 + 5 nuts m8", ["5 bolts m8", "5 nuts m8"]),
        ("2 + 2 tuercas", ["2 + 2 tuercas"]),
        # one count for each item named before it
        ("pernos m8 y tuercas m8, 50 de cada uno", ["pernos m8 x 50", "tuercas m8 x 50"]),
        ("golillas planas m12 y m10, 100 de cada una",
         ["golillas planas m12 x 100", "golillas planas m10 x 100"]),
        ("need 6204 and 6205 bearings, 10 of each", ["6204 bearings x 10", "6205 bearings x 10"]),
        ("10 pernos m8, 5 each", ["10 pernos m8, 5 each"]),
        # the count after each item
        ("la valvula bola 1/2 x 4 y el codo 1/2 x 6", ["la valvula bola 1/2 x 4", "el codo 1/2 x 6"]),
        ("rodamiento 6204 10 un y correa a42 4 un", ["rodamiento 6204 10 un", "correa a42 4 un"]),
        # one item: its words or its sizes joined, never cut
        ("nuts and bolts m8 x 20", ["nuts and bolts m8 x 20"]),
        ("necesito tuerca y arandela m8 x 10 de cada una", ["tuerca y arandela m8 x 10"]),
        ("valvula de bola 1 y 1/2 x 4", ["valvula de bola 1 y 1/2 x 4"]),
        ("busco 2 bujes reductores 3/4 y 1", ["2 bujes reductores 3/4 y 1"]),
        ("need 3 ball valves 1 and 1/2 inch", ["3 ball valves 1 and 1/2 inch"]),
        ("bolts m8 x 20 and nuts m8", ["bolts m8 x 20 and nuts m8"]),
        # a voice note's fillers and a softened count are no part of an item
        ("ehh ocupo unos 12 rodamientos 6206 eh y tambien 4 correas b50",
         ["12 rodamientos 6206", "4 correas b50"]),
        ("um we need around 30 hex nuts m12 uh and about twenty flat washers m12 thats it",
         ["30 hex nuts m12", "twenty flat washers m12"]),
        ("necesito 10 valvulas como la anterior", ["10 valvulas como la anterior"]),
        ("6 guantes talla unos", ["6 guantes talla unos"]),
        ("20 pernos m8x40 zincados, me pasas precios porfa", ["20 pernos m8x40 zincados"]),
        # a CSV export pasted with semicolons, read by its header
        ("Marca;Cant;Descripcion\nGates;6;correa a42\n;10;perno m8x40",
         ["correa a42 Gates\t6", "perno m8x40\t10"]),
    ],
)  # fmt: skip
def test_a_run_on_is_cut_where_each_side_is_an_item(message: str, lines: list[str]) -> None:
    assert request_lines(message) == lines
