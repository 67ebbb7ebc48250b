"""Channel adapters: WhatsApp over Twilio, email over IMAP/SMTP, the local simulator."""

from __future__ import annotations

from flask import Flask

from bot.outbound import Sender


def whatsapp_sender(app: Flask) -> Sender:
    """Twilio when configured, else the local outbox the simulator shows."""
    config = app.config
    if config.get("TWILIO_ACCOUNT_SID") and config.get("TWILIO_AUTH_TOKEN"):
        from channels.twilio_sender import TwilioSender

        return TwilioSender(
            config["TWILIO_ACCOUNT_SID"],
            config["TWILIO_AUTH_TOKEN"],
            config.get("TWILIO_WHATSAPP_FROM") or "",
            config["TWILIO_API_BASE_URL"],
        )
    from channels.simulator import LocalOutbox

    return LocalOutbox()
