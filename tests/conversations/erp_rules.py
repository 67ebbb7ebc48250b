"""ERP.md's price rule, written again from the contract (not bot/pricing.py), on the demo
folder: used to put the right unit price and line total into the conversation corpus
and to check them again in tests/test_conversation_corpus.py."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

AS_OF = dt.date(2026, 11, 25)
CENT = Decimal("0.01")


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


class DemoData:
    """The demo ERP folder, read back: products, customers, contacts, prices."""

    def __init__(self, folder: Path) -> None:
        self.products = {r["sku"]: r for r in _rows(folder, "products.csv")}
        self.customers = {r["customer_id"]: r for r in _rows(folder, "customers.csv")}
        self.contacts = _rows(folder, "contacts.csv")
        self.contract = _rows(folder, "customer_prices.csv")
        self.lists = _rows(folder, "price_lists.csv")
        self.discounts = _rows(folder, "family_discounts.csv")

    @classmethod
    def generate(cls, folder: Path) -> DemoData:
        from bot.demo.writer import write_demo

        write_demo(folder, products=2500, seed=7, today=AS_OF)
        return cls(folder)

    @staticmethod
    def _valid(row: dict[str, str]) -> bool:
        day = AS_OF.isoformat()
        return (not row.get("valid_from") or row["valid_from"] <= day) and (
            not row.get("valid_to") or row["valid_to"] >= day
        )

    def _best(self, rows: list[dict[str, str]], qty: int) -> Decimal | None:
        fit = [r for r in rows if self._valid(r) and int(r.get("min_qty") or 1) <= qty]
        if not fit:
            return None
        return Decimal(max(fit, key=lambda r: int(r.get("min_qty") or 1))["price"])

    def unit_price(self, customer: str | None, sku: str, qty: int) -> Decimal:
        product = self.products[sku]
        listed = Decimal(product["list_price"])
        if customer is None:  # a guest: list price
            return listed.quantize(CENT, ROUND_HALF_UP)
        cust = self.customers[customer]
        price = self._best(
            [r for r in self.contract if r["customer_id"] == customer and r["sku"] == sku], qty
        )
        pl = cust["price_list"]
        if price is None and pl:
            price = self._best(
                [r for r in self.lists if r["price_list"] == pl and r["sku"] == sku], qty
            )
        if price is None:
            fam = product["family"]
            own = [r for r in self.discounts if r["customer_id"] == customer and r["family"] == fam]
            by_list = [
                r
                for r in self.discounts
                if pl and r["price_list"] == pl and not r["customer_id"] and r["family"] == fam
            ]
            row = (own or by_list or [None])[0]
            if row is not None:
                price = listed * (1 - Decimal(row["discount_pct"]) / 100)
        return (listed if price is None else price).quantize(CENT, ROUND_HALF_UP)

    def price(
        self, customer: str | None, sku: str, qty: int
    ) -> tuple[Decimal, Decimal, float | None]:
        """(unit price, line total, margin % or None when cost is unknown)."""
        unit = self.unit_price(customer, sku, qty)
        total = (unit * qty).quantize(CENT, ROUND_HALF_UP)
        cost = self.products[sku].get("cost")
        margin = float((unit - Decimal(cost)) / unit * 100) if cost and unit else None
        return unit, total, margin
