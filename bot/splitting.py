"""WhatsApp bodies within Twilio's 1,600 characters.

Twilio refuses a longer body (errors 21617/21658), so every reply is cut into parts
before it is stored: on line boundaries, in order, each part ≤ `LIMIT`. A line's own
indented lines (an item's price and availability under its name, a question's options
under it) stay with it in one part, so a long list never leaves an item's price, or a
question's options, at the top of the next message; a block longer than a part is cut
between its lines, a single line longer than that between words (and a word longer than
that, anywhere).
"""

from __future__ import annotations

LIMIT = 1600


def split_body(text: str, limit: int = LIMIT) -> list[str]:
    """`text` as parts of at most `limit` characters, cut on line boundaries, in order."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for block in _blocks(text.split("\n"), limit):
        candidate = f"{current}\n{block}" if current else block
        if len(candidate) <= limit:
            current = candidate
            continue
        if current.strip():
            parts.append(current.rstrip())
        current = block
    if current.strip():
        parts.append(current.rstrip())
    return parts


def _blocks(lines: list[str], limit: int) -> list[str]:
    """Each line with the indented lines under it, as one piece when it fits a part."""
    grouped: list[list[str]] = []
    for line in lines:
        if grouped and line[:1].isspace() and line.strip():
            grouped[-1].append(line)
        else:
            grouped.append([line])
    result: list[str] = []
    for group in grouped:
        block = "\n".join(group)
        result += [block] if len(block) <= limit else _short_lines(group, limit)
    return result


def _short_lines(lines: list[str], limit: int) -> list[str]:
    result: list[str] = []
    for line in lines:
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit + 1)
            cut = cut if cut > 0 else limit
            result.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        result.append(line)
    return result
