"""What the matcher answers for one line, and what it is told about the buyer.

Kept apart from the matching itself so every step (exact paths, the decision, the re-readings
in matcher.py) builds the same answer, and callers (the chat, the mail, the API) import the
shapes without the machinery.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from bot.matching.index import Entry
from bot.matching.lines import RequestLine


@dataclass(frozen=True)
class Candidate:
    sku: str
    name: str
    score: float
    # How many, when this option was read with a count of its own: "4 1/2\" ball valves"
    # offers one 4-1/2" valve (the line's count, assumed) and four 1/2" ones (4)
    quantity: int | float | None = None


@dataclass
class MatchContext:
    """What the app knows beyond the catalog: the customer, their habits, the config.

    `learned(key)` is the SKU a seller taught for this customer's request words;
    `choose_brand(entries, quantity)` picks one of several brands that fit (the SPEC rule) and
    says by which rule; `brand_choice` is BRAND_CHOICE ("choose" or "ask");
    `thousands` the customer's thousands separator ("." for Spanish-speaking
    customers, "," for English; None: guessed from the line).
    """

    customer_id: str | None = None
    thousands: str | None = None
    brand_choice: str = "choose"
    learned: Callable[[str], str | None] | None = None
    choose_brand: Callable[[list[Entry], Decimal], tuple[Entry, str]] | None = None


@dataclass(frozen=True)
class MatchResult:
    """The answer for one line, as `mostrador match --json` prints it."""

    line: RequestLine
    sku: str | None
    name: str | None
    confidence: float
    decision: str  # "auto" | "confirm" | "unknown"
    candidates: list[Candidate] = field(default_factory=list)
    reason: str = ""
    brand_rule: str | None = None  # how the brand was chosen when the buyer named none
    alternatives: list[Candidate] = field(default_factory=list)  # the other brands
    key: str = ""  # the request words as remembered for learning

    def as_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "input": self.line.text,
            "quantity": plain(self.line.quantity),
            "quantity_assumed": not self.line.quantity_given,
            "uom": self.line.uom,
            "sku": self.sku,
            "name": self.name,
            "confidence": round(self.confidence, 3),
            "decision": self.decision,
            "candidates": [
                {"sku": c.sku, "name": c.name, "score": round(c.score, 3)}
                | ({} if c.quantity is None else {"quantity": c.quantity})
                for c in self.candidates
            ],
        }
        if self.line.pieces is not None:  # "300 amarras": 3 bags, 300 asked
            result["pieces"] = plain(self.line.pieces)
        if self.reason:
            result["reason"] = self.reason
        if self.brand_rule:
            result["brand_rule"] = self.brand_rule
            result["alternatives"] = [{"sku": c.sku, "name": c.name} for c in self.alternatives]
        return result


def plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral() else float(value)
