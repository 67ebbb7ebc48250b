"""One message, many lines (issue #14, sets 7 and 8): a forwarded mail's header, a sheet
aligned with spaces, " - " between items, a count said again while dictating, a count said
after its item, the words before a colon or a question, a part naming only a colour, two
bare codes sharing one count, and "(2) 6308 2RS" as two. Own examples, not the scripts'."""

from __future__ import annotations

import pytest

from bot.joined import request_lines
from bot.matching.lines import parse_line
from bot.matching.notation import read
from bot.matching.vocabulary import Vocabulary


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        # a forwarded mail: its marker and header fields are no items
        ("-----Original Message-----\nFrom: Stores <stores@acme.example>\nSent: Monday 9:02\n"
         "Subject: restock week 12\nTo: Mary\n10 hex bolts m8x40 zinc\n6 belts a42 gates",
         ["10 hex bolts m8x40 zinc", "6 belts a42 gates"]),
        ("---------- Mensaje reenviado ---------\nDe: Planta <planta@minera.example>\n"
         "Fecha: 3 de marzo\nAsunto: pedido 44\n- 12 tuercas m8: 12\n- rodamiento 6205 zz: 4",
         ["- 12 tuercas m8: 12", "- rodamiento 6205 zz: 4"]),
        # a sheet aligned with spaces under its header, and its total line
        ("Qty   Description                 Unit\n4     V-belt A42 Gates            EA\n"
         "20    Hex bolt M8x40 zinc         EA\nTotal items: 2",
         ["V-belt A42 Gates\t4\tEA", "Hex bolt M8x40 zinc\t20\tEA"]),
        # " - " between items, each with its count
        ("necesito 20 pernos m8x40 zincados - 20 tuercas m8 zincadas - 20 golillas m8",
         ["20 pernos m8x40 zincados", "20 tuercas m8 zincadas", "20 golillas m8"]),
        ("pernos m8x40 - 500", ["pernos m8x40 - 500"]),  # the count after a dash stays
        # a count said again, better, while dictating; a count said after its item
        ("necesito diez no mejor doce correas a42 y las golillas m8 también doce",
         ["doce correas a42", "doce golillas m8"]),
        ("twenty no make it thirty bolts m10x40", ["thirty bolts m10x40"]),
        # the words before a colon, a question around the list
        ("una consulta: ¿cuánto me salen media docena de correas a42 y un ciento de golillas m8?",
         ["media docena de correas a42", "un ciento de golillas m8?"]),
        ("para la planta vamos a necesitar 10 codos de 1/2 galvanizados y 6 tees de 1/2",
         ["10 codos de 1/2 galvanizados", "6 tees de 1/2"]),
        # a unit followed by "of" is a count of it, not a size
        ("pricing on 10 ball valves 1/2 npt and 150 m of thhn 12 awg red",
         ["10 ball valves 1/2 npt", "150 m of thhn 12 awg red"]),
        # a part naming only a colour is the item before it in that colour
        ("cable thhn 12 awg rojo, 100 metros, y 50 metros del negro",
         ["cable thhn 12 awg rojo, 100 metros", "50 metros cable thhn 12 awg negro"]),
        # two bare codes sharing one count; going-on words before a count
        ("A42 and B50, 4 of each", ["A42 x 4", "B50 x 4"]),
        ("ay perdón, también 8 golillas m10", ["8 golillas m10"]),
        ("also 4 6205 zz skf while im at it", ["4 6205 zz skf"]),
    ],
)  # fmt: skip
def test_a_message_is_cut_into_its_item_lines(message: str, lines: list[str]) -> None:
    assert request_lines(message) == lines


@pytest.mark.parametrize(
    ("line", "quantity", "given"),
    [("(3) 6205 2RS NSK", 3, True), ("(1) 10 rodamientos 6204", 10, True),
     ("(12) black tee", 12, True)],
)  # fmt: skip
def test_a_count_in_parentheses_before_a_code_is_the_count(
    line: str, quantity: int, given: bool
) -> None:
    parsed = parse_line(line)
    assert (parsed.quantity, parsed.quantity_given) == (quantity, given)


@pytest.mark.parametrize("text", ["25 kg lincoln 7018 1/8", "6011 3/32 indura", "7018 5/32"])
def test_an_aws_class_with_a_rod_size_is_an_electrode(text: str) -> None:
    reading = read(text, Vocabulary.load())
    assert "electrode" in reading.words and any(c.startswith("e") for c in reading.codes["aws"])


@pytest.mark.parametrize(("said", "written"), [("eighth inch", "1/8"), ("an eighth inch", "1/8"),
                                              ("three eighths inch", "3/8")])
def test_eighths_of_an_inch_said_in_words(said: str, written: str) -> None:
    vocabulary = Vocabulary.load()
    assert read(f"rod 6013 {said} indura", vocabulary).codes == read(
        f"rod 6013 {written} indura", vocabulary).codes


def test_a_bearing_7018_stays_a_bearing() -> None:
    assert "electrode" not in read("rodamiento 7018 c3", Vocabulary.load()).words


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        # a WhatsApp chat copied and forwarded: each stamp and sender goes, the words stay
        ("mira lo que me pasó el maestro\n[16:02, 24/11/2026] Luis Mantención: 4 correas A42\n"
         "[16:03, 24/11/2026] Luis Mantención: y 12 rodamientos 6204 2rs",
         ["4 correas A42", "12 rodamientos 6204 2rs"]),
        ("[3/2/26, 11:47 PM] Jake: 6 brass ball valves 1/2 npt\n"
         "[3/2/26, 11:48 PM] Jake: 40 hex nuts m12 zinc",
         ["6 brass ball valves 1/2 npt", "40 hex nuts m12 zinc"]),
        # the app's export: "dd/mm/yyyy hh:mm - Name: …"
        ("02/03/2026 08:15 - Rosa Compras: 20 pernos m10x30\n02/03/2026 08:16 - Rosa Compras: "
         "20 tuercas m10", ["20 pernos m10x30", "20 tuercas m10"]),
        # emoji bullets, with their variation selector and skin tone
        ("para la mantención:\n🛠️ 10 discos de corte 4 1/2\n👉🏻 2 cajas de guantes nitrilo\n"
         "◾ 8 correas B50", ["10 discos de corte 4 1/2", "2 cajas de guantes nitrilo",
                            "8 correas B50"]),
    ],
)
def test_a_forwarded_chat_and_emoji_bullets_leave_the_items(message: str, lines: list[str]) -> None:
    """Issue #14, set 10's class: the stamps, senders and emoji are neither counts nor items."""
    assert request_lines(message) == lines


@pytest.mark.parametrize(
    ("line", "count", "item"),
    [
        ("jefe nos faltan 12 golillas m16", 12, "golillas m16"),
        ("faltan 3 mangueras de 1/2", 3, "mangueras de 1/2"),
        ("+ 7 filtros de aire", 7, "filtros de aire"),
        ("boss we need 9 hex nuts m20", 9, "hex nuts m20"),
    ],
)
def test_what_is_missing_is_asked_for(line: str, count: int, item: str) -> None:
    """A storekeeper writes up to his boss: "jefe, faltan 8 …", "+ 4 …" after a line."""
    read = parse_line(line)
    assert (read.quantity, read.quantity_given, read.item) == (count, True, item)


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        # Uruguay's "precisaría", the River Plate's "bo" (set 10's class, own lines)
        ("hola bo, precisaría 6 mangueras 1/2 y 2 filtros de aire",
         ["6 mangueras 1/2", "2 filtros de aire"]),
        # Australia's "(we're) after"
        ("g'day, we're after 12 x 6204 2rs bearings and 4 x A40 belts",
         ["12 x 6204 2rs bearings", "4 x A40 belts"]),
        # Ecuador's "full urgente" between the verb and the count
        ("buenos días, necesitamos full urgente 15 pernos m10x40 y 15 tuercas m10",
         ["15 pernos m10x40", "15 tuercas m10"]),
        # a quote asked with the second person ("me cotizas", set 15's class, own lines), and
        # Spain's "pasáis presupuesto de/para"; the English "quote me … and …" reads the same
        ("oye, ¿me cotizas 12 tuercas m16 y 3 rodamientos 6308 zz?",
         ["12 tuercas m16", "3 rodamientos 6308 zz?"]),
        ("Hola, ¿nos pasáis presupuesto para 8 discos de corte 115 y 2 gratas de copa?",
         ["8 discos de corte 115", "2 gratas de copa?"]),
        ("hi, can you quote me 12 m16 nuts and 3 6308 zz bearings?",
         ["12 m16 nuts", "3 6308 zz bearings?"]),
    ],
)
def test_regional_openers_before_a_run_on(message: str, lines: list[str]) -> None:
    assert request_lines(message) == lines


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        # a size said once after a list of items is each item's
        ("6 bolts, 6 nuts and 12 flat washers 3/8", ["6 bolts 3/8", "6 nuts 3/8", "12 flat washers 3/8"]),
        ("una golilla y 3 tuercas m12", ["una golilla m12", "3 tuercas m12"]),
        ("20 codos y 10 tees de 3/4 galvanizados", ["20 codos 3/4 galvanizados", "10 tees de 3/4 galvanizados"]),
        # an item with a size of its own keeps it; a code closing the list is no size
        ("10 pernos m10 y 10 tuercas m12", ["10 pernos m10", "10 tuercas m12"]),
        ("4 nuts and 2 bearings 6204", ["4 nuts", "2 bearings 6204"]),
        # a tape's width is no size of the cable ties before it (they were 'not in our catalog')
        ("15 cable ties and a roll of duct tape 2\"", ["15 cable ties", "a roll of duct tape 2\""]),
        ("30 amarras y 2 rollos de cinta aislante 1/2", ["30 amarras", "2 rollos de cinta aislante 1/2"]),
    ],
)  # fmt: skip
def test_a_size_after_a_list_is_each_item_s(message: str, lines: list[str]) -> None:
    assert request_lines(message) == lines
