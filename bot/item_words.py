"""Whether a text names an item the catalog's vocabulary knows (vocabulary.csv).

Two readers ask it: bot/joined.py (words before an asking phrase that name an item
themselves: "do you sell ball valves? need 4 of the 1 inch brass npt") and bot/intents.py
(a promise or a status phrase beside an item is a request: "4 contactors …, we'll send our
truck for them on friday"). It lives below both because bot/joined.py imports
bot/intents.py; the vocabulary is loaded once for the process and shared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.matcher import NEUTRAL
from bot.matching.text import fold
from bot.matching.vocabulary import Vocabulary


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary.load()


def names_item(text: str) -> bool:
    """A word of three letters or more of the catalog's vocabulary that is not only
    courtesy (matcher.NEUTRAL)."""
    words = re.findall(r"[^\W\d_]{3,}", fold(text))
    known = vocabulary().words
    return any(w in known and w not in NEUTRAL for w in words)
