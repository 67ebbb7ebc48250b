"""Turning inserts and their toolholders, read the same on the catalog's side and the buyer's.

An ISO turning insert is named by its shape, clearance, tolerance and type (`CNMG`, `DCMT`),
then its cutting edge, thickness and nose radius: `CNMG 120408`, `CNMG 12 04 08`,
`CNMG-120408`, `DCMT 11 T3 04`, or as a US shop names it in inches, the inscribed circle in
eighths, the thickness in sixteenths and the radius in sixty-fourths: `CNMG 432` is
`CNMG 120408`, `CCMT 32.52` is `CCMT 09T308`, `DNMG 441` is `DNMG 150604`. Both are one code,
`insert` (`cnmg120408`). The material it is for is the ISO class, `iso`: `P` steel, `M`
stainless, `K` cast iron, said as the letter after the designation (`cnmg-120408 p`) or in words
(`para acero inoxidable`, `for cast iron`; the house's `ACERO`, `INOX`, `FUNDICION`).

A toolholder (`PCLNR 2525M 12`: clamping, insert shape, style, clearance, hand, shank height and
width, length, edge) is told apart by its hand, `hand` (`R`, `derecho`, `mano derecha`, `RH`,
`right hand`, `style R`) and its square shank, `shank` (`25x25`, `zanco 25 mm`, `20mm shank`);
the insert it takes is a word of its name (`P/CNMG`), and "para inserto" says nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SHAPE = r"([cdrstvw][bcnp][egmu][agmtwx])"
# CNMG 120408, CNMG 12 04 08, CNMG-120408, DCMT 11T304, DCMT 11 T3 04, CNMG120408MS (the
# maker's chipbreaker after it, MS, -PM, is no fact of the line), an ISO class letter after it
METRIC_INSERT = re.compile(
    rf"\b{SHAPE}\s*-?\s*(\d{{2}})\s*-?\s*(t\d|\d{{2}})\s*-?\s*(\d{{2}})"
    r"(?:\s*-?\s*([pmk])(?![a-z0-9])|-?[a-z]{2}(?![a-z0-9])|(?![\d.]))"
)
# CNMG 432, CCMT 32.52, TNMG 332, DNMG 441 (and its ISO class letter after it)
INCH_INSERT = re.compile(
    rf"\b{SHAPE}\s*-?\s*([2-6])(1\.5|2\.5|[1-6])([0-4])(?![\d.])(?:\s*-?\s*([pmk])(?![a-z0-9]))?"
)
# The cutting edge, in mm, of an insert of each shape by its inscribed circle in eighths of an
# inch (ISO 1832 / ANSI B212.4)
EDGE = {
    "c": {"2": "06", "3": "09", "4": "12", "5": "16", "6": "19"},
    "d": {"2": "07", "3": "11", "4": "15", "5": "19"},
    "s": {"3": "09", "4": "12", "5": "15", "6": "19"},
    "t": {"2": "11", "3": "16", "4": "22", "5": "27"},
    "v": {"3": "16", "4": "22"},
    "w": {"3": "06", "4": "08", "5": "10"},
    "r": {"3": "09", "4": "12", "5": "15", "6": "19"},
}
THICKNESS = {"1": "01", "1.5": "02", "2": "03", "2.5": "t3", "3": "04", "4": "06", "5": "07",
             "6": "09"}  # fmt: skip
RADIUS = {"0": "00", "1": "04", "2": "08", "3": "12", "4": "16"}
CLASS_WORDS = [
    (re.compile(r"\b(?:acero inoxidable|inoxidable|inox|stainless(?: steel)?|ss)\b"), "m"),
    (re.compile(r"\b(?:hierro fundido|fierro fundido|fundicion(?: gris)?|cast iron)\b"), "k"),
    (re.compile(r"\b(?:acero|steel)\b"), "p"),
]
# "para inserto CNMG", "for CCMT inserts": what a holder takes, said with the word insert
INSERT_WORD = re.compile(
    r"\b(?:(?:para|p/|for|de)\s+)?(?:el\s+|las?\s+)?(?:turning\s+|carbide\s+)?"
    r"(?:insertos?|inserts?|pastillas?|plaquitas?)(?:\s+de\s+(?:carburo|torno|tungsteno))?\b"
)
# A holder is named so where the line names an insert's shape too (a fuse or electrode holder
# is none): the house's PORTAINSERTO, a "portaherramienta de torno", a "buril", a "tool holder"
HOLDER_WORD = re.compile(
    r"\b(?:(?:buril(?:es)?\s+)?porta\s*insertos?|porta\s*herramientas?(?:\s+de\s+torno)?|"
    r"buril(?:es)?|(?:lathe\s+|turning\s+)?tool\s*holders?|turning holders?|insert holders?|"
    r"holders?)\b"
)
INSERT_SHAPE = re.compile(r"\b[cdrstvw][bcnp][egmu][agmtwx]\b")
HOLDER_CODE = re.compile(
    r"\b[cdmps][cdstvwr][a-z][abcnp]([rln])\s*(\d{2})(\d{2})\s*[a-z]\s*\d{2}\b"
)
HAND = re.compile(
    r"\b(?:(?:mano|style|hand|estilo)\s+)?(derech[oa]|izquierd[oa]|right|left|rh|lh|r|l)"
    r"(?:\s*-?\s*hand(?:ed)?)?\b"
)
HANDS = {"derecho": "r", "derecha": "r", "right": "r", "rh": "r", "r": "r",
         "izquierdo": "l", "izquierda": "l", "left": "l", "lh": "l", "l": "l"}  # fmt: skip
SHANK_SQUARE = re.compile(r"(?<![\w.])(\d{2})\s*x\s*(\d{2})(?:\s*mm)?(?![\w.])")
SHANK_SAID = re.compile(
    r"\b(?:(?:zanco|mango|shank|cuerpo)\s+(?:de\s+)?)?(?:de\s+)?(\d{2})\s*mm"
    r"(?:\s+(?:shank|zanco|mango))?\b|\b(?:zanco|mango|shank)\s+(?:de\s+)?(\d{2})\b"
)


def read_turning(folded: str, add: Callable[[str, str], None]) -> str:
    """`folded` with its inserts' designations, their ISO class and a holder's hand and shank
    read into codes (`add(category, value)`), and taken out of the text."""
    found = False

    def metric(m: re.Match[str]) -> str:
        nonlocal found
        found = True
        add("insert", f"{m[1]}{m[2]}{m[3]}{m[4]}")
        if m[5]:
            add("iso", m[5])
        return " "

    def inch(m: re.Match[str]) -> str:
        nonlocal found
        shape = m[1]
        edge = EDGE.get(shape[0], {}).get(m[2])
        if edge is None:
            return m[0]
        found = True
        add("insert", f"{shape}{edge}{THICKNESS[m[3]]}{RADIUS[m[4]]}")
        if m[5]:
            add("iso", m[5])
        return " "

    folded = METRIC_INSERT.sub(metric, folded)
    folded = INCH_INSERT.sub(inch, folded)
    holder = HOLDER_CODE.search(folded) is not None or (
        HOLDER_WORD.search(folded) is not None and INSERT_SHAPE.search(folded) is not None
    )
    if found and not holder:
        for words, iso in CLASS_WORDS:
            if words.search(folded):
                add("iso", iso)
                folded = words.sub(" ", folded)
                break
        folded = INSERT_WORD.sub(" inserto ", folded)  # "pastilla", "carbide insert"
    if holder:
        folded = _holder(folded, add)
    return folded


def _holder(folded: str, add: Callable[[str, str], None]) -> str:
    """A toolholder's hand and square shank, from its ISO code or the buyer's words."""

    def coded(m: re.Match[str]) -> str:
        if m[1] in "rl":
            add("hand", m[1])
        if m[2] == m[3]:
            add("shank", m[2])
        return m[0]

    folded = HOLDER_CODE.sub(coded, folded)
    folded = INSERT_WORD.sub(" ", folded)
    folded = HOLDER_WORD.sub(" portainserto ", folded)

    def hand(m: re.Match[str]) -> str:
        add("hand", HANDS[m[1]])
        return " "

    def square(m: re.Match[str]) -> str:
        if m[1] != m[2]:
            return m[0]
        add("shank", m[1])
        return " "

    def said(m: re.Match[str]) -> str:
        add("shank", m[1] or m[2])
        return " "

    folded = HAND.sub(hand, folded)
    folded = SHANK_SQUARE.sub(square, folded)
    return SHANK_SAID.sub(said, folded)
