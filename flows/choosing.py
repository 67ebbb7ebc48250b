"""The buyer picks among options ("1 y 3", "la segunda", "sí", "bolsas", "24"): the
`choosing` state's answers, and how an option's count and packs are read.

The item turn (flows/sales.py) asks the question; this module settles it, so the rules
for a pick (its count, packs or pieces, "4 de cada una", remembering the pick for the
customer) live together, apart from reading new items.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from bot.corrections import Action
from bot.corrections import read as read_correction
from bot.formatting import quantity_text
from bot.intents import Intent, fillers, recognise, strip_politeness
from bot.matching.learning import remember
from bot.matching.lines import RequestLine
from bot.matching.text import fold
from bot.packs import either_way, in_packs, reading_named
from bot.words import words_of
from flows import cart, corrections, line_changes, line_swaps, ordering, taps
from flows.chat_states import CHOOSING, IDLE, I
from flows.counts_told import count_alone, count_told, quantity_told
from flows.credit_notice import credit_notice
from flows.priced_line import priced_line
from flows.turn import Turn


def choose(turn: Turn, said: Intent) -> str:
    """ "1", "1 y 3", "la segunda": the options picked go to the cart; "diez más" / "10
    more" while options wait changes a cart line's quantity, as in idle, never option 10."""
    reading = packs_answered(turn)
    if reading is not None:  # "12 unidades", "bags": the reading of a count under a pack
        said = replace(said, name=I.CHOOSE, numbers=(reading,))
    choices = turn.data.get("choices") or {}
    adding = read_correction(turn.text) if said.numbers else None
    if adding is not None and adding.action == Action.ADD and cart.lines(turn):
        corrected = corrections.correct(turn)
        if corrected is not None:
            return corrected
    if not said.numbers and said.name in (I.YES, I.ACK):
        return _yes_to_options(turn, said, choices)
    found = [choices.get(str(n)) for n in said.numbers]
    if None in found and (counted := count_of_options(turn, said)) is not None:
        return counted  # "24" of the one option there is, its count asked: 24 of it
    position = int(turn.data.get("ask_qty") or 0)
    if None in found and position and (told := quantity_told(turn, position)) is not None:
        return count_told(turn, said, position, told)  # "ok, necesito 10": the priced line's
    if not found or None in found:
        turn.say("problem", reason=turn.wording.phrase("bad_choice", turn.language))
        ask_again(turn)
        return CHOOSING
    picked = [p for p in found if p is not None]
    # Answers to "which line?" (flows/line_changes.py): that cart line changes.
    changes = [line_changes.apply_pick(turn, p) for p in picked if p.get("edit")]
    items_picked = [p for p in picked if not p.get("edit")]
    shown: list[dict[str, Any]] = []
    each = turn.memo.get("each")  # "la primera y la tercera, 4 de cada una" (each_picked)
    either = [p for p in items_picked if not each and _picked_either_way(turn, p)]
    items_picked = [p for p in items_picked if not any(p is e for e in either)]
    for pick in items_picked:
        quantity, pieces = _picked_count(turn, pick, each)
        line = cart.add(turn, pick["sku"], quantity, pick["text"], pieces=pieces,
                        assumed=not each and pick.get("assumed", False))  # fmt: skip
        shown.append(priced_line(turn, line))
        asked = next((q for q in turn.data.get("pending", []) if q["text"] == pick["text"]), None)
        if asked is not None:  # "mejor la de inox npt" later swaps it for another of them
            line_swaps.remember_options(turn, line, [c["sku"] for c in asked["candidates"]])
    if turn.customer is not None:  # the same words are settled without asking next time
        for pick in [*items_picked, *either]:
            remember(
                turn.session, turn.services.index, customer_id=turn.customer.customer_id,
                text=pick["text"], sku=pick["sku"], actor=turn.actor, source="buyer",
            )  # fmt: skip
        turn.forget_matches()
    answered = {p["text"] for p in picked}
    pending = [q for q in turn.data.get("pending", []) if q["text"] not in answered]
    open_numbers = {c["number"] for q in pending for c in q["candidates"]}
    turn.data["pending"] = pending
    turn.data["choices"] = {n: c for n, c in choices.items() if n in open_numbers}
    for pick in either:  # the option picked, its bare count under a pack: bags or pieces?
        question = cart.packs_or_pieces(turn, pick["sku"], Decimal(pick["qty"]), pick["text"],
                                    f"{turn.message.id}.{len(pending)}",
                                    turn.data["choices"])  # fmt: skip
        shown.append(question)
        pending.append(question)
        items_picked.append(pick)  # answered with the question, never as a line changed
    credit_notice(turn)
    if not items_picked:
        line_changes.answered(turn, changes)
        if pending:
            ask_again(turn)
    else:
        turn.say("items", items=shown, asked_before=[q for q in pending if q not in shown],
                 choosing=bool(pending), compact=False, **cart.view(turn))  # fmt: skip
        turn.offer(taps.after_items(turn, shown))
        _count_next(turn)
    if not pending and turn.data.pop("then_order", False):  # "place an order for …"
        return ordering.order(turn, said)
    return CHOOSING if pending else IDLE


def _count_next(turn: Turn) -> None:
    """An option picked with no count said ("la de 7 pulgadas", "the 7 inch ones"), the one
    line waiting for its count: the count said next is its ("25 de esos", "80 of em")."""
    assumed = [i for i, ln in enumerate(cart.lines(turn), 1) if ln.get("assumed")]
    if len(assumed) == 1 and not turn.data.get("pending") and not turn.data.get("ask_qty"):
        turn.data["ask_qty"] = assumed[0]


def count_of_options(turn: Turn, said: Intent) -> str | None:
    """A count said alone ("unos 24 pares", "about 30", "24") while one question waits
    whose options came without a count ("¿cuál? ¿Y cuántos?"): the count of those options;
    the one option there is goes to the cart with it, else the buyer is asked which.
    None when it is no such message (then it is items, or an option's number)."""
    waiting = [q for q in turn.data.get("pending", []) if q.get("kind") == "choose"]
    if len(waiting) != 1 or not waiting[0].get("assumed"):
        return None
    alone = count_alone(strip_politeness(turn.text))
    if alone is None:
        return None  # "24 pares de guantes de cuero": another item
    count, uom = alone
    question, choices = waiting[0], turn.data.get("choices") or {}
    question.update(qty=quantity_text(count), assumed=False)
    for candidate in question["candidates"]:
        candidate.pop("qty", None)  # "4 1/2\" valves" then "6": no option keeps its "(×4)"
        option = choices.get(candidate["number"])
        if option is not None:
            option.update(qty=quantity_text(count), assumed=False,
                          **({"said_uom": uom} if uom else {}))  # fmt: skip
    turn.data["choices"], turn.data["pending"] = choices, list(turn.data["pending"])
    if len(question["candidates"]) == 1:
        only = int(question["candidates"][0]["number"])
        return choose(turn, replace(said, name=I.CHOOSE, numbers=(only,)))
    ask_again(turn)
    return CHOOSING


def _yes_to_options(turn: Turn, said: Intent, choices: dict[str, Any]) -> str:
    """ "sí", "yes", "ok" right after options: the one option there is, or which one?"""
    if len(choices) == 1:
        return choose(turn, replace(said, name=I.CHOOSE, numbers=(int(next(iter(choices))),)))
    turn.say("problem", reason=turn.wording.phrase("which_option", turn.language))
    ask_again(turn)
    return CHOOSING


def finish_choosing(turn: Turn, said: Intent) -> str:
    """`pedido`/`cotizar` while options wait: finish the question first."""
    turn.say("problem", reason=turn.wording.phrase("finish_choosing", turn.language))
    ask_again(turn)
    return CHOOSING


def ask_again(turn: Turn) -> None:
    turn.say("items", items=[], asked_before=turn.data.get("pending", []), choosing=True,
             compact=False, **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, []))


def count_said(line: RequestLine) -> dict[str, str]:
    """How an option's count was said, kept on the option: the pieces when the options
    all come in the same packs and the count was read as them, else the unit said, for
    the option picked to read it (bot/packs.py: "300 amarras" of a bag of 100)."""
    if line.pieces is not None:
        return {"pieces": quantity_text(line.pieces)}
    return {"said_uom": line.uom} if line.uom else {}


def count_either_way(turn: Turn, result: Any) -> bool:
    """Whether a line's bare count may be packs or pieces (bot/packs.py `either_way`)."""
    product = cart.product_of(turn, result.sku)
    line = result.line
    return line.quantity_given and line.pieces is None and either_way(
        line.quantity, line.uom, line.text, product.uom, product.pack_qty)


def _picked_either_way(turn: Turn, pick: dict[str, Any]) -> bool:
    """Whether an option picked carries a bare count that may be packs or pieces (its
    question not yet asked: a reading picked is settled)."""
    if pick.get("reading") or pick.get("pieces") or pick.get("assumed"):
        return False
    product = cart.product_of(turn, pick["sku"])
    return either_way(Decimal(pick["qty"]), pick.get("said_uom"), pick["text"], product.uom,
                      product.pack_qty)


def packs_answered(turn: Turn) -> int | None:
    """The option a short answer picks of the open packs-or-pieces question ("bolsas",
    "12 unidades", "the bags please"): its words name one reading and nothing else (a count
    said is that question's); None otherwise."""
    asked = next((q for q in turn.data.get("pending") or [] if q.get("kind") == "packs"), None)
    reading = reading_named(turn.text) if asked is not None else None
    if asked is None or reading is None:
        return None
    rest = [w for w in words_of(_READING_WORDS.sub(" ", fold(turn.text)))
            if w not in fillers() and w != asked["qty"]]  # fmt: skip
    if rest:
        return None
    return next(int(c["number"]) for c in asked["candidates"] if c["reading"] == reading)


# The words of a packs-or-pieces answer besides fillers: the readings' own and the count's
# own words ("de a una", "each"), so "las bolsas nomás", "12 pieces please" are answers.
_READING_WORDS = re.compile(r"\b(?:bags?|bolsas?|bls|box(?:es)?|cajas?|packs?|paquetes?|units?|"
                            r"unidad(?:es)?|und|uds?|pcs?|pieces?|piezas?|pzas?|sueltas?|"
                            r"sueltos?|each|individual(?:es|ly)?|nomas|porfa|thanks|gracias)\b")


def _picked_count(
    turn: Turn, pick: dict[str, Any], each: Decimal | None
) -> tuple[Decimal, Decimal | None]:
    """The quantity an option picked goes to the cart with, and the pieces asked when it
    comes in packs the buyer counted by the piece ("300 amarras", then "la 2")."""
    if each:
        return each, None
    quantity = Decimal(pick["qty"])
    if pick.get("pieces"):
        return quantity, Decimal(pick["pieces"])
    if pick.get("assumed"):
        return quantity, None
    product = cart.product_of(turn, pick["sku"])
    packs = in_packs(quantity, pick.get("said_uom"), product.uom, product.pack_qty)
    return (quantity, None) if packs is None else (packs, quantity)


# A count for each option picked, after the picks: "la primera y la tercera, 4 de cada una",
# "1 and 3, 10 of each", "2 y 3 x 5 c/u".
_EACH = re.compile(
    r"[\s,;:-]*(?:x\s*)?(?P<count>\d{1,6})\s*(?:de cada (?:una|uno)|cada (?:una|uno)|c/u|"
    r"of each(?: one)?|each|apiece)\W*$",
    re.I,
)


def each_picked(turn: Turn, said: Intent) -> Intent:
    """Options picked with a count for each: the picks (`choose` puts each in that count,
    kept on the turn's memo); else `said` as it was."""
    each = _EACH.search(turn.text)
    if each is None or int(each["count"]) <= 0:
        return said
    picked = recognise(turn.text[: each.start()])
    if picked.name is not I.CHOOSE or not picked.numbers:
        return said
    turn.memo["each"] = Decimal(each["count"])
    return picked
