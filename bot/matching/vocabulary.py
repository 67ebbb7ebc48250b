"""The bilingual trade vocabulary (vocabulary.csv), loaded once per index build."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product
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
        for _, row in numbered_rows(path):
            canonical = row["canonical"].strip()
            for word in [canonical, *row["words"].split("|")]:
                word = fold(word.strip())
                if word:
                    mapping.setdefault(word, canonical)
        # a word or a phrase in the plural, whichever of its words take it ("uniones",
        # "uniones americanas", "discos flap", "flap discs"), means what it means, unless
        # listed otherwise: read here, before the notation, which reads a fitting's
        # "galvanizadas" as its material only beside the fitting's name. A plural two
        # entries spell alike ("tapes": tape, or tap in Spanish?) is neither.
        plurals: dict[str, set[str]] = {}
        for word, canonical in mapping.items():
            for plural in _plurals(word):
                plurals.setdefault(plural, set()).add(canonical)
        for plural, canonicals in plurals.items():
            if plural not in mapping and len(canonicals) == 1:
                mapping[plural] = canonicals.pop()
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
    discs"; "union americana" → … "uniones americanas": each word of three letters or more
    in the plural, one at a time (English pluralises the last word, Spanish the first
    before a "de") and all at once in every form (Spanish nouns and adjectives agree)."""
    words = phrase.split(" ")
    forms = [_word_plurals(w) for w in words]
    found = [
        " ".join([*words[:i], form, *words[i + 1 :]])
        for i, plurals in enumerate(forms)
        for form in plurals
    ]
    if sum(bool(f) for f in forms) > 1:
        every = product(*(f or [w] for f, w in zip(forms, words, strict=True)))
        found += [" ".join(p) for p in every]
    return list(dict.fromkeys(found))


def _word_plurals(word: str) -> list[str]:
    """"tubo" → "tubos"; "union" → "unions", "uniones"; "box" → "boxs", "boxes" (a vowel
    takes -s, a consonant -s in English and -es in Spanish)."""
    if len(word) < 3 or not word.isalpha() or word.endswith("s"):
        return []
    return [word + "s"] if word[-1] in "aeiou" else [word + "s", word + "es"]


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
