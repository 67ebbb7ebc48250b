"""Corpus 19: buyers' lines on catalog 19 (blind, issue #13), labelled from the facts each pins.

`PYTHONPATH=$PWD .venv/bin/python -m bench.corpus19.generate` writes all.csv and the tune/holdout
split (bench.blind.corpus.split), after checking every label against the catalog's CSV files.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from bench.blind import corpus, dress
from bench.catalog4.model import Product
from bench.catalog19 import erp
from bench.corpus19 import words

HERE = Path(__file__).parent
KINDS = corpus.KINDS
seeded = partial(corpus.sha_random, "c19")
roll = partial(corpus.sha_roll, "c19")


class Row(corpus.Row):
    CATALOG = "catalog19"


BUYERS = corpus.Buyers(
    rows=(("CL-0417", 3, "planta"), ("CL-0533", 2, "planta"), ("CL-0621", 3, "planta"), ("CL-0708", 4, "en"),
          ("CL-0814", 3, "chat"), ("CL-0902", 1, "chat"), ("", 2, "")),
    unknown=("chat",),
)  # fmt: skip
DRESS = dress.Dress(
    formats={"chat": ("whatsapp",), "planta": ("email", "email", "xlsx"), "en": ("email", "xlsx", "email")},
    quantity=words.quantity,
    count=words.thousands,
    unit_cells={False: {"UND": ("UND", "und", "unid", "pza"), "MTS": ("MTS", "mts", "metros", "M")},
                True: {"UND": ("EA", "ea", "pcs", "each"), "MTS": ("M", "m", "meters", "mtrs")}},
    bullets={False: ("", "- ", "Pos. 10: ", "Pos. 20 - ", "Ítem 3: ", "1) ", "• "), True: ("", "- ", "Item 1: ", "1. ", "Line 2 - ")},
    wraps={
        "chat": ("{x}", "pana, ¿tienes {x}?", "chamo me regalas el precio de {x}", "buenas, ¿cuánto sale {x}?",
                 "epa, ¿hay {x}? es pa' hoy", "necesito {x} pana", "mi pana cotízame {x} porfa", "¿tendrás {x}? avísame",
                 "buen día, {x} pa' ya"),
        "planta": ("{x}", "Favor cotizar {x}", "Solicitamos cotización de {x}", "Requerimos {x} para la parada de planta",
                   "Agradecemos precio y disponibilidad de {x}"),
        "en": ("{x}", "please quote {x}", "need {x} for the rig asap", "RFQ: {x}", "do you have {x} in stock?", "pricing on {x} please"),
    },
    protect=words.PROTECT,
    upper=0.4,
)  # fmt: skip
VOICE = corpus.Voice.of(seeded, BUYERS, words.say, DRESS)

# what an ambiguous line leaves out, by type; facts a buyer does not bother to say
OMIT = {
    "grease": ("pack", "nlgi"), "gear_oil": ("pack", "vg"), "hyd_oil": ("pack", "vg"), "fitting": ("angle", "thread"),
    "gun": ("drive",), "jaw_hub": ("bore",), "spider": ("material",), "bearing": ("seal",), "bolt": ("grade", "length"),
    "nut": ("grade",), "contactor": ("coil",), "breaker": ("poles",), "cable": ("color",), "cut_disc": ("thick",),
    "flap": ("grit",), "ball_valve": ("material",), "gun_hose": ("length",),
}  # fmt: skip
SILENT = ("base", "grade", "material", "angle")
TARGETS = {"description": 185, "brand_open": 45, "ambiguous": 50}
CAPS = {"description": 14, "brand_open": 6, "ambiguous": 5}


def spaced_code(sku: str) -> str:
    """An article code as a printed label spaces it: the letters apart (`ROD 1204/X`)."""
    return f"{sku[:3]} {sku[3:]}"


CODE_SHAPES = {
    False: ("cód. {s}", "{s}", "código {s}", "art. {s}", "ref {s}", "{s} (el de la factura pasada)", "artículo {s}"),
    True: ("item {s}", "your code {s}", "{s}", "part {s} from your last invoice"),
}
PART_SHAPES = {
    "CL-0621": ("material {part} ({what})", "N° material {part}", "mat. {part} - {what}"),
    "CL-0417": ("{what} cód. {part}", "código interno {part}", "{what} {part}"),
    "CL-0708": ("our p/n {part}", "{what}, stock # {part}", "P/N {part} ({what})"),
}


maker_wrap = dress.ref_wrap(es=("{b}", "{b} o similar", "ref. {b}", "número de parte {b}"), en=("{b}", "{b} or equal", "p/n {b}", "{b} (OEM)"))


def item_lines(products: list[Product]) -> list[Row]:
    return dress.item_rows(VOICE, Row, products, seed="c19items", targets=TARGETS, caps=CAPS, omit=OMIT,
                           silent=SILENT, roll=roll)  # fmt: skip


def code_lines(products: list[Product]) -> list[Row]:
    return dress.code_lines(VOICE, DRESS, Row, products, seed="c19code", target=36, spaced=spaced_code,
                            shapes=CODE_SHAPES)  # fmt: skip


def maker_lines(products: list[Product]) -> list[Row]:
    return dress.maker_lines(VOICE, Row, products, seed="c19mfr", target=30, wrap=maker_wrap)


def part_lines(products: list[Product]) -> list[Row]:
    return DRESS.part_rows(Row, products, erp.cross_references(products), PART_SHAPES, BUYERS,
                           seeded=seeded, say=words.what)  # fmt: skip


# Lines for what the house does not stock: facts its catalog lacks, or a word no product carries.
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("pana tienes rolinera 6312 2rs?", "CL-0814", {"type": "bearing", "series": "6312"}),
    ("rodamiento 6211 ZZ x 4", "CL-0902", {"type": "bearing", "series": "6211"}),
    ("chamo me regalas precio de una rolinera 6204 abierta NSK", "CL-0902", {"type": "bearing", "series": "6204", "seal": "abierto", "brand": "NSK"}),
    ("Favor cotizar aceite de engranajes ISO VG 680 en tambor", "CL-0621", {"type": "gear_oil", "vg": "680"}),
    ("aceite hidraulico ISO 100 cuñete x 3", "CL-0533", {"type": "hyd_oil", "vg": "100"}),
    ("need 4 drums of ISO 150 hydraulic oil", "CL-0708", {"type": "hyd_oil", "vg": "150"}),
    ("grasa EP3 en cuñete", "CL-0814", {"type": "grease", "nlgi": "3"}),
    ("Solicitamos cotización de grasa NLGI 00 semifluida, 2 cuñetes", "CL-0417", {"type": "grease", "nlgi": "00"}),
    ("¿cuánto sale la grasa EP1 en cartucho?", "CL-0902", {"type": "grease", "nlgi": "1", "pack": "cartucho"}),
    ("aceite hidráulico PDV 46 en tambor", "CL-0621", {"type": "hyd_oil", "vg": "46", "brand": "PDV"}),
    ("aceite Total Carter EP 220 cuñete", "CL-0902", {"type": "gear_oil", "vg": "220", "brand": "Total"}),
    ("araña L-190 de goma", "CL-0814", {"type": "spider", "size": "L-190"}),
    ("Requerimos maza acople L-225 bore 2\"", "CL-0621", {"type": "jaw_hub", "size": "L-225"}),
    ("maza L-100 de 1-1/2\" lovejoy", "CL-0902", {"type": "jaw_hub", "size": "L-100", "bore": "1-1/2"}),
    ("Falk 1100T grid, qty 2", "CL-0708", {"type": "grid", "size": "1100T"}),
    ("acople de engranajes tamaño 4", "CL-0533", {"type": "gear_cpl", "size": "4"}),
    ("graseras 1/4 NPT rectas, 2 bolsas", "CL-0814", {"type": "fitting", "thread": "1/4 NPT"}),
    ("24 in grease gun hose x 6", "CL-0708", {"type": "gun_hose", "length": "24"}),
    ("tornillo 1\" x 4 grado 8", "CL-0902", {"type": "bolt", "dia": "1"}),
    ("Pos. 10: tornillo hexagonal 1/2 x 6 G5, 100 und", "CL-0417", {"type": "bolt", "dia": "1/2", "length": "6"}),
    ("tuerca 7/8 grado 8 x 50", "CL-0814", {"type": "nut", "dia": "7/8"}),
    ("contactor 65A bobina 220V", "CL-0621", {"type": "contactor", "amps": "65"}),
    ("contactor 9A bobina 24 VDC", "CL-0902", {"type": "contactor", "amps": "9", "coil": "24"}),
    ("breaker 3x100 QO", "CL-0814", {"type": "breaker", "amps": "100"}),
    ("2-pole 40A breaker", "CL-0708", {"type": "breaker", "amps": "40"}),
    ("cable #6 THHN negro 50 metros", "CL-0902", {"type": "cable", "awg": "6"}),
    ("cable 12 THHN azul x 100 mts", "CL-0533", {"type": "cable", "color": "azul"}),
    ("disco de corte 14\" para tronzadora", "CL-0814", {"type": "cut_disc", "dia": "14"}),
    ("disco flap 4-1/2 grano 36", "CL-0902", {"type": "flap", "grit": "36"}),
    ("valvula de bola 3\" bronce", "CL-0417", {"type": "ball_valve", "size": "3"}),
    ("válvula de bola PVC 1/2", "CL-0814", {"type": "ball_valve", "material": "pvc"}),
    ("4 SKF 6205 2RS with C3 clearance", "CL-0708", "C3"),
    ("pana tienes chumacera UCP 205?", "CL-0814", "chumacera"),
    ("correa en V B-54 x 4", "CL-0902", "correa"),
    ("cadena de rodillos 40-1, 2 cajas", "CL-0814", "cadena"),
    ("Favor cotizar sello mecánico para bomba", "CL-0533", "mecanico"),
    ("teflón 3/4 x 10 rollos", "CL-0814", "teflon"),
    ("WD-40 x 12", "CL-0814", "wd40"),
    ("aceite de motor 15W-40 en cuñete", "CL-0902", "15w40"),
    ("Requerimos grasa grado alimenticio H1 en cartucho", "CL-0417", "alimenticio"),
    ("bomba de grasa neumática 50:1 para tambor", "CL-0621", "bomba"),
    ("guardamotor 4-6.3 A", "CL-0533", "guardamotor"),
    ("silicón rojo alta temperatura x 6", "CL-0814", "silicon"),
    ("tapered roller bearing 30206", "CL-0708", "taper"),
    ("hydraulic hose 1/2 2-wire, 20 m", "CL-0708", "hose"),
    ("arandelas planas 1/2 x 100", "CL-0814", "arandela"),
    ("Loctite 243 azul x 2", "CL-0621", "loctite"),
    ("acople Omega Rexnord E10", "CL-0621", "omega"),
)
NOT_ITEM = (
    ("epa pana, buenos días", "CL-0814"), ("gracias chamo, te aviso", "CL-0814"), ("dale, mándame la cotización", "CL-0902"),
    ("ok perfecto", "CL-0902"), ("¿a qué hora cierran en Castillito?", "CL-0902"), ("me confirmas si hacen despacho a Maracaibo?", "CL-0902"),
    ("listo pana, aprobado, pásalo a factura", "CL-0814"), ("¿me regalas el número de cuenta para la transferencia?", "CL-0902"),
    ("¿aceptan pago móvil o zelle?", "CL-0902"), ("chévere, mañana paso a buscarlo", "CL-0814"), ("¿eso es con IVA?", "CL-0902"),
    ("Buenos días, adjunto orden de compra OC-2026-1187", "CL-0417"), ("Quedamos atentos a su pronta respuesta.", "CL-0621"),
    ("Favor enviar la cotización a nombre de Embotelladora del Centro C.A.", "CL-0533"), ("Se aprueba la cotización, procedan.", "CL-0533"),
    ("Por favor indicar tiempo de entrega a Puerto Ordaz", "CL-0621"), ("Saludos cordiales, Departamento de Compras", "CL-0417"),
    ("acepto", "CL-0417"), ("Thanks, please proceed with PO 4500-2231", "CL-0708"), ("Good morning, any update on our RFQ?", "CL-0708"),
    ("go ahead", "CL-0708"), ("Can you deliver to the yard in Ciudad Ojeda?", "CL-0708"), ("thanks!", "CL-0708"),
    ("I want to talk to someone about the invoice", "CL-0708"), ("la segunda", "CL-0814"), ("1 y 3", "CL-0902"), ("status", "CL-0417"),
    ("lo mismo de la vez pasada", "CL-0902"), ("quiero hablar con un vendedor", "CL-0902"), ("👍", "CL-0814"),
)  # fmt: skip
HAND = corpus.Hand(inactive=erp.INACTIVE, not_stocked=NOT_STOCKED, not_item=NOT_ITEM)

GENERATOR = corpus.Generator(
    voice=VOICE, make=Row, catalog=erp.catalog, prefix="c19", made=(item_lines, code_lines, maker_lines, part_lines),
    hand=HAND, doc=__doc__, here=HERE, write=erp.write, check=corpus.check,
)  # fmt: skip
build = GENERATOR.build
files = GENERATOR.files
check = corpus.check

if __name__ == "__main__":
    GENERATOR.main()
