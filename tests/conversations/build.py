"""Writes the conversation corpus (tests/conversations/*.txt) from the scripts below.

`python tests/conversations/build.py` (from the repository root, PYTHONPATH=.). The
scripts are written as buyers write; the only thing computed here is each price fact:
`$ SKU QTY` becomes `$ SKU QTY UNIT_PRICE LINE_TOTAL` for the conversation's customer,
by the rules of ERP.md on the demo data (`mostrador demo-data --as-of AS_OF`), and a
few shorthands become the regular expressions they stand for (README.md lists them).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.conversations.erp_rules import AS_OF, DemoData  # noqa: E402
from tests.conversations.scripts import SCRIPTS as FIRST  # noqa: E402
from tests.conversations.scripts2 import SCRIPTS as SECOND  # noqa: E402
from tests.conversations.scripts3 import SCRIPTS as THIRD  # noqa: E402
from tests.conversations.scripts4 import SCRIPTS as FOURTH  # noqa: E402
from tests.conversations.scripts5 import SCRIPTS as FIFTH  # noqa: E402
from tests.conversations.scripts6 import SCRIPTS as SIXTH  # noqa: E402
from tests.conversations.scripts7 import SCRIPTS as SEVENTH  # noqa: E402
from tests.conversations.scripts8 import SCRIPTS as EIGHTH  # noqa: E402
from tests.conversations.scripts9 import SCRIPTS as NINTH  # noqa: E402
from tests.conversations.scripts10 import SCRIPTS as TENTH  # noqa: E402
from tests.conversations.scripts11 import SCRIPTS as ELEVENTH  # noqa: E402
from tests.conversations.scripts12 import SCRIPTS as TWELFTH  # noqa: E402
from tests.conversations.scripts13 import SCRIPTS as THIRTEENTH  # noqa: E402
from tests.conversations.scripts14 import SCRIPTS as FOURTEENTH  # noqa: E402
from tests.conversations.scripts15 import SCRIPTS as FIFTEENTH  # noqa: E402
from tests.conversations.scripts16 import SCRIPTS as SIXTEENTH  # noqa: E402
from tests.conversations.scripts17 import SCRIPTS as SEVENTEENTH  # noqa: E402
from tests.conversations.scripts18 import SCRIPTS as EIGHTEENTH  # noqa: E402
from tests.conversations.scripts19 import SCRIPTS as NINETEENTH  # noqa: E402
from tests.conversations.scripts20 import SCRIPTS as TWENTIETH  # noqa: E402
from tests.conversations.scripts21 import SCRIPTS as TWENTY_FIRST  # noqa: E402
from tests.conversations.scripts22 import SCRIPTS as TWENTY_SECOND  # noqa: E402

SCRIPTS = (
    FIRST + SECOND + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH
    + ELEVENTH + TWELFTH + THIRTEENTH + FOURTEENTH + FIFTEENTH + SIXTEENTH + SEVENTEENTH + EIGHTEENTH
    + NINETEENTH + TWENTIETH + TWENTY_FIRST + TWENTY_SECOND
)
MONTHS_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

SHORTHANDS = {
    "?quote": [r"~ Q-\d{4}-\d{5}"],
    "?order": [r"~ O-\d{4}-\d{5}"],
    "?no-order": [r"!~ O-\d{4}-\d{5}", "@ orders 0"],
    "?seller": [r"~ (?i)vendedor|asesor|ejecutiv|seller|sales rep|representative|colleague"],
    "?not-item": [
        r"!~ (?i)no (lo |la )?(encontr|encuentro)|no (est[aá]|figura|aparece) en (el|nuestro) "
        r"cat[aá]logo|not (in|found in) (the|our) catalog|could ?n[o']t find|"
        r"did ?n[o']t understand|no (le )?entend"
    ],
    "?asks-qty": [r"~ (?i)cu[aá]nt[oa]s|how many|asum|supuest|assum"],
    "?approval": [r"~ (?i)aprob|approv|revis|review|gerente|manager|vendedor|seller"],
    "?es": [
        r"~ (?i)\b(hola|precio|disponible|gracias|usted|su|para|cotizaci[oó]n|pedido)\b",
        r"!~ (?i)\b(the|your|you|please|thanks)\b",
    ],
    "?en": [
        r"~ (?i)\b(hi|hello|price|available|thanks|your|order|quote)\b",
        r"!~ (?i)\b(usted|gracias|precio|disponible|cotizaci[oó]n)\b",
    ],
}


def date_pattern(iso: str) -> str:
    """A date in any notation a buyer reads (ISO, 13/12, 12/13, 13-12-2026, 13 de dic…,
    Dec 13, 13 Dec), as a regular expression without flags."""
    _, month, day = (int(x) for x in iso.split("-"))
    es, en = MONTHS_ES[month - 1], MONTHS_EN[month - 1]
    return (
        rf"{iso}|(?<!\d)0?{day}[/.-]0?{month}(?!\d)|(?<!\d)0?{month}/0?{day}(?!\d)|"
        rf"(?<!\d){day} (de )?{es}|{en}\w*\.? 0?{day}(?!\d)|(?<!\d){day}(st|nd|rd|th)? {en}"
    )


def date_regex(iso: str) -> str:
    """`?date 2026-12-13`: the replies show that date (`date_pattern`)."""
    return f"~ (?i){date_pattern(iso)}"


def render(script: str, data: DemoData) -> str:
    head, _, body = script.strip("\n").partition("\n\n")
    header = dict(line.split(":", 1) for line in head.splitlines())
    header = {k.strip(): v.strip() for k, v in header.items()}
    out = [f"{k}: {v}" for k, v in header.items()] + [f"as_of: {AS_OF}", ""]
    for raw in body.splitlines():
        line = raw.strip()
        if line.startswith("$ "):
            _, sku, qty = line.split()
            customer = header["customer"]
            who = None if customer == "guest" else customer
            unit, total, margin = data.price(who, sku, int(qty))
            if margin is not None and margin < 10 and "margin" not in header.get("tags", ""):
                raise SystemExit(f"{header['name']}: {sku} x {qty} is under the margin floor")
            out.append(f"$ {sku} {qty} {unit} {total}")
        elif line.startswith("?date "):
            out.append(date_regex(line.split()[1]))
        elif line in SHORTHANDS:
            out.extend(SHORTHANDS[line])
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = DemoData.generate(Path(tmp))
        names = set()
        for script in SCRIPTS:
            name = script.strip().splitlines()[0].partition(":")[2].strip()
            assert name not in names, name
            names.add(name)
            (HERE / f"{name}.txt").write_text(render(script, data), encoding="utf-8")
    # Conversations written by hand as .txt (their facts worked out by their author) live
    # beside the generated ones and are kept; a renamed script's old file is listed here
    # among them, to be deleted by hand.
    kept = sorted(p.name for p in HERE.glob("*.txt") if p.stem not in names)
    print(f"{len(SCRIPTS)} conversations written to {HERE}; {len(kept)} written by hand kept")


if __name__ == "__main__":
    main()
