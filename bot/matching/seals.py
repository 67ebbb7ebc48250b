"""Seals notation, read alike on both sides (catalog and request).

An oil seal (retén, retentor, estopera) is named by three sizes in millimetres, shaft x bore x
width: "35x52x7", "35 X 52 X 7 MM", "35-52-7", "35*52*7". The shaft and bore are one code,
`dims` ("35x52"), and the width another, `width` ("7"): 35x52x10 is never the 35x52x7 seal,
and "retén 35x52" (no width said) is whichever width the house sells.

An O-ring is named by its AS568 dash number ("2-214", "AS568-214", "AS568 2-214", "AS 2-218",
"AS568A-214"), the code `dash` ("214"), or by its inside diameter and cross-section in
millimetres ("25 x 3", "DI 25 x SECCION 3", "ID 25 x CS 3 mm", "di 60 sección 4", "45 x 3,5"),
the code `ring` ("25x3"): 25 x 3,5 is never the 25 x 3 ring, nor 2-116 the 2-016.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.matching.text import by_value

SIZE = r"(\d{1,3}(?:[.,]\d{1,2})?)"
# shaft x bore (x width): separators x, *, / or -, each size maybe followed by "mm"
SEAL_SIZES = re.compile(
    r"(?<![\w.,/-])" + SIZE + r"\s*(?:mm\s*)?([x*/-])\s*" + SIZE
    + r"(?:\s*(?:mm\s*)?\2\s*" + SIZE + r")?(?:\s*mm)?(?![\w/]|[.,-]\d)"
)  # fmt: skip
# an AS568 dash number: "2-214", "as568-214", "as568 2-214", "as 2-218", "as568a-214"
DASH = re.compile(
    r"(?<![\w.,/-])(?:as\s*-?\s*568\s*[ab]?\s*-?\s*(?:2\s*-\s*)?|as\s*-?\s*2\s*-\s*|2\s*-\s*)"
    r"(\d{3})(?![\w/-]|[.,]\d)"
)
SECTION = r"(?:cs|c\.s\.|seccion|section|sec\.?|espesor|w)"
# inside diameter x cross-section: "25 x 3", "di 25 x seccion 3", "id 25 x cs 3 mm", "di 60
# seccion 4" (no x), "22 x 2,5 mm"
RING = re.compile(
    r"(?<![\w.,/-])(?:(?:di|id|d\.i\.|i\.d\.)\s*)?" + SIZE + r"\s*(?:mm\s*)?"
    r"(?:x\s*(?:" + SECTION + r"\s*)?|" + SECTION + r"\s*)" + SIZE + r"(?:\s*mm)?(?![\w/]|[.,-]\d)"
)  # fmt: skip


def read_seal(rest: str, add: Callable[[str, str], None]) -> str:
    """An oil seal's or an O-ring's sizes as codes (see the module docstring), given to `add`
    (a `Reading`'s); what is read is taken out of `rest`."""
    if "oil_seal" in rest:
        rest = _oil_seal(rest, add)
    if "o_ring" in rest:
        rest = _o_ring(rest, add)
    return rest


def _oil_seal(rest: str, add: Callable[[str, str], None]) -> str:
    def sizes(m: re.Match[str]) -> str:
        shaft, bore, width = m[1], m[3], m[4]
        if float(by_value(shaft)) >= float(by_value(bore)):
            return m[0]  # no seal's bore is smaller than its shaft
        add("dims", f"{by_value(shaft)}x{by_value(bore)}")
        if width:
            add("width", by_value(width))
        return " "

    return SEAL_SIZES.sub(sizes, rest)


def _o_ring(rest: str, add: Callable[[str, str], None]) -> str:
    def dash(m: re.Match[str]) -> str:
        add("dash", m[1])
        return " "

    def ring(m: re.Match[str]) -> str:
        inside, section = by_value(m[1]), by_value(m[2])
        if float(section) > 12 or float(section) >= float(inside):
            return m[0]  # never a cross-section: "x 100" pieces, a kit's count
        add("ring", f"{inside}x{section}")
        return " "

    return RING.sub(ring, DASH.sub(dash, rest))
