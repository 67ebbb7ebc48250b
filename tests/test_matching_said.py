"""How buyers say an item in a chat (the fourth conversation set's lines, by class):
amperes and inches in words, the count of spools before the spool's weight, talk after
the item, "la marca me da igual", the ERP's "hex caps", phrases in the plural, a wire's
"#6" and a word one letter away from a unit. Driven through `POST /api/v1/match`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    K-S9,Contactor 3P 9A coil 220VAC Schneider,CONTACTOR TRIPOLAR 9A BOBINA 220VAC SCHNEIDER,Schneider,Electrical,EA,1,30,
    K-S18,Contactor 3P 18A coil 220VAC Schneider,CONTACTOR TRIPOLAR 18A BOBINA 220VAC SCHNEIDER,Schneider,Electrical,EA,1,45,
    K-S25,Contactor 3P 25A coil 220VAC Schneider,CONTACTOR TRIPOLAR 25A BOBINA 220VAC SCHNEIDER,Schneider,Electrical,EA,1,55,
    K-S18D,Contactor 3P 18A coil 24VDC Schneider,CONTACTOR TRIPOLAR 18A BOBINA 24VDC SCHNEIDER,Schneider,Electrical,EA,1,52,
    K-S25D,Contactor 3P 25A coil 24VDC Schneider,CONTACTOR TRIPOLAR 25A BOBINA 24VDC SCHNEIDER,Schneider,Electrical,EA,1,60,
    W-08,MIG welding wire ER70S-6 0.8mm 15 kg spool Lincoln,ALAMBRE MIG ER70S-6 0.8MM ROLLO 15 KG LINCOLN,Lincoln,Welding,EA,1,50,
    W-09,MIG welding wire ER70S-6 0.9mm 15 kg spool Lincoln,ALAMBRE MIG ER70S-6 0.9MM ROLLO 15 KG LINCOLN,Lincoln,Welding,EA,1,50,
    W-10,MIG welding wire ER70S-6 1.0mm 15 kg spool Lincoln,ALAMBRE MIG ER70S-6 1.0MM ROLLO 15 KG LINCOLN,Lincoln,Welding,EA,1,50,
    W-12,MIG welding wire ER70S-6 1.2mm 15 kg spool Lincoln,ALAMBRE MIG ER70S-6 1.2MM ROLLO 15 KG LINCOLN,Lincoln,Welding,EA,1,52,
    F-N60,"Flap disc 4-1/2"" 115mm grit 60 zirconia Norton",DISCO FLAP 115MM GRANO 60 ZIRCONIO NORTON,Norton,Abrasives,EA,1,5.28,
    F-N80,"Flap disc 4-1/2"" 115mm grit 80 zirconia Norton",DISCO FLAP 115MM GRANO 80 ZIRCONIO NORTON,Norton,Abrasives,EA,1,5.28,
    F-3M60,"Flap disc 4-1/2"" 115mm grit 60 zirconia 3M",DISCO FLAP 115MM GRANO 60 ZIRCONIO 3M,3M,Abrasives,EA,1,6.24,
    C-N60,"Cut-off wheel 4-1/2"" 115x1.0 inox Norton",DISCO DE CORTE 115X1.0 INOX NORTON,Norton,Abrasives,EA,1,2.4,
    S-2,"Hex cap screw 1/2""-13 UNC x 2"" Grade 5 zinc plated","PERNO HEXAGONAL 1/2""-13 UNC X 2"" G5 ZINCADO",,Fasteners,EA,1,0.06,
    S-112,"Hex cap screw 1/2""-13 UNC x 1-1/2"" Grade 5 zinc plated","PERNO HEXAGONAL 1/2""-13 UNC X 1-1/2"" G5 ZINCADO",,Fasteners,EA,1,0.05,
    P-12,"Pipe cap 1/2"" galvanized",TAPA GALVANIZADA 1/2,,Valves & Fittings,EA,1,0.8,
    V-B12,"Ball valve brass 1/2"" NPT full port",VALVULA DE BOLA BRONCE 1/2 NPT,,Valves & Fittings,EA,1,13.7,
    V-B34,"Ball valve brass 3/4"" NPT full port",VALVULA DE BOLA BRONCE 3/4 NPT,,Valves & Fittings,EA,1,17.1,
    V-B1,"Ball valve brass 1"" NPT full port",VALVULA DE BOLA BRONCE 1 NPT,,Valves & Fittings,EA,1,24.0,
    V-B112,"Ball valve brass 1-1/2"" NPT full port",VALVULA DE BOLA BRONCE 1-1/2 NPT,,Valves & Fittings,EA,1,41.0,
    V-B14,"Ball valve brass 1/4"" NPT full port",VALVULA DE BOLA BRONCE 1/4 NPT,,Valves & Fittings,EA,1,9.0,
    B-G,Classical V-belt B50 Gates,CORREA EN V B50 GATES,Gates,Belts,EA,1,11.4,
    B-O,Classical V-belt B50 Optibelt,CORREA EN V B50 OPTIBELT,Optibelt,Belts,EA,1,10.9,
    B-D,Classical V-belt B50 Dayco,CORREA EN V B50 DAYCO,Dayco,Belts,EA,1,9.5,
    E-6B,Building wire THHN 6 AWG black,CABLE THHN 6 AWG NEGRO,,Electrical,M,1,2.1,
    E-6R,Building wire THHN 6 AWG red,CABLE THHN 6 AWG ROJO,,Electrical,M,1,2.1,
    E-8B,Building wire THHN 8 AWG black,CABLE THHN 8 AWG NEGRO,,Electrical,M,1,1.6,
    E-12B,Building wire THHN 12 AWG black,CABLE THHN 12 AWG NEGRO,,Electrical,M,1,0.6,
    E-12R,Building wire THHN 12 AWG red,CABLE THHN 12 AWG ROJO,,Electrical,M,1,0.6,
    T-LN,Long nose pliers 8 in Truper,PINZA DE PUNTA 8 PULG TRUPER,Truper,Tools,EA,1,9.8,
    """


@pytest.fixture
def match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nCL1,Maestranza Sur,es\nUS1,Gulf Fab,en\n",
        brand_preferences="family,brand,customer_id\nBelts,Gates,\n",
    ).load()
    return matcher(api, "CL1")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # amperes said with their word after "de" are the contactor's amperes
        ("3 contactores de 18 amperes bobina 220 schneider", ("K-S18", 3, None)),
        ("2 contactor de 25 amp bobina 24vdc schneider", ("K-S25D", 2, None)),
        ("contactores de 18A bobina 220 schneider x 4", ("K-S18", 4, None)),
    ],
)
def test_amperes_after_de_are_read(match: Any, line: str, expected: tuple[Any, ...]) -> None:
    (answer,) = match(line)
    assert sku_qty(answer) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # talk after the item, after a comma or a question mark, is not the item
        ("30 discos flap de 4 1/2 grano 60 norton, me los pueden despachar mañana",
         ("F-N60", 30, None)),
        ("3 contactores de 18 amperes bobina 220 schneider? son pa un tablero",
         ("K-S18", 3, None)),
        ("40 schneider 18A contactors, 24vdc coil? and how soon can u", ("K-S18D", 40, None)),
        ("12 contactores 25a bobina 220v schneider, cuando me los pueden enviar",
         ("K-S25", 12, None)),
    ],
)  # fmt: skip
def test_talk_after_the_item_is_not_the_item(
    match: Any, line: str, expected: tuple[Any, ...]
) -> None:
    (answer,) = match(line)
    assert sku_qty(answer) == expected


def test_talk_with_a_word_of_the_catalog_stays_part_of_the_line(match: Any) -> None:
    """A clause that names something we sell is never dropped as talk."""
    (answer,) = match("10 discos flap 4 1/2 grano 60 norton, y los de corte me los pueden mandar")
    assert answer["decision"] != "auto"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the count of spools first; the 15 kg after is what one spool holds
        ("need 4 spools ER70S-6 1.0mm lincoln 15kg", ("W-10", 4, None)),
        ("2 carretes alambre mig er70s-6 1.2 mm lincoln 15 kg", ("W-12", 2, None)),
        # Spain's "bobinas" are spools (set 14's class 4, in other words)
        ("3 bobinas de hilo MIG 0,8 Lincoln de 15 kg", ("W-08", 3, None)),
    ],
)
def test_the_count_of_spools_is_the_count(match: Any, line: str, expected: tuple[Any, ...]) -> None:
    (answer,) = match(line, customer="US1")
    assert sku_qty(answer) == expected


@pytest.mark.parametrize(
    ("line", "sku"),
    [
        ("10 valvulas de bola de media pulgada de bronce npt", "V-B12"),
        ("6 valvulas de bola bronce de tres cuartos npt", "V-B34"),
        ("2 valvulas de bola de pulgada y media bronce npt", "V-B112"),
        ("4 valvulas de bola de una pulgada bronce npt", "V-B1"),
        ("5 brass ball valves half inch npt", "V-B12"),
        ("5 brass ball valves three quarter inch npt", "V-B34"),
        ("3 valvulas de bola de un cuarto de pulgada bronce npt", "V-B14"),
        # a bolt's thread "by" its length, and its grade, said in words
        ("twenty hex cap screws half inch by two inch grade five", "S-2"),
        ("20 pernos hexagonales de media pulgada por una pulgada y media grado cinco", "S-112"),
    ],
)
def test_inches_said_in_words(match: Any, line: str, sku: str) -> None:
    (answer,) = match(line)
    assert answer["decision"] == "auto"
    assert answer["sku"] == sku


@pytest.mark.parametrize(
    "line",
    ["250 ea 1/2-13 x 2 gr5 hex caps zinc", "250 hex cap 1/2-13 x 2 grade 5 zinc"],
)
def test_hex_caps_are_hex_cap_screws(match: Any, line: str) -> None:
    (answer,) = match(line, customer="US1")
    assert sku_qty(answer) == ("S-2", 250, "EA" if " ea " in f" {line} " else None)


@pytest.mark.parametrize(
    "line",
    [
        "una consulta, tienen correas B50? necesitaria 4, la marca me da igual",
        "tienen correas B50? necesitaria 4, la marca me da",  # a chat cut before "igual"
        "4 correas B50 de cualquier marca",
        "4 correas b50, me da igual la marca",
    ],
)
def test_any_brand_lets_the_brand_rule_choose(match: Any, api: Any, line: str) -> None:
    """The buyer left the brand to us: the rule's brand (the preference, Gates) even where
    BRAND_CHOICE=ask would otherwise ask."""
    api.application.config["BRAND_CHOICE"] = "ask"
    (answer,) = match(line)
    assert sku_qty(answer) == ("B-G", 4, None)
    assert answer["brand_rule"] == "brand preference"
    (plain,) = match("4 correas B50")
    assert plain["decision"] == "confirm"


def test_any_brand_in_english(match: Any) -> None:
    (answer,) = match("4 B50 belts, whatever brand", customer="US1")
    assert sku_qty(answer) == ("B-G", 4, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "#6" names the wire's gauge, never a list's bullet
        ("#6 thhn negro 100 m", ("E-6B", 100, "M")),
        ("#12 thhn rojo - 50 m", ("E-12R", 50, "M")),
    ],
)
def test_a_wire_number_is_its_gauge(match: Any, line: str, expected: tuple[Any, ...]) -> None:
    (answer,) = match(line)
    assert sku_qty(answer) == expected


def test_a_color_label_and_a_quote_request_in_a_run_on(match: Any) -> None:
    (answer,) = match(
        "le escribe Ana de Constructora Sur este queria pedirle una cotizacion de 50 metros de "
        "cable thhn numero 12 color negro"
    )
    assert sku_qty(answer) == ("E-12B", 50, "M")


def test_a_word_one_letter_from_a_unit_is_still_the_item(match: Any) -> None:
    """"5 pinzas de punta": pliers, never "5 piezas de punta"."""
    (answer,) = match("5 pinzas de punta truper")
    assert sku_qty(answer) == ("T-LN", 5, None)


def test_a_phrase_in_the_plural_means_the_phrase(match: Any) -> None:
    """"discos flap" is "disco flap", "flap discs" is "flap disc": flap discs, not a cut-off
    wheel nor a question."""
    assert sku_qty(match("20 discos flap 4 1/2 grano 80 norton")[0]) == ("F-N80", 20, None)
    assert sku_qty(match("20 norton flap discs 4-1/2 grit 80")[0]) == ("F-N80", 20, None)


@pytest.mark.parametrize(
    "line",
    [
        "30 discos flap 4 1/2 grano 60 norton? saludos",
        "30 discos flap 4 1/2 grano 60 norton, slds",
        "30 discos flap 4 1/2 grano 60 norton - muchas gracias!",
        "30 norton flap discs 4-1/2 grit 60 - thx",
        "30 norton flap discs 4-1/2 grit 60. Best regards",
    ],
)
def test_a_closing_after_the_item_is_not_the_item(match: Any, line: str) -> None:
    (answer,) = match(line)
    assert sku_qty(answer) == ("F-N60", 30, None)
