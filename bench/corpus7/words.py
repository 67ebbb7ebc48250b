"""How buyers of a Peruvian industrial distributor name each kind of item, and the facts the words pin.

`say(p, rng, lang, brand, omit)` returns the words for product `p` and the facts they pin
(`type` plus what the words fix; `brand` only when `brand` is true, or when the words name a
maker's own line such as `cellocord` or `cubitron`). `omit` names the one fact left unsaid for
an ambiguous line. Pins may hold `a|b` (any of). Spanish is Peruvian usage (rodaje, chumacera,
perno, arandela de presión, jebe, llave termomagnética, faja, candado de cadena, fierro negro,
unión universal, copla, bushing, llave Stilson, desarmador, broca, lija, soldadura cellocord);
English is a Canadian mining contractor's. Nothing here reads the house's Portuguese names.
"""

from __future__ import annotations

from random import Random

from bench.blind.early import pick as pick  # the corpus's generate.py picks with it too
from bench.catalog4.model import Product

BRAND_WORDS = {
    "SKF": ("skf", "SKF"), "NSK": ("nsk", "NSK"), "ZWZ": ("zwz", "ZWZ"), "Timken": ("timken", "TIMKEN"),
    "FYH": ("fyh", "FYH"), "Ciser": ("ciser", "CISER"), "Würth": ("wurth", "würth", "WURTH"), "Hilti": ("hilti", "HILTI"),
    "Siemens": ("siemens", "SIEMENS"), "ABB": ("abb", "ABB"), "WEG": ("weg", "WEG"), "Indeco": ("indeco", "INDECO"),
    "Celsa": ("celsa", "CELSA"), "3M": ("3m", "3M"), "Gates": ("gates", "GATES"), "Optibelt": ("optibelt",),
    "Tsubaki": ("tsubaki", "TSUBAKI"), "Donghua": ("donghua",), "Tupemesa": ("tupemesa",), "Tupy": ("tupy", "TUPY"),
    "Pavco": ("pavco", "PAVCO"), "Nicoll": ("nicoll",), "Kitz": ("kitz", "KITZ"), "Cim": ("cim",),
    "Gedore": ("gedore", "GEDORE"), "Stanley": ("stanley", "STANLEY"), "Truper": ("truper", "TRUPER"),
    "Dormer": ("dormer",), "Norton": ("norton", "NORTON"), "Klingspor": ("klingspor",),
    "Soldexa": ("soldexa", "exsa"), "Lincoln": ("lincoln", "LINCOLN"),
}  # fmt: skip
# "exsa" is Soldexa's former name, still what most Peruvian welders call its rods.
SEAL_ES = {"2RS": ("2rs", "2RS", "-2rs", "sellado", "con sello de jebe", "doble sello"),
           "ZZ": ("zz", "ZZ", "-zz", "2z", "con tapa metalica", "blindado"),
           "aberto": ("abierto", "sin sello")}  # fmt: skip
SEAL_EN = {"2RS": ("2RS", "2rs", "sealed", "rubber sealed"), "ZZ": ("ZZ", "zz", "shielded", "metal shielded"), "aberto": ("open",)}
COLOR_EN = {"negro": "black", "rojo": "red", "blanco": "white", "verde": "green", "azul": "blue", "amarillo": "yellow"}
INCH_MARK = '"'
COLOR_F = {"negro": "negra", "rojo": "roja", "blanco": "blanca", "amarillo": "amarilla"}
INCH_WORDS = {"1-1/2": ("1-1/2", "1 1/2", "1.1/2"), "1-1/4": ("1-1/4", "1 1/4", "1.1/4"),
              "4-1/2": ("4-1/2", "4 1/2", "4.1/2"), "5-1/2": ("5-1/2", "5 1/2")}  # fmt: skip


def inch(rng: Random, size: str, mark: bool = True) -> str:
    out = pick(rng, INCH_WORDS.get(size, (size,)))
    return out + '"' if mark and rng.random() < 0.2 else out


def say(p: Product, rng: Random, lang: str, brand: bool, omit: str = "") -> tuple[str, dict[str, str]]:
    a = p.attrs
    t = a["type"]
    en = lang == "en"
    pins: dict[str, str] = {"type": t}
    named_brand = False  # the words name the maker's own line, so they pin the brand
    if t == "rodamiento":
        d, s = a["designacion"], a["sello"]
        pins["designacion"] = d
        seal = ""
        if omit != "sello":
            pins["sello"] = s
            seal = pick(rng, SEAL_EN[s] if en else SEAL_ES[s])
        noun = pick(rng, ("bearing", "ball bearing", "brg") if en else ("rodamiento", "rodaje", "rodamientos", "rod.", "rodaje"))
        core = f"{d}{seal}" if seal.startswith("-") or (seal.lower() in ("2rs", "zz") and rng.random() < 0.35) else f"{d} {seal}"
        words = f"{noun} {core.strip()}"
    elif t == "conico":
        d = a["designacion"]
        pins["designacion"] = d
        if d.startswith("SET"):
            words = (f"tapered bearing set {d[3:]}" if en else
                     f"{pick(rng, ('cono y taza', 'rodaje conico', 'rodamiento conico', 'juego cono y taza'))} set {d[3:]}")
        else:
            words = (f"{pick(rng, ('tapered roller bearing', 'taper bearing'))} {d}" if en else
                     f"{pick(rng, ('rodamiento conico', 'rodaje conico', 'cono y taza', 'rodamiento de rodillos conicos'))} {d}")
    elif t == "chumacera":
        if rng.random() < 0.45:
            pins["serie"] = a["serie"]
            words = f"{pick(rng, ('pillow block', 'bearing unit') if en else ('chumacera', 'chumacera', 'chum.'))} {pick(rng, (a['serie'], a['serie'].lower()))}"
        else:
            pins["montaje"], pins["eje"] = a["montaje"], a["eje"]
            eje = a["eje"]
            shaft = (f"{eje[:-2]}mm" if eje.endswith("mm") else inch(rng, eje[:-2], False) + INCH_MARK) if en else \
                (pick(rng, (f"{eje[:-2]}mm", f"{eje[:-2]} mm")) if eje.endswith("mm") else pick(rng, (inch(rng, eje[:-2], False) + INCH_MARK, f"{inch(rng, eje[:-2], False)} pulg")))
            if en:
                words = f"{'pillow block' if a['montaje'] == 'piso' else '4 bolt flange bearing'} {shaft} shaft"
            else:
                kind = pick(rng, ("de piso", "piso", "de pie")) if a["montaje"] == "piso" else pick(rng, ("de pared", "brida", "de 4 pernos", "cuadrada"))
                words = f"chumacera {kind} {pick(rng, ('eje ', 'para eje ', 'de '))}{shaft}"
    elif t == "perno":
        pins["sistema"], pins["diametro"], pins["largo"] = a["sistema"], a["diametro"], a["largo"]
        if a["sistema"] == "mm":
            pins["grado"] = "8.8"
            dm = a["diametro"]
            pitch = {"M8": "1.25", "M10": "1.5", "M12": "1.75", "M16": "2"}[dm]
            size = pick(rng, (f"{dm} x {a['largo']}", f"{dm.lower()}x{a['largo']}", f"{dm}x{pitch}x{a['largo']}", f"{dm} x {a['largo']}mm"))
            words = f"{pick(rng, ('metric hex bolt', 'hex bolt') if en else ('perno', 'pernos', 'perno hexagonal', 'perno metrico'))} {size}"
        else:
            size = pick(rng, (f"{a['diametro']} x {inch(rng, a['largo'], mark=False)}", f"{a['diametro']}x{inch(rng, a['largo'], mark=False)}",
                              f'{a["diametro"]} x {inch(rng, a["largo"], mark=False)}"'))
            grade = ""
            if omit != "grado":
                pins["grado"] = a["grado"]
                grade = (pick(rng, (f"grade {a['grado']}", f"gr{a['grado']}", f"G{a['grado']}")) if en else
                         pick(rng, (f"grado {a['grado']}", f"g{a['grado']}", f"gr {a['grado']}", f"gr.{a['grado']}")))
            noun = pick(rng, ("hex bolt", "hex cap screw", "HHCS") if en else ("perno", "pernos", "perno hexagonal", "perno hex.", "pernos hexagonales"))
            words = pick(rng, (f"{noun} {size} {grade}", f"{noun} {grade} {size}")).replace("  ", " ").strip()
    elif t in ("tuerca", "arandela_plana", "arandela_presion"):
        pins["diametro"], pins["sistema"] = a["diametro"], a["sistema"]
        if omit == "type":
            pins["type"] = "arandela_plana|arandela_presion"
            noun = pick(rng, ("washer", "washers") if en else ("arandela", "arandelas"))
        else:
            noun = pick(rng, {"tuerca": ("hex nut", "nut") if en else ("tuerca", "tuercas", "tuerca hexagonal"),
                              "arandela_plana": ("flat washer",) if en else ("arandela plana", "arandelas planas"),
                              "arandela_presion": ("lock washer", "split washer") if en else ("arandela de presion", "arandelas de presion", "arandela presion")}[t])
        dm = a["diametro"]
        words = f"{noun} {dm if a['sistema'] == 'pulg' else pick(rng, (dm, dm.lower()))}"
    elif t == "autoperforante":
        pins["calibre"], pins["largo"] = a["calibre"], a["largo"]
        lg = inch(rng, a["largo"], mark=False)
        size = pick(rng, (f"{a['calibre']} x {lg}", f"{a['calibre']}x{lg}", f"#{a['calibre']} x {lg}"))
        words = (f"self drilling screw {size}" if en else
                 f"{pick(rng, ('autoperforante', 'autoperforantes', 'tornillo autoperforante', 'tornillos autoperforantes'))} {size}")
    elif t == "anclaje":
        pins["diametro"], pins["largo"] = a["diametro"], a["largo"]
        size = f"{a['diametro']} x {inch(rng, a['largo'], mark=False)}"
        words = (f"wedge anchor {size}" if en else
                 f"{pick(rng, ('perno de anclaje', 'anclaje expansivo', 'perno expansivo', 'parabolt'))} {size}")
    elif t in ("termica", "diferencial"):
        po, am = a["polos"], a["amperes"]
        pins["amperes"] = am
        poles = ""
        if omit != "polos":
            pins["polos"] = po
            poles = pick(rng, (f"{po} pole", f"{po}P") if en else (f"{po}x", f"{po}x", f"{po}P", f"{po} polos" if po != "1" else "unipolar",
                                                                   {"1": "unipolar", "2": "bipolar", "3": "tripolar", "4": "tetrapolar"}[po]))
        if t == "termica":
            noun = pick(rng, ("circuit breaker", "MCB", "breaker") if en else
                        ("interruptor termomagnetico", "llave termomagnetica", "termomagnetico", "llave termica", "breaker", "termomagnetica"))
            if poles and not poles.endswith("x") and rng.random() < 0.3:  # compact: 2P C16
                words = f"{noun} {poles} C{am}"
            else:
                amp = pick(rng, (f"{am}A", f"{am} amp") if en else (f"{am}A", f"{am}a", f"{am} amp", f"de {am}A", f"{am} amperios"))
                curve = pick(rng, ("", "", " curva C", " curva c") if not en else ("", " C curve"))
                words = f"{noun} {poles}{am}{curve}" if poles.endswith("x") else f"{noun} {poles} {amp}{curve}"
        else:
            noun = pick(rng, ("RCCB", "RCD", "residual current breaker") if en else
                        ("interruptor diferencial", "diferencial", "llave diferencial", "int. diferencial"))
            amp = pick(rng, (f"{am}A", f"{am} amp") if en else (f"{am}A", f"{am}a", f"{am} amp"))
            ma = pick(rng, ("", " 30mA", " 30 ma"))
            words = f"{noun} {poles}{am}{ma}" if poles.endswith("x") else f"{noun} {poles} {amp}{ma}"
        words = words.replace("  ", " ")
    elif t == "contactor":
        pins["amperes"] = a["amperes"]
        coil = ""
        if omit != "bobina":
            pins["bobina"] = a["bobina"]
            v = a["bobina"]
            kind = ("vdc" if v == "24" else "vac") if en else pick(rng, (("vdc", "vcc", " vdc") if v == "24" else ("vac", "v", " vac", "vca")))
            coil = pick(rng, (f"{v}{kind} coil", f"coil {v}{kind}") if en else
                        (f"bobina {v}{kind}", f"bob {v}{kind}", f"bobina {v}", f"bob. {v}{kind}"))
            if v == "24" and not en and "c" not in coil and "d" not in coil:
                coil += pick(rng, (" dc", " vcc"))
        words = f"contactor {a['amperes']}{pick(rng, ('A', 'a', ' amp', ' A', ' amperios'))} {coil}".strip()
    elif t == "rele":
        pins["rango"] = a["rango"]
        lo, hi = a["rango"].split("-")
        rng_words = pick(rng, (f"{lo}-{hi}A", f"{lo}-{hi} A", f"{lo} a {hi}A" if not en else f"{lo} to {hi}A", f"de {lo} a {hi} amp" if not en else f"{lo}-{hi} amp"))
        words = (f"overload relay {rng_words}" if en else
                 f"{pick(rng, ('rele termico', 'relé térmico', 'rele de sobrecarga', 'relay termico'))} {rng_words}")
    elif t == "cable":
        pins["norma"], pins["calibre"] = a["norma"], a["calibre"]
        color = ""
        if omit != "color":
            pins["color"] = a["color"]
            color = COLOR_EN[a["color"]] if en else a["color"]
        cal = a["calibre"]
        if a["norma"] == "THW":
            n = cal[:-3]
            if en:
                words = f"{pick(rng, ('THW wire', 'THHN/THW wire', 'wire THW-90'))} {pick(rng, (f'{n} AWG', f'#{n}', f'{n}awg'))} {color}"
            else:
                words = pick(rng, (f"cable thw {n} awg {color}", f"cable thw-90 {n} {color}", f"thw {n}awg {color}",
                                   f"cable #{n} thw {color}", f"cable thw-90 calibre {n} {color}"))
        else:
            mm = cal[:-3]
            if en:
                words = f"LSZH wire NH-80 {mm}mm2 {color}"
            else:
                words = pick(rng, (f"cable nh-80 {mm}mm2 {color}", f"cable libre de halogenos {mm} mm2 {color}",
                                   f"cable nh80 {mm} mm {color}", f"nh-80 de {mm}mm2 {color}"))
        words = words.strip()
    elif t == "cable_nmt":
        f = a["formacion"]
        pins["formacion"] = f
        words = (f"SO cord {f} AWG" if en else
                 f"{pick(rng, ('cable vulcanizado', 'cable nmt', 'vulcanizado', 'cable encauchetado'))} {pick(rng, (f, f.upper(), f.replace('x', ' x ')))}")
    elif t == "cinta":
        c = a["color"]
        pins["color"] = c
        if a["linea"] in ("33", "23"):
            pins["linea"] = a["linea"]
            if a["linea"] == "33":
                words = pick(rng, ("super 33 tape", "scotch 33+") if en else ("cinta 33", "cinta super 33", "cinta aislante 33+", "cinta scotch 33"))
            else:
                words = pick(rng, ("rubber splicing tape 23", "scotch 23") if en else ("cinta autofundente 23", "cinta vulcanizante 23", "cinta scotch 23"))
        else:
            if omit != "linea":
                pins["linea"] = "temflex"
            words = (f"electrical tape {COLOR_EN[c]}" if en else
                     f"{pick(rng, ('cinta aislante', 'cinta aislante', 'cinta de aislar'))} {COLOR_F.get(c, c)}")
            if omit != "linea":
                words += pick(rng, (" temflex", " 1600", " temflex 1600"))
    elif t == "motor":
        pins["hp"] = a["hp"]
        rpm = ""
        if omit != "rpm":
            pins["rpm"] = a["rpm"]
            rpm = pick(rng, (f"{a['rpm']} rpm", f"{a['rpm']}rpm", "4 polos" if a["rpm"] == "1800" else "2 polos")) if not en else \
                pick(rng, (f"{a['rpm']} rpm", "4 pole" if a["rpm"] == "1800" else "2 pole"))
        hp = a["hp"]
        words = (f"3 phase motor {hp} hp {rpm}" if en else
                 f"{pick(rng, ('motor trifasico', 'motor', 'motor electrico trifasico', 'motor electrico'))} {hp} {pick(rng, ('hp', 'HP', 'hp'))} {rpm}").strip()
    elif t == "faja":
        pins["numero"] = a["numero"]
        if omit == "perfil":
            words = f"{pick(rng, ('v-belt', 'belt')) if en else pick(rng, ('faja', 'faja en v'))} {a['numero']}"
        else:
            pins["perfil"] = a["perfil"]
            pf, n = a["perfil"], a["numero"]
            code = pick(rng, (f"{pf}-{n}", f"{pf}{n}", f"{pf} {n}", f"{pf.lower()}{n}", f"{pf.lower()}-{n}"))
            words = f"{pick(rng, ('v-belt', 'v belt', 'belt')) if en else pick(rng, ('faja', 'fajas', 'faja en v', 'faja tipo'))} {code}"
    elif t == "cadena":
        pins["paso"] = a["paso"]
        paso = a["paso"]
        row = ""
        if omit != "hileras":
            pins["hileras"] = a["hileras"]
            row = (pick(rng, ("single", "-1")) if a["hileras"] == "1" else pick(rng, ("double", "-2"))) if en else \
                (pick(rng, ("simple", "-1", "de una hilera")) if a["hileras"] == "1" else pick(rng, ("doble", "-2", "de dos hileras")))
        shown = pick(rng, (f"asa {paso}", f"#{paso}", f"{paso}", f"ansi {paso}"))
        sep = "" if row.startswith("-") else " "
        words = (f"roller chain {shown}{sep}{row}" if en else
                 f"{pick(rng, ('cadena', 'cadena de rodillos', 'cadena de rodillo'))} {shown}{sep}{row}").strip()
    elif t == "candado":
        pins["paso"] = a["paso"]
        words = (f"connecting link #{a['paso']}" if en else
                 f"{pick(rng, ('candado cadena', 'candado para cadena', 'eslabon de union', 'candado de cadena'))} {pick(rng, (a['paso'], 'asa ' + a['paso'], '#' + a['paso']))}")
    elif t == "tubo":
        pins["material"], pins["medida"] = a["material"], a["medida"]
        size = inch(rng, a["medida"])
        if a["material"] == "galvanizado":
            words = f"galvanized pipe {size}" if en else f"{pick(rng, ('tubo galvanizado', 'tubo fierro galvanizado', 'tubo galv', 'tubos galvanizados'))} {size}"
        else:
            words = f"PVC pipe {size}" if en else f"{pick(rng, ('tubo pvc sap', 'tubo pvc', 'tubo de pvc sap'))} {size}{pick(rng, ('', ' clase 10', ' c-10'))}"
    elif t in ("codo90", "codo45", "tee", "union", "universal", "tapon", "niple"):
        pins["medida"] = a["medida"]
        noun = pick(rng, {"codo90": ("90 elbow", "elbow 90"), "codo45": ("45 elbow",), "tee": ("tee",), "union": ("coupling",),
                          "universal": ("union",), "tapon": ("cap",), "niple": ("close nipple", "nipple")}[t] if en else
                    {"codo90": ("codo 90", "codo de 90", "codo 90°"), "codo45": ("codo 45", "codo de 45"), "tee": ("tee", "tees"),
                     "union": ("union simple", "copla", "coupling"), "universal": ("union universal", "universal"),
                     "tapon": ("tapon hembra", "tapon"), "niple": ("niple", "niples")}[t])
        acabado = a["acabado"]
        finish = ""
        if omit == "acabado":
            pins["acabado"] = "galvanizado|negro|pvc"
        else:
            pins["acabado"] = acabado
            finish = ({"galvanizado": "galvanized", "negro": "black iron", "pvc": "PVC"}[acabado] if en else
                      pick(rng, {"galvanizado": ("galv", "galvanizado", "fierro galvanizado", "fo.go."), "negro": ("negro", "fierro negro", "f.n."),
                                 "pvc": ("pvc", "pvc sap", "de pvc")}[acabado]))
        size = inch(rng, a["medida"])
        words = (f"{finish} {noun} {size}" if en else pick(rng, (f"{noun} {finish} {size}", f"{noun} {size} {finish}"))).replace("  ", " ").strip()
    elif t == "bushing":
        pins["mayor"], pins["menor"] = a["mayor"], a["menor"]
        words = (f"reducing bushing {a['mayor']} x {a['menor']}" if en else
                 f"{pick(rng, ('bushing', 'reduccion bushing', 'bushing galv', 'buje reduccion'))} {inch(rng, a['mayor'], False)} {pick(rng, ('x', 'a'))} {inch(rng, a['menor'], False)}")
    elif t == "valvula_bola":
        pins["medida"] = a["medida"]
        words = (f"ball valve {inch(rng, a['medida'])} {pick(rng, ('brass', 'bronze', 'npt'))}" if en else
                 f"{pick(rng, ('valvula de bola', 'valvula bola', 'llave de paso', 'valv. bola'))} {inch(rng, a['medida'])}{pick(rng, ('', ' bronce', ' de bronce'))}")
    elif t in ("valvula_compuerta", "valvula_check"):
        pins["medida"] = a["medida"]
        noun = ({"valvula_compuerta": "gate valve", "valvula_check": "check valve"}[t] if en else
                pick(rng, {"valvula_compuerta": ("valvula compuerta", "valvula de compuerta"),
                           "valvula_check": ("valvula check", "check", "valvula de retencion")}[t]))
        words = f"{noun} {inch(rng, a['medida'])}{'' if en else pick(rng, ('', ' bronce'))}"
    elif t == "llave_mixta":
        m = a["medida"]
        pins["medida"] = m
        shown = pick(rng, (m, m[:-2] + " mm")) if m.endswith("mm") else pick(rng, (m, m + '"'))
        words = (f"{pick(rng, ('combination wrench', 'combo wrench'))} {shown}" if en else
                 f"{pick(rng, ('llave mixta', 'llave mixta de', 'llave combinada', 'llaves mixtas'))} {shown}")
    elif t in ("llave_francesa", "llave_stilson"):
        pins["medida"] = a["medida"]
        m = a["medida"]
        shown = pick(rng, (m, m + '"', m + " pulg" if not en else m + " in"))
        noun = ({"llave_francesa": ("adjustable wrench", "crescent wrench"), "llave_stilson": ("pipe wrench",)}[t] if en else
                {"llave_francesa": ("llave francesa", "francesa", "llave ajustable"), "llave_stilson": ("llave stilson", "stilson", "llave para tubo", "llave de tubo stilson")}[t])
        words = f"{pick(rng, noun)} {shown}"
    elif t in ("alicate_universal", "alicate_corte", "alicate_punta"):
        words = pick(rng, {"alicate_universal": ("linesman pliers", "lineman pliers") if en else ("alicate universal", "alicate universal 8"),
                           "alicate_corte": ("diagonal cutters", "side cutters") if en else ("alicate de corte", "alicate corte diagonal", "alicate de corte diagonal"),
                           "alicate_punta": ("long nose pliers", "needle nose pliers") if en else ("alicate de punta", "alicate punta larga", "alicate de punta fina")}[t])
    elif t == "desarmador":
        pins["medida"] = a["medida"]
        tip = ""
        if omit != "punta":
            pins["punta"] = a["punta"]
            tip = pick(rng, (("flat", "slotted") if a["punta"] == "plano" else ("phillips",)) if en else
                       (("plano",) if a["punta"] == "plano" else ("estrella", "phillips", "stella")))
        m = a["medida"]
        shown = pick(rng, (m, m.replace("x", " x ")))
        words = (f"{tip} screwdriver {shown}".strip() if en else
                 f"{pick(rng, ('desarmador', 'desarmadores', 'destornillador'))} {tip} {shown}").replace("  ", " ")
    elif t == "juego_llaves":
        words = "combination wrench set 8-22mm" if en else pick(rng, ("juego de llaves mixtas", "juego llaves mixtas 8 a 22mm", "juego de llaves combinadas"))
    elif t == "juego_dados":
        words = "socket set 1/2 drive" if en else pick(rng, ("juego de dados 1/2", "juego de dados encastre 1/2", "juego dados 25 piezas"))
    elif t == "broca":
        m = a["medida"]
        pins["medida"] = m
        shown = (pick(rng, (m[:-2], m, m[:-2] + " mm")) if m.endswith("mm") else pick(rng, (m, m + '"')))
        if m.endswith("mm") and "mm" not in shown:
            shown += "mm"
        words = (f"{pick(rng, ('hss drill bit', 'drill bit', 'jobber drill'))} {shown}" if en else
                 f"{pick(rng, ('broca', 'brocas', 'broca hss', 'broca para fierro', 'broca acero rapido'))} {shown}")
    elif t == "disco_corte":
        d = a["diametro"]
        pins["diametro"] = d
        thick = ""
        if a["espesor"] and omit != "espesor":
            pins["espesor"] = a["espesor"]
            e = a["espesor"]
            thick = "x " + pick(rng, {"1.0": ("1mm", "1.0", "1 mm"), "1.6": ("1.6mm", "1.6", "1/16"), "3.2": ("1/8", "3.2mm", "1/8\"")}[e])
        if p.brand == "3M":
            named_brand = True
            noun = pick(rng, ("cubitron cut-off wheel", "3m cubitron ii") if en else ("disco cubitron", "disco de corte cubitron", "disco cubitron ii 3m"))
        else:
            noun = pick(rng, ("cut-off wheel", "cutting disc") if en else ("disco de corte", "disco corte", "discos de corte", "disco para cortar"))
        words = f"{noun} {inch(rng, d)} {thick}".strip()
    elif t == "disco_desbaste":
        pins["diametro"] = a["diametro"]
        words = f"{'grinding wheel' if en else pick(rng, ('disco de desbaste', 'disco desbaste', 'disco para desbaste'))} {inch(rng, a['diametro'])}"
    elif t == "disco_flap":
        pins["grano"] = a["grano"]
        words = f"flap disc {a['grano']} grit" if en else f"{pick(rng, ('disco flap', 'flap', 'disco laminado'))} {pick(rng, ('grano ', 'g', '#', ''))}{a['grano']}"
    elif t == "lija":
        pins["grano"] = a["grano"]
        words = f"emery cloth {a['grano']} grit" if en else f"{pick(rng, ('lija para fierro', 'lija fierro', 'pliego de lija', 'lijas'))} {pick(rng, ('#', 'n° ', 'grano ', ''))}{a['grano']}"
    elif t == "electrodo":
        pins["diametro"] = a["diametro"]
        d = a["diametro"]
        if rng.random() < 0.45:  # the rod line (cellocord, supercito…) names the maker and the class
            pins["linea"] = a["linea"]
            named_brand = True
            line = a["linea"]
            if line == "excalibur 7018":
                line = pick(rng, ("excalibur 7018", "excalibur"))
            words = (f"{line} {d}" if en else f"{pick(rng, ('soldadura', 'electrodo', ''))} {line} {pick(rng, (d, d + INCH_MARK, 'de ' + d))}").strip()
        else:
            pins["clase"] = a["clase"]
            c = a["clase"]
            words = (f"welding rod {pick(rng, (c, 'e' + c, 'E' + c))} {d}" if en else
                     pick(rng, (f"electrodo {c} {d}", f"electrodos e{c} de {d}", f"soldadura {c} {d}", f"soldadura e-{c} de {d}\"")))
    elif t == "alambre_mig":
        pins["diametro"] = a["diametro"]
        d = a["diametro"]
        inchs = {"0.8": ".030", "0.9": ".035", "1.2": ".045"}[d]
        words = (f"mig wire {pick(rng, (inchs, d + 'mm'))} {pick(rng, ('', 'er70s-6'))}".strip() if en else
                 f"{pick(rng, ('alambre mig', 'alambre para mig', 'alambre solido mig'))} {pick(rng, (d, d + 'mm', d + ' mm'))}{pick(rng, ('', ' er70s-6'))}")
    else:  # pragma: no cover - every type has its words
        raise AssertionError(t)
    if named_brand:
        pins["brand"] = p.brand
    if brand:
        pins["brand"] = p.brand
        bw = pick(rng, BRAND_WORDS[p.brand])
        if bw.lower() not in words.lower():
            words = pick(rng, (f"{words} {bw}", f"{words} {bw}", f"{words} marca {bw}" if not en else f"{bw} {words}"))
    return " ".join(words.split()), pins


# The one fact an ambiguous line leaves out, per type.
OMITTABLE = {"rodamiento": "sello", "perno": "grado", "arandela_plana": "type", "arandela_presion": "type",
             "termica": "polos", "diferencial": "polos", "contactor": "bobina", "cable": "color", "cinta": "linea",
             "motor": "rpm", "faja": "perfil", "cadena": "hileras", "codo90": "acabado", "tee": "acabado",
             "union": "acabado", "disco_corte": "espesor", "desarmador": "punta"}  # fmt: skip
