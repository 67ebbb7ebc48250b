"""Write bench/corpus12/{all,tune,holdout}.csv: buyers' lines on catalog 12, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus12.generate [--out DIR]

Buyers of a Chilean mining supplier on Softland (Antofagasta and Santiago): the mines and their
maintenance contractors in Antofagasta and Calama writing Chilean Spanish on WhatsApp (`me
cotizai`, `¿tení stock?`, `valor`, `pa la faena`, `al tiro`, `golilla`, `descanso`, `galleta`,
`huincha`, `automático 2x16`, decimals with a comma, thousands with a dot), a foundry and a pulp
mill in the south writing a plainer Spanish (`solicito cotización`, `favor cotizar`), and the
Australian and Canadian contractors' engineers writing English (`chasing 10 off`, `plummer
block`, `riggers gloves`, `pls quote`). Each line's words pin facts (attributes and brand); its
label is the set of active catalog-12 products those facts fit, computed, and `check()` verifies
every row against the CSV files `python -m bench.catalog12` writes. Written blind: no matcher
was read or run to write it. Deterministic.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus
from bench.blind.corpus import KINDS as KINDS  # the kinds of its lines, as tests read them
from bench.blind.corpus import check, classify, encode, fits, norm
from bench.catalog4.model import Product
from bench.catalog12.erp import INACTIVE, catalog, cross_references, write

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 180, "brand_open": 55, "ambiguous": 45, "code": 34, "mfr_ref": 32}
TYPE_CAP = {"description": 6, "brand_open": 6, "ambiguous": 3}
# customer -> weight; "" is a number the house does not know (a new contact on WhatsApp)
CUSTOMERS = (("96812340-5", 16), ("76345120-K", 12), ("77021554-3", 14), ("78440210-1", 9), ("96550880-2", 10),
             ("76908113-9", 4), ("79112330-4", 8), ("", 7))  # fmt: skip
REGION = {"96812340-5": "ant", "76345120-K": "ant", "77021554-3": "en", "78440210-1": "sur", "96550880-2": "sur",
          "76908113-9": "sur", "79112330-4": "en"}  # fmt: skip
PART_CUSTOMERS = ("96812340-5", "77021554-3", "96550880-2")
# A ball bearing not called C3 is of normal clearance (CN): the buyer says it by saying nothing.
IMPLIED = {"juego": "CN"}
# Facts a buyer leaves out when leaving them out narrows nothing (one grade in that size, ...).
SILENT = ("grado", "material", "aleacion")


class Row(corpus.Row):
    CATALOG = "catalog12"


seeded = partial(corpus.sha_random, "c12")


def quiet(products: list[Product], pins: dict[str, str]) -> dict[str, str]:
    """The pins minus the facts a buyer would not bother to say (those that narrow nothing)."""
    return corpus.quiet(products, pins, SILENT)


# --- how each region writes an item (Antofagasta/Calama, the south, English) -----------------------

R = {"ant": 0, "sur": 1, "en": 2}
WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "rodamiento_bolas": (("rodamiento", "rodamientos", "rodam.", "rod."), ("rodamiento", "rodamiento rígido"), ("bearing", "ball bearing", "brg")),
    "rodamiento_conico": (("rodamiento cónico", "rodamiento conico"), ("rodamiento de rodillos cónicos",), ("taper roller bearing", "tapered bearing")),
    "rodamiento_esferico": (("rodamiento esférico", "rodamiento rodillos", "rodamiento de rodillos esféricos"), ("rodamiento de rodillos esféricos",),
                            ("spherical roller bearing", "SRB", "spherical bearing")),
    "chumacera": (("descanso", "chumacera", "descanso de pie"), ("chumacera de piso", "descanso"), ("pillow block", "plummer block", "pillow block bearing")),
    "chumacera_pared": (("descanso 4 pernos", "chumacera de pared"), ("chumacera de pared 4 pernos",), ("4 bolt flange bearing", "flange unit")),
    "correa_v": (("correa", "correa en V"), ("correa en V", "correa"), ("V-belt", "vee belt", "v belt")),
    "cadena": (("cadena", "cadena ASA"), ("cadena de rodillos",), ("roller chain", "chain")),
    "candado_cadena": (("candado cadena", "candado"), ("candado para cadena",), ("connecting link", "master link")),
    "perno_hex": (("perno", "pernos", "perno hex"), ("perno hexagonal", "perno"), ("hex bolt", "bolt", "hex head bolt")),
    "perno_hex_pulg": (("perno", "perno hex", "pernos"), ("perno hexagonal", "perno"), ("hex bolt", "hex cap screw", "bolt")),
    "tornillo_allen": (("tornillo allen", "allen"), ("tornillo allen",), ("socket head cap screw", "SHCS", "cap screw")),
    "tuerca_hex": (("tuerca", "tuercas", "tuerca hex"), ("tuerca hexagonal",), ("hex nut", "nut")),
    "tuerca_hex_pulg": (("tuerca", "tuerca hex"), ("tuerca hexagonal",), ("hex nut", "nut")),
    "tuerca_nylon": (("tuerca autoblocante", "tuerca con nylon", "tuerca seguridad"), ("tuerca autoblocante",), ("nyloc nut", "nylock", "lock nut")),
    "golilla_plana": (("golilla", "golilla plana", "golillas"), ("golilla plana",), ("flat washer", "washer", "flat washers")),
    "golilla_presion": (("golilla presión", "golilla de presión", "golilla presion"), ("golilla de presión",), ("spring washer", "lock washer")),
    "barra_hilo": (("barra con hilo", "hilo corrido", "barra hilo"), ("barra con hilo",), ("threaded rod", "all thread", "threaded bar")),
    "anclaje": (("anclaje", "perno de anclaje", "anclaje mecánico"), ("anclaje de expansión",), ("wedge anchor", "anchor", "anchor bolt")),
    "valvula_bola": (("válvula de bola", "valvula bola", "llave de bola"), ("válvula de bola",), ("ball valve", "BV")),
    "valvula_retencion": (("válvula de retención", "válvula check", "check"), ("válvula de retención",), ("check valve", "swing check valve")),
    "valvula_compuerta": (("válvula compuerta", "llave de compuerta"), ("válvula de compuerta",), ("gate valve",)),
    "valvula_mariposa": (("válvula mariposa", "mariposa"), ("válvula mariposa",), ("butterfly valve", "BFV")),
    "codo90": (("codo 90", "codo"), ("codo 90°",), ("90 elbow", "elbow 90", "90 deg elbow")),
    "tee": (("tee", "te"), ("tee",), ("tee", "equal tee")),
    "copla": (("copla", "coplas"), ("copla",), ("coupling", "socket")),
    "union": (("unión americana", "union americana", "universal"), ("unión americana",), ("union",)),
    "niple": (("niple", "niple corto"), ("niple corto",), ("close nipple", "nipple")),
    "tapon": (("tapón", "tapón macho"), ("tapón macho",), ("plug", "threaded plug")),
    "bushing": (("bushing", "reducción bushing"), ("bushing reducción",), ("hex bushing", "reducing bush")),
    "cable_thhn": (("cable THHN", "cable", "cable thhn"), ("cable THHN",), ("THHN wire", "THHN", "building wire")),
    "cordon": (("cordón", "cordon", "cable cordón"), ("cordón flexible",), ("flex cable", "flexible cord", "power cord")),
    "automatico": (("automático", "automatico", "disyuntor"), ("interruptor automático", "automático"), ("MCB", "circuit breaker", "breaker")),
    "diferencial": (("diferencial",), ("interruptor diferencial",), ("RCD", "RCCB")),
    "contactor": (("contactor",), ("contactor",), ("contactor",)),
    "rele_termico": (("relé térmico", "térmico", "rele termico"), ("relé térmico",), ("overload relay", "thermal overload")),
    "huincha_aisladora": (("huincha aisladora", "huincha", "huincha aislante"), ("huincha aisladora",), ("electrical tape", "insulation tape")),
    "enchufe_industrial": (("enchufe industrial", "enchufe"), ("enchufe industrial",), ("industrial plug", "CEE plug")),
    "disco_corte": (("disco de corte", "disco corte", "galleta"), ("disco de corte",), ("cut-off disc", "cutting disc", "cut off wheel")),
    "disco_desbaste": (("disco desbaste", "disco de desbaste"), ("disco de desbaste",), ("grinding disc", "grinding wheel")),
    "disco_flap": (("disco flap", "flap"), ("disco flap",), ("flap disc", "flap disk")),
    "escobilla_copa": (("escobilla copa", "escobilla"), ("escobilla de copa",), ("cup brush", "wire cup brush")),
    "lija_agua": (("lija al agua", "lija agua", "pliego lija"), ("lija al agua",), ("wet and dry paper", "wet & dry sheet")),
    "piedra_esmeril": (("piedra esmeril", "piedra de esmeril"), ("piedra para esmeril",), ("bench grinder wheel", "grinding wheel for bench grinder")),
    "electrodo": (("soldadura", "electrodo", "electrodos"), ("electrodo",), ("welding rod", "rods", "electrodes")),
    "alambre_mig": (("alambre MIG", "alambre mig", "carrete mig"), ("alambre MIG",), ("MIG wire", "mig wire")),
    "alambre_tubular": (("alambre tubular", "alambre flux"), ("alambre tubular",), ("flux core wire", "FCAW wire")),
    "varilla_tig": (("varilla TIG", "aporte TIG"), ("varilla para TIG",), ("TIG rod", "TIG filler wire")),
    "tubo_contacto": (("tubo de contacto", "boquilla de contacto", "punta de contacto"), ("tubo de contacto",), ("contact tips", "contact tip", "tips")),
    "tobera": (("tobera", "toberas"), ("tobera",), ("nozzle", "gas nozzle")),
    "antiproyeccion": (("antiproyección", "antiproyeccion spray"), ("antiproyección en spray",), ("anti-spatter", "anti spatter spray")),
    "broca": (("broca", "brocas"), ("broca",), ("drill bit", "drill", "jobber drill")),
    "broca_sds": (("broca SDS", "broca concreto SDS", "broca sds plus"), ("broca SDS plus",), ("SDS drill", "SDS+ masonry bit")),
    "juego_machos": (("juego de machos", "machos", "juego machos"), ("juego de machos",), ("tap set", "taps")),
    "sierra_copa": (("sierra copa", "sierras copa"), ("sierra copa",), ("hole saw",)),
    "hoja_sierra": (("hoja de sierra", "hoja sierra"), ("hoja de sierra",), ("hacksaw blade", "hacksaw blades")),
    "guante_cabritilla": (("guantes cabritilla", "guante de cabritilla", "guantes de cabritilla"), ("guantes de cabritilla",), ("riggers gloves", "leather gloves")),
    "guante_nitrilo": (("guantes nitrilo", "guante desechable nitrilo"), ("guantes de nitrilo",), ("nitrile gloves", "disposable nitrile gloves")),
    "guante_anticorte": (("guante anticorte", "guantes anticorte"), ("guantes anticorte",), ("cut gloves", "cut resistant gloves")),
    "guante_soldador": (("guantes para soldar", "guante soldador"), ("guantes de soldador",), ("welding gloves", "welders gauntlets")),
    "lente_seguridad": (("lentes", "lentes de seguridad", "lente"), ("lentes de seguridad",), ("safety glasses", "safety specs")),
    "antiparra": (("antiparras", "antiparra"), ("antiparras",), ("goggles", "safety goggles")),
    "tapon_auditivo": (("tapones", "tapón auditivo", "tapones auditivos"), ("tapones auditivos",), ("earplugs", "ear plugs")),
    "fono": (("fono", "fonos", "fono auditivo"), ("fonos auditivos",), ("earmuffs", "ear muffs")),
    "respirador": (("máscara medio rostro", "respirador"), ("respirador medio rostro",), ("half face respirator", "half mask")),
    "filtro_respirador": (("filtros", "filtro"), ("filtros para respirador",), ("filters", "cartridges")),
    "casco": (("casco",), ("casco de seguridad",), ("hard hat", "hardhat")),
    "barbiquejo": (("barbiquejo",), ("barbiquejo para casco",), ("chin strap",)),
    "chaleco": (("chaleco geólogo", "chaleco reflectante", "chaleco"), ("chaleco reflectante",), ("hi-vis vest", "hi vis vest")),
}  # fmt: skip
SEAL = {"abierto": (("abierto", "sin sello"), ("abierto",), ("open",)),
        "2RS": (("2RS", "2rs", "sellado"), ("2RS", "sellado"), ("2RS", "2rs", "sealed")),
        "ZZ": (("ZZ", "zz", "blindado"), ("ZZ", "2Z"), ("ZZ", "2Z", "shielded"))}  # fmt: skip
COLOUR_EN = {"rojo": "red", "negro": "black", "blanco": "white", "verde": "green", "azul": "blue", "amarillo": "yellow",
             "naranja": "orange"}  # fmt: skip
FEMININE = {"rojo": "roja", "negro": "negra", "blanco": "blanca", "amarillo": "amarilla"}
DISC_INCH = {"115": "4 1/2", "180": "7", "230": "9", "355": "14"}
ROD_INCH = {"2.5": "3/32", "3.2": "1/8", "4.0": "5/32"}
HOLE_INCH = {"19": "3/4", "22": "7/8", "25": "1", "32": "1 1/4", "38": "1 1/2", "44": "1 3/4", "51": "2", "64": "2 1/2", "76": "3",
             "102": "4"}  # fmt: skip
SIZE_WORD = {"S": ("S", "small"), "M": ("M", "medium"), "L": ("L", "large"), "XL": ("XL", "extra large")}
MATERIAL = {"bronce": ("bronce", "bronce", "bronze"), "inox": ("inox", "acero inoxidable", "SS"), "acero": ("acero carbono bridada", "acero al carbono", "CS flanged"),
            "galvanizado": ("galv", "galvanizado", "galv"), "negro": ("negro", "negro", "black"), "zincado": ("zincada", "zincada", "zinc"),
            "hss": ("HSS", "HSS", "HSS"), "cobalto": ("cobalto", "cobalto", "cobalt")}  # fmt: skip


def comma(value: str, en: bool) -> str:
    """A decimal as the buyer writes it: `3,2` in Chile, `3.2` in English."""
    return value if en else value.replace(".", ",")


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The words a buyer of `region` writes for an item with these facts (and nothing more)."""
    t, i = pins["tipo"], R[region]
    en = region == "en"
    g = pins.get
    word = rng.choice(WORDS[t][i])
    if not set(pins) - {"tipo", "brand", *IMPLIED}:  # the kind of thing alone (beside a code or a part number)
        return " ".join([word, *([pins["brand"]] if "brand" in pins else [])])

    def frac(s: str) -> str:  # "1-1/2" as buyers write it
        return s.replace("-", " ") if "-" in s and rng.random() < 0.6 else s

    def inch(s: str) -> str:
        s = frac(s)
        roll = rng.random()
        if roll < 0.5:
            return f'{s}"'
        if roll < 0.75:
            return s
        return f"{s} in" if en else rng.choice((f"{s} pulg", f"de {s}\""))

    def mat(key: str) -> list[str]:
        return [MATERIAL[g(key, "")][i]] if key in pins else []

    def mm(value: str) -> str:
        return rng.choice((f"{value} mm", f"{value}mm", value))

    parts: list[str] = [word]
    if t == "rodamiento_bolas":
        series, seal = g("serie", ""), g("sello")
        c3 = [rng.choice(("C3", "c3", "juego C3" if not en else "C3"))] if g("juego") == "C3" else []
        sw = rng.choice(SEAL[seal][i]) if seal else ""
        if seal in ("2RS", "ZZ") and sw[0] in "2Zz" and rng.random() < 0.5:
            parts += [f"{series}{rng.choice(('', '-', ' '))}{sw}", *c3]
        else:
            parts += [series, *([sw] if sw else []), *c3]
    elif t == "rodamiento_conico":
        parts += [g("serie", "")]
    elif t == "rodamiento_esferico":
        series, hole = g("serie", ""), g("agujero")
        c3 = ["C3"] if rng.random() < 0.4 else []
        if hole == "conico":
            parts += [rng.choice((f"{series} EK", f"{series}K", f"{series} K", f"{series} agujero cónico" if not en else f"{series} tapered bore")), *c3]
        elif hole == "cilindrico":
            parts += [rng.choice((f"{series} E", f"{series}E", f"{series} agujero cilíndrico" if not en else f"{series} parallel bore")), *c3]
        else:
            parts += [series, *c3]
    elif t in ("chumacera", "chumacera_pared"):
        model, shaft = g("modelo", ""), g("eje")
        mw = rng.choice((model, model.lower(), model.replace("UC", "UC ")))
        if shaft and shaft.endswith("mm"):
            parts += [mw, rng.choice((f"eje {shaft[:-2]} mm", shaft, f"{shaft[:-2]} mm")) if not en else rng.choice((f"{shaft[:-2]}mm bore", f"{shaft[:-2]} mm shaft"))]
        elif shaft:
            parts += [mw, f"eje {inch(shaft)}" if not en else f"{inch(shaft)} bore"]
        else:
            parts += [mw]
    elif t == "correa_v":
        profile, length = g("perfil", ""), g("largo")
        parts += [rng.choice((f"{profile}{length}", f"{profile}-{length}", f"{profile} {length}")) if length else rng.choice((f"perfil {profile}" if not en else f"{profile} section", profile))]
    elif t in ("cadena", "candado_cadena"):
        size = g("asa", "")
        parts += [rng.choice((size, f"ASA {size}", f"{size}-1", f"#{size}" if en else f"N° {size}"))]
    elif t == "perno_hex":
        m, length, grade = g("rosca", ""), g("largo"), g("grado")
        bare = m[1:]
        size = rng.choice((f"{m}x{length}", f"{m} x {length}", f"{m.lower()}x{length}", f"{m} x {length} mm", f"{bare}x{length}" if not en else f"{m}x{length}")) if length else m
        gw = [rng.choice((grade, f"G{grade}", f"gr {grade}", f"grado {grade}" if not en else f"class {grade}"))] if grade else []
        parts += [size, *gw]
    elif t == "perno_hex_pulg":
        dia, length, grade = g("diametro", ""), g("largo"), g("grado")
        thread = rng.choice((dia, f"{dia} UNC", f"{dia}\"")) if not en else rng.choice((f"{dia}-{UNC[dia]}", f"{dia} UNC", dia))
        size = rng.choice((f"{thread} x {frac(length)}", f"{thread}x{frac(length)}\"", f"{thread} x {frac(length)}\"")) if length else thread
        gw = [rng.choice((f"G{grade}", f"grado {grade}" if not en else f"gr{grade}", f"gr {grade}"))] if grade else []
        parts += [size, *gw] if rng.random() < 0.7 else [*gw, size]
    elif t == "tornillo_allen":
        m, length = g("rosca", ""), g("largo")
        parts += [rng.choice((f"{m}x{length}", f"{m} x {length}", f"{m} x {length} mm")) if length else m]
    elif t in ("tuerca_hex", "tuerca_nylon", "golilla_presion"):
        parts += [g("rosca", g("medida", ""))]
    elif t == "golilla_plana":
        size = g("medida", "")
        parts += [size if size.startswith("M") else rng.choice((f'{size}"', f"{size} SAE", f'{size}" SAE'))]
    elif t == "tuerca_hex_pulg":
        dia, grade = g("diametro", ""), g("grado")
        parts += [rng.choice((f"{dia} UNC", f'{dia}"')) if not en else f"{dia}-{UNC[dia]}"]
        parts += [rng.choice((f"G{grade}", f"grado {grade}" if not en else f"grade {grade}"))] if grade else []
    elif t == "barra_hilo":
        parts += [g("rosca", ""), *mat("material")]
        if rng.random() < 0.4:
            parts.append("x 1 m" if not en else "1m length")
    elif t == "anclaje":
        m, length = g("rosca", ""), g("largo")
        parts += [rng.choice((f"{m}x{length}", f"{m} x {length}")) if length else m]
    elif t in ("valvula_bola", "valvula_retencion", "valvula_compuerta", "valvula_mariposa", "codo90", "tee", "copla", "union", "niple",
               "tapon", "bushing"):
        size = g("medida", "")
        sw = rng.choice((size.replace("x", " x "), size.replace("x", '" x ') + '"', size.replace("x", '" a ') + '"' if not en else size)) if t == "bushing" else inch(size)
        if rng.random() < 0.55:
            parts += [sw, *mat("material")]
        else:
            parts += [*mat("material"), sw]
        if t == "valvula_bola" and g("material") != "acero" and rng.random() < 0.3:
            parts.append(rng.choice(("HI", "hilo", "NPT")) if not en else "NPT")
    elif t == "cable_thhn":
        awg, colour = g("awg", ""), g("color")
        size = rng.choice((f"{awg} AWG", f"#{awg}", f"{awg} awg", f"N° {awg}" if not en else f"{awg}AWG"))
        cw = [colour if not en else COLOUR_EN[colour]] if colour else []
        parts += [size, *cw] if rng.random() < 0.7 else [*cw, size]
    elif t == "cordon":
        n, mm2 = g("seccion", "").split("x")
        m2 = comma(mm2, en)
        parts += [rng.choice((f"{n}x{m2}", f"{n} x {m2} mm2", f"{n}x{m2} mm²", f"{n}x{m2}mm")) if not en else rng.choice((f"{n}x{m2}mm2", f"{n} core {m2}mm2"))]
    elif t == "automatico":
        poles, amps = g("polos"), g("amperes", "")
        if poles and not en and rng.random() < 0.5:
            parts += [rng.choice((f"{poles}x{amps}", f"{poles}x{amps}A", f"{poles} x {amps} A"))]
        else:
            pw = ([rng.choice((f"{poles}P", f"{poles} polo{'s' if poles != '1' else ''}" if not en else f"{poles} pole"))] if poles else [])
            parts += [*pw, rng.choice((f"{amps}A", f"{amps} A", f"{amps} amp" if en else f"{amps} amperes"))]
        if rng.random() < 0.3:
            parts.append("curva C" if not en else "C curve")
    elif t == "diferencial":
        poles, amps = g("polos", ""), g("amperes", "")
        parts += [rng.choice((f"{poles}x{amps}A", f"{poles}P {amps}A")) if not en else f"{poles}P {amps}A", rng.choice(("30mA", "30 mA"))]
    elif t == "contactor":
        amps, coil = g("amperes", ""), g("bobina")
        cw = []
        if coil:
            volts, kind = coil[:-3], coil[-3:]
            cw = [rng.choice((f"bobina {volts}V", f"bobina {volts} {kind}", f"{volts}{kind.lower()}")) if not en else f"{volts}{kind} coil"]
        parts += [rng.choice((f"{amps}A", f"{amps} A", f"{amps} amp")), *cw]
    elif t == "rele_termico":
        low, high = g("rango", "").split("-")
        parts += [rng.choice((f"{comma(low, en)}-{high}A", f"{comma(low, en)} a {high} A" if not en else f"{low}-{high} A", f"rango {comma(low, en)}-{high}" if not en else f"{low} to {high}A"))]
    elif t == "huincha_aisladora":
        grade, colour = g("calidad"), g("color")
        if grade == "premium":
            parts += [rng.choice(("33+", "super 33", "Super 33+"))]
        if colour:
            parts.append(FEMININE.get(colour, colour) if not en else COLOUR_EN[colour])
    elif t == "enchufe_industrial":
        amps, poles, gender = g("amperes", ""), g("polos", ""), g("genero")
        gw = [gender if not en else {"macho": "plug", "hembra": "socket"}[gender]] if gender else []
        pole_word = poles if not en else poles.replace("P+T", "P+E")
        parts += [*gw, rng.choice((f"{amps}A", f"{amps} A")), pole_word] if rng.random() < 0.6 else [f"{amps}A", pole_word, *gw]
    elif t == "disco_corte":
        d, th = g("diametro", ""), g("espesor")
        dw = rng.choice((d, f"{d} mm", f'{DISC_INCH[d]}"', DISC_INCH[d]))
        parts += [rng.choice((f"{dw} x {comma(th, en)}", f"{dw} x {comma(th, en)} mm", f"{d}x{comma(th, en)}")) if th else dw]
    elif t in ("disco_desbaste", "disco_flap"):
        d, grit = g("diametro", ""), g("grano")
        dw = rng.choice((f"{d} mm", f'{DISC_INCH[d]}"', d, f"{DISC_INCH[d]} pulg" if not en else f"{DISC_INCH[d]} in"))
        gw = [rng.choice((f"grano {grit}", f"G{grit}", f"#{grit}", f"Z{grit}") if not en else (f"{grit} grit", f"P{grit}", f"{grit}g"))] if grit else []
        parts += [dw, *gw]
    elif t == "escobilla_copa":
        wire = {"trenzada": ("trenzada", "trenzada", "knotted"), "ondulada": ("ondulada", "ondulada", "crimped")}[g("alambre", "")][i] if "alambre" in pins else ""
        parts += [x for x in (wire, inch(g("diametro", ""))) if x] if rng.random() < 0.5 else [x for x in (inch(g("diametro", "")), wire) if x]
    elif t == "lija_agua":
        grit = g("grano", "")
        parts += [rng.choice((f"grano {grit}", f"N° {grit}", grit)) if not en else rng.choice((f"{grit} grit", f"P{grit}"))]
    elif t == "piedra_esmeril":
        parts += [inch(g("diametro", "")), rng.choice((f"grano {g('grano')}", f"G{g('grano')}")) if not en else f"{g('grano')} grit"]
    elif t == "electrodo":
        cls, rod = g("clase", ""), g("diametro")
        class_word = cls if rng.random() < 0.5 else cls[1:]
        rod_words = [rng.choice((comma(rod, en), f"{comma(rod, en)} mm", f"{comma(rod, en)}mm", ROD_INCH.get(rod, comma(rod, en))))] if rod else []
        parts += [class_word, *rod_words]
    elif t in ("alambre_mig", "alambre_tubular"):
        dia = g("diametro", "")
        if t == "alambre_mig" and rng.random() < 0.3:
            parts.append("ER70S-6" if rng.random() < 0.5 else "70S-6")
        parts += [rng.choice((comma(dia, en), f"{comma(dia, en)} mm", f"{comma(dia, en)}mm"))]
    elif t == "varilla_tig":
        alloy, dia = g("aleacion"), g("diametro", "")
        parts += ([alloy if rng.random() < 0.6 else alloy[2:]] if alloy else []) + [rng.choice((f"{comma(dia, en)} mm", comma(dia, en)))]
    elif t == "tubo_contacto":
        torch, dia = g("antorcha"), g("diametro", "")
        tw = [{"binzel": rng.choice(("Binzel", "binzel", "M6 binzel")), "tweco": rng.choice(("Tweco", "tweco"))}[torch]] if torch else []
        parts += [rng.choice((comma(dia, en), f"{comma(dia, en)} mm")), *([("para " if not en else "for ") + tw[0]] if tw and rng.random() < 0.4 else tw)]
    elif t == "tobera":
        model = g("antorcha", "")
        parts += [rng.choice((model, f"{model[:2]} {model[2:]}", f"binzel {model[2:]}"))]
    elif t in ("broca", "broca_sds"):
        size = g("medida", "")
        if "/" in size:
            sw = inch(size)
        else:
            sw = rng.choice((f"{comma(size, en)} mm", f"{comma(size, en)}mm", comma(size, en) if t == "broca" and "." in size else f"{size} mm"))
        parts += [sw, *mat("material")] if rng.random() < 0.6 else [*mat("material"), sw]
    elif t == "juego_machos":
        thread = g("rosca", "")
        if thread.startswith("M"):
            pitch = {"M5": "0.8", "M6": "1.0", "M8": "1.25", "M10": "1.5", "M12": "1.75", "M14": "2.0", "M16": "2.0", "M20": "2.5"}[thread]
            parts += [rng.choice((thread, f"{thread}x{comma(pitch, en)}", f"{thread} x {comma(pitch, en)}"))]
        else:
            dia, tpi = thread.split("-")
            parts += [rng.choice((f"{dia}-{tpi}", f"{dia} UNC", f'{dia}" UNC'))]
    elif t == "sierra_copa":
        d = g("diametro", "")
        parts += [rng.choice((f"{d} mm", f"{d}mm", f'{HOLE_INCH[d]}"'))]
    elif t == "hoja_sierra":
        teeth = g("dientes", "")
        parts += [rng.choice((f"{teeth} dientes", f"{teeth}D", f"12\" {teeth} dientes")) if not en else rng.choice((f"{teeth} tpi", f"12in {teeth}T"))]
    elif t in ("guante_cabritilla", "guante_nitrilo", "guante_anticorte", "chaleco", "respirador"):
        talla, level, colour = g("talla"), g("nivel"), g("color")
        if level:
            parts.append(rng.choice((level, f"nivel {level}" if not en else f"cut {level}")))
        if colour:
            parts.append(colour if not en else COLOUR_EN[colour])
        if talla:
            if en:
                parts.append(rng.choice((talla, f"size {talla}", SIZE_WORD[talla][1] if talla in SIZE_WORD else f"size {talla}")))
            else:
                parts.append(rng.choice((f"talla {talla}", f"T{talla}" if talla.isdigit() else f"talla {talla}", talla)))
    elif t == "lente_seguridad":
        lens = g("mica", "")
        parts.append({"claro": ("claros", "mica clara", "clear"), "oscuro": ("oscuros", "mica oscura", "smoke"), "espejado": ("espejados", "mica espejada", "mirror"),
                      "in-out": ("in-out", "mica in/out", "indoor/outdoor")}[lens][i])  # fmt: skip
    elif t == "tapon_auditivo":
        parts.append({"si": ("con cordón", "con cordón", "corded"), "no": ("sin cordón", "sin cordón", "uncorded")}[g("cordon", "")][i])
    elif t == "filtro_respirador":
        parts.append(g("modelo", ""))
    elif t == "casco":
        colour = g("color", "")
        parts.append(colour if not en else COLOUR_EN[colour])
    if "brand" in pins:
        parts.append(pins["brand"] if rng.random() < 0.7 else pins["brand"].upper())
    return " ".join(p for p in parts if p)


UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10", "1": "8"}


# --- quantities ----------------------------------------------------------------------------------

NUM_ES = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce", 20: "veinte"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty"}


def thousands(n: int, en: bool) -> str:
    """Chile writes one thousand `1.000`; the English-writing engineers `1,000`."""
    if n < 1000:
        return str(n)
    return f"{n:,}" if en else f"{n:,}".replace(",", ".")


def quantity(p: Product, region: str, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item, and its value in the item's unit."""
    en = region == "en"
    if rng.random() < 0.1:
        return "", "", ""
    if p.uom == "MT":
        if p.pack_qty > 1 and rng.random() < 0.4:  # THHN in 100-m rolls
            rolls = rng.choice((1, 2, 3, 5))
            if en:
                return rng.choice(((f"{rolls} roll{'s' if rolls > 1 else ''} ({p.pack_qty}m) of", "", str(rolls * p.pack_qty)),
                                   ("", f"x {rolls} roll{'s' if rolls > 1 else ''}", str(rolls * p.pack_qty))))
            return rng.choice(((f"{rolls} rollo{'s' if rolls > 1 else ''} de", "", str(rolls * p.pack_qty)),
                               ("", f"- {rolls} rollo{'s' if rolls > 1 else ''} de {p.pack_qty} mt", str(rolls * p.pack_qty))))
        cable = p.attrs["tipo"] in ("cable_thhn", "cordon")
        n = rng.choice((10, 20, 25, 50, 100, 150, 300, 500, 1000, 1500) if cable else (3, 5, 6, 10, 15, 20, 30))
        if cable and n >= 500 and not en and rng.random() < 0.4:  # a long run of cable in kilometres
            km = f"{n / 1000:g}".replace(".", ",")
            return rng.choice(((f"{km} km de", "", str(n)), ("", f"x {km} km", str(n))))
        if en:
            return rng.choice(((f"{thousands(n, en)} m of", "", str(n)), (f"{thousands(n, en)}m", "", str(n)), ("", f"- {thousands(n, en)} metres", str(n)),
                               ("", f"qty {n} m", str(n))))
        return rng.choice(((f"{thousands(n, en)} mts de", "", str(n)), (f"{thousands(n, en)} metros de", "", str(n)), ("", f"x {thousands(n, en)} mt", str(n)),
                           ("", f"- {thousands(n, en)} mts", str(n)), (f"{thousands(n, en)} m", "", str(n))))
    if p.uom == "KG":
        box = {"electrodo": (("caja", "cajas"), ("box", "boxes")), "alambre_mig": (("carrete", "carretes"), ("spool", "spools")),
               "alambre_tubular": (("carrete", "carretes"), ("spool", "spools")), "varilla_tig": (("tubo", "tubos"), ("tube", "tubes"))}.get(p.attrs["tipo"])  # fmt: skip
        if p.pack_qty == 18:
            box = (("lata", "latas"), ("can", "cans"))
        if box and rng.random() < 0.55:
            n = rng.choice((1, 2, 3, 4, 5))
            if en:
                return (f"{n} {box[1][1] if n > 1 else box[1][0]} ({p.pack_qty}kg) of", "", str(n * p.pack_qty))
            return rng.choice(((f"{n} {box[0][1] if n > 1 else box[0][0]} de {p.pack_qty} kg de", "", str(n * p.pack_qty)),
                               (f"{n} {box[0][1] if n > 1 else box[0][0]} ({p.pack_qty} kg)", "", str(n * p.pack_qty))))
        n = rng.choice((5, 10, 20, 25, 50, 100) if p.pack_qty == 1 else (p.pack_qty, 2 * p.pack_qty, 5 * p.pack_qty))
        if en:
            return rng.choice(((f"{n} kg", "", str(n)), (f"{n}kg of", "", str(n)), ("", f"- {n} kg", str(n))))
        return rng.choice(((f"{n} kilos de", "", str(n)), (f"{n} kg", "", str(n)), ("", f"x {n} kg", str(n)), ("", f"- {n} kilos", str(n))))
    if p.uom in ("CJ", "ROL", "JGO"):
        n = rng.choice((1, 2, 3, 4, 5, 10, 12))
        word = {"CJ": (("caja", "cajas"), ("box", "boxes")), "ROL": (("rollo", "rollos"), ("roll", "rolls")),
                "JGO": (("juego", "juegos"), ("set", "sets"))}[p.uom]  # fmt: skip
        w = word[1 if en else 0][1 if n > 1 else 0]
        if en:
            return rng.choice(((f"{n} {w} of", "", str(n)), (f"{n} x", "", str(n)), ("", f"qty {n}", str(n)), (f"{n} off", "", str(n))))
        shapes = [(f"{n} {w} de", "", str(n)), ("", f"x {n}", str(n)), ("", f"- {n} {w}", str(n)), (f"{n}", "", str(n))]
        if n == 12:
            shapes.append(("una docena de", "", "12"))
        return rng.choice(shapes)
    if p.uom == "PAR":
        n = rng.choice((2, 5, 6, 10, 12, 24, 50, 100))
        if en:
            shapes = [(f"{n} pairs", "", str(n)), (f"{n} pr", "", str(n)), ("", f"qty {n} pairs", str(n)), (f"{n} off", "", str(n))]
            if n == 12:
                shapes.append(("a dozen pairs of", "", "12"))
            return rng.choice(shapes)
        shapes = [(f"{n} pares de", "", str(n)), ("", f"- {n} pares", str(n)), (f"{n} pares", "", str(n)), ("", f"x {n} pares", str(n))]
        if n == 12:
            shapes.append(("una docena de pares de", "", "12"))
        if n == 6:
            shapes.append(("media docena de pares de", "", "6"))
        return rng.choice(shapes)
    if p.pack_qty > 1 and rng.random() < 0.45:  # sold by the unit, asked by the box
        boxes = rng.choice((1, 2, 3, 4, 10))
        total = str(boxes * p.pack_qty)
        if en:
            return rng.choice(((f"{boxes} box{'es' if boxes > 1 else ''} of", "", total), (f"{boxes} box{'es' if boxes > 1 else ''} ({p.pack_qty}) of", "", total),
                               ("", f"x {boxes} box{'es' if boxes > 1 else ''}", total)))
        return rng.choice(((f"{boxes} caja{'s' if boxes > 1 else ''} de", "", total), (f"{boxes} caja{'s' if boxes > 1 else ''} de {p.pack_qty} de", "", total),
                           ("", f"- {boxes} caja{'s' if boxes > 1 else ''}", total), ("", f"x {boxes} cj", total)))  # fmt: skip
    choices = (1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 20, 24, 40) if p.pack_qty == 1 else (p.pack_qty, 2 * p.pack_qty, 100, 200, 500, 1000, 2000)
    n = rng.choice(choices)
    th = thousands(n, en)
    shapes_es = [(th, "", n), (f"{th} un", "", n), (f"{th} unidades de", "", n), (f"{th} und", "", n), ("", f"x {th}", n),
                 ("", f"- {th}", n), ("", f"- {th} un", n), ("", f"({th} un)", n), ("", f"cant. {th}", n), ("", f"x{th}", n),
                 (f"{th} u.", "", n)]  # fmt: skip
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
    if n == 1000:
        shapes_es.append(("un millar de", "", 1000))
    shapes_en = [(f"{th} off", "", n), (f"{th} x", "", n), ("", f"qty {th}", n), ("", f"x {th}", n), (f"{th} pcs", "", n),
                 ("", f"- {th} ea", n), (f"{th} ea", "", n), (f"({th})", "", n)]
    if n in NUM_EN:
        shapes_en.append((NUM_EN[n], "", n))
    if n == 12:
        shapes_en.append(("a dozen", "", 12))
    if n == 2 and p.pack_qty == 1:
        shapes_en.append(("a pair of", "", 2))
    before, after, value = rng.choice(shapes_en if en else shapes_es)
    if value == 1:  # one is "1 un", "1 unidad", "1 pc"
        before, after = (x.replace("unidades", "unidad").replace("pcs", "pc") for x in (before, after))
    return before, after, str(value)


# --- how the line reaches us ---------------------------------------------------------------------

WRAP = {
    "ant": ("{x}", "{x}", "necesito {x}", "me cotizai {x}?", "cotizar {x} porfa", "valor {x}?", "¿tení stock de {x}?",
            "hola, necesito {x} pa la faena", "{x} urgente, parada de planta", "{x} al tiro si se puede", "¿cuánto sale {x}?",
            "favor cotizar {x}", "se requiere {x}", "wena, {x}", "precio y stock {x}", "¿tienen {x}? es pa mañana"),
    "sur": ("{x}", "{x}", "solicito cotización de {x}", "¿me puede cotizar {x}?", "necesitamos {x}", "¿tienen {x}?", "valor de {x}",
            "buenos días, requiero {x}", "{x}, gracias", "favor cotizar {x}", "¿tiene disponible {x}?"),
    "en": ("{x}", "{x}", "need {x}", "can you quote {x}", "pls quote {x}", "do you have {x} in stock?", "chasing {x}",
           "price and lead time on {x}", "RFQ - {x}", "{x} cheers", "looking for {x}", "{x} asap please"),
}  # fmt: skip
BULLETS = ("- ", "* ", "1) ", "2.- ", "3. ", "• ", "Ítem 4: ", "a) ", "Item 5 - ")
UOM_CELL = {"UN": ("UN", "un", "unid"), "MT": ("MT", "mts", "m"), "KG": ("KG", "kg", "kilos"), "CJ": ("CJ", "caja"),
            "ROL": ("ROL", "rollo"), "PAR": ("PAR", "pares"), "JGO": ("JGO", "juego")}  # fmt: skip
UOM_CELL_EN = {"UN": ("EA", "ea", "each"), "MT": ("M", "m"), "KG": ("KG", "kg"), "CJ": ("BOX", "box"), "ROL": ("ROLL", "roll"),
               "PAR": ("PR", "pairs"), "JGO": ("SET", "set")}  # fmt: skip
PROTECT = {"rodamiento", "rodamientos", "perno", "pernos", "tuerca", "golilla", "indura", "lincoln", "dormer", "klingspor", "tyrolit",
           "norton", "steelpro", "genebre", "schneider", "legrand", "fischer", "hilti", "binzel", "tweco", "timken", "gates", "dayco",
           "tsubaki", "renold", "lenox", "bahco", "bosch", "ansell", "keystone", "cocesa", "mamut"}  # fmt: skip


def slip(text: str, rng: Random) -> str:
    """One slip of a thumb on a phone: a doubled letter, a lost letter, a swapped pair, or no accents."""
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 4 and w.lower() not in PROTECT]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    roll = rng.random()
    if roll < 0.25:
        j = rng.randrange(1, len(w) - 1)
        w = w[:j] + w[j] + w[j:]
    elif roll < 0.5:
        j = rng.randrange(1, len(w) - 1)
        w = w[:j] + w[j + 1:]
    elif roll < 0.75:
        j = rng.randrange(1, len(w) - 2)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    else:
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    words[i] = w
    return " ".join(words)


def dress(item: str, p: Product, region: str, rng: Random, note: dict[str, str]) -> tuple[str, str]:
    """The whole line for an item phrase: quantity, channel, wrapper, typos. Returns (text, qty)."""
    before, after, qty = quantity(p, region, rng)
    fmt = rng.choice(("whatsapp", "whatsapp", "whatsapp", "email", "xlsx"))
    note["fmt"] = fmt
    note["qty"] = "none" if not qty else "yes"
    en = region == "en"
    if fmt == "xlsx":  # a purchase requisition's row: the quantity in the item's own unit, the unit in a cell
        seps = ("\t", " | ", ",") if en else ("\t", ";", " | ")
        return corpus.requisition(item, thousands(int(qty), en) if qty else "", lambda: (UOM_CELL_EN if en else UOM_CELL)[p.uom], seps,
                                  rng, upper=0.35), qty  # fmt: skip
    body = re.sub(r"\b(juegos?) de juegos? (?:de )?", r"\1 de ", " ".join(x for x in (before, item, after) if x))
    if fmt == "whatsapp":
        text = rng.choice(WRAP[region]).format(x=body)
        return corpus.typed(text, rng, note, lower=0.55, typo=0.3, slip_with=slip), qty
    return corpus.bulleted(body, BULLETS, WRAP[region][:9], rng, wrapped=0.4), qty


VOICE = corpus.Voice.drawn(seeded, CUSTOMERS, REGION, ("ant", "sur"), say, dress)


# --- the kinds of line ---------------------------------------------------------------------------

OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "rodamiento_bolas": ("sello",), "rodamiento_esferico": ("agujero",), "chumacera": ("eje",), "correa_v": ("largo",),
    "perno_hex": ("largo", "grado"), "perno_hex_pulg": ("grado", "largo"), "tornillo_allen": ("largo",), "barra_hilo": ("material",),
    "tuerca_hex_pulg": ("grado",), "valvula_bola": ("material",), "codo90": ("material",), "tee": ("material",), "copla": ("material",),
    "union": ("material",), "niple": ("material",), "tapon": ("material",), "cable_thhn": ("color",), "automatico": ("polos",),
    "contactor": ("bobina",), "enchufe_industrial": ("genero",), "disco_corte": ("espesor",), "disco_flap": ("grano",),
    "escobilla_copa": ("alambre",), "electrodo": ("diametro",), "tubo_contacto": ("antorcha",), "varilla_tig": ("aleacion",),
    "broca": ("material",), "guante_anticorte": ("talla", "nivel"), "guante_cabritilla": ("talla",), "guante_nitrilo": ("talla",),
    "lente_seguridad": ("mica",), "casco": ("color",), "chaleco": ("talla",), "huincha_aisladora": ("color",), "diferencial": ("polos",),
    "piedra_esmeril": ("grano",), "respirador": ("talla",), "anclaje": ("rosca",),
}  # fmt: skip


def item_row(products: list[Product], p: Product, pins: dict[str, str], kind: str, tag: str) -> Row | None:
    pins = quiet(products, pins)
    cands = fits(products, pins)
    if classify(cands) != kind:
        return None
    cid, text, qty, note = VOICE.speak(p, pins, kind, p.key, tag)
    note["facts"] = encode(pins)
    if kind == "ambiguous":
        note["fits"] = "|".join(sorted(c.sku for c in cands))
        uoms = {c.uom for c in cands}
        uom = p.uom if qty and len(uoms) == 1 else ""
        return Row("", cid, text, [], qty if uom else "", uom, kind, note)
    return Row("", cid, text, sorted(c.sku for c in cands), qty, p.uom, kind, note)


roll = partial(corpus.sha_roll, "c12")


def generated(products: list[Product]) -> list[Row]:
    active = sorted((p for p in products if p.active), key=lambda p: hashlib.sha256(("c12|" + p.key).encode()).hexdigest())
    rows: list[Row] = []
    for kind in ("description", "brand_open", "ambiguous"):
        rows += corpus.pick(
            active, target=TARGETS[kind], cap=TYPE_CAP[kind], type_of=lambda p: p.attrs["tipo"],
            pins_for=partial(corpus.pins_for, products, kind=kind, type_key="tipo", omit=OMIT, silent=SILENT, roll=roll),
            row_for=partial(item_row, products, kind=kind, tag="1"),
        )  # fmt: skip
    return rows


def code_rows(products: list[Product]) -> list[Row]:
    def shapes(sku: str, region: str) -> tuple[str, ...]:
        en = region == "en"
        return (sku, sku, sku.lower(), sku.replace("-", " "), sku.replace("-", "", 1), f"cód. {sku}" if not en else f"P/N {sku}",
                f"código {sku}" if not en else f"your code {sku}", f"art. {sku}" if not en else f"item {sku}", f"[{sku}]")

    return VOICE.code_rows(Row, products, order=lambda p: hashlib.sha256(("code12|" + p.key).encode()).hexdigest(), count=TARGETS["code"], shapes=shapes, type_key="tipo", clean=" x ")


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
            en = region == "en"
            before, after, qty = quantity(p, region, rng)
            what = say({"tipo": p.attrs["tipo"]}, region, rng)
            if cid == "96812340-5":
                shape = rng.choice(("material {part}", "mat. SAP {part}", "{part}", "{part} {what}", "N° material {part}"))
            elif cid == "77021554-3":
                shape = rng.choice(("item {part}", "Maximo item {part}", "{part} - {what}", "our P/N {part}", "{part}"))
            else:
                shape = rng.choice(("código interno {part}", "nuestro código {part}", "{part} ({what})", "{part}", "cód. Itata {part}"))
            item = shape.format(part=part, what=what)
            note = {**VOICE.note(region, p), "fmt": "email", "qty": "yes" if qty else "none"}
            if rng.random() < 0.4:
                cell = (UOM_CELL_EN if en else UOM_CELL)[p.uom][0]
                text = ("\t" if rng.random() < 0.5 else ";").join(x for x in (part, what, thousands(int(qty), en) if qty else "", cell if qty else "") if x)
                note["fmt"] = "xlsx"
            else:
                text = rng.choice(BULLETS[:6]) + " ".join(x for x in (before, item, after) if x)
            rows.append(Row("", cid, text, [sku], qty, p.uom, "customer_part", note))
    return rows


def mfr_rows(products: list[Product]) -> list[Row]:
    def shape(p: Product, alias: str, region: str, rng: Random) -> str:
        # a bare number names its maker only said with it, and so does a ball bearing's
        # designation with the trade's own seal letters (Koyo's "62102RS" is how anyone writes
        # the 6210-2RS every maker of it sells: said alone it pins no maker, a brand_open line)
        generic = p.attrs.get("tipo") == "rodamiento_bolas" and norm(alias) in {
            norm(p.attrs["serie"] + seal) for seal in ("2RS", "ZZ", "2RSC3", "ZZC3")}
        named = alias.replace("-", "").replace(".", "").isdigit() or generic
        bare = f"{p.brand} {alias}" if named else alias
        return rng.choice((bare, bare.lower(), f"{p.brand} {alias}" if p.brand.lower() not in alias.lower() else alias,
                           f"{bare} o equivalente" if region != "en" else f"{bare} or equivalent",
                           f"{bare} o similar" if region != "en" else f"{bare} or equal"))

    refs = corpus.maker_refs(products, seed="mfr12", target=TARGETS["mfr_ref"], cap=3, type_key="tipo")
    return VOICE.maker_rows(Row, refs, shape)


# (text, customer, facts that fit nothing active | a word no product carries)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("necesito 4 rodamientos 6314 2rs", "96812340-5", {"tipo": "rodamiento_bolas", "serie": "6314"}),
    ("rodamiento 6208 2RS C4 x 6", "76345120-K", {"tipo": "rodamiento_bolas", "serie": "6208", "juego": "C4"}),
    ("need 2 off 22222 EK C3 spherical bearings", "77021554-3", {"tipo": "rodamiento_esferico", "serie": "22222"}),
    ("descanso UCP215 eje 75 mm", "96812340-5", {"tipo": "chumacera", "modelo": "UCP215"}),
    ("correa C-90 x 4", "78440210-1", {"tipo": "correa_v", "perfil": "C"}),
    ("cadena ASA 100 - 5 mts", "96550880-2", {"tipo": "cadena", "asa": "100"}),
    ("perno M24x100 8.8 - 50 un", "76345120-K", {"tipo": "perno_hex", "rosca": "M24"}),
    ("pls quote M30 x 120 hex bolts class 10.9, 20 off", "77021554-3", {"tipo": "perno_hex", "rosca": "M30"}),
    ("golilla plana M30 5 kilos", "78440210-1", {"tipo": "golilla_plana", "medida": "M30"}),
    ("válvula de bola 3\" bronce x 2", "96550880-2", {"tipo": "valvula_bola", "medida": "3", "material": "bronce"}),
    ("8 in butterfly valve wafer qty 2", "79112330-4", {"tipo": "valvula_mariposa", "medida": "8"}),
    ("codo 90 3\" galv - 10 un", "76345120-K", {"tipo": "codo90", "medida": "3"}),
    ("automático 4x63A", "96550880-2", {"tipo": "automatico", "polos": "4"}),
    ("contactor 65A bobina 220V", "96812340-5", {"tipo": "contactor", "amperes": "65"}),
    ("cable THHN 4 AWG negro 200 mts", "78440210-1", {"tipo": "cable_thhn", "awg": "4"}),
    ("cordón 4x10 mm2 - 50 mt", "96812340-5", {"tipo": "cordon", "seccion": "4x10"}),
    ("disco de corte 125 x 1,0 - 2 cajas", "76345120-K", {"tipo": "disco_corte", "diametro": "125"}),
    ("electrodo 7018 de 5 mm 2 latas", "78440210-1", {"tipo": "electrodo", "clase": "E7018", "diametro": "5.0"}),
    ("alambre MIG 0,6 mm 1 carrete", "76908113-9", {"tipo": "alambre_mig", "diametro": "0.6"}),
    ("broca hss 14 mm x 5", "96550880-2", {"tipo": "broca", "medida": "14"}),
    ("juego de machos M24x3", "78440210-1", {"tipo": "juego_machos", "rosca": "M24"}),
    ("hole saw 127mm qty 2", "79112330-4", {"tipo": "sierra_copa", "diametro": "127"}),
    ("nitrile gloves XXL 10 boxes", "77021554-3", {"tipo": "guante_nitrilo", "talla": "XXL"}),
    ("casco negro x 4", "96812340-5", {"tipo": "casco", "color": "negro"}),
    ("bloqueador solar FPS 50 x 24", "96812340-5", "bloqueador"),
    ("manguera hidráulica 1/2 2 mallas 20 mt", "76345120-K", "manguera"),
    ("10 rollos de cinta teflón", "78440210-1", "teflon"),
    ("grasa EP2 balde 18 kg", "96550880-2", "grasa"),
    ("chasing 2 off lever hoist 1.5t", "77021554-3", "hoist"),
    ("tecle de cadena 2 ton", "76345120-K", "tecle"),
    ("eslinga de poliéster 2 ton 3 mt", "96812340-5", "eslinga"),
    ("grillete 3/4\" x 10", "76345120-K", "grillete"),
    ("arnés de seguridad 4 argollas", "96812340-5", "arnes"),
    ("WD-40 x 12", "78440210-1", "wd40"),
    ("silicona alta temperatura roja x 6", "96550880-2", "silicona"),
    ("pintura spray amarillo tráfico x 12", "76908113-9", "pintura"),
    ("extintor PQS 10 kg", "76908113-9", "extintor"),
    ("lockout padlocks red x 10", "79112330-4", "lockout"),
    ("oxígeno industrial cilindro 10 m3", "78440210-1", "oxigeno"),
)

NOT_ITEM = (
    ("hola, buenas tardes", "96812340-5"), ("gracias!", "96812340-5"), ("ok", "76345120-K"), ("dale, gracias", "76345120-K"),
    ("sí po", "76345120-K"), ("ya, dale no más", "96812340-5"), ("perfecto, quedo atento", "96550880-2"),
    ("¿me envían la factura electrónica?", "96550880-2"), ("¿cuándo llega el despacho a faena?", "96812340-5"),
    ("la OC va por correo", "78440210-1"), ("¿aceptan OC a 60 días?", "78440210-1"),
    ("Saludos cordiales, Marcela Rojas | Abastecimiento", "96812340-5"), ("¿a qué hora cierran en La Negra?", "76345120-K"),
    ("Enviado desde mi Huawei", "76345120-K"), ("Material\tTexto breve\tCantidad\tUM", "96812340-5"), ("¿despachan a Calama?", "76345120-K"),
    ("buenos días", "96550880-2"), ("quedo atenta a la cotización", "96550880-2"), ("¿con quién hablo para el crédito?", "76908113-9"),
    ("cheers", "77021554-3"), ("thanks mate", "77021554-3"), ("PO 4500012345 to follow", "77021554-3"),
    ("Kind regards, Craig Thompson | Andes Copper Contractors", "77021554-3"), ("can you deliver to site gate 3?", "77021554-3"),
    ("any update on the ETA?", "79112330-4"), ("Qty | Description | UoM", "79112330-4"), ("noted", "79112330-4"),
    ("ok go ahead", "79112330-4"), ("is the Antofagasta branch open Saturday?", "77021554-3"), ("listo", "78440210-1"),
)  # fmt: skip

HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c12", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
