"""How a request's codes agree with an item's.

A code (a thread, a bearing designation, a coil's voltage) must agree for an item to be the
one meant; a soft code (a bare number, a mm) only helps ranking. Kept in one place because the
candidates' scores, the exact paths and the doubts before settling must all read agreement the
same way: an item one of them calls in conflict is never one another settles on.
"""

from __future__ import annotations

from bot.matching.index import Entry
from bot.matching.notation import UNC_TPI, Reading

SOFT_CODES = {"number", "mm"}  # numbers that help ranking but never veto


# Facts a buyer may add that many catalogs never write ("codo macho-hembra"): they veto an
# item that says another ("CODO 90 H-H"), never one that says nothing, and never settle alone.
UNSTATED_CODES = {"ends"}


# What may differ between brands of one item (a grease pail of 16 kg in one brand, 18 kg in
# another: what the container holds is asked for by saying it)
IGNORED = SOFT_CODES | {"brand", "ref", "model", "content"}


# Codes that say a size or what an item is made of, and never which item
VAGUE_CODES = {"inch", "mm", "number", "material", "finish", "color", "brand"}


def codes_agree(reading: Reading, category: str, values: set[str], theirs: set[str]) -> bool:
    """Whether the item's values of a code carry the request's (a reference also by
    one the request stands for; a coil's voltage said without AC or DC by either)."""
    if values <= theirs:
        return True
    if category == "coil":  # "bobina 24v", AC or DC unsaid: a 24VAC or a 24VDC coil; and
        # "24VDC" said, the house's coil written "24 V", its kind unsaid (`coils_said`)
        return all(v in theirs or bool(coils_said(v) & theirs) for v in values)
    if category != "ref" or not reading.prefixes:
        return False
    return all(v in theirs or not reading.prefixes.get(v, set()).isdisjoint(theirs)
               for v in values)  # fmt: skip


def coils_said(value: str) -> set[str]:
    """The other ways a coil's voltage may be written: "24v" (AC or DC unsaid) as 24VAC or
    24VDC; "24vdc" as a house's plain "24 V" (its kind unsaid, as a buyer's may be)."""
    if value.endswith("v"):
        return {value + "ac", value + "dc"}
    if value.endswith(("vac", "vdc")):
        return {value[:-2]}
    return set()


def numbers_of(entry: Entry, *, sized: bool = True) -> set[str]:
    """The item's plain numbers, its mm, and a wheel's diameter ("disco de desbaste 230");
    with `sized`, also every size the catalog wrote with its mark or its kind of item: a
    buyer's bare number names it as well ("francesa 6" is the 6" one, "esclusa 2" the 2"
    valve, "conico 30204" the 30204 bearing, "cupla termofusion 32" the 32 mm one), but
    "1 mm" never names the 1" item."""
    codes = entry.reading.codes
    if sized:
        numbers = {v for c, vs in codes.items() if c in SIZES for v in vs}
        if "teeth" not in codes:  # "candado 60": a chain's or its link's size (not a sprocket's)
            numbers |= codes.get("chain", set())
    else:
        numbers = codes.get("number", set()) | codes.get("mm", set())
    if "dims" in codes:  # a wheel's diameter and thickness ("115x1.0": 115 and 1 mm)
        numbers = numbers | {part for d in codes["dims"] for part in d.split("x", 1)}
    return numbers


# Sizes a buyer writes as a bare number (a sprocket's chain is not: "catarina 40 de 18
# dientes" may be 40B18 or a 40-tooth one, and is asked).
SIZES = {"number", "mm", "inch", "bearing"}


def conflicts(reading: Reading, entry: Entry) -> bool:
    """Whether a hard code of the request differs from the item's."""
    for category, values in reading.codes.items():
        if category in SOFT_CODES:
            continue
        theirs = entry.reading.codes.get(category)
        if theirs is not None and not codes_agree(reading, category, values, theirs):
            return True
    return False


def is_coarse(reading: Reading, entry: Entry) -> bool:
    """Whether the request's threads per inch are the coarse series' for the item's thread
    (an inch bolt that says neither UNC nor UNF is UNC, as the trade sells it)."""
    threads = entry.reading.codes.get("thread", set())
    return len(threads) == 1 and reading.codes["tpi"] == {UNC_TPI.get(next(iter(threads)))}
