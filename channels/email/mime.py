"""A raw RFQ mail into what the bot needs, or into a reason to set it aside.

Mail in the wild is broken in every way: truncated MIME, wrong or unknown charsets,
HTML only, forwarded threads, auto-replies and bounces, attachments that are too
big or are zip bombs. `parse_mail` never raises on such input: it returns a
`ParsedMail`, or a `MailProblem` with a reason a seller can read, so the poller can
quarantine it and go on.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

from bot.joined.tables import header_columns
from bot.limits import MAX_FIELD, MAX_HEADER_CHARS, MAX_REFERENCES, clean
from channels.email.body import new_text, own_words

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_MAIL_BYTES = 25 * 1024 * 1024
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,253}>")
READABLE = {"text/csv", "application/vnd.ms-excel", "application/pdf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}  # fmt: skip


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    inline: bool = False  # shown in the HTML by its Content-ID: a signature's logo


@dataclass(frozen=True)
class ParsedMail:
    message_id: str
    sender: str  # lower-case address
    sender_name: str
    subject: str
    in_reply_to: str | None
    references: list[str]
    text: str  # the new text only: quoted history and signature removed
    own: str | None = None  # a forwarding mail's own words above what it forwards
    attachments: list[Attachment] = field(default_factory=list)


@dataclass(frozen=True)
class MailProblem:
    """Why a mail is set aside (quarantined) instead of answered."""

    reason: str
    message_id: str | None = None
    sender: str | None = None
    reply: bool = False  # never answer: auto-replies, bounces, loops


def parse_mail(raw: bytes, *, our_address: str | None = None) -> ParsedMail | MailProblem:
    """Read one RFC 5322 message."""
    if len(raw) > MAX_MAIL_BYTES:
        return MailProblem(f"mail of {len(raw)} bytes is over the {MAX_MAIL_BYTES} byte limit")
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; this is truly unreadable input
        return MailProblem(f"unreadable MIME: {exc}")
    assert isinstance(message, EmailMessage)
    message_id = (message.get("Message-ID") or "").strip()
    name, sender = parseaddr(str(message.get("From", "")))
    sender = sender.lower()
    if not message_id:
        return MailProblem("no Message-ID header", sender=sender or None)
    if not sender or "@" not in sender:
        return MailProblem("no sender address", message_id=message_id)
    why_automatic = _automatic(message, sender, our_address)
    if why_automatic:
        return MailProblem(why_automatic, message_id=message_id, sender=sender)
    defects = [
        d
        for d in message.defects
        if "Missing" in type(d).__name__
        or "Boundary" in type(d).__name__
        or "Start" in type(d).__name__
    ]
    try:
        text, attachments, problem = _contents(message)
    except (LookupError, UnicodeError, ValueError) as exc:
        return MailProblem(f"cannot decode the mail: {exc}", message_id=message_id, sender=sender)
    if problem:
        return MailProblem(problem, message_id=message_id, sender=sender)
    if defects and not text.strip() and not attachments:
        return MailProblem(
            f"malformed MIME ({type(defects[0]).__name__})", message_id=message_id, sender=sender
        )
    references = _message_ids(_raw_header(message, "References"))[-MAX_REFERENCES:]
    replying_to = _message_ids(_raw_header(message, "In-Reply-To")[:MAX_FIELD])[:1]
    subject = str(message.get("Subject", "")).strip()
    return ParsedMail(
        message_id=message_id,
        sender=sender,
        sender_name=name,
        subject=subject,
        in_reply_to=(replying_to[0] if replying_to else None),
        references=references,
        text=new_text(text, subject),
        own=own_words(text, subject),
        attachments=attachments,
    )


def _raw_header(message: EmailMessage, name: str) -> str:
    """A header's text as it came (unfolded, no NULs), its last MAX_HEADER_CHARS at most.

    Read raw: the email package's structured parsing of a References header with 100k
    ids takes tens of seconds. The end is kept because the newest ids are last.
    """
    for key, value in message.raw_items():
        if key.lower() == name.lower():
            text = str(value)[-MAX_HEADER_CHARS:]
            return clean(re.sub(r"\r?\n[ \t]+", " ", text), MAX_HEADER_CHARS).strip()
    return ""


def _message_ids(text: str) -> list[str]:
    """The `<id@host>` in a References or In-Reply-To text (bare ids when none has <>)."""
    found = _MESSAGE_ID.findall(text)
    if not found:
        found = [address for _, address in getaddresses([text]) if address]
    return [found_id[:255] for found_id in found]


def _automatic(message: EmailMessage, sender: str, our_address: str | None) -> str | None:
    """Why this is a machine's mail we must never answer, if it is one."""
    auto = str(message.get("Auto-Submitted", "no")).lower()
    if auto and auto != "no":
        return f"auto-reply (Auto-Submitted: {auto})"
    if message.get("X-Autoreply") or message.get("X-Autorespond"):
        return "auto-reply (X-Autoreply)"
    if str(message.get("Precedence", "")).lower() in ("bulk", "junk", "list", "auto_reply"):
        return f"bulk or list mail (Precedence: {message.get('Precedence')})"
    if message.get_content_type() == "multipart/report" or sender.startswith(
        ("mailer-daemon@", "postmaster@")
    ):
        return "delivery report (bounce)"
    if our_address and sender == our_address.lower():
        return "mail from our own address (a loop)"
    return None


def _contents(message: EmailMessage) -> tuple[str, list[Attachment], str | None]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        content_type = part.get_content_type()
        filename = part.get_filename()
        if disposition == "attachment" or (filename and content_type != "text/plain"):
            payload = _bytes(part)
            if len(payload) > MAX_ATTACHMENT_BYTES:
                return (
                    "",
                    [],
                    (
                        f"attachment {filename!r} of {len(payload)} bytes is over the "
                        f"{MAX_ATTACHMENT_BYTES} byte limit"
                    ),
                )
            inline = disposition != "attachment" and bool(part.get("Content-ID"))
            attachments.append(
                Attachment(filename or "attachment", content_type, payload, inline=inline)
            )
            continue
        if content_type == "text/plain":
            plain.append(_text(part))
        elif content_type == "text/html":
            html.append(html_to_text(_text(part)))
    return ("\n".join(plain) if plain else "\n".join(html)), attachments, None


def _bytes(part: EmailMessage) -> bytes:
    """A leaf part's decoded payload (transfer encoding undone)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _text(part: EmailMessage) -> str:
    """Decode a text part; an unknown or lying charset falls back to UTF-8/Latin-1."""
    payload = _bytes(part)
    charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "cp1252", "latin-1"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1", errors="replace")


class _HTMLText(HTMLParser):
    """An HTML body as text; a table's row is one line, its cells apart by CELL.

    Outlook writes each cell as a paragraph: read as blocks, a row would fall apart
    into one line per cell and the quantity column would be lost.
    """

    BREAKS = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "table", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.rows = 0  # open <tr> elements: breaks inside a row are spaces
        self.cells = 0  # cells begun in the current row

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag == "tr":
            self.rows += 1
            self.cells = 0
        if tag in ("td", "th"):
            self.out.append(CELL if self.cells else " ")
            self.cells += 1
        elif tag in self.BREAKS:
            self.out.append(" " if self.rows and tag != "tr" else "\n")
        if tag == "blockquote":
            self.out.append("\n> ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head") and self.skip:
            self.skip -= 1
        if tag == "tr" and self.rows:
            self.rows -= 1
            return  # the next row's start or the table's end breaks the line
        if tag in self.BREAKS:
            self.out.append(" " if self.rows else "\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


# Between a table row's cells until the table is read (`_tables`): a private-use
# character, which neither mail nor str.split() takes for anything else.
CELL = "\ue000"


def html_to_text(html: str) -> str:
    """Readable text from an HTML mail body (line breaks kept, tags and styles dropped)."""
    parser = _HTMLText()
    parser.feed(html)
    text = "".join(parser.out)
    lines = [" ".join(line.replace(CELL, f" {CELL} ").split()) for line in text.split("\n")]
    return "\n".join(_tables(lines)).strip()


def _tables(lines: list[str]) -> list[str]:
    """Each table's rows: cells between pipes under a header that names its columns
    ("Ítem | Cant. | Unidad | Descripción", a pasted table's shape: bot/joined/tables.py),
    else the cells one after the other as the row's words ("20 bearing 6204-2RS")."""
    result: list[str] = []
    piped = False
    for i, line in enumerate(lines):
        if CELL in line and (i == 0 or CELL not in lines[i - 1]):  # a table's first row
            piped = header_columns([c.strip() for c in line.split(CELL)]) is not None
        result.append(line.replace(f" {CELL} ", " | " if piped else " ").replace(CELL, ""))
    return result
