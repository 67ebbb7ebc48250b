"""A buyer's slips of the thumb put right, towards the words the catalog and the
vocabulary know.

Conservative on purpose: a word is corrected only when one known word explains the slip (two
letters swapped, one left out inside a word no language writes, a close spelling), never a
brand into another brand, never an everyday word into an item ("pero" is not "perno"). A wrong
correction would settle a line on an item the buyer never named.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from bot.matching.index import KINDS, KNOWN_BRANDS, CatalogIndex
from bot.matching.neutral import NEUTRAL, NEUTRAL_BY_INITIAL
from bot.matching.notation import COLORS, NOTATION_WORDS
from bot.matching.text import fold


def correct_typos(index: CatalogIndex, item: str) -> str:
    """Replace words we do not know by the closest known one ("rodamineto" → "rodamiento"),
    also inside a token ("v-belst", "rodamineto,")."""
    folded = fold(item)
    return WORD_RUN.sub(lambda m: correct_word(index, m[0], folded[m.end() :]), folded)


WORD_RUN = re.compile(r"(?<![a-z0-9])[a-z]{4,}(?![a-z0-9])")


def correct_word(index: CatalogIndex, word: str, after: str = "") -> str:
    if is_known(index, word) or brand_word(index, word):
        return word
    # a word of the vocabulary's phrases ("disco de laminas"): never read as another word
    if word in index.words_by_initial.get(word[0], ()):
        return word
    singular = singular_of(index, word)  # "tarugos" where the catalog writes TARUGO
    if singular is not None:
        return singular
    if word.endswith("s") and len(word) >= 5:  # "pntas": a plural with a letter left out
        stem = word[:-1]
        spelt = {c for c in index.words_by_initial.get(word[0], [])
                 if len(c) == len(stem) + 1 and _abbreviates_by_one(stem, c)}  # fmt: skip
        if len(spelt) == 1:
            return spelt.pop()
    # two letters swapped, the commonest slip of a thumb ("baelros", "firero"): the known
    # word they spell, before any closer-looking one ("fiero", a brand, for "fierro")
    swapped = _swapped(index, word)
    if swapped is not None:
        return swapped
    # the catalog's words, and the words that never tell items apart ("cotozacion")
    choices = index.words_by_initial.get(word[0], []) + NEUTRAL_BY_INITIAL.get(word[0], [])
    if len(word) == 4:  # a letter left out inside a short word ("prno", "mxta"): the one it
        # spells, never a plural's letter or a last one ("rods" is not "rodes", "half" "halfs")
        spelt = {c for c in choices if len(c) == 5 and _abbreviates_by_one(word, c)}
        # and only a word no language writes (three consonants running: "prno", "mxta"), never
        # a word of its own ("cara" is not "clara", "pana" not "plana"), unless the word it
        # spells is a kind of item ("bana a-62": banda, a belt) or opens one of the
        # vocabulary's phrases with what follows ("lave combinada", "llae mixta": llave)
        if len(spelt) != 1 or word.endswith("s"):
            return word
        (fixed,) = spelt
        unwritten = re.search(r"[^aeiou]{3}", word) is not None
        if unwritten:
            return fixed
        if word in EVERYDAY_WORDS:
            return word
        if _names_a_colour(index, fixed):  # "codo nego", "tee blak": negro, black
            return fixed
        said = _names_a_kind(index, fixed, after) or _said_with(index, fixed, after)
        return fixed if said else word
    # a word cut short ("taper" for "tapered") before the closest spelling ("tape")
    longer = [c for c in choices if c.startswith(word) and len(c) - len(word) <= 3]
    if longer:
        return min(longer, key=lambda c: (len(c), c))
    best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=82)
    if best is None:  # nothing near enough: the buyer's own word ("hacés" is not "hates")
        return word
    # one letter struck for its neighbour ("ptecio"): the one word it spells, before a longer
    # one the ratio scores closer ("potecito", a tub's word, for "precio")
    struck = _struck(word, choices) if len(word) >= 5 else None
    return struck if struck is not None else best[0]


def _struck(word: str, choices: list[str]) -> str | None:
    """The only word of `choices` that `word` spells with one letter struck for another, where
    no other is one letter left out or added away ("goove": groove as well as glove, left to
    the ratio)."""
    struck = {
        c for c in choices
        if len(c) == len(word) and sum(a != b for a, b in zip(c, word, strict=True)) == 1
    }  # fmt: skip
    if len(struck) != 1:
        return None
    near = [c for c in choices if (len(c) == len(word) + 1 and _abbreviates_by_one(word, c))
            or (len(c) == len(word) - 1 and _abbreviates_by_one(c, word))]  # fmt: skip
    return None if near else struck.pop()


# Four-letter words of everyday Spanish and English that are one letter short of a kind of
# item ("pero" of "perno", "baja" of "bajada"): a buyer writing them means the word, never
# the item ("pero yo tengo precio de convenio" is talk, not bolts).
EVERYDAY_WORDS = {
    "pero", "para", "como", "esta", "este", "esto", "todo", "toda", "unos", "unas", "cada",
    "pues", "solo", "algo", "otro", "otra", "bien", "casa", "cosa", "hola", "vale", "sino",
    "ante", "tras", "bajo", "baja", "alto", "alta", "ayer", "aqui", "alla", "cual", "dice",
    "dijo", "hace", "hizo", "mesa", "obra", "pago", "paga", "pide", "pida", "pone", "sale",
    "sera", "sido", "sean", "tuvo", "vaya", "mano", "mina", "lado", "caso", "dato", "modo",
    "tipo", "hora", "dias", "anos", "cara", "caro",
    "also", "back", "been", "both", "come", "does", "done", "each", "even", "from", "good",
    "have", "here", "just", "know", "like", "made", "make", "many", "more", "most", "much",
    "must", "need", "next", "only", "over", "part", "same", "some", "such", "take", "than",
    "that", "them", "then", "they", "this", "time", "very", "want", "well", "were", "what",
    "when", "will", "with", "work", "your",
}  # fmt: skip


def _names_a_kind(index: CatalogIndex, word: str, after: str) -> bool:
    """Whether `word` is the vocabulary's word for a kind of item ("banda": belt), or opens
    one of its phrases with the words after it ("llave" + "mixta")."""
    vocabulary = index.vocabulary.words
    if any(w in KINDS for w in vocabulary.get(word, "").split()):
        return True
    following = [w.strip(",;:.") for w in after.split(maxsplit=3)[:2]]
    return any(" ".join([word, *following[:n]]) in vocabulary for n in range(1, len(following) + 1))


def _names_a_colour(index: CatalogIndex, word: str) -> bool:
    """Whether `word` is the vocabulary's word for a colour or black ("negro", "black")."""
    return any(w in COLORS or w == "black" for w in index.vocabulary.words.get(word, word).split())


def _said_with(index: CatalogIndex, word: str, after: str) -> bool:
    """Whether the word after the slip is one the catalog writes only beside `word` ("cale
    thhn": every THHN item is a cable), never a word items of all kinds carry."""
    following = after.split(maxsplit=1)[:1]
    if not following or len(following[0]) < 3:
        return False
    vocabulary = index.vocabulary.words
    beside = index.by_word.get(vocabulary.get(following[0], following[0]), set())
    return bool(beside) and all(
        beside <= index.by_word.get(w, set()) for w in vocabulary.get(word, word).split()
    )


def _abbreviates_by_one(short: str, word: str) -> bool:
    """Whether `word` is `short` with one letter put back, neither first nor last."""
    return any(word[:i] + word[i + 1 :] == short for i in range(1, len(word) - 1))


def is_known(index: CatalogIndex, word: str) -> bool:
    return (
        word in index.vocabulary.words
        or word in NOTATION_WORDS
        or word in index.by_word
        or word in index.brands
        or word in KNOWN_BRANDS
        or word in index.brand_names
        or word in NEUTRAL
    )


def brand_word(index: CatalogIndex, word: str) -> bool:
    """Whether `word` is a word of a maker's name of several ("chicago" of Chicago-Latrobe):
    never a slip of another word ("chica"), and what a slip of it spells ("precisoin"); so is
    a word of a brand's other name of several (brand_names.csv: "Franklin Electric")."""
    return any(word in re.split(r"[\s-]", brand) for brand in index.long_brands) or any(
        word in name.split() for name in index.brand_names if " " in name
    )


def _swapped(index: CatalogIndex, word: str) -> str | None:
    """The one known word `word` spells with two neighbouring letters swapped back."""
    found = set()
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            fixed = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            # a known word, or one of the vocabulary's phrases ("llvae de bola": llave)
            phrased = fixed in index.words_by_initial.get(fixed[0], ())
            known = (fixed if is_known(index, fixed) or phrased or brand_word(index, fixed)
                     else singular_of(index, fixed))  # fmt: skip
            if known is not None:
                found.add(known)
    return found.pop() if len(found) == 1 else None


def singular_of(index: CatalogIndex, word: str) -> str | None:
    """The known word `word` is the plural of ("tarugos": tarugo, "bridas": brida)."""
    if not word.endswith("s"):
        return None
    # "tips", "nuts": an English plural of three letters too
    for stem in (word[:-1], word[:-2] if word.endswith("es") else ""):
        if len(stem) >= (3 if stem == word[:-1] and not stem.endswith("s") else 4) and is_known(
            index, stem
        ):
            return stem
    return None
