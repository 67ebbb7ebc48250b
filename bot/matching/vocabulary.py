"""The bilingual trade vocabulary (vocabulary.csv), loaded once per index build."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.commented_csv import numbered_rows
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
        for _, row in numbered_rows(path):
            canonical = row["canonical"].strip()
            for word in [canonical, *row["words"].split("|")]:
                word = fold(word.strip())
                if word:
                    mapping.setdefault(word, canonical)
        pattern = (
            re.compile(r"(?<![\w-])(" + _trie_pattern(list(mapping)) + r")(?![\w-])")
            if mapping
            else None
        )
        return cls(mapping, pattern)

    def canonicalize(self, folded: str) -> str:
        """Replace every known word or phrase in already-folded text by its canonical word."""
        if self.pattern is None:
            return folded
        return self.pattern.sub(lambda m: self.words[m[1]], folded)


Trie = dict[str, "Trie"]


def _trie_pattern(words: list[str]) -> str:
    """One regular expression for `words`, factored by common prefixes.

    Equivalent to the alternation of the words longest first, but a few hundred
    words cost one pass instead of one attempt per word at every position (the
    catalog's 100k products are all read through it when the index is built).
    """
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: Trie) -> str:
        ends = "" in node
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)
