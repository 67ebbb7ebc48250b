"""The matcher: each notation rule pinned by a line a buyer would write."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from flask import Flask
from sqlmodel import Session

from bot.matching.index import CatalogIndex
from bot.matching.lines import parse_line
from bot.matching.matcher import MatchContext, match_line
from bot.matching.notation import read
from bot.matching.vocabulary import Vocabulary
from tests.conftest import ErpFolder

CATALOG = """
    sku,name,description,brand,family,uom,list_price,aliases
    B-SKF,Deep groove ball bearing 6204-2RSH SKF,RODAMIENTO RIGIDO BOLAS 6204-2RSH SKF,SKF,Bearings,EA,12,6204 2RS
    B-NSK,Deep groove ball bearing 6204-DDU NSK,RODAMIENTO RIGIDO BOLAS 6204-DDU NSK,NSK,Bearings,EA,11,6204 2RS
    B-NSKZZ,Deep groove ball bearing 6204-ZZ NSK,RODAMIENTO RIGIDO BOLAS 6204-ZZ NSK,NSK,Bearings,EA,10,6204 ZZ
    B-6205,Deep groove ball bearing 6205-2RSH SKF,RODAMIENTO RIGIDO BOLAS 6205-2RSH SKF,SKF,Bearings,EA,14,6205 2RS
    F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,PERNO HEXAGONAL DIN 933 M8X40 G8.8 ZINCADO,,Fasteners,EA,0.30,M8x40 8.8 ZP
    F-845,Hex bolt DIN 933 M8x45 8.8 zinc plated,PERNO HEXAGONAL DIN 933 M8X45 G8.8 ZINCADO,,Fasteners,EA,0.32,M8x45 8.8 ZP
    F-840B,Hex bolt DIN 933 M8x40 10.9 black oxide,PERNO HEXAGONAL DIN 933 M8X40 G10.9 PAVONADO,,Fasteners,EA,0.45,
    F-840A2,Hex bolt DIN 933 M8x40 A2-70 stainless steel A2,PERNO HEXAGONAL DIN 933 M8X40 INOX A2-70,,Fasteners,EA,0.90,
    F-840A4,Hex bolt DIN 933 M8x40 A4-80 stainless steel A4,PERNO HEXAGONAL DIN 933 M8X40 INOX A4-80,,Fasteners,EA,1.20,
    V-12,Ball valve brass 1/2" NPT full port,VALVULA DE BOLA BRONCE 1/2" NPT PASO TOTAL,,Valves,EA,13.70,
    V-112,Ball valve brass 1-1/2" NPT full port,VALVULA DE BOLA BRONCE 1-1/2" NPT PASO TOTAL,,Valves,EA,48.10,
    V-112B,Ball valve brass 1-1/2" BSP full port,VALVULA DE BOLA BRONCE 1-1/2" BSP PASO TOTAL,,Valves,EA,48.10,
    A-115,Cut-off wheel 4-1/2" 115x1.0x22.23 inox Norton,DISCO DE CORTE 115X1.0X22.23 INOX NORTON,Norton,Abrasives,EA,2.40,
    A-115M,Cut-off wheel 4-1/2" 115x1.0x22.23 metal Norton,DISCO DE CORTE 115X1.0X22.23 METAL NORTON,Norton,Abrasives,EA,2.10,
    U-14,Hex cap screw 1/4"-20 UNC x 1" Grade 5 zinc plated,PERNO HEXAGONAL 1/4"-20 UNC X 1" G5 ZINCADO,,Fasteners,EA,0.20,
    E-6011,Welding electrode E6011 1/8" (3.2mm) Indura,ELECTRODO E6011 1/8" (3.2MM) INDURA,Indura,Welding,KG,4.5,
    """


@pytest.fixture
def index(erp: ErpFolder, session: Session) -> CatalogIndex:
    erp.write(
        products=CATALOG,
        customers="customer_id,name\nC1,Minera\nC2,Other\n",
        cross_references="customer_id,customer_part,sku\nC1,MLA-44-1020,B-NSK\n",
    ).load()
    return CatalogIndex.build(session)


def decide(index: CatalogIndex, text: str, customer: str | None = None) -> tuple[str, str | None]:
    result = match_line(index, text, customer)
    return result.decision, result.sku


# --- quantity and unit, never taken from a size ----------------------------------------
@pytest.mark.parametrize(
    ("text", "quantity", "uom"),
    [
        ("20 rodamientos 6204 2RS", "20", None),
        ("hex bolt m8x40 zinc x 500", "500", None),
        ("hex bolt m8x40 zp qty 500", "500", None),
        ('valvula bola bronce 1 1/2" npt (10 un)', "10", "EA"),
        ("cant. 20 correa a42", "20", None),
        ("20ea perno m8x40", "20", "EA"),
        ("20 pcs 6204zz", "20", "EA"),
        ("2 cajas tapones auditivos", "2", "BOX"),
        ("cable thhn 12 awg 100 metros", "100", "M"),
        ("veinte pernos m8x40", "20", None),
        ("twenty bolts m10x50", "20", None),
        ("MLA-44-1020 x 5", "5", None),
        ("6204 bearing", "1", None),  # a designation, not 6204 pieces
        ("1 1/2 ball valve", "1", None),  # a size, not one piece
        ("disco corte 115x1.0 inox", "1", None),  # 115x1.0 is a size
        ("20 pcs TORNILLO ALLEN M10 X 50", "20", "EA"),  # x 50 is the length
        ("perno 1/4-20 x 1", "1", None),  # x 1 is the length in inches
        ("200 45 elbow brass 1 pulg npt", "200", None),  # 45 is the angle
        ("necesito 20 rodamientos 6204 2rs", "20", None),  # a polite opener first
    ],
)
def test_quantity_and_unit_wherever_they_stand(text: str, quantity: str, uom: str | None) -> None:
    line = parse_line(text)
    assert (line.quantity, line.uom) == (Decimal(quantity), uom)


# --- the buyer's old price (or another supplier's) after the item: no part of it ---------
@pytest.mark.parametrize(
    ("text", "sku", "quantity"),
    [("12 rodamientos 6204 zz nsk a 8,90", "B-NSKZZ", "12"),
     ("- 3 valvulas bola bronce 1 1/2 bsp $52 c/u", "V-112B", "3"),
     ("40 hex bolts m8x45 8.8 zp @ $0.29 ea", "F-845", "40"),
     ("30 pernos m8x40 8.8 zincado usd 0,25 c/u", "F-840", "30"),
     ("• 5 kg electrodo 6011 1/8 indura $3.900 el kilo", "E-6011", "5"),
     ("8 discos de corte 4 1/2 inox norton 1mm a 1,95 + iva", "A-115", "8"),
     # Chile's counter cuts rodamiento to "rod" before the designation
     ("2 rod 6204 zz nsk", "B-NSKZZ", "2")],
)  # fmt: skip
def test_a_price_written_after_the_item_is_no_part_of_it(
    index: CatalogIndex, text: str, sku: str, quantity: str
) -> None:
    result = match_line(index, text, "C1")
    assert (result.decision, result.sku, result.line.quantity) == ("auto", sku, Decimal(quantity))


# --- notation read the same on both sides ---------------------------------------------
VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    "spellings",
    [
        ["M8x40", "M8 x 40", "M8X40mm", "m8*40", "M8-40", "m8 por 40", "m8 by 40"],
        ['1/2"', "1/2 in", "1/2in", "1/2 pulg"],
        ['1-1/2"', '1 1/2"', "1-1/2 pulgadas"],
        ["6204-2RS", "6204 2RS1", "6204-2RSH", "6204DDU", "6204-LLU", "6204-2RSR", "6204 sellado"],
        ["6204ZZ", "6204-2Z", "6204-2ZR", "6204 blindado"],
        ["8.8 zinc", "8.8 zp", "8.8 zincado", "8.8 galvanizado"],
        ["10.9 black", "10.9 pavonado", "10.9 negro"],
        ["A2", "A2-70"],
        ["DIN 933", "din933", "ISO 4017"],
    ],
)
def test_notations_a_buyer_writes_read_alike(spellings: list[str]) -> None:
    readings = [read(s, VOCABULARY).codes for s in spellings]
    assert all(r == readings[0] for r in readings), list(zip(spellings, readings, strict=True))


def test_vocabulary_maps_spanish_trade_words_to_one_word() -> None:
    for spanish, english in [
        ("rulemanes", "bearing"),
        ("golilla", "washer"),
        ("arandela", "washer"),
        ("llave de bola", "valve ball"),
        ("codo", "elbow"),
        ("disco de corte", "cutoff"),
        ("correa", "belt"),
        ("electrodo", "electrode"),
        ("tuerca", "nut"),
        ("perno", "bolt"),
    ]:
        assert set(english.split()) <= read(spanish, VOCABULARY).words, spanish


# --- decisions ----------------------------------------------------------------------------
def test_codes_must_agree_exactly(index: CatalogIndex) -> None:
    assert decide(index, "perno hex m8x40 8.8 zincado") == ("auto", "F-840")
    assert decide(index, "perno hex m8x45 zp") == ("auto", "F-845")
    assert decide(index, "hex bolt m8x40 10.9 pavonado") == ("auto", "F-840B")
    assert decide(index, "perno m8x40 inox") == ("auto", "F-840A2")  # inox fasteners are A2
    assert decide(index, "perno m8x40 a4") == ("auto", "F-840A4")
    assert decide(index, "rodamiento 6205 2rs") == ("auto", "B-6205")
    assert decide(index, 'valvula bola 1/2" npt') == ("auto", "V-12")
    assert decide(index, 'valvula bola bronce 1 1/2" npt (10 un)') == ("auto", "V-112")
    assert decide(index, "disco corte 115x1 inox") == ("auto", "A-115")
    assert decide(index, "1/4-20 x 1 gr5") == ("auto", "U-14")
    assert decide(index, "electrodo 6011 1/8 x 20 kg") == ("auto", "E-6011")


def test_a_size_we_do_not_stock_is_never_swapped_for_a_neighbour(index: CatalogIndex) -> None:
    assert decide(index, "perno m8x50 zincado")[0] != "auto"
    assert decide(index, "rodamiento 6206 2rs")[0] != "auto"
    assert decide(index, 'valvula bola 3/4" npt')[0] != "auto"


def test_what_the_buyer_left_open_is_asked(index: CatalogIndex) -> None:
    ask = MatchContext(brand_choice="ask")
    result = match_line(index, "20 rulemanes 6204 2rs", context=ask)  # SKF or NSK?
    assert result.decision == "confirm"
    assert {c.sku for c in result.candidates[:2]} == {"B-SKF", "B-NSK"}
    assert result.confidence <= 0.5
    assert decide(index, "rodamiento 6204 2rs nsk") == ("auto", "B-NSK")
    assert match_line(index, "rodamiento 6204 2rs nsk", context=ask).decision == "auto"
    # the brand said with a preposition, as a voice message does
    assert match_line(index, "20 of the 6204 2rs bearings from nsk", context=ask).sku == "B-NSK"
    assert decide(index, "6204zz") == ("auto", "B-NSKZZ")  # only one shielded 6204


def test_a_brand_we_do_not_carry_is_offered_as_a_choice_not_swapped(index: CatalogIndex) -> None:
    result = match_line(index, "rodamiento 6204 2rs timken")
    assert result.decision == "confirm"
    assert "B-SKF" in {c.sku for c in result.candidates}


def test_exact_paths_sku_customer_part_and_alias(index: CatalogIndex) -> None:
    assert decide(index, "b-skf x 4") == ("auto", "B-SKF")
    assert decide(index, "MLA-44-1020 x 5", "C1") == ("auto", "B-NSK")
    assert decide(index, "MLA-44-1020 x 5", "C2")[0] != "auto"  # someone else's part number
    assert decide(index, "M8x45 8.8 ZP") == ("auto", "F-845")
    # A spreadsheet row led by the part number, then the buyer's description.
    assert decide(index, "MLA-44-1020 Rodamiento 6204 2RS x 20 un", "C1") == ("auto", "B-NSK")


def test_typos_are_forgiven_but_not_guessed_into_codes(index: CatalogIndex) -> None:
    assert decide(index, "rodamineto 6205 2rs") == ("auto", "B-6205")
    assert decide(index, "pintura epoxica roja")[0] == "unknown"


def test_cli_prints_one_json_object_per_line(
    app: Flask, index: CatalogIndex, tmp_path: Any
) -> None:
    import json

    lines = tmp_path / "lines.txt"
    lines.write_text(
        "MLA-44-1020 x 5\nrodamiento 6204\n\npintura roja\nrodamiento 6204 2rs\n", encoding="utf-8"
    )
    result = app.test_cli_runner().invoke(
        args=["match", "--json", "--customer", "C1", "--file", str(lines)]
    )
    assert result.exit_code == 0, result.output
    objects = [json.loads(x) for x in result.output.splitlines()]
    assert [o["decision"] for o in objects] == ["auto", "confirm", "unknown", "auto"]
    assert objects[0] == {
        "input": "MLA-44-1020 x 5",
        "quantity": 5,
        "quantity_assumed": False,
        "uom": None,
        "sku": "B-NSK",
        "name": "Deep groove ball bearing 6204-DDU NSK",
        "confidence": 1.0,
        "decision": "auto",
        "candidates": [
            {"sku": "B-NSK", "name": "Deep groove ball bearing 6204-DDU NSK", "score": 1.0}
        ],
    }
    assert objects[1]["quantity_assumed"] is True  # "1 — how many?"
    # SKF or NSK left open: one is offered by rule, the other named.
    assert objects[3]["brand_rule"] in {"ships soonest", "cheapest"}
    assert {objects[3]["sku"], *(a["sku"] for a in objects[3]["alternatives"])} == {
        "B-SKF",
        "B-NSK",
    }
    assert set(objects[1]) == {
        "input",
        "quantity",
        "quantity_assumed",
        "reason",
        "uom",
        "sku",
        "name",
        "confidence",
        "decision",
        "candidates",
    }


def test_api_match_answers_the_same_objects(api: Any, index: CatalogIndex) -> None:
    response = api.post(
        "/api/v1/match", json={"customer_id": "C1", "lines": ["MLA-44-1020 x 5", "perno m8x40 zp"]}
    )
    assert response.status_code == 200
    assert [(o["sku"], o["quantity"]) for o in response.json] == [("B-NSK", 5), ("F-840", 1)]
    assert api.post("/api/v1/match", json={"lines": "not a list"}).status_code == 400
    assert api.post("/api/v1/match", json={"customer_id": "NOPE", "lines": []}).status_code == 404


def test_the_index_follows_imports(api: Any, index: CatalogIndex, erp: ErpFolder) -> None:
    assert api.post("/api/v1/match", json={"lines": ["Z-NEW"]}).json[0]["decision"] != "auto"
    erp.write(products=CATALOG + "    Z-NEW,Grease gun,PISTOLA ENGRASE,,Tools,EA,20,\n").load()
    assert api.post("/api/v1/match", json={"lines": ["Z-NEW"]}).json[0]["sku"] == "Z-NEW"
