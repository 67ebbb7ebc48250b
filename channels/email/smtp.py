"""Sending mail replies by SMTP, in the buyer's thread."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from bot.senders import PermanentSendError, RetryableSendError


class SMTPSender:
    def __init__(
        self,
        host: str,
        port: int,
        user: str | None,
        password: str | None,
        starttls: bool,
        sender: str,
    ) -> None:
        self.host, self.port, self.user, self.password = host, port, user, password
        self.starttls, self.sender = starttls, sender

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
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, to, subject
        message["Message-ID"] = message_id
        message["Auto-Submitted"] = "auto-replied"  # other robots must not answer us
        if in_reply_to:
            message["In-Reply-To"] = in_reply_to
            message["References"] = " ".join([*references, in_reply_to][-20:])
        message.set_content(text)
        if html:
            message.add_alternative(html, subtype="html")
        for filename, content_type, data in attachments:
            maintype, subtype = content_type.split("/", 1)
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.user:
                    smtp.login(self.user, self.password or "")
                smtp.send_message(message)
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 500:
                raise RetryableSendError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}") from exc
            raise PermanentSendError(
                f"SMTP {exc.smtp_code}: {exc.smtp_error!r}", str(exc.smtp_code)
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise RetryableSendError(f"SMTP unavailable: {exc}") from exc
        return message_id
