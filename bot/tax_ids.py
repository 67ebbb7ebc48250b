"""Tax ids by country (bot/tax_ids.csv), read once for the process: the name a guest's
country gives its companies' tax id, found by the guest's phone prefix, and every name
buyers write before one ("KRA PIN P051234567Q", "RUC 0690012345001", "GSTIN 27AAPFU0939F1ZV"),
and the names any country's buyers write (bot/tax_id_names.csv: "tax id", "EIN", "VAT"), some
also words of items ("vat 200l", "20 tin snips")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.commented_csv import numbered_rows

TAX_IDS = Path(__file__).with_name("tax_ids.csv")
NAMES = Path(__file__).with_name("tax_id_names.csv")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(phone prefix → label, name as written → label)."""
    by_prefix: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for number, row in numbered_rows(TAX_IDS):
        prefix, label = row["prefix"].strip(), row["label"].strip()
        if not re.fullmatch(r"\+\d{1,4}", prefix) or not label:
            raise ValueError(f"{TAX_IDS}:{number}: a prefix (+NNN) and a label are needed")
        by_prefix[prefix] = label
        for name in [label.lower().rstrip("."), *row["names"].split("|")]:
            if name.strip():
                by_name.setdefault(name.strip().lower(), label)
    return by_prefix, by_name


def label_for(address: str) -> str | None:
    """The tax id's name in the country of the phone number in `address`
    ("whatsapp:+593991801810" → "RUC"); None for a country not listed or an email."""
    digits = re.sub(r"[^\d+]", "", address.removeprefix("whatsapp:"))
    if not digits.startswith("+"):
        return None
    by_prefix = _table()[0]
    for length in range(5, 1, -1):
        label = by_prefix.get(digits[:length])
        if label:
            return label
    return None


@lru_cache(maxsize=1)
def _any_country() -> tuple[frozenset[str], frozenset[str]]:
    """(names of a tax id in any country, the names that are also words of items)."""
    names: set[str] = set()
    item_words: set[str] = set()
    for number, row in numbered_rows(NAMES):
        name, flag = row["name"].strip().lower(), (row["item_word"] or "").strip().lower()
        if not name or flag not in ("", "yes"):
            raise ValueError(f"{NAMES}:{number}: a name, and item_word blank or yes")
        names.add(name)
        if flag:
            item_words.add(name)
    return frozenset(names), frozenset(item_words)


def names() -> list[str]:
    """Every name of a tax id both tables know, longest first (for a regular expression)."""
    return sorted({*_table()[1], *_any_country()[0]}, key=len, reverse=True)


def is_item_word(name: str) -> bool:
    """Whether a tax id's name is also a word of items ("vat", "tin", "crn"): it names a tax
    id only before one of tax-id length (flows/leads.py)."""
    return re.sub(r"\s+", " ", name.strip().lower()) in _any_country()[1]


def label_of(name: str) -> str | None:
    """The label of a tax id named `name` as the buyer wrote it ("kra pin" → "KRA PIN")."""
    return _table()[1].get(re.sub(r"\s+", " ", name.strip().lower()))
