"""Whether prices include a tax, asked ("ese precio ya incluye el IVA?", "Is that inc GST?",
"are your prices in USD and before tax?"): answered from configuration as the quote document
shows it (SPEC.md: TAX_RATE_PCT and TAX_NAME, net, tax and total): prices are net, before
the tax, in the cart's currency, and the quote adds TAX_RATE_PCT when one is set. Asked
beside items, the sentence that asks is no item line, and the answer follows the items'
reply, once per message. The asking phrases are data (`tax` rows of bot/intents.csv)."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.intents import Intent, IntentName, asks
from flows import cart
from flows.turn import Turn

# Where a message's sentences end ("… necesito 6. ese precio ya incluye el IVA?"), kept so a
# list keeps its lines; a decimal point ("1.6 metal") ends none.
_SENTENCE_END = re.compile(r"((?<=[.?!])[ \t]+|\n)")


def taken(turn: Turn, text: str) -> str:
    """`text` without the sentences that only ask about tax (no figure in them: "Is that inc
    GST?"); the answer is then due once, after the items' reply (`answer`)."""
    parts = _SENTENCE_END.split(text)
    kept: list[str] = []
    for at in range(0, len(parts), 2):
        sentence, end = parts[at], parts[at + 1] if at + 1 < len(parts) else ""
        if asks(sentence, IntentName.TAX):
            turn.memo["tax_asked"] = True
            if not re.search(r"\d", sentence):
                kept.append("\n" if end == "\n" else "")  # a list's line break stays
                continue  # a figure beside the tax ("6 válvulas con IVA"): still the item's
        kept.append(sentence + end)
    return "".join(kept).strip() if turn.memo.get("tax_asked") else text


def answer(turn: Turn) -> None:
    """Say how prices stand against tax, when this message asked and it is not said yet."""
    if not turn.memo.pop("tax_asked", None):
        return
    turn.memo["tax_told"] = True
    rate = turn.services.tax_rate_pct
    turn.say("tax_asked", currency=cart.view(turn)["currency"], tax_name=turn.services.tax_name,
             rate=f"{rate.normalize():f}" if rate > Decimal(0) else None)  # fmt: skip


def beside(turn: Turn) -> None:
    """The tax asked in a message another handler answered (a correction, a change: "no,
    the 1/2 not the 3/4. is that plus tax?"), answered after it, when not told yet."""
    if turn.part is None and not turn.memo.get("tax_told") and asks(turn.text, IntentName.TAX):
        turn.memo["tax_asked"] = True
        answer(turn)


def asked(turn: Turn, said: Intent) -> str:
    """The tax asked alone ("¿el precio incluye IGV?"): the answer, the chat where it was."""
    turn.memo["tax_asked"] = True
    answer(turn)
    return turn.conversation.state
