"""A cart line changed in place: its count set, added to or doubled, or the line removed
or kept alone.

"no, eran 300", "agrégale 10 más a los pernos", "dóblalos", "quita los rodamientos",
"deja solo el 6205": the item stays, its count changes or the line goes. One line named:
it changes; several: the buyer picks from a numbered question (the answer comes back
through `apply_pick`); a new count of a line sold by the pack that may be either is asked
as packs or pieces. Every change is answered by `answered`: what changed, and the cart with
prices and total. Kept apart from flows/line_swaps.py, where the line becomes another item
the matcher finds, and from flows/line_words.py, which only says which lines are named.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from bot import audit
from bot.corrections import (
    Action,
    Correction,
    default_book,
    read,
)
from bot.formatting import quantity_text
from bot.handoff import subject_of
from bot.intents import fillers
from bot.matching.lines import parse_line
from bot.matching.text import fold
from bot.packs import either_way, reading_named
from flows import cart, line_edits, taps
from flows.chat_states import CHOOSING, IDLE
from flows.line_words import WORD, fitting, lines_named, named_by, said_of
from flows.turn import Turn


def without_kept(
    text: str, codes: list[str], figures: set[str], said: Correction | None
) -> Correction | None:
    """A removal that also keeps ("drop the bearings, keep the 6205", "saca los rodamientos,
    deja el 6205") names the lines to drop by the words before the keeping only: the 6205
    is kept, never the one line that both words fit (see `all_named`)."""
    keeping = _KEEPING.search(fold(text))
    if said is None or said.action is not Action.REMOVE or keeping is None or not keeping.start():
        return said
    head = read(fold(text)[: keeping.start()], codes, figures)
    return head if head is not None and head.action is Action.REMOVE and head.words else said


def kept_lines(
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
        naming = [w for w in WORD.findall(part) if w not in fillers() and (w,) not in book]
        if not naming:
            continue
        named = lines_named(turn, " ".join(naming), lines) or fitting(
            turn, lines, Correction(Action.KEEP, words=tuple(naming)))
        if not named:
            return None
        kept += [line for line in named if not any(line is k for k in kept)]
    return kept or None


def keep_only(turn: Turn, lines: list[dict[str, Any]], said: Correction) -> str | None:
    """ "deja solo el 6205", "only the 6305", "keep just the bolts": every line it does not
    name goes (each shown removed) and the cart is shown; None when it names no line."""
    kept = kept_lines(turn, lines, said)
    if kept is None:
        return None
    gone = [line for line in lines if not any(line is k for k in kept)]
    answered(turn, [change_line(turn, Correction(Action.REMOVE), line) for line in gone])
    return CHOOSING if turn.data.get("choices") else IDLE


def scaled(turn: Turn, lines: list[dict[str, Any]]) -> str | None:
    """ "dóblalos", "double the bolts": each named line at its new quantity (flows/line_edits)."""
    found = line_edits.scaling(lines, turn.text, named_by(turn, lines))
    if found is None:
        return None
    answered(turn, [change_line(turn, Correction(Action.SET, qty), line) for line, qty in found])
    return CHOOSING if turn.data.get("choices") else IDLE


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


def packs_asked(turn: Turn, said: Correction, line: dict[str, Any]) -> str | None:
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


def apply(turn: Turn, said: Correction, line: dict[str, Any]) -> str:
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
    turn.data["ask_qty"] = cart.count_asked(turn)
    turn.data.pop("short", None)  # a short-stock offer was for the cart before
    audit.record(turn.session, subject_of(turn.conversation.id or 0), "cart_corrected",
                 turn.actor, turn.cause, sku=line["sku"], text=line["text"],
                 before=before, after=None if change["removed"] else after,
                 said=turn.text[:200])  # fmt: skip
    return change


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


def all_named(turn: Turn, said: Correction, fits: list[dict[str, Any]]) -> str | None:
    """ "drop the bearings", "saca los discos" with two such lines in the cart: a plural (or
    "all", "todos") names them all, so they all go, but for those the message keeps ("drop
    the flap discs and the bolts, just the rod and the cap screws"); None otherwise."""
    if said.action is not Action.REMOVE or not (_plural(said) or _ALL.search(fold(turn.text))):
        return None
    kept: list[dict[str, Any]] = []
    for found in _KEEPING.finditer(fold(turn.message.body)):
        for part in _AND.split(found[1]):
            if part.strip():
                kept += said_of(turn, part, fits) or lines_named(turn, part, fits)
    gone = [line for line in fits if not any(line is k for k in kept)]
    if not gone:
        return None
    answered(turn, [change_line(turn, said, line) for line in gone])
    return CHOOSING if turn.data.get("choices") else IDLE


def ask_which(turn: Turn, said: Correction, fits: list[dict[str, Any]]) -> str:
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

