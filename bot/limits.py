"""How much of what arrives we read: request bodies, text fields, mail headers.

Anything over a limit is refused with a 4xx (a request body) or cut with the fact
recorded (a text field), never a 500 and never a reply the size of the input. NUL
characters, which PostgreSQL cannot store in text, are dropped from what we keep.
"""

from __future__ import annotations

MAX_REQUEST_BYTES = 1024 * 1024  # any HTTP request body (MAX_CONTENT_LENGTH): 413 past it
MAX_TEXT = 20_000  # characters of an inbound message kept whole (WhatsApp allows 4,096)
MAX_FIELD = 1_000  # characters of any other field we keep (names, ids, statuses)
MAX_REFERENCES = 50  # Message-IDs of a mail's References kept (the newest: threading)
MAX_HEADER_CHARS = 64 * 1024  # characters of one mail header read (References, In-Reply-To)


def clean(value: str, limit: int = MAX_FIELD) -> str:
    """`value` without NUL characters, cut to `limit` characters."""
    return value.replace("\x00", "")[:limit]


def has_nul(*values: object) -> bool:
    """Whether any string in `values` (nested in lists and dicts too) holds a NUL."""
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                return True
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    return False
