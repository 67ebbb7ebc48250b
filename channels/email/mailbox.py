"""Polling the RFQ mailbox (IMAP): each mail read once, answered once, or set aside.

The read position (UIDVALIDITY, last UID) lives in the database and its row is
locked while a poll runs, so two pollers never read the same mail, and a restart
neither loses nor re-answers one: the reply is queued in the same transaction that
marks the mail read, and Message-IDs are unique. Mail that cannot or must not be
answered is moved to the `Quarantine` folder with its reason recorded. Each mail is
handled on its own savepoint: any error while reading or answering one (not only
the ones foreseen) quarantines that mail with the error as its reason, and the
poll goes on, so one bad mail never stops the mailbox.
"""

from __future__ import annotations

import imaplib
import logging
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from flask import Flask
from imapclient import IMAPClient
from sqlmodel import Session

from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.handoff import QueueReason, flag
from bot.inbound import InboundMessage, identify, receive
from bot.jobs import Later, enqueue_all
from bot.models import Conversation, MailCursor
from bot.statuses import MessageStatus
from channels.email.extract import (
    AttachmentError,
    lines_from_attachment,
    lines_from_subject,
    lines_from_text,
)
from channels.email.mime import MailProblem, parse_mail
from flows.pipeline import run_turn
from flows.turn import Services

log = logging.getLogger(__name__)
QUARANTINE = "Quarantine"


@dataclass
class PollReport:
    read: int = 0
    answered: int = 0
    already_seen: int = 0
    held: int = 0  # for the seller holding the thread: stored, not answered by the bot
    quarantined: list[tuple[int, str]] = field(default_factory=list)


def poll_once(app: Flask) -> PollReport:
    """Read new mail in IMAP_FOLDER, answer RFQs, quarantine what cannot be answered."""
    config = app.config
    if not config.get("IMAP_HOST"):
        raise RuntimeError("IMAP_HOST is not set: there is no RFQ mailbox to read")
    folder = config["IMAP_FOLDER"]
    report = PollReport()
    with app.app_context():
        services = Services.of(app)
        jobs: list[Later] = []
        with IMAPClient(
            config["IMAP_HOST"], port=config["IMAP_PORT"], ssl=config["IMAP_SSL"], timeout=30
        ) as imap:
            imap.login(config.get("IMAP_USER") or "", config.get("IMAP_PASSWORD") or "")
            if not imap.folder_exists(QUARANTINE):
                imap.create_folder(QUARANTINE)
            validity = int(imap.select_folder(folder)[b"UIDVALIDITY"])
            with session_scope(get_engine(), write=True) as session:
                cursor = _cursor(session, folder)
                if cursor.uidvalidity != validity:
                    cursor.uidvalidity, cursor.last_uid = validity, 0
                uids = sorted(
                    u
                    for u in imap.search(["UID", f"{cursor.last_uid + 1}:*"])
                    if u > cursor.last_uid
                )
                for uid in uids:
                    raw = imap.fetch([uid], ["RFC822"])[uid][b"RFC822"]
                    report.read += 1
                    outcome = _handle_alone(session, raw, f"imap:{validity}:{uid}", services, jobs)
                    if outcome == "seen":
                        report.already_seen += 1
                    elif outcome == "answered":
                        report.answered += 1
                    elif outcome == "held":
                        report.held += 1
                    else:
                        _move(imap, uid)
                        report.quarantined.append((uid, outcome))
                    cursor.last_uid = uid
                session.add(cursor)
        enqueue_all(app, jobs)
    return report


def wait_for_mail(app: Flask, timeout: float) -> bool:
    """Wait up to `timeout` seconds for new mail; True when the server announced some.

    Uses IMAP IDLE where the server offers it, so `mostrador email poll` answers within
    a second of the mail's arrival instead of at the next poll; without IDLE it sleeps.
    """
    import time

    config = app.config
    with IMAPClient(
        config["IMAP_HOST"], port=config["IMAP_PORT"], ssl=config["IMAP_SSL"], timeout=30
    ) as imap:
        imap.login(config.get("IMAP_USER") or "", config.get("IMAP_PASSWORD") or "")
        if not imap.has_capability("IDLE"):
            time.sleep(timeout)
            return False
        imap.select_folder(config["IMAP_FOLDER"], readonly=True)
        imap.idle()
        try:
            responses = imap.idle_check(timeout=timeout)
            imap.idle_done()
        except (imaplib.IMAP4.error, OSError) as exc:
            # imaplib can trip on an update the server is still writing (a partial line):
            # something arrived, so poll now (a poll is idempotent); the connection is
            # closed on leaving the block.
            log.debug("IDLE ended by %s; polling", exc)
            return True
    return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)


def _cursor(session: Session, folder: str) -> MailCursor:
    cursor = session.get(MailCursor, folder, with_for_update=True)
    if cursor is None:
        try:
            with session.begin_nested():
                session.add(MailCursor(folder=folder))
                session.flush()
        except sa.exc.IntegrityError:
            pass  # another poller created it first
        cursor = session.get(MailCursor, folder, with_for_update=True)
        assert cursor is not None
    return cursor


def _move(imap: IMAPClient, uid: int) -> None:
    if imap.has_capability("MOVE"):
        imap.move([uid], QUARANTINE)
        return
    imap.copy([uid], QUARANTINE)
    imap.delete_messages([uid])
    imap.expunge()


def _handle_alone(
    session: Session, raw: bytes, fallback_id: str, services: Services, jobs: list[Later]
) -> str:
    """Handle one mail on its own savepoint: whatever goes wrong, only this mail is set aside.

    A mail that raises anything (a CSV cell past the csv module's limit, an XLSX whose
    sheet XML does not parse, a value the database refuses) has its half-done work
    rolled back and is quarantined with the error as its reason; the poll goes on
    with the next mail, and the mails before it stay answered.
    """
    own_jobs: list[Later] = []
    try:
        with session.begin_nested():
            outcome = _handle(session, raw, fallback_id, services, own_jobs)
    except Exception as exc:
        log.exception("mail %s could not be handled; quarantined", fallback_id)
        reason = _printable(f"mail could not be read ({type(exc).__name__}: {exc})")[:300]
        try:
            with session.begin_nested():
                _record_problem(session, _sender_of(raw), fallback_id, reason, raw, utcnow())
        except Exception:  # even its trace cannot be stored: the log and the folder keep it
            log.exception("mail %s: its quarantine could not be recorded", fallback_id)
        return reason
    jobs.extend(own_jobs)
    return outcome


def _sender_of(raw: bytes) -> str:
    """The From address of a mail that could not be parsed in full, for its trace."""
    from email import message_from_bytes
    from email.utils import parseaddr

    try:
        sender = parseaddr(str(message_from_bytes(raw[:65536]).get("From", "")))[1]
    except Exception:
        sender = ""
    return _printable(sender) or "(unknown sender)"


def _printable(text: str) -> str:
    """`text` without control characters (PostgreSQL refuses NUL in text columns)."""
    return "".join(c for c in text if c >= " " or c in "\n\t")


def _handle(
    session: Session, raw: bytes, fallback_id: str, services: Services, jobs: list[Later]
) -> str:
    """'answered', 'held', 'seen', or the reason the mail goes to quarantine.

    The mail becomes one stored message (its request lines, from the text and the
    attachments, in its payload) and runs the same turn as a chat message.
    """
    parsed = parse_mail(raw, our_address=services.mail_from)
    now = utcnow()
    if isinstance(parsed, MailProblem):
        sender = parsed.sender or "(unknown sender)"
        _record_problem(session, sender, parsed.message_id or fallback_id, parsed.reason, raw, now)
        return parsed.reason
    if _printable(parsed.message_id) != parsed.message_id:
        reason = "Message-ID with control characters"
        _record_problem(session, parsed.sender, fallback_id, reason, raw, now)
        return reason
    customer, contact = identify(session, "email", parsed.sender)
    if customer is None:
        reason = "sender on no list (not a contact nor a customer's domain)"
        _record_problem(session, parsed.sender, parsed.message_id, reason, raw, now)
        return reason
    lines = lines_from_text(parsed.text)
    try:
        for attachment in parsed.attachments:
            lines += lines_from_attachment(attachment)
    except AttachmentError as exc:
        _record_problem(session, parsed.sender, parsed.message_id, str(exc), raw, now)
        return str(exc)
    if not lines and not parsed.in_reply_to and not parsed.references:
        lines = lines_from_subject(parsed.subject)  # "Cotizar 10 rodamientos 6205", no body
    media = [{"filename": a.filename, "content_type": a.content_type,
              **({"inline": "yes"} if a.inline else {})} for a in parsed.attachments]  # fmt: skip
    message = receive(
        session,
        InboundMessage(
            channel="email",
            address=parsed.sender,
            provider_id=parsed.message_id,
            body=parsed.text,
            media=media,
            profile_name=contact.name if contact else parsed.sender_name,
            payload={
                "subject": parsed.subject,
                "in_reply_to": parsed.in_reply_to,
                "references": parsed.references,
                "lines": lines,
                **({"own": parsed.own} if parsed.own else {}),  # a forward's own words
            },
        ),
        now,
    )
    if message is None:
        return "seen"
    queued = run_turn(session, services, message, now)
    jobs.extend(queued)
    if message.status == MessageStatus.QUARANTINED:  # the flow set it aside (flows/rfq.py)
        return message.error_message or "set aside"
    return "answered" if queued else "held"


def _record_problem(
    session: Session, sender: str, message_id: str, reason: str, raw: bytes, now: Any
) -> None:
    """Keep the quarantined mail's trace where sellers look: its sender's conversation."""
    inbound = receive(
        session,
        InboundMessage(
            channel="email",
            address=_printable(sender).lower()[:254],
            provider_id=_printable(message_id)[:255],
            body=_printable(raw[:2000].decode("utf-8", errors="replace")),
            payload={"quarantined": reason},
        ),
        now,
    )
    if inbound is None:
        return
    inbound.status = MessageStatus.QUARANTINED.value
    inbound.error_message = _printable(reason)[:500]
    conversation = session.get(Conversation, inbound.conversation_id)
    assert conversation is not None
    session.add(inbound)
    flag(session, conversation, QueueReason.QUARANTINED_MAIL, now, cause=f"mail {message_id}",
         detail=reason)  # fmt: skip
    log.warning("mail %s from %s quarantined: %s", message_id, sender, reason)
