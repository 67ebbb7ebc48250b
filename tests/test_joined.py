"""Two items joined by "y"/"and" on one line are two lines; sizes and kits stay whole."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.joined import request_lines
from bot.joined.cuts import split_joined
from bot.matching.lines import parse_line


@pytest.mark.parametrize(
    ("line", "lines"),
    [
        ("10 rodamientos 6204 y 5 6205", ["10 rodamientos 6204", "5 rodamientos 6205"]),
        ("20 bolts m8 and 20 nuts m8", ["20 bolts m8", "20 nuts m8"]),
        ("50 pernos M8x40 y 50 tuercas M8 & 50 golillas M8",
         ["50 pernos M8x40", "50 tuercas M8", "50 golillas M8"]),
        ('valvula bola 1 y 1/2" x 3', ['valvula bola 1 y 1/2" x 3']),
        ("2 cables 2 y 3 mm", ["2 cables 2 y 3 mm"]),
        ("tuerca y golilla m8", ["tuerca y golilla m8"]),
        ("6204 y 6205", ["6204 y 6205"]),
        # counts in words, as voice-to-text writes them
        ("veinte pernos m8 y diez tuercas m8", ["veinte pernos m8", "diez tuercas m8"]),
        ("cuatro correas a42 y dos b50", ["cuatro correas a42", "dos correas b50"]),
        ("ten bolts m8 and ten nuts m8", ["ten bolts m8", "ten nuts m8"]),
        ("2 cables 2 y tres metros", ["2 cables 2 y tres metros"]),
        ("10 pernos y dos", ["10 pernos y dos"]),
        # a weight written against its figure counts the item after it; closing, a size
        ("4 correas a42 gates y 15kg alambre mig 0.9", ["4 correas a42 gates", "15kg alambre mig 0.9"]),
        ("12 flap discs and 10 kg 6011 3/32 rod", ["12 flap discs", "10 kg 6011 3/32 rod"]),
        ("2 soldadoras 2 y 3 kg", ["2 soldadoras 2 y 3 kg"]),
    ],
)  # fmt: skip
def test_joined_items_are_split_and_sizes_are_not(line: str, lines: list[str]) -> None:
    assert split_joined(line) == lines


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        # several items on one line, each with its own count
        ("12 tuercas M10, 12 golillas planas M10, 4 discos flap 4 1/2",
         ["12 tuercas M10", "12 golillas planas M10", "4 discos flap 4 1/2"]),
        ("hex nut m12 x 40; flat washer m12 x 40; 8 cable ties 300 mm",
         ["hex nut m12 x 40", "flat washer m12 x 40", "8 cable ties 300 mm"]),
        ("x4 taper bearings 30205; x2 oil seals 35x52x7",
         ["x4 taper bearings 30205", "x2 oil seals 35x52x7"]),
        # a part without its own count stays with the part before it
        ("rodamiento 6306, 2RS", ["rodamiento 6306, 2RS"]),
        ("cable thhn 12 awg, 1,5 km", ["cable thhn 12 awg, 1,5 km"]),
        ("perno M12x60, zincado", ["perno M12x60, zincado"]),
        ("40 pernos M12x60, grado 8.8, 40 tuercas M12",
         ["40 pernos M12x60, grado 8.8", "40 tuercas M12"]),
        ("15 rodamientos 6306, 5 6307", ["15 rodamientos 6306", "5 rodamientos 6307"]),
        # a part that names its own kind of thing borrows nothing
        ("100 hex bolts M8x20, 6 A44 optibelt belts",
         ["100 hex bolts M8x20", "6 A44 optibelt belts"]),
        # a greeting and a verb before the list
        ("buenos dias, necesito 8 filtros aceite y 8 filtros aire",
         ["8 filtros aceite", "8 filtros aire"]),
        ("Hi, please quote 3 hydraulic hoses 1/2 and 3 couplings 1/2",
         ["3 hydraulic hoses 1/2", "3 couplings 1/2"]),
        ("Hola Mike,", ["Hola Mike,"]),
        ("los de siempre x 3", ["los de siempre x 3"]),
        ("a 3 way valve and 2 gaskets", ["a 3 way valve and 2 gaskets"]),
        # tables pasted with pipes: the header says which column is which
        ("Código | Descripción | Cant.\n"
         "BRG-10090 | rodamiento conico 30205 | 4\n"
         "| | sello aceite 35x52x7 | 2 |",
         ["BRG-10090 rodamiento conico 30205\t4", "sello aceite 35x52x7\t2"]),
        ("| Item | Qty | Description |\n|---|---|---|\n| 1 | 25 | hex nut M16 |\n"
         "| 2 | | lock washer M16 |",
         ["hex nut M16\t25", "lock washer M16"]),
        ("Qty | P/N\n500 | 0100035", ["0100035 - 500"]),
        # without a header: a row's cells, or items side by side
        ("7 | guantes nitrilo talla 9", ["7\tguantes nitrilo talla 9"]),
        ("6 filtros aceite | 6 filtros aire", ["6 filtros aceite", "6 filtros aire"]),
        # a list's title and the words introducing it are not items; bold marks dropped
        ("Materiales:\n10 pernos m8\n*tuercas m8 x 10*", ["10 pernos m8", "tuercas m8 x 10"]),
        ("te paso lo que falta 👇\n_PEDIDO OBRA 3_\n- 4 correas a42",
         ["- 4 correas a42"]),
        ("rodamientos 6204:\n10 un", ["rodamientos 6204:", "10 un"]),
        ("Hola:", ["Hola:"]),
        # another size of the item before, said as "of the …" / "de los de …"
        ("need 40 carriage bolts half inch by one inch and 30 of the half inch by three inch",
         ["40 carriage bolts half inch by one inch", "30 carriage bolts half inch by three inch"]),
        ("10 codos galvanizados de 1 pulgada y 5 de los de media pulgada",
         ["10 codos galvanizados de 1 pulgada", "5 codos galvanizados media pulgada"]),
        # the item before in another size, its material or thread said again, or in
        # another colour, after "y"/"and" (set 14's class 3, in other words)
        ("quiero 6 codos de bronce de 3/4 npt y 2 de 1 pulgada también de bronce",
         ["6 codos de bronce de 3/4 npt", "2 codos de bronce 1 pulgada también de bronce"]),
        ("8 brass gate valves 3/4 npt and 2 of the 2 inch ones, brass too",
         ["8 brass gate valves 3/4 npt", "2 brass gate valves 2 inch ones, brass too"]),
        ("necesito 80 metros de cable thhn 10 awg negro y 40 del rojo",
         ["80 metros de cable thhn 10 awg negro", "40 cable thhn 10 awg rojo"]),
    ],
)  # fmt: skip
def test_a_message_becomes_request_lines_in_the_shapes_buyers_paste(
    message: str, lines: list[str]
) -> None:
    assert request_lines(message) == lines


@pytest.mark.parametrize(
    ("line", "quantity", "item"),
    [
        ("x12 hex nuts m10", "12", "hex nuts m10"),
        ("x 3 discos corte 7", "3", "discos corte 7"),
        ("7\tguantes nitrilo talla 9", "7", "guantes nitrilo talla 9"),
        ("sello aceite 35x52x7\t2", "2", "sello aceite 35x52x7"),
    ],
)
def test_the_count_of_a_pasted_line_is_read(line: str, quantity: str, item: str) -> None:
    read = parse_line(line)
    assert (read.quantity, read.item, read.quantity_given) == (Decimal(quantity), item, True)


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        # the item named in the question, its count in the next sentence: one line
        ("hi do you sell ball valves? need 4 of the 1 inch brass npt",
         ["hi do you sell ball valves? need 4 of the 1 inch brass npt"]),
        ("tienen rodamientos? necesito 10 de 6205 2rs",
         ["tienen rodamientos? necesito 10 de 6205 2rs"]),
        # who is asking is not the item
        ("hey this is dave from northwind i need 12 breakers 2p 16a",
         ["12 breakers 2p 16a"]),
    ],
)
def test_an_item_named_before_the_asking_words_stays_with_its_count(
    message: str, lines: list[str]
) -> None:
    assert request_lines(message) == lines
