"""Write bench/corpus11/{all,tune,holdout}.csv: buyers' lines on catalog 11, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus11.generate [--out DIR]

Buyers of a border distributor in El Paso / Ciudad Juárez on Prophet 21: maquiladora purchasing
and maintenance in Juárez (Spanish and Spanglish: `ocupo`, `balero`, `rondana`, `pastilla`,
`machuelo`, `hex cap`, `pa la línea`, `ahorita`), Chihuahua city (a plainer Spanish: `le
encargo`, `solicito cotización`) and US plants in El Paso and New Mexico writing English
(`need 2 boxes 3/8-16 x 1-1/2 gr5 hex caps`, `pls quote`, `ea`, `bx`). Each line's words pin
facts (attributes and brand); its label is the set of active catalog-11 products those facts
fit, computed, and `check()` verifies every row against the CSV files `python -m bench.catalog11`
writes. Written blind: no matcher was read or run to write it. Deterministic.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus
from bench.blind.corpus import KINDS as KINDS  # the kinds of its lines, as tests read them
from bench.blind.corpus import classify, fits
from bench.catalog4.model import Product
from bench.catalog11.erp import INACTIVE, catalog, cross_references, write

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 180, "brand_open": 55, "ambiguous": 45, "code": 34, "mfr_ref": 32}
TYPE_CAP = {"description": 6, "brand_open": 6, "ambiguous": 3}
# customer -> weight; "" is a number the house does not know (a walk-in on WhatsApp)
CUSTOMERS = (("100112", 16), ("100118", 14), ("100131", 10), ("100190", 4), ("200210", 14), ("200224", 9),
             ("200237", 6), ("", 7))  # fmt: skip
REGION = {"100112": "jrz", "100118": "jrz", "100131": "cuu", "100190": "jrz", "200210": "elp", "200224": "elp",
          "200237": "elp"}  # fmt: skip
PART_CUSTOMERS = ("100112", "100118", "200210")
# Facts a buyer conveys by saying nothing: a bearing not called C3 is of normal clearance (CN).
IMPLIED = {"clearance": "CN"}
# Facts a buyer leaves out when leaving them out changes nothing (only coarse thread in that size,
# only one alloy of MIG wire, the reel or the cut length fixed by the gauge, a grade of which one
# is sold).
SILENT = ("tpi", "put_up", "alloy", "grade")


class Row(corpus.Row):
    CATALOG = "catalog11"


seeded = partial(corpus.sha_random, "c11")


def lang(region: str) -> str:
    return "en" if region == "elp" else "es"


def quiet(products: list[Product], pins: dict[str, str]) -> dict[str, str]:
    """The pins minus the facts a buyer would not bother to say (those that narrow nothing)."""
    return corpus.quiet(products, pins, SILENT)


# --- how each region writes an item (Juárez, Chihuahua, El Paso) ------------------------------

R = {"jrz": 0, "cuu": 1, "elp": 2}
WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ball_bearing": (("balero", "baleros", "bearing", "rodamiento"), ("rodamiento", "balero"), ("bearing", "brg", "ball bearing")),
    "pillow_block": (("chumacera", "chumacera de piso", "pillow block"), ("chumacera de piso", "chumacera"), ("pillow block", "pillow block bearing", "PB")),
    "taper_set": (("juego cono y taza", "balero cónico"), ("rodamiento cónico", "juego cono y copa"), ("tapered bearing", "taper set")),
    "roller_chain": (("cadena", "cadena de rodillos"), ("cadena de rodillos",), ("roller chain", "chain")),
    "connecting_link": (("candado para cadena", "eslabón para cadena"), ("eslabón de conexión para cadena",), ("connecting link", "master link")),
    "hex_cap_screw": (("tornillo hex", "tornillo hexagonal", "hex cap", "tornillo cabeza hex"), ("tornillo cabeza hexagonal", "tornillo hexagonal"),
                      ("hex cap screw", "hex caps", "HHCS", "cap screw")),
    "hex_nut": (("tuerca hex", "tuerca"), ("tuerca hexagonal",), ("hex nut", "hex nuts")),
    "nylon_lock_nut": (("tuerca de seguridad", "tuerca con nylon", "nyloc"), ("tuerca de seguridad con nylon",), ("nylon insert lock nut", "nyloc nut", "nylock")),
    "flat_washer": (("rondana plana", "rondana"), ("rondana plana", "arandela plana"), ("flat washer", "flat washers")),
    "lock_washer": (("rondana de presión", "rondana presión"), ("rondana de presión", "arandela de presión"), ("lock washer", "split lock washer")),
    "threaded_rod": (("varilla roscada", "espárrago"), ("espárrago roscado", "varilla roscada"), ("all thread", "threaded rod", "all-thread rod")),
    "socket_cap_screw": (("tornillo allen", "allen"), ("tornillo allen",), ("SHCS", "socket head cap screw", "socket cap")),
    "metric_hex_bolt": (("tornillo hex", "tornillo hexagonal"), ("tornillo hexagonal métrico",), ("metric hex bolt", "hex bolt")),
    "metric_socket_cap_screw": (("tornillo allen", "allen"), ("tornillo allen métrico",), ("SHCS", "metric socket cap screw")),
    "metric_hex_nut": (("tuerca hex", "tuerca"), ("tuerca hexagonal métrica",), ("metric hex nut", "hex nut")),
    "wedge_anchor": (("taquete expansivo", "ancla", "taquete"), ("taquete de expansión",), ("wedge anchor", "wedge anchors")),
    "ball_valve": (("válvula de bola", "valvula bola", "ball valve"), ("válvula de esfera", "válvula de bola"), ("ball valve", "BV")),
    "check_valve": (("válvula check", "check"), ("válvula check columpio",), ("swing check", "check valve")),
    "gate_valve": (("válvula de compuerta", "compuerta"), ("válvula de compuerta",), ("gate valve",)),
    "elbow90": (("codo 90", "codo"), ("codo de 90",), ("90 elbow", "90 ell", "elbow 90")),
    "tee": (("tee", "te"), ("tee",), ("tee",)),
    "union": (("tuerca unión", "unión"), ("tuerca unión",), ("union",)),
    "coupling": (("cople", "copla"), ("cople",), ("coupling", "cplg")),
    "plug": (("tapón macho", "tapón"), ("tapón macho",), ("plug", "square head plug")),
    "bushing": (("bushing", "reducción bushing"), ("reducción bushing",), ("hex bushing", "bushing")),
    "nipple_close": (("niple corrido", "niple"), ("niple corrido",), ("close nipple",)),
    "breaker": (("pastilla", "breaker", "interruptor"), ("interruptor termomagnético", "pastilla"), ("breaker", "circuit breaker")),
    "contactor": (("contactor",), ("contactor",), ("contactor", "IEC contactor")),
    "fuse_rk5": (("fusible", "fusibles"), ("fusible",), ("fuse", "fuses")),
    "thhn_wire": (("cable THHN", "cable", "cable thhn"), ("cable THHN",), ("THHN", "THHN wire", "wire THHN")),
    "so_cord": (("cable uso rudo", "cable SO"), ("cable de uso rudo",), ("SO cord", "cord SO")),
    "electrical_tape": (("cinta de aislar", "cinta aislante"), ("cinta de aislar",), ("electrical tape", "tape")),
    "emt_connector": (("conector EMT", "conector para tubo EMT"), ("conector EMT",), ("EMT connector", "EMT set screw connector")),
    "emt_coupling": (("cople EMT", "cople para tubo EMT"), ("cople EMT",), ("EMT coupling", "EMT set screw coupling")),
    "cutoff_wheel": (("disco de corte", "disco corte"), ("disco de corte",), ("cut off wheel", "cutoff wheel", "cut-off disc")),
    "grinding_wheel": (("disco de desbaste", "piedra de desbaste"), ("disco de desbaste",), ("grinding wheel", "grinding disc")),
    "flap_disc": (("disco flap", "disco laminado", "flap disc"), ("disco de láminas", "disco flap"), ("flap disc", "flap wheel")),
    "fibre_disc": (("disco de fibra", "disco de lija"), ("disco de fibra",), ("fiber disc", "resin fiber disc")),
    "sanding_belt": (("banda de lija", "lija de banda"), ("banda de lija",), ("sanding belt", "belt")),
    "cup_brush": (("carda de copa", "cepillo de copa"), ("cepillo de copa",), ("cup brush", "wire cup brush")),
    "electrode": (("soldadura", "electrodo", "varilla"), ("electrodo",), ("rod", "welding rod", "electrode")),
    "mig_wire": (("microalambre", "alambre MIG", "micro"), ("microalambre",), ("MIG wire", "mig wire")),
    "flux_core_wire": (("microalambre flux core", "alambre tubular"), ("microalambre tubular",), ("flux core wire", "flux core")),
    "tig_rod": (("varilla TIG", "aporte TIG"), ("varilla para TIG",), ("TIG rod", "TIG filler")),
    "contact_tip": (("puntas de contacto", "punta de contacto", "tips"), ("puntas de contacto",), ("contact tips", "contact tip", "tips")),
    "anti_spatter": (("antisalpicadura", "anti spatter"), ("antisalpicadura en aerosol",), ("anti-spatter", "anti spatter spray")),
    "jobber_drill": (("broca", "brocas"), ("broca",), ("drill", "jobber drill", "drill bit")),
    "hand_tap": (("machuelo", "machuelos"), ("machuelo",), ("tap", "hand tap")),
    "end_mill": (("cortador", "end mill", "cortador vertical"), ("cortador vertical",), ("end mill", "endmill")),
    "hole_saw": (("sierra copa", "broca sierra"), ("sierra copa",), ("hole saw",)),
    "arbor": (("adaptador para sierra copa", "arbor"), ("adaptador para sierra copa",), ("hole saw arbor", "arbor")),
    "nitrile_gloves": (("guantes de nitrilo", "guante nitrilo"), ("guantes de nitrilo",), ("nitrile gloves", "nitrile exam gloves")),
    "cut_gloves": (("guantes anticorte", "guante anticorte"), ("guantes anticorte",), ("cut gloves", "cut resistant gloves")),
    "leather_gloves": (("guantes de piel tipo operador", "guantes de piel"), ("guantes de piel tipo operador",), ("leather driver gloves", "drivers gloves")),
    "safety_glasses": (("lentes de seguridad", "lentes"), ("lentes de seguridad",), ("safety glasses", "safety glass")),
    "earplugs": (("tapones auditivos", "tapones para oído"), ("tapones auditivos",), ("earplugs", "ear plugs")),
    "respirator": (("cubrebocas N95", "respirador N95"), ("respirador N95",), ("N95 mask", "N95 respirator")),
    "hard_hat": (("casco", "casco de seguridad"), ("casco de seguridad",), ("hard hat", "hardhat")),
    "safety_vest": (("chaleco reflejante", "chaleco"), ("chaleco de alta visibilidad",), ("safety vest", "hi-vis vest")),
}  # fmt: skip
SEAL = {"OPEN": (("abierto", "open", "sin sello"), ("abierto",), ("open",)),
        "2RS": (("2RS", "2rs", "sellado"), ("2RS", "sellado"), ("2RS", "2rs", "sealed")),
        "ZZ": (("ZZ", "zz", "2Z"), ("ZZ", "blindado"), ("ZZ", "2Z", "shielded"))}  # fmt: skip
COLOUR = {"BLK": ("negro", "negra", "black"), "WHT": ("blanco", "blanca", "white"), "RED": ("rojo", "roja", "red"),
          "GRN": ("verde", "verde", "green"), "BLU": ("azul", "azul", "blue"), "YEL": ("amarillo", "amarilla", "yellow"),
          "ORG": ("naranja", "naranja", "orange"), "LIME": ("verde lima", "verde lima", "lime")}  # fmt: skip
LENS = {"clear": ("claros", "mica clara", "clear"), "gray": ("gris", "mica gris", "gray"), "amber": ("ámbar", "mica ámbar", "amber"),
        "in-out": ("interior/exterior", "mica interior/exterior", "indoor/outdoor")}  # fmt: skip
SIZE_ES = {"S": ("CH", "chica"), "M": ("M", "mediana"), "L": ("G", "grande"), "XL": ("XG", "extra grande")}
COIL = {"120VAC": ("bobina 120V", "bobina 120 VCA", "120V coil"), "24VAC": ("bobina 24VAC", "bobina 24 VCA", "24VAC coil"),
        "24VDC": ("bobina 24VDC", "bobina 24 VCD", "24VDC coil")}  # fmt: skip
MATERIAL = {"brass": ("bronce", "bronce", "brass"), "ss316": ("inox 316", "acero inoxidable 316", "SS316"),
            "black": ("negro", "negro", "black"), "galvanized": ("galvanizado", "galvanizado", "galv"),
            "zinc": ("zincada", "zincado", "zinc plated"), "ss304": ("inoxidable", "inoxidable 304", "stainless"),
            "hss": ("HSS", "acero alta velocidad", "HSS"), "cobalt": ("cobalto", "cobalto", "cobalt")}  # fmt: skip
ROD_MM = {"3/32": "2.4", "1/8": "3.2", "5/32": "4.0"}


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The words a buyer of `region` writes for an item with these facts (and nothing more)."""
    t, i = pins["type"], R[region]
    en = region == "elp"
    g = pins.get
    word = rng.choice(WORDS[t][i])
    if not set(pins) - {"type", "brand", *IMPLIED}:  # the kind of thing alone (next to a code or a part number)
        return " ".join([word, *([pins["brand"]] if "brand" in pins else [])])

    def frac(s: str) -> str:  # "1-1/2" as buyers write it
        return s.replace("-", " ") if "-" in s and rng.random() < 0.5 else s

    def inch(s: str) -> str:
        s = frac(s)
        roll = rng.random()
        if roll < 0.4:
            return f'{s}"'
        if roll < 0.7:
            return s
        return f"{s} in" if en else rng.choice((f"{s} pulg", f"de {s}"))

    def mat(key: str) -> list[str]:
        return [MATERIAL[g(key, "")][i]] if key in pins else []

    parts: list[str] = [word]
    if t == "ball_bearing":
        series, seal = g("series", ""), g("seal")
        c3 = ["C3" if rng.random() < 0.7 else "c3"] if g("clearance") == "C3" else []
        sw = rng.choice(SEAL[seal][i]) if seal else ""
        if seal in ("2RS", "ZZ") and sw[0] in "2Zz" and rng.random() < 0.4:
            parts += [f"{series}{rng.choice(('', '-'))}{sw}", *c3]
        else:
            parts += [series, *([sw] if sw else []), *c3]
    elif t == "pillow_block":
        housing, bore = g("housing", ""), g("bore")
        if bore and bore.endswith("mm"):
            parts += [housing, rng.choice((bore, f"flecha {bore}" if not en else f"{bore} bore"))]
        elif bore:
            parts += [housing, rng.choice((f"{inch(bore)} bore" if en else f"flecha {inch(bore)}", inch(bore)))]
        else:
            parts += [housing]
    elif t == "taper_set":
        parts += [rng.choice((g("set", ""), g("set", "").replace("SET", "set "), g("set", "").lower()))]
    elif t in ("roller_chain", "connecting_link"):
        size = g("size", "")
        parts += [rng.choice((f"#{size}", size, f"{size}-1", f"no. {size}" if not en else f"#{size}-1"))]
    elif t == "hex_cap_screw":
        dia, tpi, length, grade = g("diameter", ""), g("tpi"), g("length"), g("grade")
        thread = f"{dia}-{tpi}" if tpi else dia
        if tpi in ("24", "20") and rng.random() < 0.5:
            thread += " UNF" if en else " rosca fina"
        size = (rng.choice((f"{thread} x {frac(length)}", f"{thread}x{frac(length)}", f"{thread} X {length}")) if length else thread)
        gw = [rng.choice((f"gr{grade}", f"grado {grade}" if not en else f"grade {grade}", f"G{grade}", f"gr {grade}"))] if grade else []
        parts += [size, *gw] if rng.random() < 0.7 else [*gw, size]
    elif t == "hex_nut":
        dia, grade = g("diameter", ""), g("grade")
        thread = f"{dia}-{g('tpi')}" if "tpi" in pins else dia
        parts += [thread] + ([rng.choice((f"gr{grade}", f"grado {grade}" if not en else f"grade {grade}"))] if grade else [])
    elif t in ("nylon_lock_nut", "lock_washer", "wedge_anchor", "socket_cap_screw"):
        dia, length = g("diameter", ""), g("length")
        parts += [rng.choice((f"{dia} x {frac(length)}", f"{dia}x{frac(length)}")) if length else dia]
    elif t == "flat_washer":
        std = g("standard")
        parts += [g("diameter", "")] + ([std if rng.random() < 0.7 else std.lower()] if std else [])
    elif t == "threaded_rod":
        parts += [g("diameter", ""), *mat("material")]
    elif t in ("metric_hex_bolt", "metric_socket_cap_screw"):
        m, length = g("thread", ""), g("length")
        parts += [rng.choice((f"{m}x{length}", f"{m} x {length}", f"{m} x {length}mm")) if length else m]
    elif t == "metric_hex_nut":
        parts += [g("thread", "")]
    elif t in ("ball_valve", "check_valve", "gate_valve", "elbow90", "tee", "union", "coupling", "plug", "nipple_close", "bushing"):
        size = g("size", "")
        sw = size.replace("x", " x ") if t == "bushing" else inch(size)
        if rng.random() < 0.5:
            parts += [sw, *mat("material")]
        else:
            parts += [*mat("material"), sw]
        if t == "ball_valve" and rng.random() < 0.3:
            parts.append("NPT" if en else rng.choice(("roscada", "NPT")))
    elif t == "breaker":
        ser, poles, amps = g("series"), g("poles"), g("amps", "")
        pw = ""
        if poles:
            pw = rng.choice((f"{poles}P", f"{poles} polo{'s' if poles != '1' else ''}")) if not en else rng.choice((f"{poles}P", f"{poles} pole", "single pole" if poles == "1" else "2 pole"))
        aw = rng.choice((f"{amps}A", f"{amps} amp", f"{amps} amps" if en else f"{amps} amperes"))
        if ser and poles and rng.random() < 0.35:
            parts += [f"{ser}{poles}{amps}" if ser != "QP" else f"Q{poles}{amps}"]  # the catalog number is the spec
        else:
            parts += [x for x in (ser or "", pw, aw) if x]
    elif t == "contactor":
        coil = g("coil")
        parts += [rng.choice((f"{g('amps')}A", f"{g('amps')} amp"))] + ([COIL[coil][i]] if coil else [])
    elif t == "fuse_rk5":
        volts = g("volts")
        parts += ["RK5" if rng.random() < 0.7 else ("clase RK5" if not en else "class RK5"),
                  rng.choice((f"{g('amps')}A", f"{g('amps')} amp"))] + ([f"{volts}V"] if volts else [])
    elif t == "thhn_wire":
        awg, colour = g("awg", ""), g("colour")
        size = rng.choice((f"#{awg}", f"{awg} AWG", f"cal {awg}" if not en else f"{awg} awg", f"calibre {awg}" if not en else f"#{awg} awg"))
        cw = [COLOUR[colour][0 if not en else 2] if rng.random() < 0.8 else colour.lower()] if colour else []
        parts += [size, *cw]
    elif t == "so_cord":
        spec = g("spec", "")
        parts += [rng.choice((spec, spec.replace("/", "x"), spec.replace("/", "-")))]
    elif t == "electrical_tape":
        colour, grade = g("colour"), g("grade")
        parts += ([rng.choice(("Super 33+", "super 33+"))] if grade == "premium" else []) + ([COLOUR[colour][1 if not en else 2]] if colour else [])
    elif t in ("emt_connector", "emt_coupling"):
        parts += [inch(g("size", ""))]
    elif t == "cutoff_wheel":
        d, th = g("diameter", ""), g("thickness")
        parts += [rng.choice((f"{frac(d)} x {th}", f"{d}x{th}", f"{frac(d)} x {th} x 7/8")) if th else inch(d)]
    elif t == "grinding_wheel":
        parts += [rng.choice((inch(g("diameter", "")), f"{frac(g('diameter', ''))} x 1/4"))]
    elif t in ("flap_disc", "fibre_disc"):
        grit = g("grit")
        gw = [rng.choice((f"grano {grit}", f"G{grit}", f"#{grit}")) if not en else rng.choice((f"{grit} grit", f"{grit}G"))] if grit else []
        parts += [inch(g("diameter", "")), *gw]
    elif t == "sanding_belt":
        grit = g("grit")
        parts += [g("size", "")] + ([f"grano {grit}" if not en else f"{grit} grit"] if grit else [])
    elif t == "cup_brush":
        wire = {"knot": ("trenzado", "trenzado", "knot"), "crimp": ("ondulado", "ondulado", "crimped")}[g("wire", "")][i]
        parts += [inch(g("diameter", "")), wire] if rng.random() < 0.5 else [wire, inch(g("diameter", ""))]
    elif t == "electrode":
        cls, dia = g("class", ""), g("diameter")
        cw = cls if rng.random() < 0.5 else cls[1:]
        dw = [rng.choice((dia, f'{dia}"', f"{ROD_MM[dia]} mm" if region == "cuu" else dia))] if dia else []
        parts += [cw, *dw]
    elif t in ("mig_wire", "flux_core_wire"):
        parts += ([g("alloy", "")] if "alloy" in pins else []) + [rng.choice((g("diameter", ""), "0" + g("diameter", "")))]
    elif t == "tig_rod":
        alloy, dia = g("alloy"), g("diameter", "")
        parts += ([alloy if rng.random() < 0.6 else alloy[2:]] if alloy else []) + [dia]
    elif t == "contact_tip":
        gun = g("gun")
        gw = [{"tweco": "Tweco", "bernard": "Bernard", "lincoln": "Lincoln"}[gun]] if gun else []
        parts += [g("diameter", ""), *([("para " if not en else "for ") + gw[0]] if gw and rng.random() < 0.5 else gw)]
    elif t == "jobber_drill":
        size = g("size", "")
        sw = size.replace("mm", " mm") if size.endswith("mm") and rng.random() < 0.5 else (inch(size) if not size.endswith("mm") else size)
        parts += [sw, *mat("material")] if rng.random() < 0.6 else [*mat("material"), sw]
    elif t == "hand_tap":
        thread = g("thread", "")
        if thread.startswith("M"):
            pitch = {"M3": "0.5", "M4": "0.7", "M5": "0.8", "M6": "1.0", "M8": "1.25", "M10": "1.5", "M12": "1.75"}[thread]
            parts += [rng.choice((thread, f"{thread}x{pitch}", f"{thread} x {pitch}"))]
        else:
            parts += [thread]
    elif t in ("end_mill", "hole_saw"):
        size = g("size", "")
        parts += [size.replace("mm", " mm") if size.endswith("mm") else inch(size)]
        if t == "end_mill" and rng.random() < 0.5:
            parts.append("4 filos carburo" if not en else "4 flute carbide")
    elif t == "arbor":
        parts += [{"small": ("chico", "chico", "small"), "large": ("grande", "grande", "large")}[g("range", "")][i]]
    elif t in ("nitrile_gloves", "cut_gloves", "leather_gloves", "safety_vest"):
        size, level, colour = g("size"), g("level"), g("colour")
        if level:
            parts.append(rng.choice((level, f"nivel {level}" if not en else f"cut level {level}")))
        if colour:
            parts.append(COLOUR[colour][0 if not en else 2])
        if size:
            if en:
                parts.append(rng.choice((size, f"size {size}")))
            elif size in SIZE_ES and rng.random() < 0.35:
                parts.append(rng.choice((f"talla {SIZE_ES[size][0]}", SIZE_ES[size][1])))
            else:
                parts.append(f"talla {size}")
    elif t == "safety_glasses":
        parts.append(LENS[g("lens", "")][0 if region == "jrz" else 1 if region == "cuu" else 2])
    elif t == "earplugs":
        parts.append({"yes": ("con cordón", "con cordón", "corded"), "no": ("sin cordón", "sin cordón", "uncorded")}[g("cord", "")][i])
    elif t == "respirator":
        parts.append({"yes": ("con válvula", "con válvula", "with valve"), "no": ("sin válvula", "sin válvula", "no valve")}[g("valve", "")][i])
    elif t == "hard_hat":
        parts.append(COLOUR[g("colour", "")][0 if not en else 2])
    if "brand" in pins:
        parts.append(pins["brand"] if rng.random() < 0.7 else pins["brand"].upper())
    return " ".join(p for p in parts if p)


# --- quantities ----------------------------------------------------------------------------------

NUM_ES = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce", 20: "veinte"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty"}


def thousands(n: int) -> str:
    return f"{n:,}" if n >= 1000 else str(n)  # Mexico and the US both write 1,000


def quantity(p: Product, region: str, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item, and its value in the item's unit."""
    en = region == "elp"
    if rng.random() < 0.1:
        return "", "", ""
    if p.uom == "FT":
        n = rng.choice((10, 20, 25, 50, 100, 250, 500, 1000))
        if en:
            return rng.choice(((f"{thousands(n)} ft", "", str(n)), (f"{thousands(n)} ft of", "", str(n)), ("", f"- {thousands(n)} ft", str(n)),
                               (f"{n}'", "", str(n)), (f"{thousands(n)} feet of", "", str(n))))
        return rng.choice(((f"{thousands(n)} pies de", "", str(n)), (f"{n} ft de", "", str(n)), ("", f"{thousands(n)} pies", str(n)),
                           ("", f"x {n} ft", str(n))))
    if p.uom == "RL":
        n = rng.choice((1, 2, 3, 4, 5, 10, 20))
        if en:
            return rng.choice(((f"{n} {'reels' if n > 1 else 'reel'} of" if p.attrs["type"] == "thhn_wire" else f"{n} {'rolls' if n > 1 else 'roll'} of", "", str(n)),
                               ("", f"qty {n} rl", str(n)), (f"{n} rl", "", str(n))))
        word = rng.choice(("carretes", "rollos")) if p.attrs["type"] == "thhn_wire" else "rollos"
        return rng.choice(((f"{n} {word if n > 1 else word[:-1]} de", "", str(n)), ("", f"- {n} {word if n > 1 else word[:-1]}", str(n))))
    if p.uom == "LB":
        if p.pack_qty > 1 and rng.random() < 0.55:
            cans = rng.choice((1, 2, 3, 4))
            if p.attrs["type"] == "electrode":
                box = (("lata", "latas"), ("cans", "can"))
            elif p.attrs["type"] == "tig_rod":
                box = (("tubo", "tubos"), ("tubes", "tube"))
            else:
                box = (("rollo", "rollos"), ("spools", "spool"))
            if en:
                return (f"{cans} {box[1][0] if cans > 1 else box[1][1]} ({p.pack_qty} lb) of", "", str(cans * p.pack_qty))
            return (f"{cans} {box[0][1] if cans > 1 else box[0][0]} de {p.pack_qty} lb de", "", str(cans * p.pack_qty))
        n = rng.choice((10, 25, 50, 100) if p.pack_qty == 1 else (p.pack_qty, 2 * p.pack_qty))
        if en:
            return rng.choice(((f"{n} lbs", "", str(n)), (f"{n} lb of", "", str(n)), ("", f"- {n} lbs", str(n))))
        return rng.choice(((f"{n} libras de", "", str(n)), (f"{n} lbs de", "", str(n)), ("", f"{n} lb", str(n)), ("", f"- {n} libras", str(n))))
    if p.uom == "BX":
        n = rng.choice((1, 2, 3, 4, 5, 10))
        if en:
            return rng.choice(((f"{n} {'boxes' if n > 1 else 'box'} of", "", str(n)), (f"{n} bx", "", str(n)), ("", f"qty {n} bx", str(n))))
        return rng.choice(((f"{n} {'cajas' if n > 1 else 'caja'} de", "", str(n)), ("", f"- {n} {'cajas' if n > 1 else 'caja'}", str(n)),
                           (f"{n} cj", "", str(n))))
    if p.uom == "PR":
        n = rng.choice((2, 5, 6, 10, 12, 24, 50))
        if en:
            shapes = [(f"{n} pairs", "", str(n)), (f"{n} pr", "", str(n)), ("", f"qty {n} pr", str(n))]
            if n == 12:
                shapes.append(("a dozen pairs of", "", "12"))
            return rng.choice(shapes)
        shapes = [(f"{n} pares de", "", str(n)), ("", f"- {n} pares", str(n)), (f"{n} pares", "", str(n))]
        if n == 12:
            shapes.append(("una docena de pares de", "", "12"))
        return rng.choice(shapes)
    if p.pack_qty > 1 and rng.random() < 0.5:  # sold by the piece, asked by the box
        boxes = rng.choice((1, 2, 3, 5))
        total = str(boxes * p.pack_qty)
        if en:
            return rng.choice(((f"{boxes} box{'es' if boxes > 1 else ''}", "", total), (f"{boxes} box{'es' if boxes > 1 else ''} of {p.pack_qty}", "", total),
                               (f"{boxes} bx", "", total)))
        return rng.choice(((f"{boxes} {'cajas' if boxes > 1 else 'caja'} de", "", total), (f"{boxes} {'cajas' if boxes > 1 else 'caja'} de {p.pack_qty} de", "", total),
                           ("", f"- {boxes} {'cajas' if boxes > 1 else 'caja'}", total)))  # fmt: skip
    choices = (1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 24, 50) if p.pack_qty == 1 else (p.pack_qty, 2 * p.pack_qty, 150, 300, 500, 1000)
    n = rng.choice(choices)
    shapes_es = [(f"{n}", "", n), (f"{n} pzas", "", n), (f"{n} pzas de", "", n), (f"{n} piezas de", "", n), ("", f"x {n}", n),
                 ("", f"- {n} pzas", n), (f"{n} pz", "", n), ("", f"({n} pz)", n), ("", f"cant. {n}", n), (f"{n} pcs", "", n)]
    if n in NUM_ES:
        shapes_es.append((NUM_ES[n], "", n))
    if n == 2 and p.pack_qty == 1:
        shapes_es.append(("un par de", "", 2))
    if n == 12:
        shapes_es.append(("una docena de", "", 12))
    if n == 6:
        shapes_es.append(("media docena de", "", 6))
    if n == 100:
        shapes_es.append(("un ciento de", "", 100))
    if n >= 1000:
        shapes_es.append((thousands(n), "", n))
    shapes_en = [(f"{n} ea", "", n), (f"{n} x", "", n), ("", f"qty {n}", n), ("", f"x {n}", n), (f"{n} pcs", "", n), ("", f"- {n} ea", n),
                 ("", f"(qty {n})", n), (f"({n})", "", n)]
    if n in NUM_EN:
        shapes_en.append((NUM_EN[n], "", n))
    if n == 12:
        shapes_en.append(("a dozen", "", 12))
    if n >= 1000:
        shapes_en.append((thousands(n), "", n))
    before, after, value = rng.choice(shapes_en if en else shapes_es)
    if value == 1:  # one piece is "1 pz" and "1 ea", never "1 pzas"
        before, after = (x.replace("pzas", "pz").replace("piezas", "pieza").replace("pcs", "pc") for x in (before, after))
    return before, after, str(value)


# --- how the line reaches us ---------------------------------------------------------------------

WRAP = {
    "jrz": ("{x}", "{x}", "ocupo {x}", "ocupamos {x} pa la línea", "me cotizas {x} porfa", "¿tienes {x}?", "cotización de {x}",
            "precio de {x}", "nos urge {x}", "buenas, me pasas precio de {x}", "{x} ahorita si se puede", "¿cuánto cuesta {x}?",
            "¿tienen stock de {x}?", "necesito quote de {x}", "mándame {x} a planta", "{x} para el PO"),
    "cuu": ("{x}", "{x}", "le encargo {x}", "¿me cotiza {x}?", "solicito cotización de {x}", "necesito {x}", "¿tendrá {x}?",
            "buen día, requiero {x}", "¿qué precio tiene {x}?", "{x}, gracias"),
    "elp": ("{x}", "{x}", "need {x}", "pls quote {x}", "do you have {x}?", "I need pricing on {x}", "can you send {x} to the plant",
            "{x} asap", "{x}, thanks", "price and availability on {x}", "RFQ: {x}", "got any {x}?"),
}  # fmt: skip
BULLETS = ("- ", "* ", "1) ", "2.- ", "3. ", "• ", "Line 4: ", "a) ")
UOM_CELL = {"EA": ("EA", "pz", "pzas", "ea"), "FT": ("FT", "ft", "pies"), "LB": ("LB", "lbs"), "BX": ("BX", "box", "cj"),
            "RL": ("RL", "rollo"), "PR": ("PR", "pares")}  # fmt: skip
PROTECT = {"balero", "baleros", "tornillo", "skf", "nsk", "ntn", "fag", "timken", "apollo", "nibco", "lincoln", "esab", "norton",
           "weiler", "lenox", "milwaukee", "bernard", "tweco", "ansell", "uvex", "super"}  # fmt: skip


def dress(item: str, p: Product, region: str, rng: Random, note: dict[str, str]) -> tuple[str, str]:
    """The whole line for an item phrase: quantity, channel, wrapper, typos. Returns (text, qty)."""
    before, after, qty = quantity(p, region, rng)
    fmt = rng.choice(("whatsapp", "whatsapp", "whatsapp", "email", "xlsx"))
    note["fmt"] = fmt
    note["qty"] = "none" if not qty else "yes"
    if fmt == "xlsx":  # a purchase order's row: the quantity in the item's own unit, the unit in a cell
        return corpus.requisition(item, qty, lambda: UOM_CELL[p.uom], ("\t", " | ", ";"), rng, upper=0.4), qty
    body = " ".join(x for x in (before, item, after) if x)
    if fmt == "whatsapp":
        text = rng.choice(WRAP[region]).format(x=body)
        return corpus.typed(text, rng, note, lower=0.5, typo=0.3, slip_with=partial(corpus.slip, protect=PROTECT)), qty
    return corpus.bulleted(body, BULLETS, WRAP[region][:8], rng, wrapped=0.4), qty


VOICE = corpus.Voice.drawn(seeded, CUSTOMERS, REGION, ("jrz", "elp"), say, dress, lang)


# --- the kinds of line ---------------------------------------------------------------------------

OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "ball_bearing": ("seal",), "pillow_block": ("bore",), "hex_cap_screw": ("grade", "length"), "hex_nut": ("grade",),
    "flat_washer": ("standard",), "threaded_rod": ("material",), "socket_cap_screw": ("length",), "metric_hex_bolt": ("length",),
    "metric_socket_cap_screw": ("length",), "wedge_anchor": ("length",), "ball_valve": ("material",), "elbow90": ("material",),
    "tee": ("material",), "union": ("material",), "coupling": ("material",), "nipple_close": ("material",), "breaker": ("series",),
    "contactor": ("coil",), "fuse_rk5": ("volts",), "thhn_wire": ("colour",), "cutoff_wheel": ("thickness",), "flap_disc": ("grit",),
    "fibre_disc": ("grit",), "sanding_belt": ("grit",), "electrode": ("diameter",), "contact_tip": ("gun",), "jobber_drill": ("material",),
    "cut_gloves": ("size", "level"), "nitrile_gloves": ("size",), "safety_glasses": ("lens",), "hard_hat": ("colour",),
    "safety_vest": ("size",), "tig_rod": ("alloy",), "cup_brush": ("wire",), "leather_gloves": ("size",),
}  # fmt: skip


def item_row(products: list[Product], p: Product, pins: dict[str, str], kind: str, tag: str) -> Row | None:
    pins = quiet(products, pins)
    cands = fits(products, pins)
    if classify(cands) != kind:
        return None
    return VOICE.item_row(Row, p, pins, cands, kind, tag)


roll = partial(corpus.sha_roll, "c11")


def generated(products: list[Product]) -> list[Row]:
    active = sorted((p for p in products if p.active), key=lambda p: hashlib.sha256(p.key.encode()).hexdigest())
    rows: list[Row] = []
    for kind in ("description", "brand_open", "ambiguous"):
        rows += corpus.pick(
            active, target=TARGETS[kind], cap=TYPE_CAP[kind], type_of=lambda p: p.attrs["type"],
            pins_for=partial(corpus.pins_for, products, kind=kind, type_key="type", omit=OMIT, silent=SILENT, roll=roll),
            row_for=partial(item_row, products, kind=kind, tag="1"),
        )  # fmt: skip
    return rows


def code_rows(products: list[Product]) -> list[Row]:
    def shapes(sku: str, region: str) -> tuple[str, ...]:
        return (sku, sku, sku.lower(), f"{sku[:3]} {sku[3:]}", f"item {sku}", f"#{sku}",
                f"no. de parte {sku}" if region != "elp" else f"item# {sku}", f"código {sku}" if region != "elp" else f"your item {sku}")

    return VOICE.code_rows(Row, products, order=lambda p: hashlib.sha256(("code|" + p.key).encode()).hexdigest(), count=TARGETS["code"], shapes=shapes, clean=" x ")


def part_rows(products: list[Product]) -> list[Row]:
    by_sku = {p.sku: p for p in products}
    rows = []
    xrefs = cross_references(products)
    for cid in PART_CUSTOMERS:
        mine = [x for x in xrefs if x[0] == cid][:10]
        for _c, part, sku in mine:
            p = by_sku[sku]
            rng = seeded("part", part)
            region = REGION[cid]
            before, after, qty = quantity(p, region, rng)
            what = say({"type": p.attrs["type"]}, region, rng)
            if cid == "100112":
                shape = rng.choice(("item {part}", "{part}", "{part} - {what}", "no. de parte {part}"))
            elif cid == "100118":
                shape = rng.choice(("material {part}", "mat. SAP {part}", "{part} {what}", "{what} ({part})"))
            else:
                shape = rng.choice(("our stock code {part}", "{part}", "{part} ({what})", "RGS# {part}", "P/N {part}"))
            item = shape.format(part=part, what=what)
            note = {**VOICE.note(region, p), "fmt": "email", "qty": "yes" if qty else "none"}
            if rng.random() < 0.4:
                text = "\t".join(x for x in (part, what, qty, UOM_CELL[p.uom][0] if qty else "") if x)
                note["fmt"] = "xlsx"
            else:
                text = rng.choice(BULLETS[:6]) + " ".join(x for x in (before, item, after) if x)
            rows.append(Row("", cid, text, [sku], qty, p.uom, "customer_part", note))
    return rows


def mfr_rows(products: list[Product]) -> list[Row]:
    def shape(p: Product, alias: str, region: str, rng: Random) -> str:
        bare = alias if not alias.replace("-", "").isdigit() else f"{p.brand} {alias}"  # a bare number names its maker
        return rng.choice((bare, bare.lower(), f"{p.brand} {alias}", f"{bare} o equivalente" if region != "elp" else f"{bare} or equal"))

    refs = corpus.maker_refs(products, seed="mfr", target=TARGETS["mfr_ref"], cap=3, type_key="type")
    return VOICE.maker_rows(Row, refs, shape)


# (text, customer, facts that fit nothing active | a word no product carries)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("ocupo 10 baleros 6310 2rs", "100112", {"type": "ball_bearing", "series": "6310"}),
    ("balero 6206 2RS C4 - 4 pzas", "100118", {"type": "ball_bearing", "series": "6206", "clearance": "C4"}),
    ("need 4 ea 6907 2rs bearings", "200224", {"type": "ball_bearing", "series": "6907"}),
    ("chumacera de piso UCP215 flecha 75 mm", "100131", {"type": "pillow_block", "housing": "UCP215"}),
    ("cadena #100 - 10 ft", "100112", {"type": "roller_chain", "size": "100"}),
    ("hex cap 1-8 x 4 gr8 - 20 pcs", "200210", {"type": "hex_cap_screw", "diameter": "1"}),
    ("need 2 boxes 7/16-14 x 2 gr5 hex caps", "200210", {"type": "hex_cap_screw", "diameter": "7/16"}),
    ("tornillo allen M20 x 80 - 50 pzas", "100118", {"type": "metric_socket_cap_screw", "thread": "M20"}),
    ("rondana plana 1\" SAE 25 lbs", "100190", {"type": "flat_washer", "diameter": "1"}),
    ("válvula de bola 3\" bronce x 2", "100131", {"type": "ball_valve", "size": "3"}),
    ("4 in ball valve flanged 150# qty 2", "200224", {"type": "ball_valve", "size": "4"}),
    ("codo 90 de 3 pulg galvanizado - 6 pzas", "100112", {"type": "elbow90", "size": "3"}),
    ("pastilla QO 3 polos 100A", "100118", {"type": "breaker", "poles": "3"}),
    ("contactor 65A bobina 120V", "100131", {"type": "contactor", "amps": "65"}),
    ("THHN 1/0 black 200 ft", "200237", {"type": "thhn_wire", "awg": "1/0"}),
    ("fusible RK5 200A 600V x 3", "100112", {"type": "fuse_rk5", "amps": "200"}),
    ("disco de corte 16\" para cortadora de banco", "100190", {"type": "cutoff_wheel", "diameter": "16"}),
    ("electrodo 7018 3/16 2 latas", "100118", {"type": "electrode", "diameter": "3/16"}),
    ("broca 9/16 hss - 6 pzas", "100112", {"type": "jobber_drill", "size": "9/16"}),
    ("machuelo 5/8-11", "100131", {"type": "hand_tap", "thread": "5/8-11"}),
    ("hole saw 4\" qty 2", "200210", {"type": "hole_saw", "size": "4"}),
    ("nitrile gloves 2XL 10 boxes", "200224", {"type": "nitrile_gloves", "size": "2XL"}),
    ("casco de seguridad verde x 5", "100118", {"type": "hard_hat", "colour": "GRN"}),
    ("20 rollos de cinta teflón 3/4", "100112", "teflon"),
    ("manguera hidráulica 1/2 2 mallas 50 ft", "100118", "manguera"),
    ("need 12 tubes of lithium grease 14 oz", "200224", "grease"),
    ("polea 2 canales tipo B 6 pulg", "100131", "polea"),
    ("2 extintores PQS 9 kg", "100190", "extintor"),
    ("WD-40 11 oz x 12", "200237", "wd40"),
    ("arnés de cuerpo completo 4 argollas", "100112", "arnes"),
    ("cilindro de argón 300 ft3", "100190", "argon"),
    ("o-ring kit 382 pcs", "200210", "oring"),
    ("hacksaw blades 12 in 24 tpi - 10", "200210", "hacksaw"),
    ("escalera de tijera 8 pies", "100131", "escalera"),
    ("Loctite 242 azul 50 ml x 6", "100118", "loctite"),
    ("motor 5 HP 3 fases 1800 rpm", "200224", "motor"),
)

NOT_ITEM = (
    ("buenos días", "100112"), ("gracias, quedo al pendiente", "100112"), ("ok", "100118"), ("sale, gracias", "100118"),
    ("¿ya salió el pedido del PO 4500123456?", "100118"), ("¿me mandas la factura con el complemento de pago?", "100112"),
    ("¿cruzan hoy o hasta mañana?", "100112"), ("¿ya está el pedimento?", "100118"), ("sí, adelante", "100131"),
    ("le envío la orden de compra por correo", "100131"), ("Atentamente, Ing. Jesús Chacón", "100131"),
    ("mañana paso a recoger a la bodega de Juárez", "100190"), ("¿aceptan transferencia en pesos?", "100190"),
    ("¿a qué hora cierran?", "100190"), ("Enviado desde mi iPhone", "100112"), ("CANT.\tDESCRIPCIÓN\tUM", "100118"),
    ("ya quedó, gracias", "100112"), ("¿quién es mi vendedor ahora?", "100131"),
    ("thanks!", "200210"), ("PO 77120 attached", "200210"), ("Regards, Mike Sandoval - RGSF Purchasing", "200210"),
    ("please ship via our FedEx account", "200224"), ("can you deliver to dock 4 before 2pm?", "200224"),
    ("ok go ahead", "200224"), ("Qty / Description / UOM", "200210"), ("any update on the backorder?", "200237"),
    ("send the invoice to ap@stcoldstorage.com", "200237"), ("hi", "200237"), ("noted", "200210"),
    ("is the Juárez counter open Saturday?", "200224"), ("perfecto", "100118"),
)  # fmt: skip

HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)


def check(text: str, folder: Path) -> list[str]:
    """Every label of `text` (all.csv) against the CSV files of catalog 11 in `folder`: bench.blind's
    check, and two more of this corpus's own: a quantity is at least one, and a line with nothing to
    count (no SKU, not ambiguous) has none."""
    problems = corpus.check(text, folder)
    for r in csv.DictReader(io.StringIO(text)):
        where = f"{r['id']}: {r['text']!r}"
        if r["expected_qty"] and re.fullmatch(r"\d+", r["expected_qty"]) and not re.fullmatch(r"[1-9]\d*", r["expected_qty"]):
            problems.append(f"{where}: quantity {r['expected_qty']!r} is not a whole number")
        if r["expected_qty"] and not r["expected_sku"] and r["kind"] != "ambiguous":
            problems.append(f"{where}: a quantity with nothing to count")
    return problems


GENERATOR = corpus.Generator(VOICE, Row, catalog, "c11", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
