"""Industrial notation, read the same way on both sides (catalog and request).

`read(text)` turns "Perno hex M8x40 8.8 zincado" or "Hex bolt DIN 933 M8x40 8.8 zinc
plated" into the same `Reading`: canonical words ({"bolt", "hex"}) and *codes*,
values by category that must agree for two texts to name the same item
({"thread": {"m8"}, "length": {"40"}, "grade": {"8.8"}, "finish": {"zinc"}}). The
matcher treats a code that differs as a veto: M8x40 is never M8x45, 6204 never
6205, 1/2" never 1-1/2".

Each rule is a regular expression applied in order; what a rule consumes is removed
so a later rule cannot read it again (the "40" of "M8x40" is a length, not a size).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from math import gcd

from bot.matching.pneumatics import TUBE_TAKEN, read_fitting, read_tube
from bot.matching.seals import read_seal
from bot.matching.text import by_value, fold
from bot.matching.turning import read_turning
from bot.matching.vocabulary import Vocabulary

Codes = dict[str, set[str]]

SEALS = {
    "2rs": "2rs", "2rs1": "2rs", "2rsh": "2rs", "2rsr": "2rs", "rs": "2rs", "ddu": "2rs",
    "llu": "2rs", "2z": "zz", "zz": "zz", "2zr": "zz", "z": "zz",
}  # fmt: skip
SEAL_WORDS = {
    "sellado": "2rs", "sellados": "2rs", "sealed": "2rs", "caucho": "2rs", "rubber": "2rs",
    "sello": "2rs", "sellos": "2rs", "seal": "2rs", "seals": "2rs", "goma": "2rs",
    "sellada": "2rs", "selladas": "2rs", "hermetico": "2rs",
    "blindado": "zz", "blindados": "zz", "shielded": "zz", "metal": "zz", "shield": "zz",
    "shields": "zz", "tapa": "zz", "tapas": "zz", "blindaje": "zz", "metalico": "zz",
    "metalicas": "zz", "metalicos": "zz", "metalica": "zz",
    "abierto": "open", "open": "open", "abiertos": "open", "sin": "open",
}  # fmt: skip
# Seal suffixes only one maker writes: "6207DDU" is an NSK bearing, "6205-2RS1" an SKF one.
MAKER_SEALS = {"ddu": "nsk", "llu": "ntn", "2rsr": "fag", "2zr": "fag", "2rs1": "skf",
               "2rsh": "skf"}  # fmt: skip
CLEARANCES = {"c2", "c3", "c4", "c5", "cn"}
MATERIALS = {
    "stainless": "stainless",
    "brass": "brass",
    "bronze": "bronze",
    "galvanized_steel": "galvanized",
    "carbon_steel": "carbon",
    "metal": "metal",
    "nitrile": "nitrile",
    "leather": "leather",
}
PIPE_WORDS = re.compile(r"\b(valve|elbow|tee|coupling|union|nipple|npt|bsp|plug|bushing|pipe)\b")
COLORS = {"red", "white", "green", "blue", "yellow", "amber", "clear", "dark", "orange", "brown",
          "gray"}  # fmt: skip
STOPWORDS = {
    "de",
    "del",
    "la",
    "el",
    "los",
    "las",
    "para",
    "con",
    "en",
    "y",
    "for",
    "with",
    "the",
    "of",
    "and",
    "mm",
    "un",
    "qty",
    "cant",
    "cantidad",
    "pcs",
    "ea",
    "in",
    # fillers a catalog may happen to contain, which never tell one item from another
    "acero", "steel", "class", "clase", "tipo", "type", "modelo", "model", "marca", "brand",
    "medida", "calidad", "quality", "nuevo", "new", "original", "good", "buen", "bueno",
    "gr",  # grado, grano, gramos: the number after it says which
    "from", "desde",  # "breakers from abb": the brand after it is read as the brand
}  # fmt: skip
# A disc's size written bare: "disco fibra 7", "flap disc 4 1/2", "7x1/16".
DISC_SIZE = re.compile(
    r"(?<![\w/.+x-])(?<!x )(4[\s-]1/2|4|5|6|7|9|10|12|14|16)(?![\s-]\d{1,2}/\d)"
    r"(?!(?!x\d)[\w/.+\"-])(?!x\d{2})(?!\s*mm)"
)
OTHER_BOLTS = re.compile(r"\b(?:socket|carriage|countersunk|anchor|flange|eye|u|j|stud|allen)\b")
REF = re.compile(r"(?=[a-z0-9]{3,})(?:[a-z]+\d[a-z0-9]*|\d+[a-z][a-z0-9]*)")
# a turning insert's shape and four letters (CNMG, DCMT) with figures after it, or a holder
TURNING_HINT = re.compile(r"\b[cdrstvw][bcnp][egmu][agmtwx]\s*-?\s*\d|holder|porta|buril")
MODEL_SLASH = re.compile(r"(?=[a-z0-9]{3,}/)(?:[a-z]+\d[a-z0-9]*|\d+[a-z][a-z0-9]*)/\d{1,3}")
NOT_REFS = {"3m", "mm2", "6ka", "10ka", "1na", "1nc", "2na", "1no"}
# DIN numbers of bolts and screws: hex (931, 933), socket head (912, 6912, 7984), countersunk
# socket (7991), button head (7380 is ISO; 9427 not), pan and cheese head (7985, 84)
# Threads per inch of the unified coarse (UNC) and fine (UNF) series, by diameter.
UNC_TPI = {"1/4": "20", "5/16": "18", "3/8": "16", "7/16": "14", "1/2": "13", "9/16": "12",
           "5/8": "11", "3/4": "10", "7/8": "9", "1": "8", "1-1/8": "7", "1-1/4": "7",
           "1-1/2": "6"}  # fmt: skip
UNF_TPI = {"1/4": "28", "5/16": "24", "3/8": "24", "7/16": "20", "1/2": "20", "9/16": "18",
           "5/8": "18", "3/4": "16", "7/8": "14", "1": "12", "1-1/8": "12", "1-1/4": "12",
           "1-1/2": "12"}  # fmt: skip
SERIES = re.compile(r"\b(unc|unf)\b")
BOLT_DINS = {"931", "933", "912", "6912", "7984", "7991", "7985", "84"}
ISO_TO_DIN = {"4017": "933", "4014": "931", "4762": "912", "10642": "7991", "4032": "934",
              "7089": "125", "7040": "985", "8734": "7979"}  # fmt: skip


@dataclass
class Reading:
    """What a text says: canonical words, codes that must agree, and any numbers left."""

    words: set[str] = field(default_factory=set)
    codes: Codes = field(default_factory=dict)
    # the maker a seal suffix only one maker writes names ("6207DDU": NSK); not a code
    maker: frozenset[str] = frozenset()
    # a maker's reference written without its variant suffix ("LC1D18" for "LC1D18M7"):
    # the catalog's references it may stand for (set by the matcher)
    prefixes: dict[str, set[str]] = field(default_factory=dict)
    # facts the text left out and `with_defaults` supplied ("6204" read as the open one)
    assumed: set[str] = field(default_factory=set)

    def add(self, category: str, value: str) -> None:
        self.codes.setdefault(category, set()).add(value)


def _num(text: str) -> str:
    """'1,0' and '1.0' → '1'; '1.60' → '1.6', '08' → '8': numbers compare by value."""
    return by_value(text).lstrip("0") or "0"


def _dim(text: str) -> str:
    """A dimension after an x: "1-1/2" and "1 1/2" alike (#14 x 1-1/2 is not #14 x 1)."""
    whole, _, fraction = text.replace(" ", "-").rpartition("-")
    return _inch(whole, fraction) if "/" in fraction and whole else _num(text)


def _inch(whole: str | None, fraction: str | None) -> str:
    """Canonical inch size: '1 1/2' → '1-1/2', '1/2' → '1/2', '2' → '2'."""
    if whole and fraction:
        return f"{int(whole)}-{fraction}"
    return fraction or str(int(whole or "0"))


INCH_MARK = r'(?:"|\s?in\b|\s?inch(?:es)?\b|\s?pulg(?:adas?)?\b|\s?pulgadas?\b|\s?plg\b)'
# A mixed number's whole part is at most 12 ("1 1/2", "4-1/2"): in "fleetweld 35 3/32" the
# 35 names the rod and the 3/32 is its size; a figure ending a maker's code is not one
# ("KB-TZ2 3/8x3" is 3/8", never 2-3/8"), while "1/2x1-1/2" keeps its length
FRACTION = r"(?:(?<![a-wyz0-9])(1[0-2]|[1-9])[\s-])?(\d{1,2}/\d{1,2})"

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Reading], None]]


def _coil(m: re.Match[str]) -> str:
    """A coil voltage as "220vac": ca/cc are Spanish for ac/dc; unsaid is ac from 100 V.
    Below 100 V, unsaid, it is a coil of that voltage, AC or DC (`coil_24v`: "24v")."""
    said: str | None = m[2]
    if said is None and int(m[1]) < 100:
        return f" coil_{m[1]}v "
    kind = {"ca": "ac", "cc": "dc", "cd": "dc", None: "ac"}.get(said, said)
    return f" {m[1]}v{kind} "


def _metric(m: re.Match[str], r: Reading) -> None:
    r.add("thread", f"m{_num(m[1])}")
    if m[2] and m[3]:  # M8x1.25x40: pitch then length
        r.add("pitch", _num(m[2]))
        r.add("length", _num(m[3]))
    elif m[2]:
        value = _num(m[2])
        # A second number under 4 with a decimal is a pitch (M8x1.25), else a length.
        (r.add("pitch", value) if "." in value and float(value) < 4 else r.add("length", value))


def _unc(m: re.Match[str], r: Reading) -> None:
    r.add("thread", _inch(m[1], m[2]) if m[2] else m[3])
    r.add("tpi", m[4])
    if m[5] or m[6]:
        r.add("length_in", _inch(m[5], m[6]) if m[6] else str(int(m[7])))
    elif m[7]:
        r.add("length_in", str(int(m[7])))


def _unc_no_tpi(m: re.Match[str], r: Reading) -> None:
    """"3/8 UNC", "3/8 unc x 1": the thread, and the length when one follows."""
    r.add("thread", m[1])
    if m[3]:
        r.add("length_in", _inch(m[2], m[3]))
    elif m[4]:
        r.add("length_in", str(int(m[4])))


def _inch_bolt(m: re.Match[str], r: Reading) -> None:
    r.add("thread", _inch(m[1], m[2]))
    r.add("length_in", _inch(m[3], m[4]) if m[4] else str(int(m[5])))


def _designation(m: re.Match[str], r: Reading) -> str:
    r.add("bearing", m[1] + (m[2] if m.re is BEARING_SET else ""))
    return " "


def _sprocket(m: re.Match[str], r: Reading) -> str:
    r.add("chain", m[1])
    r.add("teeth", str(int(m[2])))
    return " "


def _chain(m: re.Match[str], r: Reading) -> str:
    r.add("chain", m[1].lstrip("0"))
    if m.re is CHAIN_STRANDS:
        r.add("strands", m[2])
    return " link " if m[0].startswith("link") else " "  # "link 80" is still a link


def _teeth(m: re.Match[str], r: Reading) -> str:
    r.add("teeth", str(int(m[1])))
    return " "


def _drill(m: re.Match[str], r: Reading) -> str:
    r.add("diameter", _num(m[1]))
    return " "


def _rating(m: re.Match[str], r: Reading) -> str:
    r.add("rating", m[1])
    return " "


def _braids(m: re.Match[str], r: Reading) -> str:
    r.add("rating", "r1" if m[1] in ("1", "one", "una") else "r2")
    return " "


def _dash(size: str) -> str:
    """A hydraulic dash size in sixteenths of an inch: -4 is 1/4", -16 is 1", -20 1-1/4"."""
    n = int(size)
    whole, rest = divmod(n, 16)
    if not rest:
        return str(whole)
    g = gcd(rest, 16)
    fraction = f"{rest // g}/{16 // g}"
    return f"{whole}-{fraction}" if whole else fraction


def _nipple(m: re.Match[str], r: Reading) -> str:
    r.add("inch", _inch(m[1], m[2] or m[3]))
    r.add("length_in", _inch(m[4], m[5]) if "/" in m[5] else _num(m[5]))
    return " "


def _cylinder(category: str, m: re.Match[str], r: Reading) -> str:
    r.add(category, str(int(m[1] or m[2])))
    return " "


def _cylinder_bare(m: re.Match[str], r: Reading) -> str:
    r.add("bore", str(int(m[1])))
    r.add("stroke", str(int(m[2])))
    return " "


def _stud(m: re.Match[str], r: Reading) -> str:
    number, fraction, metric = m[1] or m[4], m[2] or m[5], m[3] or m[6]
    r.add("stud", f"#{int(number)}" if number else fraction if fraction else f"m{int(metric)}")
    return " terminal "


def _tape(m: re.Match[str], category: str, r: Reading) -> str:
    r.add(category, _num(m[1]))
    return " "


def _motor_power(m: re.Match[str], r: Reading) -> str:
    r.add(m[2], m[1] if "/" in m[1] else _num(m[1]))
    return " "


def _motor_speed(m: re.Match[str], r: Reading) -> str:
    rpm = int(m[1])
    poles = next((p for p, low, high in MOTOR_POLES if low <= rpm <= high), None)
    if poles:
        r.add("poles", poles)
    return " "


MOTOR_POLES = [("2p", 2700, 3600), ("4p", 1350, 1800), ("6p", 950, 1200), ("8p", 700, 900)]


def _bearing(m: re.Match[str], r: Reading) -> None:
    r.add("bearing", m[1])
    if m[2]:
        r.add("seal", SEALS[m[2]])
        if m[2] in MAKER_SEALS:
            r.maker |= {MAKER_SEALS[m[2]]}
    if m[3]:
        r.add("clearance", m[3])


def _consumed(
    handle: Callable[[re.Match[str], Reading], None], m: re.Match[str], r: Reading
) -> str:
    handle(m, r)
    return " "


def _amps(m: re.Match[str], r: Reading) -> str:
    r.add("amps", m[1])
    return " "


def _ends(m: re.Match[str], r: Reading) -> str:
    """"M-H", "macho-hembra", "hembra macho": the same fitting, its ends in one order."""
    ends = [(w or "")[:1] for w in (m[1] or m[3], m[2] or m[4])]
    r.add("ends", "".join(sorted(ends)))
    return " "


def _grade(m: re.Match[str], r: Reading) -> str:
    r.add("grade", f"gr{m[1]}")
    return " "


# A grade before a thread: "grado 5 3/8-16" is grade 5 in 3/8", never a 5-3/8" thread
GRADE_FIRST = re.compile(r"\b(?:grade|grado|gr|g)\.?\s?([58])\b(?![./]|\s*-\s*\d)")
INCH_BOLT = re.compile(
    r"(?<![\w/.-])" + FRACTION + r"\"?\s*x\s*(?:(?:(\d{1,2})[\s-])?(\d{1,2}/\d{1,2})"
    r"|(\d{1,2}))\"?(?![\d/])"
)

RULES: list[Rule] = [
    (GRADE_FIRST, lambda m, r: r.add("grade", f"gr{m[1]}")),
    # UNC inch threads: 1/4"-20 UNC x 1-1/2"
    (
        re.compile(
            r"(?<![\w/.-])(?:" + FRACTION + r"|(1))\"?\s*-\s*(\d{1,2})\s*(?:unc|unf)?"
            r"(?:\s*x\s*(?:(?:(\d{1,2})[\s-])?(\d{1,2}/\d{1,2})|(\d{1,2}))\"?)?(?![\d/])"
        ),
        _unc,
    ),
    # "3/8 UNC": a thread even without its threads per inch
    (
        re.compile(
            r"(?<![\w/.-])(\d{1,2}/\d{1,2})\"?\s*(?:unc|unf)\b(?!\s*-)"
            r"(?:\s*x\s*(?:(?:(\d{1,2})[\s-])?(\d{1,2}/\d{1,2})|(\d{1,2}))\"?(?![\d/.]))?"
        ),
        _unc_no_tpi,
    ),
    # Inch bolts written without threads per inch: "perno 3/8 x 1-1/2" (only beside "bolt")
    (
        re.compile(
            r"(?<=bolt )\s*" + FRACTION + r"\"?\s*x\s*(?:(?:(\d{1,2})[\s-])?(\d{1,2}/\d{1,2})"
            r"|(\d{1,2}))\"?(?![\d/])"
        ),
        _inch_bolt,
    ),
    # Metric threads: M8x40, M8 x 40, m8*40, M8-40, M8X40mm, M8x1.25x40, M8, "m8 por 25",
    # "m8 by 40" (dictated)
    (
        re.compile(
            r"\bm(\d{1,2}(?:[.,]\d)?)(?![a-ln-wyz])(?:(?:\s*[x*-]\s*|\s+(?:por|by)\s+)"
            r"(\d{1,3}(?:[.,]\d{1,2})?)"
            r"(?:\s*[x*]\s*(\d{1,3}))?)?\s*(?:mm\b)?"
        ),
        _metric,
    ),
    # A letter prefix and its number are one designation: "L-070" is "L070" (a jaw
    # coupling size); "UCP205-16" (inch bore) is not "UCP205" (25 mm bore).
    (
        re.compile(r"\b(?![abcem]-)([a-z]{1,2})-(\d{2,3})\b(?![/.-]\d)"),
        lambda m, r: r.add("ref", m[1] + m[2]),
    ),
    (
        re.compile(r"\b((?!m\d)[a-z]{1,4}\d{2,5})-(\d{1,3})\b(?![/.-]\d)"),
        lambda m, r: r.add("ref", m[1] + m[2]),
    ),
    (
        re.compile(r"\be\s?(\d{4}|308l?-?16)\b"),
        lambda m, r: r.add("aws", "e" + m[1].replace("-", "")),
    ),
    # Deep groove ball bearings: 6204, 6204-2RS, 6204 2rsh, 6204ZZ, 6204-2Z/C3
    (
        re.compile(
            r"\b(6[02389]\d{2}|160\d{2})\s*[-/]?\s*(2rs1|2rsh|2rsr|2rs|rs|ddu|llu|2zr|2z|zz|z)?"
            r"(?:\s*[/-]?\s*(c3|c4))?\b"
        ),
        _bearing,
    ),
    (
        re.compile(r"\b(din|iso)\s*-?\s*(\d{2,5})\b"),
        lambda m, r: r.add("din", ISO_TO_DIN.get(m[2], m[2]) if m[1] == "iso" else m[2]),
    ),
    (re.compile(r"\bg?(8\.8|10\.9|12\.9)\b"), lambda m, r: r.add("grade", m[1])),
    (re.compile(r"\b(a2|a4)(?:-[78]0)?\b"), lambda m, r: r.add("grade", m[1])),
    (re.compile(r"\b(\d{2})-(\d{3})\b"), lambda m, r: r.add("model", f"{m[1]}-{m[2]}")),
    (
        re.compile(r"\b(?:grade|grado|gr|g)\.?\s?([58])\b(?!\.)"),
        lambda m, r: r.add("grade", f"gr{m[1]}"),
    ),
    # Abrasive wheel dimensions: 115x1.0x22.23, 115 x 1,6; a cable tie's length and width
    # with the millimetres said after the first ("370mm x 7.6", "200 mm x 4,8")
    (
        re.compile(
            r"\b(\d{2,3})\s*(?:mm\s*)?x\s*(\d{1,2}[\s-]\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}|"
            r"\d{1,2}(?:[.,]\d{1,2})?)(?![\d/])(?!\s*(?:ml|g|gr|grs)\b)"
            r"(?:\s*x\s*(\d{1,2}(?:[.,]\d{1,2})?)(?![\d/]))?"
        ),
        lambda m, r: r.add("dims", f"{m[1]}x{_dim(m[2])}"),
    ),
    # Inch sizes with a mark: 1/2", 1-1/2 in, 1 1/2 pulg, 2"
    (
        re.compile(r"(?<![\d/-])" + FRACTION + INCH_MARK),
        lambda m, r: r.add("inch", _inch(m[1], m[2])),
    ),
    (
        re.compile(r"(?<![\d/.-])(\d{1,2})" + INCH_MARK),
        lambda m, r: r.add("inch", _inch(m[1], None)),
    ),
    # Bare fractions are inches too in this trade: "valvula 1/2 npt"; never a coil's
    # frequencies ("bobina 220 VCA 50/60 Hz")
    (
        re.compile(r"(?<![\d/-])" + FRACTION + r"(?![\d/])(?!\s?hz\b)"),
        lambda m, r: r.add("inch", _inch(m[1], m[2])),
    ),
    (re.compile(r"\b(\d{1,2}|1/0)\s*awg\b"), lambda m, r: r.add("awg", m[1])),
    (re.compile(r"\b(\d{1,3}(?:[.,]\d{1,2})?)\s*mm2\b"), lambda m, r: r.add("section", _num(m[1]))),
    (re.compile(r"\b([1234])\s*p\b"), lambda m, r: r.add("poles", m[1] + "p")),
    (re.compile(r"\bcurve_([bcd])\b"), lambda m, r: r.add("curve", m[1])),
    # an overload relay's setting said as its range, the A left out: "rango 7-10", "range
    # 2,5-4", "regulación 9 a 13"
    (
        re.compile(
            r"\b(?:rango|range|regulacion|ajuste|setting)\s*(?:de\s+)?(\d{1,2}(?:[.,]\d{1,2})?)"
            r"\s*(?:-|a|to)\s*(\d{1,3}(?:[.,]\d{1,2})?)(?:\s*(?:a|amps?)\b)?(?![\w.,/-])"
        ),
        lambda m, r: r.add("amps", f"{_num(m[1])}-{_num(m[2])}"),
    ),
    # a current range, an overload relay's setting: "7-10A", "7 a 10a", "2,8-4 A" (one code)
    (
        re.compile(
            r"(?<![\w.,/-])(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:-|a|to)\s*(\d{1,3}(?:[.,]\d{1,2})?)"
            r"\s*a\b(?!-)"
        ),
        lambda m, r: r.add("amps", f"{_num(m[1])}-{_num(m[2])}"),
    ),
    # amperes, never a Spanish range ("de 8 a 24 mm": from 8 to 24); "de 18A" is 18 A; never
    # the "a" between a fitting's two ends ("JIC #6 a NPT 1/4": from JIC -6 to NPT 1/4)
    (
        re.compile(r"(?<!/)\b(\d{1,3})a\b(?!-)|(?<!\bde )(?<!/)\b(\d{1,3})\s+a\b(?!-)"
                   r"(?!\s+(?:npt|nptf|bsp|bspp|bspt|jic|orfs|sae|unc|unf|nps)\b)"),
        lambda m, r: r.add("amps", m[1] or m[2]),
    ),
    (re.compile(r"\b(\d{2,3})\s*v\s*(ac|dc)\b"), lambda m, r: r.add("coil", f"{m[1]}v{m[2]}")),
    (re.compile(r"\ber\s?70s-?6\b"), lambda m, r: r.add("aws", "er70s6")),
    (re.compile(r"\b(?:grit|grano|g|p)\s?(\d{2,4})\+?(?!\w)"), lambda m, r: r.add("grit", m[1])),
    (re.compile(r"\b(\d{2,3})\+(?!\w)"), lambda m, r: r.add("grit", m[1])),
    (re.compile(r"\b(\d{2,4})\s*(?:grit|grano)\b"), lambda m, r: r.add("grit", m[1])),
    # Volumes: a 10 ml threadlocker is not its 50 ml bottle
    (re.compile(r"\b(\d{1,4}(?:[.,]\d)?)\s*ml\b"), lambda m, r: r.add("volume", _num(m[1]) + "ml")),
    # V-belts: A42, B-50, 3V500
    (
        # never a maker's number with a leading zero or a decimal ("A0026.0")
        # nor a Spanish range ("de 8 a 24 mm")
        re.compile(r"(?<!\d )\b(a|b|c|3v|5v)\s?-?([1-9]\d{1,3})\b(?!\.\d)"),
        lambda m, r: r.add("belt", f"{m[1]}{m[2]}"),
    ),
    (re.compile(r"\b(\d{1,2}(?:[.,]\d)?)\s*mm\b"), lambda m, r: r.add("mm", _num(m[1]))),
    (
        re.compile(r"\b(?:talla|tala|talle|size|sz|t)\s*-?\s*(xxl|xl|xs|s|m|l|\d{1,2})\b"),
        lambda m, r: r.add("size", m[1]),
    ),
    # a garment's size in letters no word spells, said bare ("chaleco reflectivo amarillo XL")
    (re.compile(r"(?<![\w-])(xxl|xl|xs)(?![\w-])"), lambda m, r: r.add("size", m[1])),
]


# Items that carry no current: a figure with an A on them is a maker's line, not amperes
NO_CURRENT = {"electrode", "wheel", "flap", "grinding", "sandpaper"}
# An attribute's label in a display name (Odoo: "Sello: Abierto", "Seal: ZZ"): the word
# "sello" would say sealed where the value says open
SEAL_LABEL = re.compile(r"\b(?:sellos?|seals?|blindaje|sellado)\s*:")
ABBREVIATION_DOT = re.compile(r"(?<=[a-z]{2})\.(?=[a-z])")
CLOSE_NIPPLE = re.compile(r"\"?\s*x\s*(?=corrido\b|close\b)")
ELBOW_ANGLE = re.compile(r"\b(45|90)\b(?:\s*(?:deg|degrees?|grados?)\b)?")
ANGLE = re.compile(r"\b(45|90)\s*(?:deg|grados?|degrees?)\b")
ZINC = re.compile(r"\bzinc\b")
BEFORE_PIPE_THREAD = re.compile(
    r"(?<![\d/.\w-])(\d{1,2}(?:[\s-]\d{1,2}/\d{1,2})?)\s+(?=(?:npt|bsp)\b)"
)
# A reducing fitting's whole size before a fraction: "1x1/2"", "2 x 3/4" (both in inches)
WHOLE_BY_FRACTION = re.compile(r"(?<![\w./,-])([1-4])\s*x\s*(\d{1,2}/\d{1,2})(?![\d/])\"?")
BARE_PIPE_SIZE = re.compile(
    r"(?<![\w./#,-])(?<!x )(?<!\b(?:pn|no) )([1-4]|[0-3]?[.,](?:5|50|25|75))"
    r"(?![\w./,\"-]|\s*(?:x\b|/|vias?\b|way\b|piezas?\b|pzas?\b|pcs?\b|pieces?\b))"
    # never a count of an assembly's parts: "(2 mazas, 2 mangas y empacaduras)", "4 pernos"
    r"(?!\s+(?:hubs?|mangas?|sleeves?|bolts?|nuts?)\b)"
)
QUARTERS = {"25": "1/4", "5": "1/2", "50": "1/2", "75": "3/4"}


def _pipe_size(m: re.Match[str]) -> str:
    """ "2" → 2"; "1.5" → 1-1/2"; ".75" → 3/4" """
    whole, _, part = m[1].replace(",", ".").partition(".")
    size = _inch(whole if whole.strip("0") else None, QUARTERS[part]) if part else whole
    return f' {size}" '


# "breaker din 2x10a", "contactor din": DIN without a standard's number (DIN 933) on what
# clips on a rail is the rail, as "DIN rail" and "riel DIN" are (vocabulary.csv: din_rail)
BARE_DIN = re.compile(r"\bdin\b(?!\s*-?\s*\d{3,5}\b)")
RAIL_ITEM = re.compile(r"\b(?:breaker|rcd|contactor|relay|terminal_block)\b")
CURVE_AMPS = re.compile(r"\b([bcd])\s?(\d{1,3})\b(?!\s*(?:ka|mm))")
# "2x20", "3x50 A", "breaker 3x50, siemens" (a comma closing it is no decimal)
POLES_X_AMPS = re.compile(
    r"\b([1-4])\s?x\s?(\d{1,3})\s?(?:a\b|(?![\w/]|[.,]\d|\s*(?:ka|mm)\b))"
)
# "curva C", "C curve", and a mail's "C-curve" / "curva-C"
CURVE = re.compile(r"\b(?:curva|curve|type|tipo)[\s-]?([bcd])\b|\b([bcd])[\s-]?(?:curve|curva)\b")
# A metric nut's property class (ISO 898-2: 5, 6, 8, 10, 12), said "clase 8", "class 10" or
# printed "CL.8": a class 8 nut is never the A2 stainless one of that size; a bolt's "clase
# 8.8" is its grade (RULES), a PVC pipe's "clase 10" no nut's
NUT_CLASS = re.compile(r"\b(?:clase|class|cl)\.?\s?(5|6|8|10|12)\b(?![.,]\d)")
COIL_WORD = re.compile(r"\b(?:bobina|coil)\b")
COIL_BEFORE = re.compile(r"\b(?:bobina|coil|bob)\.?\s+(?=\d)")
COIL_VOLTS = re.compile(r"\b(\d{2,3})\s*v(?:olts?|oltios?|ols)?\s*-?\s*(ac|dc|ca|cc|cd)?\b")
BARE_MAINS = re.compile(r"(?<![\d.,])\b(110|120|220|230|240|380|400|440)\b(?![\d]|[.,]\d)")
BARE_RANGE = re.compile(
    r"(?<![\w.,/-])(\d{1,2}(?:[.,]\d{1,2})?)\s*-\s*(\d{1,2}(?:[.,]\d{1,2})?)(?![\w.,/-])"
)
RANGE_AMPS_WORD = re.compile(
    r"(?<![\w.,/-])(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:-|to)\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*"
    r"(?:amps?|amperes?|amperios?|amp\.)(?![a-z])"
)
AMPS_WORD = re.compile(r"\b(\d{1,3})\s*(?:amps?|amperes?|amperios?|amp\.)(?![a-z])")
# "1P 20", "2p 30": a breaker's amperes said bare after its poles
POLES_THEN_AMPS = re.compile(
    r"\b([1-4]p)\s+(\d{1,3})\b(?![.,/]\d|\s*(?:ka|mm|v|vac|vdc|a|amps?)\b)"
)
# and its slips ("2 plos", "3 pols"; never "pol", Brazil's inch)
POLES_WORD = re.compile(r"\b([1-4])\s*-?\s*(?:poles?|polos?|polar|pols|plos?|ples?)\b")
POLAR = {"unipolar": "1p", "monopolar": "1p", "bipolar": "2p", "tripolar": "3p",
         "tetrapolar": "4p"}  # fmt: skip
POLAR_WORD = re.compile(r"\b(unipolar|monopolar|bipolar|tripolar|tetrapolar)(?:es)?\b")
# "double pole", "single-pole", "triple pole" (US and Caribbean English)
POLES_NAMED = {"single": "1p", "double": "2p", "triple": "3p", "two": "2p", "three": "3p",
               "four": "4p"}  # fmt: skip
# Puerto Rico's "breaker sencillo" (one pole) and "doble" (two poles), the pole unsaid
BREAKER_SINGLE = re.compile(r"\b(single|dobles?)\b(?!\s*-?\s*(?:poles?|polos?|phase|fase))")
POLES_NAMED_WORD = re.compile(r"\b(single|double|triple|two|three|four)\s*-?\s*poles?\b")
DOTTED_INCH = re.compile(r"(?<![\d/])(\d{1,2})\.(\d/\d{1,2})")
SS_GRADE = re.compile(r"\bss\s?(304|316)l?\b")
PERNO = re.compile(r"\bpernos?\b")
WIRE_NUMBER = re.compile(r"(?:#\s?|\bn[o°]?\.?\s?|\b(?:number|numero|nro\.?)\s)(\d{1,2})\b")
WIRE_DEL = re.compile(r"\bdel\s+(\d{1,2})\b(?![.,/]\d|\s*(?:mm|awg))")
# ("THW 90", "THHN 75": the insulation's rating in °C, never a gauge)
WIRE_GAUGE = re.compile(
    r"\b(thhn|thwn|thw|nya|nyy|awg)\s+(?!(?:75|90)\b)(\d{1,2})\b"
    r"(?![.,]\d|\s*(?:mm|awg|ga\b|gauge|gage))"
)
AWS_CLASS = re.compile(r"\b(6010|6011|6013|7018|7024)\b")
# Welders call an electrode a "rod" ("E7018 1/8 lincoln rods", "3/32 6011 esab rod"): a rod
# with an AWS class and a rod's diameter is an electrode (a threaded rod has a thread, and
# "rod." is a Spanish bearing).
WELDING_ROD = re.compile(r"\brods?\b(?!\.)")
# A "rod" before a ball bearing's designation is a bearing ("rod 6205 ddu", "rod 6304 2rs").
BEARING_ROD = re.compile(r"\brods?\b(?!\.)(?=\s+(?:6[0-4]\d\d|160\d\d)\b)")
ROD_CLASS = re.compile(r"\be\s?(?:60|70)\d\d\b|\b(?:6010|6011|6013|7018|7024)\b")
# Words naming another kind of item: a bare AWS class and a rod's size is an electrode
# only when nothing else is named ("7018 1/8 lincoln", never "rodamiento 7018").
KIND_WORD = re.compile(r"\b(?:bearing|bolt|nut|washer|valve|elbow|tee|coupling|union|nipple|"
                       r"wheel|flap|cutoff|belt|breaker|contactor|cable_tie|wire|mig|drill|"
                       r"anchor|plug|bushing|chain|sprocket|screw)\b")
ROD_SIZE = re.compile(r"(?<![\d/])(?:1/16|5/64|3/32|1/8|5/32|3/16|7/32|1/4)(?![\d/])|"
                      r"\b(?:1\.6|2\.0|2\.4|2\.5|3\.2|4\.0|4\.8|5\.0)\s*mm\b")
# Words the rules above read into codes: known words, never "corrected" into
# another, and what a slip is corrected to ("tertapolar", "selllado").
NOTATION_WORDS = (
    set(SEAL_WORDS) | set(POLAR) | set(MATERIALS) | COLORS
    | {"amperes", "amperios", "polos", "poles", "curva", "curve", "bobina", "coil", "grano",
       "grit", "talla", "talle", "zincado", "zincada", "galvanizado", "galvanizada", "inoxidable",
       "grado", "diametro", "carrera", "stroke", "nivel", "media", "cuarto", "cuartos",
       "octavo", "octavos", "pulgada", "pulgadas"}
)  # fmt: skip
CHANGEOVER = {"spdt": "1co", "dpdt": "2co", "3pdt": "3co", "4pdt": "4co"}
CONTACTS = re.compile(r"\b(spdt|dpdt|3pdt|4pdt)\b")
TAPERED = re.compile(
    r"\b(3[0-3]\d{3}|(?:lm|hm|jlm|jl|l|m|h)\d{4,6})(?:\s*/\s*(?:lm|hm|jlm|jl|l|m|h)?\d{2,6})?\b"
)
# Timken's cone-and-cup sets by number: "SET1", "set 1", "set-6", "set #13" name one bearing
BEARING_SET = re.compile(
    r"\b(set)\s?(?:-|#\s?)?(\d{1,3})\b(?!\s*(?:pcs|piezas|pzas|units|unidades|x\b))"
)
GAUGE_AFTER = re.compile(r"(?<![\d.,/])\b(\d{1,2})\s*(?:ga|gauge|gage)\b")  # "wire 4 ga"
GAUGE_WORD = re.compile(r"\b(?:calibre|cal|calib|gauge|ga)\.?\s*#?\s*(\d{1,2})\b(?!\s*(?:awg|mm))")
FOR_METAL = re.compile(r"\b(?:para|pa|for)\s+(?:metal|metales|acero|steel|fierro|hierro|iron)\b")
DISC = re.compile(r"\b(?:cutoff|wheel|grinding|flap)\b")  # a disc, whatever it cuts
DEEP_GROOVE = re.compile(r"(?:16|6[0-4])\d{2,3}")
BEARING_NUMBER = re.compile(r"\b(?:6[02389]\d{2}|160\d{2})")
# "con tapas", "tapada" (Colombia) is shielded; "sin tapa(s)", "without shields" is the open
# one (vocabulary.csv)
SHIELD_CAPS = re.compile(r"(?<!\bsin )(?<!\bwithout )\btap(?:as?|ad[oa]s?)\b")
# Roller chain and sprockets (ANSI): "40B15" is a type B sprocket for chain 40 with 15
# teeth; "ANSI 50-1", "ASA 40" (ANSI's former name), "cadena 100", "#40", "for chain 60"
# name the chain; "18 dientes".
SPROCKET = re.compile(r"\b(\d{2,3})b(\d{1,3})\b")
# "sprocket 50B 21 dientes", "estrella 40B de 15 dientes": an ANSI size with its hub, then
# its teeth apart (a bare "40 de 18 dientes" may be the bore: asked)
SPROCKET_SPACED = re.compile(
    r"\b(25|35|40|41|50|60|80|100|120|140|160)b\s+(?:de\s+)?(\d{1,3})\s*(?:teeth|tooth|t|z)\b"
)
# "estrella 40B15", "estrella de 21 dientes": a sprocket (a star on a screwdriver is Phillips)
# "juego de copas mando 3/4", "dados mando de 1/2": a socket set's drive, said with its size
# (Central America); "mando" alone is the verb ("te mando lo que me mandó el bodeguero")
DRIVE_MANDO = re.compile(r"\bmando\s+(?:de\s+)?(?=(?:1/4|3/8|1/2|3/4)(?![\d/])(?!\s*docena))")
STAR_SPROCKET = re.compile(r"\bestrellas?\b(?=.*(?:\b\d{2,3}b\d{1,3}\b|\bdientes?\b))")
CHAIN_STRANDS = re.compile(r"\b(?:ansi\s*|#\s*|chain\s+)?(\d{2,3}|\d{2}b)-([1-3])\b(?![/.-]\d)")
CHAIN_SIZE = re.compile(
    r"(?:\b(?:ansi|asa|chain|link)\s*(?:#|nro\.?|no\.?|n[o°º]\.?)?\s*|#\s*)(\d{2,3}|\d{2}b)\b"
    r"(?![/.-]\d|\s*(?:mm|teeth|t)\b)"
)
# "25T", "18 teeth", "15Z", "15D" (dientes)
TEETH = re.compile(r"\b(\d{1,3})\s*(?:teeth|tooth|t|z|d)\b")
# A sprocket said as its chain by its teeth, "piñón 60 x 12D" (Bolivia: 12 dientes), "40 x 15T"
SPROCKET_BY = re.compile(
    r"\b(25|35|40|41|50|60|80|100|120|140|160)\s*x\s*(\d{1,3})\s*(?:d|t|z|teeth|tooth)\b"
)
# Hydraulic hose and fittings: "-16" is 16/16" (a dash size); SAE 100R1AT is rating R1.
DASH_SIZE = re.compile(r"(?<![\w\d/.-])\(?-(\d{1,2})\)?(?![\w/.-])")
# said short too, beside a hose: "manguera R2 1/2", "hose 100R1" (the R2 is SAE 100R2)
SAE_RATING = re.compile(r"\b(?:sae\s*)?(?:100\s?)?(r\d{1,2})(?:at|a|t)?\b")
# A braided hose by its braids, as the trade says SAE 100R1 and R2: "2 mallas", "one wire",
# "1 braid" (never a count or a size: "1 malla" is no 1" hose)
HOSE_BRAIDS = re.compile(
    r"\b(1|2|one|two|una|dos)[\s-]*(?:mallas?|wires?|braids?|trenzas?)\b(?:\s+de\s+acero)?"
)
# Sandpaper: the bare number is the grit ("lija 1200", "GR. 100").
SANDPAPER_GRIT = re.compile(
    r"((?:paquete|pq|pack|caja|cj|box|bolsa)\.?\s*(?:de|of)?\s*\d+)|"
    r"(?<![\w/.x-])(?:(?:grit|grano|gr|g|p)\.?\s?)?(\d{2,4})\b(?![\w/.\"x-]|\s*(?:x\s*\d|mm|\"))"
    r"(?:\s*(?:grit|grano)\b)?"
)
FOUR_AND_A_HALF = re.compile(r"(?<![\d.,/-])4[.,]5(?![\d.,/]|\s*mm)")
# A cut-off wheel's thickness in inches is the metric wheel buyers mean
# (a US house writes it in thousandths: "6X.045X7/8", "5x.045" is the 1.2 mm wheel)
CUTOFF_THICKNESS = re.compile(
    r"\s*x\s*(1/16|1/8|3/64|5/64|7/64|0?\.045|0?\.040|0?\.035)\"?(?![\d/])"
    r"|\s+(0?\.045|0?\.040|0?\.035)\"?(?![\d/])"  # "cut off 4 1/2 .045": the x left out
)  # a 9" wheel is 5/64" (2.0 mm) thick, a 14" one 7/64" (2.8 mm)
# and a grinding disc's (a 1/4" one is 6.4 mm thick)
GRINDING_THICKNESS = re.compile(r"\s*x\s*(1/4|3/16|1/8)\"?(?![\d/])")
INCH_THICKNESS = {"1/4": "6.4", "3/16": "4.8",
                  "1/16": "1.6", "1/8": "3.2", "3/64": "1.2", "5/64": "2.0", "7/64": "2.8",
                  ".045": "1.2", "0.045": "1.2",
                  ".040": "1.0", "0.040": "1.0", ".035": "1.0", "0.035": "1.0"}  # fmt: skip
# and in millimetres after the diameter in inches, with or without its "mm"
CUTOFF_MM = re.compile(  # the inch said as a word too ("9 pulg x 3,0", "9 in x 3.0")
    r"(\d\")\s*(?:(?:pulgadas?|pulg|plg|inch|inches|in)\.?\s*)?x\s*(\d(?:[.,]\d{1,2})?)\s*"
    r"(?:mm\b)?(?![\d/.,])"
)
# A flap disc's grits (FEPA P): a bare one of these after "flap" is the grit, never a size.
FLAP_GRIT = re.compile(
    r"(?<![\w/.\"-])(?<!x )(?<!grit )(?<!grano )(24|36|40|50|60|80|100|120|150|180|220|240|320)"
    r"(?![\w/.\"-]|\s*(?:x\s*\d|mm\b|grit|grano))"
)
# An abrasive's grit with its G after it, as a US house writes it ("DISC FIBER 80G", "flap
# disc 4 1/2 80g")
GRIT_AFTER = re.compile(r"(?<![\w/.-])(24|36|40|50|60|80|100|120|150|180|220|240|320)\s?g(?!\w)")
# A metric bolt's size with its M left out, where the line says metric otherwise (its
# property class, DIN, mm) or calls it a "perno": "pernos 20x50 G8.8" is M20x50. Only the
# metric diameters (an inch bolt's size is a fraction: "perno 1/2 x 2"), never 1 nor 2.
BARE_METRIC_BOLT = re.compile(
    r"(?<![\w/.,#-])(3|4|5|6|8|10|12|14|16|18|20|22|24|27|30|33|36)\s*[x*]\s*(\d{2,3})"
    r"(?:\s*mm\b)?(?![\w/.,\"-])"
)
METRIC_SIGN = re.compile(r"\b(?:8\.8|10\.9|12\.9|din|iso|mm|metric)\b")
GRIT_SAID = re.compile(r"\b(?:grit|grano|g|p)\s?\d{2,4}\b|\b\d{2,4}\s?(?:grit|grano)\b")
# A zirconia abrasive's grit as its makers print it ("flap 4 1/2 Z60", "ZA80", "ZR 40")
ZIRCONIA_GRIT = re.compile(r"(?<![\w/.-])z[ar]?\s?(24|36|40|50|60|80|100|120)(?![\w/.-])")
METAL_DRILL = re.compile(r"\bmetal\b(?!\s*duro)")  # "metal duro" is carbide
DISC_DIAMETER = re.compile(r"(?<![\w/.,-])(?:100|115|125|150|178|180|230)(?![\w/.,-])")
TOOTHED = re.compile(r"\b(?:sprocket|chain|gear|pulley)\b")
# A cutter's flutes ("4FL", "4 FILOS", "3 GAVILANES", "2 flutes"): never its size
FLUTES = re.compile(r"\b([1-8])\s?(?:fl|flt|flutes?|filos|gavilanes|cortes)\b")
# A portable cord's gauge and conductors ("SO 12/4"), as Mexico writes them ("uso rudo 12x4",
# "3x12": conductors and gauge): gauge/conductors, as the cord is named
CORD_SPEC = re.compile(r"\b(\d{1,2})\s*x\s*(\d{1,2})\b(?![/.,]\d)")
CORD = re.compile(r"\b(?:rudo|cord|so|soow|sjoow|st)\b")


def _cord_spec(m: re.Match[str]) -> str:
    one, other = int(m[1]), int(m[2])
    if 6 <= one <= 18 and 2 <= other <= 5:
        return f" {one}/{other} "
    if 2 <= one <= 5 and 6 <= other <= 18:
        return f" {other}/{one} "
    return m[0]


# "mm" standing alone, after no number: the metric one ("juego de llaves mm")
BARE_MM = re.compile(r"(?<![\d.,)\]])(?<![\d.,)\]] )\bmm\b(?!\s*\d)")
DRILL_MM = re.compile(r"\b(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*x\s*\d{2,3})?\s*mm\b")
# ... or bare with its decimal ("mecha 6,5 ezeta", "broca 3.5"): millimetres, never 6 and 5
DRILL_DECIMAL = re.compile(r"(?<![\w.,/-])(\d{1,2}[.,]\d)(?![\w.,/\"]|\s*(?:x|mm|m|in|kg)\b)")
# Words joined by a slash are two words ("METAL/INOX", "green/yellow"); codes keep theirs.
# ERPs' short forms of "para", "con" and "sin": "DISCO P/CORTAR", "RULEMAN S/TAPA", "C/TAPA"
SHORT_PREPOSITIONS = re.compile(r"\b([pcs])/ ?(?=[a-z]{2})")  # "p/ tubo" too
PREPOSITIONS = {"p": "para ", "c": "con ", "s": "sin "}
SLASHED_WORDS = re.compile(r"(?<=[a-z]{2})/(?=[a-z]{2})")
# Glove sizes by letter are hand sizes (EN 420): S is 7, M 8, L 9, XL 10.
GLOVE_SIZES = {"xxs": "5", "xs": "6", "s": "7", "m": "8", "l": "9", "xl": "10", "xxl": "11",
               "2xl": "11", "xxxl": "12", "3xl": "12"}  # fmt: skip
# ("T-L", "tala XL": a Colombian name's size and a slip in "talla")
GLOVE_SIZE = re.compile(
    r"\b(?:talla|tala|talle|size|sz|t)\s*-?\s*(xxs|xs|s|m|l|xl|xxl|2xl|xxxl|3xl)\b"
)
# A boot's size said as its number: "botas #42", "bota número 38", "boots no. 40"
BOOT_SIZE = re.compile(r"(?:#|\bn[o°º]\.?|\bnro\.?|\bnum\.?|\bnumero)\s*(3[3-9]|4[0-8])\b")
# and the letter alone closing a glove's line ("guantes de cabritilla m"), after a word
GLOVE_SIZE_LAST = re.compile(r"(?<=[a-z] )(xxs|xs|s|m|l|xl|xxl|2xl|xxxl|3xl)\s*$")
# and said bare after the glove's other words ("nitrile gloves S ansell", "cut level A4 M"),
# or in words: Mexico's chica, mediana, grande (G), extra grande (EG); small, medium, large
GLOVE_SIZES.update({"ch": "7", "chica": "7", "chico": "7", "small": "7", "mediana": "8",
                    "mediano": "8", "medium": "8", "g": "9", "grande": "9", "large": "9",
                    "eg": "10", "xg": "10", "extra grande": "10", "x-large": "10"})  # fmt: skip
NOTATION_WORDS |= {w for w in GLOVE_SIZES if w.isalpha() and len(w) > 3}  # never "media"
# what a lubricant's container holds ("tambor 208 litros"): never a slip for a catalog's word
NOTATION_WORDS |= {"litro", "litros", "liters", "litres", "galon", "galones", "gallons", "onzas",
                   "libras", "gramos"}  # fmt: skip
BARE_GLOVE_SIZE = re.compile(
    r"(?<![\w/.#-])(?<!\bsize )(xxs|xs|s|m|l|xl|xxl|2xl|xxxl|3xl|ch|chica|chico|small|mediana|"
    r"mediano|medium|g|grande|large|eg|xg|extra grande|x-large)(?![\w/.-])"
)
# A pipe nipple's size and length: "3/4 x 3", "1/2\" X 4\"", "3/4 in x 3 in"
NIPPLE_SIZE = re.compile(
    r"(?<![\w/.-])(?:" + FRACTION + r"|(\d{1,2}))\s*(?:\"|\s?in\b|\s?pulg\b)?\s*x\s*"
    r"(?:(\d{1,2})[\s-])?(\d{1,2}/\d{1,2}|\d{1,2}(?:\.\d)?)\s*(?:\"|in\b|pulg\b)?(?![\d/.])"
)
# Pneumatic cylinders: bore and stroke ("32 mm Bore x 100 mm Stroke", "DIAM. 32 MM CARRERA
# 100 MM", "diametro 50 carrera 100", "32 x 100")
CYLINDER_BORE = re.compile(
    r"(?:\b(?:diam(?:etro)?|bore|calibre)|ø|\bo)\.?\s*(\d{2,3})(?:\s*mm\b)?|\b(\d{2,3})\s*mm\s*bore\b"
)
CYLINDER_STROKE = re.compile(
    r"\b(?:carrera|stroke|recorrido|car)\.?\s*(\d{2,4})(?:\s*mm\b)?|\b(\d{2,4})\s*mm\s*stroke\b"
)
CYLINDER_BARE = re.compile(
    r"(?<![\w./-])(\d{2,3})\s*(?:mm\s*)?x\s*(\d{2,4})(?:\s*mm)?\b(?![./-]\d)"
)
# Motors: power and speed; the speed says the poles (1500 rpm at 50 Hz and 1800 at 60
# Hz are both 4 poles).
MOTOR_POWER = re.compile(r"\b(\d{1,3}(?:[.,]\d{1,2})?|\d/\d)\s*(hp|kw)\b")
MOTOR_SPEED = re.compile(r"\b(\d{3,4})\s*(?:rpm|r\.p\.m\.?|min-1)")
# Pumps and water (catalog 23): a pump's power in HP as one decimal value, whether written
# "3HP", "1.5 hp", "1-1/2 HP", "3/4 de caballo", "medio caballo", "caballo y medio" or "2
# caballos"; its flow in GPM ("20GPM", "20 galones por minuto"); a pressure tank's gallons; a
# pressure switch's cut-in and cut-out ("30-50 PSI", "20/40", "de 30 a 50 libras")
SPOKEN_POWER = [
    (re.compile(r"\b(?:un |1 )?caballo y medio\b"), " 1.5 hp "),
    (re.compile(r"\bmedio caballo\b"), " 0.5 hp "),
    (re.compile(r"\b(?:un|1) caballo\b(?! y)"), " 1 hp "),
    (re.compile(r"\b(?:tres cuartos|3/4) de caballo\b"), " 0.75 hp "),
]
PUMP_POWER = re.compile(
    r"(?<![\w./-])(?:(\d{1,2})[\s-])?(\d{1,3}(?:[.,]\d{1,2})?|\d/\d)\s*(?:de\s+)?"
    r"(?:hp|h\.p\.?|caballos?(?:\s+de\s+fuerza)?|horsepower)(?![\w])"
)
FLOW_GPM = re.compile(
    r"(?<![\w./-])(\d{1,3})\s*(?:gpm|g\.p\.m\.?|(?:gal|galones|gallons)\s*(?:por|per|/)\s*"
    r"min(?:uto|ute)?s?)(?![\w])"
)
TANK_GALLONS = re.compile(r"(?<![\w./-])(\d{1,3})\s*(?:gal|gals|galon|galones|gallons?)\b\.?")
PSI_RANGE = re.compile(
    r"(?<![\w./-])(\d{2,3})\s*(?:-|/|a|to)\s*(\d{2,3})\s*(?:psi|lbs?|libras|pounds)?(?![\w./-])"
)


def _pump_power(m: re.Match[str], r: Reading) -> str:
    whole, part = m[1], m[2].replace(",", ".")
    if "/" in part:
        top, bottom = part.split("/")
        value = Decimal(whole or 0) + Decimal(top) / Decimal(bottom)
    elif whole:  # "1 5 hp" is no power anyone writes: the figure before is something else
        return f" {whole} " + _pump_power_value(Decimal(part), r)
    else:
        value = Decimal(part)
    return _pump_power_value(value, r)


def _pump_power_value(value: Decimal, r: Reading) -> str:
    r.add("hp", format(value.normalize(), "f"))
    return " "


# A section written in mm for a wire or a terminal ("cable 4 mm", "bornera 6mm") is mm².
SECTION_MM = re.compile(r"\b(\d{1,3}(?:[.,]\d{1,2})?)\s*mm\b(?!\s*2|\s*x)")
WIRE_CONTEXT = re.compile(r"\b(?:thhn|thwn|thw)\b")
# A cable's section said bare with its decimal ("cable 1,5 negro", "cable 2.5 marron"): the
# metric sections no AWG gauge is written like, read as mm² (never the numbers 1 and 5)
BARE_SECTION = re.compile(
    r"(?<![\w.,/*-])(0[.,]5|0[.,]75|1[.,]5|2[.,]5)(?![\w.,/]|\s*(?:x|mm|m|awg)\b)"
)
CORES_JOINED = re.compile(r"(\d{1,2}\s*x\s*\d{1,3}(?:[.,]\d{1,2})?)mm2\b")
AWG_SAID = re.compile(r"\b(?:awg|calibre|cal|gauge|ga)\b|#")
# Welding wire's size in mm is its diameter, never a section ("ER70S-6 1.0mm", "mig 0.9 mm")
WELDING_WIRE = re.compile(r"\b(?:mig|tig|welding|er\s?\d{2}s|e\d{2}t)")
# A welding wire's diameter written bare ("alambre MIG 1.0", "hilo mig 0,8"): millimetres
# An electrode's diameter written bare, with a decimal comma or point ("electrodo 7018 3,2",
# "E7018 3,2X350"): millimetres, never the numbers 3 and 2
ELECTRODE_DIAMETER = re.compile(r"(?<![\w.,/])([1-5][.,]\d)(?![\d.,/])(?!\s*(?:mm|kg|lb)\b)")
# A fitting's ends, said as a pair: "M-H", "H-H", "macho-hembra", "hembra hembra"
ENDS = re.compile(r"\b(?:([mh])\s?-\s?([mh])|(macho|hembra)\s?[-/ ]\s?(macho|hembra))\b")
MIG_TIG = re.compile(r"\b(?:mig|tig)\b")
WIRE_DIAMETER = re.compile(r"(?<![\w.,/])(0[.,][6-9]|1[.,][0-6])(?![\w.,/]|\s*(?:mm|kg|lb|x)\b)")
# A welding wire's or contact tip's diameter in thousandths of an inch, as a US house writes it
# (".035", "0.030", "tips .045"): the metric wire buyers elsewhere ask for, .035 is 0.9 mm
WIRE_THOU = re.compile(r"(?<![\w.,/])0?[.,]0(23|24|30|35|40|45|52)(?![\d.,/])(?:\s*(?:in|\")\b)?")
THOU_MM = {"23": "0.6", "24": "0.6", "30": "0.8", "35": "0.9", "40": "1.0", "45": "1.2",
           "52": "1.4"}  # fmt: skip
# What such a diameter is said of: MIG, TIG and flux-cored wire, a contact tip, or a welding
# maker's wire named by its line ("lincoln superarc l-56 .035")
WELDING_CONTEXT = re.compile(
    r"\b(?:mig|tig|flux|wire|er\s?\d{2}s|e\d{2}t|tips?|contact|contacto|puntas?|antorcha|torch|"
    r"lincoln|esab|hobart|miller|tweco|bernard|superarc|spoolarc)"
)
# A ring or fork terminal's stud: "#8 stud", "stud 1/4", "TORN. #10", "perno M6"
STUD = re.compile(
    r"(?:#\s*(\d{1,2})|(\d{1,2}/\d{1,2})\"?|\bm(\d{1,2}))\s*(?:stud|bolt)\b"
    r"|\b(?:stud|bolt)\s*(?:#\s*(\d{1,2})\b|(\d{1,2}/\d{1,2})\"?|m(\d{1,2})\b)"
)
# A respirator's or glove's size said in words ("3m 6200 medium", "guantes nitrilo large")
SIZE_LETTERS = {"small": "s", "medium": "m", "mediano": "m", "mediana": "m", "large": "l",
                "extra large": "xl", "x-large": "xl"}  # fmt: skip
SIZE_SAID = re.compile(r"\b(small|medium|mediano|mediana|extra large|x-large|large)\b")
# ... or its letter alone right after it ("respirador media cara S 3M"): the size
RESPIRATOR_LETTER = re.compile(r"\b(respirator)\s+([sml])\b(?![\w'.-])")
# A tape measure's length: "flexometro 8m", "5 m / 16 ft"
TAPE_METRES = re.compile(r"\b(\d{1,2}(?:[.,]\d)?)\s*m\b")
TAPE_FEET = re.compile(r"\b(\d{1,2})\s*(?:ft|feet|pies|')(?!\w)")
# Safety glasses: a gray, smoke or tinted lens is the dark one
LENS_DARK = re.compile(r"\b(?:gray|smoke|tinted)\b")
# Peru's "lunas negras": a lens said black is the dark lens, never the frame
LENS_BLACK = re.compile(r"(?<=\blens )black\b|\bblack(?= lens\b)")
# A residual current sensitivity ("30mA") makes a breaker an RCD.
SENSITIVITY = re.compile(r"\b(?:10|30|100|300|500)\s*ma\b")
# An abrasive's grit said as its number: "lija de agua No. 80", "lija #220", "disco flap nro 60"
NUMBERED_GRIT = re.compile(r"(?:#|\bn[o°º]\.?|\bnro\.?)\s*(\d{2,4})\b(?![.,/]\d|\s*(?:mm|x)\b)")
# A cord's or cable's cores and section with a decimal point or spaced ("flexible cord 4x2.5",
# "cable tpr 3 x 2,5"), read as the catalogs print it ("4x2,5 mm²")
CORES_DOT = re.compile(r"\b(\d{1,2})\s*x\s*(\d{1,2})[.,](\d)(?:\b|(?=mm))")
# A cord's conductors and gauge written apart: "encauchetado 4 x 8" is the 4x8 AWG cord
CORD_SPACED = re.compile(r"(?<![\w.,/-])([2-5])\s+x\s+(\d{1,2})(?![\w.,/-]|\s*(?:mm|m)\b)")
# "115 mm x 1.0 mm", "(115 mm) x 1.6mm": a wheel's diameter and thickness
WHEEL_MM = re.compile(r"\b(\d{2,3})\s*mm\)?\s*x\s*(?=\d{1,2}(?:[.,]\d{1,2})?\s*mm\b)")
DISC_MM = re.compile(r"(?<![\w.,/-])(\d{3})\s*mm\b(?!\s*x)")  # a disc's diameter in mm
FASTENER = re.compile(r"\b(?:nut|washer|bolt|threaded rod)\b")
DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")
# A weight glued to its number ("15kg", "5LB") reads as the number and its unit, as the
# catalog writes them apart ("15 kg spool"): a number, never a maker's reference.
GLUED_WEIGHT = re.compile(r"\b(\d{1,4}(?:[.,]\d{1,2})?)(kgs?|lbs?)\b")
# A length of three or four figures glued to its millimetres ("300mm", "1000MM")
GLUED_LENGTH_MM = re.compile(r"(?<![\w.,/-])(\d{3,4})mm\b")
# A length in whole centimetres ("20 centímetros", "15cm"): millimetres, as catalogs write
# lengths ("cable tie 200x2.5mm")
CENTIMETRES = re.compile(r"(?<![\w.,/-])(\d{1,3})\s*(?:cms?|centimet(?:ro|er|re)s?)\b")
# A cable tie's length and its width said apart ("100 mm long the thin 2.5mm ones", "de 200
# mm delgaditas de 2.5"): the length in millimetres, a few words, the width with its decimal
TIE_APART = re.compile(
    r"\b(\d{2,3})\s*mm\b((?:[\s,;]+[^\W\d]+){0,4}?)[\s,;]+(?:de\s+)?(\d[.,]\d)\s*(?:mm\b)?(?![\d/x])"
    r"(?:\s+(?:wide|thin|thick|ones|anchas|delgadas|delgaditas|gruesas|finas)\b)*"
)
# Words that only say which of the two figures is the length and which the width, or point
# at the ties ("the thin ones", "las gruesas"): no words of an item.
TIE_SIZE_WORDS = {"long", "length", "wide", "width", "thin", "thick", "the", "ones", "one",
                  "and", "largo", "ancho", "de", "y", "las", "los", "esas", "esos", "delgadas",
                  "delgaditas", "gruesas", "finas", "anchas", "angostas"}  # fmt: skip


def _tie_apart(m: re.Match[str]) -> str:
    """ "150 mm long and the 3.6mm wide ones" → "150x3.6" (other words between kept)."""
    kept = [w for w in re.findall(r"[^\W\d]+", m[2]) if w not in TIE_SIZE_WORDS]
    return f" {m[1]}x{m[3].replace(',', '.')} {' '.join(kept)} "


NIPPLE_WORD = re.compile(r"\bnip+les?\b|\bniples?\b")
# Inch sizes said in words, as buyers dictate them: "media pulgada", "tres cuartos",
# "pulgada y media", "half inch", "inch and a half", "una pulgada", "eighth inch".
_ONES = r"(?:una|un|one|dos|two|tres|three|cuatro|four|[1-9])"
_ONE_VALUE = {"una": 1, "un": 1, "one": 1, "dos": 2, "two": 2, "tres": 3, "three": 3,
              "cuatro": 4, "four": 4}  # fmt: skip
EIGHTHS = {"un": 1, "tres": 3, "cinco": 5, "siete": 7}
EIGHTHS_EN = {"a": 1, "an": 1, "one": 1, "three": 3, "five": 5, "seven": 7}
SPOKEN_INCHES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(rf"(?<![\d/.,-])\b(?:({_ONES})\s+)?(?:pulgadas?|inch(?:es)?)\s+(?:y|and)\s+"
                rf"(?:media|a half)\b|(?<![\d/.,-])\b({_ONES})\s+(?:y|and)\s+(?:media|a half)\s+"
                rf"(?:pulgadas?|inch(?:es)?)\b"),
     lambda m: f' {_ONE_VALUE.get(m[1] or m[2] or "1", m[1] or m[2] or "1")}-1/2" '),
    (re.compile(r"\b(?:(?:de\s+)?media\s+pulgada|half(?:\s+an|-|\s+)inch)\b"),
     lambda m: ' 1/2" '),
    (re.compile(r"\b(?:tres\s+cuartos(?:\s+de\s+pulgada)?|three(?:-|\s+)quarters?(?:-|\s+)inch"
                r"|three(?:-|\s+)quarters?(?=\s+(?:valve|ball|npt|bsp)))\b"),
     lambda m: ' 3/4" '),
    (re.compile(r"\b(?:(?:un\s+)?cuarto\s+de\s+pulgada|(?:a\s+)?quarter(?:-|\s+)inch)\b"),
     lambda m: ' 1/4" '),
    (re.compile(r"\b(un|tres|cinco|siete)\s+octavos?(?:\s+de\s+pulgada)?\b"),
     lambda m: f' {EIGHTHS[m[1]]}/8" '),
    # "eighth inch rod", "an eighth inch", "three eighths inch": never "the eighth one"
    (re.compile(r"\b(?:(an?|one|three|five|seven)\s+)?eighths?(?:-|\s+)(?:of\s+an?\s+)?"
                r"inch(?:es)?\b"),
     lambda m: f' {EIGHTHS_EN.get(m[1] or "one", 1)}/8" '),
    (re.compile(rf"(?<![\d/.,-])\b({_ONES})\s+(?:pulgadas?|inch(?:es)?)\b(?!\s+(?:y|and)\b)"),
     lambda m: f' {_ONE_VALUE.get(m[1], m[1])}" '),
]
# Two inch sizes said "by" ("half inch by two inch"): a bolt's thread by its length
INCH_BY = re.compile(r'"\s+(?:by|por)\s+(?=\d)')
# A bolt's grade said in words ("grade five", "grado ocho")
GRADE_SPOKEN = re.compile(r"\b(grade|grado)\s+(five|eight|cinco|ocho)\b", re.I)
GRADE_NUMBER = {"five": "5", "cinco": "5", "eight": "8", "ocho": "8"}


def spoken_grade(text: str) -> str:
    """`text` with a bolt's grade said in words written as its figure ("grado cinco": grado
    5), before any slip is corrected ("cinco" is no "cincho")."""
    if not GRADE_SPOKEN.search(text):
        return text
    return GRADE_SPOKEN.sub(lambda m: f"{m[1]} {GRADE_NUMBER[m[2].lower()]}", text)
TOKEN = re.compile(r"[a-z0-9_/]+(?:\.[0-9]+)?")


def read_item(texts: list[str], vocabulary: Vocabulary) -> Reading:
    """Read a catalog item's texts (name, description, aliases) as one.

    One pass over the texts joined by a separator no rule reads across, instead of
    one pass per text: the index reads every product of a 100k catalog, and the
    cost of a pass is mostly its fixed number of rules, not the length of the text.
    Context words count for all the texts ("S203-C20" is read beside "breaker").
    """
    reading = read(" ; ".join(t for t in texts if t), vocabulary)
    if not reading.words.isdisjoint(DISCS):
        _disc_both_ways(reading)
    return reading


# An abrasive disc's diameter is one size in two systems: the catalog prints one, the
# buyer says the other ("DISCO FLAP 115" is the 4-1/2" flap disc, "DISCO 4-1/2" the
# 115 mm one). Nominal sizes as makers sell them (7" discs are 178 or 180 mm).
DISCS = {"wheel", "flap", "cutoff", "grinding"}
DISC_MM_INCH = {"100": "4", "115": "4-1/2", "125": "5", "150": "6", "178": "7", "180": "7",
                "230": "9", "250": "10", "300": "12", "305": "12", "350": "14", "355": "14",
                "400": "16", "405": "16"}  # fmt: skip
DISC_INCH_MM = {"4-1/2": "115", "5": "125", "7": "180", "9": "230", "14": "355"}


def disc_said_in_mm(reading: Reading) -> None:
    """A buyer's disc whose diameter is said in millimetres only ("disco flap 180 grano 60")
    is that size in inches too, as the catalog's discs are: never the 115 mm one of that grit."""
    if "inch" not in reading.codes and not reading.words.isdisjoint(DISCS):
        _disc_both_ways(reading)


def _disc_both_ways(reading: Reading) -> None:
    """Give a disc the size in the system its texts do not write (see DISC_MM_INCH)."""
    codes = reading.codes
    if "inch" in codes:
        if "number" not in codes or codes["number"].isdisjoint(DISC_MM_INCH):
            for inch in list(codes["inch"]):
                if inch in DISC_INCH_MM:
                    reading.add("number", DISC_INCH_MM[inch])
        return
    diameters = codes.get("number", set()) | {d.split("x", 1)[0] for d in codes.get("dims", ())}
    inches = {DISC_MM_INCH[d] for d in diameters if d in DISC_MM_INCH}
    if len(inches) == 1:
        reading.add("inch", inches.pop())


# A threaded rod's length in feet: "1/2-13 X 10 FT", "all thread 1/2 de 10 pies"
ROD_FEET = re.compile(r"(?:\bx\s*|\bde\s+)?\b(\d{1,2})\s*(?:ft|feet|foot|pies?|')(?![\w'])")
# Nitrile said with a size right after it is a box of gloves ("nitrilo small kimtech")
NITRILE_SIZED = re.compile(
    r"\bnitrile\s+(?:talla\s+)?(?:xs|s|m|l|xl|2xl|3xl|small|medium|large|x-large|chica|mediana|"
    r"grande)\b"
)
# "hex" right before an inch size and its length
HEX_WITH_LENGTH = re.compile(r"\bhex\s+(?=" + FRACTION + r"\"?\s*x\s*\d)")
# An EMT fitting's set screw said apart from "EMT" (vocabulary.csv reads "emt set screw")
EMT_SET_SCREW = re.compile(r"\bset[\s-]?screws?\b|\b(?:de|con) tornillo\b")
# A plumber's "MA 2", "FA 1-1/2": the male or female adapter of that size
ADAPTER_SHORT = re.compile(r"(?<![\w.,/-])([mf])a(?=\s+(?:pvc\s+)?\d)")
# A garment's size with its X's written out: "XXXL" is the 3XL, "XXL" the 2XL
X_RUN = re.compile(r"\b(x{2,4})l\b")

# A millimetre size written without its leading zero (".9mm" MIG wire is 0.9 mm, not 9 mm)
POINT_MM = re.compile(r"(?<![\w.,])[.,](\d{1,2}\s*mm\b)")
# "1.1/4": a mixed number with a point for its dash, as Peru's and Chile's lists write 1-1/4
DOTTED_MIXED = re.compile(r"(?<![\w.,/-])(1[0-2]|[1-9])\.(\d{1,2}/\d{1,2})(?![\d/])")
# "SCH80", "sch.40", "cedula40": a pipe's schedule joined to its number is the schedule said
JOINED_SCHEDULE = re.compile(r"\b(sch|sched|cedula|ced)\.?(\d{2,3}s?)\b")
# A pipe fitting "de fierro" / "hierro" with nothing after: black iron, the house's fierro negro
# "CS ball valve": a fitting's CS is carbon steel (never the cases of "10 cs", a count)
CARBON_SHORT = re.compile(r"(?<![\d.])(?<!\d\s)\bc\.?s\b\.?(?=\s+[a-z0-9])")
BARE_IRON = re.compile(r"\b(?:fierro|hierro)\b(?!\s*(?:negro|galvanizado|fundido|maleable))")


# A lubricant's grade and its container, as the trade writes them. An oil's ISO viscosity grade
# ("ISO VG 68", "VG68", "ISO 68", "iso-vg 220"), or its number said bare beside the oil when no
# grade is said with its ISO or VG ("hidráulico 46", "aceite de caja reductora 220", "ALPHA SP
# 100"); a grease's NLGI consistency, 000 to 6 ("NLGI 2", "EP2", "EP-2", "EPL 1", "NLGI #000"),
# which says a grease without the word ("Mobilux EP 2 cartucho", "NLGI 00 14 oz"); an engine or
# gear oil's SAE grade ("SAE 90", "85W-140", "15W40"): a grade the house lacks is never another
# one. What a container holds ("cuñete 5 gal", "55 gal drum", "tambor de 208 litros", "cartucho
# 14 oz", "pote de 1 kilo") is the container's size, never a number the item is named by; the
# word "galón" alone is the one-gallon can.
ISO_VG = {"2", "3", "5", "7", "10", "15", "22", "32", "46", "68", "100", "150", "220", "320", "460",
          "680", "1000", "1500"}  # fmt: skip
VG_SAID = re.compile(r"\b(?:iso\s*-?\s*vg|iso|vg)\s*-?\s*(\d{1,4})\b(?![.,/]\d)")
VG_BARE = re.compile(r"(?<![\w.,/-])(\d{2,4})(?![\w.,/-])")
NLGI = re.compile(
    r"\b(?:nlgi|epl|ep)\s*(?:#|no\.?|grado)?\s*-?\s*(000|00|0|1|2|3|4|5|6)\b(?![.,/]\d)")
# "grease" as a word: a grease gun ("grease_gun") or a degreaser is no lubricant
GREASE_WORD = re.compile(r"\bgrease\b")
FILTER_WORD = re.compile(r"\bfilter\b")
# An adhesive or a sealant is sold by what its tube, syringe or bottle holds: by weight ("RTV
# negro pomo 85G", "epoxy 50 gr", "instant 20 g") as by volume (the `volume` rule's "50 ml")
ADHESIVE = re.compile(r"\b(?:adhesive|epoxy|silicone|rtv|instant|threadlocker|pomo)\b")
GRAMS = re.compile(r"(?<![\w.,/-])(\d{1,4}(?:[.,]\d)?)\s*(?:g|gr|grs|gramos|grams)\b(?![.,]\d)")
# a lubricant's container said with what it holds, its maker's line named instead of the oil or
# grease ("Gadus S2 V220 2 tambor 180 kg", "Omala 220 pail 5 gal")
LUBE_CONTAINER = re.compile(r"\b(?:drum|pail|pote|cartridge)\b")
SAE_GRADE = re.compile(
    r"\bsae\s*-?\s*(\d{1,2}w\s*-?\s*\d{2,3}|\d{2,3})\b|(?<![\w.,/-])(\d{1,2}w)\s*-?\s*(\d{2,3})\b"
)
CONTENT = re.compile(
    r"(?<![\w.,/-])(\d{1,3}(?:[.,]\d{1,3})?)\s*-?\s*(gal|gals|galon|galones|gallons?|kg|kgs|kilos?|"
    r"lbs?|libras?|oz|onzas?|lt|lts|litros?|liters?|litres?|l|g|gr|grs|gramos)\b"
)
CONTENT_UNITS = {"gal": "gal", "gals": "gal", "galon": "gal", "galones": "gal", "gallon": "gal",
                 "gallons": "gal", "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg",
                 "lb": "lb", "lbs": "lb", "libra": "lb", "libras": "lb", "oz": "oz", "onza": "oz",
                 "onzas": "oz", "lt": "l", "lts": "l", "litro": "l", "litros": "l", "liter": "l",
                 "liters": "l", "litre": "l", "litres": "l", "l": "l", "g": "g", "gr": "g",
                 "grs": "g", "gramos": "g"}  # fmt: skip
# "oil" as a word: a contactor's "coil" (bobina) is no oil, and its "220" no ISO VG grade
OIL_WORD = re.compile(r"\boil\b")
ONE_GALLON = re.compile(r"(?<![\w.,/-])(?:galon|gallon)\b")
# a drum or a pail said with its size and no unit ("tambor de 55", "pail 5", "cuñete de 16"): a
# drum of 55 (gallons) or of 180 (kilos), a pail of 5 (gallons) or of 16 (kilos), a tub in kilos
BARE_CONTENT = re.compile(r"\b(drum|pail|pote)\s*(?:de|of)?\s*(\d{1,3})(?![\w.,/\"'-])")


def _bare_content(m: re.Match[str], reading: Reading) -> str:
    size = int(m[2])
    gallons = (m[1] == "drum" and 30 <= size <= 55) or (m[1] == "pail" and size <= 6)
    reading.add("content", f"{size}{'gal' if gallons else 'kg'}")
    return f" {m[1]} "


def _lubricant(rest: str, reading: Reading) -> str:
    """Read a lubricant's grades and its container's size out of `rest` (see ISO_VG)."""
    rest = SAE_GRADE.sub(
        lambda m: _tape_value(reading, "sae", (m[1] or f"{m[2]}{m[3]}").replace(" ", "")
                              .replace("-", "")), rest)  # fmt: skip
    rest = CONTENT.sub(lambda m: _content(m, reading), rest)
    if "drum" in rest or "pail" in rest or "pote" in rest:
        rest = BARE_CONTENT.sub(lambda m: _bare_content(m, reading), rest)
    if ONE_GALLON.search(rest):
        reading.add("content", "1gal")
    if GREASE_WORD.search(rest) or NLGI.search(rest):  # "Mobilux EP 2 cartucho": a grease's grade
        rest = NLGI.sub(lambda m: _nlgi(m, reading), rest)
        rest = FILTER_WORD.sub("cartridge", rest)  # a grease's "cartucho" is its cartridge
    if OIL_WORD.search(rest) or "hydraulic" in rest:
        said = VG_SAID.findall(rest)
        if said:
            rest = VG_SAID.sub(lambda m: _tape_value(reading, "vg", m[1]), rest)
        elif not GREASE_WORD.search(rest):
            rest = VG_BARE.sub(
                lambda m: _tape_value(reading, "vg", m[1]) if m[1] in ISO_VG and int(m[1]) >= 22
                else m[0], rest)  # fmt: skip
    return rest


def _nlgi(m: re.Match[str], reading: Reading) -> str:
    """A grease's NLGI grade; "EP2" says extreme pressure too ("MOBILUX EP 2")."""
    return _tape_value(reading, "nlgi", m[1]) + (" ep " if m[0].startswith("ep") else "")


def _content(m: re.Match[str], reading: Reading) -> str:
    """What a container holds, as one code ("5gal", "16kg"); "32 galón" is the grade 32 in
    the gallon can, never a 32-gallon one."""
    unit = CONTENT_UNITS[m[2]]
    if unit == "gal" and m[1] in ISO_VG and int(m[1]) >= 22:
        return m[0]
    return _tape_value(reading, "content", _num(m[1]) + unit)


def _tape_value(reading: Reading, category: str, value: str) -> str:
    reading.add(category, value)
    return " "


def read(text: str, vocabulary: Vocabulary) -> Reading:
    """Read `text` into canonical words and codes (see module docstring)."""
    reading = Reading()
    folded = fold(text)
    if "mm" in folded and ("." in folded or "," in folded):
        folded = POINT_MM.sub(r"0.\1", folded)
    if "pulgad" in folded or "inch" in folded or "cuarto" in folded or "octavo" in folded:
        for spoken, said in SPOKEN_INCHES:
            folded = spoken.sub(said, folded)
        folded = INCH_BY.sub('" x ', folded)  # "half inch by one inch": 1/2" x 1"
    folded = spoken_grade(folded)
    if "/" in folded and "." in folded:
        folded = DOTTED_MIXED.sub(r"\1-\2", folded)
    if "sch" in folded or "ced" in folded:
        folded = JOINED_SCHEDULE.sub(r"\1 \2", folded)
    if "kg" in folded or "lb" in folded:
        folded = GLUED_WEIGHT.sub(r"\1 \2", folded)
    if ("cm" in folded or "centimet" in folded) and not NIPPLE_WORD.search(folded):
        # "amarras de 20 centimetros": 200 mm (a nipple's length in cm is its own: NIPPLE_SIZE)
        folded = CENTIMETRES.sub(lambda m: f" {int(m[1]) * 10} mm ", folded)
    if "mm" in folded:  # "300mm" is 300 mm, as said apart ("300mm zip ties"), never a part
        folded = GLUED_LENGTH_MM.sub(r"\1 mm", folded)  # number of its own
    if "/" in folded:
        folded = SHORT_PREPOSITIONS.sub(lambda m: PREPOSITIONS[m[1]], folded)
    if ":" in folded:  # "(Serie: 6203, Sello: Abierto)": the label says no seal, its value does
        folded = SEAL_LABEL.sub(" ", folded)
    if "." in folded:
        folded = ABBREVIATION_DOT.sub(". ", folded)  # ROD.RIG.BOLAS
    if "corrido" in folded or "close" in folded:
        folded = CLOSE_NIPPLE.sub('" ', folded)  # 1"XCORRIDO
    if "tapa" in folded and BEARING_NUMBER.search(folded):  # "6204 con tapas": shields
        folded = SHIELD_CAPS.sub(" shielded ", folded)
    if "/" in folded:
        folded = SLASHED_WORDS.sub(" ", folded)
    if "a " in folded:
        folded = ADAPTER_SHORT.sub(lambda m: "male adapter" if m[1] == "m" else "female adapter",
                                   folded)  # fmt: skip
    if "emt" in folded and ("screw" in folded or "tornillo" in folded):  # its locking
        # ("coupling EMT 3/4 set screw", "cople EMT 1 de tornillo")
        folded = EMT_SET_SCREW.sub(" set_screw ", folded)
    if "xxl" in folded:
        folded = X_RUN.sub(lambda m: f"{len(m[1])}xl", folded)
    if "estrella" in folded:
        folded = STAR_SPROCKET.sub("sprocket", folded)
    if "mando" in folded:
        folded = DRIVE_MANDO.sub("drive ", folded)
    if TURNING_HINT.search(folded):  # "CNMG 432", "portainserto p/CNMG derecho 25x25"
        folded = read_turning(folded, reading.add)
    rest = vocabulary.canonicalize(folded)
    lubricant = bool(GREASE_WORD.search(rest) or OIL_WORD.search(rest) or NLGI.search(rest))
    if lubricant or LUBE_CONTAINER.search(rest) or (
        "hydraulic" in rest and "hose" not in rest and VG_SAID.search(rest)
    ):  # a lubricant's grade and container (see ISO_VG)
        rest = _lubricant(rest, reading)
    if ADHESIVE.search(rest):  # "pomo 85 g", "EPOXI 50G": what the tube holds, by weight
        rest = GRAMS.sub(lambda m: _tape_value(reading, "content", _num(m[1]) + "g"), rest)
    if "grease_gun" in rest:  # no lubricant, but its "cartucho" is the grease cartridge it takes
        rest = FILTER_WORD.sub("cartridge", rest)
    if "ierro" in rest and PIPE_WORDS.search(rest):
        rest = BARE_IRON.sub("black carbon_steel", rest)
    if "cs" in rest and PIPE_WORDS.search(rest):
        rest = CARBON_SHORT.sub("carbon_steel", rest)
    if "nipple" in rest:  # "niple 3/4 x 3": size and length
        rest = NIPPLE_SIZE.sub(lambda m: _nipple(m, reading), rest)
    if "cylinder" in rest:  # bore and stroke
        rest = CYLINDER_BORE.sub(lambda m: _cylinder("bore", m, reading), rest)
        rest = CYLINDER_STROKE.sub(lambda m: _cylinder("stroke", m, reading), rest)
        rest = CYLINDER_BARE.sub(lambda m: _cylinder_bare(m, reading), rest)
    if "motor" in rest:
        rest = MOTOR_POWER.sub(lambda m: _motor_power(m, reading), rest)
        rest = MOTOR_SPEED.sub(lambda m: _motor_speed(m, reading), rest)
    elif "pump" in rest:
        if "caballo" in rest:
            for spoken_power, power in SPOKEN_POWER:
                rest = spoken_power.sub(power, rest)
        rest = PUMP_POWER.sub(lambda m: _pump_power(m, reading), rest)
    if "gpm" in rest or "gal" in rest:
        rest = FLOW_GPM.sub(lambda m: _tape(m, "gpm", reading), rest)
    if "tank" in rest and "gal" in rest:
        rest = TANK_GALLONS.sub(lambda m: _tape(m, "gal", reading), rest)
    if "pressure_switch" in rest:
        rest = PSI_RANGE.sub(lambda m: _tape_value(reading, "psi", f"{m[1]}-{m[2]}"), rest)
    if "terminal" in rest and ("stud" in rest or "bolt" in rest):
        rest = STUD.sub(lambda m: _stud(m, reading), rest)
    if "threaded rod" in rest:  # "varilla roscada 1/2 x 10 pies": ten feet, never ten inches
        rest = ROD_FEET.sub(lambda m: _tape(m, "length_ft", reading), rest)
    if "tape_measure" in rest:
        rest = TAPE_METRES.sub(lambda m: _tape(m, "length_m", reading), rest)
        rest = TAPE_FEET.sub(lambda m: _tape(m, "length_ft", reading), rest)
    if "glasses" in rest:
        rest = LENS_DARK.sub("dark", rest)
        rest = LENS_BLACK.sub("dark", rest)
    if "boot" in rest:
        rest = BOOT_SIZE.sub(r" talla \1 ", rest)
    if "cable_tie" in rest:  # "100mm long, the thin 2.5mm ones": 100x2.5
        rest = TIE_APART.sub(_tie_apart, rest)
    if "nitrile" in rest and "glove" not in rest and NITRILE_SIZED.search(rest):
        rest += " glove"  # "10 cajas de nitrilo small": the island's nitrile gloves
    if "respirator" in rest or "glove" in rest:  # "respirador 6200 medium": talla M
        rest = SIZE_SAID.sub(lambda m: f" talla {SIZE_LETTERS[m[1]]} ", rest)
        rest = RESPIRATOR_LETTER.sub(r"\1 talla \2", rest)
    if "glove" in rest:  # "talla L" is size 9
        rest = GLOVE_SIZE.sub(lambda m: f" size {GLOVE_SIZES[m[1]]} ", rest)
        rest = GLOVE_SIZE_LAST.sub(lambda m: f" size {GLOVE_SIZES[m[1]]} ", rest)
        rest = BARE_GLOVE_SIZE.sub(lambda m: f" size {GLOVE_SIZES[m[1]]} ", rest)
    if "breaker" in rest and "ma" in rest and SENSITIVITY.search(rest):
        rest = rest.replace("breaker", "rcd")  # "disyuntor 2x40 30mA" is an RCD
    if "elbow" in rest or "grasera" in rest:  # "codo 90", "grasera 1/8 npt 90": the angle
        rest = ELBOW_ANGLE.sub(r" angle\1 ", rest)
    elif "deg" in rest or "grado" in rest:  # "45°", "a 45 grados", "90 degrees"
        rest = ANGLE.sub(r" angle\1 ", rest)
    if "zinc" in rest and PIPE_WORDS.search(rest):  # a galvanized fitting is galvanized steel
        rest = ZINC.sub("galvanized_steel", rest)
    # A size right before a pipe thread is in inches: "niple 4 npt", "valvula 1 1/2 bsp"
    if "npt" in rest or "bsp" in rest:
        rest = BEFORE_PIPE_THREAD.sub(r'\1" ', rest)
    if "x" in rest and PIPE_WORDS.search(rest):  # "bushing 1x1/2"": from 1" to 1/2"
        rest = WHOLE_BY_FRACTION.sub(r'\1" x \2"', rest)
    # A fitting's size written bare is in inches, whole or decimal: "tee 1 negro",
    # "codo 90 2", "cople galvanizado 1.5" (1-1/2"), unless another size is given
    if PIPE_WORDS.search(rest) and "/" not in rest and '"' not in rest and "nipple" not in rest:
        rest = BARE_PIPE_SIZE.sub(_pipe_size, rest)
    if "din" in rest and RAIL_ITEM.search(rest):  # "breaker din 2x10a": the DIN rail
        rest = BARE_DIN.sub("din_rail", rest)
    if "breaker" in rest:  # "C16" is curve C, 16 A; "1x16a" one pole of 16 A
        rest = CURVE_AMPS.sub(r"curve_\1 \2a", rest)
        rest = POLES_X_AMPS.sub(r"\1p \2a", rest)
        rest = CURVE.sub(lambda m: f"curve_{m[1] or m[2]}", rest)
    elif "rcd" in rest or "taco" in rest:  # "diferencial 4x25": four poles, 25 A; Colombia's
        rest = POLES_X_AMPS.sub(r"\1p \2a", rest)  # "taco 2x20", a plug-in breaker's
        rest = POLES_X_AMPS.sub(r"\1p \2a", rest)
    if "nut" in rest and "cl" in rest:  # a metric nut's property class: "clase 8", "CL.8"
        rest = NUT_CLASS.sub(lambda m: _tape_value(reading, "grade", f"cl{m[1]}"), rest)
    if "oil_seal" in rest or "o_ring" in rest:  # "retén 35x52x7", "o-ring 2-214", "25 x 3"
        rest = read_seal(rest, reading.add)
    if "polyurethane" in rest:  # "tubo PU 8x6", "manguera PU 8mm": the tube's outside
        rest = read_tube(rest, reading.add)
    if "push_fitting" in rest or ("fitting" in rest and TUBE_TAKEN.search(rest)):
        rest = read_fitting(rest, reading.add)  # "racor 8 x 1/4": the tube it takes
    if "guardamotor" in rest:  # "guardamotor 9-14": its setting's range, the A left out
        rest = BARE_RANGE.sub(r"\1-\2a", rest)
    # a contactor's and a solenoid valve's coil: "bobina 220", "EV 5/2 24 vcc", "220V"
    if "contactor" in rest or "solenoid" in rest or COIL_WORD.search(rest):
        rest = COIL_BEFORE.sub("", rest)
        rest = COIL_VOLTS.sub(_coil, rest)
        rest = BARE_MAINS.sub(r"\1vac", rest)
    if "amp" in rest:  # "de 18 amperes": the word says amperes, whatever stands before
        rest = RANGE_AMPS_WORD.sub(r"\1-\2a", rest)  # "9-13 amps": one range
        rest = AMPS_WORD.sub(lambda m: _amps(m, reading), rest)
    if "breaker" in rest and ("single" in rest or "dobl" in rest):
        rest = BREAKER_SINGLE.sub(lambda m: " 1p " if m[1] == "single" else " 2p ", rest)
    if "pol" in rest or "pl" in rest:
        rest = POLES_WORD.sub(r"\1p", rest)
        rest = POLAR_WORD.sub(lambda m: POLAR[m[1]], rest)
        rest = POLES_NAMED_WORD.sub(lambda m: POLES_NAMED[m[1]], rest)
    if "breaker" in rest and "p " in rest:  # "breaker QO 1P 20": a bare number after the
        rest = POLES_THEN_AMPS.sub(r"\1 \2a", rest)  # poles is the breaker's amperes
    if "/" in rest:
        rest = DOTTED_INCH.sub(r"\1-\2", rest)  # 4.1/2" is 4-1/2"
    if "ss" in rest:
        rest = SS_GRADE.sub(r"stainless \1", rest)
    # "Z60", "ZA 80": a zirconia disc's grit, on a disc or beside a disc's diameter ("pff 115
    # z80", a maker's line); never a sprocket's teeth ("Z24")
    disc = DISC.search(rest) or DISC_DIAMETER.search(rest)
    if "z" in rest and disc and not TOOTHED.search(rest):
        rest = ZIRCONIA_GRIT.sub(r" grit \1 ", rest)
    if "grinding" in rest and "/" in rest and "cutoff" not in rest:  # "4-1/2 x 1/4": the
        # 6.4 mm grinding disc
        rest = GRINDING_THICKNESS.sub(lambda m: f" x {INCH_THICKNESS[m[1]]}mm ", rest)
    if "wheel" in rest or "flap" in rest or "cutoff" in rest or "grinding" in rest:  # inches
        rest = WHEEL_MM.sub(r"\1 x ", rest)
        rest = DISC_MM.sub(r" \1 ", rest)  # "flap disc 180mm": its diameter
        if "4" in rest:  # "disco de corte 4.5": 4-1/2"
            rest = FOUR_AND_A_HALF.sub("4-1/2", rest)
        if "cutoff" in rest and ("/" in rest or ".0" in rest):  # "x 1/16": 1.6 mm thick
            rest = CUTOFF_THICKNESS.sub(lambda m: f" x {INCH_THICKNESS[m[1] or m[2]]}mm ", rest)
        rest = DISC_SIZE.sub(r'\1" ', rest)
        if "cutoff" in rest:  # "7X1.0MM", "4-1/2 x 1.6": the cut-off wheel's thickness
            rest = CUTOFF_MM.sub(r"\1 x \2mm ", rest)
        rest = GRIT_AFTER.sub(r" grit \1 ", rest)  # "80G", "flap disc 60g": the grit
        rest = NUMBERED_GRIT.sub(r" grit \1 ", rest)
        if "flap" in rest and not GRIT_SAID.search(rest):  # "disco laminado 60": a flap
            # disc's bare number is its grit, unless the grit is said ("flap 180 g40": 180 mm)
            rest = FLAP_GRIT.sub(r" grit \1 ", rest)
    if "hex" in rest and "bolt" not in rest and "nut" not in rest:  # "hexagonal 5/8 x 4 g5":
        rest = HEX_WITH_LENGTH.sub("hex bolt ", rest)  # a length: the hex bolt, never a nut
    if "bolt" in rest and PERNO.search(folded) and not OTHER_BOLTS.search(rest):
        rest += " hex"  # a "perno" is a hex bolt unless it says which other kind
    wire = "wire" in rest or bool(WIRE_CONTEXT.search(rest))
    if "sandpaper" in rest and "flap" not in rest:  # "disco de lija flap 115 grano 120"
        rest = NUMBERED_GRIT.sub(r" grit \1 ", rest)
    if "encauchetado" in rest or "cordon" in rest:
        rest = CORD_SPACED.sub(r"\1x\2", rest)
    if (wire or "cord" in rest) and "x" in rest and ("." in rest or "," in rest):
        rest = CORES_DOT.sub(r"\1x\2,\3", rest)  # "cord 4x2.5" as "4x2,5" is read
    if wire or "cord" in rest:  # "NYY 2x4mm²": the cores, and the section apart from them
        rest = CORES_JOINED.sub(r"\1 mm2", rest)
    if wire:  # "cable thhn #14", "thhn 12 rojo", "cable del 12": a gauge
        rest = WIRE_NUMBER.sub(r" \1 awg ", rest)
        rest = WIRE_DEL.sub(r" \1 awg ", rest)
        rest = WIRE_GAUGE.sub(r"\1 \2 awg ", rest)
        rest = GAUGE_AFTER.sub(r" \1 awg ", rest)
    if ".0" in rest and WELDING_CONTEXT.search(rest):  # ".035" wire: 0.9 mm
        rest = WIRE_THOU.sub(lambda m: f" {THOU_MM[m[1]]} mm ", rest)
    if ("mig" in rest or "tig" in rest) and MIG_TIG.search(rest):
        rest = WIRE_DIAMETER.sub(r" \1 mm ", rest)
    # (THW and THHN alone are no gauge: Peru's "THW 2.5 rojo" is 2.5 mm²; a gauge said is)
    bare_section = wire and ("," in rest or "." in rest) and not AWG_SAID.search(rest)
    if bare_section and not WELDING_WIRE.search(rest):  # "cable 1,5 negro": 1.5 mm²
        rest = BARE_SECTION.sub(r" \1 mm2 ", rest)
    if (wire or "terminal_block" in rest) and "mm" in rest and not WELDING_WIRE.search(rest):
        # "cable 4 mm" is 4 mm²
        rest = SECTION_MM.sub(r"\1 mm2", rest)
    if "relay" in rest:  # contacts: DPDT is two changeover contacts (2CO)
        rest = CONTACTS.sub(lambda m: f" {CHANGEOVER[m[1]]} ", rest)
    # tapered roller bearings: 30205, 32208; inch sets LM11949/10 ("tapered set #1" too)
    if "bearing" in rest or "tapered" in rest:
        rest = TAPERED.sub(lambda m: _designation(m, reading), rest)
        rest = BEARING_SET.sub(lambda m: _designation(m, reading), rest)
    if wire:  # "calibre 12", "cal. 10": a gauge
        rest = GAUGE_WORD.sub(r" \1 awg ", rest)
    if "metal" in rest or "ierro" in rest or "iron" in rest:  # a drill or disc "for metal":
        # what it cuts, not what it is; a drill for metal is a high-speed steel one (never
        # the masonry drill); a disc "para metal" is the metal disc, as "disco corte metal"
        # is (not the one for stainless), and so is one for iron (Mexico's "pa fierro")
        rest = FOR_METAL.sub(lambda m: " hss " if "drill" in rest else
                             " metal " if m[0].endswith(("metal", "ierro", "iron"))
                             and DISC.search(rest) else " ", rest)  # fmt: skip
        if "drill" in rest:  # "metal drill bit", "broca metal 5 mm": the same HSS drill
            rest = METAL_DRILL.sub(" hss ", rest)
    if "sprocket" in rest or "chain" in rest or "link" in rest:
        rest = SPROCKET.sub(lambda m: _sprocket(m, reading), rest)
        if "sprocket" in rest and "x" in rest:
            rest = SPROCKET_BY.sub(lambda m: _sprocket(m, reading), rest)
        rest = CHAIN_STRANDS.sub(lambda m: _chain(m, reading), rest)
        rest = CHAIN_SIZE.sub(lambda m: _chain(m, reading), rest)
        rest = SPROCKET_SPACED.sub(lambda m: _sprocket(m, reading), rest)
        rest = TEETH.sub(lambda m: _teeth(m, reading), rest)
    if "hydraulic" in rest or "hose" in rest or "jic" in rest:
        rest = SAE_RATING.sub(lambda m: _rating(m, reading), rest)
        if "hose" in rest:
            rest = HOSE_BRAIDS.sub(lambda m: _braids(m, reading), rest)
        rest = DASH_SIZE.sub(lambda m: f' {_dash(m[1])}" ', rest)
    if "fl" in rest or "filos" in rest or "gavilanes" in rest or "cortes" in rest:
        rest = FLUTES.sub(lambda m: _tape(m, "flutes", reading), rest)
    if "x" in rest and CORD.search(rest):
        rest = CORD_SPEC.sub(_cord_spec, rest)
    if "drill" in rest:  # a drill's size in mm is what it is: "broca 6 mm", "SDS 12 x 160 mm"
        rest = DRILL_MM.sub(lambda m: _drill(m, reading), rest)
        if "," in rest or "." in rest:
            rest = DRILL_DECIMAL.sub(lambda m: _drill(m, reading), rest)
    if "sandpaper" in rest and "flap" not in rest:  # a flap disc's 115 is its diameter
        rest = SANDPAPER_GRIT.sub(lambda m: m[1] or f" grit {m[2]} ", rest)
    if "rod" in rest and ROD_CLASS.search(rest) and ROD_SIZE.search(rest):
        rest = WELDING_ROD.sub("electrode", rest)
    elif "rod" in rest:  # "10 rod 6205 ddu nsk": Chile's counter cuts rodamiento to "rod"
        rest = BEARING_ROD.sub("bearing", rest)
    elif AWS_CLASS.search(rest) and ROD_SIZE.search(rest) and not KIND_WORD.search(rest):
        rest += " electrode"  # "30 kilos esab 7018 1/8": a welder names the rod by its class
    if "electrode" in rest:  # "electrodo 6011" names an AWS class, not a 6011 bearing
        rest = ELECTRODE_DIAMETER.sub(r" \1 mm ", rest)
        rest = AWS_CLASS.sub(r"e\1", rest)
    if "mm" in rest:
        rest = BARE_MM.sub(" metric ", rest)
    if "bolt" in rest and "x" in rest and (PERNO.search(folded) or METRIC_SIGN.search(rest)):
        # "pernos 20x50 G8.8": a metric thread's diameter and length, the M left out
        rest = BARE_METRIC_BOLT.sub(r" m\1x\2 ", rest)
    if "bolt" in rest and "x" in rest and "anchor" not in rest and not PIPE_WORDS.search(rest):
        # "tornillo hex g5 1/2 x 2": an inch bolt's thread and length, wherever they stand
        rest = GRADE_FIRST.sub(lambda m: _grade(m, reading), rest)
        rest = INCH_BOLT.sub(lambda m: _consumed(_inch_bolt, m, reading), rest)
    if "macho" in rest or "hembra" in rest or "-" in rest:
        rest = ENDS.sub(lambda m: _ends(m, reading), rest)
    for pattern, handle in RULES:

        def consume(
            m: re.Match[str], handle: Callable[[re.Match[str], Reading], None] = handle
        ) -> str:
            handle(m, reading)
            return " "

        rest = pattern.sub(consume, rest)
    designation = "bearing" in reading.codes
    for token in TOKEN.findall(rest):
        if token in SEAL_WORDS and (designation or "bearing" in rest):
            reading.add("seal", SEAL_WORDS[token])
            continue
        if designation and token in SEALS:  # "6204 skf 2rs", "6204 2 RS": the seal apart
            reading.add("seal", SEALS[token])
            if token in MAKER_SEALS:
                reading.maker |= {MAKER_SEALS[token]}
            continue
        if designation and token in CLEARANCES:  # "6204 skf c3"
            reading.add("clearance", token)
            continue
        word = token
        if word.startswith("angle") and word[5:].isdigit():
            reading.add("angle", word[5:])
        elif word.startswith("coil_"):  # "bobina 24v": AC or DC unsaid
            reading.add("coil", word[5:])
        elif word == "black" and wire:
            reading.add("color", word)
        elif word in ("zinc", "black", "hdg"):
            reading.add("finish", word)
        elif word in MATERIALS:
            reading.add("material", MATERIALS[word])
        elif word in ("npt", "bsp"):
            reading.add("end", word)
        elif word in COLORS:
            reading.add("color", word)
        elif word.isdigit() or DECIMAL.fullmatch(word):  # "4 1/2 x 1.6": a number
            reading.add("number", _num(word))
        elif REF.fullmatch(word) and word not in NOT_REFS:
            reading.add("ref", word)  # a designation or series: NU208, 8MGT, 982C
        elif MODEL_SLASH.fullmatch(word):  # a maker's model with its stages: Pedrollo 4SR6m/7
            reading.add("ref", word)
        elif len(word) > 1 and word not in STOPWORDS:
            reading.words.add(word)
    # an electrode or an abrasive disc is told apart by its class and size: a current beside
    # it is a maker's line ("Hobart 335A 3/32", "3M 967A 7 60+") or the range it welds at,
    # never a fact that one brand lacks
    if "amps" in reading.codes and not reading.words.isdisjoint(NO_CURRENT):
        reading.codes.pop("amps")
    # a fastener's DIN says it is a bolt or screw where a cut name does not ("ALLEN CAB CIL
    # DIN912 M8X40": a socket head cap screw)
    if not reading.codes.get("din", set()).isdisjoint(BOLT_DINS):
        reading.words.add("bolt")
    # an insert bearing's housing says what it is: UCP a pillow block, UCF/UCFL a flange unit
    for ref in reading.codes.get("ref", ()):
        if ref.startswith("ucp") and ref[3:4].isdigit():
            reading.words.add("pillow_block")
        elif ref.startswith("ucf") and ref[-1].isdigit():
            reading.words.add("flange_unit")
    # a deep groove designation is a ball bearing whether the name says so or not (catalog
    # 23's "BALINERA 6302 2RS SKF" for "ball bearing 6302 rubber seal SKF"); a designation said
    # alone ("62052Z") stays a designation, no words of an item
    deep = any(DEEP_GROOVE.fullmatch(b) for b in reading.codes.get("bearing", ()))
    if deep and reading.words:
        reading.words.add("ball")
    if "end" in reading.codes:  # an NPT or BSP end is a threaded one
        reading.words.add("threaded")
    # A black pipe fitting is black (uncoated) carbon steel, as "fierro negro" says
    black = "black" in reading.codes.get("finish", ())
    if black and "material" not in reading.codes and PIPE_WORDS.search(rest):
        reading.add("material", "carbon")
    if "bearing" in reading.codes and "seal" not in reading.codes and "2rs" in reading.words:
        reading.add("seal", "2rs")

    if (
        "inch" in reading.codes
        and "thread" not in reading.codes
        and FASTENER.search(rest)
        and not PIPE_WORDS.search(rest)  # "tuerca 1/2 npt", "tuerca union 1/2": pipe sizes
        and "anchor" not in rest  # "Strong-Bolt 2", "anchor bolt 3/8 x 5": an anchor's size
    ):
        # a nut, washer or bolt's inch size is its thread: "tuerca 3/8" is a 3/8"-16 nut
        reading.codes["thread"] = reading.codes.pop("inch")
    metric_thread = any(t.startswith("m") for t in reading.codes.get("thread", ()))
    if (
        metric_thread
        and "stainless" in reading.codes.get("material", ())
        and ("grade" not in reading.codes)
    ):
        reading.add("grade", "a2")  # inox fasteners are A2 unless the buyer says A4
    threads = reading.codes.get("thread", set())
    if "tpi" not in reading.codes and len(threads) == 1 and "un" in folded:
        # "PERNO HEX G5 1/2X2 ZINC UNC": a UNC 1/2" thread is 1/2-13, a UNF one 1/2-20
        series = {m[1] for m in SERIES.finditer(folded)}
        table = UNC_TPI if series == {"unc"} else UNF_TPI if series == {"unf"} else {}
        tpi = table.get(next(iter(threads)))
        if tpi:
            reading.add("tpi", tpi)
    if metric_thread:  # "perno métrico M8 x 40": the M says it
        reading.words.discard("metric")
    return reading


def with_defaults(reading: Reading, *, bare_is_open: bool = True) -> Reading:
    """What a text means by leaving a fact out. A bearing without C3 has normal
    clearance (6204 is not 6204/C3). Without seals it is the open bearing when
    `bare_is_open`: always for a catalog item, and for a request when the catalog
    itself writes its open bearings bare (its house style, which its buyers read);
    otherwise "6204" may be 2RS, ZZ or open, and the buyer is asked."""
    if "bearing" in reading.codes:
        if bare_is_open and "seal" not in reading.codes:
            reading.codes["seal"] = {"open"}
            reading.assumed.add("seal")
        reading.codes.setdefault("clearance", {"cn"})
    return reading
