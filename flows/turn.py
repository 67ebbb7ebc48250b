"""What a flow gets and gives for one inbound message, whatever the channel.

A flow (flows/sales.py for chat, flows/rfq.py for mail) reads the `Turn`, decides,
and fills in its answer: `replies` (text, and for mail the HTML part and the quote
to attach), the `reason` the conversation needs a seller, and the `jobs` to queue
once the turn commits. It never stores a message nor sets the queue itself:
`flows.pipeline.run_turn` does both, the same way for every channel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from flask import Flask
from sqlmodel import Session

from bot.asking import match_asked
from bot.choices import Choices
from bot.handoff import QueueReason
from bot.hours import BusinessHours, from_config
from bot.jobs import Later
from bot.matching.index import CatalogIndex
from bot.matching.matcher import MatchContext, MatchResult, match_line
from bot.matching.service import context_for
from bot.models import Conversation, Customer, Message, Quote
from bot.quotes import Rules
from bot.statuses import ConversationState, Owner
from bot.wording import Wording, wording_of


@dataclass(frozen=True)
class Services:
    """What every turn needs from the app; built once per job or mailbox poll."""

    index: CatalogIndex
    rules: Rules
    wording: Wording
    link_for: Callable[[Quote], str]
    mail_from: str | None
    brand_choice: str = "choose"  # BRAND_CHOICE: offer a brand by rule, or ask
    business_hours: BusinessHours | None = None  # named to a buyer who waits
    description_language: str = "es"  # the ERP description's language (item names)
    tax_rate_pct: Decimal = Decimal(0)  # TAX_RATE_PCT, added to the net on quote documents
    tax_name: str = "Tax"  # TAX_NAME
    # The signed link to a customer's statement PDF as of a date (bot/statements.py).
    statement_link: Callable[[str, dt.date], str] = lambda customer_id, on: ""
    # The newest ERP import as the index cache last saw it (a few seconds old at most):
    # priced cart lines are stamped with it (flows/cart.py). None: read it per turn.
    latest_import: int | None = None

    @classmethod
    def of(cls, app: Flask) -> Services:
        from bot.documents import link_for
        from bot.matching.service import current_index, latest_import
        from bot.statements import link_for as statement_link

        return cls(
            index=current_index(),
            latest_import=latest_import(),  # as of current_index's look, just above
            rules=Rules.from_config(app.config),
            wording=wording_of(app),
            link_for=lambda quote: link_for(app, quote),
            mail_from=app.config.get("MAIL_FROM"),
            brand_choice=app.config.get("BRAND_CHOICE") or "choose",
            business_hours=from_config(app.config.get("BUSINESS_HOURS")),
            description_language=app.config.get("DESCRIPTION_LANGUAGE") or "es",
            tax_rate_pct=Decimal(app.config.get("TAX_RATE_PCT") or 0),
            tax_name=app.config.get("TAX_NAME") or "Tax",
            statement_link=lambda customer_id, on: statement_link(app, customer_id, on),
        )


@dataclass(frozen=True)
class Reply:
    """One message back: its text; for mail the HTML part and the quote (PDF) to attach;
    for the chat the choices to tap and a document (its URL, and a short caption) that
    WhatsApp shows as media (flows.pipeline sends both after the text)."""

    text: str
    html: str | None = None
    quote: Quote | None = None
    choices: Choices | None = None
    document: str | None = None
    caption: str = ""


@dataclass
class Turn:
    """One inbound message being handled: the context a flow needs, and its answer."""

    session: Session
    services: Services
    conversation: Conversation
    customer: Customer | None
    message: Message
    now: dt.datetime
    replies: list[Reply] = field(default_factory=list)
    reason: QueueReason | None = None  # set: the conversation goes to the sellers' queue
    detail: str | None = None  # what the seller reads beside the reason (the order, the price)
    jobs: list[Later] = field(default_factory=list)  # to run once the turn commits
    # What this turn already read once (flows/cart.py: the latest import's id).
    memo: dict[str, Any] = field(default_factory=dict)
    # The part of the message being answered, when it does several things ("sácame las
    # golillas y ponle 4 correas b50 gates": flows/in_parts.py answers each part in turn).
    part: str | None = None

    @property
    def held_by_seller(self) -> bool:
        """A seller holds the chat: the bot only acknowledges, once (flows/sales.waiting)."""
        return self.conversation.owner != Owner.BOT

    @property
    def text(self) -> str:
        return self.message.body if self.part is None else self.part

    @property
    def actor(self) -> str:
        return f"customer:{self.conversation.customer_id or self.conversation.address}"

    @property
    def cause(self) -> str:
        return f"message:{self.message.id}"

    @property
    def language(self) -> str:
        return self.conversation.language

    @property
    def wording(self) -> Wording:
        return self.services.wording

    @property
    def data(self) -> dict[str, Any]:
        return self.conversation.data

    @property
    def match_context(self) -> MatchContext:
        """How this turn reads item lines for its customer (brand rule, learned references,
        thousands separator): built once a turn, as every part of the message reads lines
        the same way. `forget_matches` after a reference is learned mid-turn."""
        found = self.memo.get("match_context")
        if found is None:
            found = self.memo["match_context"] = context_for(
                self.session, self.customer, self.services.brand_choice
            )
        assert isinstance(found, MatchContext)
        return found

    def forget_matches(self) -> None:
        """The next line read builds its context again (a learned reference was added)."""
        self.memo.pop("match_context", None)

    def match(self, text: str, *, asked: bool = True) -> MatchResult:
        """One item line read for this turn's customer: with `asked`, the item inside a
        question around it too (bot/asking.py: "¿tienen rodamientos 6204?"); else the
        matcher alone, as a correction's rewritten words are."""
        customer_id = self.customer.customer_id if self.customer else None
        if not asked:
            return match_line(self.services.index, text, customer_id, self.match_context)
        return match_asked(self.services.index, text, customer_id, self.match_context)

    def say(self, template: str, **context: Any) -> None:
        """Reply with a chat template (templates/messages/<lang>/<template>.txt)."""
        self.replies.append(Reply(self.wording.render(template, self.language, **context)))

    def offer(self, choices: Choices | None) -> None:
        """Let the buyer tap `choices` under the last reply (its text keeps the numbers)."""
        if choices is not None and choices.options and self.replies:
            self.replies[-1] = replace(self.replies[-1], choices=choices)

    def attach(self, url: str, caption: str) -> None:
        """Send the document at `url` as media after the last reply (the link stays in it)."""
        if self.replies:
            self.replies[-1] = replace(self.replies[-1], document=url, caption=caption)

    def escalate(self, reason: QueueReason) -> str:
        """Hand the conversation to the sellers for `reason`; the bot goes silent."""
        self.reason = reason
        return ConversationState.HUMAN.value
