"""The quote's PDF asked for again ("no me llegó el pdf de la cotización, me lo puedes
reenviar?", "can you resend the PDF of that quote? our email ate it"): the newest version of
the buyer's latest quote (or the one named) goes out the way a quote's document does, as
media with its signed link (SPEC.md "Quote document"), naming its number; nothing about the
quote changes. A quote still with a seller has no document to send yet; with none, how to
get one is said. The asking phrases are data (`resend` rows of bot/intents.csv)."""

from __future__ import annotations

from sqlmodel import col, or_, select

from bot.intents import Intent
from bot.models import Quote
from bot.quotes import latest
from bot.statuses import QuoteStatus
from flows import taps
from flows.turn import Turn

# A version the buyer was sent (accepted or expired since, its document stands as it was).
_SENT = {QuoteStatus.SENT.value, QuoteStatus.ACCEPTED.value, QuoteStatus.EXPIRED.value}


def _theirs(turn: Turn, quote: Quote | None) -> Quote | None:
    """`quote`, when it is this conversation's or this customer's."""
    if quote is None:
        return None
    mine = quote.conversation_id == turn.conversation.id or (
        turn.customer is not None and quote.customer_id == turn.customer.customer_id)
    return quote if mine else None


def _latest(turn: Turn, said: Intent) -> Quote | None:
    """The quote named, else the last one sent in this chat, else the newest of this
    conversation or customer."""
    number = said.quote or turn.data.get("last_quote")
    if number:
        return _theirs(turn, latest(turn.session, number))
    whose = [col(Quote.conversation_id) == turn.conversation.id]
    if turn.customer is not None:
        whose.append(col(Quote.customer_id) == turn.customer.customer_id)
    newest = turn.session.exec(
        select(Quote).where(or_(*whose)).order_by(col(Quote.id).desc()).limit(1)
    ).first()
    return latest(turn.session, newest.number) if newest is not None else None


def resend(turn: Turn, said: Intent) -> str:
    """The latest quote's document again, as media; the chat stays where it was."""
    quote = _latest(turn, said)
    ready = quote is not None and quote.status in _SENT
    link = turn.services.link_for(quote) if quote is not None and ready else None
    turn.say("document_again", number=quote.number if quote else None,
             version=quote.version if quote else None, link=link)  # fmt: skip
    if quote is not None and link:
        turn.attach(link, taps.word(turn, "caption", number=quote.number, version=quote.version))
    return turn.conversation.state
