"""The bilingual trade vocabulary (vocabulary.csv), loaded once per index build."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from bot.matching.text import fold

DEFAULT = Path(__file__).with_name("vocabulary.csv")


@dataclass(frozen=True)
class Vocabulary:
    """Words and phrases mapped to one canonical word ("rulemanes" → "bearing")."""

    words: dict[str, str]
    pattern: re.Pattern[str] | None  # all phrases and words, longest first

    @classmethod
    def load(cls, path: Path = DEFAULT) -> Vocabulary:
        mapping: dict[str, str] = {}
        with path.open(encoding="utf-8") as handle:
            rows = csv.DictReader(line for line in handle if not line.startswith("#"))
            for row in rows:
                canonical = row["canonical"].strip()
                for word in [canonical, *row["words"].split("|")]:
                    word = fold(word.strip())
                    if word:
                        mapping.setdefault(word, canonical)
        alternatives = sorted(mapping, key=len, reverse=True)
        pattern = (
            re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, alternatives)) + r")(?![\w-])")
            if alternatives
            else None
        )
        return cls(mapping, pattern)

    def canonicalize(self, folded: str) -> str:
        """Replace every known word or phrase in already-folded text by its canonical word."""
        if self.pattern is None:
            return folded
        return self.pattern.sub(lambda m: self.words[m[1]], folded)
