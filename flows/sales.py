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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlmodel import select

from bot import audit
from bot.availability import Dispatch, availability_for, stock_rows
from bot.corrections import Action
from bot.corrections import read as read_correction
from bot.credit import CreditStatus, credit_for, explain
from bot.formatting import money_text, quantity_text
from bot.handoff import WAITING_FOR_APPROVAL, QueueReason, subject_of
from bot.hours import from_config
from bot.intents import (
    REFERENCE,
    Intent,
    IntentName,
    fillers,
    is_chatter,
    is_polite,
    order_closing,
    order_opening,
    quote_opening,
    recognise,
    scale_of,
    strip_politeness,
)
from bot.item_words import names_code, names_item
from bot.joined import request_lines
from bot.joined.cuts import INLINE_NUMBER
from bot.joined.talk import thing_asked
from bot.matching.learning import remember
from bot.matching.lines import RequestLine, parse_line
from bot.matching.text import fold
from bot.models import Product, Receivable
from bot.packs import either_way, in_packs, reading_named
from bot.promises import local_today, month_named
from bot.quotes import latest, lines_of
from bot.sales_history import last_order, scaled
from bot.statuses import ConversationState, LineDecision
from bot.talk import is_talk, without_laughter
from bot.words import words_of
from flows import (
    after_sale,
    answer_plus,
    arrival_asked,
    brand_price,
    cart,
    corrections,
    elliptic,
    leads,
    numbered,
    order_change,
    ordering,
    pack_asked,
    partial_accept,
    pickup,
    price_named,
    quote_named,
    same_as,
    split_ship,
    stock_asked,
    taps,
)
from flows.language import detect_language
from flows.turn import Reply, Turn
from flows.views import availability_view

S = ConversationState
IDLE, CHOOSING, CONFIRMING, SHORT, LEAD, HUMAN = (
    S.IDLE.value, S.CHOOSING.value, S.CONFIRMING.value, S.SHORT.value, S.LEAD.value,
    S.HUMAN.value,
)  # fmt: skip
STATES = (IDLE, CHOOSING, CONFIRMING, SHORT, LEAD, HUMAN)
MAX_MISUNDERSTOOD = 3
MAX_LINES = 100  # request lines read from one message; the rest are named, not dropped
COMPACT_FROM = 8  # more lines than this: one line per item, numbered by its cart position,
# with its quantity, unit price and total, so a long list stays readable over several messages
I = IntentName  # noqa: E741 (the enum, as in bot/intents.py)
Handler = Callable[[Turn, Intent], str]


# --- items ---------------------------------------------------------------------------
def items(turn: Turn, said: Intent) -> str:
    """Request lines: each priced into the cart, offered as options, or kept open; first,
    a correction of a cart line in words ("quita los rodamientos", flows/corrections.py).
    Items after an order asked for ("pls place an order for 40 FAS-10148, PO# 7781") go
    on to the order's confirmation once no option waits (the PO kept for it)."""
    mailed = ordering.mailed_to(turn)  # the email asked for the quote's mail
    if mailed is not None:
        return mailed
    reopened = _reopen_quote(turn)
    if reopened and (accepted := partial_accept.answer(turn, said)) is not None:
        return accepted  # "acepto pero sin los discos": the order of the other lines
    in_parts = _in_parts(turn)
    if in_parts is not None:
        return in_parts
    if _quote_of_the_cart(turn):  # "send me a quote for the wire and rod"
        return ordering.make_quote(turn)
    if _order_of_the_cart(turn):  # "ok order the valves": the order's one confirmation
        return ordering.order(turn, said)
    if stock_asked.answer(turn):  # "how many of the 6208s do you have in Houston?"
        return _resting(turn)
    if pack_asked.answer(turn):  # "how many ties in a bag btw", "las bolsas traen 100 cierto?"
        return _resting(turn)
    parted = split_ship.asked(turn)  # "los 11 de Santiago y los otros 19 desde Lima"
    if parted is not None:
        return _split(turn, *parted)
    source = stock_asked.source_asked(turn, turn.text)
    if source is not None and any(line["sku"] for line in cart.lines(turn)):
        return _shipped_from(turn, source)  # "despáchalo desde Lima"
    if turn.customer is None and (cart.lines(turn) or turn.data.get("last_quote")) \
            and leads.gives_lead(turn.text):  # "go ahead and order them. Acme Ltd, VAT …"
        return leads.lead_details(turn, said)
    position = int(turn.data.get("ask_qty") or 0)
    told = _quantity_told(turn, position) if position else None
    if told:  # "ah sí, perdón, 12 de esos", "dos docenas", "25 kg"
        return _count_told(turn, said, position, told)
    counted = _counts_of_lines(turn)
    if counted is not None:
        return counted
    corrected = corrections.correct(turn)
    if corrected is not None:
        return corrected
    if brand_price.priced_in_brand(turn):  # "what's the price on the NTN ones?"
        return _resting(turn)
    if reopened and not _ADDING.search(turn.text):
        cart.clear(turn)  # no change to the quote: a new request, on its own
    text = said.rest if said.po or said.delivery else turn.text  # the PO is no item
    text = _items_after_talk(text)
    ordered = order_opening(text)
    if ordered is None and turn.part is None:
        ordered = order_closing(text)  # "40 6202-2Z SKF then, order"
    quoted = quote_opening(text) if ordered is None else None  # "quote 25 hex bolts M8x20"
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
    read = [t for t in read if len(read) == 1 or (recognise(t).name is None and not is_chatter(t))]
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
                and _either_way(turn, result)):  # fmt: skip
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
            shown.append(_priced(turn, line, result.brand_rule, alternatives, houses))
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
                                   **_counted(result.line)}  # fmt: skip
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
        elif _a_question(turn, text):
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
    _credit_notice(turn)
    turn.say("items", items=shown, asked_before=asked_before, choosing=bool(choices),
             compact=len(shown) > COMPACT_FROM, who_buys=empty_before and _who_buys(turn),
             **cart.view(turn))  # fmt: skip
    if ignored > 0:
        turn.say("ignored_lines", limit=MAX_LINES, first=MAX_LINES + 1, last=len(lines))
    if quoted is not None and priced and not choices and all(
        ln["sku"] and not ln.get("assumed") for ln in cart.lines(turn)
    ):  # a quote asked with its items, every line priced: the quote, at once
        return ordering.make_quote(turn)
    turn.offer(taps.after_items(turn, shown))
    assumed_lines = [i for i, ln in enumerate(cart.lines(turn), 1) if ln.get("assumed")]
    turn.data["ask_qty"] = assumed_lines[-1] if len(assumed_lines) == 1 else None
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
               and q.get("assumed") and any(corrections.asked_about(turn, q["text"], sku)
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
# A sent quote whose lines a change after it reopens (bot.statuses.QuoteStatus).
_REOPENS = ("sent", "draft")


def _reopen_quote(turn: Turn) -> bool:
    """After a quote the cart is empty; a change then ("sácale los electrodos", "make the
    7018 30 kg", "can you add 50 washers") is to the quote just sent: its lines come back
    into the cart, changed there, and "cotizar" makes the new quote of them all (the old
    one stands until then). True when they came back; the caller empties the cart again
    when the message changes none of them and adds nothing (a new request)."""
    number = turn.data.get("last_quote")
    if cart.lines(turn) or not number or turn.part is not None:
        return False
    quote = latest(turn.session, number)
    if quote is None or quote.status not in _REOPENS:
        return False
    for line in lines_of(turn.session, quote):
        cart.add(turn, line.sku, line.quantity, line.request_text, assumed=False)
    turn.data.pop("last_line", None)  # "no, eran 300" names no line of the quote
    return bool(cart.lines(turn))


# The quantity asked for ("— ¿cuántos?"), told in a few words: "ah sí, perdón, 12 de esos",
# "12 of those", "sorry, need 12".
_QUANTITY_TOLD = re.compile(
    r"(?:(?:ah|ay|oh|uy|s[ií]|yes|yeah|yep|ok|okay|perd[oó]n|sorry|disculpa|disculpe|pues|bueno|"
    r"entonces|so|then|ya|dale|listo|vale)\W+)*"
    r"(?:(?:need|necesito|ocupo|quiero|dame|give me|ponme|ponle|make it|que sean|son|serian|"
    r"serían)\s+)?(?P<count>\d{1,6})\s*(?:de\s+(?:esos|esas|estos|estas|"
    r"ellos|ellas)|of\s+(?:those|these|them|em|it)|unidades|units|pcs|piezas|pieces|uds?)?"
    r"(?:\W+(?:entonces|then|nomas|nom[aá]s|please|pls|porfa|por favor))*\W*",
    re.IGNORECASE,
)
def _quantity_told(turn: Turn, position: int) -> Decimal | None:
    """The count a message gives alone, answering "how many?" of the line at `position`:
    a figure with the words around it (`_QUANTITY_TOLD`), or a count the matcher's reading
    finds with no item beside it ("dos docenas", "un ciento", "a dozen", "25 kg": a unit
    said is the line's own, or none)."""
    told = _QUANTITY_TOLD.fullmatch(stock_asked.without_source(turn, turn.text))
    if told:
        return Decimal(told["count"]) if int(told["count"]) > 0 else None
    alone = count_alone(strip_politeness(turn.text))
    lines = cart.lines(turn)
    if alone is None or not 0 < position <= len(lines):
        return None
    sku = lines[position - 1]["sku"]
    uom = cart.product_of(turn, sku).uom if sku else None
    return alone[0] if alone[1] in (None, uom) else None


# Words around a count said alone: "unos 24 pares", "como 30 nomás", "about 24 pairs"
_ABOUT = frozenset({"unos", "unas", "como", "aprox", "aproximadamente", "cerca", "tipo",
                    "about", "around", "approx", "approximately", "roughly", "some", "maybe",
                    "say", "like", "nomas", "mas", "o", "menos", "or", "so"})  # fmt: skip


def count_alone(text: str) -> tuple[Decimal, str | None] | None:
    """The count a message says with no item ("unos 24 pares", "como 40 nomás", "a dozen",
    "25 kg"), and the unit said with it; None when words of an item are there too."""
    line = parse_line(text)
    if line.quantity_given:
        count, rest, uom = line.quantity, words_of(line.item), line.uom
    else:
        figures = re.findall(r"(?<![\w.,])\d{1,6}(?![\w.,])", text)
        if len(figures) != 1:
            return None
        count, uom = Decimal(figures[0]), None
        rest = [w for w in words_of(text) if w != figures[0]]
    if count <= 0 or any(w not in _ABOUT and w not in fillers() for w in rest):
        return None
    return count, uom


# A question asked of the shop, not of an item ("do you ship up to Canada or just the
# US?", "¿hacen envíos a regiones?"): a question mark, or a question's first word.
_QUESTION = re.compile(
    r"\?\W*$|^\W*(?:(?:oh|ah|and|so|ok|y|e|pero|but|wait|hold on|hm+|um+|uh+|hey|oye|espera)"
    r"\W+)*(?:do|does|did|can|could|would|will|"
    r"are|is|how|what|when|where|why|who|cu[aá]ndo|c[oó]mo|d[oó]nde|qu[eé]|por qu[eé]|"
    r"hacen|pueden|podr[ií]an)\b",
    re.IGNORECASE,
)


# Money in a question about a price ("why $80.59?? we paid 72.71 in June", "¿por qué
# subieron, si las pagamos a 11,99?"): an amount with a currency sign or with cents, never
# an item's size or count.
_MONEY = re.compile(
    r"(?:us\$|usd|clp|\$|€)\s*\d[\d.,]*|(?<![\w.,/-])\d{1,3}(?:([.,])\d{3})*[.,]\d{2}(?![\w.,/-])",
    re.I,
)


def _a_question(turn: Turn, text: str) -> bool:
    """Whether a line the matcher found nothing for is a question about something else than
    an item: no figure but money, no word of the catalog, no brand. It is answered as such
    (a seller answers it), never kept as an open cart line."""
    if not _QUESTION.search(text) or re.search(r"\d", _MONEY.sub(" ", text)) or names_item(text):
        return False
    words = set(re.findall(r"[^\W\d_]+", fold(text)))
    return not words & turn.services.index.brands


# Where a message that does several things is cut: its sentences and clauses, and "y",
# "and", "then" between them ("cámbialo por el skf y hazme el pedido").
_PARTS = re.compile(
    r"[.;!?\n]+\s*|,\s*|\s+(?:y luego|y despu[eé]s|and then|then|y|e|and|&|\+)\s+", re.I
)
# What may follow a correction in the same message: the cart's next step.
_NEXT_STEPS = (I.ORDER, I.QUOTE, I.ACCEPT, I.CART)
_NOISE = (I.GREETING, I.THANKS, I.ACK, I.YES)
MAX_PARTS = 5  # a correction and what follows it is short; longer messages are lists


def _in_parts(turn: Turn) -> str | None:
    """A message that corrects the cart and does something more, answered part by part:
    "ya, cámbialo por el skf y hazme el pedido" (the swap, then the order's question),
    "sácame las golillas y ponle 4 correas b50 gates" (the removal, then the new item),
    "sacá los bulones, esos los consigo acá" (the removal; the aside is no item). None
    when it is not such a message (then it is one correction, or items, as before)."""
    if turn.part is not None or "\n" in turn.text or not cart.lines(turn):
        return None  # a list, one item a line, is items (bot/joined.py)
    parts = [p.strip() for p in _PARTS.split(turn.text) if p and p.strip(" ,.;:-—")]
    if not 2 <= len(parts) <= MAX_PARTS:
        return None
    kinds = [_kind_of(turn, part) for part in parts]
    if "fix" not in kinds:
        return None
    kinds = ["items" if k == "other" and _settled(turn, p) else k
             for k, p in zip(kinds, parts, strict=True)]  # fmt: skip
    led = _lead_ins(parts, kinds)
    _removed_too(turn, parts, kinds)
    _numbers_too(turn, parts, kinds)
    done = [(k, p) for k, p in zip(kinds, parts, strict=True) if k not in ("noise", "other")]
    steps = [k for k, _ in done]
    then_next = steps[-1] == "next" and set(steps[:-1]) == {"fix"}  # "… and place the order"
    if not then_next and not led and (
        steps[0] != "fix"  # an item then its quantity ("nuestro código MLA-44-1000, son 5 más")
        or "next" in steps  # a next step before or between other things: not cut
        # one correction ("los 6204, que sean 8"), unless two parts each say what to do
        # to a line ("el último sácalo, y los rodamientos súbelos a 10"; "make them dayco,
        # we don't accept gates" is one brand asked)
        or (corrections.fits(turn, turn.text) and sum(k == "fix" and (
            read_correction(p) is not None or numbered.names(turn, p)) for k, p in done) < 2)
        or (len(done) < 2 and "other" not in kinds)  # "no, eran 300"
    ):
        return None
    state, before = turn.conversation.state, len(turn.replies)
    numbered.remember(turn)  # "quitar 1 y cambiar 3 a 10": the lines as shown
    for kind, part in done:
        turn.part = part
        said = recognise(part)
        if kind == "fix" and numbered.names(turn, part):
            state = IDLE if numbered.apply(turn, part) else _problem(turn, "no_such_line")
        elif kind == "fix":
            state = corrections.correct(turn) or state
        elif kind == "items":
            state = items(turn, said)
        else:
            row = TABLE[state]
            state = row.get(said.name, row[None])(turn, said)
        turn.conversation.state = state
        if state not in (IDLE,):
            break  # a question is open (which line? which option?) or a seller has it
    turn.part = None
    tapped = [i for i in range(before, len(turn.replies)) if turn.replies[i].choices]
    for i in tapped[:-1]:  # one set of buttons: the last part's (its question is open)
        turn.replies[i] = replace(turn.replies[i], choices=None)
    return state


# "25 kg of the rod and 20 of the wheels", "10 de los discos y 4 de las correas": how many
# of lines already in the cart (those asked "how many?" above all), each named by its words
_COUNT_OF = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|then|y|e|ya|bueno|entonces|pues)\W+)*(?:(?:make it|put|need|"
    r"ponme|ponle|pon|dame|necesito|ocupo)\s+)?(?P<count>\d{1,6}(?:[.,]\d{1,3})?)\s*"
    r"(?P<unit>kg|kgs|kilos?|m|mts?|meters?|metres?|metros?|pcs|pieces|units|ea|unidades|piezas|"
    r"pzas?|uds?)?\s+(?:of|de)\s+(?:the|those|these|los|las|el|la|esos|esas|estos|estas)\s+"
    r"(?P<words>[^\d]+?)\W*$",
    re.I,
)
_WEIGHED_UNITS = {"kg": "KG", "kgs": "KG", "kilo": "KG", "kilos": "KG", "m": "M", "mt": "M",
                  "mts": "M", "meter": "M", "meters": "M", "metre": "M", "metres": "M",
                  "metro": "M", "metros": "M"}  # fmt: skip


def _counts_of_lines(turn: Turn) -> str | None:
    """A message of counts for lines the cart has, each named ("25 kg of the rod and 20 of
    the wheels"): those lines take them and the cart is shown; None when any part is not
    such a count or names no single line (then it is read as before)."""
    lines = cart.lines(turn)
    if not lines or turn.part is not None or "\n" in turn.text:
        return None
    changes: list[tuple[int, Decimal]] = []
    for part in _AND_COUNT.split(turn.text.strip()):
        said = _COUNT_OF.match(part)
        if said is None:
            return None
        named = corrections.lines_named(turn, said["words"], lines)
        if len(named) != 1:
            return None
        line = named[0]
        unit = _WEIGHED_UNITS.get(fold(said["unit"] or ""))
        uom = cart.product_of(turn, line["sku"]).uom.upper()
        if unit is not None and unit != uom:
            return None  # "25 kg of the wheels": not this line's unit
        changes.append((lines.index(line) + 1, Decimal(said["count"].replace(",", "."))))
    if not changes or len({at for at, _ in changes}) != len(changes):
        return None
    for at, quantity in changes:
        cart.set_quantity(turn, at, quantity)
    turn.data["ask_qty"] = None
    return show_cart(turn, recognise(""))


# A count's parts: "… and 20 of the wheels", "…, 10 de las correas"
_AND_COUNT = re.compile(r"\s*[,;]\s*(?:and\s+|y\s+)?|\s+(?:and|y|e|&|plus)\s+(?=\d)", re.I)


# A quote asked for by naming what is in the cart: "send me a quote for the wire and rod",
# "quote me the bolts and nuts", "mándame la cotización de los pernos y las tuercas".
_QUOTE_OF = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|now|pls|please|y|ya|bueno|dale|entonces)\W+)*"
    r"(?:(?:can|could|would) (?:you|u) |(?:can|could) (?:i|we) (?:get|have) |pls |please )?"
    r"(?:(?:send|get|give|email|make|do|shoot) (?:me |us )?|(?:me |nos )?(?:mandas?|env[ií]as?|"
    r"pasas?|haces?) |m[aá]nda(?:me|nos) |env[ií]a(?:me|nos) |p[aá]sa(?:me|nos) |ha(?:z|ga)me )?"
    r"(?:(?:a|the|an|una|la|el) )?(?:(?:new|updated|formal|nueva|nuevo) )?"
    r"(?:(?:quote|quotation|cotizaci[oó]n|presupuesto|proforma)\s+(?:for|on|of|de|para|por|con)|"
    r"quote(?: me| us)?(?=\s+(?:the|those|these|both|all)\b)|"
    r"cot[ií]za(?:me|nos)?(?=\s+(?:los|las|el|la|esos|esas|ambos|todos|todas)\b))"
    r"\s+(?P<rest>[^\n]+?)[\s.!?]*$",
    re.I,
)
_AND = re.compile(r"\s*,\s*|\s+(?:and|y|e|&|\+|plus)\s+", re.I)


# "ok order the valves", "go ahead and order the bearings and belts", "pídeme las correas"
_ORDER_OF = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|now|pls|please|then|y|ya|bueno|dale|entonces)\W+)*"
    r"(?:(?:go ahead and|please|pls|lets|let's) )?"
    r"(?:order|place (?:the|an) order for|put through|p[ií]de(?:me|nos)?|"
    r"ha(?:z|ga)(?:me)? el pedido de)"
    r"(?=\s+(?:the|those|these|both|all|los|las|el|la|esos|esas|ambos|todos|todas)\b)"
    r"\s+(?P<rest>[^\n]+?)[\s.!?]*$",
    re.I,
)


# "fine, quote the 6 anyway, I'll take it up with Mike": the quote asked by the count the
# cart's lines have, beside talk.
_QUOTE_COUNT = re.compile(
    r"(?:^|[,.;!?]\s*)(?:(?:fine|ok|okay|so|alright|then|pls|please|ya|bueno|dale|entonces)\W+)*"
    r"(?:quote|cot[ií]za(?:me|nos)?)(?: me| us)?\s+"
    r"(?:(?P<the>the|those|these|los|las|esos|esas)\s+)?"
    r"(?P<count>\d{1,6})(?P<have>\s+(?:que (?:tienen|tienes|hay|haya|tengan|quedan)|"
    r"(?:you|u|y'?all) (?:have|got|'?ve got|have got)|(?:you )?have|available|disponibles?|"
    r"in stock|en stock|on hand)(?:\s+(?:there|ah[ií]|all[aá]|ac[aá]))?"
    r"(?:\s+(?:en|in|at|de|from)\s+[^\W\d]+)?)?"
    r"(?:\s+(?:anyway|anyhow|then|please|pls|igual|nom[aá]s|entonces|no m[aá]s|only|just))*"
    r"\s*(?=[,.;!?]|$)",
    re.I,
)


def _quote_of_the_cart(turn: Turn) -> bool:
    """Whether the message asks for the quote of the cart by naming its lines, every
    priced line named and each thing named in the cart, or by the count every priced
    line has, the rest of it talk (no figure, no item); else it is read as before."""
    text = turn.text.strip()
    counted = _QUOTE_COUNT.search(text)
    lines = [line for line in cart.lines(turn) if line["sku"]]
    if counted and lines and turn.part is None:
        rest = text[: counted.start()] + " " + text[counted.end() :]
        talk = not re.search(r"\d", rest) and not names_item(rest)
        if all(Decimal(line["qty"]) == int(counted["count"]) for line in lines):
            return talk and bool(counted["the"] or counted["have"])
        if talk and _quoted_as_there(turn):
            return True
    return _names_the_cart(turn, _QUOTE_OF.match(text))


def _quoted_as_there(turn: Turn) -> bool:
    """ "cotízame las 19 que tienen en Lima nomás", "quote me the 12 you have": the cart's one
    line takes the count there is, and its quote follows (priced again at that quantity).
    False, the cart unchanged, when the message is no such thing."""
    counted = _QUOTE_COUNT.search(turn.text.strip())
    lines = cart.lines(turn)
    if counted is None or len(lines) != 1 or not lines[0]["sku"]:
        return False
    if not counted["have"] and not lines[0].get("assumed"):
        return False  # "ya cotízame 50 nomás" answers the "how many?" of the one line
    return cart.set_quantity(turn, 1, Decimal(counted["count"]))


def _order_of_the_cart(turn: Turn) -> bool:
    """Whether the message orders the cart by naming its lines ("ok order the valves"),
    as `_quote_of_the_cart` asks for its quote."""
    return _names_the_cart(turn, _ORDER_OF.match(turn.text.strip()))


def _names_the_cart(turn: Turn, asked: re.Match[str] | None) -> bool:
    """Whether the words after the ask (`rest`) name every priced line of the cart and
    each thing they name is in the cart."""
    lines = [line for line in cart.lines(turn) if line["sku"]]
    if asked is None or not lines or turn.part is not None or _COUNTED.search(asked["rest"]):
        return False
    named: set[str] = set()
    for part in _AND.split(_ONLY_END.sub("", asked["rest"])):
        if not part.strip():
            continue
        found = corrections.lines_named(turn, part, lines)
        if not found:
            return False
        named |= {cart.key(line) for line in found}
    return named == {cart.key(line) for line in lines}


# A count among the lines named ("quote the 20 bearings"): no naming of the cart. A code
# is no count ("cotízame las correas y los 6305", "order the 6208s").
_COUNTED = re.compile(r"(?<![\w./-])\d{1,3}(?![\w./-])")
# "… nomás", "… only": the lines named are the ones asked, as they are.
_ONLY_END = re.compile(r"[\s,]+(?:nom[aá]s|no m[aá]s|solamente|solo|s[oó]lo|only|just that|"
                       r"and that'?s it|y listo)\W*$", re.I)  # fmt: skip


# Where a message asking several things is cut: its numbered asks ("1) … 2) …"), after a
# question ("¿la SO-80004 ya se entregó? y la SO-80001?"), its lines, and the words that
# open another ask ("y de paso", "por cierto", "otra cosa", "btw"), or "also" before a
# question ("…, also why did SO-80006 get cancelled", "y también dime cuándo …").
_ASKS = re.compile(
    r"(?:(?<=\s)|^)\d{1,2}(?:\)|\.-)\s+|(?<=\?)\s+|\s*\n+\s*|[,;.]?\s*\b(?:y de paso|de paso|"
    r"por cierto|otra cosa|aparte de eso|btw|by the way|and also|y tambi[eé]n|y aparte)\b|"
    r"[,;.]?\s*\b(?:also|tambi[eé]n)\s+(?=(?:why|when|where|how|what|whats|what'?s|wheres|"
    r"hows|is|are|do|does|did|any|tell me|can you tell me|cu[aá]l|"
    r"por ?qu[eé]|cu[aá]ndo|d[oó]nde|c[oó]mo|dime|d[ií]game|d[ií]ganme)\b)"
    # a voice note's next ask: "… and when that invoice is due", "oh and did SO-80006 …",
    # a run-on's "… and do we owe anything past due??"
    r"|[,;.]?\s+(?:oh\s+)?and\s+(?=(?:when|did|has|have|was|do|does|whats|what'?s|how)\s)",
    re.IGNORECASE,
)
# Asked, not said: how much, when, where, why …, or "dime"/"tell me" ("dime cuánto les
# debemos", "why did SO-80006 get cancelled").
_ASKING = re.compile(
    r"\b(?:cu[aá]nto|cu[aá]ndo|d[oó]nde|c[oó]mo|qu[eé]|por ?qu[eé]|dime|d[ií]game|d[ií]ganme|"
    r"how|what|whats|what's|when|where|why|tell me)\b",
    re.IGNORECASE,
)
_AFTER_SALE = (I.STATUS, I.ACCOUNT)
MAX_ASKS = 6


def _several_asks(turn: Turn) -> str | None:
    """A message asking several things at once, one of them about an order or the account
    ("3 cosas: 1) cuándo vence la F-50003? 2) la SO-80001 ya salió? 3) cotízame 10 discos
    flap …", "30 pernos … y de paso dime cuánto les debemos"): each ask answered in the
    order said, the item lines among them read together as ever; a document named alone
    after an ask ("¿la SO-80004 ya se entregó? y la SO-80001?") is asked the same. None
    when it is no such message (then it is read as one, as before)."""
    if turn.part is not None:
        return None
    numbered = bool(INLINE_NUMBER.search(turn.text))
    raw = [p for p in _ASKS.split(turn.text) if p and p.strip(" ,;:.¿?¡!")]
    if not 2 <= len(raw) <= MAX_ASKS:
        return None
    asks: list[tuple[str, str, Intent]] = []
    last: Intent | None = None
    needs, wanted = 0, list[str]()
    for at, part in enumerate(raw):
        said = _said_among_talk(part)
        named = REFERENCE.search(part)
        if said.name in (None, I.STATUS) and arrival_asked.asks_arrival(turn, part, said):
            asks.append(("arrival", part, said))  # "y dime cuándo les llegan los koyo 6310"
        elif said.name in _AFTER_SALE and (said.reference or _QUESTION.search(part)
                                         or _ASKING.search(part)):  # fmt: skip
            last = said
            asks.append(("ask", part, said))
        elif last is not None and named and _only_named(part, named):
            asks.append(("ask", part, replace(last, reference=named[1].upper(), rest=part)))
        elif said.name is None and named and "-" in named[1] and _ASKING.search(part) \
                and not names_item(part):  # fmt: skip
            # "why did SO-80006 get cancelled": a document asked about is its status asked
            asks.append(("ask", part, replace(said, name=I.STATUS, reference=named[1].upper(),
                                              rest=part)))
        elif asks and asks[-1][0] == "arrival" and arrival_asked.NEED_ALONE.match(part):
            needs += 1  # "… los lentes ámbar? ocupo 20": that item's line, priced for 20
            wanted += filter(None, [arrival_asked.needed_line(turn, asks[-1][1], part)])
        elif said.name in _NOISE or (numbered and at == 0 and part.rstrip().endswith(":")):
            continue  # "hola, 3 cosas:" before the numbered asks
        elif said.name is None and (re.search(r"\d", part) or names_item(part)):
            asks.append(("items", part, said))
        elif said.name is not None:
            return None
        # else talk around the asks ("no me acuerdo si llegó", "AP is asking for it")
    accounts = [said for kind, _, said in asks if kind == "ask" and said.name is I.ACCOUNT]
    if len(accounts) > 1:  # "what's our balance? AP needs a copy of F-50005 too": one answer
        first = next((a for a in accounts if a.reference), accounts[0])
        asks = [a for a in asks if a[0] != "ask" or a[2].name is not I.ACCOUNT or a[2] is first]
    if not any(kind in ("ask", "arrival") for kind, _, _ in asks) or len(asks) + needs < 2:
        return None
    state, before = turn.conversation.state, len(turn.replies)
    lines = "\n".join([*wanted, *(part for kind, part, _ in asks if kind == "items")])
    for kind, part, said in asks:
        if kind == "ask":
            turn.part = part
            (status if said.name is I.STATUS else account)(turn, said)
        elif kind == "arrival":
            turn.say("arrival", **(arrival_asked.arriving(turn, part) or {}))
        elif lines:
            turn.part, lines = lines, ""
            state = items(turn, recognise(turn.part))
    if lines:  # only the arrival asked, with the count needed: its line
        turn.part = lines
        state = items(turn, recognise(turn.part))
    turn.part = None
    tapped = [i for i in range(before, len(turn.replies)) if turn.replies[i].choices]
    for i in tapped[:-1]:  # one set of buttons: the last ask's
        turn.replies[i] = replace(turn.replies[i], choices=None)
    return state


# Words a voice note's ask sits between: who is writing and why ("le escribe ana de
# constructora sur mire necesito saber cuánto les debemos porque contabilidad me pregunta").
_AROUND_ASK = re.compile(r"\s+(?:mire|mira|oiga|oye|look|listen|porque|because|ya que|since)\s+",
                         re.I)  # fmt: skip


def _said_among_talk(part: str) -> Intent:
    """What one ask of a several-ask message says: as a whole, or, when that is nothing and
    it has no figure, the clause among the talk around it that asks about an order or the
    account ("… mire necesito saber cuánto les debemos porque …": the account)."""
    said = recognise(part)
    if said.name is not None or re.search(r"\d", part):
        return said
    for clause in _AROUND_ASK.split(part):
        inner = recognise(clause)
        if inner.name in _AFTER_SALE and _ASKING.search(clause):
            return replace(inner, rest=part)
    return said


def _only_named(part: str, named: re.Match[str]) -> bool:
    """Whether `part` names a document and nothing else ("y la SO-80001?")."""
    rest = (part[: named.start()] + " " + part[named.end() :]).lower()
    return not (set(re.findall(r"[^\W\d_]+", rest)) - {"y", "e", "and", "la", "el", "lo", "the",
                                                      "what", "about", "con", "de", "del", "of"})


def _lead_ins(parts: list[str], kinds: list[str]) -> bool:
    """ "siempre no, quítale las bandas", "ya no, mejor ponle 8 a los baleros": a taking
    back that names no line ("siempre no", "ya no", "mejor no"), said before a change
    that names one, only leads into it (alone it takes out the last line added); the
    change is read without it. Whether there was one."""
    led = False
    for at in range(len(parts) - 1):
        said = read_correction(parts[at]) if kinds[at] == "fix" else None
        if (said is not None and said.action is Action.REMOVE and not said.names_a_line
                and "fix" in kinds[at + 1 :]):  # fmt: skip
            kinds[at], led = "noise", True
    return led


def _removed_too(turn: Turn, parts: list[str], kinds: list[str]) -> None:
    """ "skip the rod and the M10 bolts", "quita los lentes y las correas": a part with no
    verb of its own after a removal, naming cart lines, is removed too (its words given
    the removal's verb, so it is read as one)."""
    lines = cart.priced(turn)
    for at in range(1, len(parts)):
        if corrections.keeps(parts[at]):
            break  # "…, just the rod and the cap screws": what follows is kept, not removed
        before = read_correction(parts[at - 1]) if kinds[at - 1] == "fix" else None
        if (before is None or before.action is not Action.REMOVE or kinds[at] == "fix"
                or read_correction(parts[at]) is not None
                or not corrections.lines_named(turn, parts[at], lines)):  # fmt: skip
            continue
        verb = "quita" if turn.language == "es" else "remove"
        parts[at], kinds[at] = f"{verb} {parts[at]}", "fix"


def _numbers_too(turn: Turn, parts: list[str], kinds: list[str]) -> None:
    """ "quitar 1 y 3", "remove 2, 4 and 5": a bare number after a line removed by its
    number is another line removed (given the removal's verb, so it is read as one)."""
    for at in range(1, len(parts)):
        before = recognise(parts[at - 1])
        if (kinds[at - 1] == "fix" and before.name is I.REMOVE and re.fullmatch(r"#?\d{1,3}",
                parts[at].strip(" .")) and numbered.names(turn, parts[at - 1])):  # fmt: skip
            verb = "quitar" if turn.language == "es" else "remove"
            parts[at] = f"{verb} {parts[at].strip(' .#')}"
            kinds[at] = "fix" if numbered.names(turn, parts[at]) else kinds[at]


# "los 30", "the 30": a count a cart line has already, restated beside a change
_RESTATED = re.compile(r"(?:(?:los|las|the|those|esos|esas|all)\s+)?(\d+)", re.I)


def _kind_of(turn: Turn, part: str) -> str:
    """What one part of a message does: `fix` a cart line, the `next` step (order,
    quote, accept, cart), `items`, `noise` (ok, gracias, a line's count restated: "pásame
    todo a los SKF, los 30, y haz el pedido") or `other` (an aside)."""
    said = recognise(part)
    if said.name in _NEXT_STEPS:
        return "next"
    restated = _RESTATED.fullmatch(part.strip(" .!?¡¿"))
    if said.name in _NOISE or (restated and any(
            Decimal(ln["qty"]) == int(restated[1]) for ln in cart.lines(turn))):  # fmt: skip
        return "noise"
    if numbered.names(turn, part) or corrections.fits(turn, part):
        return "fix"
    return "items" if re.search(r"\d", part) else "other"


def _settled(turn: Turn, part: str) -> bool:
    """Whether a part without figures names one item the matcher settles ("y agrega la
    correa gates a42" has figures; "y la grasa skf" may not): else it is an aside."""
    return turn.match(strip_politeness(part)).decision == LineDecision.AUTO


def choose(turn: Turn, said: Intent) -> str:
    """ "1", "1 y 3", "la segunda": the options picked go to the cart; "diez más" / "10
    more" while options wait changes a cart line's quantity, as in idle, never option 10."""
    reading = _packs_answered(turn)
    if reading is not None:  # "12 unidades", "bags": the reading of a count under a pack
        said = replace(said, name=I.CHOOSE, numbers=(reading,))
    choices = turn.data.get("choices") or {}
    adding = read_correction(turn.text) if said.numbers else None
    if adding is not None and adding.action == Action.ADD and cart.lines(turn):
        corrected = corrections.correct(turn)
        if corrected is not None:
            return corrected
    if not said.numbers and said.name in (I.YES, I.ACK):
        return _yes_to_options(turn, said, choices)
    found = [choices.get(str(n)) for n in said.numbers]
    if None in found and (counted := _count_of_options(turn, said)) is not None:
        return counted  # "24" of the one option there is, its count asked: 24 of it
    if not found or None in found:
        turn.say("problem", reason=turn.wording.phrase("bad_choice", turn.language))
        _ask_again(turn)
        return CHOOSING
    picked = [p for p in found if p is not None]
    # Answers to "which line?" (flows/corrections.py): that cart line changes.
    changes = [corrections.apply_pick(turn, p) for p in picked if p.get("edit")]
    items_picked = [p for p in picked if not p.get("edit")]
    shown: list[dict[str, Any]] = []
    each = turn.memo.get("each")  # "la primera y la tercera, 4 de cada una" (_each_picked)
    either = [p for p in items_picked if not each and _picked_either_way(turn, p)]
    items_picked = [p for p in items_picked if not any(p is e for e in either)]
    for pick in items_picked:
        quantity, pieces = _picked_count(turn, pick, each)
        line = cart.add(turn, pick["sku"], quantity, pick["text"], pieces=pieces,
                        assumed=not each and pick.get("assumed", False))  # fmt: skip
        shown.append(_priced(turn, line))
        asked = next((q for q in turn.data.get("pending", []) if q["text"] == pick["text"]), None)
        if asked is not None:  # "mejor la de inox npt" later swaps it for another of them
            corrections.remember_options(turn, line, [c["sku"] for c in asked["candidates"]])
    if turn.customer is not None:  # the same words are settled without asking next time
        for pick in [*items_picked, *either]:
            remember(
                turn.session, turn.services.index, customer_id=turn.customer.customer_id,
                text=pick["text"], sku=pick["sku"], actor=turn.actor, source="buyer",
            )  # fmt: skip
        turn.forget_matches()
    answered = {p["text"] for p in picked}
    pending = [q for q in turn.data.get("pending", []) if q["text"] not in answered]
    open_numbers = {c["number"] for q in pending for c in q["candidates"]}
    turn.data["pending"] = pending
    turn.data["choices"] = {n: c for n, c in choices.items() if n in open_numbers}
    for pick in either:  # the option picked, its bare count under a pack: bags or pieces?
        question = cart.packs_or_pieces(turn, pick["sku"], Decimal(pick["qty"]), pick["text"],
                                    f"{turn.message.id}.{len(pending)}",
                                    turn.data["choices"])  # fmt: skip
        shown.append(question)
        pending.append(question)
        items_picked.append(pick)  # answered with the question, never as a line changed
    _credit_notice(turn)
    if not items_picked:
        corrections.answered(turn, changes)
        if pending:
            _ask_again(turn)
    else:
        turn.say("items", items=shown, asked_before=[q for q in pending if q not in shown],
                 choosing=bool(pending), compact=False, **cart.view(turn))  # fmt: skip
        turn.offer(taps.after_items(turn, shown))
        _count_next(turn)
    if not pending and turn.data.pop("then_order", False):  # "place an order for …"
        return ordering.order(turn, said)
    return CHOOSING if pending else IDLE


def _count_next(turn: Turn) -> None:
    """An option picked with no count said ("la de 7 pulgadas", "the 7 inch ones"), the one
    line waiting for its count: the count said next is its ("25 de esos", "80 of em")."""
    assumed = [i for i, ln in enumerate(cart.lines(turn), 1) if ln.get("assumed")]
    if len(assumed) == 1 and not turn.data.get("pending") and not turn.data.get("ask_qty"):
        turn.data["ask_qty"] = assumed[0]


def described(turn: Turn, said: Intent) -> str:
    """Words while options wait: the cheapest for this customer when they ask for it ("la
    más barata", "whichever's cheapest"), the option they describe ("la de inox con hilo
    npt", "the brass one"), else items as ever (flows/corrections.py `option_named`)."""
    reading = _packs_answered(turn)
    if reading is not None:  # "las bolsas", "pieces": the reading of a count under a pack
        return choose(turn, replace(said, name=I.CHOOSE, numbers=(reading,)))
    cheapest = corrections.cheapest_options(turn, turn.text)  # "dame el más barato nomás"
    if cheapest:
        return choose(turn, replace(said, name=I.CHOOSE, numbers=cheapest))
    more = answer_plus.parts(turn)  # "los 2z skf, 20, y de paso agrégame 4 correas b54"
    if more is not None and (answered := _narrowed(turn, said, more)) is not None:
        return answered
    number = corrections.option_named(turn, turn.text)
    if number is None:
        return _count_of_options(turn, said) or _narrowed(turn, said) or items(turn, said)
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
    offered = [c["sku"] for c in pending[0].get("candidates") or []]
    if found.decision != "auto" or found.sku is None or not offered:
        return None
    families = {cart.product_of(turn, sku).family for sku in offered}
    if found.sku not in offered and cart.product_of(turn, found.sku).family not in families:
        return None
    if more is not None:  # answered: the question goes, the item added after is read too
        turn.data["pending"], words = [], f"{words}\n{more[1]}"
        turn.data["choices"] = {}
    turn.part = words
    try:
        return items(turn, said)
    finally:
        turn.part = None


def _count_of_options(turn: Turn, said: Intent) -> str | None:
    """A count said alone ("unos 24 pares", "about 30", "24") while one question waits
    whose options came without a count ("¿cuál? ¿Y cuántos?"): the count of those options;
    the one option there is goes to the cart with it, else the buyer is asked which.
    None when it is no such message (then it is items, or an option's number)."""
    waiting = [q for q in turn.data.get("pending", []) if q.get("kind") == "choose"]
    if len(waiting) != 1 or not waiting[0].get("assumed"):
        return None
    alone = count_alone(strip_politeness(turn.text))
    if alone is None:
        return None  # "24 pares de guantes de cuero": another item
    count, uom = alone
    question, choices = waiting[0], turn.data.get("choices") or {}
    question.update(qty=quantity_text(count), assumed=False)
    for candidate in question["candidates"]:
        candidate.pop("qty", None)  # "4 1/2\" valves" then "6": no option keeps its "(×4)"
        option = choices.get(candidate["number"])
        if option is not None:
            option.update(qty=quantity_text(count), assumed=False,
                          **({"said_uom": uom} if uom else {}))  # fmt: skip
    turn.data["choices"], turn.data["pending"] = choices, list(turn.data["pending"])
    if len(question["candidates"]) == 1:
        only = int(question["candidates"][0]["number"])
        return choose(turn, replace(said, name=I.CHOOSE, numbers=(only,)))
    _ask_again(turn)
    return CHOOSING


def _yes_to_options(turn: Turn, said: Intent, choices: dict[str, Any]) -> str:
    """ "sí", "yes", "ok" right after options: the one option there is, or which one?"""
    if len(choices) == 1:
        return choose(turn, replace(said, name=I.CHOOSE, numbers=(int(next(iter(choices))),)))
    turn.say("problem", reason=turn.wording.phrase("which_option", turn.language))
    _ask_again(turn)
    return CHOOSING


def number_in_idle(turn: Turn, said: Intent) -> str:
    """A bare number with no options waiting: the quantity asked for, or item text; a
    number with "más"/"menos" ("diez más", "2 menos") corrects a cart line."""
    adding = read_correction(turn.text)
    if adding is not None and adding.action == Action.ADD and cart.lines(turn):
        return items(turn, said)
    position = turn.data.get("ask_qty")
    if position and len(said.numbers) == 1 and said.numbers[0] > 0:
        return _count_told(turn, said, position, Decimal(said.numbers[0]))
    if not re.search(r"[^\d\s,.y&and]", turn.text):
        turn.say("problem", reason=turn.wording.phrase("no_choice_pending", turn.language))
        return IDLE
    return items(turn, said)


def _count_told(turn: Turn, said: Intent, position: int, quantity: Decimal) -> str:
    """The count answering "how many?" of the line at `position`: the cart; the line again
    with what each warehouse has when its request named warehouses ("how many … in
    houston? and santiago?" then "need 20": Houston's 11 do not cover it, Lima's 47 do)."""
    cart.set_quantity(turn, position, quantity)
    turn.data["ask_qty"] = None
    source = stock_asked.source_in(turn, turn.text)
    if source is not None:  # "12 then, ship them from Santiago"
        _ship_from(turn, source[0])
    houses = turn.data.pop("ask_qty_houses", None)
    if not houses:
        return show_cart(turn, said)
    shown = [_priced(turn, cart.lines(turn)[position - 1], houses=houses)]
    turn.say("items", items=shown, asked_before=[], choosing=False, compact=False,
             **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, shown))
    return _resting(turn)


def _ship_from(turn: Turn, house: str) -> None:
    """The cart ships from `house` where it covers a line (ERP.md: availability by
    warehouse): kept for the quote and the order, whose lines carry it."""
    if turn.data.get("ship_from") != house:
        turn.data["ship_from"] = house
        audit.record(turn.session, subject_of(turn.conversation.id or 0), "ship_from_asked",
                     turn.actor, turn.cause, warehouse=house, said=turn.text[:200])  # fmt: skip


def _shipped_from(turn: Turn, house: str) -> str:
    """ "despáchalo desde Lima", "ship it out of Houston": the cart's items again, each
    with where and when it ships now (from `house` where it has the quantity) and what
    each warehouse has, `house` first."""
    _ship_from(turn, house)
    shown = [_priced(turn, line, houses=[house]) for line in cart.lines(turn) if line["sku"]]
    turn.say("items", items=shown, asked_before=[], choosing=False, compact=False,
             **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, shown))
    return _resting(turn)


def _split(turn: Turn, line: dict[str, Any], parts: list[tuple[str, Decimal]]) -> str:
    """A short line asked from several warehouses: one line from each, shown so."""
    shown = [_priced(turn, each) for each in split_ship.split(turn, line, parts)]
    turn.say("items", items=shown, asked_before=[], choosing=False, compact=False,
             **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, shown))
    return _resting(turn)


def finish_choosing(turn: Turn, said: Intent) -> str:
    """`pedido`/`cotizar` while options wait: finish the question first."""
    turn.say("problem", reason=turn.wording.phrase("finish_choosing", turn.language))
    _ask_again(turn)
    return CHOOSING


def _ask_again(turn: Turn) -> None:
    turn.say("items", items=[], asked_before=turn.data.get("pending", []), choosing=True,
             compact=False, **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, []))


def _counted(line: RequestLine) -> dict[str, str]:
    """How an option's count was said, kept on the option: the pieces when the options
    all come in the same packs and the count was read as them, else the unit said, for
    the option picked to read it (bot/packs.py: "300 amarras" of a bag of 100)."""
    if line.pieces is not None:
        return {"pieces": quantity_text(line.pieces)}
    return {"said_uom": line.uom} if line.uom else {}


def _either_way(turn: Turn, result: Any) -> bool:
    """Whether a line's bare count may be packs or pieces (bot/packs.py `either_way`)."""
    product = cart.product_of(turn, result.sku)
    line = result.line
    return line.quantity_given and line.pieces is None and either_way(
        line.quantity, line.uom, line.text, product.uom, product.pack_qty)


def _picked_either_way(turn: Turn, pick: dict[str, Any]) -> bool:
    """Whether an option picked carries a bare count that may be packs or pieces (its
    question not yet asked: a reading picked is settled)."""
    if pick.get("reading") or pick.get("pieces") or pick.get("assumed"):
        return False
    product = cart.product_of(turn, pick["sku"])
    return either_way(Decimal(pick["qty"]), pick.get("said_uom"), pick["text"], product.uom,
                      product.pack_qty)


def _packs_answered(turn: Turn) -> int | None:
    """The option a short answer picks of the open packs-or-pieces question ("bolsas",
    "12 unidades", "the bags please"): its words name one reading and nothing else (a count
    said is that question's); None otherwise."""
    asked = next((q for q in turn.data.get("pending") or [] if q.get("kind") == "packs"), None)
    reading = reading_named(turn.text) if asked is not None else None
    if asked is None or reading is None:
        return None
    rest = [w for w in words_of(_READING_WORDS.sub(" ", fold(turn.text)))
            if w not in fillers() and w != asked["qty"]]  # fmt: skip
    if rest:
        return None
    return next(int(c["number"]) for c in asked["candidates"] if c["reading"] == reading)


# The words of a packs-or-pieces answer besides fillers: the readings' own and the count's
# own words ("de a una", "each"), so "las bolsas nomás", "12 pieces please" are answers.
_READING_WORDS = re.compile(r"\b(?:bags?|bolsas?|bls|box(?:es)?|cajas?|packs?|paquetes?|units?|"
                            r"unidad(?:es)?|und|uds?|pcs?|pieces?|piezas?|pzas?|sueltas?|"
                            r"sueltos?|each|individual(?:es|ly)?|nomas|porfa|thanks|gracias)\b")


def _picked_count(
    turn: Turn, pick: dict[str, Any], each: Decimal | None
) -> tuple[Decimal, Decimal | None]:
    """The quantity an option picked goes to the cart with, and the pieces asked when it
    comes in packs the buyer counted by the piece ("300 amarras", then "la 2")."""
    if each:
        return each, None
    quantity = Decimal(pick["qty"])
    if pick.get("pieces"):
        return quantity, Decimal(pick["pieces"])
    if pick.get("assumed"):
        return quantity, None
    product = cart.product_of(turn, pick["sku"])
    packs = in_packs(quantity, pick.get("said_uom"), product.uom, product.pack_qty)
    return (quantity, None) if packs is None else (packs, quantity)


def _priced(
    turn: Turn,
    line: dict[str, Any],
    brand_rule: str | None = None,
    alternatives: Any = (),
    houses: list[str] | None = None,
) -> dict[str, Any]:
    """A cart line as the buyer reads it: price, total, availability; with `houses` (the
    warehouses the request named), what each warehouse has of it, those first."""
    product = cart.product_of(turn, line["sku"])
    quantity = Decimal(line["qty"])
    price = cart.line_price(turn, line)  # kept on the line: the cart's view reuses it
    stock = availability_for(turn.session, product, quantity, turn.customer, turn.now,
                             rows=_stock_ahead(turn, product),
                             prefer=line.get("from") or turn.data.get("ship_from"),
                             product_of=lambda sku: cart.product_or_none(turn, sku))  # fmt: skip
    view = availability_view(stock, lambda sku, _: cart.name_of(turn, cart.product_of(turn, sku)))
    availability = turn.wording.render("availability", turn.language, a=view)
    if stock.status == Dispatch.SHORT:
        _remember_short(turn, product.sku, quantity, stock.available_now)
    rows = stock_asked.house_rows(turn, stock, houses, empty=False) if houses else []
    return {"kind": "priced", "sku": product.sku, "name": cart.name_of(turn, product),
            "position": cart.position(turn, line), "qty": line["qty"], "uom": product.uom,
            "assumed": line.get("assumed", False),
            "merged": line.pop("merged", False), "short": stock.status == Dispatch.SHORT,
            "unit_price": money_text(Decimal(price["unit_price"])),
            "line_total": money_text(Decimal(price["line_total"])),
            "currency": price["currency"], "availability": availability,
            "brand_rule": brand_rule, "alternatives": list(alternatives),
            "houses": rows, "pack": cart.packed(turn, line)}  # fmt: skip


def _stock_ahead(turn: Turn, product: Product) -> dict[str, list[Any]]:
    """Stock rows of a line's item and its substitutes, read together with those of the
    open question's options, which the reply asks again below it (flows/taps.py
    `question` finds them read): one statement, not two (issue #19). Kept for the turn."""
    known: dict[str, list[Any]] = turn.memo.setdefault("stock", {})
    skus = [product.sku, *(product.substitutes or [])]
    pending = turn.data.get("pending") or []
    options = [c.get("sku") for c in pending[0].get("candidates") or []] if pending else []
    wanted = [sku for sku in dict.fromkeys([*skus, *options]) if sku and sku not in known]
    if wanted:
        rows = stock_rows(turn.session, wanted)
        known.update({sku: rows.get(sku, []) for sku in wanted})
    return {sku: known[sku] for sku in skus}


def _remember_short(turn: Turn, sku: str, quantity: Decimal, available: Decimal) -> None:
    """A known customer asked for more of `sku` than we have: an `asked_short` event on
    the customer (once per chat and quantity), which the back-in-stock notice watches
    whether or not a quote follows (bot.proactive.back_in_stock_lines)."""
    if turn.customer is None:
        return
    seen = turn.data.setdefault("asked_short", [])
    key = f"{sku}:{quantity}"
    if key in seen:
        return
    seen.append(key)
    del seen[:-20]  # the chat's state stays small
    audit.record(turn.session, f"customer:{turn.customer.customer_id}", "asked_short",
                 turn.actor, turn.cause, sku=sku, quantity=quantity, available=available,
                 conversation=turn.conversation.id, channel=turn.conversation.channel)  # fmt: skip


def _credit_notice(turn: Turn) -> None:
    """A blocked or held customer hears it when the cart starts, once per conversation."""
    if turn.customer is None or turn.data.get("credit_told") or not cart.lines(turn):
        return
    checked = _credit_stamp(turn)
    if checked is not None and turn.data.get("credit_ok") == checked:
        return  # found in good standing this quarter hour, since the latest import
    today = local_today(turn.session, turn.customer, turn.now)  # the statement's day too
    credit = credit_for(turn.session, turn.customer, today)
    if credit.status is CreditStatus.OK:
        if checked is not None:
            turn.data["credit_ok"] = checked
        return
    turn.data["credit_told"] = True
    reasons = [explain(turn.wording, r, turn.language) for r in credit.reasons]
    turn.say("credit_notice", blocked=credit.status is CreditStatus.BLOCKED, reasons=reasons)


def _credit_stamp(turn: Turn) -> str | None:
    """What a customer's standing (asking, no order value) depends on: the customer, the
    ERP's data (customers and receivables change only by an import) and their local date.
    Every time zone's midnight falls on a UTC quarter hour, so the local date cannot change
    within one: a good standing found in this quarter hour holds for it (issue #19: two
    reads a turn). None when the turn does not know the latest import."""
    latest = turn.services.latest_import
    if latest is None or turn.customer is None:
        return None
    quarter = turn.now.replace(minute=turn.now.minute - turn.now.minute % 15, second=0,
                               microsecond=0)  # fmt: skip
    return f"{turn.customer.customer_id}|{latest}|{quarter.isoformat()}"


# --- the cart --------------------------------------------------------------------------
def _who_buys(turn: Turn) -> bool:
    """Whether a guest's first items are told who they buy for is asked: no company said
    yet, and the greeting asking it is not in this turn's replies ("where's my order?",
    then items: the question is asked again beside them)."""
    return turn.customer is None and bool(cart.lines(turn)) \
        and not (turn.data.get("lead") or {}).get("company") \
        and not turn.memo.get("greeted")  # fmt: skip


def show_cart(turn: Turn, said: Intent) -> str:
    turn.say("cart", **cart.view(turn))
    turn.offer(taps.after_items(turn, []))
    return _resting(turn)


def _cart_while_waiting(turn: Turn, said: Intent) -> str:
    """ "carrito" while a seller has the chat: the cart kept for them, nothing to tap."""
    turn.say("cart", **cart.view(turn))
    return turn.conversation.state


def remove(turn: Turn, said: Intent) -> str:
    """ "quitar 2": that line; "quita eso", "remove it": the one the words name; "quitar 2
    y el 6205 déjalo en 10", "quitar 1 y 3": each change, answered once (`_in_parts`)."""
    reopened = _reopen_quote(turn)
    if len(said.numbers) > 1 and (in_parts := _in_parts(turn)) is not None:
        return in_parts
    if said.numbers and cart.remove(turn, said.numbers[0]):
        return show_cart(turn, said)
    corrected = corrections.correct(turn)
    if corrected is None and reopened:
        cart.clear(turn)
    return corrected or _problem(turn, "no_such_line")


def change(turn: Turn, said: Intent) -> str:
    """ "cambiar 3 a 10": that line; "make that 12", "cambia a 20": the one named;
    "cambiar 1 a 10 y quita los pernos": each change, answered once (`_in_parts`)."""
    reopened = _reopen_quote(turn)
    if len(said.numbers) > 2 and (in_parts := _in_parts(turn)) is not None:
        return in_parts
    if len(said.numbers) == 2 and cart.set_quantity(turn, said.numbers[0],
                                                    Decimal(said.numbers[1])):  # fmt: skip
        return show_cart(turn, said)
    corrected = corrections.correct(turn)
    if corrected is None and reopened:
        cart.clear(turn)
    return corrected or _problem(turn, "no_such_line")


def cancel(turn: Turn, said: Intent) -> str:
    cart.clear(turn)
    for key in ("choices", "pending", "confirm", "short", "ask_qty", "po", "delivery",
                "then_order"):
        turn.data.pop(key, None)
    turn.say("cart", **cart.view(turn))
    return IDLE


def reorder(turn: Turn, said: Intent) -> str:
    """ "Lo mismo que la última vez": the customer's last order (the ERP's last invoice
    or Mostrador's last order, the newer), priced today with availability, into the
    cart; the buyer changes it or says "pedido". A month named picks that month's last
    order ("same stuff as our April order"), and "double everything" / "el doble" scales
    every quantity (intents.csv's `scale` rows)."""
    if cart.lines(turn) and elliptic.read(turn, turn.text) != turn.text:
        return items(turn, said)  # "lo mismo en 10": the cart's cable in 10 AWG, no reorder
    month = month_named(turn.text)
    times = scale_of(turn.text)
    customer_id = turn.customer.customer_id if turn.customer else None
    last = last_order(turn.session, customer_id, month) if customer_id else None
    if last is None or not last.lines:
        return _problem(turn, "no_last_order")
    left_out = _left_out(turn, [sku for sku, _ in last.lines])
    shown, gone, skipped = [], [], []
    for sku, quantity in last.lines:
        product = turn.session.get(Product, sku)
        if sku in left_out:  # "pero sin los lentes oscuros": named, not added
            skipped.append(cart.name_of(turn, product) if product else sku)
            continue
        if product is None or not product.active:  # no longer sold: named, not added
            gone.append(cart.name_of(turn, product) if product else sku)
            continue
        quantity = scaled(quantity, times)
        line = cart.add(turn, sku, quantity, cart.name_of(turn, product), assumed=False)
        shown.append(_priced(turn, line))
    _credit_notice(turn)
    header = turn.wording.render("reorder", turn.language, source=last.source,
                                 reference=last.reference, on=last.on.isoformat(), gone=gone,
                                 month=month is not None, skipped=skipped,
                                 times=quantity_text(times) if times else None)  # fmt: skip
    body = turn.wording.render("items", turn.language, items=shown, asked_before=[],
                               choosing=False, compact=len(shown) > COMPACT_FROM,
                               **cart.view(turn))  # fmt: skip
    turn.replies.append(Reply(f"{header}\n{body}"))
    turn.offer(taps.after_items(turn, shown))
    return IDLE


# What a reorder leaves out: the words after "sin", "except", "skip"… ("repíteme el último
# pedido pero sin los lentes oscuros", "same as last time except the gloves").
_LEAVING_OUT = re.compile(
    r"\b(?:sin|excepto|salvo|menos|quitando|sacando|except|without|minus|but not|skip|"
    r"leave out|leaving out)\b\s+(.+)$", re.I
)


def _left_out(turn: Turn, skus: list[str]) -> set[str]:
    """The lines of a reorder (`skus`) the buyer's words leave out: each part after a
    leaving-out word names the order's lines all its words fit, as a correction names a
    cart line (flows/corrections.py); nothing when no such words are said."""
    found = _LEAVING_OUT.search(turn.text)
    if found is None:
        return set()
    lines = [{"sku": sku, "text": ""} for sku in skus]
    return {line["sku"] for part in _PARTS.split(found[1]) if part and part.strip(" ,.;:-")
            for line in corrections.lines_named(turn, part, lines)}  # fmt: skip


# --- everything else ---------------------------------------------------------------------
def small_talk(turn: Turn, said: Intent) -> str:
    """Greetings, thanks, "ok", "are you a bot?", "in English please": a short answer and
    the next step; never a failure, never a hand-off (a person is asked for by name)."""
    kind = said.name.value if said.name else "ack"
    if said.name in (I.YES, I.ACK) and ordering.repeat_placed(turn):
        return _resting(turn)  # "sí" / "ok" right after the order: that order again
    view = cart.view(turn)
    turn.say("small_talk", kind=kind, name=_first_name(turn), company=turn.wording.company,
             last_quote=turn.data.get("last_quote"), po=said.po,
             cart_lines=view["cart_lines"], cart_total=view["cart_total"],
             currency=view["currency"])  # fmt: skip
    return _resting(turn)


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
    beyond = price_named.named(turn)  # a competitor's price past the discount limit: a seller's
    if beyond is not None:
        return price_named.hand_over(turn, beyond)
    if names_item(turn.text) or names_code(turn.services.index, turn.text, customer_id):
        return items(turn, replace(said, name=None))
    count = _IF_COUNT.search(turn.text)
    if count and len(cart.lines(turn)) == 1:
        cart.set_quantity(turn, 1, Decimal(count[1]))
    turn.say("price", **cart.view(turn))
    turn.offer(taps.after_items(turn, []))
    return _resting(turn)


def purchase_order(turn: Turn, said: Intent) -> str:
    ordering.keep_details(turn, said)
    return small_talk(turn, said)


def account(turn: Turn, said: Intent) -> str:
    """The statement; a guest has none: who buys is asked, and the chat becomes a lead."""
    if turn.customer is None and turn.conversation.state != HUMAN:
        return leads.ask_lead(turn, said, account=True)
    after_sale.account(turn, said)
    return _resting(turn)


def status(turn: Turn, said: Intent) -> str:
    """Where the orders are; with short lines in the cart and no order named ("¿cuándo les
    llegan los FAG que faltan?"), first when those lines' missing units arrive."""
    asked = said.order or said.reference or said.po
    short = ordering.short_lines(turn) if turn.customer and not asked and cart.lines(turn) \
        else []  # fmt: skip
    if short:
        turn.say("arrivals", short=short)
        return _resting(turn)
    text = turn.part or turn.text
    if arrival_asked.asks_arrival(turn, text, said):  # "cuándo les llegan los lentes ámbar?"
        turn.say("arrival", **(arrival_asked.arriving(turn, text) or {}))
        return _resting(turn)
    after_sale.status(turn, said)
    return _resting(turn)


def promise(turn: Turn, said: Intent) -> str:
    after_sale.promise(turn, said)
    return _resting(turn)


def menu(turn: Turn, said: Intent) -> str:
    turn.say("menu")
    turn.offer(taps.menu(turn))
    return _resting(turn)


def human(turn: Turn, said: Intent) -> str:
    """A person asked for; with a quote asked in the same breath ("cotízame lo que haya y
    lo otro que lo vea alguien"), the cart's quote first: its open lines take it to a
    seller anyway, else the seller is asked for after it."""
    parts = [p for p in _PARTS.split(turn.text) if p and p.strip()] if cart.lines(turn) else []
    if any(recognise(p).name is I.QUOTE for p in parts) and ordering.make_quote(turn) == HUMAN:
        return HUMAN
    turn.say("human")
    return turn.escalate(QueueReason.ASKED_FOR_SELLER)


def opt(turn: Turn, said: Intent) -> str:
    """`stop`/`baja` and `start`/`alta`: proactive messages off or on for this number."""
    turn.data["opted_out"] = said.name == I.STOP
    event = "opted_out" if turn.data["opted_out"] else "opted_in"
    audit.record(turn.session, subject_of(turn.conversation.id or 0), event, turn.actor, turn.cause)
    turn.say("opt", out=turn.data["opted_out"])
    return _resting(turn)


def _resting(turn: Turn) -> str:
    """The state to stay in after an answer that settles nothing: the open question."""
    state = turn.conversation.state
    return state if state in (CHOOSING, CONFIRMING, SHORT, LEAD) else IDLE


def _problem(turn: Turn, key: str) -> str:
    turn.say("problem", reason=turn.wording.phrase(key, turn.language))
    return _resting(turn)


def _first_name(turn: Turn) -> str | None:
    return (turn.conversation.contact_name or "").split(" ")[0] or None


def _order(turn: Turn, said: Intent) -> str:
    return ordering.order(turn, said)


def _accept(turn: Turn, said: Intent) -> str:
    """The last quote (or the one named) accepted; in part when the words leave lines out
    ("approve the valves and bearings only, hold the wheels. PO 88-4410")."""
    last = turn.data.get("last_quote")
    if said.quote in (None, last) and partial_accept.leaves_out(turn.text) \
            and _reopen_quote(turn):  # fmt: skip
        accepted = partial_accept.answer(turn, said)
        if accepted is not None:
            return accepted
        cart.clear(turn)  # the words named no line, or all of them: the whole quote
    return ordering.accept(turn, said)


def _quote(turn: Turn, said: Intent) -> str:
    _quoted_as_there(turn)  # "quote me the 4 you have there"
    return ordering.make_quote(turn)


def substitute(turn: Turn, said: Intent) -> str:
    """ "send the NTN ones instead": the cart's short lines take the substitute offered
    (the one whose brand or code the buyer names, else the first that covers), and the
    cart is shown with its prices; with nothing to swap, the words are read as items."""
    named = {w.lower() for w in re.findall(r"[\w-]+", turn.text)}
    short = []
    for line in cart.lines(turn):
        if not line["sku"]:
            continue
        product = cart.product_of(turn, line["sku"])
        stock = availability_for(turn.session, product, Decimal(line["qty"]), turn.customer,
                                 turn.now)  # fmt: skip
        if stock.status == Dispatch.SHORT and stock.substitutes:
            short.append((line, product, stock))
    # "swap the NSK 6304s for the NTN ones": a size or code said names the short lines
    # that swap; the others stay as they are
    sizes = {w.removesuffix("s") for w in re.findall(r"\w+", fold(turn.text))
             if re.search(r"\d", w)}  # fmt: skip
    sized = {cart.key(line) for line in cart.lines(turn) if line["sku"] and sizes & set(
        re.findall(r"\w+", fold(f"{line['sku']} {cart.product_of(turn, line['sku']).name}")))}
    swapped = False
    for line, _, stock in short:
        if sized and cart.key(line) not in sized:
            continue
        picked = next((s for s in stock.substitutes if {s.sku.lower(), _brand(turn, s.sku)}
                       & named), stock.substitutes[0])  # fmt: skip
        line["sku"] = picked.sku
        swapped = True
    if not swapped:
        return items(turn, said)
    turn.data.pop("confirm", None)  # the cart changed: a pending confirmation is stale
    turn.say("cart", **cart.view(turn))
    return IDLE


def backorder(turn: Turn, said: Intent) -> str:
    """ "send the 20 you have now and backorder the other 5" after a short line was
    priced: the order of what ships now with the rest back-ordered (the short-stock
    choice's first option, said in words); with nothing short, the words are items."""
    short = ordering.short_lines(turn) if turn.customer and cart.lines(turn) else []
    if not short or any(not line["sku"] for line in cart.lines(turn)):
        return items(turn, said)
    turn.data["short"] = short
    return ordering.settle_short_option(turn, said, "partial")


def short_quantity(turn: Turn, said: Intent) -> str:
    """ "déjalo en 19 nomás y hazme el pedido" after the short-stock options: the short line
    at the quantity said. At exactly what ships now, with the order asked for in the same
    breath, it is option 1 without a back-order: that part's total was on the option, so
    the option is the confirmation, as when it is picked. Another quantity changes the
    cart and the order asks its one confirmation with the new total (issue #14 item 12)."""
    short = turn.data.get("short") or []
    if len(said.numbers) != 1 or len(short) != 1:
        return change(turn, said)
    line, quantity = short[0], Decimal(said.numbers[0])
    if not cart.set_quantity(turn, line["position"], quantity):
        return change(turn, said)
    parts = [p for p in _PARTS.split(turn.text) if p and p.strip()]
    ordered = any(recognise(p).name in (I.ORDER, I.ACCEPT) for p in parts)
    if ordered and quantity == Decimal(line["now"]):
        return ordering.settle_short_option(turn, said, "partial")
    turn.data.pop("short", None)
    if ordered:
        return ordering.order(turn, said)
    show_cart(turn, said)
    return IDLE


def _brand(turn: Turn, sku: str) -> str:
    other = turn.session.get(Product, sku)
    return (other.brand or "").lower() if other is not None else ""


def _short_pick(pick: str) -> Handler:
    def settle(turn: Turn, said: Intent) -> str:  # option `pick` said in words
        return ordering.settle_short_option(turn, said, pick)

    return settle


COMMON: dict[IntentName | None, Handler] = {
    I.GREETING: small_talk, I.THANKS: small_talk, I.ACK: small_talk, I.YES: small_talk,
    I.NO: small_talk, I.STATUS: status, I.ACCOUNT: account, I.MENU: menu, I.HUMAN: human,
    I.CANCEL: cancel, I.CART: show_cart, I.REMOVE: remove, I.CHANGE: change,
    I.REORDER: reorder, I.QUOTE: _quote, I.ORDER: _order, I.ACCEPT: _accept,
    I.STOP: opt, I.START: opt, I.PURCHASE_ORDER: purchase_order, I.CHOOSE: number_in_idle,
    I.PROMISE: promise, I.BACKORDER: backorder, I.SUBSTITUTE: substitute, None: items,
    I.IDENTITY: small_talk, I.LANGUAGE: small_talk, I.PRICE: price,
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
            I.CANCEL: ordering.decline, I.BACKORDER: _short_pick("partial"),
            I.CHANGE: short_quantity,
            I.SUBSTITUTE: _short_pick("substitute")},
    LEAD: {**COMMON, None: leads.lead_details, I.CANCEL: cancel},
    HUMAN: {I.STATUS: status, I.MENU: menu, I.ACCOUNT: account,
            I.PROMISE: promise, I.CART: _cart_while_waiting},  # otherwise one acknowledgement
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
    said = tap.said if tap else _invoice_by_amount(turn, _invoice_in_context(
        turn, _quote_for_whom(turn, _asked_after_talk(turn.text))))
    if tap is None:
        _switch_language(turn, said)
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
        turn.say("greeting", name=_first_name(turn),
                 customer=turn.customer.name if turn.customer else None,
                 company=turn.wording.company,
                 buyer=(turn.data.get("lead") or {}).get("company"))  # fmt: skip
        if said.name in (I.GREETING, I.MENU, I.ACK, I.THANKS):
            return
    if tap is None:
        pickup.told(turn, said)  # "…, los retiramos en la bodega de Lima": noted, named
    if alone:  # kept for the lead: no item, asked again only what is missing
        turn.say("lead_noted", company=alone, **cart.view(turn))
        return
    if tap is None and conversation.state == IDLE and (placed := order_change.asked(turn)):
        conversation.state = order_change.hand_over(turn, placed)  # a seller's, never items
        return
    if tap is None and conversation.state == IDLE and (named := quote_named.picked(turn, said)):
        conversation.state = _accept(turn, replace(said, name=I.ACCEPT, quote=named))
        return  # "we'll go with the second one, PO 55-4417": that quote, of several open
    if tap is None and conversation.state == IDLE and said.po and said.name in _PO_WITH \
            and is_polite(said.rest) and turn.data.get("last_quote") \
            and not cart.lines(turn):  # fmt: skip
        conversation.state = ordering.accept(turn, said)  # "listo, va con OC 4500-2315"
        return
    if tap is None and conversation.state == IDLE and said.name in _PO_AFTER \
            and not names_item(said.rest) and ordering.note_po(turn, said):  # fmt: skip
        return  # "oops forgot the PO, it's PI-90211": on the order just placed
    if tap is None and conversation.state == IDLE and said.name in (None, *_AFTER_SALE):
        several = _several_asks(turn)
        if several is not None:
            conversation.state = several
            return
    if tap is None and conversation.state == CHOOSING and said.name is None:
        said = _each_picked(turn, said)  # "la primera y la tercera, 4 de cada una"
    row = TABLE[conversation.state]
    handler = tap.handler if tap and tap.handler else row.get(said.name, row[None])
    conversation.state = handler(turn, said)


# A count for each option picked, after the picks: "la primera y la tercera, 4 de cada una",
# "1 and 3, 10 of each", "2 y 3 x 5 c/u".
_EACH = re.compile(
    r"[\s,;:-]*(?:x\s*)?(?P<count>\d{1,6})\s*(?:de cada (?:una|uno)|cada (?:una|uno)|c/u|"
    r"of each(?: one)?|each|apiece)\W*$",
    re.I,
)


def _each_picked(turn: Turn, said: Intent) -> Intent:
    """Options picked with a count for each: the picks (`choose` puts each in that count,
    kept on the turn's memo); else `said` as it was."""
    each = _EACH.search(turn.text)
    if each is None or int(each["count"]) <= 0:
        return said
    picked = recognise(turn.text[: each.start()])
    if picked.name is not I.CHOOSE or not picked.numbers:
        return said
    turn.memo["each"] = Decimal(each["count"])
    return picked


# Where a message's sentences end ("we're Lone Star Mechanical out of Tyler TX. can you …").
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _talk(sentence: str) -> bool:
    """A sentence without a figure, an item, an intent or a thing asked for by name ("sorry,
    wrong chat."; "¿tienen hidrolavadora karcher?" is a line, though we may not sell it)."""
    return not re.search(r"\d", sentence) and not names_item(sentence) \
        and recognise(sentence).name is None and not thing_asked(sentence)  # fmt: skip


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


def _items_after_talk(text: str) -> str:
    """A message's items without the sentences of talk before them ("jaja perdón, copié
    el mail del proveedor. agrégale 12 automáticos 3P 40A", "sorry, wrong chat. need 10
    …"): a sentence before the items with no figure, no item and no intent (an order
    asked: "ok háganme el pedido.") is no line."""
    if "\n" in text.strip():
        return text  # a list: its lines are read one by one
    sentences = _SENTENCES.split(text.strip())
    at = 0
    while at < len(sentences) - 1 and _talk(sentences[at]):
        at += 1
    return " ".join(sentences[at:]) if at and re.search(r"\d", sentences[at]) else text


# Whom a quote asked for is made out to, after the asking words: "cotiza a nombre de la minera
# nomás", "mándeme la cotización porfa, es para Talleres Garza SA de CV", "send the quote, it's
# for Acme Tools LLC", "quote it in the name of Northwind".
_ADDRESSEE = re.compile(
    r"[,.;:]?\s*\b(?:a nombre de|al nombre de|(?:es|son|va|ser[ií]a)\s+para(?:\s+la empresa)?|"
    r"para la empresa|it'?s for|it is for|(?:made )?out to|in the name of|under the name(?: of)?|"
    r"addressed to|for the company)\s+(?P<who>[^\W\d_][^\n]{1,119}?)\s*[.!]*$",
    re.IGNORECASE,
)

# Words that name no company ("es para la empresa", "it's for our company"): nothing kept.
_NOBODY_NAMED = frozenset((
    "la", "el", "los", "las", "mi", "nuestra", "nuestro", "su", "una", "un", "empresa",
    "compania", "firma", "negocio", "the", "our", "my", "a", "company", "business", "firm",
    "work", "job", "trabajo", "pega", "nomas", "porfa", "please", "pls", "por", "favor",
))  # fmt: skip


def _quote_for_whom(turn: Turn, said: Intent) -> Intent:
    """A quote asked with whom it is for named after it: the quote asked (a guest's company
    kept as the lead's, for the seller); the name is no item, whatever words it has ("es para
    Ferretería El Tornillo"). Else `said` as it was."""
    found = _ADDRESSEE.search(turn.text) if said.name is None else None
    if found is None or re.search(r"\d", turn.text):
        return said
    asked = recognise(turn.text[: found.start()])
    if asked.name is not I.QUOTE:
        return said
    who = found["who"].strip(" ,;.")
    if turn.customer is None and set(words_of(who)) - _NOBODY_NAMED:
        turn.data.setdefault("lead", {}).setdefault("company", who[:120])
    return asked


# An invoice named by what it is for ("the 1250 one", "la de 2.300"), asked about: words of
# invoices, disputes and due dates beside the figure.
_ABOUT_INVOICE = re.compile(
    r"\b(?:disput\w*|invoice\w*|inv|factura\w*|vence\w*|vencid\w*|due|overdue|paid|pagad\w*|"
    r"reclam\w*|one|la de|el de)\b",
    re.IGNORECASE,
)


def _invoice_by_amount(turn: Turn, said: Intent) -> Intent:
    """ "and the 1250 one is still disputed right?", "¿y la de 2.300 sigue en disputa?": the
    customer's one open invoice whose balance or amount is the message's one figure, asked
    about (its line first, as when named by number). Only with words of invoices beside it
    and no item named; else `said` as it was."""
    if said.name is not None or turn.customer is None or not _ABOUT_INVOICE.search(turn.text):
        return said
    figures = re.findall(r"\d[\d.,]*", turn.text)
    if len(figures) != 1 or names_item(turn.text):
        return said
    digits = re.sub(r"[.,](?=\d{3}(?:\D|$))", "", figures[0]).replace(",", ".").rstrip(".")
    try:
        value = Decimal(digits)
    except ArithmeticError:
        return said
    rows = turn.session.exec(select(Receivable).where(
        Receivable.customer_id == turn.customer.customer_id)).all()
    named = [r.invoice for r in rows if value in (r.balance, r.amount)]
    if len(named) != 1:
        return said
    return replace(said, name=I.ACCOUNT, reference=named[0],
                   language=turn.conversation.language)


def _invoice_in_context(turn: Turn, said: Intent) -> Intent:
    """ "when's it due?", "¿y cuándo vence?", "send me a copy" right after an invoice was
    shown by its number: that invoice asked (its due date and balance first). Only a
    message without figures that names its invoice phrase (intents.csv, `anchored`)."""
    invoice = turn.data.get("invoice_asked")
    if said.name is not None or not invoice or re.search(r"\d", turn.text):
        return said
    again = recognise(f"{turn.text} {invoice}")
    return again if again.name is I.ACCOUNT and again.reference == invoice else said


def _asked_after_talk(text: str) -> Intent:
    """What a message asks: as a whole, or, when that reads as nothing, its last sentence
    asking for the quote after sentences of talk without a figure ("we're a maintenance
    contractor in Kalgoorlie. can you send a quote mate", "small fab shop in Germiston.
    lekker, send a quote", "somos una ferretería de Rosario. pasame el presupuesto")."""
    said = recognise(text)
    if said.name is not None or re.search(r"\d", text):
        return said
    sentences = [s for s in _SENTENCES.split(text.strip()) if s.strip(" .!?")]
    if len(sentences) < 2 or any(names_item(s) for s in sentences[:-1]):
        return said  # "do you sell gaskets? send a quote": an item asked first
    last = recognise(sentences[-1])
    if last.name == I.ORDER and all(is_talk(s) for s in sentences[:-1]):
        return last  # "acá lloviendo todo el día jaja. listo, hágame el pedido"
    return last if last.name == I.QUOTE else said


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
    _switch_language(turn, said)
    waiting(turn, said)


def waiting(turn: Turn, said: Intent) -> None:
    """A person has the chat: `status`/`menu` answer; otherwise one acknowledgement."""
    handler = TABLE[HUMAN].get(said.name)
    if handler is not None:
        handler(turn, said)
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


def _switch_language(turn: Turn, said: Intent) -> None:
    """A message clearly in the other language switches the chat to it."""
    words = len(turn.text.split())
    language = said.language if said.name and words >= 2 else None
    if language is None and words >= 3:
        language = detect_language(turn.text)
    if language and language != turn.conversation.language:
        turn.conversation.language = language
