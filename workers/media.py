"""Downloading WhatsApp media (photos, PDF purchase orders) with the account's credentials.

Never inside the webhook: Twilio must get its answer at once. Files go to
`<instance>/media/<message id>/<n>.<ext>`; the message keeps the local path next to
Twilio's URL. A file over the size limit is not fetched; the reason is recorded
and the conversation goes to the sellers' queue, so nothing is silently dropped.
"""

from __future__ import annotations

import base64
import mimetypes
import urllib.error
import urllib.request
from pathlib import Path

from sqlalchemy.orm.attributes import flag_modified

from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.handoff import QueueReason, flag
from bot.models import Conversation, Message
from workers.app import job_app

MAX_BYTES = 16 * 1024 * 1024  # WhatsApp's own limit for documents is 100 MB; POs are small


def download_media(message_id: int) -> int:
    """Fetch the message's media not fetched yet; returns how many files were stored."""
    app = job_app()
    with app.app_context(), session_scope(get_engine(), write=True) as session:
        message = session.get(Message, message_id, with_for_update=True)
        if message is None:
            return 0
        folder = Path(app.instance_path) / "media" / str(message_id)
        sid, token = app.config.get("TWILIO_ACCOUNT_SID"), app.config.get("TWILIO_AUTH_TOKEN")
        stored = 0
        for n, item in enumerate(message.media):
            if item.get("path") or item.get("error"):
                continue  # done before: the job is safe to run again
            try:
                data = _fetch(item["url"], sid, token)
            except (OSError, ValueError, urllib.error.URLError) as exc:
                item["error"] = str(exc)[:200]
                conversation = session.get(Conversation, message.conversation_id)
                if conversation is not None:
                    flag(session, conversation, QueueReason.MEDIA_FAILED, utcnow(),
                         cause=f"message:{message_id}", detail=item["error"])  # fmt: skip
                continue
            extension = mimetypes.guess_extension(item.get("content_type", "")) or ".bin"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{n}{extension}"
            path.write_bytes(data)
            item["path"], item["bytes"] = str(path), str(len(data))
            stored += 1
        flag_modified(message, "media")
        session.add(message)
        return stored


def _fetch(url: str, account_sid: str | None, token: str | None) -> bytes:
    request = urllib.request.Request(url)  # noqa: S310 (Twilio's media URL from a signed webhook)
    if account_sid and token:
        pair = base64.b64encode(f"{account_sid}:{token}".encode()).decode()
        request.add_header("Authorization", f"Basic {pair}")
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        length = int(response.headers.get("Content-Length") or 0)
        if length > MAX_BYTES:
            raise ValueError(f"media of {length} bytes is over the {MAX_BYTES} byte limit")
        data: bytes = response.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"media over the {MAX_BYTES} byte limit")
    return data
