"""Corpus 21: labelled request lines on catalog 21, a Uruguayan house on Business Central (issue #13).

`python -m bench.corpus21.generate` writes all.csv, tune.csv and holdout.csv here after checking
every label against the ERP folder `bench.catalog21` writes. Labels come from the facts each line
pins (words.py writes exactly them), never from a matcher. README.md says what is in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, dress
from bench.blind.corpus import KINDS, Buyers, Generator, Hand, Row
from bench.catalog4.model import Product
from bench.catalog21 import erp
from bench.corpus21.words import say, say_kind

HERE = Path(__file__).parent
check = corpus.check
seeded = partial(corpus.sha_random, "c21")
__all__ = ["HERE", "KINDS", "build", "check", "files", "main", "spaced_code"]


class C21Row(Row):
    CATALOG = "catalog21"


BUYERS = Buyers(
    rows=(("C00120", 10, "planta"), ("C00135", 10, "planta"), ("C00142", 13, "en"), ("C00157", 11, "uy"), ("C00163", 11, "uy"),
          ("C00171", 8, "uy"), ("C00188", 10, "portu"), ("C00194", 3, "uy"), ("", 8, "")),
    unknown=("uy", "uy", "portu"),
)  # fmt: skip

ES_WORDS = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce"}
PT_WORDS = {2: "dois", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 10: "dez"}
EN_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten"}


def quantity(p: Product, en: bool, rng: Random, pt: bool = False) -> dress.Said:
    """(before, after, quantity in the item's unit) of a line: bare counts, `x5` and `x 5` after the
    item, `(6)`, counts in words, dozens and pairs, boxes of a boxed bulón, thousands `1.000`."""
    r = rng.random()
    if r < 0.08:
        return "", "", ""
    if p.pack_qty > 1 and r < 0.3:
        k = rng.choice((1, 2, 2, 3, 5))
        if en:
            return ("1 box of" if k == 1 else f"{k} boxes of"), "", str(k * p.pack_qty)
        if pt:
            return ("uma caixa de" if k == 1 else f"{k} caixas de"), "", str(k * p.pack_qty)
        return ("una caja de" if k == 1 else rng.choice((f"{k} cajas de", f"{ES_WORDS.get(k, k)} cajas de"))), "", str(k * p.pack_qty)
    if (p.pack_qty > 1 or p.attrs["type"] in ("oring_as", "oring_mm")) and r < 0.45:
        n = rng.choice((100, 200, 500, 1000, 2000))
        written = dress.thousands(n, en)
        if en:
            return "", rng.choice((f"qty {written}", f"x {written}")), str(n)
        return (*rng.choice(((written, ""), ("", f"x {written}"), ("", f"- {written}"))), str(n))
    if p.uom == "KIT":
        n = rng.choice((1, 1, 2, 3))
        if en:
            return (*rng.choice(((f"{n}", ""), ("", f"qty {n}"), ("", f"({n})"))), str(n))
        return (*rng.choice((("un" if n == 1 else f"{n}", ""), ("", f"x{n}"), ("", f"({n})"))), str(n))
    if r < 0.38:
        if en:
            n, w = rng.choice(((12, "a dozen"), (2, "a pair of"), (24, "two dozen")))
            return w, "", str(n)
        if pt:
            n, w = rng.choice(((12, "uma dúzia de"), (6, "meia dúzia de"), (2, "um par de")))
            return w, "", str(n)
        n, w = rng.choice(((12, "una docena de"), (6, "media docena de"), (2, "un par de"), (24, "dos docenas de")))
        return w, "", str(n)
    n = rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50))
    words = EN_WORDS if en else PT_WORDS if pt else ES_WORDS
    if r < 0.52 and n in words:
        return words[n], "", str(n)
    shapes: tuple[tuple[str, str], ...]
    if en:
        shapes = ((f"{n}", ""), ("", f"qty {n}"), ("", f"({n})"), (f"{n} pcs", ""), (f"{n} x", ""))
    elif pt:
        shapes = ((f"{n}", ""), ("", f"x{n}"), (f"{n} peças de", ""), (f"{n} unidades de", ""))
    else:
        shapes = ((f"{n}", ""), ("", f"x{n}"), ("", f"x {n}"), (f"{n} unidades de", ""), ("", f"- {n}"), ("", f"({n})"))
    before, after = rng.choice(shapes)
    if n == 1 and before.endswith(("pcs", "de")):  # one is never `1 unidades de`
        before = "1"
    return before, after, str(n)


def _pt_quantity(p: Product, en: bool, rng: Random) -> dress.Said:
    return quantity(p, en, rng, pt=True)


@dataclass(frozen=True)
class BorderDress(dress.Dress):
    """The corpus's dress, whose portuñol lines count in Portuguese (`meia dúzia de`, `2 caixas
    de`, `5 peças de`): the shared dress draws a quantity without knowing the region."""

    pt_quantity: Callable[[Product, bool, Random], dress.Said] = _pt_quantity

    def __call__(self, item: str, p: Product, region: str, rng: Random, note: dict[str, str]) -> tuple[str, str]:
        worn = replace(self, quantity=self.pt_quantity) if region == "portu" else self
        return dress.Dress.__call__(worn, item, p, region, rng, note)


DRESS = BorderDress(
    formats={"uy": ("whatsapp", "whatsapp", "xlsx", "email", "email"), "planta": ("email", "email", "xlsx", "xlsx", "email"),
             "en": ("email", "email", "xlsx", "email", "whatsapp"), "portu": ("whatsapp", "whatsapp", "xlsx", "xlsx", "whatsapp")},
    quantity=quantity,
    count=dress.thousands,
    unit_cells={False: {"UN": ("UN", "un", "unid", "UNIDAD"), "KIT": ("KIT", "kit", "juego")},
                True: {"UN": ("EA", "pcs", "PC", "each"), "KIT": ("KIT", "kit", "set")}},
    bullets={False: ("1) ", "2) ", "Ítem 1: ", "Ítem 3 - ", "Línea 4: ", "- ", "• "), True: ("Item 1: ", "Item 2: ", "1) ", "- ", "Pos. 10: ")},
    wraps={"uy": ("{x}", "buenas, ¿tenés {x}?", "bo, precisaría {x}", "¿me pasás precio de {x}?", "capaz que precisamos {x}", "{x} ta?",
                  "de mañana precisaría {x}", "hola gurises, ¿tienen {x}?", "fijate si tenés {x}", "¿cuánto sale {x}?"),
           "planta": ("{x}", "Solicitamos cotización de {x}", "Se solicita {x}", "Cotizar {x}", "{x} - urgente, parada de planta", "{x}, entrega en planta"),
           "en": ("{x}", "Please quote {x}", "We need {x}", "Request: {x}", "{x}, delivery to the mill", "Kindly quote {x}"),
           "portu": ("{x}", "preciso {x}", "quanto custa {x}?", "oi, tem {x}?", "boa tarde, preciso {x}", "¿tenés {x}? preciso pra amanhã",
                     "{x} tem no estoque?")},
    protect=("docena", "docenas", "media", "cajas", "dozen", "boxes", "unidades", "dúzia", "caixas", "caixa", "peças"),
    upper=0.35,
)  # fmt: skip
VOICE = corpus.Voice.of(seeded, BUYERS, say, DRESS)

OMIT: dict[str, tuple[str, ...]] = {
    "oil_seal": ("lip", "material"), "oring_as": ("material",), "oring_mm": ("cs", "material"), "oring_kit": ("system", "pieces"),
    "threadlocker": ("size",), "retaining": ("size",), "thread_sealant": ("size",), "instant": ("size",), "rtv": ("pack", "colour"),
    "epoxy": ("size",), "ball": ("seal",), "bolt": ("len", "grade"), "nut": ("grade",), "mcb": ("poles",), "cut_disc": ("thick",),
    "flap_disc": ("grit",), "ball_valve": ("size",), "check_valve": ("size",),
}  # fmt: skip
SILENT = ("material", "lip", "grade")


def spaced_code(sku: str) -> str:
    """A BC item No. as the shelf label prints it: the number and the variant apart (`41237 SK`)."""
    return sku.replace("-", " ")


CODE_SHAPES = {
    False: ("{s}", "cód. {s}", "código {s}", "art. {s}", "item {s}", "nro. {s}"),
    True: ("{s}", "your item no. {s}", "item {s}", "part # {s}", "sku {s}"),
}
PART_SHAPES = {
    "C00120": ("código {part} {what}", "{part} - {what}", "repuesto {part}"),
    "C00135": ("{part} {what}", "mat. {part} ({what})", "cod. {part}"),
    "C00142": ("material {part} - {what}", "{part} {what}", "SAP {part}"),
}


_wrap_ref = dress.ref_wrap(es=("{b}", "{b} o similar", "ref. {b}", "nro. de parte {b}"), en=("{b}", "{b} or equivalent", "P/N {b}"))


MADE = dress.Made(
    voice=VOICE, dress=DRESS, make=C21Row, buyers=BUYERS, seeded=seeded, prefix="c21",
    targets={"description": 190, "brand_open": 42, "ambiguous": 50}, caps={"description": 20, "brand_open": 6, "ambiguous": 5},
    omit=OMIT, silent=SILENT, spaced=spaced_code, code_shapes=CODE_SHAPES, part_shapes=PART_SHAPES,
    xrefs=erp.cross_references, say_kind=say_kind, wrap_ref=_wrap_ref,
)

HAND = Hand(
    inactive=erp.INACTIVE,
    not_stocked=(
        ("bo, ¿tenés retén 100x120x12?", "C00157", {"type": "oil_seal", "size": "100x120x12"}),
        ("retén 35x52x10 doble labio", "C00163", {"type": "oil_seal", "size": "35x52x10"}),
        ("reten 40x62x8 TB", "C00171", {"type": "oil_seal", "size": "40x62x8", "lip": "TB"}),
        ("retentor 55x72x8 viton preciso 4", "C00188", {"type": "oil_seal", "size": "55x72x8", "material": "FKM"}),
        ("Ítem 3 - Retén 45x62x8 TC NBR Trelleborg", "C00120", {"type": "oil_seal", "brand": "Trelleborg"}),
        ("o-ring 2-226 NBR 70 x 100", "C00135", {"type": "oring_as", "dash": "2-226"}),
        ("O-ring AS568 2-214 EPDM, qty 50", "C00142", "EPDM"),
        ("oring 2-010 viton", "C00157", {"type": "oring_as", "dash": "2-010", "material": "FKM 75"}),
        ("o-ring 22 x 2,5", "C00163", {"type": "oring_mm", "id": "22"}),
        ("anel o-ring 35x4 preciso 20", "C00188", {"type": "oring_mm", "id": "35", "cs": "4"}),
        ("O-ring 80 x 5 mm FKM 75", "C00142", {"type": "oring_mm", "id": "80", "material": "FKM 75"}),
        ("cordón de o-ring 5 mm x metro", "C00171", "cordón"),
        ("empaquetadura de grafito 10 mm para bomba", "C00120", "grafito"),
        ("kit o-rings métrico 382 piezas", "C00135", {"type": "oring_kit", "system": "métrico", "pieces": "382"}),
        ("loctite 680 de 50 ml", "C00157", {"type": "retaining", "number": "680"}),
        ("Loctite 270 x 50ml", "C00163", {"type": "threadlocker", "number": "270"}),
        ("loctite 243 de 500 ml", "C00171", {"number": "243", "size": "500 ml"}),
        ("trava rosca 290 250ml", "C00188", {"number": "290", "size": "250 ml"}),
        ("Loctite 5331 sellador de roscas plásticas", "C00135", {"number": "5331"}),
        ("pegamento loctite 401 de 500 g", "C00163", {"number": "401", "size": "500 g"}),
        ("silicona RTV naranja en pomo", "C00157", {"type": "rtv", "colour": "naranja"}),
        ("silicona gris cartucho Del Plata", "C00163", {"type": "rtv", "colour": "gris", "pack": "300 ml", "brand": "DelPlata"}),
        ("RTV silicone copper 300 ml cartridge", "C00142", {"type": "rtv", "colour": "cobre", "pack": "300 ml"}),
        ("silicona acética transparente para vidrios", "C00163", "acética"),
        ("poxipol 10 minutos", "C00171", "poxipol"),
        ("epoxi 5 minutos 3M 25 ml", "C00157", {"type": "epoxy", "cure": "5 min", "size": "25 ml", "brand": "3M"}),
        ("cinta de teflón 3/4 x 10", "C00163", "teflón"),
        ("rulemán 6311 2RS", "C00157", {"type": "ball", "desig": "6311"}),
        ("ruleman 6204 2RS FAG", "C00163", {"type": "ball", "brand": "FAG"}),
        ("rolamento 6005 zz", "C00188", {"type": "ball", "desig": "6005"}),
        ("rulemán 6206 abierto NSK", "C00171", {"type": "ball", "desig": "6206", "seal": "abierto"}),
        ("Spherical roller bearing 22218 E, 2 pcs", "C00142", "spherical"),
        ("chumacera UCP 205", "C00120", "chumacera"),
        ("bulón M20 x 80 8.8", "C00157", {"type": "bolt", "dia": "M20"}),
        ("bulones M10 x 40 10.9", "C00163", {"type": "bolt", "dia": "M10", "grade": "10.9"}),
        ("parafuso M8 x 100 inox", "C00188", {"type": "bolt", "dia": "M8", "len": "100"}),
        ("bulón 1/2 x 2 UNC grado 5", "C00171", {"type": "bolt", "dia": "1/2"}),
        ("arandela plana M10 zincada x 100", "C00163", "arandela"),
        ("tuerca autofrenante M10", "C00171", "autofrenante"),
        ("termomagnética 4P 40A", "C00163", {"type": "mcb", "poles": "4"}),
        ("llave térmica 2x50", "C00157", {"type": "mcb", "poles": "2", "amps": "50"}),
        ("diferencial 2x40 30mA", "C00163", "diferencial"),
        ("disjuntor 1P 80A", "C00188", {"type": "mcb", "amps": "80"}),
        ("contactor 3P 25A bobina 220", "C00135", "contactor"),
        ("disco de corte 350 x 3", "C00157", {"type": "cut_disc", "dia": "350"}),
        ("disco de corte 230 x 1,9 3M", "C00171", {"type": "cut_disc", "dia": "230", "thick": "1.9", "brand": "3M"}),
        ("disco flap 180 grano 60", "C00171", {"type": "flap_disc", "dia": "180"}),
        ("lija al agua 220 x 50 hojas", "C00163", "lija"),
        ("llave esférica 3\" bronce", "C00157", {"type": "ball_valve", "size": "3"}),
        ("Válvula mariposa 4\" para línea de vapor", "C00120", "mariposa"),
        ("registro gaveta 3/4", "C00188", "gaveta"),
        ("correa en V B-52", "C00120", "correa"),
    ),
    not_item=(
        ("ta, gracias", "C00157"), ("dale, bo", "C00163"), ("joya, confirmamos", "C00171"), ("buenas, ¿están abiertos mañana de mañana?", "C00163"),
        ("¿me pasás con un vendedor?", "C00157"), ("la segunda", "C00163"), ("1 y 3", "C00171"), ("igual que la vez pasada", "C00157"),
        ("¿aceptan transferencia del BROU?", "C00194"), ("¿cuándo me levantan el bloqueo de la cuenta?", "C00194"), ("ok, mandame la factura", "C00163"),
        ("obrigado, tá bom", "C00188"), ("quanto custa o frete pra Rivera?", "C00188"), ("beleza, pode mandar", "C00188"), ("bom dia", "C00188"),
        ("Buenas tardes, adjunto orden de compra OC-8812.", "C00120"), ("Quedamos a la espera de su cotización.", "C00120"),
        ("Favor confirmar plazo de entrega en planta Paysandú.", "C00135"), ("Procedemos con la OC, saludos.", "C00135"),
        ("Saludos cordiales, Departamento de Compras", "C00120"), ("Thank you, please proceed.", "C00142"),
        ("Please confirm the delivery time to the mill.", "C00142"), ("What is the status of PO 4500231?", "C00142"), ("The second one.", "C00142"),
        ("Accept.", "C00142"), ("Laura will approve the order tomorrow.", "C00142"), ("perfecto", "C00157"), ("capaz que te pido más tarde", "C00171"),
        ("gurí, ¿me llamás cuando puedas?", "C00163"), ("ok", "C00157"),
    ),
)  # fmt: skip

GENERATOR = Generator(
    voice=VOICE, make=C21Row, catalog=erp.catalog, prefix="c21", made=MADE.rows, hand=HAND,
    doc=__doc__, here=HERE, write=erp.write, check=check,
)
build = GENERATOR.build
files = GENERATOR.files
main = GENERATOR.main

if __name__ == "__main__":
    main()
