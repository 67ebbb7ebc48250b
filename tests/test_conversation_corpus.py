"""The conversation corpus (tests/conversations/*.txt, issue #14) is well formed and its
facts are true on today's demo data: notation, phones against contacts.csv, each price
recomputed by ERP.md's rule, each SKU existing, each regular expression valid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conversations.erp_rules import DemoData

HERE = Path(__file__).resolve().parent / "conversations"
FILES = sorted(HERE.glob("*.txt"))
HEADER = {"name", "title", "phone", "customer", "language", "tags", "as_of"}
SKU = re.compile(r"\b[A-Z]{3}-\d{5}\b")


def _parse(path: Path) -> tuple[dict[str, str], list[str]]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    header = {}
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        header[key] = value
    return header, body.splitlines()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoData:
    return DemoData.generate(tmp_path_factory.mktemp("demo"))


def test_there_are_at_least_sixty_in_both_languages() -> None:
    languages = [_parse(p)[0]["language"] for p in FILES]
    assert len(FILES) >= 60
    assert languages.count("es") >= 20 and languages.count("en") >= 20


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_conversation_is_well_formed_and_true(path: Path, demo: DemoData) -> None:
    header, body = _parse(path)
    assert set(header) == HEADER and header["name"] == path.stem
    phones = {c["phone"]: c["customer_id"] for c in demo.contacts if c["phone"]}
    if header["customer"] == "guest":
        assert header["phone"] not in phones
    else:
        assert phones[header["phone"]] == header["customer"]
    assert body[0].startswith("> ")
    for line in body:
        kind, _, rest = line.partition(" ")
        other = re.match(r"\[as (\+\d+)\] ", rest) if kind == ">" else None
        if other:  # a colleague of the same customer, in their own chat
            assert phones.get(other[1]) == header["customer"] != "guest", line
        assert kind in {">", "|", "=", "!=", "~", "!~", "$", "?", "@"}, line
        if kind in ("~", "!~"):
            re.compile(rest)
        elif kind == "$":
            sku, qty, unit, total = rest.split()
            who = None if header["customer"] == "guest" else header["customer"]
            want_unit, want_total, _ = demo.price(who, sku, int(qty))
            assert (unit, total) == (str(want_unit), str(want_total)), line
        elif kind == "?":
            assert re.fullmatch(r"choice( \d+)?|no-choice|reply|no-reply", rest), line
        elif kind == "@":
            assert re.fullmatch(
                r"orders \d+|queue|no-queue|quote [a-z_]+|order-po \S+|order-line [A-Z]{3}-\d{5} \d+|"
                r"promise (\d{4}-\d{2}-\d{2}|\{[a-z0-9+-]+\})( \d+\.\d\d)?",
                rest,
            ), line
        for sku in SKU.findall(rest) if kind in ("=", "!=", "$", ">", "|") else []:
            assert sku in demo.products, line
