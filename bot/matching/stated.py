"""What a text states of an item, and what a buyer says the item must not have.

A buyer who writes "cédula 80", "clase 300", "inox 316" or "npt" states a fact; the item
we carry in that size may state another (SCH 40, class 150, 304, BSP). The matcher reads
most facts as codes that must agree, but these are numbers or grades it lets pass (a bare
number never vetoes): here each
is read on both sides as a value of one attribute, and an item that states another value of
an attribute the buyer stated is never settled on. An item silent on the attribute is no
contradiction.

A buyer who writes "sin capucha", "without ratchet", "no lubricado" or "non-sealed" names a
feature the item must lack: the words are no part of what is asked, and an item that has
the feature is never settled on; one that says it lacks it is the one meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.matching.notation import Reading, read
from bot.matching.text import fold
from bot.matching.vocabulary import Vocabulary

Stated = dict[str, frozenset[str]]

# Pipe schedules ("SCH 40", "sch80", "cédula 40", "ced. 80", "schedule XS"): STD is 40 and XS
# is 80 in the sizes a counter sells.
SCHEDULE = re.compile(
    r"\b(?:sch(?:edule)?|ced(?:ula)?)\s*[.:#-]?\s*(5|10|20|30|40|60|80|100|120|140|160|std|xxs|xs)"
    r"(?:s)?\b"
)
SCHEDULE_SAME = {"std": "40", "xs": "80"}
# A valve's or flange's pressure class ("class 150", "clase 300", "CL150", "150#", "150 lbs"
# beside a valve or flange), WOG rating ("600 WOG") and PN ("PN16")
PRESSURE_CLASSES = r"(125|150|250|300|400|600|800|900|1500|2000|2500|3000|6000|9000)"
PRESSURE_CLASS = re.compile(
    r"\b(?:class|clase|cl)\s*[.:#-]?\s*" + PRESSURE_CLASSES + r"\b(?!\s*(?:mm|v|a)\b)"
    r"|(?<![\w.,/-])" + PRESSURE_CLASSES + r"\s*(?:#|lbs?\b|libras\b)"
)
PRESSURE_PIECES = re.compile(r"\b(?:valve|valvula|llave|registro|brida|flange|codo|elbow|tee|"
                             r"union|cople|coupling|niple|nipple|fitting|accesorio)")
WOG = re.compile(r"(?<![\w.,/-])(\d{3,4})\s*(?:psi\s*)?wog\b")
PN = re.compile(r"\bpn\s*-?\s*(6|10|16|25|40|64|100)\b(?![.,/]\d)")
# Stainless steel's grade: 304 or 316 (L is the low-carbon of each), said with the steel, or
# a fastener's A2 (304) or A4 (316) beside the steel's name
STAINLESS = r"(?:aisi|ss|sst|inox(?:idable)?|stainless(?:\s+steel)?|acero\s+inox(?:idable)?)"
STAINLESS_GRADE = re.compile(
    r"\b" + STAINLESS + r"\s*[-/]?\s*(?:aisi\s*)?(304|316)l?\b"
    r"|\b(304|316)l?\s*[-/]?\s*" + STAINLESS + r"\b"
)
STAINLESS_WORD = re.compile(r"\b" + STAINLESS + r"\b")
FASTENER_STAINLESS = re.compile(r"(?<![\w-])(a2|a4)(?:-(?:50|70|80))?(?![\w-])")
# A pipe thread's standard: NPT (American) or BSP (gas, Whitworth)
PIPE_THREAD = re.compile(
    r"\b(?:(npt|nptf|fnpt|mnpt)|(bsp|bspt|bspp)|rosca\s+(americana|gas|whitworth))\b"
)
# An inch bolt's SAE grade ("grade 8", "grado 5", "gr.8", "G5", "SAE 8")
SAE_GRADE = re.compile(
    r"\b(?:sae\s*(?:j429\s*)?)?(?:grade|grado|gr|g|sae)\s*[.-]?\s*([258])\b(?![.,]\d)"
)


def _schedule(text: str) -> set[str]:
    return {SCHEDULE_SAME.get(m[1], m[1]) for m in SCHEDULE.finditer(text)}


def _pressure_class(text: str) -> set[str]:
    found = set()
    for m in PRESSURE_CLASS.finditer(text):
        if m[1] or PRESSURE_PIECES.search(text):  # "150 lbs" is a weight beside no valve
            found.add(m[1] or m[2])
    return found


def _stainless(text: str) -> set[str]:
    found = {m[1] or m[2] for m in STAINLESS_GRADE.finditer(text)}
    if STAINLESS_WORD.search(text):
        found |= {"304" if m[1] == "a2" else "316" for m in FASTENER_STAINLESS.finditer(text)}
    return found


def _pipe_thread(text: str) -> set[str]:
    found = set()
    for m in PIPE_THREAD.finditer(text):
        found.add("npt" if m[1] or m[3] == "americana" else "bsp")
    return found


# Attribute → how its values are read from folded text, and a cheap test of whether the
# text may say it at all (most items and lines say none of them).
ATTRIBUTES: dict[str, tuple[tuple[str, ...], Callable[[str], set[str]]]] = {
    "schedule": (("sch", "ced"), _schedule),
    "pressure_class": (("cl", "#", "lb", "libras"), _pressure_class),
    "wog": (("wog",), lambda text: {m[1] for m in WOG.finditer(text)}),
    "pn": (("pn",), lambda text: {m[1] for m in PN.finditer(text)}),
    "stainless": (("304", "316", "a2", "a4"), _stainless),
    "pipe_thread": (("np", "bsp", "rosca"), _pipe_thread),
    "sae_grade": (("g", "sae"), lambda text: {m[1] for m in SAE_GRADE.finditer(text)}),
}


def stated(*texts: str) -> Stated:
    """The attributes `texts` state (folded inside), each with the values they state."""
    text = " ; ".join(fold(t) for t in texts if t)
    found: Stated = {}
    for name, (marks, values) in ATTRIBUTES.items():
        if any(mark in text for mark in marks):
            said = values(text)
            if said:
                found[name] = frozenset(said)
    return found


def contradicts(said: Stated, theirs: Stated) -> bool:
    """Whether an item stating `theirs` states another value of an attribute `said` states
    (an item that states several, "brass / bronce", contradicts none of them)."""
    return any(name in theirs and values.isdisjoint(theirs[name]) for name, values in said.items())


# A feature said to be absent: "sin capucha", "without ratchet", "w/o hood", "no lubricado",
# "not sealed", "non-sealed", an ERP's "S/TAPA"; never "no." or "N° 5" (a number), and never a
# phrase the vocabulary reads whole ("sin sellos": open, "non return": check)
NEGATION = re.compile(
    r"(?<![\w/])(?:sin|without|w/o|not|no(?![.\w])|non(?=[\s-]?[a-z]{3})|s/(?=\s?[a-z]{2}))\s*-?\s*"
    r"(?:(?:el|la|los|las|the|any|a|an)\s+)?(?=[a-z])"
)
SHORT_SIN = re.compile(r"(?<![\w/])s/(?=\s?[a-z]{2})")
WORD = re.compile(r"[a-z][a-z0-9_]*(?:-[a-z][a-z0-9_]*)?")


Feature = tuple[frozenset[str], frozenset[tuple[str, str]]]  # its words, its codes


def without_lacking(
    text: str,
    vocabulary: Vocabulary,
    knows: Callable[[str], bool],
    ignored: frozenset[str] | set[str] = frozenset(),
) -> tuple[str, tuple[Feature, ...]]:
    """`text` (folded) without the phrases that say a feature is absent, and those features.

    A feature is what its words add to the text's reading: words (`knows` must know each of
    them: a word the catalog never writes is left where it is, a question as before) and
    codes ("non-sealed" a bearing's 2RS seal, "sin zincar" the zinc finish). Words in
    `ignored` ("no hay", "sin prisa") are talk, not features, and stay in the text."""
    folded = fold(text)
    if not NEGATION.search(folded):
        return folded, ()
    folded = SHORT_SIN.sub("sin ", folded)  # an ERP's "S/TAPA" is "sin tapa"
    pieces: list[str] = []
    kept_from = 0
    features: list[Feature] = []
    for m in NEGATION.finditer(folded):
        if m.start() < kept_from:
            continue
        if vocabulary.pattern is not None and vocabulary.pattern.match(folded, m.start()):
            continue  # "sin sellos", "non-return", "without cord": the vocabulary's own
        phrase = vocabulary.pattern.match(folded, m.end()) if vocabulary.pattern else None
        said = phrase or WORD.match(folded, m.end())
        if said is None:
            continue
        before, after = folded[: m.start()], folded[said.end() :]
        full = read(f"{before} {folded[m.end() : said.end()]} {after}", vocabulary)
        less = read(f"{before} {after}", vocabulary)
        words = frozenset(full.words - less.words - ignored)
        codes = frozenset(_codes(full) - _codes(less))
        if not words and not codes:
            continue  # "no hay", "sin prisa": talk, left as it is
        if not all(knows(w) for w in words):
            continue  # a feature the catalog never names: the line stays a question
        pieces.append(folded[kept_from : m.start()])
        kept_from = said.end()
        features.append((words, codes))
    if not features:
        return folded, ()
    pieces.append(folded[kept_from:])
    return re.sub(r"\s+", " ", " ".join(pieces)).strip(), tuple(features)


def _codes(reading: Reading) -> set[tuple[str, str]]:
    return {(c, v) for c, vs in reading.codes.items() if c not in ("number", "mm") for v in vs}


# A code lacked that another code also says: "sin zincar" is no hot-dip galvanized bolt either
KIN = {("finish", "zinc"): {("finish", "hdg"), ("material", "galvanized")}}


def has_any(
    features: tuple[Feature, ...], reading: Reading, lacks: tuple[Feature, ...]
) -> bool:
    """Whether an item read as `reading`, that says it lacks `lacks`, has one of `features`
    (every word of it, or one of its codes or their kin)."""
    lacked_words = {w for words, _ in lacks for w in words}
    lacked_codes = {c for _, codes in lacks for c in codes}
    own = reading.words - lacked_words
    for words, codes in features:
        if words and words <= own:
            return True
        kin = set(codes).union(*(KIN.get(c, set()) for c in codes))
        if any(v in reading.codes.get(c, ()) and (c, v) not in lacked_codes for c, v in kin):
            return True
    return False


def says_lacks(features: tuple[Feature, ...], lacks: tuple[Feature, ...]) -> bool:
    """Whether an item that says it lacks `lacks` says it lacks every one of `features`."""
    lacked_words = {w for words, _ in lacks for w in words}
    lacked_codes = {c for _, codes in lacks for c in codes}
    return all((words and words <= lacked_words) or (codes and codes <= lacked_codes)
               for words, codes in features)  # fmt: skip
