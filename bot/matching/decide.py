"""The decision for one line: auto, confirm or unknown.

The steps in order (see matcher.py's docstring): the exact paths, what a seller taught, the
reading and its candidates, the narrowing by words, the doubts, then one item settled on, the
brand rule for one item in several brands, or the options offered with an honest confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.matching import house_said
from bot.matching.brand_rule import cheapest, seal_assumed, single_fit
from bot.matching.candidates import candidates_of, kinds_of, line_kinds, score_items
from bot.matching.codes import SOFT_CODES, UNSTATED_CODES, VAGUE_CODES, conflicts, numbers_of
from bot.matching.doubts import numbered_elsewhere, retired_fits, unread_initials
from bot.matching.exact import exact_match
from bot.matching.house_facts import joint_words
from bot.matching.index import KINDS, CatalogIndex, Entry, part_key
from bot.matching.lines import RequestLine
from bot.matching.makers import numbered_by_maker
from bot.matching.narrowing import differs, fitting_items
from bot.matching.neutral import NEUTRAL, SIZE_UNIT_WORDS
from bot.matching.notation import Reading
from bot.matching.request import (
    item_without_lacking,
    near_material,
    read_request,
    request_key,
    widen_refs,
)
from bot.matching.result import Candidate, MatchContext, MatchResult
from bot.matching.stated import stated
from bot.matching.talk import without_context
from bot.matching.text import fold

MAX_CANDIDATES = 5


MAX_SCORED = 600  # candidates scored one by one at most


def decide(
    index: CatalogIndex, line: RequestLine, customer_id: str | None, ctx: MatchContext
) -> MatchResult:
    line = without_context(index, line)
    # "casco sin ratchet": what the buyer says the item lacks is no part of what is asked
    item, lacking = item_without_lacking(index, line.item)
    said = stated(item)  # "clase 300", "inox 316": facts an item may state otherwise
    exact = exact_match(index, line, customer_id)
    if exact is not None:
        if exact.sku and exact.decision == "auto":
            entry = index.entries[index.by_sku[part_key(exact.sku)]]
            if differs(entry, said, lacking):
                return MatchResult(line, None, None, 0.5, "confirm", exact.candidates,
                                   "the item differs from the line")  # fmt: skip
        return exact
    reading = read_request(index, item)
    widen_refs(index, reading)
    key = request_key(reading)
    if ctx.learned is not None and customer_id is not None and key:
        sku = ctx.learned(key)
        position = index.by_sku.get(part_key(sku)) if sku else None
        if position is not None:
            entry = index.entries[position]
            top = [Candidate(entry.sku, entry.name, 1.0)]
            return MatchResult(line, entry.sku, entry.name, 1.0, "auto", top, "learned", key=key)
    kinds = line_kinds(index, reading)
    reading = near_material(index, reading, kinds)
    candidates = candidates_of(index, reading, kinds)
    if len(candidates) > MAX_SCORED:  # a vague line on a big catalog: the closest in words
        words = reading.words
        ranked = sorted(candidates, key=lambda p: -len(words & index.entries[p].reading.words))
        candidates = set(ranked[:MAX_SCORED])
    scored = score_items(index, reading, candidates)
    if not scored:
        reason = "nothing of that kind" if kinds else "nothing in the catalog"
        return MatchResult(line, None, None, 0.0, "unknown", reason=reason, key=key)
    top = [Candidate(e.sku, e.name, s) for s, _, e in scored[:MAX_CANDIDATES]]
    best_score = scored[0][0]
    complete = [e for _, whole, e in scored if whole and (not kinds or kinds_of(e) & kinds)]
    hard = {c for c in reading.codes if c not in SOFT_CODES and c not in UNSTATED_CODES}
    # Words the catalog knows must be on the item to answer alone ("flap" is not
    # "cutoff"); words it does not know (a slip, a filler) do not count.
    # A unit said without its size ("cople EMT pulg") names no item: never the one whose
    # text happens to carry the word ("COPLE EMT 1 PULG")
    known = {w for w in reading.words if w in index.by_word} - SIZE_UNIT_WORDS
    fitting, gendered_out = fitting_items(index, line, reading, kinds, complete, known, said,
                                          lacking)
    # Numbers the buyer wrote (Loctite 406, a 6 mm drill) never veto, but among the
    # items that fit, those carrying all of them are the ones meant.
    numbers = reading.codes.get("number", set()) | reading.codes.get("mm", set())
    bare, metric = reading.codes.get("number", set()), reading.codes.get("mm", set())
    numbered = [
        e for e in fitting if bare <= numbers_of(e) and metric <= numbers_of(e, sized=False)
    ]
    # ... unless another item that fits the codes carries them: "cartridges 2097 3M" is the
    # 2097 filter the words do not describe, never the 6003 cartridge the words alone find
    elsewhere = bool(numbers) and not numbered and numbered_elsewhere(index, reading, kinds)
    # ... or the maker the buyer named numbers another item so: "loctite 243 de 250 ml" where
    # the 243 comes in 10 and 50 ml is never the 638 in 250 ml
    elsewhere = elsewhere or (not numbered and numbered_by_maker(index, reading, kinds))
    if numbers:
        fitting = numbered or fitting
    # "llave mixta 24mm", "pinza de punta", "super 33 tape": no hard code, but where the
    # words the catalog knows (and every number the buyer wrote) single out one item,
    # or one item in several brands, the line is as settled as one with a code. The
    # words must say more than the kind of item: "rodamiento" alone is a question.
    saying = known - NEUTRAL
    words_only = bool(numbered) and bool(saying) and (bool(numbers) or bool(saying - set(KINDS)))
    # A word no item carries may be what the buyer really wants (a brand we do not
    # sell, a kind or a variant we do not stock: "6204 zwz", "valvula mariposa"): it
    # is a question, unless the word never tells items apart ("favor", "pulg", "mini").
    strange = reading.words - known - NEUTRAL - joint_words(index, reading)
    settle = (hard or words_only) and not strange and not elsewhere
    settle = settle and not unread_initials(index, line.item)
    # A size and a finish or material alone ('3/4" galvanizado') name no item: a question
    settle = settle and bool(saying or set(reading.codes) - VAGUE_CODES) and not gendered_out
    chosen, brands = single_fit(reading, fitting) if settle else (None, [])
    # "variador 30 kW": never the 4 kW drive that alone fits the words (a measure said with
    # its unit is no bare number: an item giving that unit another value is not it)
    if chosen is not None and house_said.measured_otherwise(item, chosen):
        chosen = None
    if any(house_said.measured_otherwise(item, e) for e in brands):
        brands = []
    if chosen is None and not brands and not gendered_out and not unread_initials(index, line.item):
        # "eslinga plana verde 2 ton de 3 metros", "VFD 5 HP 480V": the house's facts said
        chosen, brands = _by_facts(index, item, reading, known - NEUTRAL, strange, kinds)
    score_of = {e.sku: s for s, _, e in scored}
    # A line that leaves the brand open is settled by the brand rule only when nothing
    # else was left out: "6308" with no seal and no brand is a question (open, sealed or
    # shielded, and in which brand), not the open one in the cheapest brand.
    by_rule = (ctx.brand_choice == "choose" or line.any_brand) and not seal_assumed(
        index, reading
    )
    if chosen is not None and retired_fits(index, reading, known, chosen):
        chosen = None  # "cinta de aislar negra 3m": the Temflex we no longer sell, or Super 33+?
    # "rodamiento 6004" where the house sells the 6004 open in one brand and sealed in
    # others: the seal is still unsaid, so the one open item is offered, never settled;
    # with a brand named ("6004 NTN") the catalog's bare name reads as the open one.
    if chosen is not None and "brand" not in reading.codes and seal_assumed(index, reading):
        chosen = None
    if chosen is None and brands and by_rule:
        if ctx.choose_brand is not None:
            chosen, rule = ctx.choose_brand(brands, line.quantity)
        else:
            chosen, rule = cheapest(brands)
        if retired_fits(index, reading, known, chosen):
            top = [Candidate(e.sku, e.name, score_of[e.sku]) for e in brands][:MAX_CANDIDATES]
            return MatchResult(line, None, None, min(score_of[chosen.sku], 0.9) / len(brands),
                               "confirm", top, "a retired item fits too", key=key)  # fmt: skip
        others = [Candidate(e.sku, e.name, score_of[e.sku]) for e in brands if e is not chosen]
        score = score_of[chosen.sku]
        top = [Candidate(chosen.sku, chosen.name, score), *others]
        return MatchResult(
            line, chosen.sku, chosen.name, score, "auto", top[:MAX_CANDIDATES],
            "brand chosen", rule, others, key,
        )  # fmt: skip
    if chosen is not None:
        score = score_of[chosen.sku]
        top = [Candidate(chosen.sku, chosen.name, score)] + [c for c in top if c.sku != chosen.sku]
        return MatchResult(
            line, chosen.sku, chosen.name, score, "auto", top[:MAX_CANDIDATES], key=key
        )
    if brands:
        top = [Candidate(e.sku, e.name, score_of[e.sku]) for e in brands][:MAX_CANDIDATES]
    else:
        offered = _offered(reading, fitting, complete)
        if offered:
            top = [Candidate(e.sku, e.name, score_of[e.sku]) for e in offered][:MAX_CANDIDATES]
    if best_score >= 0.35:
        reason = "several items fit" if len(complete) > 1 else "no exact fit"
        # Honest confidence: when k items fit equally, the first is right about 1 in k.
        confidence = min(best_score, 0.9) / max(1, len(complete))
        return MatchResult(line, None, None, confidence, "confirm", top, reason, key=key)
    return MatchResult(line, None, None, best_score, "unknown", top, "no good candidate", key=key)


def _by_facts(
    index: CatalogIndex,
    item: str,
    reading: Reading,
    known: set[str],
    strange: set[str],
    kinds: set[str],
) -> tuple[Entry | None, list[Entry]]:
    """The item a line names by the house's facts (`house_said`), or its brands for the
    brand rule. A code of the line the item differs in rules it out (but a voltage, read
    there as the nominal one: 110 V is the 120 V coil; and a measure read as a reference or
    a brand, "480V", "3m" beside another brand), and so does one it lacks, unless its texts
    give it as a measure or a figure ("480V", "43" of "g43": GRADO 43)."""
    codes = {c: v for c, v in reading.codes.items() if c != "coil"}
    # a measure's figure is the measure's ("1,5 toneladas": 1.5 t, never a 1 and a 5)
    pieces = {n for m in house_said.MEASURE.finditer(fold(item)) for n in re.findall(r"\d+", m[1])}
    codes["number"] = codes.get("number", set()) - pieces
    for category in ("ref", "brand"):
        kept = {v for v in codes.get(category, set()) if not house_said.measures(v)}
        if kept or category == "ref":
            codes[category] = kept
    coded = replace(reading, codes={c: v for c, v in codes.items() if v})

    def contradicts(entry: Entry) -> bool:
        unsaid = set(coded.codes) - SOFT_CODES - {"brand"} - set(entry.reading.codes)
        return conflicts(coded, entry) or not all(
            house_said.carries(entry, v) for c in unsaid for v in coded.codes[c]
        )

    said_so = house_said.named(index, item, reading, known, strange, kinds, contradicts)
    if len(said_so) == 1:
        return said_so[0], []
    return None, sorted(said_so, key=lambda e: e.sku)


def _offered(reading: Reading, fitting: list[Entry], complete: list[Entry]) -> list[Entry]:
    """The options a question offers: what the buyer named narrows them. Items that
    carry every code and every known word the buyer wrote ("esfera": ball, not gate or
    check; "1 mm": the 1.0 disc, not the 1.6) before those that only carry the codes,
    and of those the brand the buyer named (NTN, Norton) when any carries it. Empty:
    nothing fits whole, the closest by score are offered."""
    named = reading.codes.get("brand", set())
    for group in (fitting, complete):
        if not group:
            continue
        if named:
            return [e for e in group if e.brand in named] or group
        return group
    return []
