"""When what is left open is the brand: one item in several brands.

Several items that fit equally are settled only when they are one item in several brands (the
same kind, no fact the ERP or their texts state differs) and the buyer named none; the SPEC rule
(bot/matching/brands.py) then picks one, `cheapest` being its last step. Anything else they
differ in is the buyer's to say.
"""

from __future__ import annotations

from bot.matching.candidates import kinds_of
from bot.matching.codes import IGNORED
from bot.matching.index import CatalogIndex, Entry
from bot.matching.neutral import NEUTRAL
from bot.matching.notation import Reading

AUTO_WORDS = 0.5  # word agreement an auto match needs besides its codes


# Attributes (products.csv) that name a maker's own reference, not a fact of the item.
MAKER_FACTS = {"model", "code", "set", "cone_cup", "sheet", "pack", "lens", "brand", "mfr",
               "manufacturer", "part", "part_number", "ref", "reference"}  # fmt: skip


def seal_assumed(index: CatalogIndex, reading: Reading) -> bool:
    """Whether the line names a bearing the catalog also sells sealed without its seal (a
    respirator's filter numbered like a bearing, "filtros 6006", has no seal to say)."""
    if reading.words & NOT_BEARINGS and "bearing" not in reading.words:
        return False
    return "seal" in reading.assumed and not reading.codes["bearing"].isdisjoint(index.stated)


# Items numbered as bearings are ("CARTUCHO 3M 6006", "filtro 6003"): never a bearing's seal
NOT_BEARINGS = frozenset(("filter", "respirator"))


def cheapest(entries: list[Entry]) -> tuple[Entry, str]:
    """The last step of the brand rule, and the whole of it without a database."""
    return min(entries, key=lambda e: (e.list_price, e.sku)), "cheapest"


def single_fit(reading: Reading, complete: list[Entry]) -> tuple[Entry | None, list[Entry]]:
    """The item to answer with on our own, if one stands out among those that fit the codes.

    One fitting item: it, when its words agree. Several: among those whose words agree
    best, they must be the same item (same codes and kind): items that differ in
    more than brand (seal, curve, DIN, material…) are a question, and so are two of
    one brand. One per brand, several brands and none named → returned as the second
    value, for the brand rule.
    """
    if len(complete) == 1:
        return (complete[0] if _word_agreement(reading, complete[0]) >= AUTO_WORDS else None), []
    best = max((_word_agreement(reading, e) for e in complete), default=0.0)
    if best < AUTO_WORDS:
        return None, []
    full = [e for e in complete if _word_agreement(reading, e) == best]
    if len(full) == 1:
        return full[0], []
    if not same_item(full):
        return None, []
    per_brand: dict[str | None, list[Entry]] = {}
    for entry in full:
        per_brand.setdefault(entry.brand, []).append(entry)
    picks = []
    for entries in per_brand.values():
        if len(entries) > 1:
            return None, []  # within one brand the buyer still has to say which
        picks.append(entries[0])
    if len(picks) == 1:
        return picks[0], []
    if "brand" in reading.codes:
        return None, []
    return None, sorted(picks, key=lambda e: e.sku)


def same_item(entries: list[Entry]) -> bool:
    """Whether these items are one item in several brands: the same kind, and no hard
    code they both carry disagrees (a stainless-and-metal disc is still a metal disc)."""
    first = entries[0]
    kinds = kinds_of(first)
    for other in entries[1:]:
        if kinds_of(other) != kinds:
            return False
        if any(
            first.facts[key] != other.facts[key]
            for key in first.facts.keys() & other.facts.keys()
            if key not in MAKER_FACTS
        ):
            return False  # the ERP says they differ (QO and BR breakers, ANSI 40 and 08B)
        for category in (set(first.reading.codes) | set(other.reading.codes)) - IGNORED:
            mine, theirs = first.reading.codes.get(category), other.reading.codes.get(category)
            if mine is None or theirs is None or not mine & theirs:
                return False
    return True


def _word_agreement(reading: Reading, entry: Entry) -> float:
    """Share of the buyer's words the item carries (1.0 when the buyer gave only codes);
    words that never tell items apart ("price", "availability", "ocupo") do not count."""
    words = reading.words - NEUTRAL
    if not words:
        return 1.0
    return sum(1 for w in words if w in entry.reading.words) / len(words)
