"""The sender interface: how a reply leaves, whatever the channel behind it.

Flows and the core depend on this protocol only; `channels/` implements it (Twilio's
Messages API, SMTP, the simulator) and configuration picks one. The 24-hour rule
is here too: it decides whether free text may go at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from bot.choices import Choices

# WhatsApp's customer-service window: free text only this long after the customer wrote.
WHATSAPP_WINDOW = dt.timedelta(hours=24)


def outside_window(channel: str, last_inbound_at: dt.datetime | None, now: dt.datetime) -> bool:
    """True when WhatsApp accepts only an approved template (no message in 24 hours)."""
    if channel != "whatsapp":
        return False
    return last_inbound_at is None or now - last_inbound_at > WHATSAPP_WINDOW


class RetryableSendError(RuntimeError):
    """The provider is busy or down (429, 5xx, 63017/63018): try again later."""


class PermanentSendError(RuntimeError):
    """The provider refused the message for good; `code` is its error code."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class Sender(Protocol):
    def send(
        self,
        to: str,
        body: str | None,
        *,
        content_sid: str | None = None,
        content_variables: dict[str, str] | None = None,
        status_callback: str | None = None,
        media_url: str | None = None,
        choices: Choices | None = None,
    ) -> str:
        """Send one message; return the provider's id for it.

        `content_sid` is an approved template (outside the window); otherwise `choices`
        go as options to tap and `media_url` as a document, with `body` as its caption.
        """
        ...


class MailSender(Protocol):
    def send_mail(
        self,
        *,
        message_id: str,
        to: str,
        subject: str,
        text: str,
        html: str | None,
        in_reply_to: str | None,
        references: list[str],
        attachments: list[tuple[str, str, bytes]],
    ) -> str:
        """Send one mail with the given Message-ID; return it."""
        ...
