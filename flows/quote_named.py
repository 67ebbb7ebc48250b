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
_COUNTS = {"uno", "una", "dos", "tres", "one", "two", "three", "both", "ambas"}
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
    places = [by_word[w] for w in _WORD.findall(said.rest.lower())
              if w in by_word and w not in _COUNTS]
    if len(set(places)) == 1 and 1 <= places[0] <= len(quotes):
        return quotes[places[0] - 1].number
    if places:
        return None  # "the second and the third": not one quote
    if _YESTERDAY.search(said.rest):
        today = local_today(turn.session, turn.customer, turn.now)
        sent = [q for q in quotes if _day(turn, q) == today - dt.timedelta(days=1)]
        return sent[0].number if len(sent) == 1 else None
    if _EARLIER.search(said.rest):
        return quotes[-2].number
    if _LAST.search(said.rest):
        return quotes[-1].number
    return None


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
