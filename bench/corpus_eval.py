"""The labelled corpus (bench/corpus/*.csv) through the matcher as the app runs it.

Each line is matched with the customer's context (thousands separator, learned
references, the brand rule on the imported sales history and stock), exactly as
`mostrador match --json --customer ID` and `POST /api/v1/match` answer it, against
the catalog it was labelled on: catalog 2 (`python -m bench.catalog2`, defaults), the
demo catalog (seed 7, 2,500 products), catalog 3 (`python -m bench.catalog3`, bench/corpus3,
written blind in another house style), catalog 4 (`python -m bench.catalog4`, bench/corpus4,
a US MRO-style house with Latin American offices, also written blind), catalog 5
(`python -m bench.catalog5`, bench/corpus5, a Mexican industrial supplier, written blind) or
catalog 6 (`python -m bench.catalog6`, bench/corpus6, a Rio de la Plata distributor, written
blind) or catalog 7 (`python -m bench.catalog7`, bench/corpus7, a Peruvian house of a Brazilian
group whose names are Portuguese, written blind) or catalog 8 (`python -m bench.catalog8`,
bench/corpus8, a Spanish "suministros industriales" house with a Colombian branch, DIN/ISO
naming, written blind), catalog 9 (`python -m bench.catalog9`, bench/corpus9, a Central
American / Caribbean distributor on Odoo, US and metric sizes side by side, written blind) or
catalog 10 (`python -m bench.catalog10`, bench/corpus10, an Ecuadorian house on Business Central
with 30-character descriptions and an English-writing oil-field branch, written blind) or
catalog 11 (`python -m bench.catalog11`, bench/corpus11, an El Paso / Ciudad Juárez border house on
Prophet 21 whose item IDs are maker prefix + part number, units EA/FT/LB/BX/RL/PR, written blind) or
catalog 12 (`python -m bench.catalog12`, bench/corpus12, a Chilean mining supplier in Antofagasta /
Santiago on Softland whose codes are family prefix + size + maker, `RO-6204-2RS-SKF`, prices in CLP,
units UN/MT/KG/CJ/PAR/ROL/JGO, Chilean Spanish and contractors' English, written blind) or
catalog 13 (`python -m bench.catalog13`, bench/corpus13, a Colombian distributor in Bogotá,
Itagüí and Barranquilla on Siesa whose item numbers are six meaningless digits, `418273`,
upper-case names in Colombian trade words, `BALINERA`, `GUASA`, `CHAZO`, `TACO`, `REGISTRO`,
`ENCAUCHETADO`, units UND/MTS/KG/PAR/ROL/CAJ, prices in COP, Colombian Spanish and oil/coal
engineers' English, written blind) or catalog 14 (`python -m bench.catalog14`, bench/corpus14, a
Puerto Rico MRO house in Caguas, Ponce and Aguadilla on Epicor Kinetic whose names are the
storeroom's noun-comma-modifier form, `BEARING, BALL, 6204-2RS, SKF`, item numbers product group +
five digits, `BR20417`, US units in a Spanish-speaking market, EA/FT/BX/PR/RL/CS, fasteners sold by
the box, prices in USD, Puerto Rico's Spanish with the trade's English nouns and the plants'
English, written blind) or catalog 15 (`python -m bench.catalog15`, bench/corpus15, a Bolivian-
Paraguayan house in Santa Cruz, El Alto and Asunción on SAP S/4HANA whose material numbers are 18
digits with leading zeros, `000000000010004521`, written short by buyers, `10004521`, names
the 40-character material description cut mid-word, `RULEMAN RIGIDO DE BOLAS 6205-2RS SKF 25X5`,
units UN/M/KG/CJ/PAR, prices in BOB, Bolivian and Paraguayan Spanish with `1.000` and `2,5`, and
the mine's and gas contractor's English, written blind) or catalog 16 (`python -m bench.catalog16`,
bench/corpus16, an Ecuadorian house in Guayaquil, Quito and Cuenca on a local ERP whose item codes
are dotted `family.subfamily.sequence`, `01.020.00412`, written with or without the dots and
leading zeros, `1.20.412`, mixed-case names in the house's abbreviations, `Rod. bolas 6204-2RS C3
SKF`, `Perno hex. G5 3/8x2 galv.`, V-belts `B-52`, chain `ANSI 40-1`, hydraulic hose `R2 1/2"`,
units UND/MT/LB, prices in USD, the coast's and the highlands' WhatsApp Spanish and an oil-service
company's English, written blind) or catalog 17 (`python -m bench.catalog17`, bench/corpus17, an
Argentine house in Buenos Aires, Rosario and Córdoba on Tango Gestión whose article codes are a
family prefix and a compact of the item, `RUL6204ZZSKF`, `LLT2X16SCH`, written whole, lower case or
spaced, `RUL 6204 ZZ SKF`, with a separate barcode never written, upper-case Argentine names,
`LLAVE TERMICA 2X16A SICA`, `CUPLA HG 1/2"`, a pneumatics family, `RACOR RECTO 8MM X 1/4 BSP SMC`,
`TUBO PU 8X6 AZUL`, `CIL. 20X100 DE FESTO`, `EV 5/2 1/4 24VDC MICRO`, units UN/MT, prices in ARS,
Buenos Aires and the interior's WhatsApp Spanish and an auto-parts plant's English, written blind)
or catalog 18 (`python -m bench.catalog18`, bench/corpus18, a Peruvian house in Callao, Arequipa
and Trujillo on SAP Business One whose ItemCodes are a family's two letters and six digits,
`RO000412`, written whole, lower case or spaced, `RO 000412`, with a supplier catalog number per
item buyers copy, long title-case names, `Rodamiento rígido de bolas 6205-2RS1 SKF`, `Perno
hexagonal G8 UNC 1/2" x 2-1/2" zincado`, a seguridad industrial family (guantes by size and pair,
cascos by colour, respiradores 3M, botas 38-44), electrodes by the kg, units UN/MT/KG/PR, prices in
PEN, Lima's WhatsApp Spanish, mining camps' e-mails and a Canadian mining contractor's English,
written blind) or catalog 19 (`python -m bench.catalog19`, bench/corpus19, a Venezuelan house in
Valencia, Maracaibo and Puerto Ordaz on Profit Plus whose article codes are three family letters,
four digits, a slash and a check letter, `ROD1204/X`, written whole, lower case or spaced, `ROD
1204/X`, upper-case Profit names with `C/`, a lubrication family (greases by cartucho, pote, cuñete
and tambor, gear and hydraulic oils by ISO VG in galón, cuñete and tambor from Shell, Mobil, Chevron
and Castrol, graseras in bags of 10, engrasadoras) and power-transmission couplings (Lovejoy jaw
hubs L-070..L-150 by bore, spiders by material, Falk grids and covers, gear couplings), units
UND/MTS, prices in USD, Venezuelan WhatsApp Spanish (`pana`, `rolinera`, `pipote`), plants'
purchasing e-mails and an oil-service contractor's English, written blind) or catalog 20
(`python -m bench.catalog20`, bench/corpus20, a Costa Rican house in La Uruca, Cartago and Liberia
on Acumatica whose InventoryIDs are three segments, a family's three letters, four digits and a
two-digit revision, `CNX-1042-01`, written whole, lower case or spaced, `CNX 1042 01`, hydraulic
fittings (JIC 37° by fraction or dash size x NPT, ORFS, straight, 90° and swivel adapters, tees,
steel or 316 stainless, Parker and Eaton) and hand tools (combination wrenches in mm and inch,
socket sets by drive, system and pieces sold by the set, adjustable wrenches) from Stanley, Truper
and Urrea, units UND/JGO, prices in CRC, Costa Rican WhatsApp Spanish (`mae`, `diay`, `upe`,
`ocupo`, `regáleme`, `cojinete`, `llave francesa`), plants' purchasing e-mails and a US mechanical
contractor's English, written blind) or catalog 21 (`python -m bench.catalog21`, bench/corpus21, a
Uruguayan house in Montevideo, Paysandú and Rivera on Business Central whose item numbers are a
family's series, a base item and a variant code, `41237-SK`, written whole, lower case or spaced,
`41237 SK`, oil seals by shaft x bore x width, lip and NBR/Viton, O-rings by AS568 dash number or
inner diameter x section, O-ring kits sold by the KIT, Loctite and Permatex threadlockers,
retaining compounds and sealants by number and size, RTV silicones by colour in pomo or cartucho,
epoxies, units UN/KIT, prices in USD, Uruguayan WhatsApp Spanish (`bo`, `ta`, `precisaría`,
`¿tenés?`, `rulemán`, `bulón`, `termomagnética`), a Rivera trader's portuñol (`preciso`, `quanto
custa`, `retentor`, `parafuso`, `meia dúzia`), purchasing e-mails and a Finnish engineer's English,
written blind) or catalog 22 (`python -m bench.catalog22`, bench/corpus22, a Panamanian house in
the Colón Free Zone, Panama City and David on Oracle NetSuite whose item IDs are matrix item names,
parent and child joined by ` : `, `RODAMIENTO : 6204-2RS : SKF`, written whole, lower case or with
the colons closed up, `RODAMIENTO:6204-2RS:SKF`, or by the five-digit internal ID off an invoice,
`ID 10683`, lifting and rigging (shackles by size and WLL, wire-rope clips, turnbuckles, wire rope
by diameter and 6x19/6x36 sold by the metre, grade-80 chain by the metre, chain and lever hoists,
polyester slings by WLL, length and colour code from Crosby, Green Pin, CM, Yale, Gunnebo,
SpanSet) and automation (inductive proximity sensors M12/M18/M30 PNP/NPN NO/NC, photoelectric
sensors, limit switches, VFDs by kW/HP and supply, relays by coil voltage, timers from Omron, Sick,
IFM, Banner, Telemecanique, Schneider, ABB, Siemens, Finder), units UN/M, prices in USD,
Panamanian WhatsApp Spanish, canal and port purchasing e-mails, a Colombian (`guaya`, `balinera`,
`relevo`, `taco`, `1.000`) and a Costa Rican re-seller (`diay`, `ocupo`, `cojinete`), a Bocas
plantation's Caribbean English and a US marine-services company's English, written blind)
or catalog 23 (`python -m bench.catalog23`, bench/corpus23, a Honduran house in San Pedro Sula,
Tegucigalpa and San Salvador on JD Edwards EnterpriseOne whose item IDs are 2nd Item Numbers,
`BO-1042`, written whole, lower case or without the dash, `BO1042`, and whose names are Description
1 cut to 30 characters, pumps and water (centrifugal pumps by HP and phase, 4" well pumps by HP and
GPM, drainage and sewage submersibles, pressure tanks, pressure switches, foot valves, pump cable
by the metre from Pedrollo, Barnes, Franklin, Evans, Well-X-Trol, Varem) and turning tools (ISO
inserts CNMG 120408 or CNMG 432 for steel, stainless or cast iron in boxes of ten, toolholders by
insert, hand and shank from Sandvik, Mitsubishi, Kennametal), units EA/M, prices in lempiras,
Honduran WhatsApp Spanish (`balinera`, `faja`, `1 caballo`, `pastilla`), sugar and palm-oil mills'
purchasing e-mails, Salvadoran Spanish, a Korean maquila's second-language English, a mine's US
English and a Roatán shipyard's Bay Islands English, written blind).

    python bench/corpus_eval.py tune [--show]   # tuning set; --show lists the misses
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.catalog2.erp import write_folder  # noqa: E402
from bench.catalog2.universe import pick, universe  # noqa: E402
from bot import migrate  # noqa: E402
from bot.db import make_engine  # noqa: E402
from bot.demo.writer import write_demo  # noqa: E402
from bot.erp.importer import import_folder  # noqa: E402
from bot.matching.index import CatalogIndex  # noqa: E402
from bot.matching.matcher import MatchResult, match_line  # noqa: E402
from bot.matching.service import context_for  # noqa: E402
from bot.models import Customer  # noqa: E402

# catalog N → how many products its ERP folder holds: catalogs 3 to 23 were each labelled at one
# size (cached in bench/.work/catalogN), their lines in bench/corpusN, written blind by another
# engineer. A new blind catalog is one more entry here.
BLIND_SIZES = {3: 1511, 4: 1024, 5: 891, 6: 1010, 7: 1018, 8: 780, 9: 782, 10: 779, 11: 863,
               12: 975, 13: 837, 14: 879, 15: 923, 16: 832, 17: 629, 18: 518, 19: 516, 20: 521,
               21: 489, 22: 488, 23: 455}  # fmt: skip
# catalog 2's and the demo's lines (bench/corpus), then every blind catalog's
CORPORA = (ROOT / "bench" / "corpus", *(ROOT / "bench" / f"corpus{n}" for n in BLIND_SIZES))
# catalog → how to write its ERP folder and how many products that writes
LABELLED: dict[str, tuple[Callable[[Path], object], int]] = {
    f"catalog{n}": (importlib.import_module(f"bench.catalog{n}.erp").write, size)
    for n, size in BLIND_SIZES.items()
}
CATALOGS = ("catalog2", "demo", *LABELLED)
WORK = ROOT / "bench" / ".work"
ITEM_KINDS = {"description", "code", "customer_part", "mfr_ref", "brand_open"}
# Units that name the same thing (catalog 5 sells by the piece as `PZA`, as Mexico writes it;
# catalog 7 prints Protheus's Portuguese units: `PC` peça, `MT` metro, `CX` caixa, `JG` jogo;
# catalog 8 sells by the `UD` unidad, as Spain writes it; catalog 9 prints Odoo's Spanish units,
# `Unidades`, `Par`, `Juego`; catalog 10 Business Central's unit codes: `UND` unidad, `PAR` par,
# `CAJ` caja; catalog 13 Siesa's `MTS` metros).
UOM_SAME = {"PR": "PAIR", "PAIR": "PAIR", "PAR": "PAIR", "Par": "PAIR", "UN": "EA", "EA": "EA",
            "PZA": "EA", "PC": "EA", "UD": "EA", "UND": "EA", "Unidades": "EA", "MT": "M",
            "MTS": "M", "CX": "CJ", "CAJ": "CJ", "JG": "JGO", "Juego": "JGO",
            "lb": "LB", "LBS": "LB"}  # fmt: skip  # catalog 9 labels Odoo's "lb"


@dataclass
class Row:
    id: str
    catalog: str
    customer_id: str | None
    text: str
    expected: set[str]
    qty: Decimal | None
    uom: str | None
    kind: str
    family: str


def load(name: str) -> list[Row]:
    """The `name` set (tune or holdout) of every corpus: catalog 2, demo, 3 to 23."""
    rows = []
    for folder in CORPORA:
        rows += _load(folder / f"{name}.csv")
    return rows


def _load(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as handle:
        rows = []
        for r in csv.DictReader(handle):
            note = dict(p.split("=", 1) for p in r["note"].split(";") if "=" in p)
            rows.append(
                Row(r["id"], r["catalog"], r["customer_id"] or None, r["text"],
                    set(filter(None, r["expected_sku"].split("|"))),
                    Decimal(r["expected_qty"]) if r["expected_qty"] else None,
                    r["expected_uom"] or None, r["kind"], note.get("family", "")),
            )  # fmt: skip
        return rows


def engine_for(catalog: str, tmp: Path, products: int | None = None) -> sa.Engine:
    """A migrated SQLite database with `catalog` imported (folders cached in bench/.work)."""
    today = dt.date(2026, 11, 25)
    if catalog == "demo":
        size = products or 2500
        folder = WORK / f"demo-{size}"
        if not (folder / "receivables.csv").exists():
            write_demo(folder, products=size, seed=7, today=today)
    elif catalog in LABELLED:  # one size: the catalog its corpus was labelled on
        write, size = LABELLED[catalog]
        folder = WORK / catalog
        if not (folder / "products.csv").exists():
            write(folder)
    else:
        size = products or 1500
        folder = WORK / f"catalog2-{size}"
        if not (folder / "products.csv").exists():
            write_folder(folder, pick(universe(), size, 7), 7)
    engine = make_engine(f"sqlite:///{tmp / f'{catalog}-{size}.db'}")
    migrate.upgrade(engine)
    import_folder(engine, folder)
    return engine


class Runner:
    """Matches lines as the app does, one customer context per customer."""

    def __init__(self, engine: sa.Engine) -> None:
        self.session = Session(engine)
        self.index = CatalogIndex.build(self.session)
        self.contexts: dict[str | None, Any] = {}

    def __call__(self, text: str, customer_id: str | None) -> MatchResult:
        if customer_id not in self.contexts:
            customer = self.session.get(Customer, customer_id) if customer_id else None
            self.contexts[customer_id] = context_for(self.session, customer)
        return match_line(self.index, text, customer_id, self.contexts[customer_id])


def quantity_right(row: Row, result: MatchResult) -> bool:
    line = result.line
    if row.qty is None:
        return not line.quantity_given
    if line.quantity != row.qty:
        return False
    return line.uom is None or row.uom is None or _unit(line.uom) == _unit(row.uom)


def _unit(uom: str) -> str:
    """A unit as compared: its synonym in UOM_SAME, regardless of case (the matcher answers
    in the item's unit upper-cased, `UNIDADES`, `LB`, where Odoo prints `Unidades`, `lb`)."""
    same = {key.upper(): value for key, value in UOM_SAME.items()}
    return same.get(uom.upper(), uom.upper())


def evaluate(run: Runner, rows: list[Row], show: bool = False) -> dict[str, Any]:
    autos = right = items = covered = qty_lines = qty_ok = absent = guarded = 0
    # per family: autos, right autos, item lines, item lines answered right
    per_family: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        result = run(row.text, row.customer_id)
        sku = result.sku if result.decision == "auto" else None
        fam = per_family[row.family or row.kind]
        if sku is not None:
            autos += 1
            fam[0] += 1
            ok = sku in row.expected
            right += ok
            fam[1] += ok
            if not ok and show:
                print(f"  WRONG {row.id} {row.kind}: {row.text!r} → {sku} {result.name!r}; "
                      f"expected {sorted(row.expected)[:4]}")  # fmt: skip
        if row.kind in ITEM_KINDS:
            items += 1
            fam[2] += 1
            hit = sku in row.expected
            covered += hit
            fam[3] += hit
            if show and not hit and sku is None:
                print(f"  MISS  {row.id} {row.kind}: {row.text!r} → {result.decision} "
                      f"{result.reason}; {[c.sku for c in result.candidates[:3]]} "
                      f"expected {sorted(row.expected)[:4]}")  # fmt: skip
            qty_lines += 1
            good = quantity_right(row, result)
            qty_ok += good
            if show and not good:
                got = f"{result.line.quantity} {result.line.uom}"
                print(f"  QTY   {row.id}: {row.text!r} → {got} given={result.line.quantity_given}; "
                      f"expected {row.qty} {row.uom}")  # fmt: skip
        if row.kind == "not_stocked":
            absent += 1
            guarded += sku is None
    families = {
        f: {"precision": (v[1] / v[0] if v[0] else 1.0), "autos": v[0],
            "coverage": (v[3] / v[2] if v[2] else None), "items": v[2]}
        for f, v in sorted(per_family.items())
    }  # fmt: skip
    return {
        "lines": len(rows),
        "precision": right / autos if autos else 1.0,
        "autos": autos,
        "coverage": covered / items if items else 0.0,
        "items": items,
        "quantity": qty_ok / qty_lines if qty_lines else 1.0,
        "guarded": guarded / absent if absent else 1.0,
        "absent": absent,
        "families": families,
    }


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=["tune", "holdout"])
    parser.add_argument("--show", action="store_true", help="list the misses (tune set only)")
    parser.add_argument("--catalog", choices=CATALOGS)
    args = parser.parse_args()
    if args.show and args.set != "tune":
        parser.error("--show lists lines of the tuning set only: the holdout is never read")
    rows = load(args.set)
    with tempfile.TemporaryDirectory() as tmp:
        for catalog in CATALOGS:
            if args.catalog and catalog != args.catalog:
                continue
            mine = [r for r in rows if r.catalog == catalog]
            run = Runner(engine_for(catalog, Path(tmp)))
            result = evaluate(run, mine, args.show)
            families = result.pop("families")
            print(catalog, args.set, result)
            for name, numbers in families.items():
                print(f"    {name}: {numbers}")


if __name__ == "__main__":
    main()
