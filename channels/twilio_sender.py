"""Sending WhatsApp messages through Twilio's Messages API (the helper library).

`TWILIO_API_BASE_URL` replaces https://api.twilio.com, for a gateway or a test double.
Options to tap go as a Content API resource (`ContentSid` + `ContentVariables`, the
resource created once per shape: channels/twilio_content.py); a document as `MediaUrl`
with the body as its caption.
"""

from __future__ import annotations

import json
from typing import Any

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from bot.choices import Choices
from bot.senders import PermanentSendError, RetryableSendError
from channels.twilio_content import ContentShapes, variables

RATE_LIMIT_CODES = {20429, 63017, 63018}


class TwilioSender:
    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        sender: str,
        base_url: str,
        content: ContentShapes | None = None,
    ) -> None:
        self.client = Client(account_sid, auth_token)
        self.client.api.base_url = base_url.rstrip("/")
        self.sender = sender
        self.content = content

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
        arguments: dict[str, Any] = {"to": to, "from_": self.sender}
        if content_sid:  # outside the 24-hour window: a template, and no Body
            arguments["content_sid"] = content_sid
            arguments["content_variables"] = json.dumps(content_variables or {})
        elif choices is not None and self.content is not None:
            arguments["content_sid"] = self.content.sid_for(choices)
            arguments["content_variables"] = json.dumps(variables(choices))
        else:
            arguments["body"] = body or ""
            if media_url:
                arguments["media_url"] = [media_url]
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
