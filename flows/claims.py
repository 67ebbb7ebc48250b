"""An after-sale claim is a seller's (issue #14): a warranty, a return, a wrong item or a
damaged one delivered.

"los rodamientos que nos llegaron con la guía GD-55007 vienen malos … quiero hacer efectiva
la garantía", "we need to return 10 of the flap discs from our last order … How do we do an
RMA?", "en el pedido SO-80004 nos mandaron correas A68 y nosotros pedimos A86", "SO-80005 came
in with the wrong bearings". Read as items such a message became an open cart line (a quote
for the very thing being returned), or an order's status; the claim was nobody's. Now the
buyer is told a seller takes it (no order, no cart line); the chat waits in the sellers'
queue with what the claim is, the order it names and the buyer's words.

A message is a claim when it says what the claim is (a warranty, a return or RMA, a wrong or
damaged item) about something already delivered: "nos llegaron", "came in", "from our last
order", an order or delivery document named. A question about a warranty before buying
("¿qué garantía tienen los SKF?") names nothing delivered: it is read as ever. The phrases
are data (bot/after_sale.csv), so a distributor adds its buyers' words.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.after_sale_phrases import CLAIMS, fold, patterns, says
from bot.handoff import QueueReason
from bot.intents import ORDER_NUMBER, REFERENCE
from bot.order_tracking import find_order
from flows.turn import Turn


class Claim(StrEnum):
    WARRANTY = "warranty"
    RETURN = "return"
    WRONG = "wrong"  # an item other than the one ordered
    DAMAGED = "damaged"


# The phrases are data (bot/after_sale.csv): what the claim is (warranty, return, wrong,
# damaged, read in that order: "the wrong grit … return" is a return; "vienen malos … la
# garantía" a warranty), something delivered, replacements bought, a quote named.
# A count and an item before the replacing words buy them: "5 6205 para cambiar los rotos
# que llegaron", "4 x 6205 replacement for the damaged ones that arrived".
_COUNTED_FIRST = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,2}\d+(?:\s*x)?\s+\S")


def _a_return(folded: str) -> bool:
    """A return said: not a "non-return valve", nor "2 return filters" (`return_part`)."""
    for said in patterns()["return"].finditer(folded):
        before, after = folded[: said.start()], folded[said.end() :]
        part = patterns()["return_part"].match(after.lstrip())
        if not before.endswith(("non ", "non-")) and not (part and after[:1].isspace()):
            return True
    return False


def _buys_replacements(folded: str) -> bool:
    """Replacements bought for what broke or failed ("need 10 bearings to replace the broken
    ones", "necesito 6 correas para reemplazar las rotas"): a purchase, read as ever. Asking
    us to replace them ("can you replace the broken ones?") is still a claim."""
    replacing = patterns()["replacing"].search(folded)
    if replacing is None:
        return False
    before = folded[: replacing.start()]
    near = any(len(before) - b.end() <= 80 for b in patterns()["buying"].finditer(before))
    return near or bool(_COUNTED_FIRST.match(before))


def claimed(turn: Turn) -> tuple[Claim, str | None] | None:
    """The claim this message makes about something delivered, and the customer's order it
    names (its number, the ERP's, its delivery document); None when it makes none."""
    folded = fold(turn.text)
    kinds = [Claim(kind) for kind in CLAIMS
             if (_a_return(folded) if kind == "return" else says(kind, folded))]  # fmt: skip
    if not kinds or _buys_replacements(folded):
        return None
    order = _order_named(turn)
    if order is None and (not says("delivered", folded) or says("quote", folded)):
        return None  # "sorry, wrong code: FAS-10023", "your quote came with the wrong brand"
    return kinds[0], order


def hand_over(turn: Turn, claim: Claim, order: str | None) -> str:
    """Tell the buyer a seller takes the claim (no order, no cart line); queue the chat
    with what it is, the order it names and the buyer's words."""
    turn.say("claim", claim=claim.value, order=order)
    turn.detail = f"{claim.value}{f' {order}' if order else ''}: {turn.text}"[:500]
    return turn.escalate(QueueReason.AFTER_SALE_CLAIM)


def _order_named(turn: Turn) -> str | None:
    """The customer's order the message names (its number, the ERP's, its delivery document)."""
    if turn.customer is None:
        return None
    said = [m[0] for m in ORDER_NUMBER.finditer(turn.text)]
    said += [re.sub(r"[- ]?(\d)", r"-\1", d[1], count=1) for d in REFERENCE.finditer(turn.text)]
    for number in said:
        found = find_order(turn.session, turn.customer.customer_id, number)
        if found is not None:
            return found.number
    return None
