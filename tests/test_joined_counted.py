"""What one message lists (bot/joined/, bot/matching/lines.py): counts said in words
("two dozen", "un ciento", "a bag of"), lists numbered on one line or with keycap emojis,
a spreadsheet pasted with tabs, "qty N and …", and punctuation dictated aloud ("coma",
"punto"); each item a line with the count the buyer said, and one item never cut."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.joined import request_lines
from bot.matching.lines import parse_line


def counted(message: str) -> list[tuple[str, Decimal]]:
    """Each request line's item and count, as the matcher will read them."""
    return [(parse_line(line).item, parse_line(line).quantity) for line in request_lines(message)]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("two dozen 6204 2rs skf, half a dozen B52 gates belts and a hundred M12 hex nuts",
         [("6204 2rs skf", 24), ("b52 gates belts", 6), ("m12 hex nuts", 100)]),
        ("un ciento de pernos m10x30 zincados y un millar de golillas planas m10",
         [("pernos m10x30 zincados", 100), ("golillas planas m10", 1000)]),
        ("media docena de valvulas de bola 3/4, una docena de codos 90 de 1/2 y dos cajas de "
         "tornillos m6",
         [("valvulas de bola 3/4", 6), ("codos 90 de 1/2", 12), ("de tornillos m6", 2)]),
        # "a bag" a unit, as "dos cajas" is
        ("three spools of mig wire .9 mm and a bag of the 200 x 4.8 black zip ties",
         [("spools of mig wire .9 mm", 3), ("of the 200 x 4.8 black zip ties", 1)]),
        ("two hundred washers m8", [("washers m8", 200)]),
        # "a pair of …" first, then another item joined by "y"/"and" (#14, set 13)
        ("un par de botas de seguridad 41 y una docena de correas a42",
         [("botas de seguridad 41", 1), ("correas a42", 12)]),
        ("hiya, a pair of welding gloves and a dozen M10 hex nuts",
         [("welding gloves", 1), ("m10 hex nuts", 12)]),
        # one thing named with its article (a thing we may not sell), then counted items
        ("need a shop vac for the yard and 6 a42 gates belts",
         [("shop vac", 1), ("a42 gates belts", 6)]),
        ("necesito una escalera de tijera y 4 correas a42",
         [("escalera de tijera", 1), ("correas a42", 4)]),
    ],
)  # fmt: skip
def test_counts_in_words_cut_a_message_into_its_items(
    message: str, expected: list[tuple[str, int]]
) -> None:
    assert counted(message) == [(item, Decimal(n)) for item, n in expected]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("1) 10 brass ball valves 3/4 npt 2) 20 galvanized 90 elbows 3/4 3) 20 galv couplings",
         [("brass ball valves 3/4 npt", 10), ("galvanized 90 elbows 3/4", 20),
          ("galv couplings", 20)]),
        ("necesito esto:\n1️⃣ 4 correas B62 gates\n2️⃣ 10 discos flap 4 1/2 grano 80\n"
         "🔟 2 rollos de alambre mig 0.9",
         [("correas b62 gates", 4), ("discos flap 4 1/2 grano 80", 10),
          ("rollos de alambre mig 0.9", 2)]),
        ("please quote our p/n MLA-47-1080 qty 12 and our p/n MLA-46-1370 qty 8, thank you",
         [("p/n mla-47-1080", 12), ("our p/n mla-46-1370", 8)]),
    ],
)  # fmt: skip
def test_numbered_and_counted_after_lists_are_one_line_per_item(
    message: str, expected: list[tuple[str, int]]
) -> None:
    assert counted(message) == [(item, Decimal(n)) for item, n in expected]


def test_a_spreadsheet_pasted_with_tabs_is_read_by_its_header() -> None:
    message = ("hola te pego lo que necesitamos\nITEM\tDESCRIPCION\tCANT.\n"
               "1\tRODAMIENTO 6205 2RS SKF\t10\n2\tPERNO HEX DIN 933 M10X30\t200")  # fmt: skip
    assert counted(message) == [
        ("rodamiento 6205 2rs skf", Decimal(10)), ("perno hex din 933 m10x30", Decimal(200))
    ]  # fmt: skip


def test_a_dictated_message_has_its_spoken_punctuation_written() -> None:
    message = ("hola habla jorge necesito doce rodamientos 6204 zz skf coma cincuenta pernos m8 "
               "por 25 zincados coma y veinte tuercas m8 zincadas punto gracias")  # fmt: skip
    assert counted(message) == [
        ("rodamientos 6204 zz skf", Decimal(12)), ("pernos m8 por 25 zincados", Decimal(50)),
        ("tuercas m8 zincadas", Decimal(20)),
    ]  # fmt: skip
    assert request_lines("I need three spools of mig wire point 9 millimeter") == [
        "three spools of mig wire 0.9 mm"
    ]
    # English "point" before one figure is a decimal with or without its unit; "mil" after
    # it a millimetre
    assert request_lines("get me four spools of point six flux core wire") == [
        "four spools of 0.6 flux core wire"
    ]
    assert request_lines("3 spools of 1 point two mil lincoln mig wire") == [
        "3 spools of 1.2 mm lincoln mig wire"
    ]
    assert request_lines("doce rodamientos 6204 coma 10 pernos m8x25 coma 2 coma 5 metros de "
                         "cadena 40") == [
        "doce rodamientos 6204", "10 pernos m8x25", "2,5 metros de cadena 40"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "message",
    [
        "rodamiento 6204 2) sellado",  # no "1)": not a numbered list
        "valvula bola 1 y 1/2 x 3",  # a size, not "1" and "1/2"
        "tuerca y golilla m8 x 50",  # a kit
        "20 pernos m8 x 40 punto de soldadura",  # "punto" before a word is no full stop
        "cinta de embalar coma transparente",  # "coma" before no count is a word
    ],
)
def test_one_item_is_never_cut(message: str) -> None:
    assert len(request_lines(message)) == 1


def test_a_first_line_naming_an_item_is_kept_above_the_list() -> None:
    message = "rodamientos skf\n6204 x 10\n6205 x 5"
    assert request_lines(message)[0] == "rodamientos skf"
