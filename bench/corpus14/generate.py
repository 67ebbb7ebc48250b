"""Write bench/corpus14/{all,tune,holdout}.csv: buyers' lines on catalog 14, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus14.generate [--out DIR]

Buyers of a Puerto Rico MRO house on Epicor (Caguas, Ponce, Aguadilla): a pharmaceutical plant
in Juncos and a utility contractor in Caguas who write English (`please quote`, `RFQ:`, `qty 10`,
`need … for the PM`), a medical-device plant in Aguadilla whose storeroom writes formal Spanish
requisitions in the trade's English nouns (`Favor de cotizar`, `Solicito cotización`), and a rum
distillery, an electrical contractor, a hardware store and a welding shop who write the island's
WhatsApp Spanish (`saludos, necesito …`, `mano, ¿tienes …?`, `¿cuánto me sale …?`, `pa' mañana`,
`Dios te bendiga`), also dictated by voice. Numbers the US way in both languages (`1,000`).
Each line's words pin facts (words.py); its label is the set of active catalog-14 products
those facts fit, computed, and `check()` verifies every row against the CSV files
`python -m bench.catalog14` writes. Written blind: no matcher was read or run to write it.
Deterministic.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, tail
from bench.blind.corpus import KINDS as KINDS  # the kinds of its lines, as tests read them
from bench.blind.corpus import check
from bench.catalog4.model import Product
from bench.catalog14.erp import INACTIVE, catalog, cross_references, write
from bench.corpus14.words import say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 175, "brand_open": 55, "ambiguous": 45, "code": 35, "mfr_ref": 30}
TYPE_CAP = {"description": 6, "brand_open": 5, "ambiguous": 3}
# customer -> (weight, how they write); "" is a number the house does not know
CUSTOMERS = (("C10042", 12, "en"), ("C10117", 12, "planta"), ("C20311", 12, "isla"), ("C30228", 14, "isla"),
             ("C40515", 14, "isla"), ("C50077", 10, "en"), ("C60190", 4, "isla"), ("", 10, ""))  # fmt: skip
BUYERS = corpus.Buyers(CUSTOMERS, unknown=("isla", "isla", "planta"))
REGION = BUYERS.regions
# Facts a buyer leaves out when leaving them out narrows nothing (the only grade, line or style).
SILENT = ("grade", "material", "line", "style", "shape")
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "ball_bearing": ("seal",), "pillow_block": ("bore",), "flange4": ("bore",), "flange2": ("bore",), "v_belt": ("length",),
    "sprocket": ("teeth",), "hex_cap_screw": ("length", "grade"), "hex_nut": ("grade",), "flat_sae": ("material",),
    "wedge_anchor": ("length",), "threaded_rod": ("feet",), "ball_valve": ("material",), "tc_gasket": ("material",),
    "elbow": ("material",), "tee": ("material",), "coupling": ("material",), "cap": ("material",), "breaker": ("line",),
    "thhn": ("colour",), "emt_connector": ("style",), "emt_coupling": ("style",), "wire_nut": ("colour",), "tape": ("colour",),
    "contactor": ("coil",), "cutoff_wheel": ("thick",), "flap_disc": ("grit", "shape"), "nitrile_glove": ("size",),
    "cut_glove": ("size",), "coverall": ("size", "hood"), "safety_glasses": ("lens",), "hard_hat": ("colour",),
    "half_mask": ("size",), "earplug": ("corded",), "n95": ("valve",),
}  # fmt: skip
WRAP = {
    "isla": ("saludos, necesito {x}", "buenas, ¿tienen {x}?", "¿cuánto me sale {x}?", "me cotizas {x} porfa", "{x}",
             "mano, ¿tienes {x}?", "bro necesito {x} pa' mañana", "Dios te bendiga, ¿me cotizas {x}?", "chequéame si hay {x}",
             "¿precio de {x}?", "{x}", "¿tienen en stock {x}?", "me hace falta {x}", "buenos días, {x}"),
    "planta": ("Favor de cotizar {x}", "Solicito cotización: {x}", "{x}", "Necesitamos {x} para el shutdown",
               "Cotizar {x} - urgente", "Buenas tardes, favor cotizar {x}", "{x}", "¿Tienen disponible {x}?"),
    "en": ("please quote {x}", "need {x} for the PM", "RFQ: {x}", "{x}", "can you check stock on {x}?",
           "pricing and lead time for {x}", "Hi, requesting a quote for {x}", "{x}", "do you carry {x}?", "quote {x} asap"),
}  # fmt: skip
BULLETS = ("- ", "* ", "1) ", "2. ", "• ", "Line 3: ", "")
UNIT_CELL = {"EA": ("EA", "ea", "unid", "pcs"), "BX": ("BX", "caja", "cajas"), "FT": ("FT", "ft", "pies"), "PR": ("PR", "par", "pares"),
             "RL": ("RL", "rollo"), "CS": ("CS", "caja")}  # fmt: skip
UNIT_CELL_EN = {"EA": ("EA", "ea", "each"), "BX": ("BX", "box"), "FT": ("FT", "ft", "feet"), "PR": ("PR", "pair"), "RL": ("RL", "roll"),
                "CS": ("CS", "case")}  # fmt: skip
UNIT_WORDS = {"cajas", "caja", "pares", "pr", "piezas", "pcs", "pies", "ft", "rollos", "bx", "cs", "boxes", "box", "cases", "case",
              "pairs", "reels", "rolls", "ea", "m", "unid"}  # fmt: skip
# what a piece count of an item sold by the box can be (a seller divides by the box)
BY_THE_PIECE = {"hex_cap_screw", "hex_nut", "lock_nut", "flat_sae", "flat_uss", "split_lock", "wedge_anchor", "wire_nut", "coverall"}
SPOKEN_ES = {1: "un", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 8: "ocho", 10: "diez", 12: "doce", 15: "quince",
             20: "veinte", 24: "veinticuatro", 25: "veinticinco", 30: "treinta", 50: "cincuenta", 100: "cien"}  # fmt: skip
SPOKEN_EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten", 12: "twelve", 15: "fifteen",
             20: "twenty", 24: "twenty four", 25: "twenty five", 30: "thirty", 50: "fifty", 100: "a hundred"}  # fmt: skip


class Row(corpus.Row):
    CATALOG = "catalog14"


seeded = partial(corpus.sha_random, "c14")
roll = partial(corpus.sha_roll, "c14")


def box_size(p: Product) -> int:
    """The pieces in the box or case the item is sold by, as its name says (`BX/100`, `CS/25`)."""
    m = re.search(r"(?:BX|CS)/(\d+)", p.name)
    return int(m.group(1)) if m else 1


# --- quantities ----------------------------------------------------------------------------------


def quantity(p: Product, en: bool, rng: Random, spoken: bool = False) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item, and its value in the item's unit.
    `spoken`: a dictated line, small numbers said in words."""
    if rng.random() < 0.12:
        return "", "", ""
    uom, pick, t = p.uom, rng.choice, p.attrs["type"]

    def num(n: int) -> str:
        words = SPOKEN_EN if en else SPOKEN_ES
        return words[n] if spoken and n in words else f"{n:,}"

    if uom in ("BX", "CS"):
        n = pick((1, 2, 3, 4, 5, 10, 20) if uom == "BX" else (1, 2, 3, 4))
        box = box_size(p)
        if t in BY_THE_PIECE and rng.random() < 0.35:  # pieces: the seller takes whole boxes
            pcs = f"{n * box:,}"
            return pick(((f"{pcs} pcs" if en else f"{pcs} piezas", "", str(n)), ("", f"qty {pcs} pcs" if en else f"- {pcs} pcs", str(n))))
        one, many = (("case", "cases") if uom == "CS" else ("box", "boxes")) if en else ("caja", "cajas")
        word = one if n == 1 else many
        if en:
            return pick(((f"{num(n)} {word} of", "", str(n)), ("", f"qty {n} {uom.lower()}", str(n)), (f"{n} {uom.lower()}", "", str(n))))
        return pick(((f"{num(n)} {word} de", "", str(n)), ("", f"x {n} {word}", str(n)), (f"{n} {uom.lower()}", "", str(n)),
                     (f"{num(n)} {word} de {box} de", "", str(n))))  # fmt: skip
    if uom == "FT":
        if rng.random() < 0.3:  # whole reels of wire, whole boxes of chain
            n = pick((1, 2, 3, 4))
            one, many = (("reel", "reels") if t == "thhn" else ("box", "boxes")) if en else (("rollo", "rollos") if t == "thhn" else ("caja", "cajas"))
            size = f" de {p.pack_qty}'" if not en and rng.random() < 0.4 else ""
            return f"{num(n)} {one if n == 1 else many}{size} de" if not en else f"{num(n)} {one if n == 1 else many} of", "", str(n * p.pack_qty)
        n = pick((25, 50, 100, 150, 200, 250, 300, 500, 1000, 1500, 2000, 2500) if t == "thhn" else (5, 10, 20, 30, 50, 100))
        if en:
            return pick(((f"{n:,} ft of", "", str(n)), ("", f"- {n:,} ft", str(n)), ("", f"qty {n:,}'", str(n)), (f"{n:,}'", "", str(n))))
        return pick(((f"{num(n)} pies de", "", str(n)), (f"{n:,}' de", "", str(n)), ("", f"x {n:,} pies", str(n)), ("", f"- {n:,} ft", str(n))))
    if uom == "PR":
        n = pick((1, 2, 3, 5, 6, 10, 12, 24, 50))
        if n == 1 and rng.random() < 0.6:  # a pair of gloves is one pair
            return ("a pair of" if en else "un par de"), "", "1"
        if n == 12 and rng.random() < 0.5:
            return ("a dozen pairs of" if en else pick(("una docena de", "una docena de pares de"))), "", "12"
        if en:
            return pick(((f"{num(n)} pairs of", "", str(n)), ("", f"qty {n} pr", str(n)), ("", f"x {n} pairs", str(n))))
        return pick(((f"{num(n)} pares de", "", str(n)), ("", f"x {n} pares", str(n)), ("", f"- {n} pr", str(n))))
    if uom == "RL":
        n = pick((1, 2, 5, 10, 12, 20, 24, 50, 100))
        if en:
            return pick(((f"{num(n)} rolls of", "", str(n)), ("", f"qty {n}", str(n)), (f"({n})", "", str(n))))
        return pick(((f"{num(n)} rollos de", "", str(n)), ("", f"x {n} rollos", str(n)), (num(n), "", str(n))))
    cheap = p.list_price < 15
    n = pick((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 50, 100, 200) if cheap else (1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 24))
    if n in (2, 6, 12, 24) and rng.random() < 0.35:  # counting words: a pair of bearings is two bearings
        words = ({2: "a pair of", 6: "half a dozen", 12: "a dozen", 24: "two dozen"} if en else
                 {2: "un par de", 6: "media docena de", 12: "una docena de", 24: "dos docenas de"})  # fmt: skip
        return words[n], "", str(n)
    q = num(n)
    if en:
        return pick(((f"{q} ea", "", str(n)), (f"({q})", "", str(n)), ("", f"qty {q}", str(n)), ("", f"x{q}", str(n)), (f"{q} pcs", "", str(n)),
                     (q, "", str(n))))  # fmt: skip
    return pick(((f"{q} unidades de" if n > 1 else "una unidad de", "", str(n)), (q, "", str(n)), ("", f"x {q}", str(n)), ("", f"- {q}", str(n)),
                 ("", f"cant. {q}", str(n)), (f"{q} pcs", "", str(n))))  # fmt: skip


# --- how a line is dressed -----------------------------------------------------------------------


# words that carry a quantity or a unit: a slip there would change what the line asks for
QUANTITY_WORDS = {"docena", "docenas", "pares", "cajas", "rollos", "rollo", "piezas", "unidades", "dozen", "pairs", "boxes", "reels",
                  "cases", "media", "unidad"}  # fmt: skip


def spoken(text: str, en: bool) -> str:
    """What WhatsApp's dictation writes: lower case, no inch marks or punctuation, `x` said as `por` / `by`."""
    text = re.sub(r"\s+x\s+", " by " if en else " por ", text.lower())
    text = re.sub(r"[\"?¿!,:;()]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def dress(item: str, p: Product, region: str, rng: Random, note: dict[str, str]) -> tuple[str, str]:
    """The whole line around an item's words: quantity, channel, wrapper, slips. Returns (text, qty)."""
    en = region == "en"
    fmt = rng.choice(("whatsapp", "whatsapp", "whatsapp", "email", "xlsx", "voice") if region == "isla" else
                     ("whatsapp", "email", "email", "xlsx", "xlsx", "voice"))  # fmt: skip
    before, after, qty = quantity(p, en, rng, spoken=fmt == "voice")
    if fmt == "voice" and after:  # said before the item: a number after a size would read as a dimension
        before, after = re.sub(r"^(x|-|qty|cant\.)\s*", "", after), ""
        if before.split()[-1] in UNIT_WORDS:
            before += " of" if en else " de"
    note.update(fmt=fmt, qty="yes" if qty else "none")
    if fmt == "xlsx":  # a requisition row: the quantity in the item's unit, the unit in its own cell
        return corpus.requisition(item, f"{int(qty):,}" if qty else "", lambda: (UNIT_CELL_EN if en else UNIT_CELL)[p.uom],
                                  ("\t", " | ", ","), rng, upper=0.5), qty  # fmt: skip
    body = " ".join(x for x in (before, item, after) if x)
    if fmt == "email":
        return corpus.bulleted(body, BULLETS, WRAP[region], rng, wrapped=0.3), qty
    text = rng.choice(WRAP[region]).format(x=body)
    if fmt == "voice":
        return spoken(text, en), qty
    return corpus.hurried(text, rng, en=en, protect=QUANTITY_WORDS, note=note), qty


VOICE = corpus.Voice.of(seeded, BUYERS, lambda pins, region, rng: say(pins, region == "en", rng), dress)


# --- the kinds of line ---------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return corpus.item_lines(
        products, seed="c14|", targets=TARGETS, caps=TYPE_CAP, type_key="type", omit=OMIT, silent=SILENT, roll=roll,
        row_for=partial(VOICE.fitted_row, Row, products, silent=SILENT, same_unit=lambda cands: len({(c.uom, c.pack_qty, box_size(c)) for c in cands}) == 1),
    )  # fmt: skip


def as_typed(text: str, shape: str, qty: str, note: dict[str, str]) -> str:
    """A part number is typed, not dictated: a line dressed as dictation is the typed `shape`
    instead (then ` x qty`), sent on WhatsApp."""
    if note["fmt"] != "voice":
        return text
    note["fmt"] = "whatsapp"
    return shape if not qty else f"{shape} x {qty}"


def code_rows(products: list[Product]) -> list[Row]:
    """An Epicor part number copied off an old quote or invoice, with words around it."""
    return tail.code_lines(
        VOICE, Row, products, seed="code14", target=TARGETS["code"],
        spell=lambda p, rng: rng.choice((p.sku, p.sku, p.sku.lower(), f"{p.sku[:2]}-{p.sku[2:]}", f"{p.sku[:2]} {p.sku[2:]}")),
        shapes=(("{s}", "part {s}", "#{s}", "código {s}", "item {s}", "núm. de parte {s}", "{s} de la cotización pasada", "su part# {s}"),
                ("{s}", "part# {s}", "your p/n {s}", "item {s}", "PN {s}", "{s} (per last invoice)")),
        kind=say, mend=lambda text, shape, _spelled, qty, _region, note: as_typed(text, shape, qty, note), needle=lambda p, _spelled: p.sku,
    )  # fmt: skip


def part_rows(products: list[Product]) -> list[Row]:
    """A customer's own part number (cross_references.csv), ten per customer who sends them."""
    shapes = {"C10042": ("SAP {part}", "material {part}", "{part} - {what}", "our mat# {part}", "{part}"),
              "C10117": ("Oracle item {part}", "{part} ({what})", "nuestro item {part}", "{part}"),
              "C50077": ("stock code {part}", "{part} {what}", "{part}", "IPS p/n {part}")}  # fmt: skip
    return corpus.part_lines(
        Row, products, cross_references(products), shapes, BUYERS, seeded=seeded, quantity=quantity, say=say, count=lambda n, en: f"{n:,}",
        unit_cell=lambda p, en: (UNIT_CELL_EN if en else UNIT_CELL)[p.uom][0], bullets=lambda en: BULLETS,
    )  # fmt: skip


def mfr_rows(products: list[Product]) -> list[Row]:
    """The maker's part number (an alias only one product carries), as the box or the old part says."""
    refs = corpus.maker_refs(products, seed="mfr14|", target=TARGETS["mfr_ref"], cap=3, type_key="type")
    shape = tail.maker_shape(es=("{b} o equivalente", "parte {b}"), en=("{b} or equal", "mfr part {b}"))
    return VOICE.maker_rows(Row, refs, shape, typed=as_typed)


# (text, customer, facts that fit nothing active | a word no product carries)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("bearing 6312 2rs x 4", "C20311", {"type": "ball_bearing", "series": "6312"}),
    ("need 2 pillow blocks UCP215 2-15/16", "C50077", {"type": "pillow_block", "size": "215"}),
    ("tapered bearing set 45 timken qty 2", "C50077", {"type": "tapered_set", "set": "SET45"}),
    ("correa B120 x 2", "C20311", {"type": "v_belt", "section": "B", "length": "120"}),
    ("belt 5L600", "C40515", {"type": "v_belt", "section": "5L"}),
    ("cadena #100 20 pies", "C20311", {"type": "roller_chain", "ansi": "100"}),
    ("sprocket 80B20 x 1", "C50077", {"type": "sprocket", "ansi": "80"}),
    ("tornillo 1\" x 6 gr8 - 25 pcs", "C40515", {"type": "hex_cap_screw", "dia": "1"}),
    ("metric hex bolts M12 x 40 class 8.8, 100 pcs", "C10042", {"type": "hex_cap_screw", "dia": "M12"}),
    ("tuerca de nylon 1/2 inox x 100", "C40515", {"type": "lock_nut", "dia": "1/2", "grade": "ss"}),
    ("wedge anchor 3/4 x 8 una caja", "C30228", {"type": "wedge_anchor", "dia": "3/4"}),
    ("varilla roscada 1\" x 10'", "C40515", {"type": "threaded_rod", "dia": "1"}),
    ("válvula de bola 3\" bronce", "C20311", {"type": "ball_valve", "size": "3"}),
    ("ball valve 1\" 316 with tri-clamp ends", "C10042", {"type": "ball_valve", "ends": "tri-clamp"}),
    ("gasket tri-clamp 6\" EPDM x 10", "C10117", {"type": "tc_gasket", "size": "6"}),
    ("gasket tri-clamp 2\" buna x 20", "C10117", {"type": "tc_gasket", "size": "2", "material": "buna"}),
    ("4\" sanitary butterfly valve", "C10042", "butterfly"),
    ("codo PVC sch 80 1\" x 10", "C40515", {"type": "elbow", "material": "pvc80"}),
    ("breaker QO 2P 100A", "C30228", {"type": "breaker", "line": "QO", "amps": "100"}),
    ("breaker GFCI 20 amps QO", "C30228", "GFCI"),
    ("breaker HOM 3 polos 30 amps", "C30228", {"type": "breaker", "line": "HOM", "poles": "3"}),
    ("wire #4 THHN negro 500'", "C30228", {"type": "thhn", "gauge": "4"}),
    ("alambre THHN #12 amarillo 500 pies", "C40515", {"type": "thhn", "gauge": "12", "colour": "yellow"}),
    ("tubo EMT 3\" x 10", "C30228", {"type": "emt", "size": "3"}),
    ("PVC conduit 1\" x 10 ft, 20 sticks", "C50077", {"type": "pvc_conduit"}),
    ("contactor 95A 120V allen bradley", "C50077", {"type": "contactor", "amps": "95"}),
    ("disco de corte 9\" x 5/64", "C60190", {"type": "cutoff_wheel", "dia": "9"}),
    ("flap disc 4-1/2 grit 36 x 10", "C40515", {"type": "flap_disc", "grit": "36"}),
    ("lija de agua 2000 x 50", "C40515", {"type": "sandpaper", "grit": "2000"}),
    ("nitrile gloves XS 10 boxes", "C10042", {"type": "nitrile_glove", "size": "XS"}),
    ("mameluco tyvek talla S una caja", "C10117", {"type": "coverall", "size": "S"}),
    ("casco negro MSA x 3", "C20311", {"type": "hard_hat", "colour": "black"}),
    ("careta de soldar auto oscurecimiento", "C60190", "careta"),
    ("full body harness x 2", "C50077", "harness"),
    ("electrodos 7018 1/8 10 libras", "C60190", "electrodo"),
    ("grasa EP2 en cartucho x 10", "C20311", "grasa"),
    ("WD-40 x 12", "C40515", "wd40"),
    ("escalera de 6 pies fibra de vidrio", "C40515", "escalera"),
    ("lockout padlocks x 10", "C10117", "padlock"),
    ("extintor de 10 lbs", "C20311", "extintor"),
    ("manguera de aire 3/8 x 50'", "C40515", "manguera"),
    ("drill bits cobalt 1/2 x 6", "C50077", "drill"),
)  # fmt: skip

NOT_ITEM = (
    ("Saludos", "C30228"), ("Dios te bendiga", "C20311"), ("ok gracias", "C40515"), ("perfecto, dale", "C30228"),
    ("bendiciones", "C40515"), ("mano, ¿a qué hora cierran en Ponce?", "C40515"), ("¿me envías la factura?", "C20311"),
    ("¿aceptan ATH Móvil?", "C60190"), ("el PO te lo mando ahorita", "C30228"), ("¿hacen entregas en Mayagüez?", "C20311"),
    ("Sent from my iPhone", "C30228"), ("¿cuándo llega lo de ayer?", "C30228"), ("¿el precio incluye IVU?", "C40515"),
    ("ok, brega con eso", "C30228"), ("Enviado desde mi Galaxy", "C40515"), ("Cant | UOM | Descripción", "C10117"),
    ("Favor de confirmar recibo de esta requisición", "C10117"), ("Gracias de antemano, Yadira Colón | Almacén", "C10117"),
    ("¿tienen crédito a 30 días?", "C60190"), ("ya te hice el pago", "C60190"),
    ("Thanks!", "C10042"), ("PO 4500123987 to follow", "C10042"), ("Please confirm receipt", "C10042"),
    ("Regards, Marisol Ortiz | Procurement", "C10042"), ("what's the lead time on the last order?", "C50077"),
    ("Line | Part | Qty | UOM", "C50077"), ("ok go ahead", "C50077"), ("please deliver to Building 5, receiving dock", "C10042"),
    ("Is the Caguas warehouse open on Saturday?", "C50077"), ("noted, thanks", "C50077"),
)  # fmt: skip


HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c14", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
