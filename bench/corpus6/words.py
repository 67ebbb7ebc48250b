"""How buyers of a Rio de la Plata distributor name each kind of item, and the facts the words pin.

`say(p, rng, lang, brand, omit)` returns the words for product `p` and the facts they pin
(`type` plus what the words fix: designation, seal, size, grade…; `brand` only when `brand` is
true). `omit` names the one fact left unsaid for an ambiguous line. Pins may hold `a|b` (any of).
Spanish is Buenos Aires / Montevideo usage (rulemán, bulón, arandela grower, llave térmica,
disyuntor, caño, cupla, mecha, tarugo); English is a Caribbean/US buyer's.
"""

from __future__ import annotations

from random import Random

from bench.blind.early import pick as pick  # the corpus's generate.py picks with it too
from bench.catalog4.model import Product

BRAND_WORDS = {
    "SKF": ("skf", "SKF"), "FAG": ("fag", "FAG"), "HCH": ("hch", "HCH"), "NTN": ("ntn", "NTN"),
    "SICA": ("sica", "SICA"), "Schneider": ("schneider", "Schneider", "schneider acti9"), "WEG": ("weg", "WEG"),
    "Prysmian": ("prysmian", "Prysmian", "pirelli"), "IMSA": ("imsa", "IMSA"), "3M": ("3m", "3M"),
    "Gates": ("gates", "GATES"), "Dunlop": ("dunlop", "DUNLOP"), "Renold": ("renold",), "KMC": ("kmc",),
    "Tupy": ("tupy",), "Sigas": ("sigas",), "IPS": ("ips", "IPS"), "Acqua System": ("acqua system", "acqua"),
    "Genebre": ("genebre", "GENEBRE"), "FV": ("fv", "FV"), "Siat": ("siat",), "Bahco": ("bahco", "BAHCO"),
    "Tramontina": ("tramontina", "TRAMONTINA"), "Gherardi": ("gherardi", "GHERARDI"), "Ezeta": ("ezeta", "EZETA"),
    "Tyrolit": ("tyrolit", "TYROLIT"), "Norton": ("norton", "NORTON"), "Conarco": ("conarco", "CONARCO"),
    "ESAB": ("esab", "ESAB"), "Acindar": ("acindar",), "Fischer": ("fischer", "FISCHER"), "Tacsa": ("tacsa",),
    "Bulonfer": ("bulonfer",),
}  # fmt: skip
# "pirelli" is what many still call Prysmian cable (the maker's old name): it names that brand.
SEAL_ES = {"2RS": ("2rs", "2RS", "-2rs", "2 sellos", "sellado", "con sellos de goma"),
           "ZZ": ("zz", "ZZ", "-zz", "2z", "blindado", "con tapas"),
           "abierto": ("abierto", "sin sellos", "sin tapa")}  # fmt: skip
SEAL_EN = {"2RS": ("2RS", "2rs", "sealed", "rubber sealed"), "ZZ": ("ZZ", "zz", "shielded", "2Z"), "abierto": ("open",)}
COLOR_EN = {"marron": "brown", "celeste": "light blue", "verde-amarillo": "green/yellow", "negro": "black",
            "rojo": "red", "azul": "blue", "verde": "green", "blanco": "white"}  # fmt: skip
COLOR_ES = {"marron": ("marron", "marrón"), "celeste": ("celeste",), "verde-amarillo": ("verde amarillo", "verde/amarillo", "bicolor tierra"),
            "negro": ("negro",), "rojo": ("rojo",)}  # fmt: skip
COLOR_F = {"negro": "negra", "rojo": "roja", "blanco": "blanca"}
INCH_MARK = '"'
INCH_WORDS = {"1-1/2": ("1-1/2", "1 1/2", "1.1/2"), "1-1/4": ("1-1/4", "1 1/4", "1.1/4"), "2-1/2": ("2-1/2", "2 1/2", "2.1/2")}


def inch(rng: Random, size: str, mark: bool = True) -> str:
    out = pick(rng, INCH_WORDS.get(size, (size,)))
    return out + '"' if mark and rng.random() < 0.15 else out


def comma(rng: Random, value: str) -> str:
    """A decimal as the buyer types it: 2,5 most of the time, 2.5 sometimes."""
    return value.replace(".", ",") if rng.random() < 0.7 else value


def say(p: Product, rng: Random, lang: str, brand: bool, omit: str = "") -> tuple[str, dict[str, str]]:
    a = p.attrs
    t = a["type"]
    en = lang == "en"
    pins: dict[str, str] = {"type": t}
    words = ""
    if t == "ruleman":
        d, s = a["designacion"], a["sello"]
        pins["designacion"] = d
        seal = ""
        if omit != "sello":
            pins["sello"] = s
            seal = pick(rng, SEAL_EN[s] if en else SEAL_ES[s])
        noun = pick(rng, ("bearing", "ball bearing", "brg") if en else ("ruleman", "rulemán", "rulemanes", "rodamiento", "rulem."))
        core = f"{d}{seal}" if seal.startswith("-") or (seal.lower() in ("2rs", "zz", "2z") and rng.random() < 0.35) else f"{d} {seal}"
        words = f"{noun} {core.strip()}"
    elif t == "conico":
        pins["designacion"] = a["designacion"]
        words = (f"{pick(rng, ('tapered roller bearing', 'taper bearing'))} {a['designacion']}" if en else
                 f"{pick(rng, ('ruleman conico', 'rulemán cónico', 'conico', 'rodamiento conico'))} {a['designacion']}")
    elif t == "soporte":
        if rng.random() < 0.45:
            pins["serie"] = a["serie"]
            words = f"{pick(rng, ('pillow block',) if a['montaje'] == 'pie' else ('flange bearing', 'flange unit')) if en else 'soporte'} {a['serie'].lower()}"
        else:
            pins["montaje"], pins["eje_mm"] = a["montaje"], a["eje_mm"]
            if en:
                words = f"{'pillow block' if a['montaje'] == 'pie' else '4 bolt flange unit'} for {a['eje_mm']}mm shaft"
            else:
                kind = pick(rng, ("de pie", "pie")) if a["montaje"] == "pie" else pick(rng, ("brida", "de brida", "brida 4 agujeros"))
                words = f"{pick(rng, ('soporte', 'soporte con ruleman'))} {kind} {pick(rng, ('eje ', 'para eje de ', 'de '))}{a['eje_mm']}mm"
    elif t == "bulon":
        pins["sistema"], pins["diametro"], pins["largo"] = a["sistema"], a["diametro"], a["largo"]
        if a["sistema"] == "mm":
            pins["grado"] = "8.8"
            dm = a["diametro"]
            size = pick(rng, (f"{dm} x {a['largo']}", f"{dm.lower()}x{a['largo']}", f"{dm} x {a['largo']}mm"))
            words = f"{pick(rng, ('metric hex bolt', 'hex bolt') if en else ('bulon', 'bulón', 'bulones', 'bulon hex', 'bulon metrico'))} {size}"
        else:
            size = f"{a['diametro']} x {inch(rng, a['largo'], mark=False)}"
            grade = ""
            if omit != "grado":
                pins["grado"] = a["grado"]
                grade = (pick(rng, (f"grade {a['grado']}", f"gr{a['grado']}", f"G{a['grado']}")) if en else
                         pick(rng, (f"grado {a['grado']}", f"g{a['grado']}", f"gr {a['grado']}",
                                    "zincado" if a["grado"] == "5" else "pavonado")))
            noun = pick(rng, ("hex bolt", "hex cap screw", "HHCS") if en else ("bulon", "bulón", "bulones", "bulon hex", "bulon cabeza hexagonal"))
            words = pick(rng, (f"{noun} {size} {grade}", f"{noun} {grade} {size}")).replace("  ", " ").strip()
    elif t in ("tuerca", "arandela_plana", "arandela_grower"):
        pins["diametro"], pins["sistema"] = a["diametro"], a["sistema"]
        if omit == "type":
            pins["type"] = "arandela_plana|arandela_grower"
            noun = pick(rng, ("washer", "washers") if en else ("arandela", "arandelas"))
        else:
            noun = pick(rng, {"tuerca": ("hex nut", "nut") if en else ("tuerca", "tuercas", "tuerca hexagonal"),
                              "arandela_plana": ("flat washer",) if en else ("arandela plana", "arandelas planas"),
                              "arandela_grower": ("lock washer", "split washer") if en else ("arandela grower", "arandelas grower", "grower", "arandela de presion")}[t])
        dm = a["diametro"]
        words = f"{noun} {dm if a['sistema'] == 'pulg' else pick(rng, (dm, dm.lower()))}"
    elif t == "autoperforante":
        pins["calibre"], pins["largo"] = a["calibre"], a["largo"]
        size = pick(rng, (f"{a['calibre']} x {inch(rng, a['largo'], mark=False)}", f"{a['calibre']}x{inch(rng, a['largo'], mark=False)}",
                          f"#{a['calibre']} x {inch(rng, a['largo'], mark=False)}"))
        tip = ""
        if omit != "punta":
            pins["punta"] = a["punta"]
            tip = (("self drilling" if a["punta"] == "mecha" else "sheet metal") if en else
                   pick(rng, ("punta mecha", "p/mecha", "mecha") if a["punta"] == "mecha" else ("punta aguja", "p/aguja", "aguja")))
        if en:
            words = f"{tip} screw {size}" if tip else f"hex washer head screw {size}"
        else:
            noun = pick(rng, ("autoperforante", "autoperforantes", "tornillo autoperforante", "tornillos autop."))
            words = pick(rng, (f"{noun} {size} {tip}", f"{noun} {tip} {size}")).replace("  ", " ").strip()
    elif t == "tarugo":
        pins["medida"] = a["medida"]
        words = f"wall plug {a['medida']}mm" if en else f"{pick(rng, ('tarugo', 'tarugos', 'tarugo nylon', 'tarugos del'))} {a['medida']}{pick(rng, ('', 'mm', ' mm'))}"
    elif t in ("termica", "disyuntor"):
        po, am = a["polos"], a["amperes"]
        pins["amperes"] = am
        poles = ""
        if omit != "polos":
            pins["polos"] = po
            poles = pick(rng, (f"{po} pole", f"{po}P") if en else (f"{po}x", f"{po}x", f"{po}P", f"{po} polos" if po != "1" else "unipolar",
                                                                   {"1": "unipolar", "2": "bipolar", "3": "tripolar", "4": "tetrapolar"}[po]))
        amp = pick(rng, (f"{am}A", f"{am} amp") if en else (f"{am}A", f"{am}a", f"{am} amp", f"de {am}A"))
        if t == "termica":
            noun = pick(rng, ("circuit breaker", "MCB", "breaker") if en else ("llave termica", "llave térmica", "termica", "térmica", "termomagnetica", "interruptor termomagnetico"))
            curve = pick(rng, ("", "", " curva c", " C") if not en else ("", " C curve"))
        else:
            noun = pick(rng, ("RCCB", "residual current breaker", "RCD") if en else ("disyuntor", "disyuntor diferencial", "diferencial", "disyuntor dif."))
            curve = pick(rng, ("", " 30mA", " 30 ma"))
        if poles.endswith("x"):
            words = f"{noun} {poles}{am}{curve}"
        else:
            words = f"{noun} {poles} {amp}{curve}".replace("  ", " ")
    elif t == "contactor":
        pins["amperes"] = a["amperes"]
        coil = ""
        if omit != "bobina":
            pins["bobina"] = a["bobina"]
            v = a["bobina"]
            cc = " cc" if v == "24" and rng.random() < 0.5 else ""
            coil = pick(rng, (f"{v}V coil", f"{v}vac coil" if v != "24" else "24vdc coil") if en else
                        (f"bobina {v}v{cc}", f"bob {v}{cc}", f"bobina {v}{cc}", f"bob. {v}v{cc}"))
        words = f"contactor {a['amperes']}{pick(rng, ('A', 'a', ' amp', ' A'))} {coil}".strip()
    elif t == "cable":
        pins["seccion"] = a["seccion"]
        color = ""
        if omit != "color":
            pins["color"] = a["color"]
            color = COLOR_EN[a["color"]] if en else pick(rng, COLOR_ES[a["color"]])
        sec = comma(rng, a["seccion"]) if not en else a["seccion"]
        if en:
            words = f"{pick(rng, ('wire', 'cable', 'single core cable'))} {sec}mm2 {color}".strip()
        else:
            words = pick(rng, (f"cable {sec} mm {color}", f"cable unipolar {sec} {color}", f"cable de {sec}mm2 {color}",
                               f"cable {sec}mm {color}", f"unipolar {sec} {color}")).strip()
    elif t == "cable_taller":
        f = a["formacion"]
        pins["formacion"] = f
        words = f"{pick(rng, ('cable taller', 'cable tipo taller', 'tpr', 'taller'))} {comma(rng, f)}" if not en else f"flexible cord {f}mm2"
    elif t == "cinta":
        pins["color"] = a["color"]
        if a["linea"] == "33":
            pins["linea"] = "33"
            words = pick(rng, ("super 33 tape", "scotch 33") if en else ("cinta 33", "cinta super 33", "cinta aisladora 33+"))
        else:
            if omit != "linea":
                pins["linea"] = "temflex"
            c = a["color"]
            words = f"electrical tape {COLOR_EN[c]}" if en else f"{pick(rng, ('cinta aisladora', 'cinta aislante', 'cinta de aislar'))} {COLOR_F.get(c, c)}"
            if omit != "linea":
                words += " temflex"
    elif t == "motor":
        pins["hp"] = a["hp"]
        hp = {"0.5": ("1/2", "0,5", "0.5"), "0.75": ("3/4", "0,75"), "1.5": ("1,5", "1.5", "1 1/2"),
              "5.5": ("5,5", "5.5"), "7.5": ("7,5", "7.5")}.get(a["hp"], (a["hp"],))
        rpm = ""
        if omit != "rpm":
            pins["rpm"] = a["rpm"]
            rpm = pick(rng, (f"{a['rpm']} rpm", f"{a['rpm']}rpm", "4 polos" if a["rpm"] == "1500" else "2 polos")) if not en else f"{a['rpm']} rpm"
        words = (f"3 phase motor {pick(rng, hp)} hp {rpm}" if en else
                 f"{pick(rng, ('motor trifasico', 'motor', 'motor electrico trifasico'))} {pick(rng, hp)} {pick(rng, ('hp', 'HP', 'cv'))} {rpm}").strip()
    elif t == "correa":
        pins["numero"] = a["numero"]
        if omit == "perfil":
            words = f"{pick(rng, ('v-belt', 'belt')) if en else pick(rng, ('correa', 'correa en v'))} {a['numero']}"
        else:
            pins["perfil"] = a["perfil"]
            code = pick(rng, (f"{a['perfil']}-{a['numero']}", f"{a['perfil']}{a['numero']}", f"{a['perfil']} {a['numero']}",
                              f"{a['perfil'].lower()}{a['numero']}"))
            words = f"{pick(rng, ('v-belt', 'v belt', 'belt')) if en else pick(rng, ('correa', 'correas', 'correa en v', 'correa trapezoidal'))} {code}"
    elif t == "cadena":
        pins["paso"] = a["paso"]
        paso = a["paso"]
        shown = pick(rng, (f"asa {paso}", f"#{paso}", f"{paso}", f"nro {paso}")) if paso.isdigit() else pick(rng, (paso, paso.lower()))
        words = f"roller chain {shown}" if en else f"{pick(rng, ('cadena', 'cadena a rodillos', 'cadena de rodillos'))} {shown} {pick(rng, ('', 'simple'))}".strip()
    elif t == "union_cadena":
        pins["paso"] = a["paso"]
        paso = a["paso"]
        words = f"connecting link {paso}" if en else f"{pick(rng, ('union cadena', 'eslabon de union', 'union para cadena'))} {'asa ' + paso if paso.isdigit() else paso}"
    elif t == "cano":
        pins["material"], pins["medida"] = a["material"], a["medida"]
        if a["material"] == "galvanizado":
            words = (f"galvanized pipe {inch(rng, a['medida'])}" if en else
                     f"{pick(rng, ('caño', 'caño galvanizado', 'cano galv', 'caños galvanizados'))} {inch(rng, a['medida'])}")
            if not en and "galv" not in words:
                words += " galvanizado"
        else:
            mm = a["medida"].replace("mm", "")
            words = f"PPR pipe {mm}mm" if en else f"{pick(rng, ('caño termofusion', 'caño para termofusion', 'caño ppr'))} {mm}{pick(rng, ('', 'mm', ' mm'))}"
    elif t in ("codo90", "codo45", "tee", "cupla", "union_doble", "tapa"):
        pins["medida"] = a["medida"]
        noun = pick(rng, {"codo90": ("90 elbow", "elbow 90"), "codo45": ("45 elbow",), "tee": ("tee",), "cupla": ("coupling", "socket"),
                          "union_doble": ("union",), "tapa": ("cap",)}[t] if en else
                    {"codo90": ("codo 90", "codo a 90", "codo de 90"), "codo45": ("codo 45", "codo a 45"), "tee": ("tee", "te", "ramal t"),
                     "cupla": ("cupla", "cuplas"), "union_doble": ("union doble", "unión doble"), "tapa": ("tapa", "tapón hembra")}[t])
        if a["acabado"] == "termofusion":
            pins["acabado"] = "termofusion"
            mm = a["medida"].replace("mm", "")
            words = f"PPR {noun} {mm}mm" if en else f"{noun} {pick(rng, ('termofusion', 'de termofusion', 'ppr', 'tf'))} {mm}{pick(rng, ('', 'mm'))}"
        else:
            finish = ""
            if omit != "acabado":
                pins["acabado"] = a["acabado"]
                finish = ({"galvanizado": "galvanized", "epoxi": "epoxy"}[a["acabado"]] if en else
                          pick(rng, {"galvanizado": ("galv", "galvanizado", "galvanizada"), "epoxi": ("epoxi", "epoxi gas", "de gas epoxi")}[a["acabado"]]))
            else:
                pins["acabado"] = "galvanizado|epoxi"
            size = inch(rng, a["medida"])
            words = (f"{finish} {noun} {size}" if en else pick(rng, (f"{noun} {finish} {size}", f"{noun} {size} {finish}"))).replace("  ", " ").strip()
    elif t == "buje":
        pins["mayor"], pins["menor"] = a["mayor"], a["menor"]
        words = (f"reducing bushing {a['mayor']} x {a['menor']}" if en else
                 f"{pick(rng, ('buje reduccion', 'buje de reduccion', 'buje red.', 'buje'))} {inch(rng, a['mayor'], False)} {pick(rng, ('x', 'a'))} {inch(rng, a['menor'], False)}")
    elif t == "niple":
        pins["medida"] = a["medida"]
        size = inch(rng, a["medida"])
        if omit == "largo":
            words = f"galvanized nipple {size}" if en else f"niple {pick(rng, ('galv ', 'galvanizado ', ''))}{size}"
        else:
            pins["largo"] = a["largo"]
            if a["largo"] == "corto":
                words = f"close nipple {size}" if en else f"{pick(rng, ('niple corto', 'niple galv corto'))} {size}"
            else:
                words = f"nipple {size} x {a['largo']}cm" if en else f"niple {pick(rng, ('galv ', ''))}{size} x {a['largo']}{pick(rng, (' cm', 'cm'))}"
    elif t == "esferica":
        pins["medida"] = a["medida"]
        words = (f"ball valve {inch(rng, a['medida'])} brass" if en else
                 f"{pick(rng, ('llave esferica', 'llave de paso esferica', 'esferica', 'valvula esferica'))} {inch(rng, a['medida'])}{pick(rng, ('', ' bronce'))}")
    elif t in ("esclusa", "retencion"):
        pins["medida"] = a["medida"]
        noun = ({"esclusa": "gate valve", "retencion": "check valve"}[t] if en else
                pick(rng, {"esclusa": ("valvula esclusa", "esclusa"), "retencion": ("valvula de retencion", "retencion", "valvula retencion")}[t]))
        words = f"{noun} {inch(rng, a['medida'])}"
    elif t == "llave_combinada":
        pins["medida"] = a["medida"]
        words = (f"combination wrench {a['medida']}mm" if en else
                 f"{pick(rng, ('llave combinada', 'llave combinada de', 'combinada'))} {a['medida']}{pick(rng, ('', 'mm', ' mm'))}")
    elif t == "juego_llaves":
        words = "combination wrench set 6-22mm" if en else pick(rng, ("juego de llaves combinadas", "juego llaves combinadas 6 a 22", "jgo llaves combinadas"))
    elif t in ("pinza_universal", "alicate", "pico_loro", "pinza_punta"):
        words = pick(rng, {"pinza_universal": ("lineman pliers",) if en else ("pinza universal", "pinza universal 8"),
                           "alicate": ("diagonal cutters", "side cutters") if en else ("alicate", "alicate de corte", "alicate corte diagonal"),
                           "pico_loro": ("water pump pliers", "tongue and groove pliers") if en else ("pinza pico de loro", "pico de loro"),
                           "pinza_punta": ("long nose pliers",) if en else ("pinza de punta", "pinza punta")}[t])
    elif t == "destornillador":
        pins["medida"] = a["medida"]
        tip = ""
        if omit != "punta":
            pins["punta"] = a["punta"]
            tip = (("flat", "slotted") if a["punta"] == "plano" else ("phillips",)) if en else \
                (("plano", "paleta") if a["punta"] == "plano" else ("phillips", "philips", "cruz"))
            tip = pick(rng, tip)
        m = a["medida"]
        words = f"{tip} screwdriver {m}mm".strip() if en else f"{pick(rng, ('destornillador', 'destornilladores', 'destorn.'))} {tip} {m}".replace("  ", " ")
    elif t == "francesa":
        pins["medida"] = a["medida"]
        words = f"adjustable wrench {a['medida']} in" if en else f"{pick(rng, ('llave francesa', 'francesa', 'llave ajustable'))} {a['medida']}{pick(rng, ('', INCH_MARK, ' pulgadas'))}"
    elif t == "mecha":
        pins["medida"] = a["medida"]
        m = a["medida"]
        words = (f"hss drill bit {m}mm" if en else
                 pick(rng, (f"mecha {comma(rng, m)}", f"mecha de {comma(rng, m)}mm", f"mecha acero rapido {comma(rng, m)}",
                            f"mechas {comma(rng, m)} mm", f"mecha hss {comma(rng, m)}")))
    elif t == "disco_corte":
        pins["diametro"] = a["diametro"]
        thick = ""
        if omit != "espesor":
            pins["espesor"] = a["espesor"]
            thick = f"x {pick(rng, (comma(rng, a['espesor']), comma(rng, a['espesor']) + 'mm'))}"
        if a["diametro"] in ("180", "230"):  # one thickness each: buyers name none
            thick = ""
            pins.pop("espesor", None)
        noun = pick(rng, ("cut-off wheel", "cutting disc") if en else ("disco de corte", "disco corte", "disco p/cortar", "discos de corte"))
        words = f"{noun} {a['diametro']} {thick}".strip()
    elif t == "disco_desbaste":
        pins["diametro"] = a["diametro"]
        words = f"{'grinding disc' if en else pick(rng, ('disco de desbaste', 'disco desbaste'))} {a['diametro']}"
    elif t == "disco_flap":
        pins["grano"] = a["grano"]
        words = f"flap disc {a['grano']} grit" if en else f"{pick(rng, ('disco flap', 'flap'))} {pick(rng, ('grano ', 'g', '#'))}{a['grano']}"
    elif t == "electrodo":
        pins["clase"], pins["diametro"] = a["clase"], a["diametro"]
        d = a["diametro"]
        words = (f"welding rod {a['clase']} {d}mm" if en else
                 pick(rng, (f"electrodo {a['clase']} {comma(rng, d)}", f"electrodos {a['clase']} de {comma(rng, d)}mm",
                            f"electrodo e{a['clase']} {comma(rng, d)}")))
    elif t == "aletado":
        pins["diametro"] = a["diametro"]
        words = f"rebar {a['diametro']}mm" if en else f"{pick(rng, ('hierro', 'hierro aletado', 'hierro del', 'barras de hierro'))} {a['diametro']}{pick(rng, ('', 'mm'))}"
    elif t == "alambre":
        pins["acabado"], pins["numero"] = a["acabado"], a["numero"]
        words = (f"{'black annealed' if a['acabado'] == 'negro' else 'galvanized'} wire #{a['numero']}" if en else
                 f"alambre {'negro' if a['acabado'] == 'negro' else 'galvanizado'} {pick(rng, ('n', 'nro ', 'del ', ''))}{a['numero']}")
    elif t == "malla":
        pins["diametro"] = a["diametro"]
        words = f"welded mesh 15x15 {a['diametro']}mm" if en else f"{pick(rng, ('malla sima', 'malla 15x15', 'malla'))} {comma(rng, a['diametro'])}{pick(rng, ('', 'mm'))}"
    elif t == "angulo":
        pins["ala"] = a["ala"]
        words = f"angle iron {a['ala']}" if en else f"{pick(rng, ('angulo', 'perfil angulo', 'hierro angulo'))} {inch(rng, a['ala'], False)} x {a['espesor']}"
    else:  # pragma: no cover - every type has its words
        raise AssertionError(t)
    if brand:
        pins["brand"] = p.brand
        bw = pick(rng, BRAND_WORDS[p.brand])
        words = pick(rng, (f"{words} {bw}", f"{words} {bw}", f"{words} marca {bw}" if not en else f"{bw} {words}"))
    return " ".join(words.split()), pins


# The one fact an ambiguous line leaves out, per type.
OMITTABLE = {"ruleman": "sello", "bulon": "grado", "arandela_plana": "type", "arandela_grower": "type",
             "autoperforante": "punta", "termica": "polos", "disyuntor": "polos", "contactor": "bobina",
             "cable": "color", "cinta": "linea", "motor": "rpm", "correa": "perfil", "codo90": "acabado",
             "tee": "acabado", "cupla": "acabado", "niple": "largo", "disco_corte": "espesor",
             "destornillador": "punta"}  # fmt: skip
