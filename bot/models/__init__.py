"""The tables. Importing this package registers every table on `SQLModel.metadata`."""

from bot.models.audit import AuditEvent, ErpImport
from bot.models.catalog import CrossReference, Product
from bot.models.customers import Contact, Customer
from bot.models.inventory import Stock, Warehouse
from bot.models.prices import CustomerPrice, FamilyDiscount, PriceListPrice
from bot.models.receivables import Receivable

__all__ = [
    "AuditEvent",
    "Contact",
    "CrossReference",
    "Customer",
    "CustomerPrice",
    "ErpImport",
    "FamilyDiscount",
    "PriceListPrice",
    "Product",
    "Receivable",
    "Stock",
    "Warehouse",
]
