"""`POST /api/v1/match` as the matcher tests call it: lines in, the answers out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Answers = list[dict[str, Any]]


def matcher(api: Any, customer: str | None) -> Callable[..., Answers]:
    """`match(*lines, customer=...)`: the API's answers for `lines`, as `customer` asks."""

    def match(*lines: str, customer: str | None = customer) -> Answers:
        response = api.post("/api/v1/match", json={"customer_id": customer, "lines": list(lines)})
        assert response.status_code == 200, response.json
        result: Answers = response.json
        return result

    return match


def sku_qty(answer: dict[str, Any]) -> tuple[str | None, float | int, str | None]:
    """What the bot would put on the quote without asking: SKU (None: it asks), qty, uom."""
    return (
        (answer["sku"] if answer["decision"] == "auto" else None),
        answer["quantity"],
        answer["uom"],
    )
