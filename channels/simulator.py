"""The local outbox: with no Twilio account, replies stay here for /simulator and `chat`."""

from __future__ import annotations

import secrets


class LocalOutbox:
    """A sender that delivers nowhere: the message row itself is the outbox."""

    def send(
        self,
        to: str,
        body: str | None,
        *,
        content_sid: str | None = None,
        content_variables: dict[str, str] | None = None,
        status_callback: str | None = None,
    ) -> str:
        return f"SMlocal{secrets.token_hex(12)}"
