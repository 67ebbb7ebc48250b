"""What real buyers write (SPEC.md), on a catalog in another house style.

Numeric item codes with leading zeros, upper-case abbreviated Spanish descriptions,
manufacturer references in the aliases, packs; driven through `POST /api/v1/match`
as the held-out evaluation drives it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    0100035,ROD. BOLAS 6204 2RS SKF,ROD. BOLAS 6204 2RS SKF,SKF,RODAMIENTOS,UN,1,12,
    0100036,ROD. BOLAS 6204 2RS NSK,ROD. BOLAS 6204 2RS NSK,NSK,RODAMIENTOS,UN,1,10,62042RS
    0200101,TUERCA HEX M8 ZINC,TUERCA HEXAGONAL M8 ZINCADA,,PERNERIA,UN,1,0.05,
    0200102,PERNO HEX M8X40 8.8 ZINC,PERNO HEXAGONAL M8X40 G8.8 ZINCADO,,PERNERIA,UN,1,0.30,
    0200150,UNION AMERICANA 1/2 NPT BRONCE,UNION AMERICANA BRONCE 1/2 NPT,,FITTINGS,UN,1,4,
    0300007,INT. AUTOM. 2P 16A CURVA C SIEMENS,INTERRUPTOR AUTOMATICO 2P 16A CURVA C 6KA,Siemens,ELECTRICO,UN,1,18,5SL6216-7
    0300008,INT. AUTOM. 1P 16A CURVA C SIEMENS,INTERRUPTOR AUTOMATICO 1P 16A CURVA C 6KA,Siemens,ELECTRICO,UN,1,9,5SL6116-7
    0300020,CONTACTOR 3P 9A BOB. 220VAC SIEMENS,CONTACTOR TRIPOLAR 9A BOBINA 220VAC,Siemens,ELECTRICO,UN,1,30,3RT2016-1AN21
    0300021,CONTACTOR 3P 9A BOB. 24VDC SIEMENS,CONTACTOR TRIPOLAR 9A BOBINA 24VDC,Siemens,ELECTRICO,UN,1,32,3RT2016-1BB41
    0400001,DISCO CORTE 115X1.0 INOX 3M CUBITRON,DISCO DE CORTE 115X1.0X22.23 INOX 3M CUBITRON,3M,ABRASIVOS,UN,1,3,
    0400002,GUANTE NITRILO T9 (PAR),GUANTE NITRILO TALLA 9,,SEGURIDAD,PR,1,2,
    0400003,AMARRA PLASTICA 200X4.8 NEGRA,AMARRA PLASTICA 200X4.8MM NEGRA,,ELECTRICO,UN,100,0.02,
    0400004,CABLE THHN 12 AWG ROJO,CABLE THHN 12 AWG ROJO,,ELECTRICO,M,1,0.5,
    """


@pytest.fixture
def api_match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nCL1,Minera Norte,es\nUS1,Acme Corp,en\n",
        cross_references="customer_id,customer_part,sku\nCL1,MN-700-12,0200102\n",
    ).load()

    def match(*lines: str, customer: str | None = "CL1") -> list[dict[str, Any]]:
        response = api.post("/api/v1/match", json={"customer_id": customer, "lines": list(lines)})
        assert response.status_code == 200, response.json
        result: list[dict[str, Any]] = response.json
        return result

    return match


def sku_qty(answer: dict[str, Any]) -> tuple[str | None, float | int, str | None]:
    return (
        (answer["sku"] if answer["decision"] == "auto" else None),
        answer["quantity"],
        answer["uom"],
    )


@pytest.mark.parametrize(
    "line",
    [
        "0100035",
        "sku 0100035",
        "item 0100035",
        "ref. 0100035",
        "cód. 0100035",
        "art. 0100035",
        "P/N 0100035",
        "our p/n 0100035",
        "#0100035",
        "0100035 rodamiento de bolas",
        "ROD 6204 NSK cod 0100035",  # the code wins over the words (which say NSK)
        "100035",  # a spreadsheet cell dropped the leading zero
    ],
)
def test_our_numeric_code_with_words_around_it_is_exact(api_match: Any, line: str) -> None:
    (answer,) = api_match(line)
    assert (answer["decision"], answer["sku"], answer["confidence"]) == ("auto", "0100035", 1.0)
    assert answer["quantity"] == 1 and answer["quantity_assumed"] is True


def test_a_numeric_code_is_never_a_quantity(api_match: Any) -> None:
    answers = api_match("0100035 - 500", "0200101 x 1.000", "5 x 0100036", "0300020 (20 un)")
    assert [sku_qty(a)[:2] for a in answers] == [
        ("0100035", 500),
        ("0200101", 1000),  # a Chilean customer groups thousands with a dot
        ("0100036", 5),
        ("0300020", 20),
    ]
    assert all(a["quantity_assumed"] is False for a in answers)


def test_customer_part_numbers_with_a_prefix_or_a_trailing_count(api_match: Any) -> None:
    answers = api_match("PN MN-700-12 - 40", "our p/n MN-700-12", "MN-700-12 perno hex x 8")
    assert [sku_qty(a)[:2] for a in answers] == [("0200102", 40), ("0200102", 1), ("0200102", 8)]


def test_a_manufacturer_reference_inside_a_description_settles_the_line(api_match: Any) -> None:
    (answer,) = api_match("Interruptor termomagnetico Siemens 5SL6216-7 2x16A x 3")
    assert sku_qty(answer)[:2] == ("0300007", 3)


@pytest.mark.parametrize(
    ("line", "customer", "expected"),
    [
        ("tuerca hex m8 zincada - 500", "CL1", ("0200101", 500, None)),
        ("- 3 tuercas m8", "CL1", ("0200101", 3, None)),
        ("1) 20 tuercas m8", "CL1", ("0200101", 20, None)),
        ("2. tuerca m8 x 50", "CL1", ("0200101", 50, None)),
        ("1.000 tuercas m8", "CL1", ("0200101", 1000, None)),
        ("1,000 hex nuts m8", "US1", ("0200101", 1000, None)),
        ("tuerca m8 x 1,500", "CL1", ("0200101", 1500, None)),  # a unit item is never 1.5
        ("una docena de tuercas m8", "CL1", ("0200101", 12, None)),
        ("media docena tuercas m8", "CL1", ("0200101", 6, None)),
        ("2 docenas tuercas m8", "CL1", ("0200101", 24, None)),
        ("un ciento de tuercas m8", "CL1", ("0200101", 100, None)),
        ("un millar tuercas m8", "CL1", ("0200101", 1000, None)),
        ("two dozen hex nuts m8", "US1", ("0200101", 24, None)),
        ("1500000 tuercas m8", "CL1", ("0200101", 1500000, None)),  # 7 digits are real
        ("2 cajas amarras 200x4.8", "CL1", ("0400003", 200, "UN")),  # boxes of 100
        ("0,5 km cable thhn 12 awg rojo", "CL1", ("0400004", 500, "M")),
        ("1 par guantes nitrilo talla 9", "CL1", ("0400002", 1, "PAIR")),
        ("disco corte 3M cubitron 115x1.0 inox", "CL1", ("0400001", 1, None)),
        ("3M Cubitron disco corte inox 115 x 25", "CL1", ("0400001", 25, None)),
    ],
)
def test_quantities_in_every_shape(
    api_match: Any, line: str, customer: str, expected: tuple[str, int, str | None]
) -> None:
    (answer,) = api_match(line, customer=customer)
    assert sku_qty(answer) == expected, answer


@pytest.mark.parametrize(
    "line",
    [
        "precio tuerca hex m8 zinc",
        "cuánto cuesta la tuerca hexagonal m8?",
        "¿tienen stock de tuercas m8 zincadas?",
        "do you have hex nut m8 zinc?",
        "I need pricing on hex nuts M8",
        "hola, necesito precio de tuerca m8 por favor",
    ],
)
def test_a_question_around_an_item_is_the_item(api_match: Any, line: str) -> None:
    (answer,) = api_match(line)
    assert (answer["decision"], answer["sku"]) == ("auto", "0200101"), answer


@pytest.mark.parametrize(
    ("line", "sku"),
    [
        ("interruptor 2P 16A curva C", "0300007"),
        ("breaker 2 pole 16 amp C curve", "0300007"),
        ("automatico 1P C16", "0300008"),
        ("termomagnetico 1x16a", "0300008"),
        ("breaker 1p 16 amperes", "0300008"),
        ("contactor 9A bobina 220", "0300020"),
        ("contactor 9 amp 220VAC", "0300020"),
        ("contactor 9A 24V DC", "0300021"),
        ("contactor 9A 24 vdc siemens", "0300021"),
    ],
)
def test_electrical_compact_notation(api_match: Any, line: str, sku: str) -> None:
    (answer,) = api_match(line)
    assert (answer["decision"], answer["sku"]) == ("auto", sku), answer


def test_the_kind_of_item_is_kept(api_match: Any) -> None:
    """Nuts are never answered with unions; nothing of that kind → a seller completes it."""
    (nut,) = api_match("tuerca 1/2 npt")
    assert nut["decision"] == "unknown" and nut["candidates"] == []
    (washer,) = api_match("golilla plana m8")
    assert washer["decision"] == "unknown"
    assert all(c["sku"] != "0200101" for c in washer["candidates"])


def test_brand_left_open_is_offered_by_rule(api_match: Any, app: Any) -> None:
    # NSK lists "62042RS" as an alias: a designation SKF carries too, so it settles nothing.
    (answer,) = api_match("rodamiento 6204 2rs x 4")
    assert answer["decision"] == "auto"
    assert answer["brand_rule"] in {"cheapest", "ships soonest"}
    assert answer["sku"] == "0100036"  # no stock anywhere: the cheapest
    assert [a["sku"] for a in answer["alternatives"]] == ["0100035"]
    app.config["BRAND_CHOICE"] = "ask"
    (asked,) = api_match("rodamiento 6204 2rs x 4")
    assert asked["decision"] == "confirm"
    assert {c["sku"] for c in asked["candidates"]} == {"0100035", "0100036"}


def test_the_brand_rule_last_bought_then_preference(erp: ErpFolder, api: Any) -> None:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nCL1,Minera Norte,es\nCL2,Otra,es\nCL3,Nueva,es\n",
        sales_history=(
            "invoice,line,customer_id,date,sku,qty,unit_price\n"
            "F-1,1,CL1,2026-01-10,0100036,10,10\n"
            "F-2,1,CL1,2026-06-02,0100035,4,12\n"  # the newest: SKF
            "F-3,1,CL2,2026-03-01,0100036,2,10\n"
        ),
        brand_preferences="family,brand,customer_id\nRODAMIENTOS,SKF,\nRODAMIENTOS,NSK,CL2\n",
    ).load()

    def offered(customer: str) -> tuple[str, str]:
        response = api.post(
            "/api/v1/match", json={"customer_id": customer, "lines": ["rodamiento 6204 2rs"]}
        )
        answer = response.json[0]
        assert answer["decision"] == "auto"
        return answer["sku"], answer["brand_rule"]

    assert offered("CL1") == ("0100035", "last bought")
    assert offered("CL2") == ("0100036", "last bought")
    assert offered("CL3") == ("0100035", "brand preference")  # the distributor's default


def test_an_inactive_item_is_never_auto(erp: ErpFolder, api: Any) -> None:
    """The ERP says 0300021 is no longer sold: its code, its reference and its words are
    all a seller's question, never an answer."""
    erp.write(
        products=CATALOG.replace(
            "    0300021,CONTACTOR 3P 9A BOB. 24VDC SIEMENS,",
            "    0300021,CONTACTOR 3P 9A BOB. 24VDC SIEMENS,",
        )
        .replace(
            "sku,name,description,brand,family,uom,pack_qty,list_price,aliases",
            "sku,name,description,brand,family,uom,pack_qty,list_price,aliases,active",
        )
        .replace(",3RT2016-1BB41\n", ",3RT2016-1BB41,false\n"),
        customers="customer_id,name,language\nCL1,Minera Norte,es\n",
    ).load()
    response = api.post(
        "/api/v1/match",
        json={"customer_id": "CL1", "lines": ["0300021", "3RT2016-1BB41", "contactor 9A 24VDC"]},
    )
    assert [a["decision"] for a in response.json] == ["unknown", "unknown", "confirm"]
    assert all(c["sku"] != "0300021" for a in response.json for c in a["candidates"])
