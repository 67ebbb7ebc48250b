"""The trade's words of every region, known before a house teaches them (issue #13).

A buyer in Buenos Aires asks for a "válvula esclusa", one in Madrid for a "PIA" or a "disco de
tronzar", one in Leeds for a "slitting disc", one in Delhi for a "G.I. tee", and a house's ERP
prints "TCA. SEG." or "DISC. ABRAS. CORTE": each is an item the demo catalog names otherwise,
and each settles on it at first sight. Words a house's catalog may not carry are read as the
catalog's own word; words that name two things in two trades are left unread.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.matching.index import CatalogIndex
from bot.matching.matcher import MatchContext, match_line
from bot.matching.notation import read
from bot.matching.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def index(demo_matcher_index: CatalogIndex) -> CatalogIndex:
    """The demo catalog's index, once for the module (the lines never touch the database)."""
    return demo_matcher_index


@pytest.mark.parametrize(
    ("line", "sku", "quantity"),
    [
        # Spain
        ("4 PIAs 2P 20A curva C schneider", "ELE-10059", 4),
        ("disco de tronzar 115x1.0 inox norton", "ABR-10001", 1),
        ("entrerrosca bronce 1/2 npt x 12", "VAL-10008", 12),
        ("arandela grover m8 zincada", "FAS-10019", 1),
        # Argentina and Uruguay
        ("2 válvulas esclusa bronce 1/2 npt", "VAL-10002", 2),
        ("union doble bronce 1/2 npt", "VAL-10007", 1),
        ("disco para amoladora 115x1 inox norton", "ABR-10001", 1),
        # Mexico, Central America
        ("rondanas partidas m8 zincadas - 200", "FAS-10019", 200),
        ("10 discos para esmeriladora 115x1.0 inox norton", "ABR-10001", 10),
        # United Kingdom, India, the United States
        ("slitting disc 115 x 1.0 inox norton", "ABR-10001", 1),
        ("hexagon nut M8 zinc", "FAS-10004", 1),
        ("equal tee brass 1/2 npt", "VAL-10005", 1),
        ("6 g.i. tee 1/2", "VAL-10200", 6),
        ("100 lockwashers m8 zinc plated", "FAS-10019", 100),
        ("fhcs m8x20 zinc", "FAS-10048", 1),
        # an ERP's cut names
        ("100 tca. hex m8 zincada din 934", "FAS-10004", 100),
        ("tca. seg. m8 zinc", "FAS-10014", 1),
        ("disc. abras. corte 115x1.0x22.23 inox norton", "ABR-10001", 1),
    ],
)
def test_a_regions_word_settles_the_item(
    index: CatalogIndex, line: str, sku: str, quantity: int
) -> None:
    result = match_line(index, line, "C001", MatchContext(customer_id="C001"))
    assert (result.decision, result.sku, result.line.quantity) == ("auto", sku, Decimal(quantity))


@pytest.mark.parametrize(
    "line",
    [
        "disco para amoladora 115 norton",  # cut-off, grinding or flap: which?
        "llave de pase bronce 1/2",  # a valve, of which kind?
        "abrasive disc 4-1/2 norton",
    ],
)
def test_a_regions_word_that_names_a_family_asks_which(index: CatalogIndex, line: str) -> None:
    result = match_line(index, line, "C001", MatchContext(customer_id="C001"))
    assert result.decision != "auto", result


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.load()


def _same(vocabulary: Vocabulary, said: str, written: str) -> None:
    asked, named = read(said, vocabulary), read(written, vocabulary)
    assert (asked.words, asked.codes) == (named.words, named.codes), (said, written)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("chazo de expansión 3/8", "anclaje de expansión 3/8"),  # Colombia
        ("tarugos 8 mm", "taquetes 8 mm"),  # Chile, Peru, Argentina
        ("ancla 1/2", "anchor 1/2"),  # Mexico
        ("rawlplug 8 mm", "wall plug 8 mm"),  # the UK, India
        ("birlo 5/8", "varilla roscada 5/8"),  # Mexico
        ("studding M12", "threaded rod M12"),  # the UK
        ("pichancha 2 pulg", "válvula de pie 2 pulg"),  # Mexico
        ("NRV 1 inch", "check valve 1 inch"),  # India
        ("cédula 40", "sch 40"),
        ("guardamotor 4-6.3 A", "MPCB 4-6.3 A"),
        ("relé térmico 7-10 A", "overload relay 7-10 A"),
        ("interruptor en caja moldeada 3P 100A", "MCCB 3P 100A"),
        ("huincha aisladora 3M", "cinta aislante 3M"),  # Chile
        ("cable 2.5 sq mm", "cable 2.5 mm2"),  # India
        ("rulimanes 6205", "rodamientos 6205"),  # Ecuador, Bolivia
        ("estopera 35x52x7", "retén 35x52x7"),  # Mexico, Spain
        ("junta tórica 20 x 2", "O-ring 20 x 2"),  # Spain
        ("tuerca ciega M8", "acorn nut M8"),
        ("tuerca palomilla 1/4", "wing nut 1/4"),  # Mexico
        ("remache pop 3/16 x 1/2", "blind rivet 3/16 x 1/2"),
        ("abarcón 1/2 para caño de 2", "U-bolt 1/2 para caño de 2"),  # Argentina
        ("armella 3/8", "eye bolt 3/8"),  # Mexico
        ("válvula de seguridad 1/2", "relief valve 1/2"),  # a valve, never a lock
        ("válvula de aguja 1/4 NPT", "needle valve 1/4 NPT"),  # no needle point
        ("válvula mariposa 4", "butterfly valve 4"),
        ("portamanguera 1/2", "hose barb 1/2"),  # Spain
        ("cinta teflón 1/2", "PTFE tape 1/2"),
        ("charola portacables 300 mm", "cable tray 300 mm"),  # Mexico
        ("prensaestopa PG9", "cable gland PG9"),
        ("variador de frecuencia 2 HP", "VFD 2 HP"),
        ("caja de registro 4x4", "junction box 4x4"),  # no valve
        ("interruptor de seguridad 3P 30A", "disconnect switch 3P 30A"),  # Mexico: no breaker
        ("grata 4 pulg", "wire brush 4 pulg"),
    ],
)
def test_a_regions_word_reads_as_the_catalogs(
    vocabulary: Vocabulary, said: str, written: str
) -> None:
    _same(vocabulary, said, written)


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("contacto 15 A", "contacto"),  # Mexico's outlet, or a relay's contact
        ("taco 20 A", "taco"),  # Colombia's breaker, or Spain's wall plug
        ("térmico 7-10 A", "termico"),  # an overload relay, or Argentina's breaker
        ("casquillo 1/2", "casquillo"),  # a reducing bush, a lamp holder, a toe cap
    ],
)
def test_a_word_of_two_trades_is_left_unread(vocabulary: Vocabulary, said: str, word: str) -> None:
    assert word in read(said, vocabulary).words
