"""A message asking several things at once, one of them about an order or the account
("3 cosas: 1) cuándo vence la F-50003? 2) la SO-80001 ya salió? 3) cotízame 10 discos"):
each ask answered in the order said.

The item lines among the asks are read by the item turn, passed in (it lives in
flows/sales.py, which imports this module).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.intents import REFERENCE, Intent, recognise
from bot.item_words import names_item
from bot.joined.cuts import INLINE_NUMBER
from flows import arrival_asked
from flows.chat_states import Handler, I
from flows.in_parts import NOISE
from flows.pre_read import QUESTION
from flows.small_asks import account, status
from flows.turn import Turn

# Where a message asking several things is cut: its numbered asks ("1) … 2) …"), after a
# question ("¿la SO-80004 ya se entregó? y la SO-80001?"), its lines, and the words that
# open another ask ("y de paso", "por cierto", "otra cosa", "btw"), or "also" before a
# question ("…, also why did SO-80006 get cancelled", "y también dime cuándo …").
_ASKS = re.compile(
    r"(?:(?<=\s)|^)\d{1,2}(?:\)|\.-)\s+|(?<=\?)\s+|\s*\n+\s*|[,;.]?\s*\b(?:y de paso|de paso|"
    r"por cierto|otra cosa|aparte de eso|btw|by the way|and also|y tambi[eé]n|y aparte)\b|"
    r"[,;.]?\s*\b(?:also|tambi[eé]n)\s+(?=(?:why|when|where|how|what|whats|what'?s|wheres|"
    r"hows|is|are|do|does|did|any|tell me|can you tell me|cu[aá]l|"
    r"por ?qu[eé]|cu[aá]ndo|d[oó]nde|c[oó]mo|dime|d[ií]game|d[ií]ganme)\b)"
    # a voice note's next ask: "… and when that invoice is due", "oh and did SO-80006 …",
    # a run-on's "… and do we owe anything past due??"
    r"|[,;.]?\s+(?:oh\s+)?and\s+(?=(?:when|did|has|have|was|do|does|whats|what'?s|how)\s)",
    re.IGNORECASE,
)


# Asked, not said: how much, when, where, why …, or "dime"/"tell me" ("dime cuánto les
# debemos", "why did SO-80006 get cancelled").
_ASKING = re.compile(
    r"\b(?:cu[aá]nto|cu[aá]ndo|d[oó]nde|c[oó]mo|qu[eé]|por ?qu[eé]|dime|d[ií]game|d[ií]ganme|"
    r"how|what|whats|what's|when|where|why|tell me)\b",
    re.IGNORECASE,
)


AFTER_SALE = (I.STATUS, I.ACCOUNT)


MAX_ASKS = 6


def several_asks(turn: Turn, items: Handler) -> str | None:
    """A message asking several things at once, one of them about an order or the account
    ("3 cosas: 1) cuándo vence la F-50003? 2) la SO-80001 ya salió? 3) cotízame 10 discos
    flap …", "30 pernos … y de paso dime cuánto les debemos"): each ask answered in the
    order said, the item lines among them read together as ever; a document named alone
    after an ask ("¿la SO-80004 ya se entregó? y la SO-80001?") is asked the same. None
    when it is no such message (then it is read as one, as before)."""
    if turn.part is not None:
        return None
    numbered = bool(INLINE_NUMBER.search(turn.text))
    raw = [p for p in _ASKS.split(turn.text) if p and p.strip(" ,;:.¿?¡!")]
    if not 2 <= len(raw) <= MAX_ASKS:
        return None
    asks: list[tuple[str, str, Intent]] = []
    last: Intent | None = None
    needs, wanted = 0, list[str]()
    for at, part in enumerate(raw):
        said = _said_among_talk(part)
        named = REFERENCE.search(part)
        if said.name in (None, I.STATUS) and arrival_asked.asks_arrival(turn, part, said):
            asks.append(("arrival", part, said))  # "y dime cuándo les llegan los koyo 6310"
        elif said.name in AFTER_SALE and (said.reference or QUESTION.search(part)
                                         or _ASKING.search(part)):  # fmt: skip
            last = said
            asks.append(("ask", part, said))
        elif last is not None and named and _only_named(part, named):
            asks.append(("ask", part, replace(last, reference=named[1].upper(), rest=part)))
        elif said.name is None and named and "-" in named[1] and _ASKING.search(part) \
                and not names_item(part):  # fmt: skip
            # "why did SO-80006 get cancelled": a document asked about is its status asked
            asks.append(("ask", part, replace(said, name=I.STATUS, reference=named[1].upper(),
                                              rest=part)))
        elif asks and asks[-1][0] == "arrival" and arrival_asked.NEED_ALONE.match(part):
            needs += 1  # "… los lentes ámbar? ocupo 20": that item's line, priced for 20
            wanted += filter(None, [arrival_asked.needed_line(turn, asks[-1][1], part)])
        elif asks and asks[-1][0] == "arrival" and (
                then := arrival_asked.need_then_items(part)):  # fmt: skip
            needs += 1  # "… coming in? we need 5, and 10 flap discs …": both lines
            wanted += filter(None, [arrival_asked.needed_line(turn, asks[-1][1], then[0])])
            asks.append(("items", then[1], _said_among_talk(then[1])))
        elif said.name in NOISE or (numbered and at == 0 and part.rstrip().endswith(":")):
            continue  # "hola, 3 cosas:" before the numbered asks
        elif said.name is None and (re.search(r"\d", part) or names_item(part)):
            asks.append(("items", part, said))
        elif said.name is not None:
            return None
        # else talk around the asks ("no me acuerdo si llegó", "AP is asking for it")
    accounts = [said for kind, _, said in asks if kind == "ask" and said.name is I.ACCOUNT]
    if len(accounts) > 1:  # "what's our balance? AP needs a copy of F-50005 too": one answer
        first = next((a for a in accounts if a.reference), accounts[0])
        asks = [a for a in asks if a[0] != "ask" or a[2].name is not I.ACCOUNT or a[2] is first]
    if not any(kind in ("ask", "arrival") for kind, _, _ in asks) or len(asks) + needs < 2:
        return None
    state, before = turn.conversation.state, len(turn.replies)
    lines = "\n".join([*wanted, *(part for kind, part, _ in asks if kind == "items")])
    for kind, part, said in asks:
        if kind == "ask":
            turn.part = part
            (status if said.name is I.STATUS else account)(turn, said)
        elif kind == "arrival":
            turn.say("arrival", **(arrival_asked.arriving(turn, part) or {}))
        elif lines:
            turn.part, lines = lines, ""
            state = items(turn, recognise(turn.part))
    if lines:  # only the arrival asked, with the count needed: its line
        turn.part = lines
        state = items(turn, recognise(turn.part))
    turn.part = None
    tapped = [i for i in range(before, len(turn.replies)) if turn.replies[i].choices]
    for i in tapped[:-1]:  # one set of buttons: the last ask's
        turn.replies[i] = replace(turn.replies[i], choices=None)
    return state


# Words a voice note's ask sits between: who is writing and why ("le escribe ana de
# constructora sur mire necesito saber cuánto les debemos porque contabilidad me pregunta").
_AROUND_ASK = re.compile(r"\s+(?:mire|mira|oiga|oye|look|listen|porque|because|ya que|since)\s+",
                         re.I)  # fmt: skip


def _said_among_talk(part: str) -> Intent:
    """What one ask of a several-ask message says: as a whole, or, when that is nothing and
    it has no figure, the clause among the talk around it that asks about an order or the
    account ("… mire necesito saber cuánto les debemos porque …": the account)."""
    said = recognise(part)
    if said.name is not None or re.search(r"\d", part):
        return said
    for clause in _AROUND_ASK.split(part):
        inner = recognise(clause)
        if inner.name in AFTER_SALE and _ASKING.search(clause):
            return replace(inner, rest=part)
    return said


def _only_named(part: str, named: re.Match[str]) -> bool:
    """Whether `part` names a document and nothing else ("y la SO-80001?")."""
    rest = (part[: named.start()] + " " + part[named.end() :]).lower()
    return not (set(re.findall(r"[^\W\d_]+", rest)) - {"y", "e", "and", "la", "el", "lo", "the",
                                                      "what", "about", "con", "de", "del", "of"})
