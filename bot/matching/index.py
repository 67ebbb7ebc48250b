"""The catalog, read once into memory for matching.

Every active product is read with the same notation rules as requests (its name,
description and aliases), and posted under each code and word it carries, so a
request finds its candidates by lookup instead of scanning the catalog. Exact
paths (our SKU, catalog aliases, the customer's own part numbers) are dictionaries.

The index is built once per process and rebuilt when an import changes the
catalog (bot/matching/cache.py), never per query.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.matching import house_said
from bot.matching.house_facts import clearance_unnamed
from bot.matching.notation import NOTATION_WORDS, Reading, read_item, with_defaults
from bot.matching.stated import Feature, Stated, stated, without_lacking
from bot.matching.text import fold, part_key
from bot.matching.vocabulary import Vocabulary
from bot.models import CrossReference, ErpImport, Product, Warehouse

# Brands buyers name that the catalog may not carry: naming one must not be answered
# with another brand silently.
KNOWN_BRANDS = {
    "skf", "nsk", "fag", "ntn", "koyo", "timken", "nachi", "ina", "zkl", "iko", "fbj", "snr",
    "gates", "optibelt", "dayco", "bando", "norton", "3m", "klingspor", "tyrolit", "dewalt",
    "bosch", "makita", "lincoln", "esab", "indura", "hobart", "schneider", "abb", "siemens",
    "chint", "weg", "eaton", "legrand", "msa", "bossard", "fabory", "wurth", "unbrako",
}  # fmt: skip


# Kinds a house may not sell at all: named, they are asked for by name, so a catalog
# without them answers "nothing of that kind" (a seller completes it), never the coupling
# or the tee that happens to share the size ("abrazadera 1/2", "polea 4"). An item's text
# may say one of them of what it fits ("racor rápido … manguera 12 mm": the tube it takes).
NAMED_KINDS = {
    "clamp": "clamp", "hose": "hose", "hose_barb": "hose_barb", "pulley": "pulley",
    "flange": "flange", "chumacera": "chumacera", "bearing_housing": "chumacera",
    "gasket": "gasket", "o_ring": "o_ring", "oil_seal": "oil_seal",
    "retaining_ring": "retaining_ring", "rivet": "rivet", "shackle": "shackle",
    "wire_rope": "wire_rope", "fuse": "fuse", "cable_gland": "cable_gland",
    "ring_terminal": "terminal", "fork_terminal": "terminal", "tape": "tape",
    "turnbuckle": "turnbuckle", "sling": "sling", "limit_switch": "limit_switch",
}  # fmt: skip

# The kind of item a canonical word names; a request of a known kind is answered
# with items of that kind only ("tuerca" never gets a union).
KINDS = {
    "bearing": "bearing", "bolt": "bolt", "nut": "nut", "washer": "washer",
    "valve": "valve", "elbow": "elbow", "tee": "tee", "coupling": "coupling",
    "union": "union", "nipple": "nipple", "wheel": "disc", "flap": "disc",
    "cutoff": "disc", "belt": "belt", "electrode": "electrode", "breaker": "breaker",
    "contactor": "contactor", "cable_tie": "cable_tie", "glove": "glove",
    "glasses": "glasses", "helmet": "helmet", "ear_plug": "ear_plug", "boot": "boot",
    "mig": "wire", "drill": "drill", "anchor": "anchor", "respirator": "respirator",
    "filter": "filter", "plug": "plug", "bushing": "bushing", "sandpaper": "sandpaper",
    "sprocket": "sprocket", "chain": "chain", "pliers": "pliers", "wrench": "wrench",
    "screwdriver": "screwdriver", **NAMED_KINDS,
}  # fmt: skip


# How a name says a bearing's seal or that it has none ("6204-2RS1", "6204ZZ", "open").
SEAL_MARK = re.compile(
    r"\d(?:-|\s)?(?:2rs|rs|2z|zz|z|ddu|llu|2nse|2rsr)|\b(?:open|abiert[oa]s?|sealed|shielded|"
    r"sellad[oa]s?|blindad[oa]s?|2rs\w*|zz|2z\w*)\b"
)
COMPOUND = re.compile(r"(?<![\w-])([a-z]+(?:[-/][a-z0-9]+)+)(?![\w-])")


def house_kinds(index: CatalogIndex) -> None:
    """A kind of item the vocabulary has never seen, read from the house's own names: the
    head word several of its items of no known kind share ("Adaptador hembra giratoria JIC
    37° x …", "Eslinga plana 2 t x 3 m") is their kind, where no other item says it. A buyer
    naming a kind the house does not sell ("grillete 1/2", "manguera 1/2") is then answered
    "nothing of that kind", never with the adapter or the sling that shares the size, and
    one naming the house's word gets those items only. A word the vocabulary knows, a
    brand, or a head word of one item alone is no kind."""
    heads: dict[str, list[Entry]] = {}
    for entry in index.entries:
        if entry.kinds:
            continue
        words = fold(entry.name).split()
        head = words[0] if words else ""
        if (
            len(head) < 4
            or not head.isalpha()
            or head in index.vocabulary.words
            or head in index.brands
            or head in KNOWN_BRANDS
            or head not in entry.reading.words
        ):
            continue
        heads.setdefault(head, []).append(entry)
    carrying: dict[str, int] = {}  # how many items say each head word at all
    for entry in index.entries:
        for word in entry.reading.words & heads.keys():
            carrying[word] = carrying.get(word, 0) + 1
    for head, entries in heads.items():
        # a word other items say too ("THHN building wire …" beside "Cable THHN …") is no kind
        if len(entries) >= 2 and carrying[head] == len(entries):
            for entry in entries:
                entry.kinds = frozenset({head})
            index.house_kinds.add(head)


# How many of the house's items must carry a number of the series for it to be the ERP's
INTERNAL_SHARE = 0.9


def internal_ids(index: CatalogIndex) -> None:
    """The ERP's own record numbers, where the house gives them as aliases: plain numbers of
    one length (four to seven figures), each of one item, carried by nearly every item (a
    maker's numbers are lettered, or carried by some families only). Such a number names its
    item as the item ID does: "id interno 11353", "#10683", "código 11202 de la factura"."""
    numbered: dict[int, dict[str, int]] = {}
    for key, positions in index.by_alias.items():
        if key.isdigit() and 4 <= len(key) <= 7 and len(positions) == 1:
            numbered.setdefault(len(key), {})[key] = next(iter(positions))
    for series in numbered.values():
        if len(set(series.values())) >= INTERNAL_SHARE * len(index.entries):
            index.by_internal.update(series)


def without_brand_colour(reading: Reading, brand: str) -> None:
    """A maker whose name says a colour ("Red Head", "Blue Point") says no colour of the item."""
    colours = reading.codes.get("color")
    if colours:
        colours -= set(re.findall(r"[a-z]+", brand))
        if not colours:
            del reading.codes["color"]


def _compound_words(texts: list[str]) -> set[str]:
    """Product-line names written with a dash or slash ("V-GARD", "W-FAZ/S", "HSS-G")
    are also known joined and by their parts, as buyers write them ("vgard", "faz")."""
    words: set[str] = set()
    for text in texts:
        for compound in COMPOUND.findall(fold(text)):
            parts = re.split(r"[-/]", compound)
            words.add("".join(parts))
            words |= {p for p in parts if len(p) >= 3 and p.isalpha()}
    return words


# "UCP208-24": a designation and a number after a dash, which notation reads as one
# reference ("ucp20824"); the designation is kept beside it (`CatalogIndex.dashed`)
DASHED = re.compile(r"\b((?!m\d)[a-z]{1,4}\d{2,5})-(\d{1,3})\b(?![/.-]\d)")


# What an item comes with, after "con"/"with" ("Taquete expansivo … con tornillo", "Tuerca
# autoblocante con arandela de nylon", "Respirador N95 con válvula"): hardware sold with it.
# Never a cap ("rodamiento con tapas" is a shielded bearing, a fact of the bearing itself).
ACCESSORY = re.compile(r"(?<![\w/])(?:(?:con|with)\s+|[cw]/\s*)([a-z]+)")
ACCESSORY_KINDS = {"bolt", "nut", "washer", "valve"}
ACCESSORY_SAID = re.compile(r"(?i)\b(?:con|with)\b|[cw]/")


def without_accessories(texts: list[str], vocabulary: Vocabulary) -> tuple[list[str], set[str]]:
    """The texts without what the item comes with where that is another kind of item than
    the item itself, and the words of what it comes with. An expansion anchor sold with its
    bolt is an anchor (a buyer's "taquete 3/8" fits it as well as the plastic one, and its
    3/8 is no bolt's thread); a lock nut with a nylon washer is no washer. Where the texts
    name no other kind ("chumacera con rodamiento"), they are kept whole."""

    def kinds(words: str) -> set[str]:
        return {KINDS[w] for w in words.split() if w in KINDS}

    if not any(ACCESSORY_SAID.search(t) for t in texts):  # most items: one cheap look
        return texts, set()
    folded = [fold(t) for t in texts]
    said: set[str] = set()

    def cut(m: re.Match[str]) -> str:
        canonical = vocabulary.words.get(m[1], "")
        if not kinds(canonical) or not kinds(canonical) <= ACCESSORY_KINDS:
            return m[0]
        said.update(canonical.split())
        return " "

    without = [ACCESSORY.sub(cut, t) for t in folded]
    if not said:
        return texts, set()
    own = kinds(" ".join(vocabulary.canonicalize(t) for t in without))
    if not own or own & kinds(" ".join(said)):
        return texts, set()
    return without, said


def _without_own_code(name: str, sku: str) -> str:
    """The name without the item's own code in brackets, as Odoo's display name writes it
    ("[EL-QO120] Breaker enchufable…"): the code's pieces ("el", "se", "va", "rd") are not
    words of the item, and the code itself is found by the exact path. A name without a
    bracket is left at once: a pattern of each SKU compiled for every product of the catalog
    took most of the index's build."""
    if "[" not in name:
        return name
    return re.sub(r"\[\s*" + re.escape(sku) + r"\s*\]", " ", name, flags=re.IGNORECASE)


def _any(word: str) -> bool:
    """Every word an item's own text says is a word of that item."""
    return True


# A code of three or more numeric parts, dotted or dashed: "01.010.00314", "1.10.314"
NUMERIC_PARTS = re.compile(r"\d{1,6}(?:([.\-])\d{1,6})(?:\1\d{1,6})+")


def numeric_parts(text: str) -> str | None:
    """A hierarchical code's parts without their leading zeros, dotted ("1.10.314" for
    "01.010.00314" or "1-10-314"); None for anything else."""
    text = text.strip()
    if not NUMERIC_PARTS.fullmatch(text):
        return None
    return ".".join(part.lstrip("0") or "0" for part in re.split(r"[.\-]", text))


# A grit said as one ("grit 80", "grano 120", "33+"), not a G or a P before a number ("G20")
GRIT_SAID = re.compile(r"\d\+|\bgrit\b|\bgrano\b")
# A code closed by a check letter after a slash: "ROD1204/X", "LUB1441/S" (letters and digits
# before it, one letter after)
CHECK_LETTER = re.compile(r"([A-Za-z]{1,4}[\s-]?\d{3,8})\s?/\s?[A-Za-z]")


class ItemFields(Protocol):
    """What the index reads of a product: a `Product`, or a row of these columns."""

    sku: str
    name: str
    description: str | None
    family: str | None
    brand: str | None
    uom: str
    pack_qty: Decimal
    list_price: Decimal
    aliases: list[str]
    attributes: dict[str, str]


@dataclass
class Entry:
    sku: str
    name: str
    brand: str | None  # folded
    uom: str
    reading: Reading
    text: str  # canonical words, for fuzzy similarity
    family: str | None = None
    pack_qty: Decimal = Decimal(1)
    list_price: Decimal = Decimal(0)
    kinds: frozenset[str] = frozenset()  # what kind of item it is (KINDS)
    # the ERP's own facts (`attributes`, folded), when it gives them
    facts: dict[str, str] = field(default_factory=dict)
    # what its texts state of the attributes a buyer may state otherwise (SCH 40, class 150,
    # 316, brass: bot/matching/stated.py), and the features they say it lacks ("sin capucha")
    stated: Stated = field(default_factory=dict)
    lacks: tuple[Feature, ...] = ()
    # every word its texts spell, as written (folded): the house's own words for it
    spelt: frozenset[str] = frozenset()
    # its measures, figures and joined words, as `house_said` reads a line's
    said: frozenset[str] = frozenset()


@dataclass
class CatalogIndex:
    vocabulary: Vocabulary
    entries: list[Entry] = field(default_factory=list)
    by_sku: dict[str, int] = field(default_factory=dict)
    # Numeric codes without their leading zeros (a spreadsheet cell drops them).
    by_number: dict[str, set[int]] = field(default_factory=dict)
    # Codes of three or more numeric parts ("01.010.00314": family, subfamily, sequence) by
    # their parts without leading zeros ("1.10.314", as buyers shorten each part)
    by_parts: dict[str, set[int]] = field(default_factory=dict)
    by_alias: dict[str, set[int]] = field(default_factory=dict)
    # Codes that close with a check letter after a slash (Profit Plus's "ROD1204/X") by the
    # code without it ("rod1204", "ROD 1204"): buyers copy the number and leave the letter off
    by_unchecked: dict[str, set[int]] = field(default_factory=dict)
    # The number the house's ERP gives every record it creates (NetSuite's internal ID,
    # printed on its invoices beside the item's name: "ID 10683"), read from the aliases
    # (`internal_ids`): buyers copy it from an old invoice as they copy the item ID
    by_internal: dict[str, int] = field(default_factory=dict)
    by_code: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    # The towns the house dispatches from, as buyers write them after "en"/"in" ("callao",
    # "el alto"): its warehouses' cities and the place their names open with
    places: set[tuple[str, ...]] = field(default_factory=set)
    by_word: dict[str, set[int]] = field(default_factory=dict)
    # Items by what `house_said` reads of their texts (a measure "t:2", a figure "n:3/4"):
    # the facts path compares every item that carries what a line states, of any kind
    by_said: dict[str, set[int]] = field(default_factory=dict)
    # every value the ERP's `attributes` give (folded as `Entry.facts`): a line saying none of
    # them, and no measure nor words as one, states no fact of the house's
    fact_values: set[str] = field(default_factory=set)
    cross_refs: dict[tuple[str, str], int] = field(default_factory=dict)
    # A customer's numeric part numbers without their leading zeros ("1020333" for their
    # 0001020333); None where two of theirs would read alike.
    cross_numbers: dict[tuple[str, str], int | None] = field(default_factory=dict)
    brands: set[str] = field(default_factory=set)
    long_brands: list[str] = field(default_factory=list)  # brands of several words
    # another name a buyer gives a brand the catalog carries ("pirelli": prysmian)
    brand_names: dict[str, str] = field(default_factory=dict)
    known_words: list[str] = field(default_factory=list)
    # known words by first letter: a slip rarely hits the first letter, and a 100k
    # catalog knows tens of thousands of words
    words_by_initial: dict[str, list[str]] = field(default_factory=dict)
    version: int | None = None  # the import it reflects
    # Bearing designations named bare ("6204 SKF") and those that also come sealed: when
    # one is both, the catalog writes "bare means open" and a buyer's "6204" reads so.
    bare: set[str] = field(default_factory=set)
    stated: set[str] = field(default_factory=set)

    # A word of the vocabulary's phrases said alone ("combinada" for "llave combinada"):
    # the phrase of each meaning the catalog carries, by word
    elliptic: dict[str, dict[str, str]] = field(default_factory=dict)

    said_open: bool = False  # some item says "open" itself ("6000 open", "ABIERTO")
    # A designation the catalog also writes with a dash and a number ("UCP208-24", the
    # 1-1/2" bore of the UCP208 housing, whose bare "UCP208" is the 40 mm one): the
    # designation, and the references so written ("ucp208": {"ucp20824"})
    dashed: dict[str, set[str]] = field(default_factory=dict)
    # Inactive products by maker (folded brand), read but never offered (`retire`)
    retired: dict[str | None, list[Entry]] = field(default_factory=dict)
    # Kinds the house sells that the vocabulary does not know, read from its own names
    # (`house_kinds`): "adaptador" of "Adaptador hembra giratoria JIC 37° x …"
    house_kinds: set[str] = field(default_factory=set)
    _refs: list[str] | None = field(default=None, repr=False)  # sorted, made when first asked

    def kind_of(self, word: str) -> str | None:
        """The kind of item a word names: the vocabulary's (`KINDS`) or the house's own."""
        return KINDS.get(word) or (word if word in self.house_kinds else None)

    @property
    def bare_is_open(self) -> bool:
        """ISO's reading (no suffix: open) unless the catalog says "open" itself and
        never names bare a designation that also comes sealed."""
        return not self.said_open or not self.bare.isdisjoint(self.stated)

    @classmethod
    def build(cls, session: Session, vocabulary: Vocabulary | None = None) -> CatalogIndex:
        """Read every active product and cross reference into a new index (the inactive
        products aside, `retired`)."""
        index = cls(vocabulary or Vocabulary.load())
        index.version = session.exec(
            select(ErpImport.id).order_by(col(ErpImport.id).desc()).limit(1)
        ).first()
        columns = [col(c) for c in (Product.sku, Product.name, Product.description,
                   Product.family, Product.brand, Product.uom, Product.pack_qty,
                   Product.list_price, Product.aliases, Product.attributes)]  # fmt: skip
        # Plain rows, not ORM objects, and no garbage collection while 100k readings
        # are made: the collector would walk the growing index again and again.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            rows = session.connection().execute(
                sa.select(*columns).where(col(Product.active).is_(True))
            )
            for row in rows:
                index.add(row)
            retired = session.connection().execute(
                sa.select(*columns).where(col(Product.active).is_(False))
            )
            for row in retired:
                index.retire(row)
        finally:
            if was_enabled:
                gc.enable()
        for warehouse in session.exec(select(Warehouse)):
            for said in (warehouse.city or "", re.split(r"\s+-\s+|,", warehouse.name)[0]):
                town = tuple(re.findall(r"[a-z]+", fold(said)))
                if 0 < len(town) <= 3:
                    index.places.add(town)
        for ref in session.exec(select(CrossReference)):
            position = index.by_sku.get(part_key(ref.sku))
            if position is not None:
                key = part_key(ref.customer_part)
                index.cross_refs[(ref.customer_id, key)] = position
                if key.isdigit() and key.startswith("0"):
                    bare = (ref.customer_id, key.lstrip("0"))
                    index.cross_numbers[bare] = (
                        position if index.cross_numbers.get(bare, position) == position else None
                    )
        for phrase, canonical in index.vocabulary.words.items():
            if " " not in phrase or not all(w in index.by_word for w in canonical.split()):
                continue
            for word in phrase.split():
                if len(word) >= 4 and word.isalpha():
                    said = index.elliptic.setdefault(word, {})
                    if len(phrase) < len(said.get(canonical, phrase + " ")):
                        said[canonical] = phrase
        for name, brand in index.vocabulary.brand_names.items():
            if brand in index.brands and name not in index.brands:
                index.brand_names[name] = brand
        phrase_words = {w for phrase in index.vocabulary.words for w in phrase.split()}
        words = set(index.by_word) | phrase_words | index.brands | NOTATION_WORDS
        index.known_words = sorted(w for w in words if w.isalpha() and len(w) >= 4)
        for word in index.known_words:
            index.words_by_initial.setdefault(word[0], []).append(word)
        house_kinds(index)
        clearance_unnamed(index)
        internal_ids(index)
        return index

    def add(self, product: ItemFields) -> None:
        """Post one product (a `Product` or a row of its columns) in the index."""
        position = len(self.entries)
        self._refs = None
        entry = self._entry(product, note=True)
        self.entries.append(entry)
        key = part_key(product.sku)
        self.by_sku[key] = position
        if key.isdigit():
            self.by_number.setdefault(key.lstrip("0"), set()).add(position)
        parts = numeric_parts(product.sku)
        if parts is not None:
            self.by_parts.setdefault(parts, set()).add(position)
        checked = CHECK_LETTER.fullmatch(product.sku.strip())
        if checked is not None:
            self.by_unchecked.setdefault(part_key(checked[1]), set()).add(position)
        for alias in product.aliases:
            self.by_alias.setdefault(part_key(alias), set()).add(position)
        for category, values in entry.reading.codes.items():
            for value in values:
                self.by_code.setdefault((category, value), set()).add(position)
        for word in entry.reading.words:
            self.by_word.setdefault(word, set()).add(position)
        for said in entry.said:
            self.by_said.setdefault(said, set()).add(position)
        self.fact_values.update(entry.facts.values())
        refs = entry.reading.codes.get("ref", ())
        for m in DASHED.finditer(fold(product.name)):
            if m[1] + m[2] in refs:
                self.dashed.setdefault(m[1], set()).add(m[1] + m[2])

    def retire(self, product: ItemFields) -> None:
        """Keep an inactive product, read as the others, by its maker: never offered, but
        a line it fits as well as a product we sell is a question (see the matcher)."""
        entry = self._entry(product, note=False)
        self.retired.setdefault(entry.brand, []).append(entry)

    def _entry(self, product: ItemFields, *, note: bool) -> Entry:
        """The product read; with `note`, what it says of the catalog is noted (its brand,
        its bearings named bare)."""
        brand = fold(product.brand) if product.brand else None
        # Aliases are read beside the name: "S203-C20" is a breaker's curve and amps
        # only next to "breaker" (alone it would read as a belt).
        texts = [_without_own_code(product.name, product.sku), product.description or "",
                 *product.aliases]  # fmt: skip
        texts, comes_with = without_accessories(texts, self.vocabulary)
        reading = read_item(texts, self.vocabulary)
        kinds = frozenset(KINDS[w] for w in reading.words if w in KINDS)
        if "anchor" in kinds:  # "SIMPSON STRONG-BOLT 2", "Kwik Bolt": an anchor's line, no bolt
            kinds -= {"bolt"}
        if (
            "grit" in reading.codes
            and kinds
            and not kinds & {"disc", "sandpaper"}
            and not any(GRIT_SAID.search(fold(t)) for t in texts)
        ):
            del reading.codes["grit"]  # "G20 30": a Falk gear coupling's number, never a grit
        reading.words |= comes_with  # "taquete con tornillo" is still said of it
        if "bearing" in reading.codes and note:
            if not SEAL_MARK.search(fold(product.name)):  # "6204 SKF", not "6204 open"
                self.bare.update(reading.codes["bearing"])
            if reading.codes.get("seal", {"open"}) != {"open"}:
                self.stated.update(reading.codes["bearing"])
            self.said_open |= reading.codes.get("seal") == {"open"}
        with_defaults(reading)
        reading.words |= _compound_words(texts)
        if brand:
            reading.codes["brand"] = {brand}
            reading.words.discard(brand)
            if " " in brand or "-" in brand:
                reading.words -= set(re.findall(r"[a-z0-9]+", brand))
                without_brand_colour(reading, brand)  # "Red Head" is no red anchor
                if brand not in self.long_brands and note:
                    self.long_brands.append(brand)
            if note:
                self.brands.add(brand)
        attributes = product.attributes or {}
        facts = [f"{k.replace('_', ' ')} {v}" for k, v in attributes.items()]
        lacks = tuple(f for t in texts for f in without_lacking(t, self.vocabulary, _any)[1])
        return Entry(
            product.sku,
            product.name,
            brand,
            product.uom,
            reading,
            " ".join(sorted(reading.words)),
            product.family,
            product.pack_qty or Decimal(1),
            product.list_price,
            kinds,
            {fold(k): part_key(v) for k, v in attributes.items()},
            stated(*texts, *facts),
            lacks,
            frozenset(re.findall(r"[a-z]+", fold(" ".join(texts)))),
            house_said.said(texts),
        )

    def code_position(
        self, token: str, customer_id: str | None, *, zeros_optional: bool = True
    ) -> int | None:
        """Our SKU, or this customer's own part number, written exactly (any case, dashes).

        A numeric code also matches without its leading zeros (`100035` for
        `0100035`: a spreadsheet cell drops them) unless `zeros_optional` is off.
        """
        key = part_key(token)
        if not key:
            return None
        position = self.by_sku.get(key)
        if position is None and customer_id is not None:
            position = self.cross_refs.get((customer_id, key))
        if position is None and customer_id is not None and zeros_optional and key.isdigit():
            position = self.cross_numbers.get((customer_id, key)) if len(key) >= 5 else None
        if position is None and zeros_optional and key.isdigit() and len(key) >= 5:
            found = self.by_number.get(key.lstrip("0"), set())
            position = next(iter(found)) if len(found) == 1 else None
        if position is None and key.isdigit():  # "id interno 11353": the ERP's own number
            position = self.by_internal.get(key)
        if position is None and self.by_unchecked:  # "ROD1204" for ROD1204/X
            found = self.by_unchecked.get(key, set())
            position = next(iter(found)) if len(found) == 1 else None
        if position is None and self.by_parts:  # "1.10.314": each part without its zeros
            parts = numeric_parts(token)
            found = self.by_parts.get(parts, set()) if parts is not None else set()
            position = next(iter(found)) if len(found) == 1 else None
        return position

    def is_code(self, token: str, customer_id: str | None) -> bool:
        """Whether `token` is a code that must be kept whole (never read as a quantity)."""
        key = part_key(token)
        return (
            self.code_position(token, customer_id, zeros_optional=False) is not None
            or (len(key) >= 5 and len(self.by_alias.get(key, ())) == 1)
            # seven figures or more are never a count: a code written without its leading
            # zeros ("10088283 24", SAP's 000000000010088283) is kept whole too
            or (key.isdigit() and len(key) >= 7
                and self.code_position(token, customer_id) is not None)
        )

    def refs_starting(self, prefix: str, limit: int = 40) -> set[str]:
        """The catalog's references that begin with `prefix` and go on with a suffix
        ("lc1d18m7" for "lc1d18"; never "nu2080" for "nu208": a digit goes on a number)."""
        if self._refs is None:
            self._refs = sorted(v for c, v in self.by_code if c == "ref")
        found: set[str] = set()
        i = bisect_left(self._refs, prefix)
        while i < len(self._refs) and self._refs[i].startswith(prefix) and len(found) < limit:
            ref = self._refs[i]
            if ref != prefix and not (prefix[-1].isdigit() and ref[len(prefix)].isdigit()):
                found.add(ref)
            i += 1
        return found

    def postings(self, pairs: Iterable[tuple[str, str]]) -> list[set[int]]:
        return [self.by_code.get(pair, set()) for pair in pairs]
