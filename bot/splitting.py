"""WhatsApp bodies within Twilio's 1,600 characters.

Twilio refuses a longer body (errors 21617/21658), so every reply is cut into parts
before it is stored: on line boundaries, in order, each part ≤ `LIMIT`; a single line
longer than that is cut between words (and a word longer than that, anywhere).
"""

from __future__ import annotations

LIMIT = 1600


def split_body(text: str, limit: int = LIMIT) -> list[str]:
    """`text` as parts of at most `limit` characters, cut on line boundaries, in order."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in _short_lines(text.split("\n"), limit):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current.strip():
            parts.append(current.rstrip())
        current = line
    if current.strip():
        parts.append(current.rstrip())
    return parts


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
