"""Catalogs 4 to 16 and their corpora (bench/catalogN, bench/corpusN) stay what their
generators write, and true to their catalog's CSV files.

Both were written blind (issue #13): their lines must keep their computed labels, and the
tune/holdout split must stay the one made before anyone ran a matcher on them. Each blind
set keeps its own content (products, customers, words) in its own folder, never read by
another blind writer, so that nothing tuned on one leaks into another; the mechanics are
shared and a new blind set imports them: bench/blind/erp_writer.py writes the ERP folder,
bench/blind/corpus.py numbers, splits, writes and checks the lines (catalogs and corpora 4
to 16 use them, but catalog 11 keeps its own ERP writer). Any change to those modules that
moves a byte of a committed CSV fails the first test here. The checks on the sets are the
same, so they live here once (and, read as a seller would, in test_blind_lines.py).
"""

from __future__ import annotations

import csv
import importlib
import io
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from bot import migrate
from bot.db import make_engine
from bot.erp.importer import import_folder

# catalog number → how many products its generator writes (a range: the generator may grow)
BLIND = {4: (1000, 1500), 5: (800, 1200), 6: (800, 1200), 7: (800, 1300), 8: (700, 1100),
         9: (700, 1100), 10: (700, 1100), 11: (700, 1100), 12: (800, 1200),
         13: (700, 1100), 14: (700, 1100), 15: (800, 1100), 16: (800, 1000),
         17: (550, 800), 18: (450, 700), 19: (450, 700), 20: (450, 700),
         21: (450, 700), 22: (450, 700), 23: (450, 700)}


def _modules(n: int) -> tuple[ModuleType, ModuleType]:
    return (importlib.import_module(f"bench.catalog{n}.erp"),
            importlib.import_module(f"bench.corpus{n}.generate"))  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _code_forms(
    rows: list[dict[str, str]], spaced_code: Callable[[str], str]
) -> tuple[list[bool], list[bool], list[bool]]:
    """For each code line: does it carry its code whole, in lower case, spaced as a label spaces it."""
    codes = [r for r in rows if r["kind"] == "code"]
    whole = [r["expected_sku"] in r["text"] for r in codes]
    lower = [r["expected_sku"].lower() in r["text"] for r in codes]
    spaced = [spaced_code(r["expected_sku"]).lower() in r["text"].lower() for r in codes]
    return whole, lower, spaced


@pytest.mark.parametrize("n", sorted(BLIND))
def test_corpus_files_are_what_the_generator_writes_and_hold_against_the_catalog(
    n: int, tmp_path: Path
) -> None:
    catalog, corpus = _modules(n)
    written = corpus.files()
    for name, text in written.items():
        assert (corpus.HERE / name).read_text(encoding="utf-8") == text, (
            f"bench/corpus{n}/{name} is stale"
        )
    catalog.write(tmp_path)
    assert corpus.check(written["all.csv"], tmp_path) == []
    rows = _rows(written["all.csv"])
    assert len(rows) >= 400
    assert {r["catalog"] for r in rows} == {f"catalog{n}"}
    assert set(Counter(r["kind"] for r in rows)) == set(corpus.KINDS)


@pytest.mark.parametrize("n", sorted(BLIND))
def test_tune_and_holdout_halve_each_kind(n: int) -> None:
    _, corpus = _modules(n)
    every, tune, holdout = (_rows((corpus.HERE / f"{name}.csv").read_text(encoding="utf-8"))
                            for name in ("all", "tune", "holdout"))  # fmt: skip
    assert {r["id"] for r in tune}.isdisjoint({r["id"] for r in holdout})
    assert sorted(r["id"] for r in tune + holdout) == sorted(r["id"] for r in every)
    tune_kinds, holdout_kinds = Counter(r["kind"] for r in tune), Counter(r["kind"] for r in holdout)
    for kind in corpus.KINDS:
        assert tune_kinds[kind] - holdout_kinds[kind] in (0, 1), (n, kind)


@pytest.mark.parametrize("n", sorted(BLIND))
def test_catalog_folder_imports_whole_and_again_changes_nothing(n: int, tmp_path: Path) -> None:
    catalog, _ = _modules(n)
    folder = tmp_path / f"catalog{n}"
    products = catalog.write(folder)
    low, high = BLIND[n]
    assert low <= len(products) <= high
    assert len({p.sku for p in products}) == len(products)
    assert any(not p.active for p in products)
    engine = make_engine(f"sqlite:///{tmp_path / f'c{n}.db'}")
    try:
        migrate.upgrade(engine)
        first = import_folder(engine, folder)
        assert first.applied and first.tables["products.csv"].inserted == len(products)
        again = import_folder(engine, folder)
        assert again.changed == 0
    finally:
        engine.dispose()


def test_catalog15_is_s4hana_material_numbers_and_forty_character_names(tmp_path: Path) -> None:
    """Catalog 15's traits a buyer meets: 18-digit material numbers with leading zeros that its
    code lines write short or whole, and names cut at S/4's 40 characters, some mid-word."""
    catalog, corpus = _modules(15)
    products = catalog.catalog()
    assert all(len(p.sku) == 18 and p.sku.startswith("0000000000") for p in products)
    assert all(len(p.name) <= 40 and p.description.startswith(p.name) for p in products)
    assert sum(p.description[len(p.name)].isalnum() for p in products) > len(products) // 3  # mid-word
    codes = [r for r in _rows(corpus.files()["all.csv"]) if r["kind"] == "code"]
    whole = sum(r["expected_sku"] in r["text"] for r in codes)
    assert 0 < whole < len(codes)


def test_catalog16_is_dotted_hierarchical_codes_written_three_ways() -> None:
    """Catalog 16's traits a buyer meets: item codes `family.subfamily.sequence` whose family is
    the product's, and code lines that copy them whole, without the dots, or without the
    leading zeros (`1.20.412`)."""
    catalog, corpus = _modules(16)
    products = catalog.catalog()
    numbers = {p.family: p.sku.split(".")[0] for p in products}
    assert len(set(numbers.values())) == len(numbers)  # one family, one number
    assert all(re.fullmatch(r"\d{2}\.\d{3}\.\d{5}", p.sku) for p in products)
    codes = [r for r in _rows(corpus.files()["all.csv"]) if r["kind"] == "code"]
    whole = sum(r["expected_sku"] in r["text"] for r in codes)
    undotted = sum(r["expected_sku"].replace(".", "") in r["text"] for r in codes)
    short = sum(corpus.short(r["expected_sku"]) in r["text"] for r in codes)
    assert whole and undotted and short and whole + undotted + short == len(codes)


def test_catalog17_is_tango_article_codes_and_barcodes_buyers_never_write() -> None:
    """Catalog 17's traits a buyer meets: Tango article codes of up to 15 upper-case letters and
    digits, one three-letter prefix per kind of item (`RUL6204ZZSKF`), a 13-digit barcode of the
    779 range on every article that no line of the corpus carries, and code lines that copy the
    code whole, in lower case, or spaced on a label's parts (`RUL 6204 ZZ SKF`)."""
    catalog, corpus = _modules(17)
    products = catalog.catalog()
    assert all(re.fullmatch(r"[A-Z]{3}[A-Z0-9]{1,12}", p.sku) for p in products)
    prefixes = {p.attrs["type"]: p.sku[:3] for p in products}
    assert all(p.sku[:3] == prefixes[p.attrs["type"]] for p in products)
    barcodes = [re.search(r"779\d{10}", p.description) for p in products]
    assert all(barcodes) and len({b.group() for b in barcodes if b}) == len(products)
    rows = _rows(corpus.files()["all.csv"])
    assert not any(re.search(r"779\d{10}", r["text"]) for r in rows)
    whole, lower, spaced = _code_forms(rows, corpus.spaced_code)
    assert any(whole) and any(lower) and any(s and not w for s, w in zip(spaced, whole, strict=True))
    assert all(w or lo or s for w, lo, s in zip(whole, lower, spaced, strict=True))


def test_catalog18_is_b1_itemcodes_supplier_numbers_and_safety_by_size() -> None:
    """Catalog 18's traits a buyer meets: SAP B1 ItemCodes of one two-letter prefix per family and
    six digits (`RO000412`), written whole, lower case or spaced (`RO 000412`); a supplier catalog
    number on every item (its first alias, at the end of its description) that some lines copy;
    and a seguridad industrial family sold by size: gloves and boots by the pair (`10 pares` is 10
    PR), a line without the size is a question, never a guess."""
    catalog, corpus = _modules(18)
    products = catalog.catalog()
    assert all(re.fullmatch(r"[A-Z]{2}\d{6}", p.sku) for p in products)
    prefixes = {p.family: p.sku[:2] for p in products}
    assert len(set(prefixes.values())) == len(prefixes) == 7
    assert all(p.sku[:2] == prefixes[p.family] for p in products)
    assert all(p.aliases and p.description.endswith(p.aliases[0]) for p in products)
    rows = _rows(corpus.files()["all.csv"])
    whole, lower, spaced = _code_forms(rows, corpus.spaced_code)
    assert any(whole) and any(lower) and any(spaced) and all(w or lo or s for w, lo, s in zip(whole, lower, spaced, strict=True))
    by_sku = {p.sku: p for p in products}
    supplier = [r for r in rows if r["kind"] == "mfr_ref" and by_sku[r["expected_sku"]].aliases[0].lower() in r["text"].lower()]
    assert supplier
    pairs = [r for r in rows if r["expected_uom"] == "PR" and r["kind"] == "description"]
    assert pairs and all(by_sku[r["expected_sku"]].family == "Seguridad industrial" for r in pairs)
    sizeless = [r for r in rows if r["kind"] == "ambiguous" and re.search(r"type:(glove|boot)", r["note"])]
    assert sizeless and all(not r["expected_sku"] and "size:" not in r["note"] for r in sizeless)


def test_catalog19_is_profit_codes_with_check_letters_lubricants_and_couplings() -> None:
    """Catalog 19's traits a buyer meets: Profit Plus article codes of one three-letter prefix per
    family, four digits, a slash and the check letter of the number (`ROD1204/X`), written whole,
    lower case or spaced (`ROD 1204/X`); lubricants sold by the container (a grease or oil line
    that names no container is a question, never a guess: `cuñete` and `tambor` are other
    items); jaw-coupling hubs by size and bore, where a size without its bore is a question; and
    `2 cajas` of a bolt sold by the unit in boxes of 50 is 100 UND."""
    catalog, corpus = _modules(19)
    products = catalog.catalog()
    assert all(re.fullmatch(r"[A-Z]{3}\d{4}/[A-Z]", p.sku) for p in products)
    assert all(p.sku[-1] == catalog.check_letter(int(p.sku[3:7])) for p in products)
    prefixes = {p.family: p.sku[:3] for p in products}
    assert len(set(prefixes.values())) == len(prefixes) == 7
    assert all(p.sku[:3] == prefixes[p.family] for p in products)
    rows = _rows(corpus.files()["all.csv"])
    whole, lower, spaced = _code_forms(rows, corpus.spaced_code)
    assert any(whole) and any(lower) and any(spaced) and all(w or lo or s for w, lo, s in zip(whole, lower, spaced, strict=True))
    by_sku = {p.sku: p for p in products}
    packed = [r for r in rows if r["kind"] == "description" and re.search(r"type:(grease|gear_oil|hyd_oil)", r["note"])]
    assert packed and all("pack:" in r["note"] for r in packed)
    packless = [r for r in rows if r["kind"] == "ambiguous" and re.search(r"type:(grease|gear_oil|hyd_oil)", r["note"]) and "pack:" not in r["note"]]
    assert packless and all(not r["expected_sku"] for r in packless)
    boreless = [r for r in rows if r["kind"] == "ambiguous" and "type:jaw_hub" in r["note"]]
    assert boreless and all("bore:" not in r["note"] for r in boreless)
    boxes = [r for r in rows if r["kind"] == "description" and re.search(r"\b(2|dos) cajas de tornillo", r["text"])]
    assert boxes and all(r["expected_qty"] == "100" and by_sku[r["expected_sku"]].pack_qty == 50 for r in boxes)
    assert sum("typo=yes" in r["note"] for r in rows) < len(rows) // 10


def test_catalog12_maker_reference_that_is_the_trades_designation_says_its_maker() -> None:
    """Koyo prints '62102RS', which is how anyone writes the 6210-2RS that FAG sells too: said
    alone it pins the designation and the seal, not the maker (the corpus's brand_open lines),
    so a maker-reference line labelled Koyo says Koyo with it, as a bare number does."""
    tune = Path(__file__).resolve().parent.parent / "bench" / "corpus12" / "tune.csv"
    with tune.open(encoding="utf-8") as fh:
        refs = [r["text"] for r in csv.DictReader(fh) if r["kind"] == "mfr_ref"]
    makers = re.compile(r"\b(skf|nsk|fag|ntn|koyo)\b", re.I)
    generic = re.compile(r"(?:^|\s)\d{4,5}(?:2rs|zz)(?:c3)?(?:\s|$)", re.I)
    assert [t for t in refs if generic.search(t) and not makers.search(t)] == []


def test_catalog20_is_acumatica_ids_with_revisions_hydraulic_fittings_and_hand_tools() -> None:
    """Catalog 20's traits a buyer meets: Acumatica InventoryIDs of one three-letter segment per
    family, four digits and a two-digit revision (`CNX-1042-01`, some `-02`/`-03`), written whole,
    lower case or spaced (`CNX 1042 01`); hydraulic adapters by their JIC and NPT ends, where a
    line naming only the JIC end is a question, never a guess; socket sets sold by the set (JGO);
    and `2 cajas` of a bolt sold by the unit in boxes of 50 is 100 UND."""
    catalog, corpus = _modules(20)
    products = catalog.catalog()
    assert all(re.fullmatch(r"[A-Z]{3}-\d{4}-0[123]", p.sku) for p in products)
    assert {p.sku[-2:] for p in products} == {"01", "02", "03"}
    prefixes = {p.family: p.sku[:3] for p in products}
    assert len(set(prefixes.values())) == len(prefixes) == 6
    rows = _rows(corpus.files()["all.csv"])
    whole, lower, spaced = _code_forms(rows, corpus.spaced_code)
    assert any(whole) and any(lower) and any(spaced) and all(w or lo or s for w, lo, s in zip(whole, lower, spaced, strict=True))
    by_sku = {p.sku: p for p in products}
    adapters = [r for r in rows if r["kind"] == "description" and re.search(r"type:jic_npt(;|$)", r["note"])]
    assert adapters and all("npt:" in r["note"] and "jic:" in r["note"] for r in adapters)
    nptless = [r for r in rows if r["kind"] == "ambiguous" and re.search(r"type:(jic_npt|jic_npt_90|jic_f_npt|orfs_npt)(;|$)", r["note"]) and "npt:" not in r["note"]]
    assert nptless and all(not r["expected_sku"] for r in nptless)
    sets = [r for r in rows if r["kind"] == "description" and "type:socket_set" in r["note"]]
    assert sets and all(r["expected_uom"] == "JGO" for r in sets)
    boxes = [r for r in rows if r["kind"] in ("description", "code") and re.search(r"\b(2|dos) cajas de", r["text"])]
    assert all(int(r["expected_qty"]) == 2 * by_sku[r["expected_sku"]].pack_qty for r in boxes)
    assert sum("typo=yes" in r["note"] for r in rows) < len(rows) // 15


def test_catalog21_is_bc_numbers_with_variants_seals_and_adhesives() -> None:
    """Catalog 21's traits a buyer meets: Business Central item numbers of one two-digit series per
    family, three digits of the base item and a variant code after a dash, the maker (`41237-SK`,
    `41237-NK`: one oil seal from SKF and from NOK) or an unbranded bulón's grade (`21109-88`),
    written whole, lower case or spaced (`41237 SK`); oil seals by shaft x bore x width, where a
    line that leaves out the lip or the compound that tell two seals apart is a question, never a
    guess; threadlockers by number, where the number without its size is a question; O-ring kits
    sold by the KIT; portuñol lines counting in Portuguese (`meia dúzia` is 6) and `2 cajas` of a
    bulón sold by the unit in boxes is twice the box."""
    catalog, corpus = _modules(21)
    products = catalog.catalog()
    assert all(re.fullmatch(r"\d{5}-[A-Z0-9]{2,3}", p.sku) for p in products)
    series = {p.family: p.sku[:2] for p in products}
    assert len(set(series.values())) == len(series) == 7
    assert all(p.sku[:2] == series[p.family] for p in products)
    bases: dict[str, set[str]] = {}
    for p in products:
        bases.setdefault(p.sku[:5], set()).add(p.brand)
    assert any(len(brands) >= 3 for brands in bases.values())  # one seal, three makers' variants
    rows = _rows(corpus.files()["all.csv"])
    whole, lower, spaced = _code_forms(rows, corpus.spaced_code)
    assert any(whole) and any(lower) and any(spaced) and all(w or lo or s for w, lo, s in zip(whole, lower, spaced, strict=True))
    by_sku = {p.sku: p for p in products}
    seals = [r for r in rows if r["kind"] == "ambiguous" and "type:oil_seal" in r["note"]]
    assert seals and all(not r["expected_sku"] and "size:" in r["note"] for r in seals)
    sizeless = [r for r in rows if r["kind"] == "ambiguous" and "type:threadlocker" in r["note"]]
    assert sizeless and all("size:" not in r["note"] and "number:" in r["note"] for r in sizeless)
    kits = [r for r in rows if r["kind"] in ("description", "code", "customer_part") and r["expected_sku"] and by_sku[r["expected_sku"].split("|")[0]].uom == "KIT"]
    assert kits and all(r["expected_uom"] == "KIT" for r in kits)
    half = [r for r in rows if r["kind"] in ("description", "brand_open") and "meia dúzia" in r["text"].lower().replace("duzia", "dúzia")]
    assert half and all(r["expected_qty"] == "6" for r in half)
    counts = {"una": 1, "uma": 1, "1": 1, "2": 2, "dos": 2, "3": 3, "tres": 3, "5": 5, "cinco": 5}
    boxes = [(m, r) for r in rows if r["kind"] in ("description", "code")
             and (m := re.search(r"\b(una|uma|1|2|dos|3|tres|5|cinco) (cajas?|caixas?|box(?:es)?) (de|of)\b", r["text"], re.I))]
    assert len(boxes) > 3 and all(int(r["expected_qty"]) == counts[m[1].lower()] * by_sku[r["expected_sku"]].pack_qty for m, r in boxes)
    assert {"portu", "en", "uy", "planta"} <= {r["note"].split("region=")[1].split(";")[0] for r in rows if "region=" in r["note"]}
    assert sum("typo=yes" in r["note"] for r in rows) < len(rows) // 15


def test_catalog22_is_netsuite_matrix_names_internal_ids_rigging_and_sensors() -> None:
    """Catalog 22's traits a buyer meets: NetSuite item IDs that are the matrix item's
    hierarchical name, parent and child joined by ` : ` (`RODAMIENTO : 6204-2RS : SKF`, one
    bearing from two makers sharing the parent `RODAMIENTO : 6204-2RS`), copied whole, in lower
    case or with the colons closed up, or asked for by the five-digit internal ID an invoice
    prints; wire rope and chain sold by the metre, whose lines count metres; a shackle, a sensor
    or a sling that leaves out what tells two apart is a question, never a guess; a Colombian
    writes a thousand `1.000`, a Panamanian `1,000`; `media docena` is 6 and `2 cajas` of a bolt
    sold by the unit in boxes is twice the box."""
    catalog, corpus = _modules(22)
    products = catalog.catalog()
    assert all(re.fullmatch(r"[A-Z ]+ : [A-Z0-9./-]+ : [A-Z0-9.]+", p.sku) for p in products)
    parents: dict[str, set[str]] = {}
    for p in products:
        parents.setdefault(p.sku.rsplit(" : ", 1)[0], set()).add(p.brand)
    assert any(len(brands) >= 3 for brands in parents.values())  # one matrix parent, three makers
    ids = [catalog.internal_id(p) for p in products]
    assert all(re.fullmatch(r"\d{5}", i) for i in ids) and len(set(ids)) == len(ids)
    rows = _rows(corpus.files()["all.csv"])
    by_sku = {p.sku: p for p in products}
    codes = [r for r in rows if r["kind"] == "code"]
    named = [r for r in codes if "code=name" in r["note"]]
    whole, lower, spaced = _code_forms(named, corpus.spaced_code)
    assert any(whole) and any(lower) and any(spaced) and all(w or lo or s for w, lo, s in zip(whole, lower, spaced, strict=True))
    by_id = [r for r in codes if "code=id" in r["note"]]
    assert len(by_id) >= 8 and all(catalog.internal_id(by_sku[r["expected_sku"]]) in r["text"] for r in by_id)
    metres = [r for r in rows if r["expected_sku"] and by_sku[r["expected_sku"].split("|")[0]].uom == "M"]
    assert metres and all(r["expected_uom"] == "M" for r in metres)
    assert any(re.search(r"\b(metros|mts|meters|m) de\b|\bx [\d.,]+ m\b", r["text"]) for r in metres)
    for kind in ("shackle", "prox", "sling", "vfd"):
        asked = [r for r in rows if r["kind"] == "ambiguous" and f"type:{kind}" in r["note"]]
        assert asked and all(not r["expected_sku"] and len(r["note"].split("fits=")[1].split("|")) > 1 for r in asked), kind
    thousand = [r for r in rows if r["expected_qty"] == "1000"]
    assert any("1.000" in r["text"] and "region=co" in r["note"] for r in thousand)
    assert all("1.000" not in r["text"] for r in thousand if "region=pa" in r["note"] or "region=us" in r["note"])
    half = [r for r in rows if r["kind"] in ("description", "brand_open") and "media docena" in r["text"].lower()]
    assert half and all(r["expected_qty"] == "6" for r in half)
    counts = {"una": 1, "1": 1, "2": 2, "dos": 2, "3": 3, "tres": 3, "5": 5, "cinco": 5}
    boxes = [(m, r) for r in rows if r["kind"] in ("description", "code")
             and (m := re.search(r"\b(una|1|2|dos|3|tres|5|cinco) (cajas?|box(?:es)?) (de|of)\b", r["text"], re.I))]
    assert len(boxes) > 3 and all(int(r["expected_qty"]) == counts[m[1].lower()] * by_sku[r["expected_sku"]].pack_qty for m, r in boxes)
    assert {"pa", "canal", "co", "cr", "car", "us"} <= {r["note"].split("region=")[1].split(";")[0] for r in rows if "region=" in r["note"]}
    assert sum("typo=yes" in r["note"] for r in rows) < len(rows) // 15


def test_catalog23_is_jde_item_numbers_thirty_character_names_pumps_and_inserts() -> None:
    """Catalog 23's traits a buyer meets: JD Edwards 2nd Item Numbers (`BO-1042`, the family's two
    letters and four digits) copied whole, in lower case or without the dash; Description 1 cut
    to JDE's 30 characters, abbreviated as the house types it; pumps by HP (`1 caballo`,
    `medio caballo`) and phase, well pumps by HP and GPM; turning inserts by ISO designation
    (`CNMG 120408`) or its inch name (`CNMG 432`), sold by the unit in boxes of ten, so `2 cajas`
    of them is 20; a pump, an insert or a bearing that leaves out what tells two apart is a
    question, never a guess; three regions write English."""
    catalog, corpus = _modules(23)
    products = catalog.catalog()
    assert all(re.fullmatch(r"(BO|HT|RO|TR|AB)-\d{4}", p.sku) for p in products)
    assert all(len(p.name) <= 30 and p.description.startswith(p.name) for p in products)
    rows = _rows(corpus.files()["all.csv"])
    by_sku = {p.sku: p for p in products}
    whole, lower, bare = _code_forms(rows, corpus.spaced_code)
    assert any(whole) and any(lower) and any(bare) and all(w or lo or b for w, lo, b in zip(whole, lower, bare, strict=True))
    inch = [r for r in rows if r["kind"] == "description" and re.search(r"\b[CTWDVS]NMG 4\d\d\b|\bNMG 33\d\b", r["text"], re.I)]
    assert inch and all(by_sku[r["expected_sku"]].attrs["type"] == "insert" for r in inch)
    boxes = [(m, r) for r in rows if r["kind"] in ("description", "code", "brand_open")
             and (m := re.search(r"\b(una|1|2|dos|3|tres|5|cinco) (cajas?|box(?:es)?) (de|of)\b", r["text"], re.I))]
    counts = {"una": 1, "1": 1, "2": 2, "dos": 2, "3": 3, "tres": 3, "5": 5, "cinco": 5}
    assert len(boxes) > 3 and all(int(r["expected_qty"]) == counts[m[1].lower()] * by_sku[r["expected_sku"].split("|")[0]].pack_qty for m, r in boxes)
    for kind in ("centrifugal", "well_pump", "insert", "ball"):
        asked = [r for r in rows if r["kind"] == "ambiguous" and f"type:{kind}" in r["note"]]
        assert asked and all(not r["expected_sku"] and len(r["note"].split("fits=")[1].split("|")) > 1 for r in asked), kind
    half = [r for r in rows if r["kind"] in ("description", "brand_open") and "media docena" in r["text"].lower()]
    assert half and all(r["expected_qty"] == "6" for r in half)
    metres = [r for r in rows if r["expected_sku"] and by_sku[r["expected_sku"].split("|")[0]].uom == "M"]
    assert metres and all(r["expected_uom"] == "M" for r in metres)
    regions = Counter(r["note"].split("region=")[1].split(";")[0] for r in rows if "region=" in r["note"])
    assert {"hn", "ingenio", "sv", "mq", "mine", "bay"} <= set(regions)
    english = [r for r in rows if "lang=en" in r["note"]]
    assert len(rows) // 6 < len(english) < len(rows) // 3
    assert all(not re.search(r"\b(código|cód\.)", r["text"], re.I) for r in english if r["kind"] == "code")
