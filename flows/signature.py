"""A list's signature is no item: "Gracias!\\nPedro Alarcón\\nJefe de Turno Mantención Planta
Concentradora", "Thanks,\\nLuis Ortega\\nMaintenance Supervisor | Plant 2". A forwarded or
pasted list closes with thanks and who wrote it; the name read as an item became a question
among whatever its letters matched, the job title an open line for a seller. After a closing
line (intents.csv `thanks`) that follows the items, lines without a figure and without a
word that asks or adds ("también", "also": bot/talk.py) are the signature."""

from __future__ import annotations

import re

from bot.intents import IntentName, recognise
from bot.talk import asks


def without_signature(lines: list[str]) -> list[str]:
    """`lines` (a message's request lines) without the signature after its closing line."""
    for at in range(len(lines) - 2, 0, -1):
        if recognise(lines[at]).name is not IntentName.THANKS:
            continue
        if not any(re.search(r"\d", line) for line in lines[:at]):
            return lines  # no item before the thanks: nothing closes
        after = lines[at + 1 :]
        if 0 < len(after) <= 4 and not any(re.search(r"\d", a) or asks(a) for a in after):
            return lines[: at + 1]
        return lines
    return lines
