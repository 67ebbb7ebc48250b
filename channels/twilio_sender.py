"""Sending WhatsApp messages through Twilio's Messages API (the helper library).

`TWILIO_API_BASE_URL` replaces https://api.twilio.com, for a gateway or a test double.
"""

from __future__ import annotations

import json

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from bot.senders import PermanentSendError, RetryableSendError

RATE_LIMIT_CODES = {20429, 63017, 63018}


class TwilioSender:
    def __init__(self, account_sid: str, auth_token: str, sender: str, base_url: str) -> None:
        self.client = Client(account_sid, auth_token)
        self.client.api.base_url = base_url.rstrip("/")
        self.sender = sender

    def send(
        self,
        to: str,
        body: str | None,
        *,
        content_sid: str | None = None,
        content_variables: dict[str, str] | None = None,
        status_callback: str | None = None,
    ) -> str:
        arguments: dict[str, str] = {"to": to, "from_": self.sender}
        if content_sid:  # outside the 24-hour window: a template, and no Body
            arguments["content_sid"] = content_sid
            arguments["content_variables"] = json.dumps(content_variables or {})
        else:
            arguments["body"] = body or ""
        if status_callback:
            arguments["status_callback"] = status_callback
        try:
            message = self.client.messages.create(**arguments)
        except TwilioRestException as exc:
            if exc.status == 429 or exc.status >= 500 or exc.code in RATE_LIMIT_CODES:
                raise RetryableSendError(f"Twilio {exc.status}/{exc.code}: {exc.msg}") from exc
            raise PermanentSendError(
                f"Twilio {exc.status}/{exc.code}: {exc.msg}",
                str(exc.code) if exc.code else str(exc.status),
            ) from exc
        except OSError as exc:  # connection refused, timeout
            raise RetryableSendError(f"Twilio unreachable: {exc}") from exc
        return str(message.sid)
