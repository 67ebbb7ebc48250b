"""The phrases of a dictated message (bot/runons.csv), read once for the process.

How buyers join items, ask, close, fill and hedge in a voice note with no punctuation,
and the words they correct themselves with mid-sentence ("no espera", "scratch that").
Two readers share them: bot/joined/spoken.py cuts a run-on into items, bot/resaid.py keeps the
value said last. The table lives below both so neither reads the other's file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.commented_csv import numbered_rows
from bot.words import words_of

RUNONS = Path(__file__).with_name("runons.csv")
KINDS = ("join", "ask", "end", "filler", "hedge", "resay")


@dataclass(frozen=True)
class Phrases:
    """runons.csv: phrases as tuples of words, by kind."""

    join: frozenset[tuple[str, ...]]
    ask: frozenset[tuple[str, ...]]
    end: frozenset[tuple[str, ...]]
    filler: frozenset[tuple[str, ...]]
    hedge: frozenset[tuple[str, ...]]
    resay: frozenset[tuple[str, ...]]
    longest: int


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    kinds: dict[str, set[tuple[str, ...]]] = {k: set() for k in KINDS}
    for number, row in numbered_rows(RUNONS):
        kind = row["kind"].strip()
        if kind not in kinds:
            raise ValueError(f"{RUNONS}:{number}: unknown kind {kind!r}")
        for phrase in row["phrases"].split("|"):
            words = tuple(key(w) for w in phrase.split())
            if any(words):
                kinds[kind].add(words)
    longest = max((len(p) for found in kinds.values() for p in found), default=1)
    join, ask, end, filler, hedge, resay = (frozenset(kinds[k]) for k in KINDS)
    return Phrases(join, ask, end, filler, hedge, resay, longest)


def key(token: str) -> str:
    """A token as a phrase word: "también," → "tambien", "that's" → "thats", "+" → "+"."""
    return "".join(words_of(token)) or token.strip()


def find(
    keys: list[str], phrases: frozenset[tuple[str, ...]], longest: int
) -> list[tuple[int, int]]:
    """(start, end) token positions of `phrases` in `keys`, longest first, left to right."""
    found: list[tuple[int, int]] = []
    at = 0
    while at < len(keys):
        for size in range(min(longest, len(keys) - at), 0, -1):
            if tuple(keys[at : at + size]) in phrases:
                found.append((at, at + size))
                at += size
                break
        else:
            at += 1
    return found
