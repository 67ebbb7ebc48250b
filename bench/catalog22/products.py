"""Catalog 22's products: a Panamanian industrial distributor's items as Oracle NetSuite holds them.

Families: izaje y aparejos (shackles by size and working load limit, pin and bow; wire-rope clips;
turnbuckles by size, take-up and ends; wire rope by diameter, construction and core sold by the
metre; chain by size and grade sold by the metre; manual chain hoists by capacity and lift, lever
hoists; polyester slings by WLL, length and shape, in the EN 1492 colour code), automatización y
sensores (inductive proximity sensors by body, sensing distance, PNP/NPN and NO/NC;
photoelectric sensors by mode and output; limit switches by actuator; variable-frequency drives by
kW and supply; plug-in relays by poles and coil voltage; timers), and the core ones in this house's
words (ball bearings, inch bolts and nuts sold by the unit in boxes, bronze NPT valves, plug-on
breakers, cut-off and flap discs). `name` is NetSuite's Display Name, `description` its Sales
Description with the maker's part number after `P/N`; that number is the first alias, NetSuite's
internal ID the last (`erp.catalog` adds it).
"""

from __future__ import annotations

from bench.blind.items import BALL, Items
from bench.catalog4.model import Product, unit

RIGGING = "Izaje y aparejos"
AUTOMATION = "Automatización y sensores"
BEARINGS = "Rodamientos"
FASTENERS = "Tornillería"
VALVES = "Válvulas"
ELECTRICAL = "Eléctricos"
ABRASIVES = "Abrasivos"
HOUSE_BRAND = "Istmo"
FAMILIES = (RIGGING, AUTOMATION, BEARINGS, FASTENERS, VALVES, ELECTRICAL, ABRASIVES)

item = Items(gs1={}, salt="c22")


def _n(key: str, salt: str, low: int, span: int) -> int:
    return low + int(unit(key, salt) * span)


# shackle size (in) → working load limit (t), the same for every maker the house buys from
SHACKLE_WLL = {"1/4": "0.5", "5/16": "0.75", "3/8": "1", "7/16": "1.5", "1/2": "2", "5/8": "3.25", "3/4": "4.75",
               "7/8": "6.5", "1": "8.5", "1-1/4": "12"}  # fmt: skip
# (maker, model, pin, bow, sizes)
SHACKLES = (
    ("Crosby", "G-209", "screw", "anchor", tuple(SHACKLE_WLL)),
    ("Crosby", "G-2130", "bolt", "anchor", ("3/8", "1/2", "5/8", "3/4", "7/8", "1", "1-1/4")),
    ("Crosby", "G-210", "screw", "chain", ("3/8", "1/2", "5/8", "3/4", "7/8", "1")),
    ("Green Pin", "G-4161", "screw", "anchor", ("1/4", "3/8", "1/2", "5/8", "3/4", "7/8", "1")),
    ("Green Pin", "G-4163", "bolt", "anchor", ("1/2", "5/8", "3/4", "1", "1-1/4")),
)
CLIP_SIZES = ("1/4", "5/16", "3/8", "1/2", "5/8", "3/4", "7/8", "1")
# turnbuckle: (size in, take-up in) and the ends
TURNBUCKLES = (("3/8", "6"), ("1/2", "6"), ("1/2", "9"), ("5/8", "9"), ("3/4", "9"), ("3/4", "12"), ("1", "12"))
ENDS = {"hook-eye": ("GANCHO-OJO", "HG-228"), "eye-eye": ("OJO-OJO", "HG-227"), "jaw-jaw": ("QUIJADA-QUIJADA", "HG-226")}
# wire rope: (diameter in, construction, core, makers)
ROPES = (
    ("1/4", "6x19", "FC", ("WireCo",)), ("5/16", "6x19", "FC", ("WireCo",)), ("3/8", "6x19", "FC", ("WireCo",)),
    ("1/2", "6x19", "FC", ("WireCo",)), ("3/8", "6x19", "IWRC", ("WireCo",)), ("1/2", "6x19", "IWRC", ("WireCo", "Bridon")),
    ("5/8", "6x19", "IWRC", ("WireCo", "Bridon")), ("3/4", "6x19", "IWRC", ("WireCo", "Bridon")), ("7/8", "6x19", "IWRC", ("WireCo",)),
    ("1", "6x19", "IWRC", ("WireCo",)), ("1/2", "6x36", "IWRC", ("Bridon",)), ("5/8", "6x36", "IWRC", ("Bridon",)),
    ("3/4", "6x36", "IWRC", ("Bridon", "WireCo")), ("7/8", "6x36", "IWRC", ("Bridon",)), ("1", "6x36", "IWRC", ("Bridon",)),
    ("1-1/4", "6x36", "IWRC", ("Bridon",)),
)  # fmt: skip
G80_MM = {"7": "9/32", "8": "5/16", "10": "3/8", "13": "1/2", "16": "5/8"}
G43_IN = ("1/4", "5/16", "3/8", "1/2")
# chain hoists: capacity (t) → the lifts (m) kept, per maker
HOISTS = {"CM": {"0.5": ("3",), "1": ("3", "6"), "1.5": ("3",), "2": ("3", "6"), "3": ("3", "6"), "5": ("3", "6"), "10": ("3",)},
          "Yale": {"1": ("3", "6"), "2": ("3", "6"), "3": ("3",), "5": ("3", "6")}}  # fmt: skip
LEVER = {"CM": ("0.75", "1.5", "3", "6"), "Yale": ("0.75", "1.5", "3")}
# EN 1492 colour code of a polyester sling by its WLL (t)
SLING_COLOUR = {"1": "violeta", "2": "verde", "3": "amarillo", "4": "gris", "5": "rojo", "6": "marrón", "8": "azul", "10": "naranja"}
FLAT_SLINGS = {"1": ("1", "2", "3", "4"), "2": ("1", "2", "3", "4", "6"), "3": ("2", "3", "4", "6"), "4": ("3", "6"), "5": ("3", "4", "6")}
ROUND_SLINGS = {"1": ("2", "4"), "2": ("2", "4", "6"), "3": ("2", "4", "6"), "5": ("3", "6"), "8": ("4", "6"), "10": ("6",)}


def rigging() -> list[Product]:
    out = []
    for brand, model, pin, bow, sizes in SHACKLES:
        for size in sizes:
            wll = SHACKLE_WLL[size]
            key = f"shk|{model}|{size}"
            ref = f"{_n(key, 'crosby22', 1018000, 9000)}" if brand == "Crosby" else f"{model[2:]}-{_n(key, 'gp22', 100, 899)}"
            shape = "LIRA" if bow == "anchor" else "RECTO"
            pin_w = "PASADOR ROSCADO" if pin == "screw" else "PERNO Y CHAVETA"
            label = f'Grillete {shape.lower()} {size}" {wll} t {pin_w.lower()} {brand} {model}'
            desc = f'GRILLETE {shape} {size}" WLL {wll} T {pin_w} GALVANIZADO {brand.upper()} {model} P/N {ref}'
            out.append(item(key, label, desc, RIGGING, brand, "UN", 4 + float(wll) * (9 if brand == "Crosby" else 7) * (1.3 if pin == "bolt" else 1),
                            {"type": "shackle", "size": size, "wll": wll, "pin": pin, "bow": bow}, [ref]))
    for size in CLIP_SIZES:
        for brand in ("Crosby", HOUSE_BRAND):
            if brand == HOUSE_BRAND and size in ("7/8", "1"):
                continue
            key = f"clip|{size}|{brand}"
            ref = f"{_n(key, 'clip22', 1010000, 9000)}" if brand == "Crosby" else f"IST-GR{size.replace('/', '')}"
            kind = "FORJADA G-450" if brand == "Crosby" else "MALEABLE"
            label = f'Grapa para cable {size}" {kind.lower()} {brand}'
            out.append(item(key, label, f'GRAPA PARA CABLE DE ACERO {size}" {kind} GALV. {brand.upper()} P/N {ref}', RIGGING, brand, "UN",
                            (3 if brand == "Crosby" else 1) * (1 + CLIP_SIZES.index(size)), {"type": "clip", "size": size}, [ref]))
    for size, takeup in TURNBUCKLES:
        for ends, (words, model) in ENDS.items():
            for brand in ("Crosby", HOUSE_BRAND):
                if brand == HOUSE_BRAND and (ends == "jaw-jaw" or size == "1"):
                    continue
                key = f"tb|{size}|{takeup}|{ends}|{brand}"
                ref = f"{_n(key, 'tb22', 1030000, 9000)}" if brand == "Crosby" else f"IST-TS{size.replace('/', '')}{takeup}{ends[0].upper()}{ends[-1].upper()}"
                label = f'Tensor {words.lower()} {size}" x {takeup}" {brand}' + (f" {model}" if brand == "Crosby" else "")
                out.append(item(key, label, f'TENSOR {words} {size}" X {takeup}" GALVANIZADO {brand.upper()} P/N {ref}', RIGGING, brand, "UN",
                                (14 if brand == "Crosby" else 6) * (1 + TURNBUCKLES.index((size, takeup)) * 0.6),
                                {"type": "turnbuckle", "size": size, "takeup": takeup, "ends": ends}, [ref]))
    for dia, construction, core, makers in ROPES:
        for brand in makers:
            key = f"wr|{dia}|{construction}|{core}|{brand}"
            ref = f"{'WC' if brand == 'WireCo' else 'BR'}-{construction.replace('x', '')}{core[0]}-{dia.replace('/', '').replace('-', '')}"
            core_w = "ALMA DE ACERO" if core == "IWRC" else "ALMA DE FIBRA"
            label = f'Cable de acero {dia}" {construction} {core} {brand}'
            desc = f'CABLE DE ACERO {dia}" {construction} {core_w} {"GALVANIZADO" if core == "FC" else "NEGRO LUBRICADO"} {brand.upper()} (VENTA POR METRO) P/N {ref}'
            out.append(item(key, label, desc, RIGGING, brand, "M", 0.8 + (ROPES.index((dia, construction, core, makers)) % 10) * 0.9,
                            {"type": "wire_rope", "dia": dia, "construction": construction, "core": core}, [ref]))
    for mm, inch in G80_MM.items():
        for brand in ("Gunnebo", "CM"):
            key = f"ch80|{mm}|{brand}"
            ref = f"KL-{mm}-8" if brand == "Gunnebo" else f"{_n(key, 'ha22', 5900000, 99999)}"
            label = f"Cadena grado 80 {mm} mm ({inch}\") {brand}" + (" Herc-Alloy 800" if brand == "CM" else "")
            out.append(item(key, label, f"CADENA DE IZAJE GRADO 80 {mm} MM {brand.upper()} (VENTA POR METRO) P/N {ref}", RIGGING, brand, "M",
                            6 + int(mm) * 1.4, {"type": "chain", "size": mm, "grade": "80"}, [ref]))
    for inch in G43_IN:
        key = f"ch43|{inch}"
        ref = f"IST-G43-{inch.replace('/', '')}"
        label = f'Cadena grado 43 {inch}" {HOUSE_BRAND}'
        out.append(item(key, label, f'CADENA GRADO 43 HIGH TEST {inch}" ZINCADA ISTMO (VENTA POR METRO) P/N {ref}', RIGGING, HOUSE_BRAND, "M",
                        2 + G43_IN.index(inch) * 1.5, {"type": "chain", "size": inch, "grade": "43"}, [ref]))
    for brand, caps in HOISTS.items():
        for cap, lifts in caps.items():
            for lift in lifts:
                key = f"hoist|{cap}|{lift}|{brand}"
                kg = int(float(cap) * 1000)
                ref = f"622-{kg // 100:03d}{lift}" if brand == "CM" else f"VSIII-{kg}-{lift}M"
                model = "Series 622" if brand == "CM" else "VS III"
                label = f"Tecle de cadena {cap} t x {lift} m {brand} {model}"
                out.append(item(key, label, f"POLIPASTO MANUAL DE CADENA {cap} TON IZAJE {lift} M {brand.upper()} {model.upper()} P/N {ref}",
                                RIGGING, brand, "UN", 160 + float(cap) * 95 + int(lift) * 12, {"type": "hoist", "capacity": cap, "lift": lift}, [ref]))
    for brand, levers in LEVER.items():
        for cap in levers:
            key = f"lever|{cap}|{brand}"
            ref = f"653-{int(float(cap) * 100):03d}" if brand == "CM" else f"UNO-{int(float(cap) * 1000)}"
            label = f"Tecle de palanca {cap} t {brand}"
            out.append(item(key, label, f"TECLE DE PALANCA (RACHET) {cap} TON CADENA 1.5 M {brand.upper()} P/N {ref}", RIGGING, brand, "UN",
                            120 + float(cap) * 60, {"type": "lever_hoist", "capacity": cap}, [ref]))
    for style, table, brand in (("flat", FLAT_SLINGS, "SpanSet"), ("round", ROUND_SLINGS, "Gunnebo")):
        for wll, lengths in table.items():
            for length in lengths:
                key = f"sling|{style}|{wll}|{length}"
                ref = f"SS-1B{int(wll) * 30}-{length}M" if brand == "SpanSet" else f"RS{wll}-{length}"
                colour = SLING_COLOUR[wll]
                shape = "PLANA OJO-OJO" if style == "flat" else "REDONDA SINFIN"
                label = f"Eslinga {shape.lower()} {wll} t x {length} m {colour} {brand}"
                out.append(item(key, label, f"ESLINGA DE POLIESTER {shape} WLL {wll} TON X {length} M COLOR {colour.upper()} {brand.upper()} P/N {ref}",
                                RIGGING, brand, "UN", 8 + int(wll) * 4 + int(length) * 3, {"type": "sling", "style": style, "wll": wll, "length": length}, [ref]))
    return out


# inductive proximity sensors: body → (flush, non-flush) sensing distances in mm
PROX_SN = {"M12": ("4", "8"), "M18": ("8", "12"), "M30": ("15", "22")}
PROX_MAKERS = {"Omron": ("PNP", "NPN"), "Sick": ("PNP",), "Telemecanique": ("PNP", "NPN"), "IFM": ("PNP",)}
# photoelectric sensors: mode → range (m) as the maker states it, per maker
PHOTO = {"diffuse": {"Sick": "1", "Banner": "0.5", "Omron": "1"}, "retro": {"Sick": "7", "Banner": "6", "Omron": "4"},
         "through": {"Sick": "15", "Banner": "20"}}  # fmt: skip
LIMITS = {"roller_lever": {"Omron": "WLCA2", "Telemecanique": "XCKJ10511"}, "plunger": {"Omron": "WLD", "Telemecanique": "XCKJ161"},
          "rod": {"Omron": "WLCA12", "Telemecanique": "XCKJ10541"}, "roller_plunger": {"Telemecanique": "XCKJ167"}}  # fmt: skip
KW_HP = {"0.75": "1", "1.5": "2", "2.2": "3", "4": "5", "5.5": "7.5", "7.5": "10", "11": "15", "15": "20"}
# drives: maker → supply → the kW kept
VFDS = {"Schneider": {"230-1F": ("0.75", "1.5", "2.2"), "230-3F": ("0.75", "1.5", "2.2", "4", "5.5"), "460-3F": ("1.5", "2.2", "4", "5.5", "7.5", "11", "15")},
        "ABB": {"230-3F": ("0.75", "2.2", "4"), "460-3F": ("0.75", "1.5", "2.2", "4", "7.5", "11", "15")},
        "Siemens": {"230-1F": ("0.75", "1.5"), "460-3F": ("0.75", "2.2", "4", "5.5", "7.5")}}  # fmt: skip
COILS = {"24VDC": ("DC24", "BD", "9.024"), "24VAC": ("AC24", "B7", "8.024"), "120VAC": ("AC110/120", "F7", "8.120"), "230VAC": ("AC220/240", "P7", "8.230")}
TIMERS = (("on_delay", "24-240", "Omron", "H3CR-A8 AC24-48/DC12-48"), ("on_delay", "120", "Omron", "H3CR-A8 AC100-240"), ("multi", "24-240", "Omron", "H3CR-A AC24-240"),
          ("on_delay", "24-240", "Schneider", "RE17RAMU"), ("multi", "24-240", "Schneider", "RE17RMMU"), ("star_delta", "24-240", "Schneider", "RE17RLMU"),
          ("multi", "120", "Schneider", "RE22R1MYMR"), ("star_delta", "120", "Omron", "H3CR-G8EL AC100-120"))  # fmt: skip


def automation() -> list[Product]:
    out = []
    for brand, outputs in PROX_MAKERS.items():
        for body, distances in PROX_SN.items():
            for mount, sn in zip(("flush", "nonflush"), distances, strict=True):
                if brand == "IFM" and mount == "nonflush":
                    continue
                for output in outputs:
                    for contact in ("NO", "NC"):
                        if brand in ("IFM", "Sick") and contact == "NC" and body != "M18":
                            continue
                        key = f"prox|{body}|{sn}|{output}|{contact}|{brand}"
                        b = body[1:]
                        ref = {"Omron": f"E2E-X{sn}{'M' if mount == 'nonflush' else ''}{'B' if output == 'PNP' else 'C'}{'1' if contact == 'NO' else '2'}-M{b}",
                               "Sick": f"IME{b}-{int(sn):02d}{'B' if mount == 'flush' else 'N'}{'P' if output == 'PNP' else 'N'}{'S' if contact == 'NO' else 'O'}ZC0K",
                               "Telemecanique": f"XS6{b}{'B' if mount == 'flush' else 'N'}1{'P' if output == 'PNP' else 'N'}{'A' if contact == 'NO' else 'B'}M12",
                               "IFM": f"I{'F' if b == '12' else 'G' if b == '18' else 'I'}S{_n(key, 'ifm22', 200, 99)}{'' if contact == 'NO' else 'C'}"}[brand]
                        label = f"Sensor inductivo {body} {sn} mm {output} {contact} {brand}"
                        mount_w = "ENRASADO" if mount == "flush" else "NO ENRASADO"
                        desc = f"SENSOR INDUCTIVO {body} SN {sn} MM {mount_w} {output} {contact} 10-30 VDC CONECTOR M12 {brand.upper()} P/N {ref}"
                        out.append(item(key, label, desc, AUTOMATION, brand, "UN", 28 + int(b) * 0.9 * (1.4 if brand in ("Sick", "IFM") else 1),
                                        {"type": "prox", "body": body, "sn": sn, "output": output, "contact": contact}, [ref]))
    for mode, makers in PHOTO.items():
        for brand, rng_m in makers.items():
            for output in ("PNP", "NPN"):
                if brand == "Banner" and output == "NPN" and mode == "through":
                    continue
                key = f"photo|{mode}|{output}|{brand}"
                o = "P" if output == "PNP" else "N"
                ref = {"Sick": f"WL12-3{o}{_n(key, 'sick22', 1100, 800)}", "Banner": f"QS18V{o}6{'D' if mode == 'diffuse' else 'LP' if mode == 'retro' else 'E'}Q8",
                       "Omron": f"E3Z-{'D' if mode == 'diffuse' else 'R'}{'8' if o == 'P' else '6'}1"}[brand]
                mode_w = {"diffuse": "DIFUSO", "retro": "RETRORREFLECTIVO", "through": "BARRERA (EMISOR-RECEPTOR)"}[mode]
                label = f"Sensor fotoeléctrico {mode_w.split()[0].lower()} {rng_m} m {output} {brand}"
                out.append(item(key, label, f"SENSOR FOTOELECTRICO {mode_w} ALCANCE {rng_m} M {output} 10-30 VDC {brand.upper()} P/N {ref}", AUTOMATION,
                                brand, "UN", 55 + float(rng_m) * 3 + (40 if mode == "through" else 0), {"type": "photo", "mode": mode, "output": output}, [ref]))
    for actuator, makers in LIMITS.items():
        for brand, ref in makers.items():
            key = f"limit|{actuator}|{brand}"
            words = {"roller_lever": "PALANCA CON RODILLO", "plunger": "PISTON", "rod": "VARILLA AJUSTABLE", "roller_plunger": "PISTON CON RODILLO"}[actuator]
            label = f"Final de carrera {words.lower()} {brand} {ref}"
            out.append(item(key, label, f"INTERRUPTOR DE LIMITE (FINAL DE CARRERA) {words} 1NA+1NC {brand.upper()} P/N {ref}", AUTOMATION, brand, "UN",
                            45 if brand == "Omron" else 38, {"type": "limit", "actuator": actuator}, [ref]))
    for brand, supplies in VFDS.items():
        for supply, kws in supplies.items():
            for kw in kws:
                key = f"vfd|{kw}|{supply}|{brand}"
                volts, phases = supply.split("-")
                code = f"{int(float(kw) * 100):03d}" if float(kw) < 10 else f"D{int(float(kw))}"
                ref = {"Schneider": f"ATV{'12' if phases == '1F' else '320'}{'H' if phases == '1F' else 'U'}{code}{'M2' if phases == '1F' else 'M3C' if volts == '230' else 'N4B'}",
                       "ABB": f"ACS{'355' if float(kw) < 5 else '580'}-01-{_n(key, 'abb22', 10, 80):03d}A{'-2' if volts == '230' else '-4'}",
                       "Siemens": f"6SL3210-5B{'B' if phases == '1F' else 'E'}{_n(key, 'sie22', 11, 30)}-{_n(key, 'sie22b', 1, 8)}UV0"}[brand]
                label = f"Variador {kw} kW ({KW_HP[kw]} HP) {volts} V {'monofásico' if phases == '1F' else 'trifásico'} {brand}"
                desc = f"VARIADOR DE FRECUENCIA {kw} KW {KW_HP[kw]} HP ENTRADA {volts}V {'1F' if phases == '1F' else '3F'} 60HZ {brand.upper()} P/N {ref}"
                out.append(item(key, label, desc, AUTOMATION, brand, "UN", 180 + float(kw) * 70 * (1.15 if brand == "ABB" else 1),
                                {"type": "vfd", "kw": kw, "supply": supply}, [ref]))
    for brand in ("Omron", "Schneider", "Finder"):
        for poles in ("2", "4"):
            for coil, (om, se, fi) in COILS.items():
                key = f"relay|{poles}|{coil}|{brand}"
                ref = {"Omron": f"MY{poles}N-GS {om}", "Schneider": f"RXM{poles}AB1{se}", "Finder": f"55.3{poles}.{fi}.0000"}[brand]
                label = f"Relé {poles} contactos bobina {coil} {brand}"
                out.append(item(key, label, f"RELE ENCHUFABLE {poles}C ({'DPDT 8' if poles == '2' else '4PDT 14'} PINES) BOBINA {coil} {brand.upper()} P/N {ref}",
                                AUTOMATION, brand, "UN", 7 + int(poles) * 1.5, {"type": "relay", "poles": poles, "coil": coil}, [ref]))
    for function, supply, brand, ref in TIMERS:
        key = f"timer|{function}|{supply}|{brand}"
        words = {"on_delay": "RETARDO A LA CONEXION", "multi": "MULTIFUNCION", "star_delta": "ESTRELLA-TRIANGULO"}[function]
        label = f"Temporizador {words.lower()} {supply} V {brand}"
        out.append(item(key, label, f"TEMPORIZADOR {words} ALIMENTACION {supply} V {brand.upper()} P/N {ref}", AUTOMATION, brand, "UN",
                        42 if brand == "Omron" else 36, {"type": "timer", "function": function, "supply": supply}, [ref]))
    return out


def bearings() -> list[Product]:
    out = []
    for desig, (bore, od, width) in BALL.items():
        if desig.startswith("60") or desig in ("6200", "6300"):
            continue
        for seal in ("ZZ", "2RS"):
            for brand in ("SKF", "NTN"):
                if desig.startswith("63") and brand == "NTN" and seal == "ZZ":
                    continue
                ref = {"SKF": f"{desig}-{'2Z' if seal == 'ZZ' else '2RSH'}/C3", "NTN": f"{desig}{'ZZ' if seal == 'ZZ' else 'LLU'}C3/2AS"}[brand]
                label = f"Rodamiento {desig}-{seal} {brand}"
                out.append(item(f"brg|{desig}|{seal}|{brand}", label, f"RODAMIENTO RIGIDO DE BOLAS {desig} {seal} {bore}X{od}X{width} MM {brand} P/N {ref}",
                                BEARINGS, brand, "UN", 3 + od * width * 0.011 * (1.3 if brand == "SKF" else 1), {"type": "ball", "desig": desig, "seal": seal}, [ref]))
    return out


BOLTS = {"1/4": ("1", "2"), "5/16": ("1", "1-1/2"), "3/8": ("1", "1-1/2", "2"), "1/2": ("1-1/2", "2", "3"), "5/8": ("2", "3"), "3/4": ("2", "3", "4")}


def _inches(text: str) -> float:
    whole, _, frac = text.partition("-") if "-" in text else ("0", "", text) if "/" in text else (text, "", "")
    if frac:
        a, b = frac.split("/")
        return float(whole) + int(a) / int(b)
    return float(whole)


def fasteners() -> list[Product]:
    out = []
    for dia, lengths in BOLTS.items():
        for length in lengths:
            for grade in ("5", "8"):
                pack = 100 if _inches(dia) < 0.5 else 50
                label = f'Perno hex {dia}" x {length}" UNC grado {grade}'
                finish = "ZINCADO" if grade == "5" else "NEGRO"
                out.append(item(f"bolt|{dia}|{length}|{grade}", label, f'PERNO HEXAGONAL {dia}" X {length}" UNC GRADO {grade} {finish} CAJA X {pack}',
                                FASTENERS, "", "UN", 0.08 + _inches(dia) ** 2 * _inches(length) * (0.9 if grade == "5" else 1.4),
                                {"type": "bolt", "dia": dia, "len": length, "grade": grade}, pack=pack))
    for dia in BOLTS:
        for grade in ("5", "8"):
            label = f'Tuerca hex {dia}" UNC grado {grade}'
            out.append(item(f"nut|{dia}|{grade}", label, f'TUERCA HEXAGONAL {dia}" UNC GRADO {grade} CAJA X 100', FASTENERS, "", "UN",
                            0.04 + _inches(dia) ** 2 * (0.5 if grade == "5" else 0.8), {"type": "nut", "dia": dia, "grade": grade}, pack=100))
    return out


VALVE_SIZES = ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2")


def valves() -> list[Product]:
    out = []
    for i, size in enumerate(VALVE_SIZES):
        for brand in ("Apollo", "Nibco"):
            ref = f"70-10{i + 3}-01" if brand == "Apollo" else f"T-585-70-{size.replace('/', '').replace('-', '')}"
            label = f'Válvula de bola {size}" NPT bronce {brand}'
            out.append(item(f"bv|{size}|{brand}", label, f'VALVULA DE BOLA {size}" NPT BRONCE 600 WOG PASO COMPLETO {brand.upper()} P/N {ref}', VALVES, brand, "UN",
                            9 + 12 * i * (1.2 if brand == "Apollo" else 1), {"type": "ball_valve", "size": size}, [ref]))
        ref = f"T-413-Y-{size.replace('/', '').replace('-', '')}"
        label = f'Válvula check {size}" NPT bronce Nibco'
        out.append(item(f"cv|{size}|Nibco", label, f'VALVULA CHECK DE COLUMPIO {size}" NPT BRONCE NIBCO P/N {ref}', VALVES, "Nibco", "UN", 14 + 13 * i,
                        {"type": "check_valve", "size": size}, [ref]))
    return out


BREAKERS = {"1": ("15", "20", "30", "40"), "2": ("20", "30", "40", "50", "60")}


def electrical() -> list[Product]:
    out = []
    for poles, amps_all in BREAKERS.items():
        for amps in amps_all:
            for brand in ("Square D", "Eaton"):
                ref = f"QO{poles}{amps}" if brand == "Square D" else f"BR{poles}{amps}"
                label = f"Breaker {poles} polo{'s' if poles != '1' else ''} {amps} A {brand} {'QO' if brand == 'Square D' else 'BR'}"
                out.append(item(f"brk|{poles}|{amps}|{brand}", label, f"BREAKER ENCHUFABLE {poles}P {amps}A 120/240V {brand.upper()} P/N {ref}", ELECTRICAL, brand,
                                "UN", 7 * int(poles) + int(amps) * 0.12, {"type": "breaker", "poles": poles, "amps": amps}, [ref]))
    return out


DISCS = {"4-1/2": ("0.045", "1/8"), "7": ("1/16", "1/8"), "9": ("1/16", "1/8"), "14": ("1/8",)}


def abrasives() -> list[Product]:
    out = []
    for dia, thicks in DISCS.items():
        for thick in thicks:
            for brand in ("Norton", "3M", "DeWalt"):
                if brand == "3M" and dia == "14":
                    continue
                key = f"cut|{dia}|{thick}|{brand}"
                ref = {"Norton": f"{_n(key, 'nor22', 66252800000, 99999)}", "3M": f"{_n(key, '3m22', 66500, 400)}", "DeWalt": f"DW{_n(key, 'dw22', 8060, 60)}"}[brand]
                label = f'Disco de corte {dia}" x {thick}" metal {brand}'
                out.append(item(key, label, f'DISCO DE CORTE METAL {dia}" X {thick}" X 7/8" {brand.upper()} P/N {ref}', ABRASIVES, brand, "UN",
                                1.2 + _inches(dia) * 0.5, {"type": "cut_disc", "dia": dia, "thick": thick}, [ref]))
    for grit in ("40", "60", "80", "120"):
        for brand in ("Norton", "3M"):
            key = f"flap|4-1/2|{grit}|{brand}"
            ref = f"{_n(key, 'norf22', 66252900000, 99999)}" if brand == "Norton" else f"{_n(key, '3mf22', 55400, 400)}"
            label = f'Disco flap 4-1/2" grano {grit} {brand}'
            out.append(item(key, label, f'DISCO FLAP 4-1/2" X 7/8" GRANO {grit} {brand.upper()} P/N {ref}', ABRASIVES, brand, "UN", 3.4,
                            {"type": "flap_disc", "dia": "4-1/2", "grit": grit}, [ref]))
    return out


def products() -> list[Product]:
    return rigging() + automation() + bearings() + fasteners() + valves() + electrical() + abrasives()
