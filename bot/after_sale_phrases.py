"""The phrases of what buyers write after the sale (bot/after_sale.csv), read once for the
process: what makes a message an after-sale claim (a warranty, a return, a wrong or a damaged
item, said about something delivered; flows/claims.py), a purchase order asked about
(flows/po_asked.py) and separate orders asked for beside the items (flows/separate_orders.py).
They are data, like intents.csv and runons.csv, so a distributor adds the words its buyers
use; the flows keep only how the kinds combine.

Each kind is searched as one regular expression on the text folded (lower case, accents
stripped: "garantía" is "garantia", "dañados" "danados"); see the file's header for the
phrases' own notation (`word*`, `*`, `[a/b]`, `…`, `#`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.commented_csv import numbered_rows
from bot.words import plain

PHRASES = Path(__file__).with_name("after_sale.csv")
KINDS = ("warranty", "return", "return_part", "wrong", "damaged", "delivered", "buying",
         "replacing", "quote", "po_received", "separate_orders")  # fmt: skip
CLAIMS = ("warranty", "return", "wrong", "damaged")  # in the order a message is read

# A document's number (`#`): "GD-55007", "n° 1234", "55120".
_NUMBER = r"(?:n[°o.]*\s*)?[a-z]{0,3}[- ]?\d+"
# A few words (`…`): up to 60 characters of the same sentence, never across a question.
_GAP = r"[^?\n]{1,60}?"
# In a `wrong` phrase, the words after `…` said, not asked: "pedimos 20 correas, ¿ya
# llegaron?", "we ordered 10, have they been received yet?" ask whether they came.
_NOT_ASKED = r"(?<!\bya )(?<!\bno )(?<!cuando )"
_NOT_YET = r"(?![^\S\n]*(?:\?|yet\b|todavia\b|aun\b))"


def fold(text: str) -> str:
    """Lower case, accents stripped, a typographic apostrophe made plain."""
    return plain(text.replace("’", "'"))


def _word(word: str) -> str:
    if word == "*":
        return r"[\w'-]+"
    if word == "#":
        return _NUMBER
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word)


def _pattern(phrase: str, *, said: bool) -> str:
    """A phrase as a regular expression (`said`: the words after `…` are not asked)."""
    out, gapped = "", False
    for piece in re.findall(r"\[[^\]]*\]|…|\S+", phrase):
        if piece == "…":
            out, gapped = out + _GAP + r"(?<![\w'-])", True
            if said:
                out += _NOT_ASKED
            continue
        if piece.startswith("["):
            options = piece[1:-1].split("/")
            chosen = "|".join(r"\s+".join(_word(w) for w in o.split()) for o in options if o)
            out += f"(?:(?:{chosen})\\s+)?" if "" in options else f"(?:{chosen})\\s+"
        else:
            out += _word(piece) + r"\s+"
    out = out.removesuffix(r"\s+")
    return out + (_NOT_YET if gapped and said else "")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """One regular expression per kind, on folded text, its phrases longest first."""
    phrases: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for number, row in numbered_rows(PHRASES):
        kind = row["kind"].strip()
        if kind not in phrases or row["language"].strip() not in ("es", "en", "any"):
            raise ValueError(f"{PHRASES}:{number}: kind one of {', '.join(KINDS)}; "
                             "language es, en or any")  # fmt: skip
        phrases[kind] += ["…".join(fold(w) for w in p.strip().split("…"))  # NFKD: "..."
                          for p in row["phrases"].split("|") if p.strip()]  # fmt: skip
    compiled: dict[str, re.Pattern[str]] = {}
    for kind, said in phrases.items():
        alternatives = "|".join(_pattern(p, said=kind == "wrong")
                                for p in sorted(set(said), key=len, reverse=True))  # fmt: skip
        compiled[kind] = re.compile(rf"(?<![\w'-])(?:{alternatives or '(?!)'})(?![\w'])")
    return compiled


def says(kind: str, text: str) -> bool:
    """Whether `text` says a phrase of `kind` (bot/after_sale.csv)."""
    return patterns()[kind].search(fold(text)) is not None
