"""Catalog 14's products, family by family (Epicor Kinetic parts of a Puerto Rico MRO house).

Names are the storeroom's noun-comma-modifier form, upper case (`BEARING, BALL, 6204-2RS, SKF`);
the description is Epicor's long free-text part description in English, ending with the Spanish
name the counter in Caguas uses (`Rodamiento de bolas sellado`), because half the customers ask
in Spanish and the other half in English or both at once. Item numbers are given later (erp.py).
Every product carries its facts in `attributes` (`type=…` plus sizes), which is what the corpus
generator labels against.
"""

from __future__ import annotations

from decimal import Decimal

from bench.catalog4.model import Product, frac, unit

BEARINGS = "Bearings"
POWER = "Power Transmission"
FASTENERS = "Fasteners"
VALVES = "Valves, Fittings & Sanitary"
ELECTRICAL = "Electrical"
ABRASIVES = "Abrasives"
SAFETY = "Safety & PPE"


def P(key: str, name: str, desc: str, family: str, brand: str, uom: str, price: float,
      attrs: dict[str, str], pack: int = 1, aliases: tuple[str, ...] = ()) -> Product:  # fmt: skip
    """A product (prices in US dollars, to the cent)."""
    return Product(key, name, desc, family, brand, uom, Decimal(str(round(price, 2))), attrs, list(aliases), pack)


# --- bearings ------------------------------------------------------------------------------------

BALL = {
    "6000": (10, 26, 8), "6001": (12, 28, 8), "6002": (15, 32, 9), "6003": (17, 35, 10), "6004": (20, 42, 12),
    "6005": (25, 47, 12), "6006": (30, 55, 13),
    "6200": (10, 30, 9), "6201": (12, 32, 10), "6202": (15, 35, 11), "6203": (17, 40, 12), "6204": (20, 47, 14),
    "6205": (25, 52, 15), "6206": (30, 62, 16), "6207": (35, 72, 17), "6208": (40, 80, 18), "6209": (45, 85, 19),
    "6210": (50, 90, 20),
    "6300": (10, 35, 11), "6301": (12, 37, 12), "6302": (15, 42, 13), "6303": (17, 47, 14), "6304": (20, 52, 15),
    "6305": (25, 62, 17), "6306": (30, 72, 19), "6307": (35, 80, 21), "6308": (40, 90, 23),
}  # fmt: skip
# maker -> (sealed suffix, shielded suffix) as the maker's box prints it; an alias only where it
# differs from the generic code in the name (`6204-2RSH`, `6204DDU`), which every maker shares
MAKERS = {"SKF": ("-2RSH", "-2Z"), "Timken": ("-2RS", "-ZZ"), "NSK": ("DDU", "ZZ"), "NTN": ("LLU", "ZZ")}
SEAL_DESC = {"open": "open (no seals or shields)", "2RS": "double rubber seals (2RS)", "ZZ": "double metal shields (ZZ)"}
SEAL_ES = {"open": "abierto", "2RS": "sellado", "ZZ": "blindado"}
# housed units: housing → (name, Spanish, sizes); size → inch bores with the suffix in sixteenths
HOUSED = {"UCP": ("PILLOW BLOCK", "chumacera de piso", "pillow_block"), "UCF": ("FLANGE 4-BOLT", "chumacera de 4 huecos", "flange4"),
          "UCFL": ("FLANGE 2-BOLT", "chumacera de 2 huecos", "flange2")}  # fmt: skip
BORES = {"204": (("3/4", "12"),), "205": (("1", "16"),), "206": (("1-1/8", "18"), ("1-3/16", "19"), ("1-1/4", "20")),
         "207": (("1-1/4", "20"), ("1-7/16", "23")), "208": (("1-1/2", "24"),), "209": (("1-3/4", "28"),),
         "210": (("1-15/16", "31"),), "211": (("2", "32"),)}  # fmt: skip
# Timken's tapered-roller "sets" (cone / cup) as US maintenance shops order them; the cone and cup
# numbers are the industry's, on both makers' boxes, so they are in the description, not aliases
SETS = {"SET1": ("LM11749", "LM11710", "0.6875"), "SET2": ("LM11949", "LM11910", "0.75"), "SET3": ("M12649", "M12610", "0.8125"),
        "SET4": ("L44649", "L44610", "1.0625"), "SET5": ("L44643", "L44610", "1.0"), "SET6": ("LM67048", "LM67010", "1.25"),
        "SET8": ("LM48548", "LM48510", "1.375"), "SET12": ("LM501349", "LM501310", "1.625"), "SET13": ("25580", "25520", "1.75"),
        "SET37": ("3984", "3920", "2.625")}  # fmt: skip


def bearings() -> list[Product]:
    out = []
    for series, (bore, od, width) in BALL.items():
        makers = sorted(MAKERS, key=lambda m: unit(series, m, "c14"))[:2]
        for seal in ("open", "2RS", "ZZ"):
            for brand in makers:
                if seal == "open" and brand != makers[0]:
                    continue  # open bearings: the house keeps one maker
                rs, zz = MAKERS[brand]
                part = series + {"open": "", "2RS": rs, "ZZ": zz}[seal]
                code = series + {"open": "", "2RS": "-2RS", "ZZ": "-ZZ"}[seal]
                price = (3.1 + bore * 0.21 + od * 0.05 + (1.4 if seal != "open" else 0)) * (1.35 if brand in ("SKF", "Timken") else 1)
                out.append(P(f"brg|{series}|{seal}|{brand}", f"BEARING, BALL, {code}, {brand.upper()}",
                             f"Deep groove ball bearing, single row, {bore} mm bore x {od} mm OD x {width} mm wide, {SEAL_DESC[seal]}, "
                             f"C0 clearance, {brand}. Rodamiento de bolas {SEAL_ES[seal]}.", BEARINGS, brand, "EA", price,
                             {"type": "ball_bearing", "series": series, "seal": seal}, aliases=(part,) if part.replace("-", "") != code.replace("-", "") else ()))  # fmt: skip
    for housing, (word, es, kind) in HOUSED.items():
        for size, bores in BORES.items():
            if housing == "UCFL" and size in ("210", "211"):
                continue
            for inch, sixteenths in bores:
                for brand in ("AMI", "FYH"):
                    model = f"{housing}{size}-{sixteenths}"
                    out.append(P(f"hsg|{housing}|{size}|{inch}|{brand}", f"BEARING, {word}, {model}, {inch} BORE, {brand.upper()}",
                                 f"Mounted ball bearing unit, cast iron {word.lower()} housing, set screw locking, {inch} in bore, "
                                 f"insert UC{size}-{sixteenths}, grease fitting, {brand}. {es.capitalize()}.", BEARINGS, brand, "EA",
                                 (14 + int(size[1:]) * 4.2 + (6 if housing != "UCP" else 0)) * (1.25 if brand == "AMI" else 1),
                                 {"type": kind, "size": size, "bore": inch}))  # fmt: skip
    for name, (cone, cup, shaft) in SETS.items():
        for brand in ("Timken", "Koyo"):
            out.append(P(f"tap|{name}|{brand}", f"BEARING, TAPERED ROLLER, {name[:3]} {name[3:]} ({cone}/{cup}), {brand.upper()}",
                         f"Tapered roller bearing set, cone {cone} and cup {cup}, {shaft} in bore, {brand}. Cono y copa.",
                         BEARINGS, brand, "EA", 9 + float(shaft) * 11 * (1.3 if brand == "Timken" else 1),
                         {"type": "tapered_set", "set": name}))  # fmt: skip
    return out


# --- power transmission --------------------------------------------------------------------------


def power() -> list[Product]:
    out = []
    for profile, lengths, per in (("A", range(26, 82, 2), 0.19), ("B", range(36, 100, 4), 0.29)):
        for length in lengths:
            brands = ("Gates", "Browning") if unit(profile, str(length), "c14belt") < 0.6 else ("Gates",)
            for brand in brands:
                line = "HI-POWER II" if brand == "Gates" else "SUPER GRIPBELT"
                out.append(P(f"vb|{profile}{length}|{brand}", f"BELT, V, {profile}{length}, {brand.upper()} {line}",
                             f"Classical V-belt, {profile} section, {length} in inside length ({length + (2 if profile == 'A' else 3)} in outside), "
                             f"oil and heat resistant, {brand} {line.title()}. Correa en V.", POWER, brand, "EA", 6 + length * per,
                             {"type": "v_belt", "section": profile, "length": str(length)}))  # fmt: skip
    for length in range(300, 620, 20):
        out.append(P(f"vb|4L{length}", f"BELT, V, 4L{length}, GATES TRUFLEX", f"Light duty FHP V-belt 4L section, {length / 10:g} in outside length, "
                     "for fractional horsepower drives, Gates Truflex. Correa en V liviana.", POWER, "Gates", "EA", 4 + length * 0.012,
                     {"type": "v_belt", "section": "4L", "length": str(length)}))  # fmt: skip
    for chain in ("35", "40", "50", "60", "80"):
        for brand in ("Tsubaki", "Diamond"):
            out.append(P(f"ch|{chain}|{brand}", f"CHAIN, ROLLER, #{chain}-1 RIV, {brand.upper()}, FT",
                         f"ANSI {chain} single strand riveted roller chain, sold by the foot, 10 ft box, {brand}. Cadena de rodillo por pie.",
                         POWER, brand, "FT", 2.4 + int(chain) * 0.11 * (1.2 if brand == "Diamond" else 1),
                         {"type": "roller_chain", "ansi": chain}, 10))  # fmt: skip
        out.append(P(f"cl|{chain}", f"LINK, CONNECTING, #{chain}-1, TSUBAKI", f"Connecting link (master link) for ANSI {chain}-1 roller chain, "
                     "spring clip, Tsubaki. Candado de cadena.", POWER, "Tsubaki", "EA", 1.2 + int(chain) * 0.04,
                     {"type": "connecting_link", "ansi": chain}))  # fmt: skip
    for chain in ("40", "50", "60"):
        for teeth in ("12", "15", "18", "21", "24"):
            out.append(P(f"sp|{chain}|{teeth}", f"SPROCKET, {chain}B{teeth}, PILOT BORE, MARTIN",
                         f"Type B hub sprocket for ANSI {chain} chain, {teeth} teeth, stock pilot bore, steel, Martin. Catalina.",
                         POWER, "Martin", "EA", 9 + int(chain) * 0.2 * int(teeth) / 6,
                         {"type": "sprocket", "ansi": chain, "teeth": teeth}, aliases=(f"{chain}BS{teeth}",)))  # fmt: skip
    return out


# --- fasteners -----------------------------------------------------------------------------------

UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
GRADE = {"5": ("GR5, ZINC", "grade 5, zinc plated"), "8": ("GR8, YZ", "grade 8, yellow zinc"), "ss": ("18-8 SS", "18-8 stainless steel")}


def box_of(dia: str) -> int:
    return 100 if frac(dia) < 0.5 else 50 if dia == "1/2" else 25


def fasteners() -> list[Product]:
    out = []
    lengths = {"5": ("3/4", "1", "1-1/4", "1-1/2", "2", "2-1/2", "3", "4"), "8": ("1-1/2", "2", "2-1/2", "3"),
               "ss": ("3/4", "1", "1-1/2", "2")}  # fmt: skip
    dias = {"5": tuple(UNC), "8": ("3/8", "1/2", "5/8", "3/4"), "ss": ("1/4", "5/16", "3/8", "1/2")}
    for grade, (short, words) in GRADE.items():
        for dia in dias[grade]:
            d = frac(dia)
            for length in lengths[grade]:
                if grade == "5" and ((d >= 0.5 and length == "3/4") or (d < 0.35 and length == "4")):
                    continue
                box = box_of(dia)
                each = (0.06 + d * d * 0.9 * (1 + frac(length) / 3)) * {"5": 1, "8": 1.7, "ss": 2.6}[grade]
                out.append(P(f"hcs|{dia}|{length}|{grade}", f"SCREW, HEX CAP, {dia}-{UNC[dia]} X {length}, {short}, BX/{box}",
                             f"Hex cap screw, {dia}-{UNC[dia]} UNC x {length} in long, {words}, box of {box} pieces. Tornillo hexagonal.",
                             FASTENERS, "", "BX", each * box, {"type": "hex_cap_screw", "dia": dia, "length": length, "grade": grade}))  # fmt: skip
    for dia in UNC:
        d = frac(dia)
        for grade in ("5", "8", "ss"):
            if grade == "8" and d < 0.375:
                continue
            short, words = GRADE[grade]
            out.append(P(f"nut|{dia}|{grade}", f"NUT, HEX, {dia}-{UNC[dia]}, {short}, BX/100", f"Finished hex nut, {dia}-{UNC[dia]} UNC, {words}, "
                         "box of 100. Tuerca hexagonal.", FASTENERS, "", "BX", (3 + d * d * 30) * {"5": 1, "8": 1.8, "ss": 2.9}[grade],
                         {"type": "hex_nut", "dia": dia, "grade": grade}))  # fmt: skip
        out.append(P(f"nyl|{dia}", f"NUT, NYLON INSERT LOCK, {dia}-{UNC[dia]}, ZINC, BX/100", f"Nylon insert lock nut (nylock), {dia}-{UNC[dia]} UNC, "
                     "grade 2, zinc plated, box of 100. Tuerca de seguridad con nylon.", FASTENERS, "", "BX", 5 + d * d * 40,
                     {"type": "lock_nut", "dia": dia}))  # fmt: skip
        for kind, word, es in (("flat_sae", "FLAT, SAE", "plana SAE"), ("flat_uss", "FLAT, USS", "plana USS"), ("split_lock", "SPLIT LOCK", "de presión")):
            out.append(P(f"wsh|{kind}|{dia}", f"WASHER, {word}, {dia}, ZINC, BX/100", f"{word.title().replace(',', '')} washer for {dia} in bolt, "
                         f"zinc plated steel, box of 100. Arandela {es}.", FASTENERS, "", "BX", 2 + d * 14,
                         {"type": kind, "dia": dia, "material": "zinc"}))  # fmt: skip
        if d <= 0.5:
            out.append(P(f"wsh|flat_sae|{dia}|ss", f"WASHER, FLAT, SAE, {dia}, 18-8 SS, BX/100", f"Flat washer SAE pattern for {dia} in bolt, "
                         "18-8 stainless steel, box of 100. Arandela plana inoxidable.", FASTENERS, "", "BX", 6 + d * 30,
                         {"type": "flat_sae", "dia": dia, "material": "ss"}))  # fmt: skip
    for dia, lengths_ in (("3/8", ("3", "3-3/4", "5")), ("1/2", ("3-3/4", "5-1/2", "7")), ("5/8", ("4-1/2", "6"))):
        for length in lengths_:
            for brand, line in (("Red Head", "TRUBOLT"), ("Simpson", "STRONG-BOLT 2")):
                box = 50 if dia == "3/8" else 25
                out.append(P(f"anc|{dia}|{length}|{brand}", f"ANCHOR, WEDGE, {dia} X {length}, {brand.upper()} {line}, BX/{box}",
                             f"Wedge anchor for concrete, {dia} in x {length} in, carbon steel zinc plated, {brand} {line.title()}, "
                             f"box of {box}. Ancla de expansión.", FASTENERS, brand, "BX", (0.5 + frac(dia) * frac(length) * 0.7) * box,
                             {"type": "wedge_anchor", "dia": dia, "length": length}))  # fmt: skip
    for dia in ("1/4", "3/8", "1/2", "5/8", "3/4"):
        for feet in ("3", "10"):
            out.append(P(f"rod|{dia}|{feet}", f"ROD, THREADED, {dia}-{UNC[dia]} X {feet} FT, ZINC", f"Fully threaded rod (all-thread), {dia}-{UNC[dia]} UNC, "
                         f"{feet} ft long, low carbon steel zinc plated. Varilla roscada.", FASTENERS, "", "EA", 1.5 + frac(dia) * int(feet) * 1.3,
                         {"type": "threaded_rod", "dia": dia, "feet": feet}))  # fmt: skip
    return out


# --- valves, fittings and sanitary ----------------------------------------------------------------

NPT = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")
TC = {"3/4": "0.984", "1": "1.984", "1-1/2": "1.984", "2": "2.516", "2-1/2": "3.047", "3": "3.579", "4": "4.682"}
GASKET = {"EPDM": "EPDM, white", "silicone": "platinum-cured silicone, translucent", "viton": "Viton (FKM), black", "ptfe": "PTFE, white"}
PIPE = ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2")


def valves() -> list[Product]:
    out = []
    for i, size in enumerate(NPT):
        v = frac(size)
        out.append(P(f"bv|{size}|brass|Apollo", f"VALVE, BALL, {size} FNPT, BRASS, FULL PORT, APOLLO 77C",
                     f"Ball valve, two-piece brass body, full port, {size} in female NPT both ends, 600 WOG, lever handle, Apollo 77C series. "
                     "Válvula de bola de bronce.", VALVES, "Apollo", "EA", 11 + v * 28, {"type": "ball_valve", "size": size, "material": "brass"},
                     aliases=(f"77C-1{i + 2:02d}-01",)))  # fmt: skip
        out.append(P(f"bv|{size}|brass|Milwaukee", f"VALVE, BALL, {size} FNPT, BRASS, FULL PORT, MILWAUKEE",
                     f"Ball valve, forged brass, full port, {size} in female NPT, 600 WOG, lever handle, Milwaukee Valve BA-100. "
                     "Válvula de bola de bronce.", VALVES, "Milwaukee", "EA", 10 + v * 25, {"type": "ball_valve", "size": size, "material": "brass"}))  # fmt: skip
        out.append(P(f"bv|{size}|316|Sharpe", f"VALVE, BALL, {size} FNPT, 316 SS, 2PC, SHARPE", f"Ball valve, two-piece 316 stainless steel body, "
                     f"full port, {size} in female NPT, 1000 WOG, PTFE seats, lockable lever, Sharpe series 50. Válvula de bola inoxidable.",
                     VALVES, "Sharpe", "EA", 24 + v * 52, {"type": "ball_valve", "size": size, "material": "316"}, aliases=(f"50{i + 1}76",)))  # fmt: skip
    for size, flange in TC.items():
        v = frac(size)
        for brand in ("Steel & O'Brien", "VNE"):
            out.append(P(f"tcf|{size}|{brand}", f"FERRULE, TRI-CLAMP, {size}, 316L, 14WMP, {brand.upper()}",
                         f"Sanitary clamp ferrule, weld end, {size} in tube OD, {flange} in flange, 316L stainless, 14WMP short, {brand}. "
                         "Férula sanitaria.", VALVES, brand, "EA", 5 + v * 6, {"type": "tc_ferrule", "size": size}))  # fmt: skip
            out.append(P(f"tcc|{size}|{brand}", f"CLAMP, TRI-CLAMP, {size}, 13MHH, 304, {brand.upper()}",
                         f"Single pin heavy duty sanitary clamp 13MHH with wing nut, for {size} in tri-clamp ({flange} in flange), 304 stainless, "
                         f"{brand}. Abrazadera clamp.", VALVES, brand, "EA", 7 + v * 5, {"type": "tc_clamp", "size": size}))  # fmt: skip
        for material, words in GASKET.items():
            out.append(P(f"tcg|{size}|{material}", f"GASKET, TRI-CLAMP, {size}, {material.upper()}, RUBBER FAB",
                         f"Sanitary tri-clamp gasket with flange, {size} in ({flange} in flange), {words}, FDA and USP Class VI, Rubber Fab. "
                         "Empaque sanitario.", VALVES, "Rubber Fab", "EA", (1.2 + v * 1.1) * {"EPDM": 1, "silicone": 1.6, "viton": 3.2, "ptfe": 2.4}[material],
                         {"type": "tc_gasket", "size": size, "material": material}))  # fmt: skip
    for kind, word, es in (("elbow", "ELBOW 90", "Codo 90"), ("tee", "TEE", "Tee"), ("coupling", "COUPLING", "Acople"), ("cap", "CAP", "Tapa"),
                           ("male_adapter", "MALE ADAPTER", "Adaptador macho")):  # fmt: skip
        for size in PIPE:
            out.append(P(f"pvc|{kind}|{size}", f"{word}, PVC SCH40, {size}, SLIP{' X MPT' if kind == 'male_adapter' else ''}, CHARLOTTE",
                         f"PVC schedule 40 {word.lower()} fitting, {size} in, socket (slip){' x male NPT' if kind == 'male_adapter' else ''}, "
                         f"white, NSF-pw, Charlotte Pipe. {es} PVC.", VALVES, "Charlotte", "EA", 0.4 + frac(size) * 1.6,
                         {"type": kind, "size": size, "material": "pvc"}))  # fmt: skip
        if kind in ("male_adapter",):
            continue
        for size in PIPE:
            out.append(P(f"glv|{kind}|{size}", f"{word}, GALV MALLEABLE, {size} NPT, 150#, ANVIL",
                         f"Galvanized malleable iron {word.lower()}, {size} in female NPT, class 150, Anvil. {es} galvanizado.",
                         VALVES, "Anvil", "EA", 1.8 + frac(size) * 4, {"type": kind, "size": size, "material": "galv"}))  # fmt: skip
    for size in PIPE:
        out.append(P(f"pvcbv|{size}", f"VALVE, BALL, PVC, TRUE UNION, {size} SOC/THD, SPEARS", f"True union PVC ball valve, {size} in, "
                     "socket or threaded ends, EPDM seals, Spears. Válvula de bola PVC unión universal.", VALVES, "Spears", "EA", 9 + frac(size) * 14,
                     {"type": "ball_valve", "size": size, "material": "pvc"}))  # fmt: skip
    return out


# --- electrical ----------------------------------------------------------------------------------

BREAKER_LINES = {"QO": ("Square D", "QO", "plug-on"), "HOM": ("Square D", "HOM", "plug-on"), "BR": ("Eaton", "BR", "plug-on"),
                 "THQL": ("GE", "THQL", "plug-in")}  # fmt: skip
COLOURS = ("black", "white", "red", "green", "blue")


def electrical() -> list[Product]:
    out = []
    for line, (brand, prefix, mount) in BREAKER_LINES.items():
        for poles in ("1", "2", "3"):
            if poles == "3" and line != "QO":
                continue
            for amps in ("15", "20", "30", "40", "50", "60"):
                if (poles == "1" and amps == "60") or (poles == "3" and amps in ("15", "50")):
                    continue
                ref = f"{prefix}{poles if poles != '1' or line == 'THQL' else ''}{'1' if line == 'THQL' else ''}{amps}"
                out.append(P(f"cb|{line}|{poles}|{amps}", f"BREAKER, {mount.upper()}, {line}, {poles}P {amps}A, {brand.upper()}",
                             f"Miniature circuit breaker, {line} series {mount}, {poles} pole, {amps} A, 120/240 VAC, 10 kAIC, {brand} {ref}. "
                             "Breaker.", ELECTRICAL, brand, "EA", (6 + int(amps) * 0.08) * int(poles) * (1.9 if line == "QO" else 1),
                             {"type": "breaker", "line": line, "poles": poles, "amps": amps}, aliases=(ref,)))  # fmt: skip
    for gauge in ("14", "12", "10", "8", "6"):
        for colour in COLOURS if gauge in ("14", "12", "10") else ("black", "white", "green"):
            for brand in ("Southwire", "Cerrowire"):
                out.append(P(f"thhn|{gauge}|{colour}|{brand}", f"WIRE, THHN, {gauge} AWG, {'STR' if gauge in ('8', '6') else 'SOL'}, {colour.upper()}, "
                             f"{brand.upper()}, FT", f"THHN/THWN-2 building wire, {gauge} AWG copper, {'stranded' if gauge in ('8', '6') else 'solid'}, "
                             f"600 V, {colour}, sold by the foot on 500 ft reels, {brand}. Alambre THHN.", ELECTRICAL, brand, "FT",
                             {"14": 0.16, "12": 0.24, "10": 0.38, "8": 0.62, "6": 0.95}[gauge], {"type": "thhn", "gauge": gauge, "colour": colour}, 500))  # fmt: skip
    for size in ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2"):
        v = frac(size)
        out.append(P(f"emt|{size}", f"CONDUIT, EMT, {size} X 10 FT, WHEATLAND", f"Electrical metallic tubing (EMT), {size} in trade size, 10 ft stick, "
                     "galvanized steel, UL 797, Wheatland Tube. Tubo EMT.", ELECTRICAL, "Wheatland", "EA", 6 + v * 11, {"type": "emt", "size": size}))  # fmt: skip
        for kind, word in (("connector", "CONNECTOR"), ("coupling", "COUPLING")):
            for style, sword in (("set_screw", "SET SCREW"), ("compression", "COMPRESSION")):
                out.append(P(f"emtf|{kind}|{style}|{size}", f"{word}, EMT, {size}, {sword}, STEEL, BRIDGEPORT",
                             f"EMT {word.lower()}, {size} in, {sword.lower()} type, zinc plated steel, Bridgeport. "
                             f"{'Conector' if kind == 'connector' else 'Unión'} EMT.", ELECTRICAL, "Bridgeport", "EA",
                             0.5 + v * 1.9 * (1.5 if style == "compression" else 1), {"type": f"emt_{kind}", "size": size, "style": style}))  # fmt: skip
    for colour, ideal, three_m in (("orange", "73B", "O-5"), ("yellow", "74B", "Y-6"), ("red", "76B", "R-10"), ("blue", "452", "B-4"),
                                   ("grey", "71B", "G-2")):  # fmt: skip
        out.append(P(f"wn|{colour}|Ideal", f"CONNECTOR, WIRE, TWIST-ON, {colour.upper()}, IDEAL {ideal}, BX/100",
                     f"Twist-on wire connector, {colour}, Ideal Wire-Nut {ideal}, box of 100. Conector de alambre (wire nut).", ELECTRICAL, "Ideal",
                     "BX", 9 + len(colour) * 0.7, {"type": "wire_nut", "colour": colour}, aliases=(f"Ideal {ideal}",)))  # fmt: skip
        out.append(P(f"wn|{colour}|3M", f"CONNECTOR, WIRE, TWIST-ON, {colour.upper()}, 3M PERF PLUS, BX/100",
                     f"Twist-on wire connector, {colour}, 3M Performance Plus {three_m}, box of 100. Conector de alambre (wire nut).", ELECTRICAL, "3M",
                     "BX", 10 + len(colour) * 0.8, {"type": "wire_nut", "colour": colour}, aliases=(f"3M {three_m}",)))  # fmt: skip
    out.append(P("tape|33|black", "TAPE, ELECTRICAL, VINYL, 3/4 X 66 FT, BLACK, 3M SUPER 33+", "Premium vinyl electrical tape, 3/4 in x 66 ft, "
                 "7 mil, black, 3M Scotch Super 33+. Cinta eléctrica.", ELECTRICAL, "3M", "RL", 7.9, {"type": "tape", "line": "super33", "colour": "black"}))  # fmt: skip
    for colour in ("black", "white", "red", "green", "blue", "yellow"):
        out.append(P(f"tape|1700|{colour}", f"TAPE, ELECTRICAL, VINYL, 3/4 X 60 FT, {colour.upper()}, 3M TEMFLEX 1700",
                     f"General use vinyl electrical tape, 3/4 in x 60 ft, {colour}, 3M Temflex 1700. Cinta eléctrica.", ELECTRICAL, "3M", "RL", 2.1,
                     {"type": "tape", "line": "temflex", "colour": colour}))  # fmt: skip
    for amps, ab in (("9", "09"), ("12", "12"), ("16", "16"), ("23", "23"), ("30", "30"), ("37", "37"), ("43", "43")):
        for coil, code in (("120VAC", "D"), ("24VDC", "EJ")):
            out.append(P(f"ctr|{amps}|{coil}|AB", f"CONTACTOR, IEC, {amps}A, {coil} COIL, 1NO, ALLEN-BRADLEY",
                         f"IEC contactor, 3 pole, {amps} A AC-3, {coil} coil, 1 N.O. auxiliary, Allen-Bradley Bulletin 100-C. Contactor.",
                         ELECTRICAL, "Allen-Bradley", "EA", 48 + int(amps) * 3.1, {"type": "contactor", "amps": amps, "coil": coil},
                         aliases=(f"100-C{ab}{code}10",)))  # fmt: skip
    for amps, code in (("9", "009"), ("12", "012"), ("18", "018"), ("25", "025"), ("32", "032"), ("40", "040")):
        for coil, letter in (("120VAC", "A"), ("24VDC", "TD")):
            out.append(P(f"ctr|{amps}|{coil}|Eaton", f"CONTACTOR, IEC, {amps}A, {coil} COIL, 1NO, EATON XTCE",
                         f"IEC contactor, 3 pole, {amps} A AC-3, {coil} coil, 1 N.O. auxiliary, Eaton XT series. Contactor.",
                         ELECTRICAL, "Eaton", "EA", 41 + int(amps) * 2.8, {"type": "contactor", "amps": amps, "coil": coil},
                         aliases=(f"XTCE{code}B10{letter}",)))  # fmt: skip
    return out


# --- abrasives -----------------------------------------------------------------------------------


def abrasives() -> list[Product]:
    out = []
    for dia, thick, arbor in (("4-1/2", ".045", "7/8"), ("4-1/2", "1/16", "7/8"), ("5", ".045", "7/8"), ("6", ".045", "7/8"),
                              ("7", "1/16", "7/8"), ("14", "1/8", "1")):  # fmt: skip
        for brand in ("Norton", "DeWalt"):
            out.append(P(f"cow|{dia}|{thick}|{brand}", f"WHEEL, CUT-OFF, {dia} X {thick} X {arbor}, T1, {brand.upper()}",
                         f"Type 1 cut-off wheel for metal and stainless, {dia} in x {thick} in x {arbor} in arbor, aluminum oxide, {brand}. Disco de corte.",
                         ABRASIVES, brand, "EA", 1.6 + frac(dia) * 0.5 * (1.2 if brand == "Norton" else 1),
                         {"type": "cutoff_wheel", "dia": dia, "thick": thick}))  # fmt: skip
    for dia in ("4-1/2", "7", "9"):
        for brand in ("Norton", "DeWalt"):
            out.append(P(f"grw|{dia}|{brand}", f"WHEEL, GRINDING, {dia} X 1/4 X 7/8, T27, {brand.upper()}",
                         f"Type 27 depressed center grinding wheel, {dia} in x 1/4 in x 7/8 in, for metal, {brand}. Disco de desbaste.",
                         ABRASIVES, brand, "EA", 2.8 + frac(dia) * 0.9, {"type": "grinding_wheel", "dia": dia}))  # fmt: skip
    for dia in ("4-1/2", "7"):
        for shape in ("27", "29"):
            for grit in ("40", "60", "80", "120"):
                brands = ("Norton", "Walter") if dia == "4-1/2" else ("Norton",)
                for brand in brands:
                    out.append(P(f"flp|{dia}|{shape}|{grit}|{brand}", f"DISC, FLAP, {dia} X 7/8, T{shape}, {grit} GRIT, {brand.upper()}",
                                 f"Zirconia flap disc, type {shape} ({'flat' if shape == '27' else 'conical'}), {dia} in x 7/8 in, {grit} grit, {brand}. "
                                 "Disco flap.", ABRASIVES, brand, "EA", (5.5 + frac(dia) * 0.6) * (1.2 if brand == "Walter" else 1),
                                 {"type": "flap_disc", "dia": dia, "shape": shape, "grit": grit}))  # fmt: skip
    for grit in ("80", "120", "180", "220", "320"):
        out.append(P(f"hld|{grit}", f"DISC, HOOK & LOOP, 5 IN, 8 HOLE, {grit} GRIT, 3M, BX/50", f"Hook and loop sanding disc, 5 in, 8 hole dust extraction, "
                     f"{grit} grit, 3M Hookit, box of 50. Disco de lija velcro.", ABRASIVES, "3M", "BX", 24, {"type": "hook_loop_disc", "grit": grit}))  # fmt: skip
    for grit in ("100", "150", "220", "320", "400", "600", "1000", "1500"):
        out.append(P(f"wet|{grit}", f"SHEET, SANDPAPER, WET/DRY, 9 X 11, {grit} GRIT, 3M", f"Wet or dry silicon carbide sandpaper sheet, 9 x 11 in, "
                     f"{grit} grit, 3M Wetordry. Lija de agua.", ABRASIVES, "3M", "EA", 1.1, {"type": "sandpaper", "grit": grit}))  # fmt: skip
    return out


# --- safety and PPE ------------------------------------------------------------------------------


def safety() -> list[Product]:
    out = []
    for size in ("S", "M", "L", "XL"):
        out.append(P(f"nit|{size}|Ansell", f"GLOVE, NITRILE, DISPOSABLE, {size}, ANSELL MICROFLEX, BX/100", f"Disposable nitrile exam glove, powder free, "
                     f"size {size}, blue, 4 mil, Ansell Microflex, box of 100. Guantes de nitrilo.", SAFETY, "Ansell", "BX", 14.5,
                     {"type": "nitrile_glove", "size": size}))  # fmt: skip
        out.append(P(f"nit|{size}|Kimtech", f"GLOVE, NITRILE, CLEANROOM, {size}, KIMTECH PURPLE, BX/100", f"Disposable nitrile glove, purple, 5.9 mil, "
                     f"size {size}, for cleanroom and lab use, Kimtech Purple Nitrile, box of 100. Guantes de nitrilo.", SAFETY, "Kimtech", "BX", 21,
                     {"type": "nitrile_glove", "size": size}))  # fmt: skip
        out.append(P(f"cut|{size}", f"GLOVE, CUT RESISTANT, A4, {size}, ANSELL HYFLEX, PR", f"Cut resistant glove ANSI A4, nitrile palm coating, size {size}, "
                     "Ansell HyFlex 11-542, sold by the pair. Guantes anticorte.", SAFETY, "Ansell", "PR", 11, {"type": "cut_glove", "size": size}))  # fmt: skip
    for size in ("M", "L", "XL"):
        out.append(P(f"drv|{size}", f"GLOVE, LEATHER DRIVER, COWHIDE, {size}, MCR, PR", f"Grain cowhide leather driver glove, keystone thumb, size {size}, "
                     "MCR Safety, by the pair. Guantes de cuero.", SAFETY, "MCR Safety", "PR", 6.5, {"type": "leather_glove", "size": size}))  # fmt: skip
    for size in ("M", "L", "XL", "2XL", "3XL"):
        for hood, code in (("yes", "TY127S"), ("no", "TY120S")):
            out.append(P(f"tyv|{size}|{hood}", f"COVERALL, TYVEK 400, {'HOOD/BOOTS' if hood == 'yes' else 'COLLAR'}, {size}, DUPONT, CS/25",
                         f"Disposable coverall, DuPont Tyvek 400 {code}, {'with attached hood and boots' if hood == 'yes' else 'collar, open wrists and ankles'}, "
                         f"zipper front, size {size}, case of 25. Mameluco desechable.", SAFETY, "DuPont", "CS", 128 if hood == "yes" else 96,
                         {"type": "coverall", "size": size, "hood": hood}, aliases=(f"{code}WH{size.replace('XL', 'X') if size != 'XL' else 'XL'}0025",)))  # fmt: skip
    for lens in ("clear", "grey", "indoor/outdoor"):
        out.append(P(f"gls|{lens}|3M", f"GLASSES, SAFETY, {lens.upper()} AF LENS, 3M SECUREFIT 400", f"Safety glasses, polycarbonate {lens} lens, "
                     "anti-fog, ANSI Z87.1+, 3M SecureFit 400 series. Gafas de seguridad.", SAFETY, "3M", "EA", 4.2, {"type": "safety_glasses", "lens": lens}))  # fmt: skip
        if lens != "indoor/outdoor":
            out.append(P(f"gls|{lens}|Uvex", f"GLASSES, SAFETY, {lens.upper()} LENS, UVEX GENESIS", f"Safety glasses, {lens} polycarbonate lens, "
                         "wraparound, ANSI Z87.1, Uvex Genesis. Gafas de seguridad.", SAFETY, "Uvex", "EA", 6.8, {"type": "safety_glasses", "lens": lens}))  # fmt: skip
    out.append(P("ear|no", "EARPLUG, FOAM, UNCORDED, 3M 1100, BX/200PR", "Disposable foam earplugs, uncorded, NRR 29 dB, 3M 1100, box of 200 pairs. "
                 "Tapones de oído.", SAFETY, "3M", "BX", 34, {"type": "earplug", "corded": "no"}, aliases=("3M 1100",)))  # fmt: skip
    out.append(P("ear|yes", "EARPLUG, FOAM, CORDED, 3M 1110, BX/100PR", "Disposable foam earplugs, corded, NRR 29 dB, 3M 1110, box of 100 pairs. "
                 "Tapones de oído con cordón.", SAFETY, "3M", "BX", 38, {"type": "earplug", "corded": "yes"}, aliases=("3M 1110",)))  # fmt: skip
    for colour in ("white", "yellow", "blue", "red", "green", "orange"):
        out.append(P(f"hat|{colour}", f"HARD HAT, CAP STYLE, {colour.upper()}, FAS-TRAC III, MSA V-GARD", f"Hard hat, cap style, type I class E, "
                     f"{colour}, Fas-Trac III ratchet suspension, MSA V-Gard. Casco.", SAFETY, "MSA", "EA", 16.5, {"type": "hard_hat", "colour": colour}))  # fmt: skip
    out.append(P("n95|8210", "RESPIRATOR, N95, 3M 8210, BX/20", "Disposable particulate respirator N95, 3M 8210, box of 20. Mascarilla N95.", SAFETY,
                 "3M", "BX", 26, {"type": "n95", "valve": "no"}, aliases=("3M 8210",)))  # fmt: skip
    out.append(P("n95|8511", "RESPIRATOR, N95, VALVED, 3M 8511, BX/10", "Disposable particulate respirator N95 with Cool Flow exhalation valve, "
                 "3M 8511, box of 10. Mascarilla N95 con válvula.", SAFETY, "3M", "BX", 24, {"type": "n95", "valve": "yes"}, aliases=("3M 8511",)))  # fmt: skip
    for size, ref in (("S", "6100"), ("M", "6200"), ("L", "6300")):
        out.append(P(f"hfm|{size}", f"RESPIRATOR, HALF FACEPIECE, {size}, 3M {ref}", f"Reusable half facepiece respirator, 6000 series, size {size}, "
                     f"3M {ref}. Respirador de media cara.", SAFETY, "3M", "EA", 19, {"type": "half_mask", "size": size}, aliases=(f"3M {ref}",)))  # fmt: skip
    for ref, words in (("6001", "organic vapor cartridge"), ("60921", "organic vapor / P100 cartridge"), ("2091", "P100 particulate filter")):
        out.append(P(f"car|{ref}", f"CARTRIDGE, {words.upper()}, 3M {ref}, PR", f"3M {ref} {words} for 6000 series respirators, sold by the pair. "
                     "Cartuchos.", SAFETY, "3M", "PR", {"6001": 16, "60921": 24, "2091": 11}[ref], {"type": "cartridge", "model": ref},
                     aliases=(f"3M {ref}",)))  # fmt: skip
    return out


def products() -> list[Product]:
    return bearings() + power() + fasteners() + valves() + electrical() + abrasives() + safety()
