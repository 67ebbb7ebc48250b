"""One of several open quotes accepted by its place (issue #14, set 17): "we'll go with the
second one, PO 55-4417", "acepto la primera, OC 4500-7719", "nos quedamos con la de ayer",
"approve the earlier one". With two quotes or more open in the chat, the words pick the
quote in the order they were sent (the first, the second …; the earlier / the last one; the
one sent yesterday) and the acceptance is of that quote, its PO kept (SPEC: accepting a
quote creates the order), never of the last quote sent. With one quote open, or words that
pick none, the message is read as ever."""

from __future__ import annotations

import datetime as dt
import re

from sqlmodel import col, select

from bot.intents import Intent, IntentName, ordinals
from bot.item_words import names_item
from bot.models import Quote
from bot.promises import local_today
from bot.statuses import ACCEPTABLE
from flows.turn import Turn

# Taken, said of a quote: "acepto", "we'll go with", "nos quedamos con", "vamos con la …".
_TAKEN = re.compile(
    r"\b(?:acept\w*|apruebo|aprobamos|confirm\w*|nos quedamos con|me quedo con|vamos con|"
    r"va(?:mos)? (?:por|con)|dale (?:con|a)|pr[oó]cede\w* con|adelante con|"
    r"accept\w*|approve\w*|go(?:ing)? (?:ahead )?with|(?:we|i)'?(?:ll| will) take|proceed with|"
    r"let'?s do)\b",
    re.I,
)
# The quote by its place among the open ones, when no one-word ordinal says it: the earlier
# (of the open ones, the one before the last) or the last; the one sent yesterday.
_EARLIER = re.compile(r"\b(?:earlier|older|previous|anterior|la de antes|la otra primera)\b", re.I)
_LAST = re.compile(r"\b(?:last|latest|newest|most recent|[uú]ltima|m[aá]s reciente|nueva)\b", re.I)
_YESTERDAY = re.compile(r"\b(?:de ayer|yesterday'?s|from yesterday|sent yesterday)\b", re.I)
_WORD = re.compile(r"[\w']+")
# Counting words are no place: "acepto las dos" takes both quotes, not the second.
_COUNTS = {"uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
           "diez", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "both", "ambas"}  # fmt: skip
# A place said of something else is no quote's: "es la primera vez que compramos", "first
# time ordering", "ship first thing monday", "la última vez", "the previous order"; a figure's
# place after 'by the' / 'el' is a day ("we need them by the 1st").
_OTHER = re.compile(
    r"\s+(?:vez|veces|time|times|thing|d[ií]a|day|semana|week|mes|month|hora|hour|order|"
    r"orders|pedido|pedidos|compra|purchase|oc|po|entrega|delivery|env[ií]o|shipment|"
    r"despacho|address|direcci[oó]n|a[nñ]o|year)\b",
    re.I,
)
_DAY = re.compile(r"\b(?:by|on|until|before|after|for|from|el|del|al|para el|hasta el)"
                  r"(?:\s+the)?\s+$", re.I)
_SAME = re.compile(r"\b(?:same|misma|mismo|mismas|mismos|igual|like|como)\b[^.,;!?]*$", re.I)
_ASKED = (None, IntentName.ACCEPT, IntentName.PURCHASE_ORDER, IntentName.CHOOSE,
          IntentName.YES, IntentName.ACK)  # fmt: skip


def picked(turn: Turn, said: Intent) -> str | None:
    """The number of the open quote this message accepts by its place; None when fewer than
    two quotes of this chat are open or the words take none of them by place."""
    if turn.customer is None or said.quote or said.name not in _ASKED:
        return None
    if not _TAKEN.search(said.rest) or names_item(said.rest):
        return None
    quotes = _open(turn)
    if len(quotes) < 2:
        return None
    by_word = ordinals()
    text = said.rest
    places = [by_word[w[0].lower()] for w in _WORD.finditer(text)
              if w[0].lower() in by_word and w[0].lower() not in _COUNTS
              and _of_quote(text, w, day=w[0][0].isdigit())]
    if len(set(places)) == 1 and 1 <= places[0] <= len(quotes):
        return quotes[places[0] - 1].number
    if places:
        return None  # "the second and the third": not one quote
    if _YESTERDAY.search(said.rest):
        today = local_today(turn.session, turn.customer, turn.now)
        sent = [q for q in quotes if _day(turn, q) == today - dt.timedelta(days=1)]
        return sent[0].number if len(sent) == 1 else None
    if (earlier := _EARLIER.search(text)) and _of_quote(text, earlier, same=True):
        return quotes[-2].number
    if (last := _LAST.search(text)) and _of_quote(text, last, same=True):
        return quotes[-1].number
    return None


def _of_quote(text: str, word: re.Match[str], *, day: bool = False, same: bool = False) -> bool:
    """Whether the place `word` says is a quote's: not a time's, an order's or a day's ("la
    primera vez", "first thing monday", "the previous order", "by the 1st"), nor, with
    `same`, a thing said to be as before ("la misma OC que la anterior")."""
    if _OTHER.match(text, word.end()):
        return False
    before = text[: word.start()]
    if re.search(r"\b(?:pedido|orden|compra|oc|po|order|entrega|despacho|vez)\s+$", before, re.I):
        return False  # "el pedido anterior", "la OC anterior"
    if day and _DAY.search(before):
        return False
    return not (same and _SAME.search(before))


def _open(turn: Turn) -> list[Quote]:
    """This chat's quotes still to be accepted, first version's order (the order sent)."""
    if turn.conversation.id is None or turn.customer is None:
        return []
    rows = turn.session.exec(
        select(Quote).where(Quote.conversation_id == turn.conversation.id,
                            Quote.customer_id == turn.customer.customer_id)
        .order_by(col(Quote.created_at), col(Quote.id))
    ).all()  # fmt: skip
    first: dict[str, Quote] = {}
    current: dict[str, Quote] = {}
    for quote in rows:
        first.setdefault(quote.number, quote)
        if quote.version >= current.get(quote.number, quote).version:
            current[quote.number] = quote
    return [first[n] for n in first if current[n].status in ACCEPTABLE]


def _day(turn: Turn, quote: Quote) -> dt.date:
    assert turn.customer is not None
    created = quote.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    return local_today(turn.session, turn.customer, created)
