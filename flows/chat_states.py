"""The sales chat's state names, its handlers' type and the two answers many handlers end
with (`resting`, `problem`).

Its own module so that flows/sales.py (the table) and the handler modules it imports
(flows/choosing.py, flows/small_asks.py, flows/cart_commands.py …) share them without
importing each other back.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.intents import Intent, IntentName
from bot.statuses import ConversationState
from flows.turn import Turn

S = ConversationState
IDLE, CHOOSING, CONFIRMING, SHORT, LEAD, HUMAN = (
    S.IDLE.value, S.CHOOSING.value, S.CONFIRMING.value, S.SHORT.value, S.LEAD.value,
    S.HUMAN.value,
)  # fmt: skip
STATES = (IDLE, CHOOSING, CONFIRMING, SHORT, LEAD, HUMAN)
I = IntentName  # noqa: E741 (the enum, as in bot/intents.py)
Handler = Callable[[Turn, Intent], str]
Table = dict[str, dict[IntentName | None, Handler]]  # state -> what the buyer meant -> handler


def resting(turn: Turn) -> str:
    """The state to stay in after an answer that settles nothing: the open question."""
    state = turn.conversation.state
    return state if state in (CHOOSING, CONFIRMING, SHORT, LEAD) else IDLE


def problem(turn: Turn, key: str) -> str:
    turn.say("problem", reason=turn.wording.phrase(key, turn.language))
    return resting(turn)
