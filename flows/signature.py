"""A list's signature is no item: "Gracias!\\nPedro Alarcón\\nJefe de Turno Mantención Planta
Concentradora", "Thanks,\\nLuis Ortega\\nMaintenance Supervisor | Plant 2". A forwarded or
pasted list closes with thanks and who wrote it; the name read as an item became a question
among whatever its letters matched, the job title an open line for a seller. After a closing
line (intents.csv `thanks`) that follows the items, lines without a figure and without a
word that asks or adds ("también", "also": bot/talk.py) are the signature, unless the first
of them names an item of the catalog's vocabulary and is not written as a person's name
("gracias\\ncinta aislante", "thanks\\noh and safety glasses"): a signature opens with who
wrote it ("Marcela Fuentes Rojas", whose surnames are words of items too), and an item added
after the thanks was lost. A company named further down ("Ferretería El Tornillo") stays
signature."""

from __future__ import annotations

import re

from bot.intents import IntentName, recognise
from bot.item_words import names_item
from bot.talk import asks


def without_signature(lines: list[str]) -> list[str]:
    """`lines` (a message's request lines) without the signature after its closing line."""
    for at in range(len(lines) - 2, 0, -1):
        if recognise(lines[at]).name is not IntentName.THANKS:
            continue
        if not any(re.search(r"\d", line) for line in lines[:at]):
            return lines  # no item before the thanks: nothing closes
        after = lines[at + 1 :]
        if 0 < len(after) <= 4 and not _an_item(after[0]) \
                and not any(re.search(r"\d", a) or asks(a) for a in after):  # fmt: skip
            return lines[: at + 1]
        return lines
    return lines


# A person's name as a signature writes it: one to four words, each capitalised ("Amber",
# "Blanca" and "Clara" are names before they are colours of items).
_NAME = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*")


def _an_item(line: str) -> bool:
    """Whether a line after the thanks names an item, not whoever wrote the list."""
    words = line.split()
    written_as_name = bool(_NAME.fullmatch(line.strip())) and all(w[0].isupper() for w in words)
    return names_item(line) and not written_as_name
