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

The words that name a line are read in flows/line_words.py, a line changed in place
(count, removal) in flows/line_changes.py, a line become another item in
flows/line_swaps.py; this module tries them in turn.
"""

from __future__ import annotations

import re
from typing import Any

from bot.corrections import (
    CODE_DIGITS,
    Action,
    Correction,
    brands_asked,
    read,
)
from bot.matching.text import fold
from flows import cart, line_changes, line_edits, line_swaps
from flows.chat_states import CHOOSING, IDLE
from flows.line_words import figures_of, fitting, named_by
from flows.turn import Turn

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
    recoded = line_swaps.other_code(turn, lines) or line_swaps.other_figure(turn, lines)
    if recoded is not None:
        return recoded
    edited = line_swaps.lengthened(turn, lines) or line_changes.scaled(turn, lines)
    if edited is not None:  # "los pernos eran de 60 de largo", "dóblalos"
        return edited
    codes, figures = [line["sku"] for line in lines if line["sku"]], figures_of(turn, lines)
    said = line_changes.without_kept(text, codes, figures, read(text, codes, figures))
    if said is not None and said.action is Action.KEEP:
        kept = line_changes.keep_only(turn, lines, said)
        if kept is not None:
            return kept
        said = None
    if said is None:
        return (line_swaps.cheapest_brand(turn, lines) or line_swaps.other_option(turn, lines)
                or line_swaps.other_brand(turn, lines)
                or line_swaps.other_size(turn, lines) or line_swaps.other_variant(turn, lines)
                or line_swaps.named_variant(turn, lines))  # fmt: skip
    if (said.action is Action.SET and said.quantity and not said.names_a_line
            and said.before is None and _EACH.search(text)):  # fmt: skip
        line_changes.answered(turn, [line_changes.change_line(turn, said, line)
                                     for line in list(lines)])  # "100 of each"  # fmt: skip
        return CHOOSING if turn.data.get("choices") else IDLE
    for reading in (said, *said.alternatives):
        fits = fitting(turn, lines, reading)
        if len(fits) == 1 and _like_its_figure(turn, reading, fits[0]):
            continue  # "cambia el 6305 a 6205": another designation, never 6,205 of it
        if len(fits) == 1:
            return (line_changes.packs_asked(turn, reading, fits[0])
                    or line_changes.apply(turn, reading, fits[0]))  # fmt: skip
        priced = [line for line in fits if line["sku"]]
        if len(priced) > 1:
            return (line_changes.all_named(turn, reading, priced)
                    or line_changes.ask_which(turn, reading, priced))  # fmt: skip
    return line_swaps.other_size(turn, lines) or line_swaps.named_variant(turn, lines)


def fits(turn: Turn, text: str) -> bool:
    """Whether `text` alone corrects a cart line: a quantity, a removal or a brand asked
    for that names a line of this cart (nothing is changed)."""
    lines = cart.lines(turn)
    if not lines or re.search(r"[\n;]", text):
        return False
    said = read(text, [line["sku"] for line in lines if line["sku"]], figures_of(turn, lines))
    if said is not None and said.action is Action.KEEP:  # only a whole message keeps: in
        # "cotízame las correas y los 6305 nomás" the 6305 are kept with the belts
        return (text.strip() == turn.text.strip()
                and line_changes.kept_lines(turn, lines, said) is not None)  # fmt: skip
    if said is not None and any(fitting(turn, lines, r) for r in (said, *said.alternatives)):
        return True
    if line_swaps.sized_swap(turn, lines, text) is not None:
        return True
    if line_edits.asks(turn, lines, text, named_by(turn, lines)):  # "dóblalos", "de 50 de largo"
        return True
    if said is not None:
        return False
    named = brands_asked(text, turn.services.index.brands) or []
    had = {fold(cart.product_of(turn, ln["sku"]).brand or "") for ln in lines if ln["sku"]}
    # a brand asked that some line lacks, or the one brand every line has already ("swap to
    # lincoln and order it" after the Lincoln was shown: the cart as it is, then the order)
    denied = line_swaps.NOT_BRAND.search(fold(text).replace(named[0], "\0")) if named else None
    return bool(named) and (bool(had - set(named)) or (
        had == set(named) and not denied and bool(line_swaps.TAKE_BRAND.search(fold(text)))))


def _like_its_figure(turn: Turn, said: Correction, line: dict[str, Any]) -> bool:
    """Whether the new quantity is written like the line's own code (as many figures, of
    four or more, the same first one: 6205 for a 6305 bearing), so it names an item."""
    if said.quantity is None or said.quantity != said.quantity.to_integral_value():
        return False
    told = str(int(said.quantity))
    return len(told) >= CODE_DIGITS and any(
        len(f) == len(told) and f[0] == told[0] for f in figures_of(turn, [line]))

