"""Write bench/corpus15/{all,tune,holdout}.csv: buyers' lines on catalog 15, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus15.generate [--out DIR]

Buyers of a Bolivian-Paraguayan house on SAP S/4HANA (Santa Cruz de la Sierra, El Alto, Asunción):
a silver mine in Potosí and a gas-field contractor in Santa Cruz whose expatriate engineers write
English (`please quote`, `RFQ:`, `need … at site asap`, `qty 20`, `1,000`); a sugar mill in Warnes
and a soy crushing plant in Encarnación whose purchasing offices write formal requisitions
(`Solicitamos cotización de …`, `Favor cotizar …`, `Requerimos …`); an electrical contractor in
Santa Cruz, a hardware store in El Alto and a (blocked) metalworking shop in Montero who write
Bolivia's WhatsApp Spanish (`buenas, ¿tiene …?`, `¿tienen nomás …?`, `pásame precio de …`,
`… para hoy pues`, `cotícemelo`); a hardware store in Luque and unknown numbers who write
Paraguay's voseo with a word of Guaraní (`che, ¿tenés …?`, `mba'éichapa, pasame presupuesto de …`,
`che ra'a`). Numbers the way each writes them: `1.000` and `2,5` in Spanish, `1,000` and `2.5`
in English. SAP material numbers of 18 digits are written short (`10004521`, `mat. 10004521`) or
copied whole off a proforma. Each line's words pin facts (words.py); its label is the set of
active catalog-15 products those facts fit, computed, and `check()` verifies every row against
the CSV files `python -m bench.catalog15` writes. Written blind: no matcher was read or run to
write it. Deterministic.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, tail
from bench.blind.corpus import KINDS  # noqa: F401  (the kinds of line, as tests read them off each generator)
from bench.blind.dress import Dress, item_rows
from bench.catalog4.model import Product
from bench.catalog15.erp import INACTIVE, catalog, cross_references, write
from bench.corpus15.words import say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 190, "brand_open": 55, "ambiguous": 50, "code": 35, "mfr_ref": 30}
TYPE_CAP = {"description": 7, "brand_open": 5, "ambiguous": 3}
# customer -> (weight, how they write); "" is a number the house does not know
CUSTOMERS = (("1000112", 13, "en"), ("1000245", 10, "en"), ("1000318", 11, "compras"), ("1000407", 13, "bo"), ("1000533", 14, "bo"),
             ("1000619", 9, "compras"), ("1000702", 14, "py"), ("1000881", 4, "bo"), ("", 12, ""))  # fmt: skip
# a number the house does not know writes Bolivia's or Paraguay's Spanish
BUYERS = corpus.Buyers(CUSTOMERS, unknown=("bo", "py", "py"))
REGION = BUYERS.regions
# Facts a buyer leaves out when leaving them out narrows nothing.
SILENT = ("grade", "finish", "material", "style", "toe", "mount", "line")
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "ball_bearing": ("seal",), "pillow_block": ("size",), "v_belt": ("length",), "sprocket": ("teeth",), "hex_bolt": ("length", "grade"),
    "flat_washer": ("finish",), "lock_washer": ("finish",), "anchor": ("length",), "ball_valve": ("material",), "check_valve": ("style",),
    "elbow": ("material",), "tee": ("material",), "coupling": ("material",), "plug": ("material",), "breaker": ("poles",), "rcd": ("poles",),
    "contactor": ("coil",), "cable": ("colour",), "multicore": ("cores",), "tape": ("colour",), "cutoff_disc": ("thick",),
    "flap_disc": ("grit",), "safety_boot": ("size", "toe"), "leather_glove": ("size",), "coated_glove": ("size",), "hard_hat": ("colour",),
    "safety_glasses": ("lens",), "earplug": ("corded",), "earmuff": ("mount",), "n95": ("valve",), "half_mask": ("size",),
    "vest": ("size", "colour"), "coverall": ("size",), "cartridge": ("model",),
}  # fmt: skip
WRAP = {
    "bo": ("buenas, ¿tiene {x}?", "¿tienen nomás {x}?", "pásame precio de {x} porfa", "{x}", "necesito {x} para hoy pues",
           "hola, me cotiza {x}", "buen día, quisiera {x}", "{x}, ¿hay?", "cotícemelo {x} por favor", "{x}", "¿a cuánto está {x}?",
           "a ver, {x}", "urgente {x}"),
    "py": ("che, ¿tenés {x}?", "mba'éichapa, pasame presupuesto de {x}", "buenas, ¿hay {x}?", "{x}", "necesito {x} para mañana",
           "¿cuánto sale {x}?", "presupuesto de {x} porfa", "che ra'a, ¿tenés {x}?", "hola, ¿me pasás precio de {x}?", "{x}"),
    "compras": ("Solicitamos cotización de {x}", "Favor cotizar {x}", "{x}", "Requerimos {x}", "Cotizar por favor {x}, con plazo de entrega",
                "Buenos días, solicitamos {x}", "{x}", "Según solicitud de pedido adjunta: {x}"),
    "en": ("please quote {x}", "need {x} at site asap", "RFQ: {x}", "{x}", "do you have {x} in stock?", "price and delivery for {x}",
           "Hi, can you quote {x}", "we need {x} for the shutdown", "{x} - urgent", "{x}"),
}  # fmt: skip
# an email's list, and the position numbers of an SAP purchase requisition (10, 20, 30: never a count)
BULLETS = ("- ", "* ", "1) ", "2. ", "• ", "Pos. 10: ", "")
BULLETS_EN = ("- ", "* ", "1) ", "2. ", "• ", "Item 20: ", "")
UNIT_CELL = {"UN": ("UN", "un", "unid", "pza"), "M": ("M", "m", "mts", "metros"), "KG": ("KG", "kg", "kilos"), "CJ": ("CJ", "caja", "cajas"),
             "PAR": ("PAR", "par", "pares")}  # fmt: skip
UNIT_CELL_EN = {"UN": ("EA", "ea", "pcs", "each"), "M": ("m", "M", "meters"), "KG": ("kg", "KG"), "CJ": ("box", "BX"), "PAR": ("pair", "pr")}
UNIT_WORDS = {"cajas", "caja", "pares", "par", "pzas", "pcs", "m", "metros", "mts", "rollos", "rollo", "kg", "kilos", "boxes", "box",
              "pairs", "rolls", "meters", "unidades", "bx", "pr"}  # fmt: skip


class Row(corpus.Row):
    CATALOG = "catalog15"


seeded = partial(corpus.sha_random, "c15")
roll = partial(corpus.sha_roll, "c15")


# --- quantities ----------------------------------------------------------------------------------


def number(n: int, en: bool) -> str:
    """A count as the buyer writes it: `1,000` in English, `1.000` in Spanish."""
    s = f"{n:,}"
    return s if en else s.replace(",", ".")


def quantity(p: Product, en: bool, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item, and its value in the
    item's unit (the seller's: boxes of bolts are pieces, rolls of cable are metres)."""
    if rng.random() < 0.12:
        return "", "", ""
    uom, pick, t = p.uom, rng.choice, p.attrs["type"]
    if uom == "UN" and p.pack_qty > 1:  # bolts, nuts, anchors: by the piece, boxed
        if rng.random() < 0.35:
            n = pick((1, 2, 3, 5, 10))
            q = str(n * p.pack_qty)
            if en:
                return pick(((f"{n} boxes of" if n > 1 else "one box of", "", q), ("", f"- {n} box{'es' if n > 1 else ''}", q)))
            return pick(((f"{n} cajas de" if n > 1 else "una caja de", "", q), ("", f"x {n} caja{'s' if n > 1 else ''}", q),
                         (f"{n} cajas de {p.pack_qty} de" if n > 1 else f"una caja de {p.pack_qty} de", "", q)))  # fmt: skip
        n = pick((10, 20, 25, 30, 50, 100, 150, 200, 250, 500, 1000, 2000))
        if n == 100 and not en and rng.random() < 0.4:
            return "un ciento de", "", "100"
        if n == 1000 and not en and rng.random() < 0.4:
            return "un millar de", "", "1000"
        N = number(n, en)
        if en:
            return pick(((f"{N} pcs", "", str(n)), ("", f"qty {N}", str(n)), (f"{N} x", "", str(n)), ("", f"- {N} pcs", str(n))))
        return pick(((f"{N} pzas de", "", str(n)), (N, "", str(n)), ("", f"x {N}", str(n)), ("", f"- {N}", str(n)), (f"{N} unidades de", "", str(n)),
                     ("", f"cant. {N}", str(n))))  # fmt: skip
    if uom == "M":
        per = p.pack_qty
        if rng.random() < 0.3:  # whole rolls of cable, whole boxes of chain
            n = pick((1, 2, 3, 5))
            q = str(n * per)
            if t == "roller_chain":
                one, many = ("box", "boxes") if en else ("caja", "cajas")
            else:
                one, many = ("roll", "rolls") if en else ("rollo", "rollos")
            if en:
                return (f"one {one} of" if n == 1 else f"{n} {many} of"), "", q
            art = "una" if one == "caja" else "un"
            return pick((((f"{art} {one} de" if n == 1 else f"{n} {many} de"), "", q), ("", f"x {n} {one if n == 1 else many}", q)))
        if t == "roller_chain":
            n = pick((5, 10, 15, 20, 30, 50))
        else:
            n = pick((10, 20, 25, 50, 100, 150, 200, 300, 500, 1000, 1500, 2000))
            if n >= 1000 and rng.random() < 0.4:
                km = f"{n / 1000:g}" if en else f"{n / 1000:g}".replace(".", ",")
                return (f"{km} km of" if en else f"{km} km de"), "", str(n)
        N = number(n, en)
        if en:
            return pick(((f"{N} m of", "", str(n)), (f"{N}m", "", str(n)), ("", f"qty {N} m", str(n)), ("", f"x {N} meters", str(n))))
        return pick(((f"{N} m de", "", str(n)), (f"{N} metros de", "", str(n)), ("", f"x {N} m", str(n)), ("", f"- {N} mts", str(n))))
    if uom == "KG":
        n = pick((1, 2, 3, 5, 10, 20, 25))
        if en:
            return pick(((f"{n} kg of", "", str(n)), ("", f"qty {n} kg", str(n))))
        if n == 1 and rng.random() < 0.5:
            return "un kilo de", "", "1"
        return pick(((f"{n} kg de", "", str(n)), (f"{n} kilos de", "", str(n)), ("", f"x {n} kg", str(n)), ("", f"- {n} kilos", str(n))))
    if uom == "CJ":
        n = pick((1, 2, 3, 5, 10))
        if en:
            return pick(((f"{n} boxes of" if n > 1 else "one box of", "", str(n)), ("", f"qty {n} bx", str(n))))
        return pick(((f"{n} cajas de" if n > 1 else "una caja de", "", str(n)), ("", f"x {n} caja{'s' if n > 1 else ''}", str(n))))
    if uom == "PAR":
        n = pick((1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 50))
        if n == 1 and rng.random() < 0.6:  # a pair of gloves is one pair
            return ("a pair of" if en else "un par de"), "", "1"
        if n == 12 and rng.random() < 0.5:
            return ("a dozen pairs of" if en else pick(("una docena de", "una docena de pares de"))), "", "12"
        if en:
            return pick(((f"{n} pairs of", "", str(n)), ("", f"qty {n} pr", str(n)), ("", f"x {n} pairs", str(n))))
        return pick(((f"{n} pares de", "", str(n)), ("", f"x {n} pares", str(n)), ("", f"- {n} pares", str(n))))
    cheap = p.list_price < 100
    n = pick((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 50) if cheap else (1, 2, 3, 4, 5, 6, 8, 10, 12))
    if n in (2, 6, 12, 24) and rng.random() < 0.35:  # counting words: a pair of bearings is two bearings
        words = ({2: "a pair of", 6: "half a dozen", 12: "a dozen", 24: "two dozen"} if en else
                 {2: "un par de", 6: "media docena de", 12: "una docena de", 24: "dos docenas de"})  # fmt: skip
        return words[n], "", str(n)
    q = str(n)
    if en:
        return pick(((f"{q} ea", "", q), (f"({q})", "", q), ("", f"qty {q}", q), ("", f"x{q}", q), (f"{q} pcs", "", q), (q, "", q)))
    return pick(((f"{q} unidades de" if n > 1 else "una unidad de", "", q), (q, "", q), ("", f"x {q}", q), ("", f"- {q}", q),
                 ("", f"cant. {q}", q), (f"{q} pzas", "", q), (f"{q} und", "", q)))  # fmt: skip


# --- how a line is dressed -----------------------------------------------------------------------


# words that carry a quantity or a unit: a slip there would change what the line asks for
QUANTITY_WORDS = {"docena", "docenas", "pares", "cajas", "rollos", "rollo", "unidades", "unidad", "dozen", "pairs", "boxes", "media",
                  "ciento", "millar", "metros", "kilos", "meters"}  # fmt: skip


# the channels each region writes on
FORMATS = {"bo": ("whatsapp", "whatsapp", "whatsapp", "whatsapp", "email", "xlsx"),
           "py": ("whatsapp", "whatsapp", "whatsapp", "email", "xlsx"),
           "compras": ("email", "email", "xlsx", "xlsx", "whatsapp"),
           "en": ("email", "email", "whatsapp", "xlsx", "xlsx")}  # fmt: skip
dress = Dress(formats=FORMATS, quantity=quantity, count=number, unit_cells={False: UNIT_CELL, True: UNIT_CELL_EN},
              bullets={False: BULLETS, True: BULLETS_EN}, wraps=WRAP, protect=QUANTITY_WORDS, upper=0.5)  # fmt: skip


VOICE = corpus.Voice.of(seeded, BUYERS, lambda pins, region, rng: say(pins, region == "en", rng), dress)


# --- the kinds of line ---------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return item_rows(VOICE, Row, products, seed="c15|", targets=TARGETS, caps=TYPE_CAP, omit=OMIT, silent=SILENT, roll=roll)


def short(sku: str) -> str:
    """A material number as people write it: without S/4's leading zeros."""
    return sku.lstrip("0")


def code_rows(products: list[Product]) -> list[Row]:
    """An S/4 material number copied off an old proforma or invoice, mostly without its zeros."""
    return tail.code_lines(
        VOICE, Row, products, seed="code15", target=TARGETS["code"], spell=lambda p, rng: rng.choice((short(p.sku), short(p.sku), short(p.sku), p.sku)),
        shapes=(("{s}", "mat. {s}", "material {s}", "cód. {s}", "código {s}", "art. {s}", "{s} de la proforma anterior", "su código {s}", "material SAP {s}"),
                ("{s}", "material {s}", "mat# {s}", "your material no. {s}", "item {s}", "{s} (as per last invoice)")),
        kind=say, mend=lambda text, _shape, spelled, qty, _region, _note: tail.run_apart(text, spelled, qty),
    )  # fmt: skip


def part_rows(products: list[Product]) -> list[Row]:
    """A customer's own part number (cross_references.csv), ten per customer who sends them."""
    shapes = {"1000112": ("our SAP {part}", "material {part}", "{part} - {what}", "our mat# {part}", "{part}"),
              "1000245": ("stock code {part}", "{part} {what}", "{part}", "CGF p/n {part}"),
              "1000318": ("nuestro código {part}", "{part} ({what})", "repuesto {part}", "{part}")}  # fmt: skip
    return dress.part_rows(Row, products, cross_references(products), shapes, BUYERS, seeded=seeded, say=say)


def mfr_rows(products: list[Product]) -> list[Row]:
    """The maker's part number (an alias only one product carries), as the box or the old part says."""
    refs = corpus.maker_refs(products, seed="mfr15|", target=TARGETS["mfr_ref"], cap=3, type_key="type")
    shape = tail.maker_shape(es=("{b} o similar", "ref. {b}"), en=("{b} or equivalent", "mfr p/n {b}"))
    return VOICE.maker_rows(Row, refs, shape)


# (text, customer, facts that fit nothing active | a word no product carries)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("ruleman 6316 2rs x 2", "1000533", {"type": "ball_bearing", "series": "6316"}),
    ("spherical roller bearing 22218 CCK/W33 qty 2", "1000112", {"type": "spherical"}),
    ("chumacera UCP215 eje 75", "1000318", {"type": "pillow_block", "size": "215"}),
    ("rodamiento conico 33212 x 4", "1000619", {"type": "tapered", "series": "33212"}),
    ("correa B-150 gates x 3", "1000702", {"type": "v_belt", "section": "B", "length": "150"}),
    ("correa SPB 2000 x 4", "1000318", {"type": "v_belt", "section": "SPB"}),
    ("cadena ASA 100 simple 10 metros", "1000619", {"type": "roller_chain", "ansi": "100"}),
    ("piñón ASA 80 de 17 dientes", "1000318", {"type": "sprocket", "ansi": "80"}),
    ("bulon M24x100 8.8 x 20", "1000533", {"type": "hex_bolt", "thread": "M24"}),
    ("bulones M10x30 inox A2 x 100", "1000702", {"type": "hex_bolt", "thread": "M10", "grade": "A2"}),
    ("HHCS 1\" x 6 grade 8 qty 25", "1000245", {"type": "hex_bolt", "thread": "1"}),
    ("tuerca M24 x 50", "1000533", {"type": "hex_nut", "thread": "M24"}),
    ("arandela plana 1\" x 5 kg", "1000702", {"type": "flat_washer", "dia": "1"}),
    ("anclaje químico HIT-RE 500 x 5", "1000407", "quimico"),
    ("válvula esférica 3\" bronce", "1000318", {"type": "ball_valve", "size": "3"}),
    ("válvula mariposa 4\" x 2", "1000619", "mariposa"),
    ("codo 90 galvanizado 3\" x 10", "1000702", {"type": "elbow", "size": "3"}),
    ("ball valve 2\" 600# flanged", "1000245", "flanged"),
    ("llave termomagnética 4x32A", "1000407", {"type": "breaker", "poles": "4"}),
    ("termomagnética 3x100A", "1000407", {"type": "breaker", "amps": "100"}),
    ("contactor 95A bobina 220V", "1000619", {"type": "contactor", "amps": "95"}),
    ("cable unipolar 35mm2 negro 200 m", "1000407", {"type": "cable", "section": "35"}),
    ("cable 2,5mm2 naranja 100 m", "1000533", {"type": "cable", "section": "2.5", "colour": "naranja"}),
    ("cable taller 5x6 50 metros", "1000702", {"type": "multicore", "cores": "5"}),
    ("disco de corte 125 x 1,0 x 25", "1000702", {"type": "cutoff_disc", "dia": "125"}),
    ("disco flap 115 grano 36 x 10", "1000881", {"type": "flap_disc", "grit": "36"}),
    ("lija al agua grano 2000 x 50", "1000533", {"type": "sandpaper", "grit": "2000"}),
    ("botines punta de acero nº 46 x 2 pares", "1000112", {"type": "safety_boot", "size": "46"}),
    ("casco negro x 5", "1000533", {"type": "hard_hat", "colour": "negro"}),
    ("chaleco reflectivo talla S x 10", "1000702", {"type": "vest", "size": "S"}),
    ("arnés de seguridad cuerpo completo x 4", "1000112", "arnes"),
    ("careta para soldar fotosensible", "1000881", "careta"),
    ("electrodos 6013 de 1/8 x 5 kilos", "1000881", "electrodo"),
    ("grasa lubricante para rulemanes x balde", "1000318", "lubricante"),
    ("extintor PQS 10 kg", "1000619", "extintor"),
    ("manguera de aire 3/8 x 50 m", "1000702", "manguera"),
    ("HSS drill bits 1/2\" x 6", "1000245", "drill"),
    ("welding rods E7018 3.2mm 20 kg", "1000245", "7018"),
    ("pintura anticorrosiva gris 1 galón", "1000533", "pintura"),
    ("silicona alta temperatura x 12", "1000702", "silicona"),
)  # fmt: skip

NOT_ITEM = (
    ("buenas tardes", "1000533"), ("ya, gracias", "1000407"), ("¿a qué hora cierran en El Alto?", "1000533"),
    ("mande nomás la proforma", "1000407"), ("¿hacen envío a Cochabamba?", "1000533"), ("¿aceptan pago con QR?", "1000881"),
    ("¿con factura o sin factura?", "1000533"), ("ok jefe", "1000407"), ("gracias casero", "1000533"), ("le deposité al BNB", "1000881"),
    ("mba'éichapa", "1000702"), ("ndeee, gracias che", "1000702"), ("dale, te paso el RUC", "1000702"), ("¿hacen envío a Ciudad del Este?", "1000702"),
    ("listo, ya transferí", "1000702"), ("Adjunto orden de compra 4500012345", "1000318"), ("Favor confirmar recepción", "1000318"),
    ("Atte. Lic. Carmen Suárez - Compras", "1000318"), ("Pos. | Material | Cant. | UM", "1000318"),
    ("Sírvanse enviar proforma con validez de 15 días", "1000619"), ("Plazo de entrega y forma de pago por favor", "1000619"),
    ("Thanks mate", "1000112"), ("PO to follow", "1000112"), ("Please send the proforma in USD", "1000245"),
    ("what's the lead time to site?", "1000112"), ("Kind regards, Liam", "1000112"), ("Item | Description | Qty | UoM", "1000245"),
    ("ok go ahead", "1000245"), ("Can you deliver to the Toldos camp?", "1000112"), ("cheers", "1000245"),
)  # fmt: skip


def carries_short(sku: str, text: str) -> bool:
    """The text carries the material number without S/4's leading zeros, standing alone (no
    digit either side)."""
    return re.search(rf"(?<!\d){re.escape(short(sku))}(?!\d)", text) is not None


def check(text: str, folder: Path) -> list[str]:
    """bench.blind.corpus.check, where a code line may carry its material number without S/4's
    leading zeros (`10004521` for `000000000010004521`), as buyers write it: then the short
    number must stand alone in the text (no digit either side)."""
    return tail.check_short(text, folder, carries_short)


HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c15", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
