"""A company's name as buyers write it: its legal form closes it ("Ltda", "S.A. de C.V.",
"Inc", "84 Lumber Co"). The guest's lead (flows/leads.py) reads the company by it, and the
request reader (bot/joined/asking.py) does not take a company's words for an item's ("this is
Delta Pumps Inc, EIN … we need 4 …": no pump is asked for)."""

from __future__ import annotations

import re

LEGAL_FORM = (
    r"(?:ltda|limitada|spa|s\.\s?a\.?(?:\s?c\.?)?|c\.\s?a\.?|(?-i:SA|SAC|CA|SAS)|"
    r"s\.?\s?r\.?\s?l\.?|e\.?i\.?r\.?l\.?|s\.a\.s\.?|s\.?a\.? de c\.?v\.?|inc|llc|ltd|limited|"
    r"corp|corporation|gmbh|plc|pty ltd|co|c[ií]a)\.?"
)

# A name of up to six words its legal form closes ("Delta Pumps Inc", "Bombas del Norte Ltda")
_NAMED = re.compile(r"(?:[^\W\d_][\w&'.-]*\s+){1,6}" + LEGAL_FORM + r"(?![\w])", re.I)


def without_companies(text: str) -> str:
    """`text` without the companies it names by their legal form."""
    return _NAMED.sub(" ", text)
