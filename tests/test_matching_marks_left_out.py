"""A size said in the other system or with its mark left out (issue #13).

A metric house prints a disc's diameter in mm where the buyer says inches (and the other
way round); a zirconia disc's grit is printed "Z60"; a thermal overload relay is asked by
its range without the A ("rango 9-13"); a metric bolt by its size without the M ("pernos
16x60 8.8"). Each is the item a seller would pick, and never another size. Our own
examples, through `POST /api/v1/match`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    DL-125-60-TYR,DISCO LAMINADO 125 MM GRANO 60 TYROLIT,"Disco laminado de zirconio 125 mm, grano 60",Abrasivos,Tyrolit,UN,10,3.10,,tipo=disco_flap|diametro=125|grano=60,true
    DL-125-80-TYR,DISCO LAMINADO 125 MM GRANO 80 TYROLIT,"Disco laminado de zirconio 125 mm, grano 80",Abrasivos,Tyrolit,UN,10,3.10,,tipo=disco_flap|diametro=125|grano=80,true
    DL-230-60-TYR,DISCO LAMINADO 230 MM GRANO 60 TYROLIT,"Disco laminado de zirconio 230 mm, grano 60",Abrasivos,Tyrolit,UN,5,6.40,,tipo=disco_flap|diametro=230|grano=60,true
    DC-230-30-TYR,"DISCO CORTE 230 X 3,0 MM TYROLIT","Disco de corte para metal 230 x 3,0 x 22,2 mm",Abrasivos,Tyrolit,UN,25,2.20,,tipo=disco_corte|diametro=230,true
    DC-125-16-TYR,"DISCO CORTE 125 X 1,6 MM TYROLIT","Disco de corte para metal 125 x 1,6 x 22,2 mm",Abrasivos,Tyrolit,UN,25,1.10,,tipo=disco_corte|diametro=125,true
    FD-7-36-WAL,"Flap disc 7"" zirconia grit 36 Walter","Flap disc 7 in x 7/8 in, zirconia, grit 36",Abrasives,Walter,EA,10,9.80,,type=flap_disc|dia=7|grit=36,true
    FD-45-36-WAL,"Flap disc 4-1/2"" zirconia grit 36 Walter","Flap disc 4-1/2 in x 7/8 in, zirconia, grit 36",Abrasives,Walter,EA,10,5.80,,type=flap_disc|dia=4-1/2|grit=36,true
    RT-0913-SIE,RELE TERMICO 9-13A SIEMENS,"Relé de sobrecarga térmico 9-13 A, clase 10",Eléctricos,Siemens,UN,1,41.00,3RU2126-1KB0,tipo=rele_termico|rango=9-13,true
    RT-1116-SIE,RELE TERMICO 11-16A SIEMENS,"Relé de sobrecarga térmico 11-16 A, clase 10",Eléctricos,Siemens,UN,1,42.00,3RU2126-4AB0,tipo=rele_termico|rango=11-16,true
    RT-1620-SIE,"RELE TERMICO 16-20A SIEMENS","Relé de sobrecarga térmico 16-20 A, clase 10",Eléctricos,Siemens,UN,1,44.00,3RU2126-4BB0,tipo=rele_termico|rango=16-20,true
    PH-M16X60-88,PERNO HEX M16X60 8.8 ZINCADO DIN 931,"Perno hexagonal M16 x 60, clase 8.8, zincado",Pernería,Fabory,UN,25,0.90,,tipo=perno_hex|rosca=M16|largo=60,true
    PH-M16X70-88,PERNO HEX M16X70 8.8 ZINCADO DIN 931,"Perno hexagonal M16 x 70, clase 8.8, zincado",Pernería,Fabory,UN,25,1.00,,tipo=perno_hex|rosca=M16|largo=70,true
    PH-M12X60-88,PERNO HEX M12X60 8.8 ZINCADO DIN 931,"Perno hexagonal M12 x 60, clase 8.8, zincado",Pernería,Fabory,UN,50,0.50,,tipo=perno_hex|rosca=M12|largo=60,true
    PH-12X4-G5,"Perno hex 1/2 x 4 grado 5 UNC","Hex bolt 1/2""-13 x 4 in, grade 5",Pernería,Fabory,UN,50,0.70,,tipo=perno_hex|rosca=1/2-13|largo=4,true
    """


@pytest.fixture
def match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nAR1,Metalúrgica del Sur,es\nUS1,Gulf Fab,en\n",
    ).load()
    return matcher(api, "AR1")


def _class(why: str, rows: list[tuple[str, tuple[Any, ...]]]) -> list[Any]:
    return [pytest.param(line, expected, id=f"{why}-{n}") for n, (line, expected) in
            enumerate(rows, 1)]  # fmt: skip


LINES = [
    *_class("a_disc_s_diameter_is_one_size_in_inches_and_mm", [
        # the metric house's 125 mm disc is the 5" one, its 230 mm the 9" one
        ('20 discos laminados 5" grano 80', ("DL-125-80-TYR", 20)),
        ("disco flap 9 pulgadas grano 60 x 5", ("DL-230-60-TYR", 5)),
        ('disco de corte 9" x 3 mm - 25', ("DC-230-30-TYR", 25)),
        ('disco corte 5" (50 un)', ("DC-125-16-TYR", 50)),
        # and the inch house's 7" disc is the 180 mm one
        ("flap disc 180mm grit 36 x 10", ("FD-7-36-WAL", 10)),
        # never another diameter: 7" is no 125 mm disc, nor 4-1/2" a 5" one
        ('disco laminado 7" grano 80 - 4', (None, 4)),
        ("disco de corte 4 1/2 x 1,6 - 10", (None, 10)),
    ]),
    *_class("a_zirconia_disc_s_grit_as_its_makers_print_it", [
        ("disco laminado 125 Z80 tyrolit x 30", ("DL-125-80-TYR", 30)),
        ('flap 5" ZA60 - 10', ("DL-125-60-TYR", 10)),
        # the grit said, a bare number beside a flap disc is its diameter
        ("flap disc 180 36g x 20", ("FD-7-36-WAL", 20)),
    ]),
    *_class("an_overload_relay_is_asked_by_its_range_without_the_a", [
        ("relé térmico rango 11-16 x 2", ("RT-1116-SIE", 2)),
        ("3 térmicos siemens regulación 16 a 20", ("RT-1620-SIE", 3)),
        ("overload relay range 9-13 amps - 1", ("RT-0913-SIE", 1)),
        # a range no relay covers is a question, never the nearest one
        ("rele termico rango 10-14 x 2", (None, 2)),
    ]),
    *_class("a_metric_bolt_s_size_without_its_m", [
        ("pernos 16x70 grado 8.8 - 100 un", ("PH-M16X70-88", 100)),
        ("perno hexagonal 12x60 zincado (40)", ("PH-M12X60-88", 40)),
        ("hex bolt 16 x 60 mm din 931 x 25", ("PH-M16X60-88", 25)),
        # an inch bolt keeps its fraction; a 16x80 the house lacks is asked
        ("perno 1/2 x 4 grado 5 - 10", ("PH-12X4-G5", 10)),
        ("pernos 16x80 8.8 - 10", (None, 10)),
    ]),
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_the_size_is_read_as_the_seller_reads_it(
    match: Any, line: str, expected: tuple[Any, ...]
) -> None:
    """SKU (None: a question) and quantity."""
    (answer,) = match(line)
    assert sku_qty(answer)[:2] == expected, answer


def test_a_slip_in_a_short_opener_still_asks_for_the_item(match: Any) -> None:
    """"tení stck de 3 …", "prce on 20 …": the slip is the opener, the count is read."""
    answers = match("tení stck de 3 cajas de 10 de disco laminado 125 grano 60",
                    "prce on 20 flap disc 7 in grit 36", customer="US1")  # fmt: skip
    assert [sku_qty(a)[:2] for a in answers] == [("DL-125-60-TYR", 30), ("FD-7-36-WAL", 20)]
