"""`POST /api/v1/match` as the matcher tests call it: lines in, the answers out; and the one
table-driven test the catalog files (tests/test_matching_catalog{4..12}.py) are made of.

Why the table here: those files each carried the same fixture (write a small ERP folder, load
it, match as a customer) and parametrised bodies over their own lines that differed only in
which fields of the answer they asserted. Each file now keeps its docstring, its CATALOG and
its table; a row says what a seller would notice of the answer as named checks (`VIEWS`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.conftest import ErpFolder

Answer = dict[str, Any]
Answers = list[Answer]
Checks = Mapping[str, Any]


def matcher(api: Any, customer: str | None) -> Callable[..., Answers]:
    """`match(*lines, customer=...)`: the API's answers for `lines`, as `customer` asks."""

    def match(*lines: str, customer: str | None = customer) -> Answers:
        response = api.post("/api/v1/match", json={"customer_id": customer, "lines": list(lines)})
        assert response.status_code == 200, response.json
        result: Answers = response.json
        return result

    return match


def sku_qty(answer: Answer) -> tuple[str | None, float | int, str | None]:
    """What the bot would put on the quote without asking: SKU (None: it asks), qty, uom."""
    return (
        (answer["sku"] if answer["decision"] == "auto" else None),
        answer["quantity"],
        answer["uom"],
    )


# What a check names of an answer. `sku` is what goes on the quote without asking (None: the
# bot asks); `best` the same, or the first item offered where it asks; `offered` every SKU
# offered.
VIEWS: dict[str, Callable[[Answer], Any]] = {
    "sku": lambda a: sku_qty(a)[0],
    "best": lambda a: a["sku"] if a["decision"] == "auto" else a["candidates"][0]["sku"],
    "auto": lambda a: a["decision"] == "auto",
    "decision": lambda a: a["decision"],
    "qty": lambda a: a["quantity"],
    "uom": lambda a: a["uom"],
    "assumed": lambda a: a["quantity_assumed"],
    "confidence": lambda a: a["confidence"],
    "offered": lambda a: {c["sku"] for c in a["candidates"]},
}


@dataclass(frozen=True)
class Not:
    """A check that fails on `value`; a set: on any of its members (or any it shares)."""

    value: Any

    def holds(self, got: Any) -> bool:
        if isinstance(self.value, set | frozenset):
            return not got & self.value if isinstance(got, set) else got not in self.value
        return bool(got != self.value)


def holds(want: Any, got: Any) -> bool:
    """A set is "one of"; True, False and None are themselves (`is`); else equality."""
    if isinstance(want, Not):
        return want.holds(got)
    if isinstance(want, set | frozenset):
        return got in want
    if want is None or isinstance(want, bool):
        return got is want
    return bool(got == want)


def check(answer: Answer, checks: Checks) -> None:
    for name, want in checks.items():
        assert holds(want, VIEWS[name](answer)), (name, want, answer)


@dataclass(frozen=True)
class Ask:
    """One request: its lines, as whom (None: the fixture's customer), a check per answer."""

    lines: tuple[str, ...]
    customer: str | None
    checks: tuple[Checks, ...]


Row = tuple[Any, ...] | list[tuple[Any, ...]]


def cases(
    why: str,
    rows: Sequence[Row],
    *,
    keys: Sequence[str] = ("sku", "qty", "uom"),
    also: Checks | None = None,
    customer: str | Callable[[str], str] | None = None,
    fixture: str = "match",
) -> list[Any]:
    """One test a row, named `why-n`. A row is (line, expected[, customer]): `expected` a tuple
    of what `keys` name, in order (a shorter tuple checks fewer; a single value, the first),
    or a mapping of checks; `also` is checked of every row. A row's line may be a tuple of
    lines sent in one request (`expected` then a list, one per answer); a row may be a list of
    rows, asked one after the other in one test. `customer`: whom the lines are sent as (an
    id, or a function of the line) where a row does not say; `fixture`: the `match` fixture
    of the folder asked."""

    def checks(expected: Any) -> Checks:
        if not isinstance(expected, Mapping):
            values = expected if isinstance(expected, tuple) else (expected,)
            expected = dict(zip(keys, values, strict=False))
        return {**(also or {}), **expected}

    def ask(row: tuple[Any, ...]) -> Ask:
        line, expected, *who = row
        if not isinstance(line, tuple):
            line, expected = (line,), [expected]
        said = who[0] if who else customer(line[0]) if callable(customer) else customer
        return Ask(line, said, tuple(map(checks, expected)))

    return [
        pytest.param(
            fixture, tuple(map(ask, row if isinstance(row, list) else [row])), id=f"{why}-{n}"
        )
        for n, row in enumerate(rows, 1)
    ]


def match_fixture(
    products: str, customers: str | None = None, customer: str | None = None, **files: str
) -> Any:
    """A `match` fixture: the folder (products, customers if given, and any other `files`)
    loaded, and lines matched as `customer` (None: as no one) unless a row says another."""
    if customers is not None:
        files = {"customers": customers, **files}

    @pytest.fixture
    def match(erp: ErpFolder, api: Any) -> Callable[..., Answers]:
        erp.write(products=products, **files).load()
        return matcher(api, customer)

    return match


def answers_test(table: list[Any]) -> Callable[..., None]:
    """The test of a table of `cases`: every answer passes its row's checks."""

    @pytest.mark.parametrize(("fixture", "asks"), table)
    def test(request: pytest.FixtureRequest, fixture: str, asks: tuple[Ask, ...]) -> None:
        match = request.getfixturevalue(fixture)
        for ask in asks:
            answers = match(*ask.lines, **({"customer": ask.customer} if ask.customer else {}))
            assert len(answers) == len(ask.checks), answers
            for answer, checks in zip(answers, ask.checks, strict=True):
                check(answer, checks)

    return test


def ascii_as(english: str, other: str) -> Callable[[str], str]:
    """Whom a line is sent as by its script: plain ASCII as the English-writing customer."""
    return lambda line: english if line.isascii() else other
