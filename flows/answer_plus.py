"""An answer to the bot's question that adds another item after it ("the 1.6mm metal norton
ones, 40 please, and also add 10 kg of 7018 1/8 lincoln rods", "los 2z skf, 20, y de paso
agrégame 4 correas b54 gates"): the answer and the item added, apart, so the answer settles
the question (with its count) and the other item is a line of its own."""

from __future__ import annotations

import re

from bot.matching.text import fold
from flows.turn import Turn

# The words that add another item after the answer.
_ADDS = re.compile(
    r"[,;.]?\s*\b(?:and also add|and also|also add|and add|plus add|y de paso agr[eé]game|"
    r"y de paso|de paso agr[eé]game|y agr[eé]game|y tambi[eé]n agr[eé]game|y s[uú]male)\b\s*",
    re.IGNORECASE,
)


def parts(turn: Turn) -> tuple[str, str] | None:
    """The answer and the item added after it, while one question waits; None when the
    message is no such answer (then it is read as ever)."""
    pending = turn.data.get("pending") or []
    if turn.part is not None or "\n" in turn.text or len(pending) != 1:
        return None
    found = _ADDS.search(turn.text)
    if found is None:
        return None
    answer, added = turn.text[: found.start()].strip(" ,;."), turn.text[found.end():].strip()
    if not answer or not re.search(r"\d", added):
        return None
    return answer, added


def joined(asked: str, answer: str) -> str:
    """The question's words and the answer's read as one line, the count said after the
    answer ("…, 40 please") first, as a line says it."""
    answer = " ".join(_POINTING.sub(" ", answer).split())
    count = _COUNT.search(answer)
    if count is None:
        return f"{asked} {answer}"
    return f"{count['count']} {asked} {answer[: count.start()]}"


# Words that point at an option without describing it ("the … ones", "los … esos").
_POINTING = re.compile(r"\b(?:the|ones?|those|these|los|las|esos|esas|estos|estas)\b", re.I)


# The count said after the answer's words ("the metal ones, 40 please", "los 2z skf, 20").
_COUNT = re.compile(
    r"[,\s]+(?P<count>\d{1,6})\s*(?:please|pls|plz|porfa|por favor|pcs|units|unidades)?\W*$",
    re.IGNORECASE,
)


# Talk around an answer given later ("oh and the bearing is the 2rsh skf one", "ah y el
# rodamiento es el 2rsh skf"): none of it describes the item.
_TALK = frozenset(re.findall(r"\S+",
    "oh ah and y e also tambien btw so then entonces pues is es son are its it was were era "
    "eran sera seria the a an el la lo un una one ones those these los las esos esas estos estas"))


def described(turn: Turn, asked: str, answer: str) -> str | None:
    """What an answer says of the item asked (`asked`, the question's words), without its
    talk and without the kind the question named said again ("the bearing is …"); None
    when nothing is left or nothing was taken out (the answer is read as it came)."""
    kinds = set(_canonical(turn, asked).split())
    kept = [w for w in answer.split() if (plain := fold(w).strip(".,;:!?¡¿")) not in _TALK
            and not (plain.isalpha() and set(_canonical(turn, plain).split()) <= kinds)]
    return " ".join(kept) if kept and len(kept) < len(answer.split()) else None


def _canonical(turn: Turn, text: str) -> str:
    return turn.services.index.vocabulary.canonicalize(fold(text))
