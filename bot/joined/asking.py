"""The words a buyer asks with before the items ("hey this is dave … i need 12 …",
"consulta: ¿cuánto me sale …?", "… ocupo"): taken off so the item starts at its count.

The asking phrases are data (runons.csv `ask`), shared with the run-on reader.
"""

from __future__ import annotations

import re

from bot.companies import without_companies
from bot.intents import strip_opening
from bot.item_words import names_item
from bot.joined.items import LEADS_WITH_COUNT, has_own_count, reads_as_item
from bot.runon_words import find as _find
from bot.runon_words import key as _key
from bot.runon_words import phrases as _phrases


def after_asking(part: str) -> str:
    """ "hey this is dave from northwind i need 12 breakers" → "12 breakers": the words
    before the last asking phrase that is followed by a count (politeness between them
    allowed: "necesito que me coticen 10 …") are not the item."""
    phrases = _phrases()
    spans = list(re.finditer(r"\S+", part))
    keys = [_key(m[0]) for m in spans]
    for _, end in reversed(_find(keys, phrases.ask, phrases.longest)):
        if end >= len(spans):
            continue
        rest = strip_opening(part[spans[end].start() :])
        if LEADS_WITH_COUNT.match(rest) and has_own_count(rest):
            # a company's words are no item's: "this is Delta Pumps Inc … we need 4 belts"
            head = without_companies(part[: spans[end].start()])
            return part if names_item(head) else rest
    return part


def after_opening(part: str) -> str:
    """A part without the greeting and the asking words before it ("need 6204 …")."""
    bare = strip_opening(part)
    phrases = _phrases()
    words = bare.split()
    keys = [_key(w) for w in words]
    for size in range(min(phrases.longest, len(keys) - 1), 0, -1):
        if tuple(keys[:size]) in phrases.ask:
            return " ".join(words[size:])
    return bare


def without_asking_end(part: str) -> str:
    """ "… zincadas? ocupo" → "… zincadas?": the asking words just before a count."""
    phrases = _phrases()
    keys = [_key(m) for m in part.split()]
    for size in range(min(phrases.longest, len(keys)), 0, -1):
        if tuple(keys[len(keys) - size :]) in phrases.ask:
            return " ".join(part.split()[: len(keys) - size])
    return part


def after_colon(line: str) -> str:
    """ "me colabora con la cotización de: ocho correas A52 …", "consulta: ¿cuánto me sale
    …?": the words before a colon that name no item introduce what follows it."""
    head, colon, rest = line.partition(": ")
    if not colon or re.search(r"\d", head) or reads_as_item(head) or names_item(head):
        return line
    rest = strip_opening(rest.strip().lstrip("¿¡ "))
    asked = strip_opening(after_asking(rest).lstrip("¿¡ "))
    rest = asked if LEADS_WITH_COUNT.match(asked) else rest
    return rest if LEADS_WITH_COUNT.match(rest) and has_own_count(rest) else line
