"""Pneumatics notation, read alike on both sides (catalog and request).

A polyurethane tube is named by its outside and inside diameters in millimetres,
"TUBO PU 8X6", "4x2,5"; a buyer names it by the outside one alone, as push-in fittings are
sized ("manguera poliuretano 8mm", "PU de 4", "8 mm OD"), and calls it a hose ("manguera")
or tubing where a house says "tubo" (each is read as both). Both read as the tube's `od`,
so "8mm" is the 8x6 tube and never the 6x4 whose inside is 6 mm; the inside, where it is
written, is the code `id` ("12x8" is never the 12x9 tube).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# outside x inside, in mm: "8x6", "8 x 6 mm", "4X2,5", "12 mm x 8"
TUBE_OD_ID = re.compile(
    r"(?<![\w.,/-])(\d{1,2})\s*(?:mm\s*)?x\s*(\d{1,2}(?:[.,]\d)?)\s*(?:mm\b)?(?![\w.,/-])"
)
# the outside alone, where no pair is written: "8mm", "8 mm", "de 4", "od 10", "Ø6"
TUBE_OD = re.compile(
    r"(?:(?<![\w.,/-])(?:de|od|o\.d\.|ø|diam(?:etro)?(?: exterior)?)\s*(\d{1,2})\b"
    r"|(?<![\w.,/-])(\d{1,2})\s*mm\b(?:\s*(?:od|o\.d\.|exterior))?)(?![.,/x]\d)"
)
TUBE = re.compile(r"\bpolyurethane\b")
HOSE = re.compile(r"\b(?:hose|tubing|pipe)\b")


def read_tube(rest: str, add: Callable[[str, str], None]) -> str:
    """A plastic tube's size as its outside diameter (see the module docstring), given to
    `add` (a `Reading`'s) as the code `od`; what is read is taken out of `rest`."""
    if not TUBE.search(rest):
        return rest
    rest = HOSE.sub("pipe hose", rest)  # "manguera PU", "PU tubing": the house's "tubo"

    def pair(m: re.Match[str]) -> str:
        add("od", str(int(m[1])))
        add("id", m[2].replace(",", "."))  # "12x8" is never the 12x9 tube
        return " "

    paired = TUBE_OD_ID.sub(pair, rest)
    if paired != rest:
        return paired

    def alone(m: re.Match[str]) -> str:
        add("od", str(int(m[1] or m[2])))
        return " "

    return TUBE_OD.sub(alone, rest, count=1)


# A push-in fitting is named by the tube it takes (its OD in mm) and its thread in inches:
# "8MM X 1/4 BSP", "8 x 1/4", "tubo 12 rosca 1/2", "para tubo de 8 mm", "10mm rosca 1/4".
TUBE_BY_THREAD = re.compile(
    r"(?<![\w./-])([3-9]|1[0-6])\s*(?:mm\s*)?x\s*(?=(?:\d[\s-])?\d{1,2}/\d{1,2}(?![\d/]))"
)
TUBE_SAID = re.compile(
    r"\bpipe\s+(?:de\s+)?([3-9]|1[0-6])\b(?!\s*[/\"])(?:\s*mm\b)?|(?<![\w./-])([3-9]|1[0-6])\s*mm\b"
)

# what says a fitting is named by its tube: a tube's size by a thread, or "para tubo 12"
TUBE_TAKEN = re.compile(
    TUBE_BY_THREAD.pattern + r"|\bpipe\s+(?:de\s+)?(?:[3-9]|1[0-6])\b(?!\s*[/\"])"
)


def read_fitting(rest: str, add: Callable[[str, str], None]) -> str:
    """A pneumatic fitting's tube as the code `tube`, so that "8 x 1/2", which the house does
    not sell, is never its 12 x 1/2; the thread is left to the inch rules."""
    tubes: set[str] = set()

    def tube(m: re.Match[str]) -> str:
        tubes.add(str(int(m[1] or m[2])))
        return " "

    rest = TUBE_BY_THREAD.sub(tube, rest)
    if not tubes:
        rest = TUBE_SAID.sub(tube, rest, count=1)
    for size in tubes:
        add("tube", size)
    return rest
