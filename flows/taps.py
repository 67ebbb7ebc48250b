"""Tap, don't type: the options a chat reply offers, and what a tap on one means.

Builders return `bot.choices.Choices` (channel-neutral) for the flow to attach to its
reply: the candidates of an unsure line (title: a short name, description: this
customer's price and stock), other brands, the cart's next step (Quote / Order / Add
more), a quote's (Accept / Change / Talk to a seller), the short-stock choice and the
main menu. Their words are in templates/messages/<lang>/taps.txt.

`read` turns a tap (Twilio's ButtonPayload, or ListId: both are read) into what the
buyer meant, by the option's id alone, never its title:

    pick:<question>:<sku>   a candidate          more:<question>:<offset>  the next page
    alt:<sku>:<other sku>   another brand        cart:quote|order|add      the cart's step
    quote:accept|change:<number>:<version>       confirm:yes|no:<number> (asked no more)
    short:<offer>:<n>       short stock          menu:<intent>             the menu
    seller                  a person

A tap on an old message (a question already answered, a quote since replaced or
closed, a short-stock offer no longer open, a cart line since changed) is answered
with why it no longer applies, and what is open now; it is never applied blindly. An
id that is not ours is left alone: the message is read as typed text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bot.availability import Dispatch, assess, availability_for, stock_rows
from bot.choices import BUTTONS, LIST, MAX_ITEMS, Choices, Option, distinct_titles, paged
from bot.formatting import money_text, quantity_text
from bot.intents import Intent, IntentName, recognise
from bot.models import Product, Quote
from bot.pricing import price_for, prices_for
from bot.quotes import latest, lines_of
from bot.statuses import QuoteStatus
from flows import cart
from flows.turn import Reply, Turn

I = IntentName  # noqa: E741 (the enum, as in bot/intents.py)
Handler = Callable[[Turn, Intent], str]
MENU = (I.CART, I.QUOTE, I.ORDER, I.STATUS, I.ACCOUNT, I.REORDER, I.HUMAN, I.CANCEL)


def word(turn: Turn, key: str, **context: Any) -> str:
    return turn.wording.render("taps", turn.language, key=key, **context).strip()


# --- what a reply offers ----------------------------------------------------------------
def question(turn: Turn, asked: dict[str, Any], offset: int = 0) -> Choices | None:
    """An unsure line's candidates as a list; more than ten: nine, and "more…"."""
    if asked.get("kind") == "packs":
        return _packs_question(turn, asked)
    candidates = asked.get("candidates") or []
    start, end, more = paged(len(candidates), offset)
    page = candidates[start:end]
    if not page or "id" not in asked:
        return None
    titles = distinct_titles([c["name"] for c in page])
    _read_ahead(turn, [c["sku"] for c in page], asked)
    options = [
        Option(f"pick:{asked['id']}:{c['sku']}", title,
               _described(_price_stock(turn, c["sku"], _own_count(asked, c)), title, c["name"]),
               key=str(c["number"]))
        for c, title in zip(page, titles, strict=True)
    ]  # fmt: skip
    if more:
        rest = len(candidates) - offset - len(page)
        options.append(Option(f"more:{asked['id']}:{offset + len(page)}", word(turn, "more"),
                              word(turn, "more_description", count=min(rest, 9))))  # fmt: skip
    body = word(turn, "choose", text=asked["text"], qty=asked.get("qty"))
    return Choices(LIST, body, tuple(options), word(turn, "choose_button"))


def _own_count(asked: dict[str, Any], option: dict[str, Any]) -> dict[str, Any]:
    """The question as priced for `option`: with the option's own count when it has one
    ("4 1/2\" valves": four of the 1/2" one, one of the 4-1/2")."""
    return {**asked, "qty": option["qty"]} if "qty" in option else asked


def after_items(turn: Turn, shown: list[dict[str, Any]]) -> Choices | None:
    """After lines were answered: the open question first, else other brands, else the
    cart's next step."""
    pending = turn.data.get("pending") or []
    if pending:
        return question(turn, pending[0])
    branded = [s for s in shown if s.get("kind") == "priced" and s.get("alternatives")]
    if len(branded) == 1 and turn.data.get("cart"):
        item = branded[0]
        alternatives = item["alternatives"][: MAX_ITEMS - 2]
        titles = distinct_titles([a["name"] for a in alternatives])
        asked = {"qty": item["qty"]}
        _read_ahead(turn, [a["sku"] for a in alternatives], asked)
        options = [Option(f"alt:{item['sku']}:{a['sku']}", title,
                          _described(_price_stock(turn, a["sku"], asked), title, a["name"]))
                   for a, title in zip(alternatives, titles, strict=True)]  # fmt: skip
        options += [Option("cart:quote", word(turn, "to_quote")),
                    Option("cart:order", word(turn, "to_order"))]  # fmt: skip
        return Choices(LIST, word(turn, "brands"), tuple(options), word(turn, "brands_button"))
    return after_cart(turn)


def after_cart(turn: Turn) -> Choices | None:
    """Quote / Order / Add more, when the cart holds something."""
    if not cart.lines(turn):
        return None
    return Choices(BUTTONS, word(turn, "cart"), (
        Option("cart:quote", word(turn, "to_quote")),
        Option("cart:order", word(turn, "to_order")),
        Option("cart:add", word(turn, "add_more")),
    ))  # fmt: skip


def after_quote(turn: Turn, quote: Quote) -> Choices:
    """Accept / Change / Talk to a seller, naming this version of the quote."""
    ref = f"{quote.number}:{quote.version}"
    return Choices(BUTTONS, word(turn, "quote", number=quote.number), (
        Option(f"quote:accept:{ref}", word(turn, "accept")),
        Option(f"quote:change:{ref}", word(turn, "change")),
        Option("seller", word(turn, "seller")),
    ))  # fmt: skip


def short_stock(turn: Turn, shown: list[str]) -> Choices:
    """The short-stock choice as buttons, numbered as the text numbers them (1, 2, …)."""
    offer = turn.data["short_offer"] = str(turn.message.id)  # an older offer's taps are stale
    titles = {"partial": "short_partial", "substitute": "short_substitute", "seller": "seller"}
    options = tuple(Option(f"short:{offer}:{number}", word(turn, titles[option]), key=str(number))
                    for number, option in enumerate(shown, start=1))  # fmt: skip
    return Choices(BUTTONS, word(turn, "short"), options)


def menu(turn: Turn) -> Choices:
    options = tuple(Option(f"menu:{i.value}", word(turn, f"menu_{i.value}")) for i in MENU)
    return Choices(LIST, word(turn, "menu"), options, word(turn, "menu_button"))


def _described(facts: str, title: str, name: str) -> str:
    """The description: price and stock, then the full name when the title is short of it."""
    return facts if title == name else f"{facts} · {name}"


# A pack's kind in the buyer's language: (one, several); the pieces' word
_PACK_WORDS = {"en": {"bag": ("bag", "bags"), "box": ("box", "boxes"), "pack": ("pack", "packs"),
                      "pieces": "pieces", "pairs": "pairs"},
               "es": {"bag": ("bolsa", "bolsas"), "box": ("caja", "cajas"),
                      "pack": ("paquete", "paquetes"), "pieces": "unidades", "pairs": "pares"}}


def _packs_question(turn: Turn, asked: dict[str, Any]) -> Choices | None:
    """ "12 bags of 100 or 12 pieces?" as a list: each reading, its packs and its price."""
    candidates = asked.get("candidates") or []
    if not candidates or "id" not in asked:
        return None
    said = _PACK_WORDS.get(turn.language, _PACK_WORDS["en"])
    first = candidates[0]["pack"]
    one, packs = said[first["kind"]]
    words = {"qty": asked["qty"], "packs": packs, "one": one, "size": first["size"],
             "pieces": said[first["pieces"]]}  # fmt: skip
    options = [
        Option(f"pick:{asked['id']}:{c['tap']}",
               word(turn, "packs_title", reading=c["reading"], **words),
               word(turn, "packs_description", count=c["pack"]["packs"], currency=c["currency"],
                    total=c["line_total"], **words),
               key=str(c["number"]))
        for c in candidates
    ]  # fmt: skip
    return Choices(LIST, word(turn, "packs", **words), tuple(options), word(turn, "choose_button"))


def _read_ahead(turn: Turn, skus: list[str], asked: dict[str, Any]) -> None:
    """The options' products, prices and stock rows in a few reads, not a few per option.
    Prices of options already priced under the same stamp (an open question asked again
    while the buyer adds items) come from the chat's state (`_kept_prices`), not a read."""
    if not skus:
        return
    products = cart.products(turn, skus)
    cart.keep(turn, products)
    quantity = _quantity(asked)
    kept = _kept_prices(turn, quantity)
    missing = [p for p in products if kept is None or p.sku not in kept]
    if missing:
        found = prices_for(turn.session, turn.customer, missing, quantity, turn.now.date())
        if kept is not None:
            kept.update({sku: [p.currency, str(p.unit_price)] for sku, p in found.items()})
    prices = turn.memo.setdefault("prices", {})
    if kept is not None:
        prices.update({(sku, quantity): _Offered(currency, Decimal(unit))
                       for sku, (currency, unit) in kept.items()})  # fmt: skip
    if missing:
        prices.update({(sku, quantity): price for sku, price in found.items()})
    known = turn.memo.setdefault("stock", {})
    wanted = [sku for sku in skus if sku not in known]  # not read with a line's (priced_line.py)
    if wanted:
        rows = stock_rows(turn.session, wanted)
        known.update({sku: rows.get(sku, []) for sku in wanted})


@dataclass(frozen=True, slots=True)
class _Offered:
    """What an option's description shows of its price (`bot.pricing.Price`'s fields)."""

    currency: str
    unit_price: Decimal


OPTION_PRICES_MAX = 40  # options' prices kept in the chat's state, at most


def _kept_prices(turn: Turn, quantity: Decimal) -> dict[str, list[str]] | None:
    """`sku → [currency, unit price]` of options priced at `quantity` in this chat under
    the stamp a cart line's price holds by (flows/cart.py: customer, price list, date,
    latest import): kept in the chat's state, so an open question asked again on the next
    turns reads no prices (issue #19). None when the turn does not know the latest import."""
    latest = turn.services.latest_import
    if latest is None:
        return None
    customer = turn.customer
    stamp = "|".join([customer.customer_id if customer else "",
                      (customer.price_list or "") if customer else "",
                      turn.now.date().isoformat(), str(latest),
                      quantity_text(quantity)])  # fmt: skip
    held: Any = turn.data.get("option_prices")
    if (not isinstance(held, dict) or held.get("stamp") != stamp
            or len(held["prices"]) > OPTION_PRICES_MAX):  # fmt: skip
        held = turn.data["option_prices"] = {"stamp": stamp, "prices": {}}
    prices: dict[str, list[str]] = held["prices"]
    return prices


def _quantity(asked: dict[str, Any]) -> Decimal:
    return Decimal(str(asked.get("qty") or 1))


def _price_stock(turn: Turn, sku: str, asked: dict[str, Any]) -> str:
    """ "USD 10.79 · 40 en SCL hoy": this customer's price and the stock for the quantity."""
    product = cart.product_of(turn, sku)
    quantity = _quantity(asked)
    price = (turn.memo.get("prices") or {}).get((sku, quantity)) or price_for(
        turn.session, turn.customer, product, quantity, turn.now.date()
    )
    stock_of: dict[str, list[Any]] = turn.memo.get("stock") or {}
    if sku in stock_of:  # read with the other options' (`_read_ahead`)
        stock = assess(sku, quantity, stock_of[sku], turn.customer, turn.now,
                       prefer=turn.data.get("ship_from"))
    else:
        stock = availability_for(turn.session, product, quantity, turn.customer, turn.now,
                                 with_substitutes=False, prefer=turn.data.get("ship_from"))
    here = {w.warehouse: w.available for w in stock.warehouses}
    there = quantity_text(here.get(stock.ship_from or "", stock.available_now))
    if stock.status == Dispatch.TODAY:
        said = word(turn, "stock_today", available=there, warehouse=stock.ship_from)
    elif stock.status == Dispatch.NEXT_DAY:
        date = stock.dispatch_date.isoformat() if stock.dispatch_date else ""
        said = word(turn, "stock_later", available=there, warehouse=stock.ship_from, date=date)
    else:
        said = word(turn, "stock_short", available=quantity_text(stock.available_now),
                    eta=stock.incoming_eta.isoformat() if stock.incoming_eta else None)  # fmt: skip
    return word(turn, "price_stock", currency=price.currency,
                price=money_text(price.unit_price), stock=said)  # fmt: skip


# --- what a tap means -------------------------------------------------------------------
@dataclass(frozen=True)
class Tap:
    """A tap read: the intent to run through the state table, or a handler of its own."""

    said: Intent
    handler: Handler | None = None


def tap_id(turn: Turn) -> str | None:
    """The option id a tap carries (ListId for a list, ButtonPayload for a button; some
    accounts send a list's id as ButtonPayload too)."""
    payload = turn.message.payload or {}
    value = payload.get("ListId") or payload.get("ButtonPayload") or ""
    return str(value).strip() or None


def read(turn: Turn) -> Tap | None:
    """What the tap on this message means, or None when it is no tap of ours."""
    value = tap_id(turn)
    if not value:
        return None
    verb, _, rest = value.partition(":")
    reader = READERS.get(verb)
    if reader is not None:
        return reader(turn, rest)
    said = recognise(value)  # another part's button whose id is the words to type
    return Tap(said) if said.name is not None else None


def _pick(turn: Turn, rest: str) -> Tap:
    qid, _, sku = rest.partition(":")
    for asked in turn.data.get("pending") or []:
        if asked.get("id") == qid:
            for candidate in asked["candidates"]:
                if candidate.get("tap", candidate["sku"]) == sku:
                    return Tap(Intent(I.CHOOSE, numbers=(int(candidate["number"]),)))
    return _stale("answered")


def _more(turn: Turn, rest: str) -> Tap:
    qid, _, offset = rest.partition(":")
    for asked in turn.data.get("pending") or []:
        if asked.get("id") == qid and offset.isdigit():
            return Tap(Intent(None), _page(asked, int(offset)))
    return _stale("answered")


def _page(asked: dict[str, Any], offset: int) -> Handler:
    def show(turn: Turn, said: Intent) -> str:
        turn.say("items", items=[], asked_before=[asked], choosing=True, compact=False,
                 **cart.view(turn))  # fmt: skip
        turn.offer(question(turn, asked, offset))
        return turn.conversation.state

    return show


def _alternative(turn: Turn, rest: str) -> Tap:
    sku, _, other = rest.partition(":")
    if (
        not any(line["sku"] == sku for line in cart.lines(turn))
        or turn.session.get(Product, other) is None
    ):
        return _stale("cart")

    def swap(turn: Turn, said: Intent) -> str:
        cart.replace_sku(turn, sku, other)
        turn.say("cart", **cart.view(turn))
        turn.offer(after_cart(turn))
        return turn.conversation.state

    return Tap(Intent(None), swap)


def _cart(turn: Turn, rest: str) -> Tap | None:
    if rest == "add":
        return Tap(Intent(None), _ask_items)
    named = {"quote": I.QUOTE, "order": I.ORDER}.get(rest)
    return Tap(Intent(named)) if named else None


def _ask_items(turn: Turn, said: Intent) -> str:
    turn.replies.append(Reply(word(turn, "add")))
    return turn.conversation.state


def _quote(turn: Turn, rest: str) -> Tap | None:
    action, _, ref = rest.partition(":")
    number, _, version = ref.rpartition(":")
    quote = latest(turn.session, number)
    mine = turn.customer.customer_id if turn.customer else None
    if quote is None or quote.customer_id != mine or not version.isdigit():
        return None
    if quote.version != int(version):
        return _stale("superseded", number=number, version=quote.version, quote=quote)
    if quote.status not in (QuoteStatus.SENT, QuoteStatus.DRAFT):
        return _stale("closed", number=number, status=quote.status)
    if action == "accept":
        return Tap(Intent(I.ACCEPT, quote=number))
    if action == "change":
        return Tap(Intent(None), _change(quote))
    return None


def _change(quote: Quote) -> Handler:
    """Change a quote: its lines back in the cart, to edit and quote again."""

    def change(turn: Turn, said: Intent) -> str:
        cart.clear(turn)
        for line in lines_of(turn.session, quote):
            cart.add(turn, line.sku, line.quantity, line.request_text, assumed=False)
        turn.say("cart", **cart.view(turn))
        turn.offer(after_cart(turn))
        return turn.conversation.state if turn.conversation.state != "confirming" else "idle"

    return change


def _confirm(turn: Turn, rest: str) -> Tap:
    answer, _, number = rest.partition(":")
    if (turn.data.get("confirm") or {}).get("quote") != number:
        return _stale("answered")
    return Tap(Intent(I.YES if answer == "yes" else I.NO))


def _short(turn: Turn, rest: str) -> Tap:
    offer, _, pick = rest.partition(":")
    if not turn.data.get("short") or turn.data.get("short_offer") != offer or not pick.isdigit():
        return _stale("answered")
    return Tap(Intent(I.CHOOSE, numbers=(int(pick),)))


def _menu(turn: Turn, rest: str) -> Tap | None:
    try:
        name = IntentName(rest)
    except ValueError:
        return None
    return Tap(Intent(name)) if name in MENU else None


def _stale(why: str, quote: Quote | None = None, **facts: Any) -> Tap:
    """An old tap: say why it no longer applies, and offer what is open now."""

    def answer(turn: Turn, said: Intent) -> str:
        turn.say("problem", reason=word(turn, "stale", why=why, **facts))
        if quote is not None and quote.status in (QuoteStatus.SENT, QuoteStatus.DRAFT):
            turn.offer(after_quote(turn, quote))
        elif turn.data.get("pending"):
            turn.offer(question(turn, turn.data["pending"][0]))
        else:
            turn.offer(after_cart(turn))
        return turn.conversation.state

    return Tap(Intent(None), answer)


READERS: dict[str, Callable[[Turn, str], Tap | None]] = {
    "pick": _pick, "more": _more, "alt": _alternative, "cart": _cart, "quote": _quote,
    "confirm": _confirm, "short": _short, "menu": _menu,
    "seller": lambda turn, rest: Tap(Intent(I.HUMAN)),
}  # fmt: skip
