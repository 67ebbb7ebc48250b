"""The items worth weighing for a line, and their scores.

Candidates are the items that carry the request's codes (all of them when some item does, else
the nearest), of the kind the line names (the family guard), else the items sharing its words.
The score only ranks them: whether one is settled on is decided elsewhere (decide.py).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.matching.codes import SOFT_CODES, UNSTATED_CODES, codes_agree, coils_said, is_coarse
from bot.matching.index import KINDS, CatalogIndex, Entry
from bot.matching.notation import Reading


def line_kinds(index: CatalogIndex, reading: Reading) -> set[str]:
    """The kinds a line names: the vocabulary's, and the house's own (index.house_kinds)."""
    return {KINDS[w] for w in reading.words if w in KINDS} | (reading.words & index.house_kinds)


def candidates_of(index: CatalogIndex, reading: Reading, kinds: set[str]) -> set[int]:
    """Products carrying the request's codes (all of them if possible), else its words.

    With `kinds` (the request names nuts, washers…) only items of those kinds.
    """
    pairs = [
        (c, v) for c, vs in reading.codes.items() if c not in SOFT_CODES | {"brand"} for v in vs
    ]
    postings = index.postings(pairs)
    for i, (category, value) in enumerate(pairs):
        if category == "ref" and value in reading.prefixes:  # "LC1D18": LC1D18M7, LC1D18BD…
            postings[i] = set().union(*index.postings(("ref", v) for v in reading.prefixes[value]))
        if category == "coil" and coils_said(value):  # "bobina 24v": 24VAC or 24VDC
            postings[i] = set().union(*index.postings(
                [(category, v) for v in {value} | coils_said(value)]))  # fmt: skip
    postings = sorted(postings, key=len)
    if postings and postings[0]:
        found = _narrow(set(postings[0]), postings[1:])
        if not kinds:
            return found
        fitting = {p for p in found if _allowed(index.entries[p], kinds)}
        if fitting:
            return fitting
        # nothing of that kind carries all the codes: offer those of that kind that
        # carry some of them (a question, never an answer), else nothing.
        of_kind = _of_kinds(index, kinds)
        near: set[int] = set()
        for posting in postings:
            near |= of_kind & posting
            if len(near) > 300:
                break
        return near
    by_word = [index.by_word.get(w, set()) for w in reading.words]
    counts: dict[int, int] = {}
    for posting in by_word:
        if len(posting) > 20000:
            continue
        for position in posting:
            counts[position] = counts.get(position, 0) + 1
    if kinds:
        counts = {p: n for p, n in counts.items() if _allowed(index.entries[p], kinds)}
    return set(sorted(counts, key=counts.__getitem__, reverse=True)[:300])


def _narrow(found: set[int], postings: list[set[int]]) -> set[int]:
    for posting in postings:
        narrowed = found & posting
        if not narrowed:
            break  # keep near misses: they are offered, never chosen
        found = narrowed
    return found


def _allowed(entry: Entry, kinds: set[str]) -> bool:
    """Of the kind asked for, or of no kind we can read (offered, never auto)."""
    theirs = kinds_of(entry)
    return not theirs or bool(theirs & kinds)


def kinds_of(entry: Entry) -> frozenset[str]:
    return entry.kinds


def _of_kinds(index: CatalogIndex, kinds: set[str]) -> set[int]:
    found: set[int] = set()
    for word, kind in KINDS.items():
        if kind in kinds:
            found |= index.by_word.get(word, set())
    return found


def score_items(
    index: CatalogIndex, reading: Reading, positions: set[int]
) -> list[tuple[float, bool, Entry]]:
    """(score, complete, entry) best first; complete = every request code agrees."""
    request_words = " ".join(sorted(reading.words))
    result = []
    for position in positions:
        entry = index.entries[position]
        agree = missing = conflict = 0
        for category, values in reading.codes.items():
            theirs = entry.reading.codes.get(category)
            if category in SOFT_CODES:
                agree += bool(theirs and values & theirs)
            elif theirs is None and category in UNSTATED_CODES:
                continue
            elif theirs is None and category == "tpi" and is_coarse(reading, entry):
                continue  # "1/2-13": an inch bolt that names no series is coarse
            elif theirs is None:
                missing += 1
            elif codes_agree(reading, category, values, theirs):
                agree += 1
            else:
                conflict += 1
        words = fuzz.token_set_ratio(request_words, entry.text) / 100 if request_words else 0.5
        total = agree + missing + conflict
        codes = agree / total if total else 0.0
        score = (0.6 * codes + 0.4 * words) if total else 0.8 * words
        if conflict:
            score *= 0.5
        result.append((score, not missing and not conflict, entry))
    result.sort(key=lambda item: (-item[0], item[2].sku))
    return result
