"""The sales chat, as a table of states: what the buyer meant picks the handler.

Every message is first read as an intent (bot/intents.py: greetings, thanks, yes/no,
acceptances, choices, status, "the usual", a seller…); only what is not an intent is
item lines for the matcher, so a greeting never counts as a failed understanding.
`TABLE[state][intent]` answers and returns the next state. A question the bot asked
is a state of its own, kept on the conversation row until answered:

    idle ──items──▶ idle (cart grows) ──"cotizar"──▶ idle (quote sent)
      │   └─ unsure item ─▶ choosing ──"1 y 3"──▶ idle   (new items: added, asked again)
      ├─ "pedido" (OC 4500123) ─▶ idle (order placed: its message is the confirmation;
      │        a PO number after it goes on it; "sí"/"pedido" again repeat it)
      │        ├──▶ short ──1 / 2 / 3──▶ idle (now + back-order, substitute) | human
      │        └──▶ lead (guest: company, tax id, email) ──▶ human (sellers' queue)
      └─ "vendedor" / 3 misunderstandings / approval / open lines ─▶ human

While a person has the chat the bot stays out of the way, but the buyer's first
message gets one acknowledgement naming business hours; status, the statement, a
promise to pay and `menu` answer.

This module is the table and the item turn (`items`, and what falls back to it); the
other handlers live beside it, one concept each: flows/choosing.py (options picked),
flows/small_asks.py (greetings, status, the statement, a seller…), flows/cart_commands.py,
flows/short_picks.py, flows/counts_told.py, flows/in_parts.py and flows/several_asks.py
(messages that do several things), flows/pre_read.py (what a message asks before the
table reads it); state names in flows/chat_states.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from bot.corrections import Action
from bot.corrections import read as read_correction
from bot.formatting import quantity_text
from bot.handoff import WAITING_FOR_APPROVAL, QueueReason
from bot.hours import from_config
from bot.intents import (
    Intent,
    IntentName,
    is_chatter,
    is_polite,
    order_closing,
    order_opening,
    quote_closing,
    quote_opening,
    recognise,
    strip_politeness,
)
from bot.item_words import names_code, names_item
from bot.joined import request_lines
from bot.joined.talk import thing_asked
from bot.statuses import LineDecision
from bot.talk import is_talk, without_laughter
from bot.words import words_of
from flows import (
    answer_plus,
    brand_price,
    cart,
    claims,
    corrections,
    document_again,
    document_asked,
    elliptic,
    leads,
    line_swaps,
    line_words,
    old_quote,
    order_change,
    ordering,
    pack_asked,
    partial_accept,
    pickup,
    po_asked,
    price_named,
    quote_again,
    quote_named,
    same_as,
    separate_orders,
    split_ship,
    starred,
    stock_asked,
    stocked_pick,
    taps,
    tax_asked,
)
from flows.cart_commands import (
    cancel,
    cart_while_waiting,
    reopen_quote,
    reorder,
    show_cart,
    who_buys,
)
from flows.cart_named import order_of_the_cart, quote_of_the_cart
from flows.chat_states import (
    CHOOSING,
    CONFIRMING,
    HUMAN,
    IDLE,
    LEAD,
    SHORT,
    STATES,
    Handler,
    I,
    problem,
    resting,
)
from flows.choosing import (
    choose,
    count_either_way,
    count_of_options,
    count_said,
    each_picked,
    finish_choosing,
    packs_answered,
)
from flows.counts_told import count_told, counts_of_lines, quantity_told
from flows.credit_notice import credit_notice
from flows.documents_named import document_named
from flows.in_parts import answered_in_parts
from flows.lead_corrected import corrected as lead_corrected
from flows.pre_read import (
    a_question,
    asked_after_talk,
    invoice_by_amount,
    invoice_in_context,
    items_after_talk,
    quote_for_whom,
    switch_language,
)
from flows.priced_line import COMPACT_FROM, priced_line
from flows.several_asks import AFTER_SALE, several_asks
from flows.shipped_from import shipped_from, split_shown
from flows.short_picks import backorder, partial, short_pick, short_quantity, substitute
from flows.signature import without_signature
from flows.small_asks import (
    accept_asked,
    account,
    first_name,
    human,
    menu,
    opt,
    order_asked,
    promise,
    purchase_order,
    quote_asked,
    small_talk,
    status,
)
from flows.turn import Turn
from flows.when_asked import ordered_arrival

MAX_MISUNDERSTOOD = 3
MAX_LINES = 100  # request lines read from one message; the rest are named, not dropped


# --- items ---------------------------------------------------------------------------
def items(turn: Turn, said: Intent) -> str:
    """Request lines: each priced into the cart, offered as options, or kept open; first,
    a correction of a cart line in words ("quita los rodamientos", flows/corrections.py).
    Items after an order asked for ("pls place an order for 40 FAS-10148, PO# 7781") go
    on to the order's confirmation once no option waits (the PO kept for it)."""
    mailed = ordering.mailed_to(turn)  # the email asked for the quote's mail
    if mailed is not None:
        return mailed
    reopened = reopen_quote(turn)
    if reopened and (accepted := partial_accept.answer(turn, said)) is not None:
        return accepted  # "acepto pero sin los discos": the order of the other lines
    in_parts = answered_in_parts(turn, TABLE)
    if in_parts is not None:
        return in_parts
    if quote_of_the_cart(turn):  # "send me a quote for the wire and rod"
        return ordering.make_quote(turn)
    if order_of_the_cart(turn):  # "ok order the valves": the order's one confirmation
        return ordering.order(turn, said)
    in_stock = stocked_pick.swapped(turn)  # "mándame el que tengas en Santiago nomás"
    if in_stock is not None:
        return in_stock
    if stock_asked.answer(turn):  # "how many of the 6208s do you have in Houston?"
        return resting(turn)
    if pack_asked.answer(turn):  # "how many ties in a bag btw", "las bolsas traen 100 cierto?"
        return resting(turn)
    parted = split_ship.asked(turn)  # "los 11 de Santiago y los otros 19 desde Lima"
    if parted is not None:
        return split_shown(turn, *parted)
    source = stock_asked.source_asked(turn, turn.text)
    if source is not None and any(line["sku"] for line in cart.lines(turn)):
        return shipped_from(turn, source)  # "despáchalo desde Lima"
    if turn.customer is None and (cart.lines(turn) or turn.data.get("last_quote")) \
            and leads.gives_lead(turn.text):  # "go ahead and order them. Acme Ltd, VAT …"
        return leads.lead_details(turn, said)
    position = int(turn.data.get("ask_qty") or 0)
    told = quantity_told(turn, position) if position else None
    if told:  # "ah sí, perdón, 12 de esos", "dos docenas", "25 kg"
        return count_told(turn, said, position, told)
    counted = counts_of_lines(turn)
    if counted is not None:
        return counted
    if brand_price.cheaper_shown(turn):  # "anything cheaper than skf on those?"
        if reopened:
            cart.clear(turn)  # asked, nothing changed: the quote stands as sent
        return resting(turn)
    corrected = corrections.correct(turn)
    if corrected is not None:
        return corrected
    if brand_price.priced_in_brand(turn):  # "what's the price on the NTN ones?"
        return resting(turn)
    if reopened and not _ADDING.search(turn.text):
        cart.clear(turn)  # no change to the quote: a new request, on its own
    text = said.rest if said.po or said.delivery else turn.text  # the PO is no item
    text = items_after_talk(tax_asked.taken(turn, text))  # "Is that inc GST?" is no item
    text = separate_orders.taken(turn, text)  # "necesito 2 pedidos separados": no item
    text = price_named.off_beside(turn, text)  # "… at 10% off": no item's words
    text = document_asked.taken(turn, text)  # "… la ficha técnica del contactor …?"
    if not text.strip():
        return document_asked.hand_over(turn, []) or IDLE  # the certificate of those bolts
    ordered = order_opening(text)
    if ordered is None and turn.part is None:
        ordered = order_closing(text)  # "40 6202-2Z SKF then, order"
    quoted = quote_opening(text) if ordered is None else None  # "quote 25 hex bolts M8x20"
    if quoted is None and ordered is None and turn.part is None:
        quoted = quote_closing(text)  # "10 … contactors 24vdc coil, quote please"
    if ordered is not None and turn.customer is None and cart.lines(turn) \
            and leads.EMAIL.search(ordered):  # fmt: skip
        return _order_with_details(turn, said, ordered)
    lines = request_lines(ordered if ordered is not None else text, turn.services.index.brands)
    read, ignored = lines[:MAX_LINES], len(lines) - MAX_LINES
    houses = stock_asked.houses_asked(turn, text)  # "¿tienen en Lima 30 tees …?"
    choices: dict[str, dict[str, Any]] = turn.data.get("choices") or {}
    pending = list(turn.data.get("pending", []))  # choices asked before, still open
    empty_before = not cart.lines(turn)
    shown: list[dict[str, Any]] = []
    understood, talked = 0, False
    priced: list[str] = []  # the SKUs this message put in the cart
    read = [t for t in without_signature(read)
            if len(read) == 1 or (recognise(t).name is None and not is_chatter(t))]
    # "Hola Mike,", "Saludos, Jorge", "favor cotizar:" around the items are none of them
    listed = len(read) > 1  # a list's counts are the house's units: packs, never asked
    for text in read:
        said_so, text = text, without_laughter(text) or text  # "una motosierra jaja": its words
        text = elliptic.read(turn, text)  # "y 50 del blanco": the cart's cable, in white
        text = same_as.read(turn, text)  # "and 20 M8x40 same": the kind of the line before
        result = turn.match(strip_politeness(text))
        cart.read_ahead(turn, [result.sku, *(c.sku for c in result.candidates),
                               *(c.sku for c in result.alternatives)])  # fmt: skip
        quantity = result.line.quantity
        assumed = not result.line.quantity_given
        if (result.decision == LineDecision.AUTO and result.sku and not listed
                and count_either_way(turn, result)):  # fmt: skip
            understood += 1  # "12 tarugos" of a bag of 100: 12 bags, or 12 in one bag?
            either = cart.packs_or_pieces(turn, result.sku, result.line.quantity, text,
                                      f"{turn.message.id}.{len(pending)}", choices)  # fmt: skip
            pending.append(either)
            shown.append(either)
        elif result.decision == LineDecision.AUTO and result.sku:
            understood += 1
            priced.append(result.sku)
            line = cart.add(turn, result.sku, quantity, text, assumed=assumed,
                            pieces=result.line.pieces)  # fmt: skip
            alternatives = [{**vars(c), "name": cart.name_of(turn, cart.product_of(turn, c.sku))}
                            for c in result.alternatives]  # fmt: skip
            shown.append(priced_line(turn, line, result.brand_rule, alternatives, houses))
        elif result.decision == LineDecision.CONFIRM and result.candidates:
            understood += 1
            qty = quantity_text(quantity)
            question: dict[str, Any] = {"kind": "choose", "text": text, "qty": qty,
                                        "candidates": [], "assumed": assumed,
                                        "id": f"{turn.message.id}.{len(pending)}"}  # fmt: skip
            for candidate in result.candidates:
                number = str(len(choices) + 1)
                # an option read with a count of its own ("4 1/2\" valves": four of 1/2")
                own = None if candidate.quantity is None else Decimal(str(candidate.quantity))
                choices[number] = {"sku": candidate.sku, "qty": quantity_text(own or quantity),
                                   "text": text, "assumed": assumed and own is None,
                                   **count_said(result.line)}  # fmt: skip
                name = cart.name_of(turn, cart.product_of(turn, candidate.sku))
                question["candidates"].append(
                    {"number": number, "sku": candidate.sku, "name": name}
                    | ({} if own is None else {"qty": quantity_text(own)})
                )
            pending.append(question)
            shown.append(question)
        elif thing_asked(text):  # "¿tienen hidrolavadora karcher?": open, a seller answers
            line = cart.add(turn, None, quantity, text, assumed=assumed)
            shown.append({"kind": "unknown", "text": text, "position": cart.position(turn, line)})
        elif a_question(turn, text):
            shown.append({"kind": "question", "text": text})  # no cart line: nothing to quote
        elif is_talk(said_so) and not set(words_of(text)) & turn.services.index.brands:
            talked = True  # "rough week lol": no item, nothing for a seller to complete
        else:
            line = cart.add(turn, None, quantity, text, assumed=assumed)  # a seller completes it
            shown.append({"kind": "unknown", "text": text, "position": cart.position(turn, line)})
    if talked and not shown:  # only talk between the items: a nod and the cart as it is
        return small_talk(turn, replace(said, name=None))
    if understood:
        turn.conversation.failures = 0
    elif shown:
        turn.conversation.failures += 1
    if turn.conversation.failures >= MAX_MISUNDERSTOOD:
        turn.say("human")
        return turn.escalate(QueueReason.NOT_UNDERSTOOD)
    pending, choices = _settled_by(turn, pending, choices, priced, shown)
    asked_before = [q for q in pending if q not in shown]
    turn.data["choices"], turn.data["pending"] = choices, pending
    credit_notice(turn)
    turn.say("items", items=shown, asked_before=asked_before, choosing=bool(choices),
             compact=len(shown) > COMPACT_FROM, who_buys=empty_before and who_buys(turn),
             **cart.view(turn))  # fmt: skip
    tax_asked.answer(turn)  # "¿es con IVA o más IVA?", beside the items
    separate_orders.answer(turn)  # "uno por centro de costo": how the orders go
    if ignored > 0:
        turn.say("ignored_lines", limit=MAX_LINES, first=MAX_LINES + 1, last=len(lines))
    if (discount := price_named.asked_beside(turn, priced)) is not None:
        return discount  # "… con 10% de descuento": the items priced, the discount a seller's
    if (document := document_asked.hand_over(turn, priced)) is not None:
        return document  # "… spec sheet … and price on 6": the items priced, the sheet a seller's
    if quoted is not None and priced and not choices and all(
        ln["sku"] and not ln.get("assumed") for ln in cart.lines(turn)
    ):  # a quote asked with its items, every line priced: the quote, at once
        return ordering.make_quote(turn)
    turn.offer(taps.after_items(turn, shown))
    turn.data["ask_qty"] = cart.count_asked(turn)
    turn.data["ask_qty_houses"] = houses if turn.data["ask_qty"] else None
    if ordered is not None and choices:
        turn.data["then_order"] = True  # once the options are picked
    elif ordered is not None:
        return ordering.order(turn, said)
    return CHOOSING if choices else IDLE


def _settled_by(
    turn: Turn, pending: list[dict[str, Any]], choices: dict[str, dict[str, Any]],
    priced: list[str], shown: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The open questions the items just priced answer: one asked without a size or a count
    ("do you guys carry Gates V-belts?", "¿tienen rodamientos SKF?") is settled by the items
    of it the buyer names next ("need B60 and B62, 6 of each"), never asked again."""
    settled = [q for q in pending if q not in shown and q.get("kind") == "choose"
               and q.get("assumed") and any(line_words.asked_about(turn, q["text"], sku)
                                            for sku in priced)]  # fmt: skip
    if not settled:
        return pending, choices
    pending = [q for q in pending if q not in settled]
    still = {c["number"] for q in pending for c in q["candidates"]}
    return pending, {n: c for n, c in choices.items() if n in still}


# Words that add to what was asked before ("oh can you add 50 M8 flat washers", "súmale
# 2 rollos de alambre", "also throw in 10 kg of 6013").
_ADDING = re.compile(
    r"\b(?:add|also|too|as well|plus|throw in|agreg\w*|agr[eé]g\w*|s[uú]ma\w*|"
    r"tambi[eé]n|adem[aá]s|a[nñ]ad\w*)\b", re.I
)


def described(turn: Turn, said: Intent) -> str:
    """Words while options wait: the cheapest for this customer when they ask for it ("la
    más barata", "whichever's cheapest"), the option they describe ("la de inox con hilo
    npt", "the brass one"), else items as ever (flows/line_words.py `option_named`)."""
    reading = packs_answered(turn)
    if reading is not None:  # "las bolsas", "pieces": the reading of a count under a pack
        return choose(turn, replace(said, name=I.CHOOSE, numbers=(reading,)))
    cheapest = line_swaps.cheapest_options(turn, turn.text)  # "dame el más barato nomás"
    if cheapest:
        return choose(turn, replace(said, name=I.CHOOSE, numbers=cheapest))
    in_stock = stocked_pick.options_in_stock(turn)  # "whichever you've got in stock"
    if in_stock is not None:
        return choose(turn, replace(said, name=I.CHOOSE, numbers=in_stock)) if in_stock \
            else CHOOSING
    more = answer_plus.parts(turn)  # "los 2z skf, 20, y de paso agrégame 4 correas b54"
    if more is not None and (answered := _narrowed(turn, said, more)) is not None:
        return answered
    number = line_words.option_named(turn, turn.text)
    if number is None:
        return count_of_options(turn, said) or _narrowed(turn, said) or items(turn, said)
    return choose(turn, replace(said, name=I.CHOOSE, numbers=(int(number),)))


def _narrowed(turn: Turn, said: Intent, more: tuple[str, str] | None = None) -> str | None:
    """The size, brand or grade of the kind asked just before, in a message of its own
    ("need cutoff wheels" / "4.5 inch norton 1.6 metal"): read with that kind, the one item
    of its options' family they name goes in the cart, and the question is settled (its count
    asked if none was said). None when the words name no such one item alone."""
    pending = turn.data.get("pending") or []
    if len(pending) != 1 or pending[0].get("kind") != "choose" or turn.part is not None:
        return None
    answer = turn.text if more is None else more[0]
    if more is None and turn.match(turn.text).decision == "auto":
        return None  # an item of its own: read as ever
    words = answer_plus.joined(pending[0]["text"], answer) if more else \
        f"{pending[0]['text']} {answer}"  # fmt: skip
    found = turn.match(words)
    if found.decision != "auto" and more is None and (
            bare := answer_plus.described(turn, pending[0]["text"], answer)):  # fmt: skip
        words = f"{pending[0]['text']} {bare}"  # "oh and the bearing is the 2rsh skf one"
        found = turn.match(words)
    offered = [c["sku"] for c in pending[0].get("candidates") or []]
    if found.decision != "auto" or found.sku is None or not offered:
        return None
    families = {cart.product_of(turn, sku).family for sku in offered}
    if found.sku not in offered and cart.product_of(turn, found.sku).family not in families:
        return None
    turn.data["pending"], turn.data["choices"] = [], {}  # answered: the question goes
    if more is not None:  # the item added after is read too
        words = f"{words}\n{more[1]}"
    turn.part = words
    try:
        return items(turn, said)
    finally:
        turn.part = None


def tax_beside(turn: Turn, said: Intent) -> str:
    """The tax asked ("¿es más IVA?"); with a change or items in the same message ("no, el
    de 1/2 no el de 3/4. y eso es más IVA?") those are read first, as without the ask, and
    the tax answered after them, once."""
    rest = tax_asked.taken(turn, turn.text)
    if turn.part is not None or rest == turn.text.strip() or not re.search(r"\d", rest):
        return tax_asked.asked(turn, said)
    turn.part = rest
    try:
        state = items(turn, replace(said, name=None))
    finally:
        turn.part = None
    if turn.memo.get("tax_asked"):  # not answered beside the items: answered now
        tax_asked.answer(turn)
    return state


def number_in_idle(turn: Turn, said: Intent) -> str:
    """A bare number with no options waiting: the quantity asked for, or item text; a
    number with "más"/"menos" ("diez más", "2 menos") corrects a cart line."""
    adding = read_correction(turn.text)
    if adding is not None and adding.action == Action.ADD and cart.lines(turn):
        return items(turn, said)
    position = turn.data.get("ask_qty")
    if position and len(said.numbers) == 1 and said.numbers[0] > 0:
        return count_told(turn, said, position, Decimal(said.numbers[0]))
    if not re.search(r"[^\d\s,.y&and]", turn.text):
        turn.say("problem", reason=turn.wording.phrase("no_choice_pending", turn.language))
        return IDLE
    return items(turn, said)


def remove(turn: Turn, said: Intent) -> str:
    """ "quitar 2": that line; "quita eso", "remove it": the one the words name; "quitar 2
    y el 6205 déjalo en 10", "quitar 1 y 3": each change, answered once (`answered_in_parts`)."""
    reopened = reopen_quote(turn)
    if len(said.numbers) > 1 and (in_parts := answered_in_parts(turn, TABLE)) is not None:
        return in_parts
    if said.numbers and cart.remove(turn, said.numbers[0]):
        return show_cart(turn, said)
    corrected = corrections.correct(turn)
    if corrected is None and reopened:
        cart.clear(turn)
    return corrected or problem(turn, "no_such_line")


def change(turn: Turn, said: Intent) -> str:
    """ "cambiar 3 a 10": that line; "make that 12", "cambia a 20": the one named;
    "cambiar 1 a 10 y quita los pernos": each change, answered once (`answered_in_parts`)."""
    reopened = reopen_quote(turn)
    if len(said.numbers) > 2 and (in_parts := answered_in_parts(turn, TABLE)) is not None:
        return in_parts
    if len(said.numbers) == 2 and cart.set_quantity(turn, said.numbers[0],
                                                    Decimal(said.numbers[1])):  # fmt: skip
        return show_cart(turn, said)
    corrected = corrections.correct(turn)
    if corrected is None and reopened:
        cart.clear(turn)
    return corrected or problem(turn, "no_such_line")


# A count said with a price question ("y si llevo 50 …?", "what if we take 100?"): the
# quantity the buyer weighs, priced on the cart's line.
_IF_COUNT = re.compile(
    r"\b(?:si (?:llevo|llevamos|compro|compramos|pido|pedimos|tomo|tomamos|son)"
    r"|if (?:i|we) (?:take|buy|get|order)|(?:what|how) about)\s+(\d{1,6})(?![\d.,/])", re.I
)


def price(turn: Turn, said: Intent) -> str:
    """A price challenged ("¿por qué subieron tanto?", "can you do discount", "si llevo 50
    me lo dejan más barato?"): the price is the rule's (list or contract, SPEC), never
    bargained here; the cart shown at it, a count weighed put on its one line, and a seller
    offered to argue it (the buyer asks for one: the queue). A message that names an item
    ("50 pernos M8x40 din 933, al mejor precio", "si llevo 50 pernos M8 …") is a request
    with talk about the price beside it: its lines are read, never lost to the price talk,
    and no other cart line takes its count. A SKU or the customer's own part number is an
    item named as much as a word is ("200 x FAS-10022, best price?")."""
    customer_id = turn.customer.customer_id if turn.customer else None
    asked = price_named.named(turn)  # a price under the rule's or a per cent off: a seller's
    if asked is not None:
        return price_named.hand_over(turn, asked)
    if names_item(turn.text) or names_code(turn.services.index, turn.text, customer_id):
        return items(turn, replace(said, name=None))
    count = _IF_COUNT.search(turn.text)
    if count and len(cart.lines(turn)) == 1:
        cart.set_quantity(turn, 1, Decimal(count[1]))
    turn.say("price", **cart.view(turn))
    turn.offer(taps.after_items(turn, []))
    return resting(turn)


def _or_else(handler: Callable[[Turn, Intent], str | None], fallback: Handler) -> Handler:
    """`handler`'s answer, or `fallback`'s when the words are not its own (None): "send the
    NTN ones instead" with nothing short is items, "déjalo en 19" with no short line a change."""

    def answer(turn: Turn, said: Intent) -> str:
        return handler(turn, said) or fallback(turn, said)

    return answer


def _accepted(turn: Turn, said: Intent) -> str:
    """A quote accepted; one not on the customer's account named with its items ("quiero
    aceptar la Q-2026-00007 de octubre, eran 12 correas A76 gates a 8,90 c/u"): nothing
    ordered, the items priced today (flows/old_quote.py), for `pedido` to order."""
    named = old_quote.items_named(turn, said)
    if named is None:
        return accept_asked(turn, said)
    turn.say("problem", reason=turn.wording.phrase("unknown_quote_items", turn.language,
                                                   number=said.quote))  # fmt: skip
    turn.part = named
    try:
        return items(turn, replace(said, name=None, quote=None))
    finally:
        turn.part = None


def _lead_or_items(turn: Turn, said: Intent) -> str:
    """A guest asked who buys gives it, or writes items instead ("20 tin snips", "vat 200l"):
    those are read as items (leads.items_instead), never as a company or a tax id."""
    if leads.items_instead(turn.text):
        return items(turn, said)
    return leads.lead_details(turn, said)


COMMON: dict[IntentName | None, Handler] = {
    I.GREETING: small_talk, I.THANKS: small_talk, I.ACK: small_talk, I.YES: small_talk,
    I.NO: small_talk, I.STATUS: status, I.ACCOUNT: account, I.MENU: menu, I.HUMAN: human,
    I.CANCEL: cancel, I.CART: show_cart, I.REMOVE: remove, I.CHANGE: change,
    I.REORDER: _or_else(reorder, items), I.QUOTE: quote_asked, I.ORDER: order_asked,
    I.ACCEPT: _accepted, I.STOP: opt, I.START: opt, I.PURCHASE_ORDER: purchase_order,
    I.CHOOSE: number_in_idle, I.PROMISE: promise, I.BACKORDER: _or_else(backorder, items),
    I.SUBSTITUTE: _or_else(substitute, items), None: items,
    I.IDENTITY: small_talk, I.LANGUAGE: small_talk, I.PRICE: price, I.TAX: tax_beside,
    I.RESEND: document_again.resend,
}  # fmt: skip


TABLE: dict[str, dict[IntentName | None, Handler]] = {
    IDLE: COMMON,
    CHOOSING: {**COMMON, None: described, I.CHOOSE: choose, I.YES: choose, I.ACK: choose,
               I.ORDER: finish_choosing, I.QUOTE: finish_choosing, I.ACCEPT: finish_choosing},
    # asked no more (an order is placed in one step): a chat left asking before still answers
    CONFIRMING: {**COMMON, I.YES: ordering.confirm, I.ACK: ordering.confirm,
                 I.ACCEPT: ordering.confirm, I.ORDER: ordering.confirm,
                 I.PURCHASE_ORDER: ordering.confirm, I.NO: ordering.decline},
    SHORT: {**COMMON, I.CHOOSE: ordering.settle_short, I.NO: ordering.decline,
            I.YES: ordering.which_short, I.ACK: ordering.which_short,
            I.CANCEL: ordering.decline, I.BACKORDER: _or_else(partial, items),
            I.CHANGE: _or_else(short_quantity, change),
            I.SUBSTITUTE: short_pick("substitute")},
    # a guest giving company and tax id: "Maple Fab Inc. - GST/HST no. …" names no tax asked
    LEAD: {**COMMON, None: _lead_or_items, I.CANCEL: cancel, I.TAX: leads.lead_details},
    HUMAN: {I.STATUS: status, I.MENU: menu, I.ACCOUNT: account,
            I.PROMISE: promise, I.CART: cart_while_waiting},  # otherwise one acknowledgement
}  # fmt: skip


def _check_table() -> None:
    assert set(TABLE) == set(STATES), "every state needs a row"
    for state, row in TABLE.items():
        assert state == HUMAN or None in row, f"state {state} has no fallback"


_check_table()


def handle(turn: Turn) -> None:
    """Answer one inbound message and move the conversation to its next state."""
    conversation = turn.conversation
    tap = taps.read(turn)  # a tapped option: its id decides, not the words of its title
    said = tap.said if tap else ordered_arrival(turn, document_named(turn, invoice_by_amount(
        turn, invoice_in_context(turn, quote_for_whom(turn, asked_after_talk(turn.text))))))
    if tap is None:
        switch_language(turn, said)
    if conversation.state == HUMAN:
        waiting(turn, said)
        return
    turn.data.pop("waiting_told", None)  # handed back: a new wait is acknowledged again
    ordering.keep_details(turn, said)  # a PO or where to deliver, said with anything
    alone = leads.company_alone(turn, said) if tap is None else None  # "Orinoco C.A." alone
    if tap is None:
        leads.given_with_items(turn)  # a guest's company and tax id beside the items: kept
    if not turn.data.get("greeted"):
        turn.data["greeted"] = turn.memo["greeted"] = True
        turn.say("greeting", name=first_name(turn),
                 customer=turn.customer.name if turn.customer else None,
                 company=turn.wording.company,
                 buyer=(turn.data.get("lead") or {}).get("company"))  # fmt: skip
        if said.name in (I.GREETING, I.ACK, I.THANKS):
            return  # "what can you do for me?" as the first message: the menu follows
    if tap is None:
        pickup.told(turn, said)  # "…, los retiramos en la bodega de Lima": noted, named
    if alone:  # kept for the lead: no item, asked again only what is missing
        turn.say("lead_noted", company=alone, **cart.view(turn))
        return
    if tap is None and (star := starred.corrected(turn)) is not None:
        conversation.state = star  # "*20", "*BRG-10112": the line just answered, corrected
        return
    if tap is None and conversation.state == IDLE and (again := quote_again.asked(turn, said)):
        conversation.state = again  # "the same as Q-… but 50 of each": its lines, changed
        return
    if tap is None and conversation.state != LEAD and (claim := claims.claimed(turn)):
        conversation.state = claims.hand_over(turn, *claim)  # a warranty, a return: a seller's
        return
    if tap is None and conversation.state == IDLE and (placed := order_change.asked(turn)):
        conversation.state = order_change.hand_over(turn, placed)  # a seller's, never items
        return
    if tap is None and conversation.state == IDLE and (named := quote_named.picked(turn, said)):
        conversation.state = accept_asked(turn, replace(said, name=I.ACCEPT, quote=named))
        return  # "we'll go with the second one, PO 55-4417": that quote, of several open
    if tap is None and said.po and po_asked.answer(turn, said):
        return  # "did you get my PO 55-9012?": yes, on which order; or not yet
    if tap is None and conversation.state == IDLE and said.po and said.name in _PO_WITH \
            and is_polite(said.rest) and turn.data.get("last_quote") \
            and not cart.lines(turn):  # fmt: skip
        conversation.state = ordering.accept(turn, said)  # "listo, va con OC 4500-2315"
        return
    if tap is None and conversation.state == IDLE and said.name in _PO_AFTER \
            and not names_item(said.rest) and ordering.note_po(turn, said):  # fmt: skip
        return  # "oops forgot the PO, it's PI-90211": on the order just placed
    if tap is None and conversation.state == IDLE and said.name in (None, *AFTER_SALE):
        several = several_asks(turn, items)
        if several is not None:
            conversation.state = several
            return
    if tap is None and conversation.state == CHOOSING and said.name is None:
        said = each_picked(turn, said)  # "la primera y la tercera, 4 de cada una"
    row = TABLE[conversation.state]
    handler = tap.handler if tap and tap.handler else row.get(said.name, row[None])
    conversation.state = handler(turn, said)
    if tap is None and conversation.state not in (HUMAN, LEAD):
        tax_asked.beside(turn)  # "no, the 1/2 not the 3/4. is that plus tax?": answered too


def _order_with_details(turn: Turn, said: Intent, details: str) -> str:
    """A guest's order with who buys in the same message ("ok háganme el pedido.
    Camaronera del Pacífico S.A., RUC 0992345678001, compras@…"): the order asked, and the
    company, tax id and email after it read as the lead's, never as an item line."""
    before = len(turn.replies)
    state = ordering.order(turn, said)
    if state != LEAD:
        return state
    del turn.replies[before:]  # the details are here: no asking for them first
    turn.part = details
    try:
        return leads.lead_details(turn, recognise(details))
    finally:
        turn.part = None


# A purchase-order number given right after a quote, with nothing but these around it
# ("listo, va con OC 4500-2315", "OC 4500-7788"): the quote accepted with it.
_PO_WITH = (I.PURCHASE_ORDER, I.ACK, I.YES, I.THANKS)


# A PO number sent after the order, with these around it ("oops forgot the PO, it's
# PI-90211, can you put it on that order"), goes on that order; a status asked by it
# ("any update on our PO 88-1207?") is a status.
_PO_AFTER = (*_PO_WITH, None, I.ORDER, I.ACCEPT)


def while_held(turn: Turn) -> None:
    """A seller holds the chat (pipeline): only the acknowledgement, status and menu."""
    tap = taps.read(turn)
    said = tap.said if tap else recognise(turn.text)
    switch_language(turn, said)
    waiting(turn, said)


def waiting(turn: Turn, said: Intent) -> None:
    """A person has the chat: `status`/`menu` answer; otherwise one acknowledgement."""
    handler = TABLE[HUMAN].get(said.name)
    if handler is not None:
        handler(turn, said)
        return
    if lead_corrected(turn):  # "el RUC está mal, el correcto es …": kept and shown
        return
    if turn.data.get("waiting_told"):
        return
    turn.data["waiting_told"] = True
    hours = from_config(turn.services.business_hours)
    approval = turn.conversation.attention in {r.value for r in WAITING_FOR_APPROVAL}
    # a quote waiting is read as a quote, never "your order" (issue #14)
    quote = turn.conversation.attention == QueueReason.QUOTE_NEEDS_APPROVAL.value
    opening = hours.next_opening(turn.now) if hours else None
    turn.say("waiting", approval=approval, quote=quote, hours=hours.text if hours else None,
             open=hours.is_open(turn.now) if hours else True,
             next_opening=opening.strftime("%Y-%m-%d %H:%M") if opening else None)  # fmt: skip
