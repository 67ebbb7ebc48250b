"""What a forwarded or copied message wraps around its items: WhatsApp's bold and italic
marks, a chat's stamp and sender, emoji bullets, a forwarded mail's marker and header
fields, a list's title and its total. None of them is an item.
"""

from __future__ import annotations

import re

from bot.joined.items import has_own_count, reads_as_item

# A WhatsApp chat copied and forwarded keeps each message's stamp and sender before its
# words: "[09:14, 25/11/2026] Pedro Bodega: …", "[11/25/26, 8:02 AM] Luis Maint: …" (the
# app's copy), "25/11/2026 09:14 - Pedro: …" (its export). Neither the time nor the date
# is a count, nor the name an item: what the line asks for is what follows.
CHAT_STAMP = re.compile(
    r"^(?:\[[^\]\n]{0,24}\d{1,2}:\d{2}[^\]\n]{0,16}\]|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?\s+-)"
    r"\s*(?:[^\W\d_][^:\n\d\[\]]{0,38}:(?:\s+|$))?",
    re.IGNORECASE,
)
# Emoji set before each line as its bullet ("🔩 300 pernos …", "⚙️ 6 rodamientos …",
# "▪️ 4 válvulas", "➡️ …"): pictographs, dingbats, arrows and shapes, with their
# variation selector, joiner and skin tone. (A keycap "1️⃣" numbers the line: lines.py.)
EMOJI_BULLET = re.compile(
    r"^(?:[\U0001F000-\U0001FAFF\u2190-\u21FF\u25A0-\u25FF\u2600-\u27BF\u2B00-\u2BFF]"
    r"[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*\s*)+(?=\S)"
)
# The same emoji between the words of a line of items ("yo 👋 🔩 250 x M8x40 hex bolts 👍 and
# 🧤 12 pr gloves"): bullets and nods, not part of an item (a pointing hand ending a line
# introduces a list: HEADING_END, read before).
EMOJI_BETWEEN = re.compile(
    r"(?<=\s)(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
    r"[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*\s*)+(?=\S|$)"
)


def unmarked(line: str) -> str:
    """A line without WhatsApp's bold, italic or strike marks around it ("*PEDIDO*"), nor
    a forwarded chat's stamp and sender, nor an emoji set as its bullet."""
    line = EMOJI_BULLET.sub("", CHAT_STAMP.sub("", line))
    if EMOJI_BETWEEN.search(line) and re.search(r"\d", line):
        line = re.sub(r"\s{2,}", " ", EMOJI_BETWEEN.sub(" ", line)).strip()
    while len(line) > 2 and line[0] == line[-1] and line[0] in "*_~":
        line = line[1:-1].strip()
    return line


# A forwarded mail's marker line ("---------- Forwarded message ---------", "-----Mensaje
# original-----", "Begin forwarded message:") and its header fields ("De:", "From:", "Date:",
# "Enviado:", "Asunto:", "Subject:", "Para:", "To:", "Cc:"): none of them is an item.
FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|mensaje reenviado|original message|mensaje original|"
    r"mensaje reenviado de)\s*-{2,}|(?:begin forwarded message|inicio del mensaje reenviado)\s*:?)"
    r"\s*$", re.IGNORECASE,
)
MAIL_FIELD = re.compile(
    r"^\s*(?:from|de|sent|enviado|enviado el|date|fecha|subject|asunto|to|para|cc|cco|bcc|"
    r"reply-to|responder a)\s*:\s", re.IGNORECASE,
)
MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def mail_header(raws: list[str]) -> set[int]:
    """The lines of a forwarded mail's marker and header fields in a message: the marker
    always; the fields ("De:", "From:", "Asunto:" …) after a marker, or when two or more
    stand in the message, or when one names a mail address."""
    marked = any(FORWARD_MARK.match(raw) for raw in raws)
    fields = [at for at, raw in enumerate(raws) if MAIL_FIELD.match(raw)]
    many = len(fields) > 1
    return {at for at, raw in enumerate(raws) if FORWARD_MARK.match(raw)} | {
        at for at in fields if marked or many or MAIL_ADDRESS.search(raws[at])
    }


# How the words introducing a list end: a colon, a hand or an arrow pointing down.
HEADING_END = re.compile(r"(?::|👇[\U0001F3FB-\U0001F3FF]?|⬇️?|⤵️?|🔽)\s*$")


def heading(marked: str, line: str) -> bool:
    """Whether a line of a list is its title or the words introducing it, not an item:
    "*REQUERIMIENTO MANTENCION PLANTA 2*", "te reenvío lo que pidió el jefe 👇",
    "Materiales:" — marked bold/italic, or ending in a colon or a pointing hand, and
    reading as no item (no count, no catalog word with a size)."""
    if not line or "|" in line:
        return False
    shaped = marked != line or bool(HEADING_END.search(line))
    return shaped and not has_own_count(line) and not reads_as_item(line)


# A total under a list ("Total lines: 3", "Total: 4 items", "Total ítems 3"): no item.
TOTAL_LINE = re.compile(
    r"^\s*(?:sub)?total(?:es)?(?:\s+(?:de\s+)?(?:lines?|items?|[ií]tems?|l[ií]neas?|"
    r"art[ií]culos?|partidas?|rows?|filas?))?\s*[:=]?\s*\d{0,4}\s*(?:lines?|items?|"
    r"l[ií]neas?|[ií]tems?)?\s*$", re.IGNORECASE,
)
