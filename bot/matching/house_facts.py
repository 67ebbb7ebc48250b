"""What a house's own catalog says of its items, beyond the vocabulary (issue #13).

A house never seen names its items its own way: a bearing's clearance only in the maker's
number it copies after the name ("Rodamiento de bolas 6207 … SKF 6207/C3"), its fittings'
steel and stainless side by side. These rules read such facts from the house's texts so
the next unseen house gains too; none of them lists one catalog's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Protocol

from bot.matching.lines import RequestLine
from bot.matching.notation import Reading, read_item
from bot.matching.stated import STAINLESS_WORD
from bot.matching.text import fold, part_key

if TYPE_CHECKING:
    from bot.matching.index import CatalogIndex, Entry


class _Offered(Protocol):
    @property
    def sku(self) -> str: ...


class MatchResultLike(Protocol):
    """What `of_pieces` reads of a matcher's answer."""

    @property
    def sku(self) -> str | None: ...

    @property
    def candidates(self) -> Sequence[_Offered]: ...


def clearance_unnamed(index: CatalogIndex) -> None:
    """A bearing whose house name says no clearance, where only the maker's number it carries
    says one ("Rodamiento de bolas 6207 … SKF 6207/C3"), is the house's 6207 as its buyers ask
    for it: their "6207 SKF" (normal clearance, said by leaving it out) fits it too. The maker's
    clearance stays, so a line saying C3 still fits it; and where the house also sells that
    maker's bearing in normal clearance (by any name), a bare "6207" is that one alone."""
    groups: dict[tuple[str | None, frozenset[str], frozenset[str]], list[int]] = {}
    for position, entry in enumerate(index.entries):
        codes = entry.reading.codes
        if "bearing" in codes:
            key = (entry.brand, frozenset(codes["bearing"]), frozenset(codes.get("seal", ())))
            groups.setdefault(key, []).append(position)
    for positions in groups.values():
        entries = [index.entries[p] for p in positions]
        if any(e.reading.codes.get("clearance") == {"cn"} for e in entries):
            continue
        for position, entry in zip(positions, entries, strict=True):
            said = entry.reading.codes.get("clearance")
            if not said or "cn" in said:
                continue
            if "clearance" not in read_item([entry.name], index.vocabulary).codes:
                said.add("cn")
                index.by_code.setdefault(("clearance", "cn"), set()).add(position)


# Steel said plainly ("adaptador … acero", "straight adapter steel"), never with the words of
# stainless ("acero inoxidable", "stainless steel", "ss 316")
PLAIN_STEEL = re.compile(r"\b(?:acero|steel)\b")


def plain_steel(item: str, reading: Reading, fitting: list[Entry]) -> list[Entry]:
    """Steel said plainly is carbon steel, never stainless: where an item in 316 stainless fits
    a line as well as its twin in zinc-plated steel, "… acero" / "… steel" is the steel one (a
    buyer wanting stainless says so). Where only stainless fits, the line stays as it was."""
    folded = fold(item)
    if not PLAIN_STEEL.search(folded) or STAINLESS_WORD.search(folded):
        return fitting
    if "stainless" in reading.codes.get("material", ()):
        return fitting
    kept = [e for e in fitting if "stainless" not in e.reading.codes.get("material", ())]
    return kept or fitting


# Words for "a fitting" as a whole, the joint between two ends ("conector hembra JIC x NPT",
# "fitting JIC 1/2 x NPT 3/8"): a house that names its fittings otherwise ("Adaptador …")
# never says them
JOINT_WORDS = {"conector", "fitting"}


def joint_words(index: CatalogIndex, reading: Reading) -> set[str]:
    """The words of a fitting as a whole that no item of the house carries, in a line that
    names a fitting's ends (NPT, JIC, BSP): they tell nothing apart, so they are let go as a
    filler is, and the ends and sizes say which item. Where some item carries the word (a
    house selling "Conector EMT"), or the line names no end ("conector 10 mm2": a lug), the
    word stays the buyer's own, and what no item says is a question."""
    if "end" not in reading.codes:
        return set()
    return {w for w in reading.words & JOINT_WORDS if w not in index.by_word}


# A set's pieces, counted as a buyer counts pieces: "socket set 3/4 drive 20 pc", "juego de
# copas … 20 pz"
SET_PIECES = r"(?:pcs?|pzs?|pzas?|piezas?|pieces?)"
SET_UNITS = {"JGO", "SET", "KIT", "JG", "JUEGO"}


def set_pieces_text(text: str, line: RequestLine) -> str | None:
    """The line with its "N pc" kept in the item, where N was read as the count: what the
    matcher tries again, to see whether it names a set's pieces instead (`of_pieces`)."""
    if not line.quantity_given or line.uom != "EA" or line.quantity != int(line.quantity):
        return None
    said = re.compile(rf"(?<![\w/.,-]){int(line.quantity)}\s*{SET_PIECES}(?![\w/.-])", re.I)
    found = list(said.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    return f"{text[: m.start()]}{int(line.quantity)}-piezas{text[m.end():]}"


def of_pieces(index: CatalogIndex, result: MatchResultLike, line: RequestLine) -> bool:
    """Whether every item the answer gives or offers is a set sold as one (JGO, SET, KIT)
    whose own texts say that many pieces: "3/4 drive 20 pc socket set" is the set of 20
    pieces, one of them, never twenty sets."""
    pieces = str(int(line.quantity))
    skus = [result.sku] if result.sku else [c.sku for c in result.candidates]
    if not skus:
        return False
    for sku in skus:
        entry = index.entries[index.by_sku[part_key(sku)]]
        if entry.uom.upper() not in SET_UNITS:
            return False
        if pieces not in entry.reading.codes.get("number", ()):
            return False
    return True



# A name, then a size: a fraction, inches said so, or a dash size in sixteenths ("-8", "#8");
# never a figure before a fraction ("grado 5 3/8-16": the grade, then the bolt's size)
SIZED_END = re.compile(
    r"\b([a-z]{3,})\s+(?:[#-]\s?(\d{1,2})\b(?![/.])|(\d+-\d+/\d+|\d+/\d+)"
    r"|(\d+)\s*(?:\"|pulg\b|in\b|inch))"
)


def _inches(sixteenths: int) -> str:
    """A dash size as the inch size names write it: -8 is 1/2, -20 is 1-1/4, -16 is 1."""
    whole, rest = divmod(Fraction(sixteenths, 16), 1)
    if not rest:
        return str(whole)
    return f"{whole}-{rest}" if whole else str(rest)


def same_size_ends(folded: str, fitting: list[Entry]) -> list[Entry]:
    """A fitting whose ends are each said with the same size ("ORFS 1/2 x NPT 1/2", "male JIC
    #6 x male NPT 3/8") is never one whose name gives another size beside it (the ORFS 3/4 x
    NPT 1/2 adapter carries the 1/2 as well): what is said twice is each end's."""
    said = [
        _inches(int(m[2])) if m[2] else (m[3] or m[4]).replace(" ", "-")
        for m in SIZED_END.finditer(folded)
    ]
    if len(said) < 2 or len(set(said)) != 1:
        return fitting
    return [e for e in fitting if e.reading.codes.get("inch", set()) <= set(said)]


# A fact's value that is a size, as part_key writes it ("1/2": 12) or with its name ("SET13")
SIZE_FACT = re.compile(r"[a-z]*\d+")


def sized_facts(ends: dict[str, set[str]], fitting: list[Entry]) -> dict[str, set[str]]:
    """The ends said with a size whose name is a fact some item gives a size: "hose end 3/8 JIC
    female" names the house's `end` fact (end=JIC_female), whose values are no sizes, so the
    3/8 is the hose's, never a reason to leave the 3/8 JIC terminal out."""
    return {
        name: size for name, size in ends.items()
        if any(SIZE_FACT.fullmatch(e.facts[name]) for e in fitting if name in e.facts)
        or not any(name in e.facts for e in fitting)
    }  # fmt: skip
