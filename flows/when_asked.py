"""When the goods come, asked of what was ordered or of the cart, not of an item to price.

- "¿cuándo llegan los rodamientos 6310 que les pedimos?", "when do the valves we ordered
  arrive?": the arrival of something the buyer ordered is the order's status, never a new
  line of the item named (the buyer has no use for its price: it is bought).
- "when does the yellow THHN 12 arrive?": what there is of the one item and when more comes.
- "when can we get them in?", "¿para cuándo los tendría?" right after items were priced: the
  cart's lines again, each with where and when it ships, never "I can't answer that".
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.intents import Intent
from bot.item_words import names_item
from flows import cart, taps
from flows.arrival_asked import ARRIVAL, ORDERED, asks_arrival
from flows.chat_states import I, resting
from flows.priced_line import priced_line
from flows.turn import Turn

# "when can we get them in?", "how soon could they arrive?", "¿para cuándo los tendría?":
# when, said of the goods by a pronoun ("them", "los"), no item named.
CART_WHEN = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|y|ya|oye|ok,?)\W+)*(?:when|how soon|cu[aá]ndo|para cu[aá]ndo|"
    r"en cu[aá]nto tiempo)\b.*\b(?:them|they|those|these|it all|everything|los|las|esos|esas|"
    r"eso|todo)\b.*$",
    re.IGNORECASE,
)


def ordered_arrival(turn: Turn, said: Intent) -> Intent:
    """`said` as the order status when it asks when something the buyer ordered arrives,
    or when one item named alone comes in ("when does the yellow thhn 12 arrive?": what
    there is and when more comes, `status` tells; no longer "which one? how many?")."""
    if said.name not in (None, I.STATUS) or said.order or said.reference or said.po:
        return said
    if ARRIVAL.search(turn.text) and ORDERED.search(turn.text):
        return replace(said, name=I.STATUS)
    if said.name is None and "\n" not in turn.text.strip() and asks_arrival(turn, turn.text, said):
        return replace(said, name=I.STATUS)
    return said


def cart_when(turn: Turn, text: str) -> str | None:
    """The cart's priced lines with where and when each ships, when `text` asks when they
    come ("when can we get them in?"); None when it does not or the cart has none."""
    lines = [line for line in cart.lines(turn) if line.get("sku")]
    if not lines or re.search(r"\d", text) or names_item(text) or not CART_WHEN.search(text):
        return None
    shown = [priced_line(turn, line) for line in lines]
    turn.say("items", items=shown, asked_before=[], choosing=False, compact=False,
             **cart.view(turn))  # fmt: skip
    turn.offer(taps.after_items(turn, shown))
    return resting(turn)
