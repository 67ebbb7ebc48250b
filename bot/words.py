"""The words of a buyer's message as the phrase lists read them.

One small module so that the readers of phrases (bot/intents.py) and of dates and
amounts (bot/promises.py) share one notion of a word without importing each other.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Laughter however long ("jajaja", "jejeje", "hahaha", "lol", "xd") is one word: "jaja".
LAUGH = re.compile(r"\b(?:(?:[jh][aei]){2,}[jh]?|l+o+l+|x+d+)\b")
# Variation selectors, joiners and skin tones: parts of an emoji, never words of their own.
EMOJI_NOISE = re.compile("[\ufe0f\u200d\U0001f3fb-\U0001f3ff]")


def words_of(text: str) -> list[str]:
    """Lower-case words without accents or punctuation; emoji kept as words."""
    if len(text) > SHORT:
        return list(_read(text))
    return list(_words(text))


# A turn reads the same short strings a dozen times (each phrase reader, each run-on key):
# read once per process (issue #19: ~3 % of a turn's CPU). Bounded in count and in size
# (a long mail is read as before), and a fresh list each call, so a caller that changes
# its list changes nobody else's.
SHORT = 200


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return _read(text)


def plain(text: str) -> str:
    """`text` lower case with its accents stripped ("Garantía" → "garantia"): how every
    reader of phrases compares a buyer's words with its own."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _read(text: str) -> tuple[str, ...]:
    text = plain(EMOJI_NOISE.sub("", text))
    text = text.replace("'", "").replace("’", "")  # what's → whats, i'll → ill
    text = LAUGH.sub("jaja", text)
    return tuple(re.findall(r"[^\W_]+|[^\w\s\x00-\x7f¡¿«»“”‘’–—…·•°º]", text))
