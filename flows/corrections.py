"""The cart corrected in words: the line found in the cart, never in the catalog.

"quita los rodamientos", "change the bolts to 500", "agrégale 10 más a los pernos",
"cambia FAS-10022 a 40" name the line by what it is: every word the buyer used for it
must be in that cart line (its SKU, item name, ERP description, family or brand, read
through the matcher's bilingual vocabulary, so "pernos" finds a "Hex bolt"; or the
buyer's own words when they asked for it). "no, eran 300", "sorry make that 12",
"quita eso" name no line: they mean the last line added. One line fits: it changes,
and the reply is the cart with prices and total. Several fit: the buyer picks (a
numbered choice like the matcher's). None fits: the message is read as items, as
before. What the message means is read by bot/corrections.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from bot import audit
from bot.corrections import (
    CODE_DIGITS,
    MIDDLE,
    Action,
    Correction,
    brands_asked,
    cheapest_asked,
    default_book,
    named_variant_asked,
    read,
    says_instead,
    swap_asked,
    variant_asked,
    wrong_one,
)
from bot.formatting import quantity_text
from bot.handoff import subject_of
from bot.intents import fillers
from bot.matching.lines import parse_line
from bot.matching.notation import read as read_notation
from bot.matching.text import fold
from bot.models import Product
from bot.packs import either_way, reading_named
from bot.statuses import ConversationState, LineDecision
from flows import cart, line_edits, taps
from flows.turn import Turn

IDLE, CHOOSING = ConversationState.IDLE.value, ConversationState.CHOOSING.value
_WORD = re.compile(r"[^\W_]+")
# A word of an item's description, a size's fraction or decimal kept whole ("1/2", "4.5"):
# "bola bronce 1/2 npt" made inox stays 1/2, never "1 2" (a 2" valve).
_TERM = re.compile(r"\d+(?:[/.,]\d+)+|[^\W_]+")
# "make that 100 of each", "que sean 50 de cada uno", "20 c/u": the quantity of every line.
_EACH = re.compile(r"\b(?:of each|each|apiece|de cada (?:un[oa]|item)|de cada|c/u|of both|"
                   r"de los dos|de las dos|de ambos|de ambas)\b", re.IGNORECASE)


def correct(turn: Turn) -> str | None:
    """Apply the correction the message asks for and answer; None when it is not one
    (or no cart line fits it): the caller reads the message as items then."""
    text = turn.text.strip()
    lines = cart.lines(turn)
    if not lines or re.search(r"[\n;]", text):
        return None
    recoded = _other_code(turn, lines) or _other_figure(turn, lines)
    if recoded is not None:
        return recoded
    edited = _lengthened(turn, lines) or _scaled(turn, lines)
    if edited is not None:  # "los pernos eran de 60 de largo", "dóblalos"
        return edited
    codes, figures = [line["sku"] for line in lines if line["sku"]], figures_of(turn, lines)
    said = _without_kept(text, codes, figures, read(text, codes, figures))
    if said is not None and said.action is Action.KEEP:
        kept = _kept(turn, lines, said)
        if kept is not None:
            return kept
        said = None
    if said is None:
        return (_cheapest_brand(turn, lines) or _other_option(turn, lines)
                or _other_brand(turn, lines)
                or _other_size(turn, lines) or _other_variant(turn, lines)
                or _named_variant(turn, lines))  # fmt: skip
    if (said.action is Action.SET and said.quantity and not said.names_a_line
            and said.before is None and _EACH.search(text)):  # fmt: skip
        answered(turn, [change_line(turn, said, line) for line in list(lines)])  # "100 of each"
        return CHOOSING if turn.data.get("choices") else IDLE
    for reading in (said, *said.alternatives):
        fits = fitting(turn, lines, reading)
        if len(fits) == 1 and _like_its_figure(turn, reading, fits[0]):
            continue  # "cambia el 6305 a 6205": another designation, never 6,205 of it
        if len(fits) == 1:
            return _packs_asked(turn, reading, fits[0]) or _apply(turn, reading, fits[0])
        priced = [line for line in fits if line["sku"]]
        if len(priced) > 1:
            return _all_named(turn, reading, priced) or _ask_which(turn, reading, priced)
    return _other_size(turn, lines) or _named_variant(turn, lines)


def _without_kept(
    text: str, codes: list[str], figures: set[str], said: Correction | None
) -> Correction | None:
    """A removal that also keeps ("drop the bearings, keep the 6205", "saca los rodamientos,
    deja el 6205") names the lines to drop by the words before the keeping only: the 6205
    is kept, never the one line that both words fit (see `_all_named`)."""
    keeping = _KEEPING.search(fold(text))
    if said is None or said.action is not Action.REMOVE or keeping is None or not keeping.start():
        return said
    head = read(fold(text)[: keeping.start()], codes, figures)
    return head if head is not None and head.action is Action.REMOVE and head.words else said


def fits(turn: Turn, text: str) -> bool:
    """Whether `text` alone corrects a cart line: a quantity, a removal or a brand asked
    for that names a line of this cart (nothing is changed)."""
    lines = cart.lines(turn)
    if not lines or re.search(r"[\n;]", text):
        return False
    said = read(text, [line["sku"] for line in lines if line["sku"]], figures_of(turn, lines))
    if said is not None and said.action is Action.KEEP:  # only a whole message keeps: in
        # "cotízame las correas y los 6305 nomás" the 6305 are kept with the belts
        return text.strip() == turn.text.strip() and _kept_lines(turn, lines, said) is not None
    if said is not None and any(fitting(turn, lines, r) for r in (said, *said.alternatives)):
        return True
    if _sized(turn, lines, text) is not None:
        return True
    if line_edits.asks(turn, lines, text, _named_by(turn, lines)):  # "dóblalos", "de 50 de largo"
        return True
    if said is not None:
        return False
    named = brands_asked(text, turn.services.index.brands) or []
    return any(fold(cart.product_of(turn, ln["sku"]).brand or "") not in named
               for ln in lines if ln["sku"]) if named else False  # fmt: skip


# A figure in a word of an item: a code ("6205", "e7018", "brg-10076"), unless a unit or a
# dimension follows it ("1000v", "100x2", "150mm" are sizes, never a name).
_FIGURE = re.compile(
    r"(\d{3,})(?!\d|x|v|mm|cm|m\b|w\b|kw|a\b|amp|kg|g\b|lb|hp|rpm|psi|bar|in\b|ft)")


def figures_of(turn: Turn, lines: list[dict[str, Any]]) -> set[str]:
    """The figures the cart's lines are named by (a bearing's 6205, a rod's E7018, the
    digits of a SKU): said beside an edit they name the line, never its quantity."""
    return {found for line in lines for word in _raw_words(turn, line)
            for found in _FIGURE.findall(word)}  # fmt: skip


def _like_its_figure(turn: Turn, said: Correction, line: dict[str, Any]) -> bool:
    """Whether the new quantity is written like the line's own code (as many figures, of
    four or more, the same first one: 6205 for a 6305 bearing), so it names an item."""
    if said.quantity is None or said.quantity != said.quantity.to_integral_value():
        return False
    told = str(int(said.quantity))
    return len(told) >= CODE_DIGITS and any(
        len(f) == len(told) and f[0] == told[0] for f in figures_of(turn, [line]))


def _kept_lines(
    turn: Turn, lines: list[dict[str, Any]], said: Correction
) -> list[dict[str, Any]] | None:
    """The cart lines "deja solo el 6205", "keep just the bolts and the nuts" keeps: those
    its words name, each part between "y"/"and"/commas naming one at least; None when some
    part names none, or the words are only a brand ("solo SKF" asks for the brand)."""
    brands = turn.services.index.brands
    if all(w in brands for w in said.words):
        return None
    found = fitting(turn, lines, said)
    if found:
        return found
    book = default_book().phrases
    kept: list[dict[str, Any]] = []
    for part in _AND.split(fold(turn.text)):
        naming = [w for w in _WORD.findall(part) if w not in fillers() and (w,) not in book]
        if not naming:
            continue
        named = lines_named(turn, " ".join(naming), lines) or fitting(
            turn, lines, Correction(Action.KEEP, words=tuple(naming)))
        if not named:
            return None
        kept += [line for line in named if not any(line is k for k in kept)]
    return kept or None


def _kept(turn: Turn, lines: list[dict[str, Any]], said: Correction) -> str | None:
    """ "deja solo el 6205", "only the 6305", "keep just the bolts": every line it does not
    name goes (each shown removed) and the cart is shown; None when it names no line."""
    kept = _kept_lines(turn, lines, said)
    if kept is None:
        return None
    gone = [line for line in lines if not any(line is k for k in kept)]
    answered(turn, [change_line(turn, Correction(Action.REMOVE), line) for line in gone])
    return CHOOSING if turn.data.get("choices") else IDLE


def lines_named(turn: Turn, text: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The `lines` every word of `text` names ("los lentes oscuros", "the flap discs"), its
    filler words aside; none when it says nothing else."""
    said = " ".join(w for w in _WORD.findall(fold(text)) if w not in fillers())
    wanted = _canonical(turn, said)
    if not wanted:
        return []
    return [line for line in lines if line["sku"] and _names(wanted, _line_words(turn, line))]


def _scaled(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "dóblalos", "double the bolts": each named line at its new quantity (flows/line_edits)."""
    found = line_edits.scaling(lines, turn.text, _named_by(turn, lines))
    if found is None:
        return None
    answered(turn, [change_line(turn, Correction(Action.SET, qty), line) for line, qty in found])
    return CHOOSING if turn.data.get("choices") else IDLE


def _lengthened(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "los pernos eran de 60 de largo": the named line becomes that length's item."""
    found = line_edits.lengthening(turn, lines, turn.text, _named_by(turn, lines))
    if found is None:
        return None
    line, other = found
    return replaced(turn, line, fold(other.name), other)


def _named_by(turn: Turn, lines: list[dict[str, Any]]) -> line_edits.NamedBy:
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


def apply_pick(turn: Turn, pick: dict[str, Any]) -> dict[str, Any] | None:
    """An answer to "which line?", or to "bags or pieces?" of a line's new count: the
    correction on the line picked (None: gone since)."""
    edit = pick["edit"]
    line = next((ln for ln in cart.lines(turn) if cart.key(ln) == edit["line"]), None)
    if line is None:
        return None
    quantity = Decimal(edit["quantity"]) if edit.get("quantity") else None
    if pick.get("reading"):  # the count read as packs, or as pieces in whole packs
        pieces = Decimal(pick["pieces"]) if pick.get("pieces") else None
        return change_line(turn, Correction(Action.SET, Decimal(pick["qty"])), line,
                           packed=(Decimal(pick["qty"]), pieces))  # fmt: skip
    return change_line(turn, Correction(Action(edit["action"]), quantity), line)


def _packs_asked(turn: Turn, said: Correction, line: dict[str, Any]) -> str | None:
    """ "los tarugos que sean 50" of a bag of 100: 50 bags, or 50 plugs in one bag? A new
    count of a line sold by the pack that may be either (bot/packs.py `either_way`) is
    asked as a bare count is, both readings priced; the answer changes the line. A line
    whose words said packs or pieces ("30 bolsas de amarras") takes the new count in them."""
    if said.action is not Action.SET or not said.quantity or not line["sku"] \
            or reading_named(line.get("text") or ""):  # "30 bolsas …", then "eran 40": bags
        return None
    product = cart.product_of(turn, line["sku"])
    if not either_way(said.quantity, parse_line(turn.text).uom, turn.text, product.uom,
                      product.pack_qty):  # fmt: skip
        return None
    choices: dict[str, dict[str, Any]] = turn.data.get("choices") or {}
    pending = list(turn.data.get("pending", []))
    question = cart.packs_or_pieces(turn, product.sku, said.quantity, turn.text.strip(),
                                    f"{turn.message.id}.{len(pending)}", choices)  # fmt: skip
    for option in question["candidates"]:
        choices[option["number"]]["edit"] = {"action": Action.SET.value, "line": cart.key(line),
                                             "quantity": choices[option["number"]]["qty"]}
    return _ask(turn, question, choices, pending)


def option_named(turn: Turn, text: str) -> str | None:
    """The open option a message picks by its words ("la de inox con hilo npt", "the
    brass one"): the one option (its number) that has more of the buyer's words than any
    other, when every word it lacks is one no option has and no size or catalog word
    (those would ask for another item). None when the words pick no single option, or
    the message has a count (then it is items)."""
    choices: dict[str, dict[str, Any]] = turn.data.get("choices") or {}
    if not choices or parse_line(text).quantity_given:
        return None
    return _named(turn, text, {n: c["sku"] for n, c in choices.items() if c.get("sku")})


def _named(turn: Turn, text: str, options: dict[str, str]) -> str | None:
    """Of `options` (key → SKU), the one the words of `text` name (see `option_named`)."""
    vocabulary = turn.services.index.vocabulary
    sizes = list(dict.fromkeys(_SIZE.findall(fold(text))))  # "los de 1.6": a whole figure
    words = _SIZE.sub(" ", fold(text))
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


def _size_of(turn: Turn, size: str, sku: str) -> bool:
    """Whether `size` ("1.6", "1,6") is a figure of the item's name or description, a
    dimension among others ("115X1.6X22.23") or alone ("ELECTRODO 2.5MM")."""
    product = cart.product_of(turn, sku)
    written = fold(f"{product.name} ; {product.description or ''}")
    whole, part = re.split(r"[.,]", size, maxsplit=1)
    return re.search(rf"(?<![\d.,/]){whole}[.,]{part}(?!\d|[.,/]\d)", written) is not None


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


def remember_options(turn: Turn, line: dict[str, Any], skus: list[str]) -> None:
    """The options a line was picked from, so "mejor la de acero inoxidable npt", "wait, I
    meant stainless with npt thread" later swaps it for another of them."""
    turn.data["options_of"] = {"line": cart.key(line), "skus": skus}


def _other_option(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
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
    picked = _named(turn, turn.text, {**others, line["sku"]: line["sku"]})
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


def answered(turn: Turn, changes: list[dict[str, Any] | None]) -> None:
    """The reply to a correction: what changed, and the cart with prices and total. Two
    changes in one message ("las A76 déjalas en 15 y sácale los lentes") answer once: the
    reply to the first, still the last one, gives way to one naming both over the final
    cart (never a cart shown with a line the same message removed)."""
    done = [c for c in changes if c]
    earlier = turn.memo.get("edited")
    if earlier is not None and earlier[0] == len(turn.replies) - 1:
        done = [*earlier[1], *done]
        turn.replies.pop()
    turn.say("cart_edit", changes=done, **cart.view(turn))
    turn.memo["edited"] = (len(turn.replies) - 1, done)
    turn.offer(taps.after_items(turn, []))


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
                   or _names(_WORD.findall(fold(w)), _raw_words(turn, line)) for w in said)

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
    return {form for word in _WORD.findall(fold(" ; ".join(texts))) for form in _forms(word)}


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
    said = " ".join(w for w in _WORD.findall(fold(line.get("text") or "")) if not w.isdigit())
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
    return _WORD.findall(turn.services.index.vocabulary.canonicalize(fold(text)))


def _apply(turn: Turn, said: Correction, line: dict[str, Any]) -> str:
    answered(turn, [change_line(turn, said, line)])
    return CHOOSING if turn.data.get("choices") else IDLE


def change_line(
    turn: Turn, said: Correction, line: dict[str, Any],
    packed: tuple[Decimal, Decimal | None] | None = None,
) -> dict[str, Any]:
    """Change `line` as `said`; what changed, for the reply and the audit trail.
    `packed`: the packs and the pieces asked, when the buyer said which they counted."""
    lines = cart.lines(turn)
    position = next(i for i, ln in enumerate(lines, start=1) if ln is line)
    before = Decimal(line["qty"])
    after = said.quantity if said.action is Action.SET else before + (said.quantity or 0)
    name = (cart.name_of(turn, cart.product_of(turn, line["sku"])) if line["sku"]
            else line["text"])  # fmt: skip
    if said.action is Action.REMOVE or after is None or after <= 0:
        cart.remove(turn, position)
        change = {"removed": True, "name": name, "before": quantity_text(before)}
    else:
        pieces = None
        if packed is not None:
            after, pieces = packed
        elif said.action is Action.SET:  # "las amarras que sean 500": 5 bags of 100
            after, pieces = cart.in_packs_said(turn, line, after, turn.text)
        cart.set_quantity(turn, position, after, pieces=pieces)
        change = {"removed": False, "name": name, "before": quantity_text(before),
                  "after": quantity_text(after)}  # fmt: skip
    assumed = [i for i, ln in enumerate(cart.lines(turn), 1) if ln.get("assumed")]
    turn.data["ask_qty"] = assumed[-1] if len(assumed) == 1 else None
    turn.data.pop("short", None)  # a short-stock offer was for the cart before
    audit.record(turn.session, subject_of(turn.conversation.id or 0), "cart_corrected",
                 turn.actor, turn.cause, sku=line["sku"], text=line["text"],
                 before=before, after=None if change["removed"] else after,
                 said=turn.text[:200])  # fmt: skip
    return change


def _other_brand(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "no, mejor Dayco: las Gates no me las aceptan en faena", "make them SKF": every cart
    line (of the brand named beside, when one is) that the asked brand also makes takes
    that brand's item, the quantity kept; None when the message asks no such thing."""
    index = turn.services.index
    named = brands_asked(turn.text, index.brands) or []
    bare = not named
    if bare:  # "ok la bando entonces": a brand alone, when a cart line's substitute has it
        named = brands_asked(turn.text, index.brands, bare=True) or []
        offered = (other for ln in lines if ln["sku"]
                   for other in _substitutes(turn, cart.product_of(turn, ln["sku"])))  # fmt: skip
        if not named or not any(fold(other.brand or "") == named[0] for other in offered):
            return None
    had = {fold(cart.product_of(turn, ln["sku"]).brand or ""): ln for ln in lines if ln["sku"]}
    asked = [b for b in named if b not in had]
    # "swap the NSK 6304s for the NTN ones": a size or code said names which lines
    sizes = {w.removesuffix("s") for w in _WORD.findall(fold(turn.text)) if re.search(r"\d", w)}
    sized = {cart.key(ln) for ln in lines if ln["sku"] and sizes & set(_WORD.findall(fold(
        f"{ln['sku']} {cart.product_of(turn, ln['sku']).name}")))}  # fmt: skip
    denied = [b for b in named if _NOT_BRAND.search(fold(turn.text).replace(b, "\0"))]
    if not asked and len(named) == 2 and len(denied) == 1:
        # both brands are in the cart: "the 6206s should be SKF, not NSK" says which goes
        asked = [b for b in named if b not in denied]
        old_brands = denied
    elif not asked and len(named) == 1 and sized:
        asked, old_brands = named, []  # "the 6203 ones need to be SKF": that line takes it
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


# The brand a swap takes away, said after a negation ("SKF, not NSK", "NTN y no SKF",
# "en vez de las Gates"); the brand's place is marked \0 in the folded message.
_NOT_BRAND = re.compile(r"\b(?:not|no|instead of|rather than|en vez de|en lugar de|y no|and not)"
                        r"\s+(?:(?:the|las|los|el|la|de|del)\s+)?\0")


def _cheapest_brand(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
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
                                          *(p.sku for p in _substitutes(turn, product))])
            if sku and sku not in taken]  # fmt: skip
    best = min(skus, key=lambda sku: _price_key(turn, {"sku": sku, "qty": line["qty"]}))
    if best == product.sku:
        answered(turn, [])
        return CHOOSING if turn.data.get("choices") else IDLE
    return replaced(turn, line, line.get("text") or "", cart.product_of(turn, best))


# A code as buyers and ERPs write them: letters and digits in parts joined by dashes
# ("MLA-47-1080", "FAS-10022", "6204-2rs" is no code: it has no part with letters first).
_CODE = re.compile(r"(?<![\w-])[a-z]{1,6}(?:-[a-z0-9]+)+(?![\w-])")


def _other_code(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
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


def _other_figure(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "cambia el 6305 a 6205", "change the 6305 to a 6205", "en vez del 6305 mejor 6205":
    two figures written alike (as many, of four or more, the same first one), one of them
    a cart line's own; that line becomes the item its words name with the other figure in
    place, in the line's brand when that makes one too, the quantity kept.
    None when the message is no such thing or the new words settle no other item."""
    folded = fold(turn.text)
    said = [f for f in dict.fromkeys(_FIGURE.findall(folded)) if len(f) >= CODE_DIGITS]
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


def _substitutes(turn: Turn, product: Product) -> Iterator[Product]:
    """The ERP's active substitutes for `product` (products.csv's `substitutes`), read one
    at a time: a caller looking for one stops at it."""
    found = (turn.session.get(Product, other) for other in product.substitutes or [])
    return (p for p in found if p is not None and p.active)


def _sized(
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


def _other_size(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "perdón me equivoqué, eran M12 no M10", "wait no, 1 inch not 1/2": the line with the
    old size becomes the item of the new one, the quantity kept; None when the message
    asks no such thing (see `_sized`)."""
    found = _sized(turn, lines, turn.text)
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


def _other_variant(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
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


def _named_variant(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "and the cap screws should be black oxide 10.9, not zinc": the one line the words
    before the cue name becomes the item its words name without those said not to be and
    with the new ones (as `_other_variant` does for the last line); None when the message
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
    for other in _substitutes(turn, product):
        if fold(other.brand or "") == brand:
            return other
    words = _WORD.findall(fold(line.get("text") or ""))
    old = fold(product.brand or "")
    text = " ".join(brand if w == old else w for w in words)
    text = text if brand in text.split() else f"{text} {brand}"
    result = turn.match(text, asked=False)
    found = [result.sku] if result.decision == LineDecision.AUTO and result.sku else [
        c.sku for c in result.candidates]  # fmt: skip
    fits = [p for p in (turn.session.get(Product, sku) for sku in found if sku)
            if p is not None and fold(p.brand or "") == brand]  # fmt: skip
    return fits[0] if len(fits) == 1 else None


# What the buyer keeps while dropping the rest: "just the wheels", "only the rod and the cap
# screws", "solo las correas", "deja los rodamientos".
_KEEPING = re.compile(r"\b(?:just|only|keep|solo|solamente|nomas|deja|dejame)\s+(.+?)(?=[.;]|$)")
_ALL = re.compile(r"\b(?:all|both|todos|todas|ambos|ambas)\b")
_AND = re.compile(r"\s*(?:,|\by\b|\be\b|\band\b|&)\s*")


def keeps(text: str) -> bool:
    """Whether `text` opens by keeping lines ("just the wheels", "solo las correas")."""
    return bool(_KEEPING.match(fold(text).strip()))


def _plural(said: Correction) -> bool:
    return any(len(w) > 3 and w.endswith("s") and not w.endswith("ss")
               and not any(c.isdigit() for c in w) for w in said.words)  # fmt: skip


def _all_named(turn: Turn, said: Correction, fits: list[dict[str, Any]]) -> str | None:
    """ "drop the bearings", "saca los discos" with two such lines in the cart: a plural (or
    "all", "todos") names them all, so they all go, but for those the message keeps ("drop
    the flap discs and the bolts, just the rod and the cap screws"); None otherwise."""
    if said.action is not Action.REMOVE or not (_plural(said) or _ALL.search(fold(turn.text))):
        return None
    kept: list[dict[str, Any]] = []
    for found in _KEEPING.finditer(fold(turn.message.body)):
        for part in _AND.split(found[1]):
            if part.strip():
                kept += _said_of(turn, part, fits) or lines_named(turn, part, fits)
    gone = [line for line in fits if not any(line is k for k in kept)]
    if not gone:
        return None
    answered(turn, [change_line(turn, said, line) for line in gone])
    return CHOOSING if turn.data.get("choices") else IDLE


def _said_of(turn: Turn, text: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The `lines` whose item name carries the words of `text` as written (plurals aside):
    "the cap screws" is the socket head cap screw, though both it and a hex bolt are bolts."""
    words = [w.removesuffix("s") for w in _WORD.findall(fold(text)) if w not in fillers()]
    names = {id(line): fold(cart.name_of(turn, cart.product_of(turn, line["sku"])) or "")
             for line in lines}  # fmt: skip
    return [line for line in lines if words and all(w in names[id(line)] for w in words)]


def _ask_which(turn: Turn, said: Correction, fits: list[dict[str, Any]]) -> str:
    """Two or more cart lines fit: a numbered question, answered like the matcher's."""
    choices: dict[str, dict[str, Any]] = turn.data.get("choices") or {}
    pending = list(turn.data.get("pending", []))
    text = turn.text.strip()
    question: dict[str, Any] = {"kind": "choose", "text": text, "qty": "", "candidates": [],
                                "id": f"{turn.message.id}.{len(pending)}"}  # fmt: skip
    edit = {"action": said.action.value,
            "quantity": str(said.quantity) if said.quantity is not None else None}  # fmt: skip
    for line in fits:
        number = str(len(choices) + 1)
        choices[number] = {"sku": line["sku"], "qty": line["qty"], "text": text,
                           "edit": {**edit, "line": cart.key(line)}}  # fmt: skip
        name = cart.name_of(turn, cart.product_of(turn, line["sku"]))
        question["candidates"].append({"number": number, "sku": line["sku"], "name": name})
    return _ask(turn, question, choices, pending)


def _ask(
    turn: Turn, question: dict[str, Any], choices: dict[str, dict[str, Any]],
    pending: list[dict[str, Any]],
) -> str:
    """`question` asked after those `pending`, its options among `choices`: the numbered
    question and its taps, answered like the matcher's."""
    pending.append(question)
    turn.data["choices"], turn.data["pending"] = choices, pending
    turn.say("items", items=[question], asked_before=pending[:-1], choosing=True,
             compact=False, **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, [question]))
    return CHOOSING
