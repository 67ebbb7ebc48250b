"""A family no vocabulary has, read from the house's own catalog on its first import (issue
#13): the head word its names share is a kind ("Extintor …", "Eslinga …", "Adaptador …"), so
a buyer naming a kind the house does not sell ("grillete") is told there is nothing of that
kind, never offered the sling of that load, and one naming the house's kind in English
("extinguisher", "adapter") is read as it; the ends the ERP's attributes name ("bspp=1/2",
"npt=3/8") take the size said right after them, so "BSPP 3/8 x NPT 1/2" is never the BSPP
1/2 x NPT 3/8 adapter. A small catalog of fire extinguishers, slings and BSPP adapters, none
of them in bot/matching/vocabulary.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import Session

from bot.matching.index import CatalogIndex
from bot.matching.matcher import MatchContext, match_line
from bot.models.catalog import Product

ITEMS = [
    ("EXT-0010", "Extintor PQS ABC 10 lb", "Seguridad", {"agent": "pqs", "lb": "10"}),
    ("EXT-0020", "Extintor PQS ABC 20 lb", "Seguridad", {"agent": "pqs", "lb": "20"}),
    ("EXT-0105", "Extintor CO2 10 lb", "Seguridad", {"agent": "co2", "lb": "10"}),
    ("ESL-0102", "Eslinga plana poliester 1 t x 2 m", "Izaje", {"load": "1", "len": "2"}),
    ("ESL-0203", "Eslinga plana poliester 2 t x 3 m", "Izaje", {"load": "2", "len": "3"}),
    ("BSP-0806", 'Adaptador macho BSPP x macho NPT 1/2" x 3/8" acero', "Hidráulica",
     {"bspp": "1/2", "npt": "3/8"}),
    ("BSP-0608", 'Adaptador macho BSPP x macho NPT 3/8" x 1/2" acero', "Hidráulica",
     {"bspp": "3/8", "npt": "1/2"}),
    ("BSP-0808", 'Adaptador macho BSPP x macho NPT 1/2" x 1/2" acero', "Hidráulica",
     {"bspp": "1/2", "npt": "1/2"}),
]  # fmt: skip


@pytest.fixture
def index(session: Session) -> CatalogIndex:
    for sku, name, family, attributes in ITEMS:
        session.add(Product(sku=sku, name=name, description=name, family=family, uom="UND",
                            list_price=Decimal("10.00"), attributes=attributes))  # fmt: skip
    session.commit()
    return CatalogIndex.build(session)


def _ask(index: CatalogIndex, line: str) -> tuple[str, str | None, str]:
    result = match_line(index, line, None, MatchContext())
    return result.decision, result.sku, result.reason


@pytest.mark.parametrize("line", [
    "manguera 1/2 x 3 m", "codo BSPP 1/2 x NPT 1/2", "niple NPT 3/8 x 2 pulg",
    "2 shackles 2 ton", "grillete 2 t x 10",  # guards: a kind named that no item shares a size with
])  # fmt: skip
def test_a_kind_the_house_does_not_sell_is_nothing_of_that_kind(
    index: CatalogIndex, line: str
) -> None:
    decision, sku, reason = _ask(index, line)
    assert (decision, sku, reason) == ("unknown", None, "nothing of that kind")


@pytest.mark.parametrize(("line", "sku"), [
    ("adapter BSPP 1/2 x NPT 1/2 male, qty 6", "BSP-0808"),
    ("3 male adapters BSPP 3/8 x NPT 1/2", "BSP-0608"),
    ("extinguisher PQS ABC 20 lb x 3", "EXT-0020"),  # guards: read so already
    ("need 2 co2 extinguishers 10 lb", "EXT-0105"),
])  # fmt: skip
def test_the_house_s_kind_said_in_english_is_that_kind(
    index: CatalogIndex, line: str, sku: str
) -> None:
    assert _ask(index, line)[:2] == ("auto", sku)


@pytest.mark.parametrize(("line", "sku"), [
    ("adaptador BSPP 3/8 x NPT 1/2 macho - 4", "BSP-0608"),
    ("adaptador macho BSPP 1/2 a NPT 3/8 pulg x 10", "BSP-0806"),
    ("adaptador BSPP #8 x NPT 3/8 acero, 2 und", "BSP-0806"),
    ("BSPP -6 male x NPT 1/2 in male adapter x 5", "BSP-0608"),
])  # fmt: skip
def test_a_size_said_after_an_end_the_house_names_is_that_end_s(
    index: CatalogIndex, line: str, sku: str
) -> None:
    assert _ask(index, line)[:2] == ("auto", sku)


def test_an_end_named_without_its_size_is_one_of_the_sizes_said(index: CatalogIndex) -> None:
    # BSPP 1/2 x NPT 1/2 is sold; BSPP 3/8 x NPT 3/8 is not, and BSPP 1/2 x NPT 3/8 is no answer
    decision, sku, _ = _ask(index, "adaptador BSPP macho 3/8 x NPT 3/8 x 5")
    assert decision != "auto" and sku is None


TOOLS = [
    ("HT-1013", "Llave combinada 13 mm cromo vanadio", {"size": "13", "system": "mm"}),
    ("HT-1019", "Llave combinada 19 mm cromo vanadio", {"size": "19", "system": "mm"}),
    ("HT-2012", 'Juego de dados encastre 1/2" milimétrico 12 piezas', {"drive": "1/2"}),
    ("HT-2038", 'Juego de dados encastre 3/8" milimétrico 12 piezas', {"drive": "3/8"}),
    ("HF-0404", 'Adaptador hembra giratoria JIC x macho NPT 1/4" x 1/4" acero', {}),
    ("HF-0604", 'Adaptador recto macho JIC x macho NPT 3/8" x 1/4" acero', {}),
]  # fmt: skip


@pytest.fixture
def tools(session: Session) -> CatalogIndex:
    for sku, name, attributes in TOOLS:
        session.add(Product(sku=sku, name=name, description=name, family="Herramienta",
                            uom="UND", list_price=Decimal("10.00"), attributes=attributes))  # fmt: skip
    session.commit()
    return CatalogIndex.build(session)


@pytest.mark.parametrize(("line", "sku"), [
    ("llave de boca y corona 19 mm x 2", "HT-1019"),  # the combination wrench, Central America
    ("juego de copas de 3/8 12 pz milimetrico", "HT-2038"),  # a socket set ("copas")
    ("3/8 in drive 12 pc metric socket set", "HT-2038"),
    # an English buyer's "female … x male …" on a Spanish name ("hembra … x macho …")
    ("female JIC swivel 1/4 x male NPT 1/4 adapter steel", "HF-0404"),
    ("JIC 3/8 to NPT 1/4 straight male adapter steel", "HF-0604"),  # "to" between the ends
])  # fmt: skip
def test_the_trade_s_words_for_wrenches_sockets_and_fittings(
    tools: CatalogIndex, line: str, sku: str
) -> None:
    assert _ask(tools, line)[:2] == ("auto", sku)


# A house whose JIC adapters in stainless are the female swivel ones only, its facts naming
# the ends (as an ERP's attributes do)
SWIVELS = [
    ("SW-1616", 'Adaptador hembra giratoria JIC 37° x macho NPT 1" x 1" acero inoxidable 316',
     {"jic": "1", "npt": "1", "material": "inox"}),
    ("SW-0808", 'Adaptador hembra giratoria JIC 37° x macho NPT 1/2" x 1/2" acero inoxidable 316',
     {"jic": "1/2", "npt": "1/2", "material": "inox"}),
    ("MM-0806", 'Adaptador recto macho JIC x macho NPT 1/2" x 3/8" acero',
     {"jic": "1/2", "npt": "3/8", "material": "acero"}),
]  # fmt: skip


@pytest.fixture
def swivels(session: Session) -> CatalogIndex:
    for sku, name, attributes in SWIVELS:
        session.add(Product(sku=sku, name=name, description=name, family="Hidráulica",
                            uom="UND", list_price=Decimal("10.00"), attributes=attributes))  # fmt: skip
    session.commit()
    return CatalogIndex.build(session)


@pytest.mark.parametrize("line", [
    # a male JIC end is never the female swivel the house sells, though the item says "macho"
    # of its NPT end: the male-male one is not stocked, so the line is a question
    'male JIC 1" x male NPT 1" adapter stainless qty 4',
    "adaptador macho JIC 1/2 x macho NPT 1/2 inoxidable - 10",
])  # fmt: skip
def test_an_end_s_gender_said_is_never_the_other(swivels: CatalogIndex, line: str) -> None:
    assert _ask(swivels, line)[0] != "auto"


def test_the_gender_said_of_each_end_still_settles_the_one_meant(swivels: CatalogIndex) -> None:
    assert _ask(swivels, 'female swivel JIC 1" x male NPT 1" adapter stainless')[:2] == (
        "auto", "SW-1616")
