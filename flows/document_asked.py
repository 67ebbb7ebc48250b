"""A document about an item asked for: a datasheet ("ficha técnica", "spec sheet"), a safety
data sheet, a mill or quality certificate ("3.1 mill certs", "certificado de calidad del
lote"). The bot holds none of them, and SPEC.md's escalation rules put what the bot cannot
answer with a seller: the chat is queued (DOCUMENT_ASKED) with the document and the items,
and the buyer told a seller sends it here. Asked beside items ("me pueden mandar la ficha
técnica del contactor schneider 3p 32a…? y el precio de 5"), the items are priced as ever
first; asked alone about items named before ("necesito el certificado de calidad del lote de
esos pernos, lo pide el cliente final"), the words are no item line."""

from __future__ import annotations

import re

from bot.handoff import QueueReason
from bot.matching.text import fold
from flows import cart
from flows.turn import Turn

_SHEET = (r"fichas? tecnicas?|hojas? tecnicas?|hojas? de datos|data ?sheets?|"
          r"spec(?:ification)?s? sheets?|technical (?:data )?sheets?")  # fmt: skip
_SAFETY = r"hojas? de (?:datos de )?seguridad|safety data sheets?|msds"
# a certificate as a thing asked for, after a determiner or its kind ("el certificado", "3.1
# mill certs"), never an item's word ("guantes certificados EN388": certified gloves)
_CERTIFICATE = (r"(?:^|\b(?:el|los|un|unos|del|de|con|sus|su|the|a|an|any|with|your|their|of|"
                r"for|mill|quality|material|test|3\.1|2\.[12])\s+)(?P<certificate>certificados?|"
                r"certificates?|certs?)|\bmill test reports?")  # fmt: skip
_DOCUMENT = re.compile(rf"\b(?P<safety>{_SAFETY})\b|\b(?P<sheet>{_SHEET})\b|{_CERTIFICATE}\b")


def taken(turn: Turn, text: str) -> str:
    """`text` as it is when a document is asked beside items (a figure said besides the
    document's words: a count, a size), else "" (the document alone: no item line); the
    hand-over is due after the items' reply (`hand_over`)."""
    folded = fold(text)
    found = _DOCUMENT.search(folded)
    if found is None:
        return text
    turn.memo["document_asked"] = found.lastgroup or "certificate"
    rest = folded[: found.start()] + " " + folded[found.end() :]
    rest = re.sub(r"\b3\.1\b|\b2\.[12]\b|\ben ?10204\b", " ", rest)  # a certificate's type
    return text if re.search(r"\d", rest) else ""


def hand_over(turn: Turn, priced: list[str]) -> str | None:
    """Tell the buyer a seller sends the document asked and queue the chat with it and the
    items (`priced` in this message, else the cart's); None when none was asked."""
    kind = turn.memo.pop("document_asked", None)
    if kind is None:
        return None
    skus = priced or [line["sku"] for line in cart.lines(turn) if line["sku"]]
    turn.say("document_asked", kind=kind, cart=bool(cart.lines(turn)))
    turn.detail = f"{kind} asked" + (f" for {', '.join(dict.fromkeys(skus))}" if skus else "")
    return turn.escalate(QueueReason.DOCUMENT_ASKED)
