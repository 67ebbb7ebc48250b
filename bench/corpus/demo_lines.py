"""About a hundred lines against the demo catalog (`mostrador demo-data`), labelled the
same way: demo rows are read back into items with the spec the phrasings understand."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from bench.catalog2.model import Item

from .phrases import BY_KIND
from .shapes import quantity

SEED = 11
COLOR_ES = {
    "black": "NEGRO",
    "red": "ROJO",
    "white": "BLANCO",
    "green": "VERDE",
    "blue": "AZUL",
    "yellow": "AMARILLO",
}
FIN = {"8.8 ZP": "8.8ZN", "10.9 BLACK": "10.9", "A2 INOX": "A2", "8.8 HDG": "HDG"}
NOT_STOCKED = [
    ("es", "rodamiento 6205 2RS Timken"),
    ("en", "Timken bearing 6205-2RS"),
    ("es", "correa C120"),
    ("en", "v-belt 3V500"),
    ("es", 'disco cubitron 982C 7" G36'),
    ("es", "contactor 150A bobina 220VAC"),
    ("en", 'hydraulic hose 1/2" 2SN'),
    ("es", "perno hexagonal M36x200 DIN931"),
    ("en", "Loctite 243 50 ml"),
    ("es", "cadena de rodillos ASA 60"),
]
NOT_ITEMS = [
    ("es", "Hola, buenas tardes"),
    ("es", "gracias"),
    ("en", "Hi, please quote:"),
    ("en", "Thanks, Sarah"),
    ("es", "Saludos, Jorge Müller"),
    ("es", "OC 4500123"),
    ("en", "ok go ahead"),
    ("es", "acepto"),
]


def _ka(description: str) -> str:
    found = re.search(r"(\d+)KA\b", description)
    return found.group(1) if found else ""


def _attrs(row: dict[str, str]) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in row["attributes"].split("|") if "=" in kv)


def items(folder: Path) -> list[Item]:
    out = []
    with (folder / "products.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            a = _attrs(row)
            kind, spec, aliases = "", {}, []
            brand = row["brand"].upper()
            if row["family"] == "Bearings":
                seal = {"OPEN": ""}.get(a["seal"], a["seal"])
                ref = row["name"].split()[-2]
                kind, spec, aliases = (
                    "bearing_ball",
                    {"des": a["designation"], "seal": seal, "c3": "0", "brand": brand},
                    [ref],
                )
            elif a.get("standard") in ("DIN 933", "DIN 931") and a.get("finish") in FIN:
                std = a["standard"].replace(" ", "")
                kind = f"bolt_{std}"
                spec = {
                    "std": std,
                    "dia": a["thread"],
                    "len": a["length_mm"],
                    "fin": FIN[a["finish"]],
                    "brand": "",
                }
            elif "poles" in a:
                kind, spec = (
                    "mcb",
                    {
                        "poles": a["poles"].rstrip("P"),
                        "amps": a["amps"],
                        "curve": a["curve"],
                        "ka": a.setdefault("breaking_ka", _ka(row["description"])),
                        "brand": brand,
                    },
                )
            elif "coil" in a:
                kind, spec = "contactor", {"amps": a["amps"], "coil": a["coil"], "brand": brand}
            elif "gauge_awg" in a and "THHN" in row["description"]:
                kind, spec = (
                    "cable_thhn",
                    {"awg": a["gauge_awg"], "color": COLOR_ES[a["color"]], "brand": brand},
                )
            elif row["family"] == "Belts" and "section" in a:
                kind, spec = "belt_v", {"des": f"{a['section']}{a['length']}", "brand": brand}
            it = Item(
                0,
                row["sku"],
                kind or "other",
                row["family"],
                brand,
                row["description"],
                row["name"],
                row["name"],
                0.0,
                uom=row["uom"],
                pack_qty=int(row["pack_qty"] or 1),
                aliases=aliases,
                attributes=a,
                spec=spec,
                active=row["active"] == "true",
                sku=row["sku"],
            )
            out.append(it)
    return out


def lines(folder: Path) -> list[dict[str, str]]:
    from .generate import COLUMNS, _label, _layout

    rng = random.Random(SEED)
    all_items = items(folder)
    active = [it for it in all_items if it.active]
    phrased = [it for it in active if it.kind != "other"]
    rows: list[dict[str, str]] = []

    def add(**row: str) -> None:
        rows.append({c: row.get(c, "") for c in COLUMNS})

    cust = {"es": ["C001", "C003", "C004", ""], "en": ["C002", "C005", ""]}
    while len(rows) < 58:
        item = rng.choice(phrased)
        lang = rng.choice(["es", "es", "en"])
        phrase = BY_KIND[item.kind](item, lang, rng, rng.random() < 0.5)
        if phrase is None:
            continue
        words, keys, group = phrase
        kind, expected, why = _label(item, keys, group, active)
        lead, trail, qty, shape = quantity(rng, lang, item, item.kind.startswith("bolt"))
        wrapped = rng.random() < 0.2
        text, fmt = _layout(rng, lang, words, lead, trail, qty, item, True, wrapped)
        add(
            customer_id=rng.choice(cust[lang]),
            text=text,
            expected_sku=expected,
            expected_qty="" if qty is None else str(qty),
            expected_uom=item.uom,
            kind=kind,
            note=";".join(
                x
                for x in (
                    f"lang={lang}",
                    f"fmt={fmt}",
                    f"qty={shape}",
                    "wrapped" if wrapped else "",
                    f"family={item.family}",
                    why,
                )
                if x
            ),
        )
    for _ in range(14):
        item = rng.choice(active)
        lang = rng.choice(["es", "en"])
        lead, trail, qty, shape = quantity(rng, lang, item, False)
        pre = rng.choice(["", "sku ", "item ", "ref. ", "cód. ", "art. ", "#", "P/N "])
        text, fmt = _layout(rng, lang, f"{pre}{item.sku}", lead, trail, qty, item, False, False)
        add(
            customer_id=rng.choice(cust[lang]),
            text=text,
            expected_sku=item.sku,
            expected_qty="" if qty is None else str(qty),
            expected_uom=item.uom,
            kind="code",
            note=f"lang={lang};fmt={fmt};qty={shape};prefix={pre.strip() or 'none'};"
            f"family={item.family}",
        )
    with (folder / "cross_references.csv").open(encoding="utf-8") as fh:
        xrefs = list(csv.DictReader(fh))
    by_sku = {it.sku: it for it in all_items}
    for r in rng.sample(xrefs, 10):
        item = by_sku[r["sku"]]
        lead, trail, qty, shape = quantity(rng, "es", item, False)
        pre = rng.choice(["", "nuestro código ", "cod. ", "P/N "])
        text, fmt = _layout(
            rng, "es", f"{pre}{r['customer_part']}", lead, trail, qty, item, False, False
        )
        add(
            customer_id=r["customer_id"],
            text=text,
            expected_sku=item.sku,
            expected_qty="" if qty is None else str(qty),
            expected_uom=item.uom,
            kind="customer_part",
            note=f"lang=es;fmt={fmt};qty={shape};family={item.family}",
        )
    for lang, words in NOT_STOCKED:
        add(customer_id=rng.choice(cust[lang]), text=words, kind="not_stocked", note=f"lang={lang}")
    for lang, words in NOT_ITEMS:
        add(customer_id=rng.choice(cust[lang]), text=words, kind="not_item", note=f"lang={lang}")
    for n, row in enumerate(rows, 1):
        row["id"] = f"demo-{n:04d}"
        row["catalog"] = "demo"
    return rows


def check(rows: list[dict[str, str]], folder: Path) -> None:
    with (folder / "products.csv").open(encoding="utf-8") as fh:
        products = {r["sku"]: r for r in csv.DictReader(fh)}
    text = " ".join(p["description"] for p in products.values())
    for row in rows:
        for sku in filter(None, row["expected_sku"].split("|")):
            assert products[sku]["active"] == "true" and products[sku]["uom"] == row["expected_uom"]
    for word in ("TIMKEN", "CUBITRON", "150A", "C120", "3V500", "M36X", "LOCTITE", "CADENA"):
        assert word not in text, word
