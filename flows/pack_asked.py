"""A question about a cart line's pack: "how many ties in a bag btw", "las bolsas traen
100 cierto?", "cuántas amarras son en total?". Read as items it became a line of its own
(options of every tie the shop sells, or "not in our catalog" for a seller), so the next
"order" asked to pick one first or made a quote for a seller. It asks nothing new: it is
answered from the cart's lines sold by the pack (bot/packs.py), what one pack holds and
what the line's packs hold in all, and the cart is left as it was.

It is such a question when it asks (a question mark, "how many", "cuántas", "cierto"),
names a pack or a total ("bag", "bolsa", "caja", "en total"), and what is left once those
words are set aside names packed cart lines (flows/line_words.py `lines_named`), or
nothing; any figure in it is a pack's size or a count the answer states ("traen 100?").
A total asked in money ("how much is it in total?", "¿cuánto sale en total?") is none.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from bot.formatting import quantity_text
from bot.matching.text import fold
from flows import cart
from flows.line_words import lines_named
from flows.turn import Turn

_ASKING = re.compile(r"\?|\bhow many\b|\bcu[aá]nt[oa]s\b|\bcierto\b|\bverdad\b|\bright\b", re.I)
# A count asked or checked, which a figure in the question must come with ("traen 100 cierto?").
_COUNT = re.compile(r"\bhow many\b|\bcu[aá]nt[oa]s\b|\bcierto\b|\bverdad\b|\bright\b|\btrae[n]?\b|"
                    r"\bvienen?\b|\bcomes?\b|\bholds?\b|\bcorrect\b", re.I)
_PACK = re.compile(r"\b(?:bags?|bolsas?|box(?:es)?|cajas?|packs?|paquetes?|total)\b", re.I)
# What the cart costs: "how much is it in total?", "¿cuánto sale en total?" (a pack not named).
_MONEY = re.compile(r"\bhow much\b|\bcuanto (?:es|sale|seria|queda|cuesta|vale|da)\b"
                    r"|\bpag(?:ar|o)\b|\bpay\b|\bprice|\bprecio|\bcost|\$|\busd\b", re.I)
# The question's own words, set aside before the rest names a cart line (folded text).
_SCAFFOLD = re.compile(
    r"\b(?:how many|how much|cuant[oa]s|bags?|bolsas?|box(?:es)?|cajas?|packs?|paquetes?|"
    r"in total|en total|total|all|in all|todo|todas?|todos|in|en|a|an|each|one|per|por|cada|"
    r"una?|come|comes|trae|traen|viene|vienen|hold|holds|have|has|are|is|there|it|they|"
    r"son|es|hay|los|las|el|la|de|del|of|the|those|these|esas?|esos?|right|cierto|verdad|"
    r"no|btw|by the way|y|and|so|ok|k|oye|pls|please|porfa|entonces|then|again|pieces|"
    r"pcs|units|unidades|piezas|how|many|do|does|you|u|that|thats|eso|what|que|"
    r"or|o|pues|bueno|sorry|perdon|quick|q|question|pregunta|oh|also|tambien)\b|[?¿!.,:;]",
    re.I,
)


def answer(turn: Turn) -> bool:
    """Answer a question about the cart's packs; False when the message is none."""
    text = turn.text.strip()
    found = _PACK.findall(fold(text))
    if "\n" in text or not _ASKING.search(text) or not found:
        return False
    if _MONEY.search(fold(text)) and {f.lower() for f in found} == {"total"}:
        return False  # what it costs in all: the cart's total, not its packs
    packed = [(line, facts) for line in cart.priced(turn)
              if (facts := cart.packed(turn, line)) is not None]  # fmt: skip
    if not packed:
        return False
    figures = set(re.findall(r"\d+", text))
    said = re.sub(r"\d+", " ", _SCAFFOLD.sub(" ", fold(text)))
    named = [line for line, _ in packed if _written(turn, said, line)] if said.strip() else []
    if said.strip() and not named:
        return False  # words of something else ("how many in a box of the m8 bolts?")
    asked = [(line, facts) for line, facts in packed if not named or line in named]
    told = {f for _, facts in asked for f in (facts["size"], facts["contents"], facts["packs"])}
    total = sum((Decimal(facts["contents"]) for _, facts in asked), Decimal(0))
    if figures - told - {quantity_text(total)} or (figures and not _COUNT.search(text)):
        return False  # another count, or a count not asked about: "2 bags?" adds, as ever
    rows: list[dict[str, Any]] = []
    for line, facts in asked:
        product = cart.product_of(turn, line["sku"])
        rows.append({"sku": product.sku, "name": cart.name_of(turn, product), "pack": facts})
    turn.say("pack_asked", rows=rows, total=quantity_text(total),
             pieces=asked[0][1]["pieces"])  # fmt: skip
    return True


def _written(turn: Turn, said: str, line: dict[str, Any]) -> bool:
    """Whether the words left of the question name `line`: through the vocabulary as a
    correction names it, or each word (in the singular) as written in the buyer's words,
    the item's name or its ERP description ("plugs" for a "wall plug" the vocabulary reads
    as an anchor)."""
    if lines_named(turn, said, [line]):
        return True
    product = cart.product_of(turn, line["sku"])
    written = set(re.findall(r"[^\W\d_]+", fold(
        f"{line.get('text') or ''} {product.name} {product.description or ''}")))
    return all({word, word.rstrip("s"), word[:-2]} & written for word in said.split())
