"""How buyers of a Mexican industrial supplier name each kind of item, and the facts the words pin.

`say(p, rng, lang, brand, omit)` returns the words for product `p` and the facts they pin
(`type` plus what the words fix: designation, seal, size, grade…; `brand` only when `brand` is
true). `omit` names the one fact left unsaid for an ambiguous line. Pins may hold `a|b` (any of).
"""

from __future__ import annotations

from random import Random

from bench.blind.early import pick as pick  # the corpus's generate.py picks with it too
from bench.catalog4.model import Product

BRAND_WORDS = {
    "FAG": ("fag", "FAG", "marca fag"), "NSK": ("nsk", "NSK", "marca nsk"), "Timken": ("timken", "TIMKEN"),
    "NTN": ("ntn", "NTN"), "FYH": ("fyh", "FYH"), "Square D": ("square d", "squared", "Square-D"),
    "Siemens": ("siemens", "SIEMENS"), "Schneider": ("schneider", "Schneider"), "Condumex": ("condumex",),
    "Viakon": ("viakon",), "Austromex": ("austromex", "AUSTROMEX"), "Fandeli": ("fandeli",),
    "Infra": ("infra",), "Lincoln": ("lincoln",), "Urrea": ("urrea", "URREA"), "Truper": ("truper", "TRUPER"),
    "Surtek": ("surtek",), "Walworth": ("walworth",), "3M": ("3m", "3M"), "Fiero": ("fiero",), "Rex": ("rex",),
    "Ward": ("ward",), "Vasconia": ("vasconia",), "Nacobre": ("nacobre",),
}  # fmt: skip
# Types sold in one brand only: a brand word there is optional and pins nothing new.
SEAL_ES = {"2RS": ("2rs", "2RS", "-2rs", "sellado", "doble sello", "sello de hule"),
           "ZZ": ("zz", "ZZ", "-zz", "blindado", "tapa metalica", "2z"),
           "abierto": ("abierto", "sin sello", "open")}  # fmt: skip
SEAL_EN = {"2RS": ("2RS", "2rs", "sealed", "rubber sealed"), "ZZ": ("ZZ", "zz", "shielded", "metal shield"),
           "abierto": ("open",)}  # fmt: skip
COLOR_EN = {"negro": "black", "blanco": "white", "rojo": "red", "verde": "green", "azul": "blue", "amarillo": "yellow"}
COLOR_F = {"negro": "negra", "blanco": "blanca", "rojo": "roja", "amarillo": "amarilla"}
INCH_WORDS = {"1-1/2": ("1-1/2", "1 1/2", "1.5"), "1-1/4": ("1-1/4", "1 1/4"), "4-1/2": ("4-1/2", "4 1/2", "4.5")}


def inch(rng: Random, size: str) -> str:
    return pick(rng, INCH_WORDS.get(size, (size,)))


def say(p: Product, rng: Random, lang: str, brand: bool, omit: str = "") -> tuple[str, dict[str, str]]:
    a = p.attrs
    t = a["type"]
    en = lang == "en"
    pins: dict[str, str] = {"type": t}
    words = ""
    if t == "balero":
        d, s = a["designacion"], a["sello"]
        pins["designacion"] = d
        seal = ""
        if omit != "sello":
            pins["sello"] = s
            seal = pick(rng, SEAL_EN[s] if en else SEAL_ES[s])
        noun = pick(rng, ("bearing", "brg", "ball bearing") if en else ("balero", "baleros", "rodamiento", "bal"))
        if seal.startswith("-") or (seal in ("2rs", "zz", "2RS", "ZZ") and rng.random() < 0.4):
            core = f"{d}{seal}"
        else:
            core = f"{d} {seal}".strip()
        words = pick(rng, (f"{noun} {core}", f"{core} {noun}")) if en else f"{noun} {core}"
    elif t == "balero_conico":
        pins["designacion"] = a["designacion"]
        words = (f"{pick(rng, ('tapered roller bearing', 'tapered brg', 'cone and cup'))} {a['designacion']}" if en
                 else f"{pick(rng, ('balero conico', 'cono y taza', 'balero de rodillo conico'))} {a['designacion']}")
    elif t == "chumacera":
        if rng.random() < 0.4:
            pins["serie"] = a["serie"]
            noun = ("pillow block",) if a["montaje"] == "piso" else ("flange brg", "flange bearing")
            words = f"{pick(rng, noun if en else ('chumacera',))} {a['serie'].lower()}"
        else:
            pins["montaje"], pins["eje_mm"] = a["montaje"], a["eje_mm"]
            if en:
                words = f"{'pillow block' if a['montaje'] == 'piso' else '4 bolt flange bearing'} {a['eje_mm']}mm shaft"
            else:
                kind = "de piso" if a["montaje"] == "piso" else pick(rng, ("de brida", "bridada", "de pared 4 barrenos"))
                words = f"chumacera {kind} {pick(rng, ('para eje de ', 'eje ', 'flecha '))}{a['eje_mm']}mm"
    elif t == "tornillo_hex":
        pins["sistema"], pins["diametro"], pins["largo"] = a["sistema"], a["diametro"], a["largo"]
        if a["sistema"] == "mm":
            pins["grado"] = "8.8"
            dm = a["diametro"]
            size = pick(rng, (f"{dm} x {a['largo']}", f"{dm.lower()}x{a['largo']}", f"{dm} x {a['largo']}mm"))
            words = f"{pick(rng, ('metric hex bolt', 'hex bolt') if en else ('tornillo hexagonal', 'tornillo hex', 'tornillo milimetrico'))} {size}"
        else:
            thread = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11"}[a["diametro"]]
            dia = a["diametro"] if rng.random() < 0.7 else f"{a['diametro']}-{thread}"
            size = f"{dia} x {inch(rng, a['largo'])}"
            grade = ""
            if omit != "grado":
                pins["grado"] = a["grado"]
                grade = pick(rng, (f"grado {a['grado']}", f"gr {a['grado']}", f"g{a['grado']}") if not en
                             else (f"grade {a['grado']}", f"gr{a['grado']}", f"G{a['grado']}"))
            noun = pick(rng, ("hex bolt", "HHCS", "hex cap screw") if en else ("tornillo hexagonal", "tornillo hex", "tornillo cabeza hexagonal", "tornillo"))
            words = pick(rng, (f"{noun} {size} {grade}", f"{noun} {grade} {size}")).replace("  ", " ").strip()
    elif t in ("tuerca", "rondana_plana", "rondana_presion"):
        pins["diametro"] = a["diametro"]
        pins["sistema"] = a["sistema"]
        if omit == "type":
            pins["type"] = "rondana_plana|rondana_presion"
            noun = pick(rng, ("washer",) if en else ("rondana", "roldana", "rondanas"))
        else:
            noun = {"tuerca": ("hex nut", "nut") if en else ("tuerca hexagonal", "tuerca", "tuercas"),
                    "rondana_plana": ("flat washer",) if en else ("rondana plana", "roldana plana", "arandela plana"),
                    "rondana_presion": ("lock washer", "split washer") if en else ("rondana de presion", "rondana presion", "roldana de presion")}[t]
            noun = pick(rng, noun)
        dm = a["diametro"]
        words = f"{noun} {dm if a['sistema'] == 'std' else pick(rng, (dm, dm.lower()))}"
    elif t == "pija":
        pins["calibre"], pins["largo"] = a["calibre"], a["largo"]
        size = f"{pick(rng, ('#', 'no. ', ''))}{a['calibre']} x {inch(rng, a['largo'])}"
        tip = ""
        if omit != "punta":
            pins["punta"] = a["punta"]
            tip = (pick(rng, ("self drilling", "tek")) if a["punta"] == "broca" else "sheet metal") if en else \
                (pick(rng, ("punta broca", "autotaladrante")) if a["punta"] == "broca" else "punta fina")
        if en:
            words = f"{tip} screw {size}".strip() if tip else f"hex head screw {size}"
        else:
            words = pick(rng, (f"pija {tip} {size}", f"pija hexagonal {size} {tip}", f"pijas {tip} {size}")).replace("  ", " ").strip()
    elif t == "taquete":
        pins["diametro"] = a["diametro"]
        mat = ""
        if omit != "material":
            pins["material"] = a["material"]
            mat = {"plastico": ("plastic",), "expansivo": ("sleeve",)}[a["material"]] if en else \
                {"plastico": ("de plastico", "plastico", "de nylon"), "expansivo": ("expansivo", "metalico de expansion")}[a["material"]]
            mat = pick(rng, mat)
        words = f"{mat} anchor {a['diametro']}".strip() if en else f"taquete {mat} {a['diametro']}".replace("  ", " ")
    elif t.startswith("valvula_"):
        pins["medida"] = a["medida"]
        kind = t.split("_")[1]
        noun = {"esfera": ("ball valve",), "compuerta": ("gate valve",), "check": ("check valve", "swing check")}[kind] if en else \
            {"esfera": ("valvula de esfera", "valvula esfera", "valvula de bola"), "compuerta": ("valvula de compuerta", "valvula compuerta"),
             "check": ("valvula check", "check columpio", "valvula check columpio")}[kind]
        words = f"{pick(rng, noun)} {inch(rng, a['medida'])}" + pick(rng, (" bronce", "", " roscada")) * (not en)
    elif t in ("codo90", "codo45", "tee", "cople", "tuerca_union", "tapon"):
        pins["medida"] = a["medida"]
        noun = {"codo90": ("90 elbow", "90 ell"), "codo45": ("45 elbow",), "tee": ("tee",), "cople": ("coupling",),
                "tuerca_union": ("union",), "tapon": ("cap",)}[t] if en else \
            {"codo90": ("codo 90", "codo de 90", "codo 90 grados"), "codo45": ("codo 45", "codo de 45"), "tee": ("tee", "te"),
             "cople": ("cople", "copple"), "tuerca_union": ("tuerca union", "tuerca de union"), "tapon": ("tapon capa", "tapon hembra")}[t]
        finish = ""
        if omit != "acabado":
            pins["acabado"] = a["acabado"]
            finish = {"galvanizado": ("galvanized", "galv"), "negro": ("black",), "cobre": ("copper",)}[a["acabado"]] if en else \
                {"galvanizado": ("galv", "galvanizado", "galvanizada"), "negro": ("negro", "negra", "fierro negro"), "cobre": ("de cobre", "cobre")}[a["acabado"]]
            finish = pick(rng, finish)
        else:
            pins["acabado"] = "galvanizado|negro|cobre"
        size = inch(rng, a["medida"])
        words = (f"{finish} {pick(rng, noun)} {size}" if en else
                 pick(rng, (f"{pick(rng, noun)} {finish} {size}", f"{pick(rng, noun)} {size} {finish}"))).replace("  ", " ").strip()
    elif t == "niple":
        pins["medida"] = a["medida"]
        size = inch(rng, a["medida"])
        if omit == "largo":
            words = f"galvanized nipple {size}" if en else f"niple {pick(rng, ('galv ', 'galvanizado ', ''))}{size}"
        else:
            pins["largo"] = a["largo"]
            if a["largo"] == "corto":
                words = f"close nipple {size}" if en else f"niple corto {size}"
            else:
                words = f"nipple {size} x {a['largo']}" if en else f"niple {pick(rng, ('galv ', ''))}{size} x {a['largo']}"
    elif t == "teflon":
        pins["ancho"] = a["ancho"]
        words = f"teflon tape {a['ancho']}" if en else f"{pick(rng, ('cinta teflon', 'teflon', 'cinta de teflon'))} {a['ancho']}"
    elif t == "pastilla":
        po, am = a["polos"], a["amperes"]
        pins["amperes"] = am
        poles = ""
        if omit != "polos":
            pins["polos"] = po
            poles = pick(rng, (f"{po} pole", f"{po}P") if en else (f"{po} polo{'s' if po != '1' else ''}", f"{po}P", f"{po}x"))
        amp = pick(rng, (f"{am}A", f"{am} amp") if en else (f"{am}A", f"{am} amp", f"de {am} amperes", f"{am} amps"))
        noun = pick(rng, ("breaker", "plug-in breaker", "circuit breaker") if en else ("pastilla termomagnetica", "pastilla", "interruptor termomagnetico", "breaker"))
        if poles.endswith("x"):
            words = f"{noun} {poles}{am}"
        else:
            words = f"{noun} {poles} {amp}".replace("  ", " ")
    elif t == "contactor":
        pins["amperes"] = a["amperes"]
        coil = ""
        if omit != "bobina":
            pins["bobina"] = a["bobina"]
            v = a["bobina"]
            coil = pick(rng, (f"{v}V coil", f"{v}v coil") if en else (f"bobina {v}v", f"bob {v}v", f"bobina a {v} volts"))
        words = f"contactor {a['amperes']}{pick(rng, ('A', ' amp', ' amperes'))} {coil}".strip()
    elif t == "cable":
        pins["calibre"] = a["calibre"]
        color = ""
        if omit != "color":
            pins["color"] = a["color"]
            color = COLOR_EN[a["color"]] if en else a["color"]
        if en:
            words = f"#{a['calibre']} {pick(rng, ('THHN', 'THW', 'wire'))} {color}".strip()
        else:
            words = pick(rng, (f"cable thw cal {a['calibre']} {color}", f"cable calibre {a['calibre']} {color}",
                               f"cable {a['calibre']} awg {color}", f"cable del {a['calibre']} {color}")).strip()
    elif t == "cinta_aislar":
        pins["color"] = a["color"]
        if a["linea"] == "super33":
            pins["linea"] = "super33"
            words = pick(rng, ("super 33 tape", "scotch super 33") if en else ("cinta super 33", "cinta de aislar super 33"))
        else:
            if omit != "linea":
                pins["linea"] = "temflex"
            c = a["color"]
            words = f"electrical tape {COLOR_EN[c]}" if en else f"cinta de aislar {COLOR_F.get(c, c)}"
            if omit != "linea":
                words += " temflex"
    elif t == "disco_corte":
        pins["diametro"] = a["diametro"]
        thick = ""
        if omit != "espesor":
            pins["espesor"] = a["espesor"]
            frac = {"1.6": "1/16", "3.2": "1/8"}.get(a["espesor"])
            thick = f"x {frac}" if frac and rng.random() < 0.4 else f"x {a['espesor']}mm"
        if a["diametro"] == "14":  # one thickness only: buyers name none
            thick = ""
            pins.pop("espesor", None)
        noun = pick(rng, ("cut-off wheel", "cutoff disc") if en else ("disco de corte", "disco corte", "disco para cortar metal"))
        words = f"{noun} {inch(rng, a['diametro'])} {thick}".strip()
    elif t == "disco_desbaste":
        pins["diametro"] = a["diametro"]
        words = f"{'grinding wheel' if en else pick(rng, ('disco de desbaste', 'disco desbaste'))} {inch(rng, a['diametro'])}"
    elif t == "disco_flap":
        pins["grano"] = a["grano"]
        words = f"flap disc {a['grano']} grit" if en else f"{pick(rng, ('disco flap', 'disco laminado'))} {pick(rng, ('grano ', 'g', ''))}{a['grano']}"
    elif t == "lija_agua":
        pins["grano"] = a["grano"]
        words = f"wet dry sandpaper {a['grano']} grit" if en else f"{pick(rng, ('lija de agua', 'lija agua'))} {pick(rng, ('grano ', '#', ''))}{a['grano']}"
    elif t == "lija_tela":
        pins["grano"] = a["grano"]
        words = f"emery cloth {a['grano']} grit" if en else f"{pick(rng, ('lija de tela', 'lija esmeril'))} {pick(rng, ('grano ', ''))}{a['grano']}"
    elif t == "electrodo":
        pins["clase"], pins["diametro"] = a["clase"], a["diametro"]
        words = f"{a['clase']} {a['diametro']} welding rod" if en else \
            pick(rng, (f"soldadura {a['clase']} {a['diametro']}", f"electrodo {a['clase']} de {a['diametro']}", f"electrodo e{a['clase']} {a['diametro']}"))
    elif t == "llave_combinada":
        pins["medida"] = a["medida"]
        m = a["medida"] + ("mm" if a["sistema"] == "mm" else "")
        words = f"combination wrench {m}" if en else f"{pick(rng, ('llave combinada', 'llave mixta'))} {m}"
    elif t == "juego_llaves":
        pins["sistema"] = a["sistema"]
        kind = ("standard", "sae") if a["sistema"] == "std" else ("metric", "mm")
        words = f"{pick(rng, kind)} combination wrench set" if en else \
            f"juego de llaves combinadas {pick(rng, ('estandar', 'std')) if a['sistema'] == 'std' else pick(rng, ('milimetricas', 'mm'))}"
    elif t == "juego_dados":
        words = "1/2 drive socket set" if en else pick(rng, ("juego de dados cuadro 1/2", "juego de dados de 1/2"))
    elif t == "broca":
        pins["medida"] = a["medida"]
        words = f"{a['medida']} hss drill bit" if en else pick(rng, (f"broca para metal {a['medida']}", f"broca hss {a['medida']}", f"broca de {a['medida']} para fierro"))
    elif t == "juego_brocas":
        words = "drill bit set 29 pc" if en else "juego de brocas 29 pzas"
    elif t.startswith("pinza_"):
        words = {"pinza_electricista": ("lineman pliers",) if en else ("pinza de electricista", "pinzas de electricista"),
                 "pinza_presion": ("locking pliers", "vise grip pliers") if en else ("pinza de presion", "pinzas de presion"),
                 "pinza_corte": ("diagonal cutters", "dykes") if en else ("pinza de corte", "pinza de corte diagonal"),
                 "pinza_punta": ("needle nose pliers",) if en else ("pinza de punta", "pinzas de punta")}[t]
        words = pick(rng, words)
    elif t == "desarmador":
        pins["punta"], pins["medida"] = a["punta"], a["medida"]
        tip = ("flat", "slotted") if a["punta"] == "plano" else ("phillips",)
        words = f"{pick(rng, tip)} screwdriver {a['medida']}" if en else \
            f"desarmador {pick(rng, ('plano',)) if a['punta'] == 'plano' else pick(rng, ('de cruz', 'phillips', 'cruz'))} {a['medida']}"
    elif t == "martillo":
        words = "16 oz claw hammer" if en else pick(rng, ("martillo de una 16 oz", "martillo una 16oz"))
    elif t == "marro":
        words = "4 lb sledge hammer" if en else pick(rng, ("marro 4 lb", "marro de 4 libras"))
    else:  # pragma: no cover - every type has its words
        raise AssertionError(t)
    if brand:
        pins["brand"] = p.brand
        bw = pick(rng, BRAND_WORDS[p.brand])
        words = pick(rng, (f"{words} {bw}", f"{words} {bw}", f"{words} marca {bw}" if not en and not bw.startswith("marca") else f"{words} {bw}"))
    return " ".join(words.split()), pins


# The one fact an ambiguous line leaves out, per type.
OMITTABLE = {"balero": "sello", "tornillo_hex": "grado", "rondana_plana": "type", "rondana_presion": "type",
             "pija": "punta", "taquete": "material", "codo90": "acabado", "tee": "acabado", "cople": "acabado",
             "niple": "largo", "pastilla": "polos", "contactor": "bobina", "cable": "color", "cinta_aislar": "linea",
             "disco_corte": "espesor"}  # fmt: skip
