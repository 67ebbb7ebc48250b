"""A blocked or held customer is told so when the cart starts, once per conversation.

Its own module because items, options picked and a reorder all start carts, and the
standing read is cached by a stamp (customer, latest import, quarter hour) worth keeping
in one place.
"""

from __future__ import annotations

from bot.credit import CreditStatus, credit_for, explain
from bot.promises import local_today
from flows import cart
from flows.turn import Turn


def credit_notice(turn: Turn) -> None:
    """A blocked or held customer hears it when the cart starts, once per conversation."""
    if turn.customer is None or turn.data.get("credit_told") or not cart.lines(turn):
        return
    checked = _credit_stamp(turn)
    if checked is not None and turn.data.get("credit_ok") == checked:
        return  # found in good standing this quarter hour, since the latest import
    today = local_today(turn.session, turn.customer, turn.now)  # the statement's day too
    credit = credit_for(turn.session, turn.customer, today)
    if credit.status is CreditStatus.OK:
        if checked is not None:
            turn.data["credit_ok"] = checked
        return
    turn.data["credit_told"] = True
    reasons = [explain(turn.wording, r, turn.language) for r in credit.reasons]
    turn.say("credit_notice", blocked=credit.status is CreditStatus.BLOCKED, reasons=reasons)


def _credit_stamp(turn: Turn) -> str | None:
    """What a customer's standing (asking, no order value) depends on: the customer, the
    ERP's data (customers and receivables change only by an import) and their local date.
    Every time zone's midnight falls on a UTC quarter hour, so the local date cannot change
    within one: a good standing found in this quarter hour holds for it (issue #19: two
    reads a turn). None when the turn does not know the latest import."""
    latest = turn.services.latest_import
    if latest is None or turn.customer is None:
        return None
    quarter = turn.now.replace(minute=turn.now.minute - turn.now.minute % 15, second=0,
                               microsecond=0)  # fmt: skip
    return f"{turn.customer.customer_id}|{latest}|{quarter.isoformat()}"
