"""The labelled request lines the matcher is measured on (bench/lines/*.csv).

Lines are rendered from items of the demo catalog (seed 7, 2,500 products) the way
buyers write them: Spanish or English, quantity before or after or in brackets,
abbreviations, a typo now and then, any case. Each line says only some of the
item's facets (a buyer often leaves the brand or the seal out), and its label is
*every* SKU that fits what the line says: one SKU means the bot may answer on its
own; several mean the right answer is a question. Lines for things we do not stock
(another size, a brand we do not carry, another trade) and customers' own part
numbers are added by hand.

Two sets: `tune.csv` (the matcher was developed against it) and `holdout.csv`
(other phrasings and another seed; never looked at while tuning).

    python bench/labelled_lines.py   # rewrites bench/lines/*.csv
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.demo.catalog import Item, generate  # noqa: E402
from bot.demo.writer import CROSS_REF_PREFIX  # noqa: E402

OUT = ROOT / "bench" / "lines"
Facets = dict[str, str]


def facets(item: Item) -> Facets:
    """The facets a buyer can name, by family."""
    a = item.attributes
    f: Facets = {"family": item.family, "kind": item.name.split(" ")[0].lower()}
    if item.brand:
        f["brand"] = item.brand
    if item.family == "Fasteners":
        f["kind"] = a.get("standard", "") or item.name.split('"')[0]
    f.update({k: v for k, v in a.items() if k not in ("od_mm", "width_mm", "bore_mm", "type")})
    if item.family == "Valves & Fittings":
        f["kind"] = (
            item.name.split(" brass")[0]
            .split(" stainless")[0]
            .split(" galv")[0]
            .split(" carbon")[0]
        )
    return f


SEAL_SPELLING = {
    "2RS": {"SKF": ["2RS1", "2RSH", "2RS"], "NSK": ["DDU", "2RS"], "FAG": ["2RSR", "2RS"],
            "NTN": ["LLU", "2RS"], "KOYO": ["2RS"]},
    "ZZ": {"SKF": ["2Z", "ZZ"], "NSK": ["ZZ"], "FAG": ["2ZR", "ZZ"], "NTN": ["ZZ"], "KOYO": ["ZZ"]},
}  # fmt: skip


def qty_phrases(rng: random.Random, holdout: bool) -> tuple[str, Callable[[str], str], str]:
    """(quantity, how it wraps the item, uom) in one of the ways buyers write it."""
    q = rng.choice(["2", "4", "5", "10", "12", "20", "25", "50", "100", "200", "500"])
    tune = [
        (lambda s: f"{q} {s}", ""), (lambda s: f"{s} x {q}", ""), (lambda s: f"{s} x{q}", ""),
        (lambda s: f"{s} qty {q}", ""), (lambda s: f"{s} ({q} un)", "EA"),
        (lambda s: f"cant. {q} {s}", ""), (lambda s: f"{q} pcs {s}", "EA"),
    ]  # fmt: skip
    held = [
        (lambda s: f"{s} - {q} unidades", "EA"), (lambda s: f"{q} x {s}", ""),
        (lambda s: f"{s}, cantidad: {q}", ""), (lambda s: f"{q}ea {s}", "EA"),
        (lambda s: f"{s} (qty: {q})", ""), (lambda s: f"{s} {q} pzas", "EA"),
    ]  # fmt: skip
    wrap, uom = rng.choice(held if holdout else tune)
    return q, wrap, uom


def render(item: Item, rng: random.Random, holdout: bool) -> tuple[str, Facets]:
    """Item text as a buyer writes it, and the facets it names."""
    f = facets(item)
    a = item.attributes
    es = rng.random() < 0.6
    named: Facets = {"family": f["family"], "kind": f["kind"]}

    def brand() -> str:
        if item.brand and rng.random() < 0.7:
            named["brand"] = item.brand
            return item.brand if rng.random() < 0.5 else item.brand.lower()
        return ""

    if item.family == "Bearings":
        named["designation"] = a["designation"]
        seal = a["seal"]
        text = a["designation"]
        if rng.random() < 0.9:
            named["seal"] = seal
            if seal == "OPEN":
                text += rng.choice([" abierto", " open"] if not holdout else [" sin sello"])
            else:
                spell = rng.choice(SEAL_SPELLING[seal][item.brand or "KOYO"])
                text += rng.choice([f"-{spell}", f" {spell}", spell.lower()])
        if "clearance" in a:
            named["clearance"] = a["clearance"]
            text += " C3"
        noun = (
            (
                ["rodamiento", "rulemanes", "ruleman", "rodamientos"]
                if es
                else ["bearing", "ball bearing", "brg"]
            )
            if not holdout
            else (["balero", "rodamiento rigido"] if es else ["deep groove bearing", "bearings"])
        )
        return f"{rng.choice(noun)} {text} {brand()}".strip(), named
    if item.family == "Fasteners" and "length_mm" in a:
        named |= {"thread": a["thread"], "length_mm": a["length_mm"]}
        size = rng.choice(
            ["{t}x{l}", "{t} x {l}", "{t}x{l}mm"]
            if not holdout
            else ["{t}*{l}", "{t}-{l}", "{t} X {l}"]
        ).format(t=a["thread"], l=a["length_mm"])
        finish = ""
        if rng.random() < 0.85:
            named["finish"] = a["finish"]
            finish = {
                "8.8 ZP": ["8.8 zincado", "8.8 zp", "8.8 zinc"],
                "10.9 BLACK": ["10.9 pavonado", "10.9 negro", "10.9"],
                "A2 INOX": ["inox", "A2", "A2-70"],
                "8.8 HDG": ["8.8 galvanizado en caliente", "8.8 HDG"],
                "A4 INOX": ["A4", "A4-80"],
            }[a["finish"]][rng.randrange(2)]
        din = ""
        if rng.random() < 0.6:
            din = rng.choice(["DIN {d}", "din{d}"]).format(d=a["standard"].split()[1])
        else:
            named.pop("kind")
        noun = {
            "DIN 933": ["perno hex", "hex bolt"],
            "DIN 931": ["perno hexagonal", "hex bolt"],
            "DIN 912": ["tornillo allen", "socket head cap screw"],
            "DIN 7991": ["tornillo avellanado allen", "countersunk socket screw"],
            "DIN 603": ["perno coche", "carriage bolt"],
        }[a["standard"]][0 if es else 1]
        if "kind" not in named:
            named["noun"] = noun
        return f"{noun} {size} {finish} {din}".strip(), named
    if item.family == "Valves & Fittings":
        named |= {"size": a["size"], "material": a["material"], "end": a["end"]}
        size = a["size"].replace('"', "")
        size = rng.choice(
            [f'{size}"', f"{size} pulg", size]
            if not holdout
            else [f"{size} in", f'{size.replace("-", " ")}"']
        )
        material = {
            "brass": ["bronce", "brass"],
            "stainless steel 316": ["inox", "stainless"],
            "galvanized steel": ["galvanizado", "galvanized"],
            "carbon steel": ["acero carbono", "carbon steel"],
        }[a["material"]][0 if es else 1]
        kind = f["kind"]
        noun = {
            "Ball valve": ("valvula de bola", "ball valve"),
            "Gate valve": ("valvula compuerta", "gate valve"),
            "Swing check valve": ("valvula retencion", "check valve"),
            "90° elbow": ("codo 90", "90 elbow"),
            "45° elbow": ("codo 45", "45 elbow"),
            "Tee": ("tee", "tee"),
            "Coupling": ("copla", "coupling"),
            "Union": ("union americana", "union"),
            "Hex nipple": ("niple hex", "hex nipple"),
        }
        return f"{noun[kind][0 if es else 1]} {material} {size} {a['end'].lower()}", named
    if item.family == "Belts":
        named["code"] = f"{a['section']}{a['length']}"
        noun = rng.choice(["correa", "correa en v"] if es else ["v-belt", "belt"])
        return f"{noun} {a['section']}{a['length']} {brand()}".strip(), named
    if item.family == "Welding" and "aws" in a and "diameter_in" in a:
        named |= {"aws": a["aws"], "diameter_in": a["diameter_in"]}
        noun = "electrodo" if es else "welding rod"
        return f"{noun} {a['aws'].lower()} {a['diameter_in']} {brand()}".strip(), named
    if item.family == "Electrical" and "gauge_awg" in a:
        named |= {"gauge_awg": a["gauge_awg"], "color": a["color"]}
        color = (
            {
                "black": "negro",
                "white": "blanco",
                "red": "rojo",
                "green": "verde",
                "blue": "azul",
                "yellow": "amarillo",
            }[a["color"]]
            if es
            else a["color"]
        )
        return f"cable thhn {a['gauge_awg']} awg {color}", named
    if item.family == "Electrical" and "poles" in a:
        named |= {"poles": a["poles"], "amps": a["amps"]}
        noun = "interruptor" if es else "breaker"
        return f"{noun} {a['poles']} {a['amps']}A {brand()}".strip(), named
    if item.family == "Abrasives" and "dims" in a:
        named |= {"dims": a["dims"], "material": a["material"]}
        noun = "disco de corte" if es else "cut-off wheel"
        return (
            f"{noun} {a['dims'].split('x22')[0].split('x25')[0]} {a['material']} {brand()}".strip(),
            named,
        )
    return "", {}


def fits(item: Item, named: Facets) -> bool:
    f = facets(item)
    checks = dict(named)
    noun = checks.pop("noun", None)
    if noun is not None and f.get("family") != "Fasteners":
        return False
    if noun is not None and not f.get("kind", "").startswith("DIN"):
        return False
    for key, value in checks.items():
        if key == "designation":
            if item.attributes.get("designation") != value:
                return False
        elif key == "code":
            if f"{item.attributes.get('section')}{item.attributes.get('length')}" != value:
                return False
        elif f.get(key) != value:
            return False
    if noun is not None:  # a hex bolt is DIN 933 or 931; a cap screw is DIN 912; ...
        family_of = {
            "perno hex": ("DIN 933", "DIN 931"),
            "hex bolt": ("DIN 933", "DIN 931"),
            "perno hexagonal": ("DIN 933", "DIN 931"),
            "tornillo allen": ("DIN 912",),
            "socket head cap screw": ("DIN 912",),
            "tornillo avellanado allen": ("DIN 7991",),
            "countersunk socket screw": ("DIN 7991",),
            "perno coche": ("DIN 603",),
            "carriage bolt": ("DIN 603",),
        }
        if f.get("kind") not in family_of[noun]:
            return False
    return True


def typo(text: str, rng: random.Random) -> str:
    """Swap two letters inside one long alphabetic word, as fast typing does."""
    words = text.split(" ")
    choices = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 6]
    if not choices:
        return text
    i = rng.choice(choices)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


NOT_STOCKED = {
    False: ["perno hex m7x33 zincado", "rodamiento 6204 2rs timken", "pintura epoxica roja 1 galon",
            "broca hss 8mm", "manguera hidraulica 1/2 2 mallas", "rodamiento 22215 ek",
            "valvula mariposa 6 pulg", "correa a300 gates", "disco diamantado 230mm",
            "hex bolt m8x37 zinc", "ball bearing 6204-2rs nachi", "cinta teflon 3/4",
            "silicona alta temperatura", "guantes de latex talla m", "rodamiento 6308 2rs ina"],
    True: ["tornillo m9x40 zincado", "balero 6205 zz timken", "sierra copa 2 pulg",
           "llave stilson 18", "electrodo 6011 1/8 hobart", "grease cartridge 400 g",
           "v-belt 8v2000", "lubricante wd40", "perno m8x41 8.8", "rodamiento 6204-2rs zkl",
           "mascarilla n95 caja", "cadena de rodillos 40-1"],
}  # fmt: skip


def build(holdout: bool, count: int) -> list[dict[str, str]]:
    rng = random.Random(202 if holdout else 101)
    catalog = [item for _, item in generate(2500)]
    skus = {id(item): sku for sku, item in generate(2500)}
    by_item = dict(zip(map(id, catalog), [s for s, _ in generate(2500)], strict=True))
    del skus
    rows: list[dict[str, str]] = []
    pool = [i for i in catalog if i.family != "Safety"]
    while len(rows) < count:
        item = rng.choice(pool)
        text, named = render(item, rng, holdout)
        if not text:
            continue
        expected = sorted(by_item[id(i)] for i in catalog if fits(i, named))
        if by_item[id(item)] not in expected:
            raise AssertionError(f"label does not contain its own item: {text} {named}")
        if rng.random() < 0.15:
            text = typo(text, rng)
        text = rng.choice([text, text, text.upper(), text.title()])
        qty, wrap, uom = qty_phrases(rng, holdout)
        rows.append(
            {
                "line": wrap(text),
                "customer_id": "",
                "expected": "|".join(expected),
                "quantity": qty,
                "uom": uom,
                "kind": "catalog",
            }
        )
    for text in NOT_STOCKED[holdout]:
        qty, wrap, uom = qty_phrases(rng, holdout)
        rows.append(
            {
                "line": wrap(text),
                "customer_id": "",
                "expected": "",
                "quantity": qty,
                "uom": uom,
                "kind": "not_stocked",
            }
        )
    refs = list(csv.DictReader((ROOT / "bench" / ".work" / "refs.csv").open()))
    for ref in rng.sample(refs, 12):
        qty, wrap, uom = qty_phrases(rng, holdout)
        rows.append(
            {
                "line": wrap(ref["customer_part"]),
                "customer_id": "C001",
                "expected": ref["sku"],
                "quantity": qty,
                "uom": uom,
                "kind": "customer_part",
            }
        )
    for ref in rng.sample(refs, 4):  # someone else's part number: not theirs to use
        rows.append(
            {
                "line": ref["customer_part"],
                "customer_id": "C002",
                "expected": "",
                "quantity": "1",
                "uom": "",
                "kind": "not_stocked",
            }
        )
    return rows


def main() -> None:
    from bot.demo.writer import write_demo

    work = ROOT / "bench" / ".work" / "demo-2500"
    write_demo(work, products=2500, seed=7, today=__import__("datetime").date(2026, 11, 25))
    (ROOT / "bench" / ".work" / "refs.csv").write_text((work / "cross_references.csv").read_text())
    assert CROSS_REF_PREFIX
    OUT.mkdir(exist_ok=True)
    for name, holdout, count in (("tune.csv", False, 320), ("holdout.csv", True, 220)):
        rows = build(holdout, count)
        with (OUT / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(
                handle, ["line", "customer_id", "expected", "quantity", "uom", "kind"]
            )
            writer.writeheader()
            writer.writerows(rows)
        print(f"{name}: {len(rows)} lines")


if __name__ == "__main__":
    main()
