"""The buyer's item read as the catalog reads its own: words and codes that must agree.

Slips are corrected, abbreviations expanded, brands named in any of their names become a code,
sizes said in the other system or apart ("UCP 205", "5 x 100") are put as the catalog writes
them. Reading both sides the same way is what lets a code veto: a request read differently
from the catalog would veto the item it names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.matching.abbreviations import expand_abbreviations
from bot.matching.candidates import candidates_of
from bot.matching.index import (
    KINDS,
    KNOWN_BRANDS,
    CatalogIndex,
    without_accessories,
    without_brand_colour,
)
from bot.matching.lines import parse_line
from bot.matching.makers import joined_brands, split_brands
from bot.matching.neutral import NEUTRAL
from bot.matching.notation import Reading, disc_said_in_mm, read, spoken_grade, with_defaults
from bot.matching.slips import correct_typos, is_known, singular_of
from bot.matching.stated import Feature, without_lacking
from bot.matching.talk import TALK
from bot.matching.text import fold

# Copper alloys buyers name one for the other: a valve "de bronce" is often brass, and a
# buyer asks for "brass" where the house writes BRONCE. Read as the other only where no item
# that fits the rest of the line is of the one named (a house selling both keeps them apart).
# Settled, not asked: blind labellers of three houses (catalogs 6, 8, 9) took "bronce" for
# the house's brass valve as a seller does; so the alloy is no attribute bot/matching/stated.py
# vetoes on.
NEAR_MATERIALS = {"brass": "bronze", "bronze": "brass"}


def near_material(index: CatalogIndex, reading: Reading, kinds: set[str]) -> Reading:
    """The request read with the near material when the catalog has the item only in it."""
    said = reading.codes.get("material", set())
    other = NEAR_MATERIALS.get(next(iter(said))) if len(said) == 1 else None
    if other is None:
        return reading
    rest = replace(reading, codes={c: v for c, v in reading.codes.items() if c != "material"})
    entries = [index.entries[p] for p in candidates_of(index, rest, kinds)]
    # of the item named ("llave de bola de bronce": the ball valves, not the bronze check
    # valve of that size), when the catalog carries its words
    named = {w for w in reading.words if w in index.by_word} - NEUTRAL
    entries = [e for e in entries if named <= e.reading.words] or entries
    found = [e.reading.codes.get("material", set()) for e in entries]
    if any(said <= theirs for theirs in found) or not any(other in t for t in found):
        return reading
    return replace(reading, codes={**reading.codes, "material": {other}})


def name_brands(index: CatalogIndex, item: str, reading: Reading) -> None:
    """Brands the buyer named (one word, or several: "General Cable") become a code."""
    named = {w for w in reading.words if w in KNOWN_BRANDS or w in index.brands}
    folded = " " + " ".join(re.findall(r"[a-z0-9]+", fold(item).replace("gral", "general"))) + " "
    for brand in index.long_brands:  # "general cable", "holo-krome" (written "holo krome")
        if f" {' '.join(re.findall(r'[a-z0-9]+', brand))} " in folded:
            named.add(brand)
            reading.words -= set(re.findall(r"[a-z0-9]+", brand))
            without_brand_colour(reading, brand)
    for name, brand in index.brand_names.items():  # "pirelli": Prysmian, its name since 2005
        if f" {name} " in folded:
            named.add(brand)
            reading.words -= set(name.split())
            refs = reading.codes.get("ref", set())  # "acti9", a product line, read as a code
            refs.discard(name)
            if not refs:
                reading.codes.pop("ref", None)
    if not named and reading.words:  # "acqua" for Acqua System: a brand by its own first word
        for word in reading.words - NEUTRAL:
            if len(word) >= 4 and not is_known(index, word):
                heads = [b for b in index.long_brands if re.split(r"[\s-]", b)[0] == word]
                if len(heads) == 1:
                    named.add(heads[0])
                    reading.words.discard(word)
    # A seal suffix only one maker writes ("6207DDU", "6205-2RS1") names that maker when
    # the buyer named no brand: never another brand offered by the brand rule.
    maker = reading.maker
    if named:
        reading.codes["brand"] = named
        reading.words -= named
    elif maker:
        reading.codes["brand"] = set(maker)


def widen_refs(index: CatalogIndex, reading: Reading) -> None:
    """A maker's reference the catalog only has with a suffix ("LC1D18" for the
    LC1D18M7 and LC1D18BD contactors: the coil code) stands for those references."""
    for value in reading.codes.get("ref", ()):
        # "UCP208" where the catalog also sells a UCP208-24: bare, it is the 40 mm bore
        # when the buyer names the maker ("UCP205 NTN"); with a bore given ("UCP208 de
        # 1-1/2") it is whichever has that bore, and with neither maker nor bore it is a
        # question (the bore and the brand both left open), never the brand rule's pick.
        dashed = index.dashed.get(value)
        if dashed and ("ref", value) in index.by_code:
            if "brand" not in reading.codes or not BORES.isdisjoint(reading.codes):
                reading.prefixes[value] = dashed | {value}
            continue
        # "UCFL207 1-1/4" where the house sells the UCFL207 in inch bores only (UCFL207-20,
        # UCFL207-23): it stands for those, and the bore (or the buyer) tells which
        if dashed and ("ref", value) not in index.by_code:
            reading.prefixes[value] = set(dashed)
            continue
        if ("ref", value) in index.by_code or len(value) < 5 or not REF_PREFIX.fullmatch(value):
            continue
        longer = index.refs_starting(value)
        if longer:
            reading.prefixes[value] = longer


BORES = {"inch", "mm", "thread", "number"}  # a size the buyer gave beside a designation


REF_PREFIX = re.compile(r"[a-z]+\d+[a-z0-9]*|\d+[a-z]+[a-z0-9]*")


def request_key(reading: Reading) -> str:
    """The request's words and codes in one canonical string: what learning remembers.

    "Rodamiento 6204 sellado" and "rulemanes 6204 2rs" have the same key.
    """
    codes = sorted(f"{c}={v}" for c, vs in reading.codes.items() for v in vs)
    return " ".join(sorted(reading.words) + codes)[:500]


def learn_key(index: CatalogIndex, text: str) -> str:
    """The key `text` is remembered under (see `request_key`)."""
    return request_key(read_request(index, item_without_lacking(index, parse_line(text).item)[0]))


def item_without_lacking(index: CatalogIndex, item: str) -> tuple[str, tuple[Feature, ...]]:
    """The item without what the buyer says it lacks, and those features (see
    bot/matching/stated.py); the item as written when it says nothing is lacking."""
    text, lacking = without_lacking(
        item, index.vocabulary, lambda word: word in index.by_word, NEUTRAL | TALK
    )
    text, lacking = (text, lacking) if lacking else (item, ())
    # "juego de copas 1/4 SAE", "imperial hex keys": the inch tool, in a house that names its
    # metric tools so ("milimétrico") and never writes SAE: whatever is not metric (SAE 30, an
    # oil's grade, and SAE 100R2, a hose's, stay as written)
    if "metric" in index.by_word and "sae" not in index.by_word:
        folded = fold(text)
        if SAE_WORD.search(folded):
            return SAE_WORD.sub(" ", folded), (*lacking, (frozenset({"metric"}), frozenset()))
    return text, lacking


SAE_WORD = re.compile(
    r"\b(?:sae|imperial)\b(?!\s*-?\s*(?:\d{1,2}w|100r|\d{2,3}\b(?!\s*(?:pz|pzs|pzas?|pcs?|piezas?|pieces?)\b)))"
)


def read_request(index: CatalogIndex, item: str) -> Reading:
    """The request's item read as the catalog reads its own: slips corrected, then words
    the catalog does not know read as its abbreviations where they are ("tf": termofusion)."""
    text = joined_brands(fold(spoken_grade(item)), index.brands)
    text = correct_typos(index, split_brands(text, index.long_brands))
    if text.startswith("alemite"):  # "alemite 1/4-28 a 45° Lincoln": the fitting, by its name
        text = ALEMITE_KIND.sub("grasera", text)
    if " " in text or "-" in text:  # "ucp 205", "UCF-208": the catalog's UCP205, UCF208
        text = SPACED_REF.sub(lambda m: m[1] + m[2] if ("ref", m[1] + m[2]) in index.by_code
                              or m[1] + m[2] in index.dashed else m[0], text)  # fmt: skip
    text = joined_dimensions(index, text)
    text = HACKSAW_TEETH.sub(r"\1 dientes", text)
    text = SPHERICAL.sub(lambda m: f"{m[1]} {'tapered' if 'k' in m[2] else 'cylindrical'} "
                         f"{m[3] or ''}", text)  # fmt: skip
    (text,), comes_with = without_accessories([text], index.vocabulary)  # "taquete con tornillo"
    reading = with_defaults(read(text, index.vocabulary), bare_is_open=index.bare_is_open)
    reading.words |= comes_with
    name_brands(index, text, reading)  # a maker's name with a slip ("Precisoin Twist")
    _catalog_singulars(index, reading)
    unknown = {w for w in reading.words if w.isalpha() and not is_known(index, w)}
    if unknown:
        expanded = expand_abbreviations(index, text, reading, unknown)
        if expanded != text:
            reading = with_defaults(
                read(expanded, index.vocabulary), bare_is_open=index.bare_is_open
            )
            reading.words |= comes_with
            name_brands(index, text, reading)
            _catalog_singulars(index, reading)
    _bronze_as_brass(index, reading)
    _electrode_in_mm(index, reading)
    disc_said_in_mm(reading)
    if "filter" in reading.words and "filter" not in index.by_word and "cartridge" in index.by_word:
        # "XHP 222 cartucho" where the house sells grease cartridges and no filters
        reading.words = (reading.words - {"filter"}) | {"cartridge"}
    elif "cartridge" in reading.words and "cartridge" not in index.by_word and "filter" in (
        index.by_word
    ):  # "RTV grey cartridge 300 ml" where the house's "CARTUCHO" reads as a filter's word
        reading.words = (reading.words - {"cartridge"}) | {"filter"}
    if "flap" in reading.words:  # "disco de lija flap": its flaps are the sandpaper, its
        reading.words -= {"sandpaper", "wheel"}  # disc the flap disc
    # "UCF208 1-1/2\" shaft": a mounted unit's shaft is its bore, where the house never
    # says "eje" (its names say "1-1/2 BORE")
    if "eje" in reading.words and "eje" not in index.by_word and reading.words & MOUNTED:
        reading.words.discard("eje")
    if "bearing" not in reading.codes and not reading.words & KINDS.keys():
        numbers = reading.codes.get("number", set())
        if any(TAPERED_NUMBER.fullmatch(n) and ("bearing", n) in index.by_code for n in numbers):
            # "30205 skf": the tapered roller bearing the catalog sells, said by number alone
            return read_request(index, f"rodamiento {item}")
    return reading


TAPERED_NUMBER = re.compile(r"3[0-3]\d{3}")


# A grease fitting called by its first maker's name where the trade says so (Venezuela's and
# Colombia's "alemite", "alemites"): opening the line with its thread or angle, it names the
# fitting, whoever makes it ("alemite 1/8 npt recta Lincoln"); beside a fitting or a gun, or with
# the maker's own number ("engrasadora Alemite", "Alemite 8578"), it is the maker
ALEMITE_KIND = re.compile(
    r"^alemites?\b(?=\s+(?:de\s+|a\s+)?(?:\d{1,2}/\d|m\d|rect|straight|45|90|\d/))"
)


MOUNTED = {"pillow_block", "flange_unit"}  # a mounted unit, by the vocabulary's words


def _catalog_singulars(index: CatalogIndex, reading: Reading) -> None:
    """A plural of a word the catalog writes singular and the vocabulary does not know
    ("puntas": PUNTA) is that word, never expanded into another ("punteras"); read again
    after an abbreviation is expanded too. The vocabulary's own words are read in the
    plural by the vocabulary (vocabulary._plurals)."""
    for word in [w for w in reading.words if w not in index.by_word]:
        singular = singular_of(index, word)
        if singular in index.by_word:
            reading.words = (reading.words - {word}) | {singular}


# An electrode's diameter in inches, as a metric house sells it ("6011 5/32": the 4.0 mm rod)
ELECTRODE_MM = {"3/32": ("2.4", "2.5"), "1/8": ("3.2",), "5/32": ("4", "4.0"),
                "3/16": ("4.8", "5")}  # fmt: skip


def _electrode_in_mm(index: CatalogIndex, reading: Reading) -> None:
    """"electrodo 7018 1/8" where the catalog sells that class by millimetres only: the
    diameter in millimetres (1/8" is the 3.2 mm rod)."""
    classes, inches = reading.codes.get("aws"), reading.codes.get("inch")
    if not classes or not inches or len(inches) != 1 or len(classes) != 1:
        return
    (inch,), (aws,) = inches, classes
    if inch not in ELECTRODE_MM:
        return
    of_class = index.by_code.get(("aws", aws), set())
    if of_class & index.by_code.get(("inch", inch), set()):
        return  # a house that sells it in inches
    for mm in ELECTRODE_MM[inch]:
        if of_class & index.by_code.get(("mm", mm), set()):
            del reading.codes["inch"]
            reading.codes["mm"] = reading.codes.get("mm", set()) | {mm}
            return


# A spherical roller bearing's designation with its suffixes ("22208E", "22216K C3",
# "22210 EK/C3"): the number, and its bore: tapered where a K says so, parallel where the
# suffix is written without one ("22208 E"); the bare number ("22208") leaves it open.
SPHERICAL = re.compile(r"(?<![\w.-])(2[1-4]\d{3})\s?(ek|k|e)(?:\s?/?\s?(c[345]))?(?![\w/])")


# A hacksaw blade's teeth per inch as Chile writes them: "hoja sierra 24d"
HACKSAW_TEETH = re.compile(r"(?<![\w.,/-])(14|18|24|32)d(?![\w/])")


# A designation's letters and number written apart ("UCP 205", "NU 208", "UC P208"): one
# reference when the catalog carries it joined.
SPACED_REF = re.compile(
    r"(?<![a-z0-9-])([a-z]{1,4})[\s-]((?:[a-z]{1,3})?[0-9]{3,5})(?![0-9/]|[.,]\d)"
)  # "ucp 210, ntn": a comma after it closes it, a decimal does not


# "destornillador plano 5 x 100": the catalog's 5X100MM, its two figures said apart
SPACED_BY = re.compile(r"(?<![\w.,/-])(\d{1,3})\s*[xX*]\s*(\d{1,4})(?![\w.,/-])")


def joined_dimensions(index: CatalogIndex, text: str) -> str:
    """Two figures said apart around an x written together where the catalog has them so
    ("destornillador phillips 6 x 150": the 6X150MM one, never 150 screwdrivers)."""
    if "x" not in text and "X" not in text and "*" not in text:
        return text

    def joined(m: re.Match[str]) -> str:
        for written in (f"{m[1]}x{m[2]}", f"{m[1]}x{m[2]}mm"):  # 5X100, 6X150MM
            if ("ref", written) in index.by_code:
                return written
        return m[0]

    return SPACED_BY.sub(joined, text)


# The pipe items a buyer calls "bronce" when they are brass (Latin America's and Spain's
# counter word for a yellow-metal valve or fitting).
YELLOW_METAL_KINDS = {"valve", "elbow", "tee", "coupling", "union", "nipple", "plug", "bushing"}


def _bronze_as_brass(index: CatalogIndex, reading: Reading) -> None:
    """"registro de bola bronce 3/4", "tapón bronce 3/8": a house that sells its valves and
    fittings in brass and none in bronze (catalog 8) offers its brass one (a question: the
    buyer stated bronze); where the catalog sells bronze too, bronze is bronze."""
    if reading.codes.get("material") != {"bronze"} or ("material", "bronze") in index.by_code:
        return
    if ("material", "brass") in index.by_code and any(
        KINDS.get(w) in YELLOW_METAL_KINDS for w in reading.words
    ):
        reading.codes["material"] = {"brass"}
