"""Which cart lines a buyer's words name, and which open option.

"los pernos", "the caps", "el 6205", "los de 1.6": a line is named when every word the
buyer used for it is the line's: its SKU, item name, ERP description, family or brand,
read through the matcher's bilingual vocabulary (so "pernos" finds a "Hex bolt"), or the
buyer's own words when they asked for it. Corrections (flows/corrections.py), counts
told, reorders, stock and packs asked find their lines here, so a line is named the same
way whatever the message then does with it. This module changes nothing: what changes a
line is in flows/line_changes.py and flows/line_swaps.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from bot.corrections import (
    MIDDLE,
    Action,
    Correction,
    default_book,
)
from bot.intents import fillers
from bot.matching.lines import parse_line
from bot.matching.text import fold
from flows import cart, line_edits
from flows.turn import Turn

WORD = re.compile(r"[^\W_]+")


# A figure in a word of an item: a code ("6205", "e7018", "brg-10076"), unless a unit or a
# dimension follows it ("1000v", "100x2", "150mm" are sizes, never a name).
FIGURE = re.compile(
    r"(\d{3,})(?!\d|x|v|mm|cm|m\b|w\b|kw|a\b|amp|kg|g\b|lb|hp|rpm|psi|bar|in\b|ft)")


def figures_of(turn: Turn, lines: list[dict[str, Any]]) -> set[str]:
    """The figures the cart's lines are named by (a bearing's 6205, a rod's E7018, the
    digits of a SKU): said beside an edit they name the line, never its quantity."""
    return {found for line in lines for word in _raw_words(turn, line)
            for found in FIGURE.findall(word)}  # fmt: skip


def lines_named(turn: Turn, text: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The `lines` every word of `text` names ("los lentes oscuros", "the flap discs"), its
    filler words aside; none when it says nothing else."""
    said = " ".join(w for w in WORD.findall(fold(text)) if w not in fillers())
    wanted = _canonical(turn, said)
    if not wanted:
        return []
    return [line for line in lines if line["sku"] and _names(wanted, _line_words(turn, line))]


def named_by(turn: Turn, lines: list[dict[str, Any]]) -> line_edits.NamedBy:
    """The priced `lines` some words name, the correction cues and filler words aside;
    none said: the last line added."""

    def named(words: list[str]) -> list[dict[str, Any]]:
        book = default_book().phrases
        naming = [w for w in words if w not in fillers() and (w,) not in book]
        if not naming:
            found = fitting(turn, lines, Correction(Action.SET, last=True))
            return [ln for ln in found if ln["sku"]]
        return lines_named(turn, " ".join(naming), lines)

    return named


def option_named(turn: Turn, text: str) -> str | None:
    """The open option a message picks by its words ("la de inox con hilo npt", "the
    brass one"): the one option (its number) that has more of the buyer's words than any
    other, when every word it lacks is one no option has and no size or catalog word
    (those would ask for another item). None when the words pick no single option, or
    the message has a count (then it is items)."""
    choices: dict[str, dict[str, Any]] = turn.data.get("choices") or {}
    if not choices or parse_line(text).quantity_given:
        return None
    return one_named(turn, text, {n: c["sku"] for n, c in choices.items() if c.get("sku")})


def one_named(turn: Turn, text: str, options: dict[str, str]) -> str | None:
    """Of `options` (key → SKU), the one the words of `text` name (see `option_named`)."""
    vocabulary = turn.services.index.vocabulary
    said = fold(text)
    sizes = list(dict.fromkeys([*_SIZE.findall(said), *_MM.findall(said)]))  # "los de 1.6"
    words = _SIZE.sub(" ", _MM.sub(" ", said))
    wanted = [*sizes, *(w for w in dict.fromkeys(_canonical(turn, words))
                        if len(w) > 2 or re.search(r"\d", w))]  # fmt: skip
    if not wanted:
        return None
    named = {key: {w for w in wanted if (_size_of(turn, w, sku) if w in sizes
                                         else _names([w], _line_words(turn, {"sku": sku})))}
             for key, sku in options.items()}  # fmt: skip
    best = max((len(hits) for hits in named.values()), default=0)
    top = [key for key, hits in named.items() if len(hits) == best]
    if not best or len(top) != 1:
        return None
    anyone = set().union(*named.values())
    for word in wanted:
        if word not in named[top[0]] and (word in anyone or re.search(r"\d", word)
                                          or word in vocabulary.words):  # fmt: skip
            return None
    return top[0]


# A size with decimals said alone ("los de 1.6 para metal", "the 2,5 mm ones"): one figure
_SIZE = re.compile(r"(?<![\w.,/])\d+[.,]\d+(?![\w.,/])")
# A length in millimetres said alone ("30mm, zinc full thread", "los de 50 mm"): a figure of
# the item's name ("M10x30"), never a count
_MM = re.compile(r"(?<![\w.,/])(\d+(?:[.,]\d+)?)\s?mm\b")


def _size_of(turn: Turn, size: str, sku: str) -> bool:
    """Whether `size` ("1.6", "1,6") is a figure of the item's name or description, a
    dimension among others ("115X1.6X22.23") or alone ("ELECTRODO 2.5MM")."""
    product = cart.product_of(turn, sku)
    written = fold(f"{product.name} ; {product.description or ''}")
    whole, _, part = size.replace(",", ".").partition(".")
    figure = rf"{whole}[.,]{part}" if part else whole
    return re.search(rf"(?<![\d.,/]){figure}(?!\d|[.,/]\d)", written) is not None


def asked_about(turn: Turn, text: str, sku: str) -> bool:
    """Whether `text`, a line without a figure ("do you guys carry Gates V-belts?",
    "¿tienen rodamientos SKF?"), asks about the item `sku`: every word of the catalog's
    vocabulary and every brand it says is that item's."""
    if re.search(r"\d", text):
        return False
    index = turn.services.index
    wanted = [w for w in dict.fromkeys(_canonical(turn, text))
              if w in index.vocabulary.words or w in index.brands]  # fmt: skip
    return bool(wanted) and _names(wanted, _line_words(turn, {"sku": sku, "text": ""}))


def fitting(turn: Turn, lines: list[dict[str, Any]], said: Correction) -> list[dict[str, Any]]:
    if said.before is not None:  # "120 not 60": the line of 60 (among those the words name)
        named = fitting(turn, lines, replace(said, before=None)) if said.names_a_line else lines
        return [line for line in named if Decimal(line["qty"]) == said.before]
    if said.code:
        return [line for line in lines if line["sku"] == said.code]
    if said.position == MIDDLE:  # "the middle one": of an odd count of lines only
        return [lines[len(lines) // 2]] if len(lines) % 2 else []
    if said.position:  # "el segundo ponle 30": the line shown at that place
        return [lines[said.position - 1]] if said.position <= len(lines) else []
    if said.words:
        wanted = _canonical(turn, " ".join(said.words))
        found = [line for line in lines if _names(wanted, _line_words(turn, line))]
        return found or _read_as_named(turn, lines, said.words)
    last = turn.data.get("last_line")
    found = [line for line in lines if cart.key(line) == last]
    asked = [line for line in lines if line["sku"] and line.get("assumed")]
    if found and not found[0]["sku"] and len(asked) == 1:  # "poneme 8 de esos": the line
        return asked  # whose count was asked for, not words a seller completes since
    return found or ([lines[-1]] if last is None else [])


def _read_as_named(
    turn: Turn, lines: list[dict[str, Any]], words: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The lines the words name read another way, when read through the vocabulary they
    name none: each word as the buyer wrote it ("the caps": the cap screws, though "caps"
    alone reads as pipe caps), else the words with a size as the catalog reads them ("los
    discos de 9": the 230 mm discs, as the matcher reads 9"), every other word naming
    the line still."""
    def named(line: dict[str, Any], said: tuple[str, ...]) -> bool:
        return all(_names(_canonical(turn, w), _line_words(turn, line))
                   or _names(WORD.findall(fold(w)), _raw_words(turn, line)) for w in said)

    found = [line for line in lines if named(line, words)]
    if found or not any(re.search(r"\d", w) for w in words):
        return found
    plain = tuple(w for w in words if not re.search(r"\d", w))  # each must name it still
    result = turn.match(" ".join(words), asked=False)
    read = {result.sku, *(c.sku for c in result.candidates),
            *(c.sku for c in result.alternatives)} - {None}  # fmt: skip
    return [line for line in lines if line["sku"] in read and named(line, plain)]


def _raw_words(turn: Turn, line: dict[str, Any]) -> set[str]:
    """A cart line's words as written (not through the vocabulary), in every singular."""
    texts = [line.get("text") or ""]
    if line["sku"]:
        product = cart.product_of(turn, line["sku"])
        texts += [product.name, product.description or ""]
    return {form for word in WORD.findall(fold(" ; ".join(texts))) for form in _forms(word)}


def _names(wanted: list[str], words: set[str]) -> bool:
    """Every word the buyer used is the line's (either in the singular), or begins one
    of its words when it is long or a size (`m8` → `m8x40`, `rodam` → `rodamiento`)."""
    return all(
        not words.isdisjoint(_forms(w))
        or ((len(w) >= 4 or (re.search(r"\d", w) and re.search(r"[a-z]", w)))
            and any(word.startswith(w) for word in words))
        for w in wanted
    )  # fmt: skip


def _forms(word: str) -> set[str]:
    """A word and its singulars by the plural rules of both languages (bolts, uniones)."""
    forms = {word}
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
    return forms


def _line_words(turn: Turn, line: dict[str, Any]) -> set[str]:
    """What names a cart line: its product's SKU, name, description, family and brand,
    and the words (not the numbers) the buyer wrote for it; each in every singular."""
    said = " ".join(w for w in WORD.findall(fold(line.get("text") or "")) if not w.isdigit())
    texts = [said]
    if line["sku"]:
        product = cart.product_of(turn, line["sku"])
        texts += [product.sku, product.name, product.description or "", product.family or "",
                  product.brand or ""]  # fmt: skip
    words = {form for word in _canonical(turn, " ; ".join(texts)) for form in _forms(word)}
    return words | _TRADE_NAMES.get("electrode", set()) if "electrode" in words else words


# What the trade calls a line besides its catalog words: a welder's electrode is his "rod"
_TRADE_NAMES = {"electrode": {"rod", "varilla"}}


def _canonical(turn: Turn, text: str) -> list[str]:
    """Words through the matcher's vocabulary: "pernos", "bolts", "tornillos" → "bolt"."""
    return WORD.findall(turn.services.index.vocabulary.canonicalize(fold(text)))


def said_of(turn: Turn, text: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The `lines` whose item name carries the words of `text` as written (plurals aside):
    "the cap screws" is the socket head cap screw, though both it and a hex bolt are bolts."""
    words = [w.removesuffix("s") for w in WORD.findall(fold(text)) if w not in fillers()]
    names = {id(line): fold(cart.name_of(turn, cart.product_of(turn, line["sku"])) or "")
             for line in lines}  # fmt: skip
    return [line for line in lines if words and all(w in names[id(line)] for w in words)]

