"""The bilingual trade vocabulary (vocabulary.csv), loaded once per index build."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.commented_csv import numbered_rows
from bot.matching.text import fold

DEFAULT = Path(__file__).with_name("vocabulary.csv")
BRAND_NAMES = "brand_names.csv"  # beside the vocabulary


@dataclass(frozen=True)
class Vocabulary:
    """Words and phrases mapped to one canonical word ("rulemanes" → "bearing")."""

    words: dict[str, str]
    pattern: re.Pattern[str] | None  # all phrases and words, longest first
    # other names of brands ("pirelli" → "prysmian"), from brand_names.csv beside it
    brand_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = DEFAULT) -> Vocabulary:
        mapping: dict[str, str] = {}
        phrases: list[tuple[str, str]] = []
        for _, row in numbered_rows(path):
            canonical = row["canonical"].strip()
            for word in [canonical, *row["words"].split("|")]:
                word = fold(word.strip())
                if word:
                    mapping.setdefault(word, canonical)
                    if " " in word:
                        phrases.append((word, canonical))
        # a phrase in the plural, whichever of its words takes it ("discos flap", "flap
        # discs", "cap screws"), means what the phrase means, unless listed otherwise
        for phrase, canonical in phrases:
            for plural in _plurals(phrase):
                mapping.setdefault(plural, canonical)
        pattern = (
            re.compile(r"(?<![\w-])(" + _trie_pattern(list(mapping)) + r")(?![\w-])")
            if mapping
            else None
        )
        return cls(mapping, pattern, _brand_names(path.with_name(BRAND_NAMES)))

    def canonicalize(self, folded: str) -> str:
        """Replace every known word or phrase in already-folded text by its canonical word."""
        if self.pattern is None:
            return folded
        return self.pattern.sub(lambda m: self.words[m[1]], folded)


def _brand_names(path: Path) -> dict[str, str]:
    """Each other name of a brand → the brand (folded), one word or several."""
    names: dict[str, str] = {}
    if not path.exists():
        return names
    for _, row in numbered_rows(path):
        brand = fold(row["brand"].strip())
        for name in row["names"].split("|"):
            name = " ".join(fold(name).split())
            if name and brand:
                names.setdefault(name, brand)
    return names


def _plurals(phrase: str) -> list[str]:
    """"disco flap" → "discos flap", "disco flaps", "discos flaps"; "flap disc" → … "flap
    discs"; "union" → "unions" and "uniones": each word of three letters or more in the
    plural, one at a time and all at once."""
    words = phrase.split(" ")

    def plurals(word: str) -> list[str]:
        if len(word) < 3 or not word.isalpha() or word.endswith("s"):
            return []
        return [word + "s"] if word[-1] in "aeiou" else [word + "s", word + "es"]

    found = [
        " ".join([*words[:i], form, *words[i + 1 :]])
        for i, word in enumerate(words)
        for form in plurals(word)
    ]
    every = " ".join((plurals(w) or [w])[0] for w in words)
    if every != phrase and every not in found:
        found.append(every)
    return found


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
