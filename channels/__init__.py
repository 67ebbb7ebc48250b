"""Channel adapters: WhatsApp over Twilio, email over IMAP/SMTP, the local simulator."""

from __future__ import annotations

from flask import Flask

from bot.senders import MailSender, Sender


def whatsapp_sender(app: Flask) -> Sender:
    """Twilio when configured, else the simulator sender (replies stay in the database)."""
    config = app.config
    if config.get("TWILIO_ACCOUNT_SID") and config.get("TWILIO_AUTH_TOKEN"):
        from bot.db import get_engine
        from channels.twilio_content import ContentApi, ContentShapes
        from channels.twilio_sender import TwilioSender

        sid, token = config["TWILIO_ACCOUNT_SID"], config["TWILIO_AUTH_TOKEN"]
        content = ContentApi(sid, token, config["TWILIO_CONTENT_API_BASE_URL"])
        return TwilioSender(
            sid,
            token,
            config.get("TWILIO_WHATSAPP_FROM") or "",
            config["TWILIO_API_BASE_URL"],
            ContentShapes(content, get_engine(app)),
        )
    from channels.simulator import SimulatorSender

    return SimulatorSender()


def mail_sender(app: Flask) -> MailSender:
    """SMTP with the SMTP_* settings."""
    from channels.email.smtp import SMTPSender

    config = app.config
    if not config.get("SMTP_HOST") or not config.get("MAIL_FROM"):
        raise RuntimeError("SMTP_HOST and MAIL_FROM must be set to answer mail")
    return SMTPSender(
        config["SMTP_HOST"],
        config["SMTP_PORT"],
        config.get("SMTP_USER"),
        config.get("SMTP_PASSWORD"),
        config["SMTP_STARTTLS"],
        config["MAIL_FROM"],
    )
