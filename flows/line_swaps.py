"""A cart line becomes another item, its quantity kept.

"cambia el 6305 a 6205" (another figure), "era el MLA-47-1080" (another code), "eran M12
no M10" (another size), "los pernos eran de 60 de largo" (another length), "tienen que
ser 2rs" (another variant), "mejor Dayco" (another brand), "dame el más barato" (the
cheapest of its brands), "mejor la de inox npt" (another of the options it was picked
from). Each reads the buyer's words for the line with the change in place and takes the
one item the matcher settles on (or an ERP substitute), never one the cart holds unless
both are joined; None when the message asks no such thing, so flows/corrections.py tries
the next reading. Its own module because every swap goes through the matcher, where a
change of count (flows/line_changes.py) never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from bot import audit
from bot.corrections import (
    CODE_DIGITS,
    Action,
    Correction,
    brands_asked,
    cheapest_asked,
    named_variant_asked,
    says_instead,
    swap_asked,
    variant_asked,
    wrong_one,
)
from bot.handoff import subject_of
from bot.matching.lines import parse_line
from bot.matching.notation import read as read_notation
from bot.matching.text import fold
from bot.models import Product
from bot.statuses import LineDecision
from flows import cart, line_edits
from flows.chat_states import CHOOSING, IDLE
from flows.line_changes import answered
from flows.line_words import FIGURE, WORD, figures_of, fitting, lines_named, named_by, one_named
from flows.turn import Turn

# A word of an item's description, a size's fraction or decimal kept whole ("1/2", "4.5"):
# "bola bronce 1/2 npt" made inox stays 1/2, never "1 2" (a 2" valve).
_TERM = re.compile(r"\d+(?:[/.,]\d+)+|[^\W_]+")


def lengthened(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "los pernos eran de 60 de largo": the named line becomes that length's item."""
    found = line_edits.lengthening(turn, lines, turn.text, named_by(turn, lines))
    if found is None:
        return None
    line, other = found
    return replaced(turn, line, fold(other.name), other)


def remember_options(turn: Turn, line: dict[str, Any], skus: list[str]) -> None:
    """The options a line was picked from, so "mejor la de acero inoxidable npt", "wait, I
    meant stainless with npt thread" later swaps it for another of them."""
    turn.data["options_of"] = {"line": cart.key(line), "skus": skus}


def other_option(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """The line last picked from options becomes another of those options, named by its
    words ("mmm no, mejor la de acero inoxidable npt"), the quantity kept; None when the
    words name no single option (or the message has a count: items); the option the line
    is already: the cart, unchanged."""
    kept = turn.data.get("options_of") or {}
    line = next((ln for ln in lines if kept and cart.key(ln) == kept.get("line")), None)
    if line is None or not line["sku"] or parse_line(turn.text).quantity_given:
        return None
    others = {sku: sku for sku in kept["skus"] if sku != line["sku"]
              and not any(ln["sku"] == sku for ln in lines)}  # fmt: skip
    picked = one_named(turn, turn.text, {**others, line["sku"]: line["sku"]})
    if picked is None:
        return None
    if picked == line["sku"]:  # the option it already is: the cart as it stands
        answered(turn, [])
        return CHOOSING if turn.data.get("choices") else IDLE
    state = replaced(turn, line, line.get("text") or "", cart.product_of(turn, picked))
    turn.data["options_of"] = {**kept, "line": cart.key(line)}  # named by its new SKU
    return state


def cheapest_options(turn: Turn, text: str) -> tuple[int, ...]:
    """ "dame el más barato nomás", "whichever's cheapest is fine" while options wait: the
    number of the option with the lowest unit price for this customer (at the quantity
    asked) in each open question; () when the message asks no such thing."""
    choices: dict[str, dict[str, Any]] = turn.data.get("choices") or {}
    if not choices or not cheapest_asked(text):
        return ()
    picked = []
    for question in turn.data.get("pending", []):
        open_ = [c["number"] for c in question["candidates"] if c["number"] in choices
                 and choices[c["number"]].get("sku") and not choices[c["number"]].get("edit")]
        if open_:
            picked.append(min(open_, key=lambda n: _price_key(turn, choices[n])))
    return tuple(int(n) for n in picked)


def _price_key(turn: Turn, choice: dict[str, Any]) -> tuple[Decimal, str]:
    quantity = max(Decimal(choice.get("qty") or 1), Decimal(1))
    return cart.unit_price(turn, choice["sku"], quantity), choice["sku"]


def other_brand(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "no, mejor Dayco: las Gates no me las aceptan en faena", "make them SKF": every cart
    line (of the brand named beside, when one is) that the asked brand also makes takes
    that brand's item, the quantity kept; None when the message asks no such thing."""
    index = turn.services.index
    named = brands_asked(turn.text, index.brands) or []
    bare = not named
    if bare:  # "ok la bando entonces": a brand alone, when a cart line's substitute has it
        named = brands_asked(turn.text, index.brands, bare=True) or []
        offered = (other for ln in lines if ln["sku"]
                   for other in substitutes(turn, cart.product_of(turn, ln["sku"])))  # fmt: skip
        if not named or not any(fold(other.brand or "") == named[0] for other in offered):
            return None
    had = {fold(cart.product_of(turn, ln["sku"]).brand or ""): ln for ln in lines if ln["sku"]}
    asked = [b for b in named if b not in had]
    # "swap the NSK 6304s for the NTN ones": a size or code said names which lines
    sizes = {w.removesuffix("s") for w in WORD.findall(fold(turn.text)) if re.search(r"\d", w)}
    sized = {cart.key(ln) for ln in lines if ln["sku"] and sizes & set(WORD.findall(fold(
        f"{ln['sku']} {cart.product_of(turn, ln['sku']).name}")))}  # fmt: skip
    denied = [b for b in named if NOT_BRAND.search(fold(turn.text).replace(b, "\0"))]
    if not asked and len(named) == 2 and len(denied) == 1:
        # both brands are in the cart: "the 6206s should be SKF, not NSK" says which goes
        asked = [b for b in named if b not in denied]
        old_brands = denied
    elif not asked and len(named) == 1 and sized:
        asked, old_brands = named, []  # "the 6203 ones need to be SKF": that line takes it
    elif not asked and not bare and not denied and set(had) == set(named) \
            and TAKE_BRAND.search(fold(turn.text)):  # fmt: skip
        answered(turn, [])  # "swap to lincoln" when every line is Lincoln: the cart as it is
        return CHOOSING if turn.data.get("choices") else IDLE
    elif len(asked) != 1:
        return None
    else:
        old_brands = [b for b in named if b in had]
    changes: list[dict[str, Any] | None] = []
    for line in [ln for ln in lines if ln["sku"]]:
        product = cart.product_of(turn, line["sku"])
        if old_brands and fold(product.brand or "") not in old_brands:
            continue
        if sized and cart.key(line) not in sized:
            continue
        other = in_brand(turn, product, line, asked[0])
        if other is None or any(ln["sku"] == other.sku for ln in lines):
            continue
        before = cart.name_of(turn, product)
        cart.replace_sku(turn, product.sku, other.sku)
        line.pop("priced", None)
        turn.data["last_line"] = cart.key(line)
        audit.record(turn.session, subject_of(turn.conversation.id or 0), "cart_corrected",
                     turn.actor, turn.cause, sku=product.sku, text=line["text"],
                     before=Decimal(line["qty"]), after=Decimal(line["qty"]), to_sku=other.sku,
                     said=turn.text[:200])  # fmt: skip
        changes.append({"removed": False, "replaced": before, "name": cart.name_of(turn, other)})
    if not changes and bare:
        return None
    if not changes:  # said, not read as an item: no line of the cart comes in that brand
        shown = turn.session.exec(select(Product.brand).where(
            sa.func.lower(Product.brand) == asked[0]).limit(1)).first()  # fmt: skip
        reason = turn.wording.phrase("no_line_in_brand", turn.language, brand=shown or asked[0])
        turn.say("problem", reason=reason)
        return CHOOSING if turn.data.get("choices") else IDLE
    turn.data.pop("short", None)
    answered(turn, changes)
    return CHOOSING if turn.data.get("choices") else IDLE


# A brand asked in so many words ("swap to lincoln", "make them SKF", "pásalas a gates", "go
# with the NSK"): said of the brand every line has already, the cart as it is (`other_brand`);
# "las gates no me las aceptan" names the brand and asks for none.
TAKE_BRAND = re.compile(r"\b(?:swap|switch|change|make|go with|stick with|keep|use|pas\w*|"
                        r"cambi\w*|pon\w*|dej\w*|mejor|que sean?|dale con|me quedo con)\b")
# The brand a swap takes away, said after a negation ("SKF, not NSK", "NTN y no SKF",
# "en vez de las Gates"); the brand's place is marked \0 in the folded message.
NOT_BRAND = re.compile(r"\b(?:not|no|instead of|rather than|en vez de|en lugar de|y no|and not)"
                        r"\s+(?:(?:the|las|los|el|la|de|del)\s+)?\0")


def cheapest_brand(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "go with the cheapest one" after a line settled with other brands shown: the last
    line added becomes the cheapest for this customer of it, the other brands its words
    find and the ERP's substitutes, the quantity kept; None when the message asks no
    such thing or names no single line."""
    if not cheapest_asked(turn.text):
        return None
    found = fitting(turn, lines, Correction(Action.SET, last=True))
    if len(found) != 1 or not found[0]["sku"]:
        return None
    line = found[0]
    product = cart.product_of(turn, line["sku"])
    result = turn.match(line.get("text") or "")
    taken = {ln["sku"] for ln in lines if ln is not line}
    skus = [sku for sku in dict.fromkeys([product.sku, *(c.sku for c in result.alternatives),
                                          *(p.sku for p in substitutes(turn, product))])
            if sku and sku not in taken]  # fmt: skip
    best = min(skus, key=lambda sku: _price_key(turn, {"sku": sku, "qty": line["qty"]}))
    if best == product.sku:
        answered(turn, [])
        return CHOOSING if turn.data.get("choices") else IDLE
    return replaced(turn, line, line.get("text") or "", cart.product_of(turn, best))


# A code as buyers and ERPs write them: letters and digits in parts joined by dashes
# ("MLA-47-1080", "FAS-10022", "6204-2rs" is no code: it has no part with letters first).
_CODE = re.compile(r"(?<![\w-])[a-z]{1,6}(?:-[a-z0-9]+)+(?![\w-])")


def other_code(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "el MLA-47-1030 no, me equivoqué de código, era el MLA-47-1080", "not FAS-10022, I
    meant FAS-10023": two codes and a cue that one was wrong ("no", "era", "meant"); the
    line that has one of them (its SKU, or in the buyer's words for it) becomes the item
    the other one settles, the quantity kept. None when the message is no such thing."""
    folded = fold(turn.text)
    codes = [c for c in dict.fromkeys(_CODE.findall(folded)) if re.search(r"\d", c)]
    if len(codes) != 2 or not says_instead(re.sub(_CODE, " ", folded)):
        return None
    holding = [(line, code) for line in lines if line["sku"] for code in codes
               if code == line["sku"].lower() or re.search(
                   rf"(?<![\w-]){re.escape(code)}(?![\w-])", fold(line.get("text") or ""))]
    if len(holding) != 1:
        return None
    line, old = holding[0]
    new = next(code for code in codes if code != old)
    result = turn.match(new, asked=False)
    if (result.decision != LineDecision.AUTO or not result.sku or result.sku == line["sku"]
            or any(ln["sku"] == result.sku for ln in lines)):  # fmt: skip
        return None
    said = fold(line.get("text") or "")
    words = said.replace(old, new) if old in said else new
    return replaced(turn, line, words, cart.product_of(turn, result.sku))


# A message that swaps one item for another ("swap the 6305 for a 6205", "instead of …").
_SWAPS = re.compile(r"\b(?:swap|switch|change|replace|instead|cambi\w*|reemplaz\w*|en vez|"
                    r"en lugar|mejor|era|eran|meant)\b")


def other_figure(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "cambia el 6305 a 6205", "change the 6305 to a 6205", "en vez del 6305 mejor 6205":
    two figures written alike (as many, of four or more, the same first one), one of them
    a cart line's own; that line becomes the item its words name with the other figure in
    place, in the line's brand when that makes one too, the quantity kept.
    None when the message is no such thing or the new words settle no other item."""
    folded = fold(turn.text)
    said = [f for f in dict.fromkeys(FIGURE.findall(folded)) if len(f) >= CODE_DIGITS]
    if len(said) != 2 or said[0][0] != said[1][0] or len(said[0]) != len(said[1]):
        return None
    if not (_SWAPS.search(folded) or says_instead(re.sub(r"\d+", " ", folded))):
        return None
    held = {f: [ln for ln in lines if ln["sku"] and f in figures_of(turn, [ln])] for f in said}
    old = [f for f in said if held[f]]
    if len(old) == 2:  # "cambia el 6204 a 6205" with both in the cart: the one said wrong
        old = [wrong_one(folded, *said)]
    if len(old) != 1 or len(held[old[0]]) != 1:
        return None
    line, new = held[old[0]][0], next(f for f in said if f != old[0])
    product = cart.product_of(turn, line["sku"])
    words = fold(line.get("text") or "")
    if old[0] not in words:
        words = fold(product.name)
    words = re.sub(rf"(?<!\d){old[0]}(?!\d)", new, words)
    brand = fold(product.brand or "")
    branded = [f"{words} {brand}"] if brand and brand not in words.split() else []
    for text in (*branded, words):  # the line's brand first: a 6011 SKF becomes a 6211 SKF
        result = turn.match(text, asked=False)
        if result.decision == LineDecision.AUTO and result.sku:
            break
    if (result.decision != LineDecision.AUTO or not result.sku or result.sku == line["sku"]
            or any(ln["sku"] == result.sku for ln in lines if not held[new])):  # fmt: skip
        return None
    return replaced(turn, line, text, cart.product_of(turn, result.sku))


def substitutes(turn: Turn, product: Product) -> Iterator[Product]:
    """The ERP's active substitutes for `product` (products.csv's `substitutes`), read one
    at a time: a caller looking for one stops at it."""
    found = (turn.session.get(Product, other) for other in product.substitutes or [])
    return (p for p in found if p is not None and p.active)


def sized_swap(
    turn: Turn, lines: list[dict[str, Any]], text: str
) -> tuple[dict[str, Any], str, Product] | None:
    """The line a size correction names ("eran M12 no M10", "1 inch not 1/2"), the buyer's
    words for it with the new size in place of the old, and the item those words settle:
    the last line added whose words hold the old size (else the only such line); None
    when the message is no such correction or the new words settle no other item."""
    asked = swap_asked(text)
    if asked is None:
        return None
    new, old = asked
    last = turn.data.get("last_line")
    holding = []
    for line in lines:
        said = fold(line.get("text") or "")
        for wrong in dict.fromkeys((old, old.split()[0])):
            found = re.search(rf"(?<![\w/.,]){re.escape(wrong)}(?![\d/.,]\d|\d)", said)
            if found and line["sku"]:
                holding.append((line, said[: found.start()] + new + said[found.end() :]))
                break
    chosen = [h for h in holding if cart.key(h[0]) == last] or holding
    if len(chosen) != 1:
        return None
    line, words = chosen[0]
    result = turn.match(words, asked=False)
    other = turn.session.get(Product, result.sku) if result.sku else None
    if (result.decision != LineDecision.AUTO or other is None or other.sku == line["sku"]
            or any(ln["sku"] == other.sku for ln in lines)):  # fmt: skip
        return None
    return line, words, other


def other_size(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "perdón me equivoqué, eran M12 no M10", "wait no, 1 inch not 1/2": the line with the
    old size becomes the item of the new one, the quantity kept; None when the message
    asks no such thing (see `sized_swap`)."""
    found = sized_swap(turn, lines, turn.text)
    if found is None:
        return None
    line, words, other = found
    return replaced(turn, line, words, other)


def replaced(turn: Turn, line: dict[str, Any], words: str, other: Product) -> str:
    """`line` becomes `other` (the buyer's words for it now `words`), the quantity kept."""
    product = cart.product_of(turn, line["sku"])
    before, count = cart.name_of(turn, product), Decimal(line["qty"])
    joined = cart.replace_sku(turn, product.sku, other.sku)
    if joined is not None:  # the cart held the new item already: one line, both counts
        line = joined
    else:
        line["text"] = words
    line.pop("priced", None)
    turn.data["last_line"] = cart.key(line)
    turn.data.pop("short", None)
    audit.record(turn.session, subject_of(turn.conversation.id or 0), "cart_corrected",
                 turn.actor, turn.cause, sku=product.sku, text=line["text"],
                 before=count, after=Decimal(line["qty"]), to_sku=other.sku,
                 said=turn.text[:200])  # fmt: skip
    answered(turn, [{"removed": False, "replaced": before, "name": cart.name_of(turn, other)}])
    return CHOOSING if turn.data.get("choices") else IDLE


def other_variant(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "uy no, me equivoqué, tienen que ser sellados de goma, 2rs": the last line added
    becomes the item its words name with the new ones in place of those they contradict
    (6305 ZZ SKF → 6305 2RS SKF), the quantity kept; None when the message asks no such
    thing or the new words do not single out one other item."""
    words = variant_asked(turn.text)
    if not words:
        return None
    found = fitting(turn, lines, Correction(Action.SET, last=True))
    if len(found) != 1 or not found[0]["sku"]:
        return None
    line = found[0]
    return _become(turn, lines, line, _with_variant(turn, line.get("text") or "", words))


def named_variant(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "and the cap screws should be black oxide 10.9, not zinc": the one line the words
    before the cue name becomes the item its words name without those said not to be and
    with the new ones (as `other_variant` does for the last line); None when the message
    asks no such thing, names no single line, or the new words settle no other item."""
    asked = named_variant_asked(turn.text)
    if asked is None:
        return None
    naming, new, old = asked
    found = lines_named(turn, " ".join(naming), lines)
    if len(found) > 1:  # "cap screws" names a hex bolt too: the line the buyer called so
        found = [ln for ln in found
                 if set(naming) <= set(_TERM.findall(fold(ln.get("text") or "")))]
    if len(found) != 1:
        return None
    line = found[0]
    kept = [w for w in _TERM.findall(fold(line.get("text") or "")) if w not in old]
    return _become(turn, lines, line, _with_variant(turn, " ".join(kept), new))


def _become(turn: Turn, lines: list[dict[str, Any]], line: dict[str, Any], text: str) -> str | None:
    """`line` becomes the item `text` settles on, when that is another item not in the cart."""
    result = turn.match(text, asked=False)
    other = turn.session.get(Product, result.sku) if result.sku else None
    if (result.decision != LineDecision.AUTO or other is None or other.sku == line["sku"]
            or any(ln["sku"] == other.sku for ln in lines)):  # fmt: skip
        return None
    return replaced(turn, line, text, other)


def _with_variant(turn: Turn, text: str, words: tuple[str, ...]) -> str:
    """The buyer's words for a line with `words` in place of those they contradict: a
    word of the line goes when, without it, the line says nothing else differently but
    no longer says what `words` change ("6305 zz skf" + "2rs" → "6305 skf 2rs")."""
    vocabulary = turn.services.index.vocabulary
    old = _TERM.findall(fold(text))
    said = read_notation(" ".join(old), vocabulary).codes
    both = read_notation(" ".join([*old, *words]), vocabulary).codes
    changed = {kind for kind, values in both.items() if values - said.get(kind, set())}
    kept = []
    for at, word in enumerate(old):
        without = read_notation(" ".join(old[:at] + old[at + 1 :]), vocabulary).codes
        differs = {kind for kind in said.keys() | without.keys()
                   if said.get(kind) != without.get(kind)}  # fmt: skip
        if not (differs and differs <= changed):
            kept.append(word)
    return " ".join([*kept, *words])


def in_brand(turn: Turn, product: Product, line: dict[str, Any], brand: str) -> Product | None:
    """The same item in `brand`: among the ERP's substitutes for it, else what the buyer's
    words for the line find with the brand changed ("8 correas A44 gates" → "… dayco")."""
    for other in substitutes(turn, product):
        if fold(other.brand or "") == brand:
            return other
    words = WORD.findall(fold(line.get("text") or ""))
    old = fold(product.brand or "")
    text = " ".join(brand if w == old else w for w in words)
    text = text if brand in text.split() else f"{text} {brand}"
    result = turn.match(text, asked=False)
    found = [result.sku] if result.decision == LineDecision.AUTO and result.sku else [
        c.sku for c in result.candidates]  # fmt: skip
    fits = [p for p in (turn.session.get(Product, sku) for sku in found if sku)
            if p is not None and fold(p.brand or "") == brand]  # fmt: skip
    return fits[0] if len(fits) == 1 else None

