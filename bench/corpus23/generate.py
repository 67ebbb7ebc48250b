"""Corpus 23 (issue #13): what catalog 23's buyers write to a Honduran house on JD Edwards, each
line labelled by the facts it pins.

Run `python -m bench.corpus23.generate`: it checks every label against the ERP folder that
`bench.catalog23` writes, then writes all.csv and its tune/holdout halves beside this file. The
words are words.py's; no matcher is ever asked. What the corpus holds: README.md.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, dress
from bench.blind.corpus import KINDS, Buyers, Generator, Hand, Row
from bench.catalog4.model import Product
from bench.catalog23 import erp
from bench.corpus23.words import ENGLISH, say, say_kind

HERE = Path(__file__).parent
seeded = partial(corpus.sha_random, "c23")
__all__ = ["HERE", "KINDS", "build", "check", "files", "main", "spaced_code"]


class C23Row(Row):
    CATALOG = "catalog23"


# weights of who writes; the maquila (`mq`), the mine (`mine`) and the shipyard (`bay`) write English
BUYERS = Buyers(
    rows=(("4100112", 10, "ingenio"), ("4100127", 8, "ingenio"), ("4100135", 7, "mq"), ("4100148", 8, "mine"), ("4100156", 5, "bay"),
          ("4100163", 10, "hn"), ("4100171", 9, "hn"), ("4100189", 8, "hn"), ("4100194", 7, "sv"), ("4100202", 8, "sv"), ("4100219", 3, "hn"),
          ("", 6, "")),
    unknown=("hn", "hn", "sv", "mine"),
    english=ENGLISH,
)  # fmt: skip

SPELLED = {"es": {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce"},
           "en": {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve"}}  # fmt: skip
CABLE_RUNS = (15, 20, 30, 45, 50, 60, 80, 100, 120, 150, 200, 300, 1000)
# (before, after) around the item: `{n}` the count, `{c}` the count as written (`1,000`)
METRE_SHAPES = {"es": (("{c} metros de", ""), ("{c} mts de", ""), ("", "x {c} m"), ("", "- {c} metros"), ("{c} m de", "")),
                "en": (("{c} m of", ""), ("{c} meters of", ""), ("", "x {c} m"), ("", "qty {c} m"))}  # fmt: skip
# (words before the item, how many)
LOTS = {"es": (("una docena de", 12), ("media docena de", 6), ("un par de", 2), ("par de", 2)),
        "en": (("a dozen", 12), ("a pair of", 2), ("pair of", 2), ("half dozen", 6))}  # fmt: skip
COUNT_SHAPES = {"es": (("{n}", ""), ("", "x{n}"), ("", "x {n}"), ("{n} unidades de", ""), ("", "- {n}"), ("{n} pzas", ""), ("{n} c/u", "")),
                "en": (("{n}", ""), ("", "qty {n}"), ("", "x{n}"), ("{n} pcs", ""), ("{n} ea", ""), ("", "({n})"), ("{n} each", ""))}  # fmt: skip
ONE_ALONE = ("pcs", "de", "pzas", "ea", "each", "c/u")  # `1 pzas` is never written: one is `1`


def count(n: int, region: str) -> str:
    """A count as Honduras and El Salvador write it, like the US: `1,000`."""
    return f"{n:,}"


def _boxes(p: Product, lang: str, rng: Random) -> dress.Said:
    k = rng.choice((1, 1, 2, 3, 5))
    if lang == "en":
        said = "1 box of" if k == 1 else f"{k} boxes of"
    else:
        said = rng.choice(("una caja de", "1 caja de") if k == 1 else (f"{k} cajas de", f"{SPELLED['es'].get(k, k)} cajas de"))
    return said, "", str(k * p.pack_qty)


def quantity(p: Product, region: str, rng: Random) -> dress.Said:
    """(before, after, quantity in the item's unit): metres of pump cable, boxes of ten inserts
    (`2 cajas de` is 20), dozens and pairs, counts in words, and a count in one of the language's
    shapes; now and then no quantity at all."""
    lang = "en" if region in ENGLISH else "es"
    r = rng.random()
    if r < 0.07:
        return "", "", ""
    if p.uom == "M":
        n = rng.choice(CABLE_RUNS)
        before, after = rng.choice(METRE_SHAPES[lang])
        return before.format(c=count(n, region)), after.format(c=count(n, region)), str(n)
    if p.pack_qty > 1 and r < 0.32:
        return _boxes(p, lang, rng)
    if r < 0.3:
        words, n = rng.choice(LOTS[lang])
        return words, "", str(n)
    n = rng.choice((1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 50))
    if r < 0.42 and n in SPELLED[lang]:
        return SPELLED[lang][n], "", str(n)
    before, after = rng.choice(COUNT_SHAPES[lang])
    if n == 1 and before.endswith(ONE_ALONE):
        before = "{n}"
    return before.format(n=n), after.format(n=n), str(n)


DRESS = dress.RegionalDress(
    formats={"hn": ("whatsapp", "whatsapp", "whatsapp", "xlsx", "whatsapp"), "ingenio": ("email", "xlsx", "email", "xlsx", "email"),
             "sv": ("whatsapp", "email", "whatsapp", "xlsx", "whatsapp"), "mq": ("email", "whatsapp", "email", "xlsx", "email"),
             "mine": ("email", "xlsx", "email", "email", "whatsapp"), "bay": ("whatsapp", "whatsapp", "whatsapp", "email", "whatsapp")},
    quantity=lambda p, en, rng: quantity(p, "hn", rng),
    count=lambda n, en: count(n, "hn"),
    unit_cells={False: {"EA": ("UND", "und", "unidad", "PZA", "pza", "c/u"), "M": ("MTS", "mts", "metros", "M")},
                True: {"EA": ("EA", "ea", "pcs", "each", "PC"), "M": ("M", "m", "meters", "MTR")}},
    bullets={False: ("1) ", "2- ", "Ítem 3: ", "Línea 4: ", "- ", "• ", "5. "), True: ("1) ", "Item 2: ", "- ", "#3 ", "4. ")},
    wraps={"hn": ("{x}", "buenas, ¿tiene {x}?", "me regala precio de {x}", "¿a cómo tiene {x}?", "ocupo {x}", "mándeme cotización de {x}",
                  "¿hay {x}?", "{x} para hoy por favor", "¿tendrá {x}?", "fíjese que ando buscando {x}"),
           "ingenio": ("{x}", "Solicitamos cotización de {x}", "Favor cotizar {x}", "Se requiere {x}", "{x} - para reparación de zafra",
                       "{x}, entregar en bodega del ingenio"),
           "sv": ("{x}", "fíjese que necesito {x}", "¿cuánto me sale {x}?", "buenas, ¿me cotiza {x}?", "va pues, mándeme {x}", "¿tiene {x} en San Salvador?",
                  "necesitamos {x} para el beneficio"),
           "mq": ("{x}", "Please quotation {x}", "We need {x} urgent", "Price {x} please", "{x} need for machine", "Hello, {x} have stock?",
                  "please send price {x}"),
           "mine": ("{x}", "Please quote {x}", "Need {x}", "Do you have {x} in stock?", "Requesting pricing on {x}", "{x}, ship to the mine",
                    "need {x} ASAP"),
           "bay": ("{x}", "Good morning, I need {x}", "yall have {x}?", "how much for {x}?", "please send price for {x}", "we need {x} for the yard",
                   "Morning, you have {x}?")},
    protect=("docena", "media", "cajas", "caja", "dozen", "boxes", "unidades", "metros", "meters", "caballo", "caballos", "galones"),
    upper=0.4,
    english=ENGLISH,
    say_quantity=quantity,
    say_count=count,
)  # fmt: skip
VOICE = corpus.Voice.of(seeded, BUYERS, say, DRESS)

OMIT: dict[str, tuple[str, ...]] = {
    "centrifugal": ("phase",), "well_pump": ("gpm",), "sump": ("service",), "foot_valve": ("material",), "insert": ("material", "radius"),
    "holder": ("hand", "shank"), "ball": ("seal",), "cut_disc": ("thick",), "flap_disc": ("grit",),
}  # fmt: skip
SILENT = ("phase", "gpm", "service", "shank", "material")


def spaced_code(sku: str) -> str:
    """A 2nd Item Number as a buyer types it back without its dash (`BO1042`)."""
    return sku.replace("-", "")


CODE_SHAPES = {
    False: ("{s}", "código {s}", "cód. {s}", "item {s}", "art. {s}", "No. de artículo {s}"),
    True: ("{s}", "item {s}", "your item # {s}", "part # {s}", "item number {s}"),
}
PART_SHAPES = {
    "4100112": ("{part} {what}", "cód. {part} ({what})", "código ingenio {part}"),
    "4100127": ("material {part} - {what}", "{part} {what}", "SAP {part}"),
    "4100148": ("{part} {what}", "stock # {part}", "MSA stock no. {part} - {what}"),
}


def _wrap_ref(bare: str, region: str, rng: Random) -> str:
    if region in ENGLISH:
        return rng.choice((bare, f"{bare} or equal", f"P/N {bare}", f"part number {bare}"))
    return rng.choice((bare, f"{bare} o similar", f"ref. {bare}", f"número de parte {bare}", f"modelo {bare}"))


MADE = dress.Made(
    voice=VOICE, dress=DRESS, make=C23Row, buyers=BUYERS, seeded=seeded, prefix="c23",
    targets={"description": 190, "brand_open": 42, "ambiguous": 50}, caps={"description": 24, "brand_open": 8, "ambiguous": 10},
    omit=OMIT, silent=SILENT, spaced=spaced_code, code_shapes=CODE_SHAPES, part_shapes=PART_SHAPES,
    xrefs=erp.cross_references, say_kind=say_kind, wrap_ref=_wrap_ref, codes=40,
    english=lambda region: region in ENGLISH,
)


def check(text: str, folder: Path) -> list[str]:
    """`corpus.check` against the catalog's CSV files."""
    return corpus.check(text, folder)


HAND = Hand(
    inactive=erp.INACTIVE,
    not_stocked=(
        ("buenas, ¿tiene bomba centrífuga de 15 HP?", "4100171", {"type": "centrifugal", "hp": "15"}),
        ("bomba centrifuga 1/2 hp trifasica", "4100189", {"type": "centrifugal", "hp": "0.5", "phase": "3F"}),
        ("Favor cotizar bomba centrífuga Barnes 1/2 HP", "4100112", {"type": "centrifugal", "hp": "0.5", "brand": "Barnes"}),
        ("bomba de pozo 4\" 7.5 HP", "4100189", {"type": "well_pump", "hp": "7.5"}),
        ("4in well pump 50 GPM 3 HP", "4100148", {"type": "well_pump", "gpm": "50"}),
        ("bomba sumergible de pozo 2 HP 10 GPM", "4100194", {"type": "well_pump", "hp": "2", "gpm": "10"}),
        ("bomba de pozo solar 1 HP", "4100171", "solar"),
        ("bomba de achique 5 HP", "4100127", {"type": "sump", "hp": "5"}),
        ("Pedrollo sewage pump 3 HP", "4100156", {"type": "sump", "service": "sewage", "hp": "3", "brand": "Pedrollo"}),
        ("tanque hidroneumático de 10 galones", "4100171", {"type": "tank", "gal": "10"}),
        ("Varem pressure tank 86 gal", "4100148", {"type": "tank", "gal": "86", "brand": "Varem"}),
        ("presostato 60-80 psi", "4100189", {"type": "pressure_switch", "range": "60-80"}),
        ("válvula de pie 4\" bronce", "4100112", {"type": "foot_valve", "size": "4"}),
        ("check de pie 3 pulg PVC", "4100171", {"type": "foot_valve", "size": "3", "material": "pvc"}),
        ("cable sumergible plano 3x6 AWG, 200 metros", "4100127", {"type": "pump_cable", "awg": "6"}),
        ("bomba jet de 1 HP", "4100189", "jet"),
        ("motobomba a gasolina 3\"", "4100194", "gasolina"),
        ("bomba dosificadora de cloro", "4100127", "dosificadora"),
        ("hidrolavadora 2000 psi", "4100171", "hidrolavadora"),
        ("bomba de diafragma neumática 1\"", "4100148", "diafragma"),
        ("inserto CNMG 190612 para acero", "4100163", {"type": "insert", "shape": "CNMG", "size": "1906"}),
        ("pastilla TNMG 160412", "4100202", {"type": "insert", "shape": "TNMG", "radius": "12"}),
        ("Kennametal CNMG 432 cast iron", "4100148", {"type": "insert", "brand": "Kennametal", "material": "K"}),
        ("inserto CCMT 09T304 Kennametal", "4100163", {"type": "insert", "shape": "CCMT", "brand": "Kennametal"}),
        ("inserto RCMT 1204", "4100202", {"type": "insert", "shape": "RCMT"}),
        ("inserto CNMG 120408 Iscar IC907", "4100163", {"type": "insert", "brand": "Iscar"}),
        ("inserto de ranurado 3 mm", "4100163", "ranurado"),
        ("threading insert 16ER 1.5 ISO", "4100135", "threading"),
        ("portainserto PCLNR 32x32", "4100202", {"type": "holder", "shank": "32"}),
        ("porta herramienta para SNMG", "4100163", {"type": "holder", "insert": "SNMG"}),
        ("Mitsubishi toolholder for TNMG RH", "4100148", {"type": "holder", "insert": "TNMG", "brand": "Mitsubishi"}),
        ("barra de mandrinar 16 mm", "4100163", "mandrinar"),
        ("broca de cobalto 1/2", "4100202", "cobalto"),
        ("fresa de carburo 4 filos 1/2", "4100163", "fresa"),
        ("balinera 6311 2RS", "4100171", {"type": "ball", "desig": "6311"}),
        ("cojinete 6305 ZZ FAG", "4100194", {"type": "ball", "desig": "6305", "brand": "FAG"}),
        ("balinera 6204 abierta", "4100189", {"type": "ball", "desig": "6204", "seal": "open"}),
        ("6000 2RS bearing", "4100156", {"type": "ball", "desig": "6000"}),
        ("bearing 6205 2RS Timken", "4100135", {"type": "ball", "brand": "Timken"}),
        ("rodamiento de rodillos esféricos 22210", "4100112", {"type": "ball", "desig": "22210"}),
        ("balinera NSK 6005 ZZ", "4100163", {"type": "ball", "desig": "6005", "seal": "ZZ", "brand": "NSK"}),
        ("chumacera de pared 1 1/4", "4100171", "chumacera"),
        ("faja A70", "4100189", {"type": "vbelt", "section": "A", "number": "70"}),
        ("faja B92 Gates", "4100194", {"type": "vbelt", "section": "B", "number": "92"}),
        ("banda C60", "4100127", {"type": "vbelt", "section": "C"}),
        ("faja 3V 500", "4100112", {"type": "vbelt", "section": "3V"}),
        ("faja B38", "4100202", {"type": "vbelt", "section": "B", "number": "38"}),
        ("banda dentada HTD 8M", "4100135", "dentada"),
        ("disco de corte 5\" x 1/16", "4100171", {"type": "cut_disc", "dia": "5"}),
        ("DeWalt cut-off wheel 4-1/2", "4100148", {"type": "cut_disc", "brand": "DeWalt"}),
        ("disco flap 7\" grano 60 Klingspor", "4100202", {"type": "flap_disc", "dia": "7", "brand": "Klingspor"}),
        ("disco de desbaste 7 x 1/4", "4100189", "desbaste"),
        ("disco de diamante para concreto 7\"", "4100219", "diamante"),
        ("soldadora inverter 200 amperios", "4100202", "soldadora"),
        ("electrodo 7018 1/8", "4100163", "electrodo"),
        ("guantes de cuero para soldador", "4100127", "guantes"),
        ("compresor de aire 2 HP 100 litros", "4100171", "compresor"),
        ("llave stilson 24\"", "4100189", "stilson"),
        ("cadena de rodillos #40", "4100112", "rodillos #40"),
    ),
    not_item=(
        ("ok, gracias", "4100171"), ("va pues", "4100189"), ("dale, muchas gracias", "4100163"), ("buenas, ¿a qué hora cierran el sábado?", "4100171"),
        ("¿me comunica con un vendedor?", "4100189"), ("la segunda", "4100163"), ("1 y 3", "4100171"), ("lo mismo de la otra vez", "4100189"),
        ("¿aceptan cheque?", "4100219"), ("¿cuándo me habilitan el crédito?", "4100219"), ("Adjunto orden de compra OC-2026-3318.", "4100112"),
        ("Quedamos atentos a su cotización.", "4100127"), ("Favor confirmar tiempo de entrega a Tela.", "4100127"),
        ("Procedemos con la orden, saludos.", "4100112"), ("Atentamente, Departamento de Proveeduría", "4100112"),
        ("fíjese que el pedido no ha llegado", "4100194"), ("va pues, mañana le confirmo", "4100202"), ("¿me manda la factura?", "4100202"),
        ("¿ya salió el camión para San Salvador?", "4100194"), ("gracias, muy amable", "4100194"),
        ("Thank you, we confirm order.", "4100135"), ("Please send invoice to accounting.", "4100135"), ("The second one.", "4100148"),
        ("Lorena will approve the PO tomorrow.", "4100148"), ("Go ahead.", "4100148"), ("morning, all good", "4100156"),
        ("ok thanks boss", "4100156"), ("send it on the Galaxy boat Thursday", "4100156"), ("accept", "4100135"), ("ok", "4100171"),
    ),
)  # fmt: skip

GENERATOR = Generator(
    voice=VOICE, make=C23Row, catalog=erp.catalog, prefix="c23", made=MADE.rows, hand=HAND,
    doc=__doc__, here=HERE, write=erp.write, check=check,
)
build = GENERATOR.build
files = GENERATOR.files
main = GENERATOR.main

if __name__ == "__main__":
    main()
