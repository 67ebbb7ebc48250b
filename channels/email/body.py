"""The new text of a mail body: what the sender wrote, without what they quoted or signed.

Mail clients put history under a reply ("El … escribió:", "On … wrote:", Outlook's
"De:/Enviado el:" or "From:/Sent:" block, "-----Original Message-----", `>` lines), and
senders sign with a sign-off, a name, a postal address, phones, a tax id and a legal
disclaimer. A reply's history is ours or old: it is cut. A *forwarded* mail is the
opposite: the request is in the forwarded part (Gmail's "---------- Forwarded message
---------", Apple's "Begin forwarded message:", or Outlook's header block under a
`FW:`/`RV:` subject), so its body is kept after the sender's own words, its header
lines dropped. `contact_line` names a signature's contact lines wherever they stand
(a PDF's letterhead too), so they are never read as items.
"""

from __future__ import annotations

import re

QUOTE_HEADERS = re.compile(
    r"^(?:On .+ wrote:|El .+ escribi[oó]:|-{2,} ?(?:Original Message|Mensaje original) ?-{2,}|"
    r"De: .+|From: .+|Enviado el: .+|Sent: .+)\s*$",
    re.I,
)
SIGN_OFF = re.compile(
    r"^(?:-- ?|__+|(?:un )?(?:cordial(?:es)? )?saludos?(?: cordiales| atentos)?[ ,.!]*|"
    r"atte[.,]?|atentamente[ ,.]*|cordialmente[ ,.]*|quedo atent[oa][ ,.]*|"
    r"(?:best |kind |warm )?regards[ ,.]*|best[ ,.]*|cheers[ ,.]*|sincerely[ ,.]*|"
    r"yours (?:truly|sincerely)[ ,.]*|enviado desde mi .+|sent from my .+)$",
    re.I,
)
# Where a forwarded mail starts, whatever the subject says.
FORWARDED = re.compile(
    r"^(?:-{2,} ?(?:Forwarded message|Mensaje reenviado) ?-{2,}|Begin forwarded message:|"
    r"Inicio del mensaje reenviado:)\s*$",
    re.I,
)
FORWARD_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw)\s*:\s*)*(?:fwd?|rv|reenv(?:iar|iado)?|tr)\s*:", re.I
)
_HEADER_LINE = re.compile(
    r"^\s*\*?(?:from|de|date|fecha|sent|enviado(?: el)?|to|para|cc|subject|asunto)\*?\s*:", re.I
)

# A signature's contact lines: phones, tax ids, postal addresses, web and mail addresses.
_CONTACT = re.compile(
    r"\b(?:tel|tel[eé]fono|telf|fono|phone|cel|celular|m[oó]vil|mobile|fax|whatsapp)\b\.?:?\s*"
    r"[+(]?\d[\d\s().-]{6,}"
    r"|(?<![\w+])\+\d{1,3}\s?\(?\d{1,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}\b"
    r"|\(\d{1,4}\)\s?\d{3,4}[\s.-]\d{4}\b"
    r"|\b(?:RUT|RUC|EIN|NIT|CUIT|CUIL|RFC|VAT|CIF|NIF|Tax ID)\b\.?:?\s*(?:N[°º.o]*\s*)?"
    r"\d[\d.\s-]{5,}"
    r"|\b(?:Av|Avda)\.\s|\b(?:Avenida|Calle)\s+[A-ZÁÉÍÓÚ]|\bpiso\s+\d"
    # "Houston, TX 77063" ending a line, "8800 Westpark Dr," (not "Filtro de aceite, LF
    # 16015 Fleetguard", not "20 barras St 52")
    r"|\b[A-Z][a-z]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$"
    r"|\b\d{2,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:St|Ave|Blvd|Dr|Rd|Street|Road|Drive|Avenue|Way)"
    r"\b\.?(?:,|$)"
    r"|\bwww\.\w|\bhttps?://|[\w.+-]+@[\w-]+\.\w",
)


def contact_line(line: str) -> bool:
    """Whether a line is a signature's or letterhead's contact details, not an item."""
    return bool(_CONTACT.search(line))


def new_text(text: str, subject: str = "") -> str:
    """What the sender wrote: their own words, and the body of a mail they forward."""
    lines = text.replace("\r\n", "\n").split("\n")
    start = _forwarded_at(lines, subject)
    if start is None:
        return strip_quoted(text)
    own = strip_quoted("\n".join(lines[:start]))
    rest = lines[start + 1 :] if FORWARDED.match(lines[start].strip()) else lines[start:]
    while rest and (not rest[0].strip() or _HEADER_LINE.match(rest[0])
                    or QUOTE_HEADERS.match(rest[0].strip())):  # fmt: skip
        rest = rest[1:]
    return "\n\n".join(part for part in (own, strip_quoted("\n".join(rest))) if part)


def own_words(text: str, subject: str = "") -> str | None:
    """The sender's own words above a mail they forward (what tells the language they
    write in); None when the mail forwards nothing."""
    lines = text.replace("\r\n", "\n").split("\n")
    start = _forwarded_at(lines, subject)
    return None if start is None else strip_quoted("\n".join(lines[:start]))


def _forwarded_at(lines: list[str], subject: str) -> int | None:
    """The line a forwarded mail starts at; None for a mail that forwards nothing, and for
    a reply (a forward deep in its quoted history is history too)."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if FORWARDED.match(stripped):
            return i
        if stripped.startswith(">"):
            return None
        if QUOTE_HEADERS.match(stripped):
            return i if FORWARD_SUBJECT.match(subject) else None
    return None


def strip_quoted(text: str) -> str:
    """The new text of a reply: stop at quoted history or the signature."""
    kept = []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith(">") or QUOTE_HEADERS.match(stripped):
            break
        if SIGN_OFF.match(stripped):
            break
        kept.append(line.rstrip())
    return "\n".join(kept).strip()
