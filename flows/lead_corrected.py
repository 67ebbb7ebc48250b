"""A guest whose company data a seller is waiting on corrects it: "disculpe, el RUC está
mal, el correcto es 0690012345002", "sorry, the PIN is wrong, it is P051234567R", "el
correo es otro: compras2@…". The chat is in the sellers' queue as a lead, so the bot only
acknowledged it, and the seller would have opened the account under the wrong id. The new
tax id (named as such, or written in the shape of the one kept: same letters and figures in
the same places) or email replaces the kept one, and the buyer reads the corrected data."""

from __future__ import annotations

import re

from bot import audit
from bot.handoff import QueueReason, subject_of
from bot.tax_ids import label_for
from flows.leads import EMAIL, tax_id_in, tax_label, tax_value
from flows.turn import Turn

# A correction said ("está mal", "me equivoqué", "should be", "sorry"): only then is a word in
# the kept id's shape the new id, never a PO or an order number of the same length.
_CORRECTING = re.compile(
    r"\b(?:mal|equivoc\w*|incorrect\w*|errad\w*|err[oó]ne\w*|correct\w*|perd[oó]n|disculp\w*|"
    r"debe ser|es el bueno|wrong|mistake|oops|sorry|should be|right one|typo)\b",
    re.I,
)

# A word that may be a tax id: figures, with letters, dots or dashes among them.
_TOKEN = re.compile(r"(?<![\w@.-])[\w.-]*\d[\w.-]*(?![\w@-])")


def _shape(text: str) -> str:
    return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", text.upper().strip(".")))


def _new_tax_id(text: str, kept: str) -> tuple[str, str | None] | None:
    """The tax id `text` gives instead of `kept`, and its name if the buyer named it."""
    named = tax_id_in(text)
    if named and len(tax_value(named)) >= 5:
        return tax_value(named), tax_label(named)
    if not _CORRECTING.search(text):
        return None
    shaped = [t.strip(".") for t in _TOKEN.findall(text) if _shape(t) == _shape(kept)]
    return (shaped[-1], None) if shaped else None


def corrected(turn: Turn) -> bool:
    """Whether the message corrected a queued lead's tax id or email (then answered)."""
    lead = turn.data.get("lead")
    if turn.customer is not None or not lead or \
            turn.conversation.attention != QueueReason.LEAD.value:  # fmt: skip
        return False
    changed = False
    email = EMAIL.search(turn.text)
    if email and email[0] != lead.get("email"):
        lead["email"], changed = email[0], True
    taxed = _new_tax_id(EMAIL.sub(" ", turn.text), lead.get("tax_id") or "")
    if taxed and taxed[0] != lead.get("tax_id"):
        lead["tax_id"], changed = taxed[0], True
        if taxed[1]:
            lead["tax_label"] = taxed[1]
    if not changed:
        return False
    audit.record(turn.session, subject_of(turn.conversation.id or 0), "lead_corrected",
                 turn.actor, turn.cause, tax_id=lead.get("tax_id"), email=lead.get("email"))
    turn.data["lead"] = dict(lead)
    label = lead.get("tax_label") or label_for(turn.conversation.address)
    turn.say("lead", done=True, corrected=True, account=bool(turn.data.get("lead_for_account")),
             **{**lead, "tax_label": label})  # fmt: skip
    return True
