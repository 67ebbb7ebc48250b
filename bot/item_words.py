"""Whether a text names an item the catalog's vocabulary knows (vocabulary.csv).

Two readers ask it: bot/joined/ (words before an asking phrase that name an item
themselves: "do you sell ball valves? need 4 of the 1 inch brass npt") and bot/intents.py
(a promise or a status phrase beside an item is a request: "4 contactors …, we'll send our
truck for them on friday"). It lives below both because bot/joined/ imports
bot/intents.py; the vocabulary is loaded once for the process and shared. A third,
flows/sales.py's price talk, also asks whether a text writes a catalog code (`names_code`),
which no vocabulary word says.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from bot.matching.index import CatalogIndex
from bot.matching.matcher import NEUTRAL
from bot.matching.text import fold
from bot.matching.vocabulary import Vocabulary


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary.load()


def names_item(text: str) -> bool:
    """A word of three letters or more of the catalog's vocabulary that is not only
    courtesy (matcher.NEUTRAL)."""
    return bool(item_words(text))


def item_words(text: str) -> list[str]:
    """The words of `text` that name items (see `names_item`), folded."""
    known = vocabulary().words
    return [w for w in re.findall(r"[^\W\d_]{3,}", fold(text)) if w in known and w not in NEUTRAL]


# A token as codes are written ("FAS-10022", "0100035", "MLA-44-1000"), or a word (the first
# half of a code split by a space).
_CODE_LIKE = re.compile(r"[^\W_][\w\-./]*\d[\w\-./]*|[^\W_]+")


def names_code(index: CatalogIndex, text: str, customer_id: str | None) -> bool:
    """Whether `text` writes one of our SKUs or this customer's own part number exactly
    ("200 x FAS-10022, best price?"): an exact code names an item (SPEC) though no word of
    the vocabulary does. A code split by a space ("FAS 10022") counts too."""
    tokens = [t.strip(".-/") for t in _CODE_LIKE.findall(text)]
    said = [*tokens, *(a + b for a, b in pairwise(tokens))]
    return any(re.search(r"\d", t) and index.is_code(t, customer_id) for t in said)
