"""The tables. Importing this package registers every table on `SQLModel.metadata`."""

from bot.models.approvals import Approval
from bot.models.audit import AuditEvent, ErpFileMark, ErpImport
from bot.models.catalog import CrossReference, Product
from bot.models.content import ContentShape
from bot.models.conversations import Conversation, Message, Note, ReadMark
from bot.models.customers import Contact, Customer
from bot.models.erp_export import ErpExport
from bot.models.erp_orders import ErpOrderStatus
from bot.models.insights import (
    InsightCustomer,
    InsightFamilyWeek,
    InsightLine,
    InsightQuote,
    InsightQuoteWeek,
    InsightRevisionWeek,
    InsightState,
    InsightTurn,
    InsightTurnWeek,
    InsightUnmetWeek,
    InsightWait,
)
from bot.models.inventory import Stock, Warehouse
from bot.models.learning import LearnedReference
from bot.models.mail import MailCursor
from bot.models.orders import Order, OrderLine
from bot.models.prices import CustomerPrice, FamilyDiscount, PriceListPrice
from bot.models.promises import PaymentPromise
from bot.models.quotes import Quote, QuoteLine
from bot.models.receivables import Receivable
from bot.models.sales import BrandPreference, SalesLine
from bot.models.sequences import NumberSequence
from bot.models.users import User

__all__ = [
    "Approval",
    "AuditEvent",
    "BrandPreference",
    "Contact",
    "ContentShape",
    "Conversation",
    "CrossReference",
    "Customer",
    "CustomerPrice",
    "ErpExport",
    "ErpFileMark",
    "ErpImport",
    "ErpOrderStatus",
    "FamilyDiscount",
    "InsightCustomer",
    "InsightFamilyWeek",
    "InsightLine",
    "InsightQuote",
    "InsightQuoteWeek",
    "InsightRevisionWeek",
    "InsightState",
    "InsightTurn",
    "InsightTurnWeek",
    "InsightUnmetWeek",
    "InsightWait",
    "LearnedReference",
    "MailCursor",
    "Message",
    "Note",
    "NumberSequence",
    "Order",
    "OrderLine",
    "PaymentPromise",
    "PriceListPrice",
    "Product",
    "Quote",
    "QuoteLine",
    "ReadMark",
    "Receivable",
    "SalesLine",
    "Stock",
    "User",
    "Warehouse",
]
