"""Words the catalog does not know, read as the catalog words they abbreviate.

A house's own shorthand ("tf" for termofusión, "destorn." for destornillador) is read only
where every word it can stand for means one thing, so an abbreviation never guesses between
two items.
"""

from __future__ import annotations

import re

from bot.matching.candidates import candidates_of, line_kinds
from bot.matching.index import CatalogIndex
from bot.matching.notation import Reading

ABBREVIATED = re.compile(r"(?<![a-z0-9])([a-z]{2,})(\.?)(?![a-z0-9])")


def expand_abbreviations(
    index: CatalogIndex, text: str, reading: Reading, unknown: set[str]
) -> str:
    """Words the catalog does not know, read as the catalog word they abbreviate.

    A word of one phrase of the vocabulary that the catalog carries, said alone, is that
    phrase ("combinada": llave combinada). A word cut with a dot ("destorn.", "galv.")
    stands for the known words it begins; any other is a word's letters in order, first
    letter first ("tf" for termofusion, "ppr" for polipropileno, "termica" for
    termomagnetica), looked up among the words of the items the rest of the line points
    at, and, from five letters on, among all the catalog's words; failing that, a word of
    those items with the same stem ("aislante": aisladora). Only when every word it can
    stand for means one thing."""
    context: set[str] | None = None

    def expand(m: re.Match[str]) -> str:
        nonlocal context
        word, dot = m[1], m[2]
        if word not in unknown:
            return m[0]
        meanings = index.elliptic.get(word, {})
        if len(meanings) == 1:  # "combinada 11mm": the one phrase of it the catalog carries
            return next(iter(meanings.values()))
        # the house's own kind in the buyer's other language ("adapter": Adaptador …), the
        # one kind of the catalog (index.house_kinds) whose stem of five letters it shares
        cognates = [k for k in index.house_kinds if len(word) >= 5 and _stem(word, k) >= 5]
        if len(cognates) == 1:
            return cognates[0]
        initial = index.words_by_initial.get(word[0], [])
        if dot and len(word) >= 3:
            found = _one_meaning(index, [c for c in initial if c.startswith(word)])
            if found:
                return found + " "
        if context is None:
            kinds = line_kinds(index, reading)
            context = set()
            for position in candidates_of(index, reading, kinds):
                context |= index.entries[position].reading.words
        near = [c for c in context if c[0] == word[0] and _abbreviates(word, c)]
        if not near and len(word) >= 5:
            near = [c for c in initial if c[:2] == word[:2] and _abbreviates(word, c)]
        if not near and len(word) >= 6:  # the same stem ("aislante": aisladora)
            near = [c for c in context if _stem(word, c) >= max(5, min(len(word), len(c)) - 3)]
        return _one_meaning(index, near) or m[0]

    return ABBREVIATED.sub(expand, text)


def _stem(one: str, other: str) -> int:
    """How many first letters two words share."""
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        shared += 1
    return shared


def _abbreviates(short: str, word: str) -> bool:
    """Whether `short` is `word`'s letters in order, some left out (two at least)."""
    if len(word) < len(short) + 2 or not word.isalpha():
        return False
    letters = iter(word)
    return all(ch in letters for ch in short)


def _one_meaning(index: CatalogIndex, words: list[str]) -> str | None:
    """The one word of `words` (or the first, when all mean one thing to the vocabulary)."""
    if not words:
        return None
    # a plural beside its singular is that word ("destornilladores", and "destornilladors"
    # that the vocabulary's plural phrases make, beside "destornillador")
    listed = set(words)
    words = [w for w in words if not (w.endswith("s") and listed & {w[:-1], w[:-2]})]
    meanings = {index.vocabulary.words.get(w, w) for w in words}
    return sorted(words)[0] if len(meanings) == 1 else None
