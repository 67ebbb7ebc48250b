"""Talk between the items: what a buyer says that asks for nothing.

Buyers chat while they order: "jaja aquí con un calor terrible, ya ni el ventilador sirve 🥵",
"rough week, shop's slammed lol", "soy el Jorge, te escribo del cel de la Carla", "this is
Dave on my buddy's phone". A line the matcher found nothing for is such talk when it carries
laughter, a face or who is writing, and no figure and no word of the catalog's vocabulary:
it is no item, so it is never kept as an open cart line for a seller to "complete" (an
unknown item, "un ventilador industrial", has neither laughter nor a name said, and stays).
The flow (flows/sales.py) also checks the catalog's brands, which live in its index.
"""

from __future__ import annotations

import re
import unicodedata

from bot.item_words import names_item
from bot.matching.text import fold
from bot.words import words_of

# Who is writing, said at the start of a line: "soy el jorge", "habla Carla", "te escribo
# del cel de…", "this is dave from…", "it's tom, on sarah's phone", "dave here".
_WHO = re.compile(
    r"^\W*(?:(?:hola|buenas|hi|hey|hello|oye|ey)\W+)*(?:"
    r"soy (?:el |la )?[a-z]+|habla (?:el |la )?[a-z]+|"
    r"te escribo|le escribo|les escribo|this is [a-z]+|it'?s [a-z]+\W+(?:on|from|at|here)\b|"
    r"[a-z]+ here\b|writing from|texting from)"
)


def _a_face(word: str) -> bool:
    return any(unicodedata.category(c) == "So" for c in word)


def is_talk(text: str) -> bool:
    """Whether `text` is talk (see the module docstring): laughter, a face or who is
    writing, with no figure and no word of the catalog's vocabulary."""
    if re.search(r"\d", text) or names_item(text):
        return False
    words = words_of(text)
    return "jaja" in words or any(_a_face(w) for w in words) or bool(_WHO.search(fold(text)))
