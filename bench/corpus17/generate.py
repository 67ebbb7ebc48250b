"""Write bench/corpus17/{all,tune,holdout}.csv: buyers' lines on catalog 17, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus17.generate [--out DIR]

Buyers of an Argentine house on Tango Gestión (Barracas in Buenos Aires, Rosario, Córdoba;
pesos): a multinational's auto-parts plant in Córdoba whose engineers write English (`please
quote`, `P/N`, `qty 20`, `1,000`, numbered items); a food plant and an agricultural-machinery
maker near Rosario whose purchasing offices send e-mails with numbered positions (`Pos. 10`,
`Renglón 1:`) and spreadsheet rows; a hardware store in Pompeya and an electrician in Avellaneda
writing Buenos Aires WhatsApp (`che`, `buenas`, `¿me pasás precio de …?`, `¿tenés …?`,
`mandame`, `dale`), a hardware store in Rosario and a (blocked) machine shop in Córdoba writing
theirs (`¿tenés …?`, `culiado` never, `loco`, `viste`). Counts are `1.000` for a thousand,
`x 50`, `50 u.`, `50 unid.`, `media docena`, `un par`, `2 cajas`, `3 rollos`, `10 mts`. Article
codes are written whole, lower case or with spaces (`RUL 6204 ZZ SKF`). Each line's words pin
facts (words.py); its label is the set of active catalog-17 products those facts fit, computed,
and `check()` verifies every row against the CSV files `python -m bench.catalog17` writes.
Written blind: no matcher was read or run to write it. Deterministic.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus
from bench.blind.corpus import KINDS  # noqa: F401  (the kinds of line, as tests read them off each generator)
from bench.blind.dress import Dress, code_lines, item_rows, maker_lines
from bench.blind.dress import thousands as number
from bench.catalog4.model import Product
from bench.catalog17.erp import INACTIVE, catalog, cross_references, write
from bench.corpus17.words import say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 190, "brand_open": 55, "ambiguous": 50, "code": 36, "mfr_ref": 30}
TYPE_CAP = {"description": 12, "brand_open": 6, "ambiguous": 4}
# customer -> (weight, how they write); "" is a number the house does not know
CUSTOMERS = (("C00117", 36, "en"), ("C00142", 11, "compras"), ("C00163", 10, "compras"), ("C00188", 13, "porteño"),
             ("C00204", 10, "porteño"), ("C00231", 9, "interior"), ("C00259", 4, "interior"), ("", 7, ""))  # fmt: skip
BUYERS = corpus.Buyers(CUSTOMERS, unknown=("porteño", "porteño", "interior"))
# Facts a buyer leaves out when leaving them out narrows nothing.
SILENT = ("acting",)
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "ball_bearing": ("seal",), "bolt": ("length", "grade"), "washer": ("kind",), "nipple": ("length",), "breaker": ("poles",),
    "rcd": ("poles",), "contactor": ("coil",), "v_belt": ("length",), "cutoff_disc": ("thick",), "flap_disc": ("grit",),
    "fitting": ("thread",), "tube": ("colour",), "cylinder": ("stroke",), "solenoid_valve": ("coil",),
}  # fmt: skip
WRAP = {
    "porteño": ("che, ¿tenés {x}?", "buenas, ¿me pasás precio de {x}?", "{x}", "mandame {x} porfa", "¿tenés {x}? dale que lo necesito hoy",
                "hola! ¿me pasás precio x {x}?", "{x} porfa", "necesito {x}", "che, ¿hay {x}?", "buen día, ¿cuánto sale {x}?",
                "¿me cotizás {x}?", "{x}, ¿tenés stock?"),
    "interior": ("buenas, ¿tenés {x}?", "hola, ¿me pasás precio de {x}?", "{x}", "necesito {x} para mañana", "¿tendrás {x}?",
                 "{x}, ¿hay en Rosario?", "buen día! ¿cuánto me sale {x}?", "{x} porfa", "¿me mandás precio de {x}?"),
    "compras": ("Solicitamos cotización de {x}", "Por favor cotizar {x}", "{x}", "Necesitamos {x}", "Cotizar {x}, indicar plazo de entrega",
                "Buenos días, solicitamos {x}", "{x}", "Agradeceremos cotización por {x}"),
    "en": ("please quote {x}", "need {x} for line 3 asap", "RFQ: {x}", "{x}", "do you have {x} in stock?", "price and lead time for {x}",
           "Hi, can you quote {x}", "we need {x} for the press shop", "{x} - urgent", "{x}"),
}  # fmt: skip
# an e-mail's list and a purchasing office's numbered positions (never a count)
BULLETS = ("- ", "Pos. 10: ", "Renglón 1: ", "Pos. 20 - ", "• ", "Renglón 3) ", "")
BULLETS_EN = ("- ", "* ", "1) ", "Item 2: ", "Line 3 - ", "")
UNIT_CELL = {"UN": ("UN", "un", "u.", "unid"), "MT": ("MT", "m", "mts", "metros")}
UNIT_CELL_EN = {"UN": ("EA", "ea", "pcs"), "MT": ("m", "M", "meters")}


class Row(corpus.Row):
    CATALOG = "catalog17"


seeded = partial(corpus.sha_random, "c17")
roll = partial(corpus.sha_roll, "c17")


# --- quantities ----------------------------------------------------------------------------------


def quantity(p: Product, en: bool, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item and its value in the
    item's unit (the seller's: boxes of bolts are pieces, rolls of cable and tube are metres)."""
    if rng.random() < 0.13:
        return "", "", ""
    pick = rng.choice
    if p.uom == "UN" and p.pack_qty > 1:  # bulonería: by the piece, boxed
        if rng.random() < 0.35:
            n = pick((1, 2, 3, 5))
            q = str(n * p.pack_qty)
            if en:
                return pick(((f"{n} boxes of" if n > 1 else "one box of", "", q), ("", f"- {n} box{'es' if n > 1 else ''}", q)))
            return pick(((f"{n} cajas de" if n > 1 else "una caja de", "", q), ("", f"x {n} caja{'s' if n > 1 else ''}", q)))
        n = pick((20, 50, 100, 200, 250, 500, 1000, 1500, 2000))
        N = number(n, en)
        if en:
            return pick(((f"{N} pcs", "", str(n)), ("", f"qty {N}", str(n)), ("", f"- {N} ea", str(n))))
        return pick(((f"{N} u. de", "", str(n)), ("", f"x {N}", str(n)), ("", f"{N} unid.", str(n)), (f"{N}", "", str(n)), ("", f"- {N} u.", str(n))))
    if p.uom == "MT":
        if p.pack_qty > 1 and rng.random() < 0.35:  # whole rolls of cable or tube
            n = pick((1, 2, 3, 5))
            q = str(n * p.pack_qty)
            if en:
                return ("one roll of" if n == 1 else f"{n} rolls of"), "", q
            return pick(((("un rollo de" if n == 1 else f"{n} rollos de"), "", q), ("", f"x {n} rollo{'s' if n > 1 else ''}", q)))
        n = pick((6, 10, 12, 20, 25, 30, 50, 100, 150, 200, 300, 500))
        if en:
            return pick(((f"{n} m of", "", str(n)), ("", f"qty {n} m", str(n)), ("", f"x {n} meters", str(n))))
        return pick(((f"{n} mts de", "", str(n)), ("", f"x {n} mts", str(n)), ("", f"{n} metros", str(n)), (f"{n} metros de", "", str(n))))
    cheap = p.list_price < 20000
    n = pick((1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 50, 100) if cheap else (1, 2, 3, 4, 5, 6, 8, 10, 12))
    if n in (2, 6, 12) and rng.random() < 0.4:  # a pair of bearings is two bearings
        words = {2: "a pair of", 6: "half a dozen", 12: "a dozen"} if en else {2: "un par de", 6: "media docena de", 12: "una docena de"}
        return words[n], "", str(n)
    q = str(n)
    if en:
        return pick(((f"{q} ea", "", q), (f"({q})", "", q), ("", f"qty {q}", q), ("", f"x{q}", q), (f"{q} pcs", "", q), (q, "", q)))
    return pick(((q, "", q), ("", f"x {q}", q), (f"{q} u.", "", q), ("", f"{q} unid.", q), ("", f"x{q}", q), (f"{q} unidades de" if n > 1 else "una unidad de", "", q)))


# --- how a line is dressed -----------------------------------------------------------------------

# words that carry a quantity or a unit: a slip there would change what the line asks for
QUANTITY_WORDS = {"docena", "cajas", "rollos", "rollo", "unidades", "unidad", "dozen", "boxes", "media", "metros", "meters", "unid"}


DRESS = Dress(
    formats={"porteño": ("whatsapp", "whatsapp", "whatsapp", "whatsapp", "email", "xlsx"),
             "interior": ("whatsapp", "whatsapp", "whatsapp", "email", "xlsx"),
             "compras": ("email", "email", "xlsx", "xlsx", "whatsapp"),
             "en": ("email", "email", "whatsapp", "xlsx", "xlsx")},
    quantity=lambda p, en, rng: quantity(p, en, rng), count=lambda n, en: number(n, en),
    unit_cells={True: UNIT_CELL_EN, False: UNIT_CELL}, bullets={True: BULLETS_EN, False: BULLETS},
    wraps=WRAP, protect=QUANTITY_WORDS, upper=0.4,
)  # fmt: skip
VOICE = corpus.Voice.of(seeded, BUYERS, lambda pins, region, rng: say(pins, region == "en", rng), DRESS)


# --- the kinds of line ---------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return item_rows(VOICE, Row, products, seed="c17|", targets=TARGETS, caps=TYPE_CAP, omit=OMIT, silent=SILENT, roll=roll)


def spaced_code(sku: str) -> str:
    """A Tango article code as a buyer copies it off a label: its prefix, then its runs of
    letters and of digits apart (`RUL 6204 ZZ SKF`, `COR A 60 GAT`)."""
    prefix, rest = sku[:3], sku[3:]
    parts, out = re.findall(r"\d+|[A-Z]+", rest), [prefix]
    for part in parts:
        if out[-1][-1].isdigit() == part[0].isdigit() and len(out) > 1:
            out[-1] += part
        else:
            out.append(part)
    return " ".join(out)


def code_rows(products: list[Product]) -> list[Row]:
    """An article code copied off an old quote, invoice or shelf label: whole, lower case, or with
    spaces between its parts."""
    es = ("{s}", "cód. {s}", "código {s}", "art. {s}", "{s} como la última factura", "artículo {s}", "cod {s}")
    en = ("{s}", "item {s}", "your code {s}", "part {s}", "{s} (as per last invoice)", "article {s}")
    return code_lines(VOICE, DRESS, Row, products, seed="code17|", target=TARGETS["code"], spaced=spaced_code, shapes={True: en, False: es})


def kind_of(pins: dict[str, str], en: bool, _rng: Random) -> str:
    """The kind of thing a part number is, in a word that names no size or brand."""
    generic_en = {"ball_bearing": "bearing", "bolt": "bolt", "nut": "nut", "washer": "washer", "coupling": "coupling", "nipple": "nipple",
                  "pipe": "pipe", "ball_valve": "ball valve", "breaker": "breaker", "rcd": "RCD", "contactor": "contactor",
                  "motor_protector": "motor protector", "cable": "cable", "v_belt": "V-belt", "cutoff_disc": "cutting disc", "flap_disc": "flap disc",
                  "fitting": "fitting", "tube": "PU tube", "cylinder": "cylinder", "frl": "FRL", "solenoid_valve": "solenoid valve"}  # fmt: skip
    generic_es = {"ball_bearing": "rulemán", "bolt": "bulón", "nut": "tuerca", "washer": "arandela", "coupling": "cupla", "nipple": "niple",
                  "pipe": "caño", "ball_valve": "llave esférica", "breaker": "térmica", "rcd": "disyuntor", "contactor": "contactor",
                  "motor_protector": "guardamotor", "cable": "cable", "v_belt": "correa", "cutoff_disc": "disco de corte", "flap_disc": "disco flap",
                  "fitting": "racor", "tube": "tubo PU", "cylinder": "cilindro", "frl": "FRL", "solenoid_valve": "electroválvula"}  # fmt: skip
    return (generic_en if en else generic_es)[pins["type"]]


def part_rows(products: list[Product]) -> list[Row]:
    """A customer's own part number (cross_references.csv), ten per customer who sends them."""
    shapes = {"C00117": ("P/N {part}", "our p/n {part}", "{part} - {what}", "MRO {part}", "{part}"),
              "C00142": ("material {part}", "{part} ({what})", "cód. SAP {part}", "{part}"),
              "C00163": ("nuestro código {part}", "{part} {what}", "cod. interno {part}", "{part}")}  # fmt: skip
    return DRESS.part_rows(Row, products, cross_references(products), shapes, BUYERS, seeded=seeded, say=kind_of)


def mfr_rows(products: list[Product]) -> list[Row]:
    """The maker's part number (an alias only one product carries), as the box or the old part says."""
    def wrap(bare: str, region: str, rng: Random) -> str:
        return rng.choice((bare, bare.lower(), f"{bare} o similar" if region != "en" else f"{bare} or equivalent",
                           f"mfr p/n {bare}" if region == "en" else f"ref. {bare}"))

    return maker_lines(VOICE, Row, products, seed="mfr17|", target=TARGETS["mfr_ref"], wrap=wrap)


# (text, customer, facts that fit nothing active | a word no product carries)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("che, ¿tenés rulemán 6312 2RS?", "C00188", {"type": "ball_bearing", "series": "6312"}),
    ("rulemán 6900 zz x 10", "C00231", {"type": "ball_bearing", "series": "6900"}),
    ("spherical roller bearing 22210 E qty 2", "C00117", "spherical"),
    ("Renglón 1: rodamiento cónico 30206 x 4", "C00163", "conico"),
    ("bulón M20x100 8.8 x 50", "C00163", {"type": "bolt", "thread": "M20"}),
    ("bulones M8x25 x 200", "C00188", {"type": "bolt", "thread": "M8", "length": "25"}),
    ("hex bolt M12x40 stainless A2 qty 100", "C00117", "stainless"),
    ("tuerca autofrenante M10 x 100", "C00188", "autofrenante"),
    ("arandela plana M20 x 50", "C00231", {"type": "washer", "thread": "M20"}),
    ("cupla HG 3\" x 4", "C00188", {"type": "coupling", "size": "3"}),
    ("niple HG 1/2 x 30 cm", "C00259", {"type": "nipple", "size": "1/2", "length": "30"}),
    ("Pos. 10: llave esférica 3\" bronce x 2", "C00142", {"type": "ball_valve", "size": "3"}),
    ("válvula mariposa 4\" x 2", "C00142", "mariposa"),
    ("llave térmica 2x80A", "C00204", {"type": "breaker", "amps": "80"}),
    ("térmica 1x6 A", "C00204", {"type": "breaker", "amps": "6"}),
    ("disyuntor 2x25 300mA", "C00204", "300 mA"),
    ("disyuntor 4x100", "C00204", {"type": "rcd", "amps": "100"}),
    ("contactor 65A bobina 220", "C00163", {"type": "contactor", "amps": "65"}),
    ("guardamotor 24-32A", "C00163", {"type": "motor_protector", "range": "24-32"}),
    ("cable TPR 3x10 x 50 mts", "C00204", {"type": "cable", "section": "10"}),
    ("cable unipolar 2,5 mm verde amarillo x 2 rollos", "C00204", "unipolar"),
    ("correa B-120", "C00231", {"type": "v_belt", "section": "B", "length": "120"}),
    ("correa SPZ 1000 x 2", "C00142", {"type": "v_belt", "section": "SPZ"}),
    ("disco de corte 115 x 3,2 x 25", "C00259", {"type": "cutoff_disc", "dia": "115", "thick": "3.2"}),
    ("disco flap 115 grano 36 x 10", "C00188", {"type": "flap_disc", "grit": "36"}),
    ("push-in fitting 16mm x 1/2 BSP qty 20", "C00117", {"type": "fitting", "tube": "16"}),
    ("racor recto 8mm x 1/2", "C00163", {"type": "fitting", "tube": "8", "thread": "1/2"}),
    ("tubo PU 8x6 rojo x 100 mts", "C00163", {"type": "tube", "size": "8", "colour": "rojo"}),
    ("ISO 15552 cylinder 50x200 double acting qty 2", "C00117", {"type": "cylinder", "bore": "50"}),
    ("cilindro 20x300 doble efecto", "C00163", {"type": "cylinder", "bore": "20", "stroke": "300"}),
    ("electroválvula 5/3 centro cerrado 1/4 24V", "C00163", {"type": "solenoid_valve", "ways": "5/3"}),
    ("solenoid valve 5/2 1/2 24VDC qty 4", "C00117", {"type": "solenoid_valve", "port": "1/2"}),
    ("FRL 1\" x 1", "C00142", {"type": "frl", "port": "1"}),
    ("silenciador de escape 1/4 bronce sinterizado x 10", "C00163", "silenciador"),
    ("guantes de vaqueta x 12 pares", "C00142", "vaqueta"),
    ("electrodo 6013 2,5 mm x 5 kg", "C00259", "electrodo"),
    ("safety glasses clear qty 50", "C00117", "glasses"),
    ("mecha HSS 8 mm x 10", "C00188", "mecha"),
    ("cinta aisladora negra x 10", "C00204", "aisladora"),
    ("teflón 3/4 x 20", "C00231", "teflon"),
    ("WD-40 x 12", "C00117", "wd40"),
)  # fmt: skip

NOT_ITEM = (
    ("buenas!", "C00188"), ("dale, gracias", "C00188"), ("¿a qué hora cierran en Barracas?", "C00188"), ("mandame la factura A porfa", "C00204"),
    ("¿hacen envío a Avellaneda?", "C00204"), ("te hice la transferencia, ahí te paso el comprobante", "C00204"), ("joya, gracias che", "C00188"),
    ("ok dale", "C00231"), ("¿aceptan echeq a 30 días?", "C00259"), ("buen día", "C00231"), ("¿el precio es con IVA?", "C00231"),
    ("paso a retirar el jueves por Rosario", "C00231"), ("¿me lo mandan por expreso a Córdoba?", "C00259"),
    ("Adjunto orden de compra N° 4500071234", "C00142"), ("Favor confirmar recepción", "C00142"), ("Saludos cordiales, Lic. Pablo Benítez - Compras", "C00142"),
    ("Renglón | Descripción | Cant. | Unidad", "C00163"), ("Enviar cotización con validez de 7 días por favor", "C00163"),
    ("Indicar condición de pago y plazo de entrega", "C00163"), ("Thanks, much appreciated", "C00117"), ("PO to follow", "C00117"),
    ("Please invoice to ap@cba-stamping.com", "C00117"), ("what's the lead time to Ferreyra?", "C00117"), ("Regards, Mark", "C00117"),
    ("Item | Description | Qty | UoM", "C00117"), ("ok go ahead", "C00117"), ("are prices in pesos or dollars?", "C00117"),
    ("¿tenés el CUIT para el alta de proveedor?", "C00163"), ("gracias loco", "C00259"), ("¿me pasás el CBU?", "C00259"),
)  # fmt: skip


check = corpus.check  # every label against the catalog's CSV files, as the tests call it
HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c17", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
