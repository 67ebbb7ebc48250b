"""What a line says of the facts that tell a house's items of one kind apart (issue #13).

A house with families the vocabulary never saw (shackles, slings, sensors, drives) names each
item by a few facts its ERP keeps (`attributes`: a sling's style, WLL and length, a sensor's
body, output and contact, a drive's kW and supply), and its texts write them with their units
("Eslinga plana 2 t x 3 m verde", "Variador 4 kW (5 HP) 230 V trifásico"). A buyer states the
same facts in their own order and words: "eslinga plana verde 2 ton de 3 metros", "VFD 5 HP
220V 3 fases". Read both sides alike:

- a measure is a number and its unit, the unit in any of its spellings (`t`, `ton`,
  `toneladas`; `m`, `mts`, `metros`; `kw`; `hp`; `v`, `vac`, `vca`, `voltios`…), and a
  supply's voltage is its nominal one (110 and 115 V are the 120 V coil, 220 and 240 V the
  230 V drive, 440 and 480 V the 460 V one, as sellers read them);
- words joined by a dash or "y"/"and" are one fact as well ("ojo y ojo" is OJO-OJO, "hook and
  eye" the house's hook-eye ends);
- an ERP fact's value said as written ("M12", "NPN", "NC") is that fact, even where another
  item's texts carry the same word for something else (an M18 sensor's M12 connector).

`named` answers the items a line names this way: every word, measure and number it states is
on them, and they are one item, in one brand or several. A fact left out (a sling's length), a
number nobody carries (a 35 t shackle), a word the house does not use: nothing, and the
matcher asks as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.matching.text import fold

if TYPE_CHECKING:
    from bot.matching.index import CatalogIndex, Entry
    from bot.matching.notation import Reading

UNITS = {
    "t": "t", "ton": "t", "tons": "t", "tonelada": "t", "toneladas": "t", "tn": "t", "tonne": "t",
    "tonnes": "t", "m": "m", "mt": "m", "mts": "m", "mtr": "m", "mtrs": "m", "metro": "m",
    "metros": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "mm": "mm",
    "kw": "kw", "hp": "hp", "v": "v", "vac": "v", "vca": "v", "vdc": "v", "vcd": "v", "vcc": "v",
    "volt": "v", "volts": "v", "voltios": "v", "a": "a", "amp": "a", "amps": "a",
    "amperes": "a", "amperios": "a",
}  # fmt: skip
CURRENT = {"vac": "ac", "vca": "ac", "vdc": "dc", "vcd": "dc", "vcc": "dc"}
NUMBER = r"(\d+(?:[.,]\d+)?)"
# (a Spanish "a" before a figure is "to": "7 a 10a" is a range, no 7 amps)
MEASURE = re.compile(
    NUMBER + r"\s*(" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")(?![a-z0-9])"
    r"(?<!\sa(?=\s\d))"
)
# a figure as written: "3/4", "1-1/4" and "1 1/4" (one mixed inch, its whole at most 12:
# "316 1/2" is the 316 valve's 1/2"), "4.75", "6,5"
# two lengths before one unit ("10 x 160 mm", a drill's; never "M6 x 20mm", a thread)
BY_UNIT = re.compile(r"(?<![\w.,/])(\d+(?:[.,]\d+)?)\s*x\s*\d+(?:[.,]\d+)?\s*(mm|m)(?![a-z0-9])")
FIGURES = re.compile(r"(?<![\d/.,])(?:(?:1[0-2]|\d)[-\s])?\d+/\d+|\d+(?:[.,]\d+)*")
# Nominal voltages, as a seller reads a buyer's: 110, 115, 120 and 127 V are one supply
NOMINAL = {"110": "120", "115": "120", "127": "120", "208": "230", "220": "230", "240": "230",
           "380": "400", "415": "400", "440": "460", "480": "460"}  # fmt: skip
# What joins two words into one ("ojo y ojo", "hook & eye", "gancho-ojo")
JOINERS = {"y", "e", "and", "&", "-", "con", "with"}
# The facts a maker's own numbering gives, never a difference between two items; and the
# ERP's own kind of item, never said as written ("breaker_din"), but a difference all the same
MAKER_KEYS = {"type", "model", "code", "mfr", "brand", "series"}
KIND_KEYS = {"type", "tipo"}


FRACTION_HP = re.compile(r"(?<![\d/.,-])(?:(1[0-2]|\d)[-\s])?(\d)/(\d{1,2})\s*(?=hp\b)")


def _decimal_hp(m: re.Match[str]) -> str:
    whole = int(m[1] or 0) + int(m[2]) / int(m[3])
    return f"{whole:g} "


def _value(number: str) -> str:
    """'1,5' and '1.50' → '1.5'; '4.0' → '4'."""
    number = number.replace(",", ".")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number or "0"


def measures(folded: str) -> set[str]:
    """The numbers said with a unit ("2 t", "3 metros", "4 kw", "220vac"), one way each; two
    sizes before one unit are both in it ("10 x 160 mm")."""
    found = set()
    if "/" in folded and "hp" in folded:  # "1 1/2 hp", "3/4 HP": the power as one decimal
        folded = FRACTION_HP.sub(_decimal_hp, folded)
    for m in BY_UNIT.finditer(folded):
        found.add(f"{UNITS[m[2]]}:{_value(m[1])}")
    for m in MEASURE.finditer(folded):
        number, unit = _value(m[1]), UNITS[m[2]]
        if unit == "v":
            number = NOMINAL.get(number, number)
            if m[2] in CURRENT:
                found.add(f"current:{CURRENT[m[2]]}")
        found.add(f"{unit}:{number}")
    return found


def joined(folded: str) -> dict[str, tuple[str, str]]:
    """Two words said as one ("ojo y ojo", "hook and eye", "gancho-ojo", "ojo ojo"): joined,
    with them."""
    tokens = re.findall(r"[a-z]+|&|-", folded)
    out = {}
    for i, word in enumerate(tokens):
        if word in JOINERS:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in JOINERS:
            j += 1
        if j == i + 1 and j < len(tokens) and tokens[j] != word:
            continue  # two words side by side are one only when joined, or the same twice
        if j < len(tokens) and len(word) >= 2 and len(tokens[j]) >= 2:
            out[word + tokens[j]] = (word, tokens[j])
    return out


def figures(folded: str) -> set[str]:
    """Every figure written, each whole ("3/4", "1-1/4" for "1 1/4" too, "4.75")."""
    found = set()
    for m in FIGURES.finditer(folded):
        figure = re.sub(r"\s", "-", m[0].replace(",", "."))
        found.add(_value(figure) if "/" not in figure else figure)
    return found


def said(texts: list[str]) -> frozenset[str]:
    """What an item's texts state, read as a line's are (`named`)."""
    folded = fold(" ".join(texts))
    spaced = re.sub(r"([a-z])(\d)", r"\1 \2", folded)
    out = measures(folded) | measures(spaced) | {f"w:{w}" for w in joined(folded)}
    out |= {f"n:{f}" for f in figures(folded)}
    out |= {f"n:{NOMINAL[f]}" for f in figures(folded) if f in NOMINAL}
    return frozenset(out)


def named(
    index: CatalogIndex,
    item: str,
    reading: Reading,
    known: set[str],
    strange: set[str],
    kinds: set[str],
    conflicts: Callable[[Entry], bool],
) -> list[Entry]:
    """The items the line names by their facts (see the module docstring): one item, maybe
    in several brands; or none. `known` are the line's words the catalog knows, `strange`
    those it does not; `conflicts` whether a code of the line contradicts an item's."""
    folded = fold(item)
    spaced = re.sub(r"(?<![a-z])([a-z])\s+(\d)", r"\1\2", folded)  # "M 12": M12
    line_measures = measures(folded)
    pairs = joined(folded)
    said_as = {OPENED_BY.get(m.split(":")[0], "") for m in line_measures}
    if pairs:
        said_as.add("joined")
    grams = set(spaced.replace("-", " ").split()) | reading.words | set(pairs)
    if not said_as & OPEN and ("written" not in OPEN or grams.isdisjoint(index.fact_values)):
        return []
    # units and sizes are read as measures and figures, never as words
    known = {w for w in known if w not in UNITS and not re.search(r"\d", w)}
    strange = {w for w in strange if w not in UNITS and not re.search(r"\d", w)}
    if not known or not (line_measures or reading.codes or strange):
        return []
    brands = reading.codes.get("brand", set())
    everyone = compared(index, folded, known, kinds, figures(MEASURE.sub(" ", spaced)))
    items = [e for e in everyone if not brands or e.brand in brands]
    if not items or not all(e.facts for e in items):
        return []  # items the ERP says nothing of are read by the matcher alone
    # a measure said is the item's, where the items give that unit ("2 t": never the 3 t, nor
    # one that says no weight)
    for said in sorted(line_measures):
        if any(_gives(e, said.split(":")[0]) for e in items):
            items = [e for e in items if said in e.said]
    items = [e for e in items if not conflicts(e)]
    # an ERP fact's value said as written: "M12" is the body, never the M18's M12 connector;
    # a word that names a kind of item ("union") is the kind, never one item's style of it
    for key in sorted({k for e in items for k in e.facts} - MAKER_KEYS):
        values = {e.facts.get(key) for e in items}
        stated = {
            v for v in values
            if v and not v.replace(".", "").isdigit() and v in grams and not index.kind_of(v)
        }  # fmt: skip
        if len(stated) == 1 and len(values) > 1:  # (an item that says nothing of it stays)
            items = [e for e in items if e.facts.get(key, next(iter(stated))) in stated]
            said_as.add("written")
    # what the matcher could not read itself opens this path (`OPEN`): a line that says none
    # of it is the matcher's alone ("estrella 60 de 18 dientes", "2 polos 20A")
    if not said_as & OPEN:
        return []
    # words said as one that some items carry ("ojo y ojo": OJO-OJO, never GANCHO-OJO)
    read = bool(said_as - {"joined"})
    for gram, words in sorted(pairs.items()):
        carrying = [e for e in items if f"w:{gram}" in e.said]
        if carrying:
            items, read = carrying, True
        if carrying or any(gram in e.facts.values() for e in items):
            strange -= set(words)  # "hook and eye": the house's hook-eye, said so
    if strange or not read:
        return []
    # every figure the line states is on the item (a 35 t shackle, an M8 sensor: none)
    for figure in figures(spaced):
        number = NOMINAL.get(figure, figure)
        items = [e for e in items if f"n:{number}" in e.said or f"n:{figure}" in e.said]
    if not items or not _one_item(items):
        return []
    # an item the line's words do not reach (of no kind read, or naming a figure otherwise)
    # is compared, never named: where it fits as well, the line is a question
    if any(not known <= e.reading.words for e in items):
        return []
    # the kind is the line's before the brand is: "tecle 1,5 t yale" where the house sells a
    # chain hoist of 1.5 t (another maker's) and a lever one is a question, never the lever one
    if brands and len(_types(everyone, line_measures, figures(spaced), known)) > 1:
        return []
    return items


# A word said right after a figure is the figure's name ("2 polos", "14 pines", "3 fases"): a
# house writes it its own way ("2P", "DPDT", "trifásico"), so it never leaves an item out
FIGURE_NAME = re.compile(r"(?<![\w./,-])\d+(?:[.,/-]\d+)*\s+([a-z]+)\b")


# More items than this share what a line states: it says too little to name one by its facts
MAX_COMPARED = 1000


def compared(
    index: CatalogIndex, folded: str, known: set[str], kinds: set[str], said: set[str]
) -> list[Entry]:
    """Every item a line's facts could name, whichever words the house gives it: those that
    carry each figure the line states bare (`said`; a measure is weighed by its unit after)
    and its words (but the word naming the kind, and a figure's name), of the kind it names
    or of no kind read. An item of that kind the line's words would not reach (a plug-on
    breaker where the line says the DIN rail one's words) stays in the comparison, and a line
    that fits both is a question."""
    named = set(FIGURE_NAME.findall(folded))
    words = {w for w in known if w not in named and index.kind_of(w) not in kinds}
    postings = [index.by_word.get(w, set()) for w in words]
    for figure in said:
        number = NOMINAL.get(figure, figure)
        postings.append(index.by_said.get(f"n:{figure}", set())
                        | index.by_said.get(f"n:{number}", set()))  # fmt: skip
    if not postings:
        postings = [index.by_word.get(w, set()) for w in known]
    postings.sort(key=len)
    found = set(postings[0])
    for posting in postings[1:]:
        found &= posting
        if not found:
            break
    if len(found) > MAX_COMPARED:
        return []  # a line saying so little names no one item by its facts
    entries = (index.entries[p] for p in sorted(found))
    return [e for e in entries if not kinds or e.kinds & kinds or not e.kinds]


def carries(entry: Entry, code: str) -> bool:
    """Whether the item's texts give a code a line read otherwise, as a measure ("480v": its
    460 V) or as a figure ("43" of "g43": GRADO 43)."""
    said = measures(code) or {f"n:{code}"} if code.isdigit() else measures(code)
    return bool(said) and said <= entry.said


# Units no other reading of the matcher's knows (a size in mm or inches is its notation's): a
# measure in one of them rules out the item giving another value (`measured_otherwise`).
RATED = {"t", "kw", "hp"}
# What a line states that opens the house's facts path (`named`), by the unit it says it in:
# a rating ("2 ton", "5 HP"), words as one ("ojo y ojo"), an ERP value as written ("M12",
# "NPN"), amps, a voltage, a size in mm or m. Session 20 kept only the first two, after amps
# and values settled breakers and unions on a neighbour of another kind; every item the
# facts could name is now compared (`compared`, the ERP's `type` in `_one_item`, a kind word
# never a value), and each class was opened again alone, measured on every tuning set.
OPENED_BY = {"t": "rated", "kw": "rated", "hp": "rated", "a": "amps", "v": "volts",
             "current": "volts", "m": "sizes", "mm": "sizes"}  # fmt: skip
OPEN = {"rated", "joined", "written", "amps", "volts", "sizes"}


def measured_otherwise(item: str, entry: Entry) -> bool:
    """Whether the line states a rating the item gives in that unit with another value
    ("30 kW" of a 4 kW drive, "5 t" of a 3 t hoist)."""
    return any(
        said not in entry.said and _gives(entry, unit)
        for said in measures(fold(item))
        if (unit := said.split(":")[0]) in RATED
    )


def _gives(entry: Entry, unit: str) -> bool:
    """Whether the item's texts give a measure in `unit`."""
    return any(s.startswith(f"{unit}:") for s in entry.said)


def _types(items: list[Entry], said: set[str], numbers: set[str], known: set[str]) -> set[str]:
    """The ERP kinds (`type`) of the items, in any brand, that carry every measure, figure
    and word a line states."""
    return {
        next((e.facts[k] for k in KIND_KEYS if k in e.facts), "")
        for e in items
        if said <= e.said and known <= e.reading.words
        and all(f"n:{n}" in e.said or f"n:{NOMINAL.get(n, n)}" in e.said for n in numbers)
    }  # fmt: skip


def _one_item(items: list[Entry]) -> bool:
    """Whether the items are one item in one brand or several: one kind, the same facts."""
    first = items[0]
    brands = [e.brand for e in items]
    if len(set(brands)) != len(brands):
        return False  # two of one brand: the buyer still has to say which
    return all(
        other.kinds == first.kinds
        and all(
            first.facts[k] == other.facts[k]
            for k in first.facts.keys() & other.facts.keys()
            if k not in MAKER_KEYS - KIND_KEYS
        )
        and first.facts.keys() == other.facts.keys()
        for other in items[1:]
    )

