"""Writes the ERP folder (ERP.md) for a picked list of items: products, customers,
contacts, price lists, contract prices, family discounts, brand preferences,
warehouses, stock and the customers' own part numbers."""

from __future__ import annotations

from pathlib import Path

from bench.blind.erp_writer import COLUMNS, write_csv

from .model import Item, money, rng_for

WAREHOUSES = [
    ("BOD01", "Bodega Central Santiago", "Santiago", "16:00", "America/Santiago"),
    ("BOD02", "Sucursal Antofagasta", "Antofagasta", "15:30", "America/Santiago"),
    ("BOD03", "Sucursal Concepción", "Concepción", "15:00", "America/Santiago"),
]
CUSTOMERS = [
    # id, name, tax id, price list, segment, seller, limit, terms, lang, warehouse
    (
        "C10001",
        "Minera Altiplano Norte S.A.",
        "96.555.120-3",
        "MINERIA",
        "mining",
        "rodrigo.vera@ferropacifico.example",
        "400000",
        "60",
        "es",
        "BOD02",
    ),
    (
        "C10002",
        "Celulosa del Biobío S.A.",
        "96.701.330-K",
        "INDUSTRIA",
        "pulp",
        "carolina.diaz@ferropacifico.example",
        "150000",
        "45",
        "es",
        "BOD03",
    ),
    (
        "C10003",
        "Gulf Coast Machining Inc.",
        "74-3312890",
        "DISTRIBUIDOR",
        "machining",
        "rodrigo.vera@ferropacifico.example",
        "80000",
        "30",
        "en",
        "BOD01",
    ),
    (
        "C10004",
        "Agrícola Santa Elena Ltda.",
        "78.402.117-5",
        "",
        "agro",
        "carolina.diaz@ferropacifico.example",
        "20000",
        "30",
        "es",
        "BOD01",
    ),
    (
        "C10005",
        "Texas Pump Works LLC",
        "76-0048812",
        "INDUSTRIA",
        "pumps",
        "rodrigo.vera@ferropacifico.example",
        "",
        "30",
        "en",
        "BOD01",
    ),
]
CONTACTS = [
    ("C10001", "Patricio Lagos", "+56955510001", "plagos@altiplanonorte.example", "buyer"),
    ("C10001", "Marcela Ibáñez", "+56955510002", "mibanez@altiplanonorte.example", "approver"),
    ("C10002", "Felipe Sanhueza", "+56955520001", "fsanhueza@celulosabiobio.example", "buyer"),
    ("C10003", "Kevin O'Brien", "+12815550133", "kobrien@gulfcoastmachining.example", "buyer"),
    ("C10004", "Rosa Contreras", "+56955540001", "compras@santaelena.example", "buyer"),
    ("C10005", "Mark Delgado", "+18325550177", "mdelgado@texaspumpworks.example", "buyer"),
]
# Customer part numbers (cross_references.csv): customer, part, item key.
XREFS = [
    ("C10001", "CP-88-0012", "BRG|6205|2RS|0|SKF"),
    ("C10001", "CP-88-0013", "BRG|6206|2RS|0|SKF"),
    ("C10001", "CP-88-0020", "BRG|6308|ZZ|0|FAG"),
    ("C10001", "CP-88-0107", "SPH|22210|0|SKF"),
    ("C10001", "CP-88-0311", "MB|DIN933|M12|50|8.8ZN"),
    ("C10001", "CP-88-0312", "NUT934|M12"),
    ("C10001", "CP-88-0313", "W125|M12"),
    ("C10001", "CP-88-0520", "MCB|SIEMENS|3|C|16"),
    ("C10001", "CP-88-0521", "CT|SIEMENS|9|24VDC"),
    ("C10001", "CP-88-0700", "CUB|7|36+"),
    ("C10001", "CP-88-0701", "CUT|4-1/2|1/16|NORTON"),
    ("C10001", "CP-88-0900", "VB|B52|GATES"),
    ("C10002", "CB-3300-117", "V|KITZ AKTZ|1"),
    ("C10002", "CB-3300-118", "F|union|galv|1"),
    ("C10002", "CB-3300-240", "THHN|12|NEGRO|NEXANS"),
    ("C10002", "CB-3300-410", "GLV|11-800|9"),
    ("C10002", "CB-3300-411", "FILT|2097"),
    ("C10002", "CB-3300-502", "CT|SCHNEIDER|18|220VAC"),
    ("C10003", "GCM-1044", "IB|1/2|1-1/2|G5"),
    ("C10003", "GCM-1045", "INUT5|1/2"),
    ("C10003", "GCM-1046", "IWF|1/2"),
    ("C10003", "GCM-2210", "DRL|5/32"),
    ("C10003", "GCM-3001", "LIJA|220|3M"),
    ("C10003", "GCM-3002", "FLAP|4-1/2|60|NORTON"),
    ("C10005", "TPW-88-12", "TRB|30206|TIMKEN"),
    ("C10005", "TPW-88-13", "TSET|SET3"),
    ("C10005", "TPW-90-01", "F|tee|ss316|1"),
    ("C10005", "TPW-90-02", "V|GENEBRE 2025|1"),
]
BRAND_PREFS = [
    ("Bearings", "SKF", ""),
    ("Electrical", "SIEMENS", ""),
    ("Abrasives", "NORTON", ""),
    ("Bearings", "NSK", "C10003"),
    ("Electrical", "SCHNEIDER", "C10002"),
]
PRICE_LISTS = {
    "MINERIA": [(1, 0.92), (50, 0.88), (200, 0.85)],
    "INDUSTRIA": [(1, 0.95)],
    "DISTRIBUIDOR": [(1, 0.85), (100, 0.80)],
}


def write_folder(out: Path, items: list[Item], seed: int) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    by_key = {it.key: it for it in items}
    counts: dict[str, int] = {}

    def emit(name: str, header: list[str], rows: list[list[str]]) -> None:
        write_csv(out, name, header, rows)
        counts[name] = len(rows)

    rows = []
    for it in items:
        rng = rng_for(seed, it.key)
        price = money(it.base_price * rng.uniform(0.95, 1.05))
        cost = money(float(price) * rng.uniform(0.55, 0.75))
        name = it.name_en if rng.random() < 0.5 else it.name_es
        attrs = "|".join(f"{k}={v}" for k, v in it.attributes.items())
        rows.append(
            [
                it.sku,
                name,
                it.desc,
                it.family,
                it.brand,
                it.uom,
                str(it.pack_qty),
                str(price),
                str(cost),
                "USD",
                "|".join(it.aliases),
                "",
                attrs,
                "true" if it.active else "false",
            ]
        )
    emit(
        "products.csv",
        COLUMNS["products.csv"],
        rows,
    )
    list_price = {r[0]: float(r[7]) for r in rows}
    active = [it for it in items if it.active]

    emit(
        "customers.csv",
        [
            "customer_id",
            "name",
            "tax_id",
            "price_list",
            "segment",
            "seller_email",
            "credit_limit",
            "payment_terms_days",
            "blocked",
            "block_reason",
            "language",
            "default_warehouse",
        ],
        [
            [c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], "false", "", c[8], c[9]]
            for c in CUSTOMERS
        ],
    )
    emit(
        "contacts.csv",
        COLUMNS["contacts.csv"],
        [list(c) for c in CONTACTS],
    )
    emit(
        "warehouses.csv",
        COLUMNS["warehouses.csv"],
        [list(w) for w in WAREHOUSES],
    )

    pl_rows = []
    for pl, breaks in PRICE_LISTS.items():
        for it in active:
            for min_qty, factor in breaks:
                pl_rows.append([pl, it.sku, str(money(list_price[it.sku] * factor)), str(min_qty)])
    emit("price_lists.csv", COLUMNS["price_lists.csv"], pl_rows)

    cp_rows = []
    for cust, _part, key in XREFS:
        it = by_key.get(key)
        if it and cust == "C10001":
            cp_rows.append(
                [
                    cust,
                    it.sku,
                    str(money(list_price[it.sku] * 0.8)),
                    "1",
                    "2026-01-01",
                    "2027-12-31",
                ]
            )
    emit(
        "customer_prices.csv",
        COLUMNS["customer_prices.csv"],
        cp_rows,
    )
    emit(
        "family_discounts.csv",
        COLUMNS["family_discounts.csv"],
        [["", "C10004", "Abrasives", "12"], ["INDUSTRIA", "", "Fasteners", "5"]],
    )
    emit(
        "brand_preferences.csv", COLUMNS["brand_preferences.csv"], [list(b) for b in BRAND_PREFS]
    )
    emit(
        "cross_references.csv",
        COLUMNS["cross_references.csv"],
        [[c, p, by_key[k].sku] for c, p, k in XREFS if k in by_key],
    )

    stock_rows = []
    for it in active:
        rng = rng_for(seed + 1, it.key)
        dry = rng.random() < 0.04  # out of stock everywhere, stock incoming
        for wh, *_ in WAREHOUSES:
            on_hand = 0 if dry or rng.random() < 0.3 else int(rng.expovariate(1 / 80)) + 1
            if it.core and wh == "BOD01" and not dry:
                on_hand = max(on_hand, 50 + int(rng.random() * 400))
            reserved = min(on_hand, int(rng.random() * on_hand * 0.2))
            incoming = int(rng.random() * 200) if (dry or rng.random() < 0.15) else 0
            eta = f"2026-12-{10 + int(rng.random() * 18):02d}" if incoming else ""
            stock_rows.append([it.sku, wh, str(on_hand), str(reserved), "0", str(incoming), eta])
    emit(
        "stock.csv",
        COLUMNS["stock.csv"],
        stock_rows,
    )
    return counts
