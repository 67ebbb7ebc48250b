"""A message that corrects the cart and does something more, answered part by part
("ya, cámbialo por el skf y hazme el pedido", "quitar 1 y 3").

Each part is answered by the table's own handler, so the table is passed in
(flows/sales.py owns it, and imports this module).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bot.corrections import Action
from bot.corrections import read as read_correction
from bot.intents import recognise, strip_politeness
from bot.statuses import LineDecision
from flows import cart, corrections, line_changes, line_words, numbered
from flows.chat_states import IDLE, I, Table, problem
from flows.pre_read import PARTS
from flows.turn import Turn

# What may follow a correction in the same message: the cart's next step.
_NEXT_STEPS = (I.ORDER, I.QUOTE, I.ACCEPT, I.CART)


NOISE = (I.GREETING, I.THANKS, I.ACK, I.YES)


MAX_PARTS = 5  # a correction and what follows it is short; longer messages are lists


def answered_in_parts(turn: Turn, table: Table) -> str | None:
    """A message that corrects the cart and does something more, answered part by part:
    "ya, cámbialo por el skf y hazme el pedido" (the swap, then the order's question),
    "sácame las golillas y ponle 4 correas b50 gates" (the removal, then the new item),
    "sacá los bulones, esos los consigo acá" (the removal; the aside is no item). None
    when it is not such a message (then it is one correction, or items, as before)."""
    if turn.part is not None or "\n" in turn.text or not cart.lines(turn):
        return None  # a list, one item a line, is items (bot/joined.py)
    parts = [p.strip() for p in PARTS.split(turn.text) if p and p.strip(" ,.;:-—")]
    if not 2 <= len(parts) <= MAX_PARTS:
        return None
    kinds = [_kind_of(turn, part) for part in parts]
    if "fix" not in kinds:
        return None
    kinds = ["items" if k == "other" and _settled(turn, p) else k
             for k, p in zip(kinds, parts, strict=True)]  # fmt: skip
    led = _lead_ins(parts, kinds)
    _removed_too(turn, parts, kinds)
    _numbers_too(turn, parts, kinds)
    done = [(k, p) for k, p in zip(kinds, parts, strict=True) if k not in ("noise", "other")]
    steps = [k for k, _ in done]
    then_next = steps[-1] == "next" and set(steps[:-1]) == {"fix"}  # "… and place the order"
    if not then_next and not led and (
        steps[0] != "fix"  # an item then its quantity ("nuestro código MLA-44-1000, son 5 más")
        or "next" in steps  # a next step before or between other things: not cut
        # one correction ("los 6204, que sean 8"), unless two parts each say what to do
        # to a line ("el último sácalo, y los rodamientos súbelos a 10"; "make them dayco,
        # we don't accept gates" is one brand asked)
        or (corrections.fits(turn, turn.text) and sum(k == "fix" and (
            read_correction(p) is not None or numbered.names(turn, p)) for k, p in done) < 2)
        or (len(done) < 2 and "other" not in kinds)  # "no, eran 300"
    ):
        return None
    state, before = turn.conversation.state, len(turn.replies)
    numbered.remember(turn)  # "quitar 1 y cambiar 3 a 10": the lines as shown
    for kind, part in done:
        turn.part = part
        said = recognise(part)
        if kind == "fix" and numbered.names(turn, part):
            state = IDLE if numbered.apply(turn, part) else problem(turn, "no_such_line")
        elif kind == "fix":
            state = corrections.correct(turn) or state
        elif kind == "items":
            state = table[IDLE][None](turn, said)  # the item turn (flows/sales.py `items`)
        else:
            row = table[state]
            state = row.get(said.name, row[None])(turn, said)
        turn.conversation.state = state
        if state not in (IDLE,):
            break  # a question is open (which line? which option?) or a seller has it
    turn.part = None
    tapped = [i for i in range(before, len(turn.replies)) if turn.replies[i].choices]
    for i in tapped[:-1]:  # one set of buttons: the last part's (its question is open)
        turn.replies[i] = replace(turn.replies[i], choices=None)
    return state


def _lead_ins(parts: list[str], kinds: list[str]) -> bool:
    """ "siempre no, quítale las bandas", "ya no, mejor ponle 8 a los baleros": a taking
    back that names no line ("siempre no", "ya no", "mejor no"), said before a change
    that names one, only leads into it (alone it takes out the last line added); the
    change is read without it. Whether there was one."""
    led = False
    for at in range(len(parts) - 1):
        said = read_correction(parts[at]) if kinds[at] == "fix" else None
        if (said is not None and said.action is Action.REMOVE and not said.names_a_line
                and "fix" in kinds[at + 1 :]):  # fmt: skip
            kinds[at], led = "noise", True
    return led


def _removed_too(turn: Turn, parts: list[str], kinds: list[str]) -> None:
    """ "skip the rod and the M10 bolts", "quita los lentes y las correas": a part with no
    verb of its own after a removal, naming cart lines, is removed too (its words given
    the removal's verb, so it is read as one)."""
    lines = cart.priced(turn)
    for at in range(1, len(parts)):
        if line_changes.keeps(parts[at]):
            break  # "…, just the rod and the cap screws": what follows is kept, not removed
        before = read_correction(parts[at - 1]) if kinds[at - 1] == "fix" else None
        if (before is None or before.action is not Action.REMOVE or kinds[at] == "fix"
                or read_correction(parts[at]) is not None
                or not line_words.lines_named(turn, parts[at], lines)):  # fmt: skip
            continue
        verb = "quita" if turn.language == "es" else "remove"
        parts[at], kinds[at] = f"{verb} {parts[at]}", "fix"


def _numbers_too(turn: Turn, parts: list[str], kinds: list[str]) -> None:
    """ "quitar 1 y 3", "remove 2, 4 and 5": a bare number after a line removed by its
    number is another line removed (given the removal's verb, so it is read as one)."""
    for at in range(1, len(parts)):
        before = recognise(parts[at - 1])
        if (kinds[at - 1] == "fix" and before.name is I.REMOVE and re.fullmatch(r"#?\d{1,3}",
                parts[at].strip(" .")) and numbered.names(turn, parts[at - 1])):  # fmt: skip
            verb = "quitar" if turn.language == "es" else "remove"
            parts[at] = f"{verb} {parts[at].strip(' .#')}"
            kinds[at] = "fix" if numbered.names(turn, parts[at]) else kinds[at]


# "los 30", "the 30": a count a cart line has already, restated beside a change
_RESTATED = re.compile(r"(?:(?:los|las|the|those|esos|esas|all)\s+)?(\d+)", re.I)


def _kind_of(turn: Turn, part: str) -> str:
    """What one part of a message does: `fix` a cart line, the `next` step (order,
    quote, accept, cart), `items`, `noise` (ok, gracias, a line's count restated: "pásame
    todo a los SKF, los 30, y haz el pedido") or `other` (an aside)."""
    said = recognise(part)
    if said.name in _NEXT_STEPS:
        return "next"
    restated = _RESTATED.fullmatch(part.strip(" .!?¡¿"))
    if said.name in NOISE or (restated and any(
            Decimal(ln["qty"]) == int(restated[1]) for ln in cart.lines(turn))):  # fmt: skip
        return "noise"
    if numbered.names(turn, part) or corrections.fits(turn, part):
        return "fix"
    return "items" if re.search(r"\d", part) else "other"


def _settled(turn: Turn, part: str) -> bool:
    """Whether a part without figures names one item the matcher settles ("y agrega la
    correa gates a42" has figures; "y la grasa skf" may not): else it is an aside."""
    return turn.match(strip_politeness(part)).decision == LineDecision.AUTO
