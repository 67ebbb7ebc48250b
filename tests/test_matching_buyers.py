"""What real buyers write (SPEC.md), on a catalog in another house style.

Numeric item codes with leading zeros, upper-case abbreviated Spanish descriptions,
manufacturer references in the aliases, packs; driven through `POST /api/v1/match`
as the held-out evaluation drives it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty

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
    return matcher(api, "CL1")


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
        ("2 pcs 2P 16A C-curve breakers", "0300007"),  # a mail's hyphenated curve
        ("interruptor 2P 16A curva-C", "0300007"),
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


# A catalog in a Mexican/US house style: sprockets and chain by ANSI number, jaw
# couplings, pillow blocks, hydraulic hose and fittings, wheels and sandpaper, drills.
CATALOG_MX = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    CAT-40B15-MAR,"Sprocket 40B15, type B hub, for chain 40, Martin",CATARINA 40B15 MAZA SENCILLA MARTIN,Martin,PT,EA,1,16,
    CAT-40B18-MAR,"Sprocket 40B18, type B hub, for chain 40, Martin",CATARINA 40B18 MAZA SENCILLA MARTIN,Martin,PT,EA,1,18,
    CAT-60B18-MAR,"Sprocket 60B18, type B hub, for chain 60, Martin",CATARINA 60B18 MAZA SENCILLA MARTIN,Martin,PT,EA,1,26,
    CAD-100-1-REN,"Roller chain ANSI 100-1, single strand, 10 ft box, Renold",CADENA RODILLOS ANSI 100-1 CJA 10 FT RENOLD,Renold,PT,EA,1,37,100-1
    CAD-100-2-REN,"Roller chain ANSI 100-2, double strand, 10 ft box, Renold",CADENA RODILLOS ANSI 100-2 CJA 10 FT RENOLD,Renold,PT,EA,1,70,100-2
    CAD-CL-80-REN,"Connecting link for chain 80-1, Renold",CANDADO CADENA 80-1 RENOLD,Renold,PT,EA,1,1.3,
    CAD-CL-08B-REN,"Connecting link for chain 08B-1, Renold",CANDADO CADENA 08B-1 RENOLD,Renold,PT,EA,1,1.4,
    ACO-L070-5/8-LOV,"Jaw coupling hub L-070, bore 5/8"" with keyway, Lovejoy",MAZA ACOPL. L-070 BARR. 5/8 LOVEJOY,Lovejoy,PT,EA,1,17,
    ACO-L075-5/8-LOV,"Jaw coupling hub L-075, bore 5/8"" with keyway, Lovejoy",MAZA ACOPL. L-075 BARR. 5/8 LOVEJOY,Lovejoy,PT,EA,1,16,
    CHU-UCP205-NTN,"Pillow block bearing unit UCP205, bore 25 mm, NTN",CHUMACERA PISO UCP205 FLECHA 25 mm NTN,NTN,BRG,EA,1,14,
    CHU-UCP205-16-NTN,"Pillow block bearing unit UCP205-16, bore 1"", NTN","CHUMACERA PISO UCP205-16 FLECHA 1"" NTN",NTN,BRG,EA,1,15,
    CON-HID-FJ-4-EAT,"Crimp hose fitting 1/4"" (-4) female JIC swivel, Eaton",CONEX. HIDR. PRENSAR 1/4 HEMBRA JIC GIR. EATON,Eaton,VF,EA,1,5.9,1AA4FJ4
    CON-HID-FJ-16-EAT,"Crimp hose fitting 1"" (-16) female JIC swivel, Eaton",CONEX. HIDR. PRENSAR 1 HEMBRA JIC GIR. EATON,Eaton,VF,EA,1,11,1AA16FJ16
    MAN-HID-R1-6-EAT,"Hydraulic hose SAE 100R1AT 3/8"" (-6), Eaton",MANG. HIDR. 100R1 3/8 EATON,Eaton,VF,M,1,4.7,
    MAN-HID-R2-6-EAT,"Hydraulic hose SAE 100R2AT 3/8"" (-6), Eaton",MANG. HIDR. 100R2 3/8 EATON,Eaton,VF,M,1,6.1,
    DIS-COR-7-KLI,"Cut-off wheel 7"" x 1/16"" x 7/8"", Klingspor",DISCO CORTE 7 X 1/16 X 7/8 KLINGSPOR,Klingspor,ABR,EA,25,1.8,
    DIS-COR-14-KLI,"Cut-off wheel 14"" x 7/64"" x 1"", Klingspor",DISCO CORTE 14 X 7/64 X 1 KLINGSPOR,Klingspor,ABR,EA,10,4.3,
    LIJ-AGU-100-3M,"Waterproof sandpaper sheet grit 100, 3M",LIJA AGUA 9X11 GR. 100 3M (PAQUETE 50),3M,ABR,EA,50,0.5,
    LIJ-AGU-1200-3M,"Waterproof sandpaper sheet grit 1200, 3M",LIJA AGUA 9X11 GR. 1200 3M (PAQUETE 50),3M,ABR,EA,50,0.5,
    BRO-HSS-6.0-DOR,"Twist drill HSS jobber 6.0 mm, Dormer",BROCA HSS 6.0 MM DORMER,Dormer,CT,EA,1,4.2,
    BRO-HSS-12.0-DOR,"Twist drill HSS jobber 12.0 mm, Dormer",BROCA HSS 12.0 MM DORMER,Dormer,CT,EA,1,9,
    BRO-SDS-12X160-BOS,"Masonry drill SDS-plus 12 x 160 mm, Bosch",BROCA CONCRETO SDS-PLUS 12 X 160 MM BOSCH,Bosch,CT,EA,1,8.6,
    ADH-LOC-272-10,"Threadlocker Loctite 272, red, 10 ml",FIJADOR ROSCAS LOCTITE 272 ROJO 10 ML,Loctite,CHEM,EA,1,4.1,
    ADH-LOC-272-50,"Threadlocker Loctite 272, red, 50 ml",FIJADOR ROSCAS LOCTITE 272 ROJO 50 ML,Loctite,CHEM,EA,1,22.7,
    TUE-HEX-3/8-G5,"Hex nut 3/8""-16 UNC grade 5, zinc plated",TUERCA HEX. 3/8-16 G5 ZINC.,,FAS,EA,100,0.27,
    TUE-HEX-1/2-G5,"Hex nut 1/2""-13 UNC grade 5, zinc plated",TUERCA HEX. 1/2-13 G5 ZINC.,,FAS,EA,100,0.35,
    TUE-NYL-M16-Z,"Nylon insert lock nut DIN 985 M16, zinc plated",TUERCA SEG. NYLON M16 ZINC.,,FAS,EA,50,0.94,
    ARA-PLA-M16-Z,"Flat washer DIN 125 M16, zinc plated",RONDANA PLANA M16 ZINC.,,FAS,EA,50,0.94,
    ARA-PRE-M16-Z,"Split lock washer DIN 127 M16, zinc plated",RONDANA PRESION M16 ZINC.,,FAS,EA,50,0.99,
    CON-TUB-SC-6-PKR,"Union 3/8"" tube OD, 316 stainless, Parker",UNION INOX TUBO 3/8 PARKER,Parker,VF,EA,1,18,
    CON-TUB-EE-6-PKR,"Union elbow 3/8"" tube OD, 316 stainless, Parker",CODO UNION INOX TUBO 3/8 PARKER,Parker,VF,EA,1,17.8,
    """


@pytest.fixture
def api_match_mx(erp: ErpFolder, api: Any) -> Any:
    erp.write(products=CATALOG_MX, customers="customer_id,name,language\nMX1,Planta,es\n").load()
    return matcher(api, "MX1")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # ANSI chain and sprockets: 40B15 is a sprocket for chain 40 with 15 teeth
        ("Martin sprocket #40 15 teeth type B x 20", ("CAT-40B15-MAR", 20)),
        ("catarina para cadena 60 de 18 dientes", ("CAT-60B18-MAR", 1)),
        ("10 cadena 100 sencilla", ("CAD-100-1-REN", 10)),
        ("cadena ansi 100-2", ("CAD-100-2-REN", 1)),
        ("connecting link 80 - 12", ("CAD-CL-80-REN", 12)),
        ("candado cadena 08b", ("CAD-CL-08B-REN", 1)),
        # a letter prefix joined by a dash is one size: L-070 is not L-075
        ("maza para cople L-070 barreno 5/8", ("ACO-L070-5/8-LOV", 1)),
        ("lovejoy hub l075 bore 5/8", ("ACO-L075-5/8-LOV", 1)),
        # UCP205-16 (inch bore) is not UCP205
        ("chumacera UCP205 NTN (2 pzas)", ("CHU-UCP205-NTN", 2)),
        ("chumacera ucp205-16", ("CHU-UCP205-16-NTN", 1)),
        # hydraulic dash sizes are sixteenths; SAE 100R1AT is R1
        (
            "conexion hidraulica para prensar -16 hembra jic giratoria eaton - 10",
            ("CON-HID-FJ-16-EAT", 10),
        ),
        ("manguera hidraulica 3/8 100R1 - 30 m", ("MAN-HID-R1-6-EAT", 30)),
        # a wheel's bare size, a sandpaper's bare grit, a drill's mm, a bottle's ml
        ("disco de corte 14 klingspor", ("DIS-COR-14-KLI", 1)),
        ("hojas de lija 1200 x 12", ("LIJ-AGU-1200-3M", 12)),
        ("broca sds plus 12 mm", ("BRO-SDS-12X160-BOS", 1)),
        ("broca hss 6 mm", ("BRO-HSS-6.0-DOR", 1)),
        ("Fijador loctite 272 10ml qty: 100", ("ADH-LOC-272-10", 100)),
        # a nut's inch size is its thread; misspelt washers have no length
        ('I need pricing on hex nut 3/8" grade 5 - 5,000', ("TUE-HEX-3/8-G5", 5000)),
        ("tienen contratuerca nylon m16?", ("TUE-NYL-M16-Z", 1)),
        ("rnodana plana m16 x 6", ("ARA-PLA-M16-Z", 6)),
        ("do you have lock wahser m16 x 4?", ("ARA-PRE-M16-Z", 4)),
        # a straight union is the union, not the union elbow
        ("24 pzas union recta inox tubo 3/8", ("CON-TUB-SC-6-PKR", 24)),
    ],
)
def test_notation_of_other_families(api_match_mx: Any, line: str, expected: Any) -> None:
    (answer,) = api_match_mx(line)
    assert sku_qty(answer)[:2] == expected, answer


@pytest.mark.parametrize(
    "line",
    [
        "catarina 40 de 18 dientes martin",  # a bare 40 may be the chain: asked, 40B18 or 60B18
        "cadena ansi 100",  # single or double strand?
        "maza para cople L-090 barreno 5/8",  # no L-090 stocked
        "manguera hidraulica 3/8",  # R1 or R2?
        "disco de corte 9 klingspor",  # no 9" wheel
        "fijador loctite 272 250 ml",  # no 250 ml bottle
        "union inox tubo 3/8",  # the union or the union elbow?
    ],
)
def test_a_size_or_variant_left_open_or_not_stocked_is_never_auto(
    api_match_mx: Any, line: str
) -> None:
    (answer,) = api_match_mx(line)
    assert answer["decision"] != "auto", answer


def test_a_makers_own_seal_suffix_names_the_maker(api_match: Any) -> None:
    """DDU is NSK's, 2RS1 SKF's, LLU NTN's: never another brand offered by the brand rule."""
    nsk, skf, ntn = api_match("rodamiento 6204DDU x 4", "6204-2RS1 - 2", "rodamiento 6204 LLU")
    assert (nsk["decision"], nsk["sku"], nsk.get("brand_rule")) == ("auto", "0100036", None)
    assert (skf["decision"], skf["sku"], skf.get("brand_rule")) == ("auto", "0100035", None)
    assert ntn["decision"] != "auto"  # no NTN stocked: a question, never SKF or NSK
