"""The sales chat (WhatsApp), as a table of states; `handle` is its turn, called by
flows.pipeline.run_turn (mail goes to flows/rfq.py instead).

States are few; what the customer wrote picks the handler (`TABLE[state][intent]`),
and each handler answers and returns the next state. The table is checked when the
module loads: every state has a fallback, every handler is known. Any worker can
take the next message: all state lives on the conversation row (`state`, `data`).

    idle ──items──▶ idle (cart grows) ──"cotizar"──▶ idle (quote sent)
      │  └─ unsure item ─▶ choosing ──number──▶ idle
      └─ "vendedor" / 3 misunderstandings / approval needed ─▶ human (bot silent)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bot.availability import availability_for
from bot.credit import credit_for, explain
from bot.formatting import amount_text, money_text, quantity_text
from bot.handoff import QueueReason
from bot.matching.learning import remember
from bot.matching.matcher import match_line
from bot.matching.service import context_for
from bot.models import Order, Product
from bot.orders import OutOfStock, accept_quote
from bot.pricing import price_for
from bot.quotes import QuoteError, create_quote, latest, mark_sent
from bot.statuses import ConversationState, LineDecision, QuoteStatus
from flows.language import detect_language
from flows.turn import Turn
from flows.views import availability_view, cart_view, order_view, quote_view
from workers.jobs import EXPORT_ORDER

IDLE, CHOOSING, HUMAN = (
    ConversationState.IDLE.value,
    ConversationState.CHOOSING.value,
    ConversationState.HUMAN.value,
)
STATES = (IDLE, CHOOSING, HUMAN)
MAX_MISUNDERSTOOD = 3

KEYWORDS = {
    "human": {"seller", "human", "agent", "asesor", "vendedor", "persona", "ejecutivo"},
    "quote": {"quote", "cotizar", "cotizacion", "cotización", "presupuesto"},
    "order": {"order", "pedido", "confirmar", "confirmo"},
    "cart": {"cart", "carrito"},
    "account": {"account", "estado de cuenta", "cuenta", "saldo"},
    "status": {"status", "estado", "mis pedidos"},
    "menu": {"menu", "menú", "ayuda", "help", "hola", "hi", "hello", "buenas"},
    "cancel": {"cancel", "cancelar", "vaciar"},
}
ACCEPT = re.compile(r"\b(?:accept|acepto|aceptar|aceptamos|confirmo)\s+(q-\d{4}-\d{5})\b", re.I)
REMOVE = re.compile(r"^(?:remove|quitar|borrar|eliminar)\s+(\d{1,2})$", re.I)
CHANGE = re.compile(r"^(?:change|cambiar)\s+(\d{1,2})\s+(?:to|a)\s+(\d{1,6})$", re.I)
NUMBERS = re.compile(r"^\s*\d{1,2}(?:\s*[,y ]\s*\d{1,2})*\s*$")


def intent(text: str) -> str | None:
    folded = text.strip().lower().rstrip("!.?")
    if ACCEPT.search(folded):
        return "accept"
    if REMOVE.match(folded):
        return "remove"
    if CHANGE.match(folded):
        return "change"
    if NUMBERS.match(folded):
        return "number"
    for name, words in KEYWORDS.items():
        if folded in words:
            return name
    said = re.findall(r"\w+", folded)
    if len(said) <= 8 and not any(w.isdigit() for w in said) and KEYWORDS["human"] & set(said):
        return "human"  # "necesito hablar con un vendedor", "can I talk to a human?"
    return None


# --- handlers: each answers and returns the next state -------------------------------
def items(turn: Turn) -> str:
    lines = [ln.strip() for ln in re.split(r"[\n;]+", turn.text) if ln.strip()]
    customer_id = turn.customer.customer_id if turn.customer else None
    shown: list[dict[str, Any]] = []
    choices: dict[str, dict[str, Any]] = {}
    understood = 0
    context = context_for(turn.session, turn.customer)
    for text in lines[:30]:
        result = match_line(turn.services.index, text, customer_id, context)
        if result.decision == LineDecision.AUTO and result.sku:
            understood += 1
            shown.append(_add_to_cart(turn, result.sku, result.line.quantity, text))
            if result.alternatives:
                shown[-1]["brand_rule"] = result.brand_rule
                shown[-1]["alternatives"] = [vars(c) for c in result.alternatives]
        elif result.decision == LineDecision.CONFIRM:
            understood += 1
            options = []
            for candidate in result.candidates:
                number = str(len(choices) + 1)
                choices[number] = {
                    "sku": candidate.sku,
                    "qty": str(result.line.quantity),
                    "text": text,
                }
                options.append({"number": number, "sku": candidate.sku, "name": candidate.name})
            shown.append({"kind": "choose", "text": text, "candidates": options})
        else:
            shown.append({"kind": "unknown", "text": text})
    turn.conversation.failures = 0 if understood else turn.conversation.failures + 1
    if turn.conversation.failures >= MAX_MISUNDERSTOOD:
        turn.say("human")
        return turn.escalate(QueueReason.NOT_UNDERSTOOD)
    turn.data["choices"] = choices
    turn.say("items", items=shown, choosing=bool(choices), **_cart_summary(turn))
    return CHOOSING if choices else IDLE


def choose(turn: Turn) -> str:
    picked = [turn.data.get("choices", {}).get(n) for n in re.findall(r"\d+", turn.text)]
    if not picked or None in picked:
        turn.say("problem", reason=turn.wording.phrase("bad_choice", turn.conversation.language))
        return CHOOSING
    shown = [_add_to_cart(turn, p["sku"], Decimal(p["qty"]), p["text"]) for p in picked if p]
    customer = turn.customer
    for p in picked if customer is not None else []:  # the same words are settled next time
        if p and customer is not None:
            remember(turn.session, turn.services.index, customer_id=customer.customer_id,
                     text=p["text"], sku=p["sku"], actor=turn.actor, source="buyer")  # fmt: skip
    turn.data["choices"] = {}
    turn.say("items", items=shown, choosing=False, **_cart_summary(turn))
    return IDLE


def make_quote(turn: Turn) -> str:
    cart = turn.data.get("cart", [])
    if not cart:
        turn.say("cart", lines=[])
        return IDLE
    quote = create_quote(
        turn.session,
        turn.services.index,
        turn.customer,
        [line["text"] for line in cart],
        now=turn.now,
        rules=turn.services.rules,
        actor=turn.actor,
        channel=turn.conversation.channel,
        cause=turn.cause,
        conversation_id=turn.conversation.id,
        picks={i + 1: (line["sku"], Decimal(line["qty"])) for i, line in enumerate(cart)},
    )
    turn.data["cart"], turn.data["last_quote"] = [], quote.number
    ready = quote.status == "draft"
    if ready:
        mark_sent(
            turn.session,
            quote.number,
            actor=turn.actor,
            channel=turn.conversation.channel,
            cause=turn.cause,
        )
    view = quote_view(turn.session, quote, turn.conversation, turn.wording, turn.services.link_for)
    turn.say("quote", **{**view, "ready": ready})
    if not ready:
        return turn.escalate(
            QueueReason.QUOTE_NEEDS_SELLER
            if quote.status == QuoteStatus.NEEDS_REVIEW
            else QueueReason.QUOTE_NEEDS_APPROVAL
        )
    return IDLE


def accept(turn: Turn, number: str | None = None) -> str:
    match = ACCEPT.search(turn.text)
    number = (match[1].upper() if match else None) or number or turn.data.get("last_quote")
    if number is None:
        return make_quote(turn) if turn.data.get("cart") else _problem(turn, "nothing_to_order")
    quote = latest(turn.session, number)
    if quote is None or quote.customer_id != (turn.customer.customer_id if turn.customer else 0):
        return _problem(turn, "unknown_quote")
    try:
        accepted = accept_quote(
            turn.session,
            number,
            now=turn.now,
            rules=turn.services.rules,
            actor=turn.actor,
            cause=turn.cause,
        )
    except OutOfStock as exc:  # nothing was ordered or held (bot.orders)
        turn.say("short", short=exc.lines())
        return IDLE
    except QuoteError as exc:
        turn.say("problem", reason=str(exc))
        return IDLE
    order = accepted.order
    reasons = [
        explain(turn.wording, r, turn.language, order.currency) for r in accepted.hold_reasons
    ]
    turn.say("order", **order_view(order, reasons, number))
    turn.data["last_quote"] = None
    turn.data.setdefault("orders", []).append(order.id)
    if order.status == "confirmed":
        turn.jobs.append(EXPORT_ORDER.later(order.id or 0))
    if order.status == "pending_approval":
        return turn.escalate(QueueReason.ORDER_NEEDS_APPROVAL)
    return IDLE


def order(turn: Turn) -> str:
    if turn.data.get("cart"):
        state = make_quote(turn)
        if state == HUMAN:
            return state
    return accept(turn)


def show_cart(turn: Turn) -> str:
    turn.say("cart", lines=turn.data.get("cart", []))
    return IDLE


def remove(turn: Turn) -> str:
    match = REMOVE.match(turn.text.strip())
    cart = turn.data.get("cart", [])
    position = int(match[1]) if match else 0
    if not 1 <= position <= len(cart):
        return _problem(turn, "no_such_line")
    turn.data["cart"] = cart[: position - 1] + cart[position:]
    return show_cart(turn)


def change(turn: Turn) -> str:
    match = CHANGE.match(turn.text.strip())
    cart = turn.data.get("cart", [])
    position, qty = (int(match[1]), match[2]) if match else (0, "0")
    if not 1 <= position <= len(cart) or int(qty) <= 0:
        return _problem(turn, "no_such_line")
    cart[position - 1] = {**cart[position - 1], "qty": qty}
    turn.data["cart"] = list(cart)
    return show_cart(turn)


def account(turn: Turn) -> str:
    if turn.customer is None:
        turn.say("account", customer=None)
        return IDLE
    credit = credit_for(turn.session, turn.customer, turn.now.date())
    language = turn.conversation.language
    turn.say(
        "account",
        customer=turn.customer.name,
        open_balance=amount_text(credit.open_balance),
        overdue=amount_text(credit.overdue),
        available=amount_text(credit.available) if credit.available is not None else None,
        reasons=[explain(turn.wording, r, language) for r in credit.reasons],
    )
    return IDLE


def status(turn: Turn) -> str:
    ids = turn.data.get("orders", [])[-3:]
    orders = [o for o in (turn.session.get(Order, i) for i in ids) if o is not None]
    turn.say(
        "orders",
        orders=[order_view(o, []) for o in orders],
    )
    return IDLE


def menu(turn: Turn) -> str:
    turn.say("menu")
    return turn.conversation.state if turn.conversation.state != HUMAN else IDLE


def cancel(turn: Turn) -> str:
    turn.data["cart"], turn.data["choices"] = [], {}
    turn.say("cart", lines=[])
    return IDLE


def human(turn: Turn) -> str:
    turn.say("human")
    return turn.escalate(QueueReason.ASKED_FOR_SELLER)


FALLBACKS: dict[str | None, Callable[[Turn], str]] = {
    "human": human, "quote": make_quote, "order": order, "accept": accept, "cart": show_cart,
    "account": account, "status": status, "menu": menu, "cancel": cancel, "remove": remove,
    "change": change, None: items,
}  # fmt: skip
TABLE: dict[str, dict[str | None, Callable[[Turn], str]]] = {
    IDLE: {**FALLBACKS, "number": items},
    CHOOSING: {**FALLBACKS, "number": choose},
    HUMAN: {},  # a person holds the conversation: the bot says nothing
}


def _check_table() -> None:
    assert set(TABLE) == set(STATES), "every state needs a row"
    for state, row in TABLE.items():
        assert state == HUMAN or None in row, f"state {state} has no fallback"


_check_table()


def handle(turn: Turn) -> None:
    """Answer one inbound message and move the conversation to its next state."""
    conversation = turn.conversation
    if conversation.state == HUMAN:
        return  # a seller was asked for: the bot does not talk over them
    language = detect_language(turn.text)
    if language and language != conversation.language and len(turn.text.split()) >= 3:
        conversation.language = language
    if not turn.data.get("greeted"):
        turn.data["greeted"] = True
        turn.say(
            "greeting",
            name=(conversation.contact_name or "").split(" ")[0] or None,
            customer=turn.customer.name if turn.customer else None,
            company=turn.wording.company,
        )
        if intent(turn.text) == "menu":
            return
    handler = TABLE[conversation.state].get(intent(turn.text), TABLE[conversation.state][None])
    conversation.state = handler(turn)


def _add_to_cart(turn: Turn, sku: str, quantity: Decimal, text: str) -> dict[str, Any]:
    product = _product(turn, sku)
    price = price_for(turn.session, turn.customer, product, quantity, turn.now.date())
    stock = availability_for(turn.session, product, quantity, turn.customer, turn.now)
    turn.data.setdefault("cart", []).append(
        {"sku": sku, "name": product.name, "qty": quantity_text(quantity), "text": text}
    )
    availability = turn.wording.render("availability", turn.language, a=availability_view(stock))
    return {"kind": "priced", "sku": sku, "name": product.name,
            "qty": quantity_text(quantity), "unit_price": money_text(price.unit_price),
            "line_total": money_text(price.line_total), "currency": price.currency,
            "availability": availability}  # fmt: skip


def _cart_summary(turn: Turn) -> dict[str, Any]:
    cart = turn.data.get("cart", [])
    total = Decimal(0)
    currency = "USD"
    for line in cart:
        product = _product(turn, line["sku"])
        price = price_for(
            turn.session, turn.customer, product, Decimal(line["qty"]), turn.now.date()
        )
        total += price.line_total
        currency = price.currency
    return cart_view(cart, total, currency)


def _product(turn: Turn, sku: str) -> Product:
    """A product the matcher or the cart named (products are deactivated, never deleted)."""
    product = turn.session.get(Product, sku)
    if product is None:
        raise LookupError(f"no product {sku}")
    return product


def _problem(turn: Turn, key: str) -> str:
    turn.say("problem", reason=turn.wording.phrase(key, turn.conversation.language))
    return IDLE
