"""Twilio's typing indicator, for a turn that takes longer than a second.

`POST {TWILIO_MESSAGING_API_BASE_URL}/v2/Indicators/Typing.json` with the inbound
message's SID shows the buyer "typing…" (and marks their message read) until our reply
arrives. Off unless `TWILIO_TYPING=1`: not every account or sender supports it. It is a
courtesy: a failure is logged, never retried, and never delays the reply.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from typing import Any

import requests

from bot.models import Message

log = logging.getLogger(__name__)
AFTER_SECONDS = 1.0  # a quicker answer needs no indicator


def wants_typing(config: Mapping[str, Any]) -> bool:
    """Whether the typing indicator is on (TWILIO_TYPING, with a Twilio account)."""
    return bool(config.get("TWILIO_TYPING") and config.get("TWILIO_ACCOUNT_SID"))


def typing_later(config: Mapping[str, Any], message: Message) -> threading.Timer | None:
    """Start a timer that shows the indicator for `message` unless cancelled in time."""
    sid = message.provider_sid or ""
    if not wants_typing(config):
        return None
    if message.direction != "in" or not sid.startswith(("SM", "MM")):
        return None  # only a message Twilio delivered has a SID Twilio knows
    url = config["TWILIO_MESSAGING_API_BASE_URL"].rstrip("/") + "/v2/Indicators/Typing.json"
    auth = (config["TWILIO_ACCOUNT_SID"], config.get("TWILIO_AUTH_TOKEN") or "")
    timer = threading.Timer(AFTER_SECONDS, _show, (url, auth, sid))
    timer.daemon = True
    timer.start()
    return timer


def _show(url: str, auth: tuple[str, str], sid: str) -> None:
    try:
        response = requests.post(
            url, data={"messageId": sid, "channel": "whatsapp"}, auth=auth, timeout=5
        )
        if response.status_code >= 400:
            log.info("typing indicator refused for %s: %s", sid, response.status_code)
    except requests.RequestException as exc:
        log.info("typing indicator not shown for %s: %s", sid, exc)
