"""A dictated message (voice to text, no punctuation): punctuation said in words ("coma",
"punto", "point nine"), the fillers and hedges between words ("uh", "like forty"), and a
run-on cut at its joining phrases ("y también", "and also") where each side is an item.

The phrases are data (runons.csv), read through bot/runon_words.py.
"""

from __future__ import annotations

import re

from bot.item_words import vocabulary as _vocabulary
from bot.joined.asking import after_asking
from bot.joined.items import A_COUNT, LEADS_WITH_COUNT, has_own_count, reads_as_item
from bot.runon_words import find as _find
from bot.runon_words import key as _key
from bot.runon_words import phrases as _phrases

# Punctuation said aloud in a dictated message (voice to text writes the word): a comma
# before the next item's count, a full stop before the closing or at the end, a decimal
# point between figures.
SPOKEN_MARK = re.compile(r"\b(?:coma|punto|point)\b", re.IGNORECASE)
SPOKEN_DECIMAL = re.compile(
    r"(?:(?<=\s)|^)(?:(\d{1,3})\s+)?(coma|punto|point)\s+(\d{1,3})\b(?=\s*(?:mm|cm|m|mts?|metros?|"
    r"meters?|metres?|km|kg|kilos?|millimet(?:er|re)s?|mil[ií]metros?|pulgadas?|inch(?:es)?)\b)",
    re.IGNORECASE,
)  # a decimal is said before its unit ("point 9 millimeter"): "6204 coma 10 pernos" is a list
SPOKEN_MM = re.compile(r"(?<=\d)\s*(?:millimet(?:er|re)s?|mil[ií]metros?)\b", re.IGNORECASE)
# English "point" before one figure is a decimal point whatever follows ("two spools of point
# nine esab wire", "point 8 mil wire"): English dictation says "period" for a full stop, and
# Spanish "punto" is both (it keeps the rule above). "mil" after such a decimal is a
# millimetre, as welders say it ("point 8 mil"), never the Spanish thousand.
SPOKEN_POINT = re.compile(
    r"(?:(?<=\s)|^)(?:(\d{1,2})\s+)?point\s+(\d|zero|one|two|three|four|five|six|seven|eight|"
    r"nine)\b(?![.,/]?\d)", re.IGNORECASE,
)
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
MIL_AFTER_DECIMAL = re.compile(r"(?<=\d\.\d)\s*mils?\b", re.IGNORECASE)
SPOKEN_COMMA = re.compile(rf"\s+coma(?=\s+(?:(?:y|e)\s+)?{A_COUNT}\s)", re.IGNORECASE)
SPOKEN_STOP = re.compile(
    r"\s+(?:punto|point)(?:\s+final)?(?=\s*$|\s+(?:gracias|muchas|saludos|eso|nada|slds|thanks|"
    r"thank|thx|that)\b)",
    re.IGNORECASE,
)


def spoken_marks(line: str) -> str:
    """A dictated line with its punctuation said in words, written: "… skf coma cincuenta
    pernos …" → "… skf, cincuenta pernos …", "… zincadas punto gracias" → "… zincadas.
    gracias", "mig wire point 9 millimeter" → "mig wire 0.9 mm", "1 coma 5 km" → "1,5 km",
    "spools of point nine esab wire" → "spools of 0.9 esab wire"."""
    if not SPOKEN_MARK.search(line):
        return line
    line = SPOKEN_DECIMAL.sub(lambda m: f"{m[1] or '0'}{'.' if m[2] != 'coma' else ','}{m[3]}",
                              line)  # fmt: skip
    line = SPOKEN_POINT.sub(lambda m: f"{m[1] or '0'}.{_digit(m[2])}", line)
    line = SPOKEN_COMMA.sub(",", line)
    line = MIL_AFTER_DECIMAL.sub(" mm", SPOKEN_MM.sub(" mm", line))
    return SPOKEN_STOP.sub(".", line)


def _digit(said: str) -> str:
    """A figure said as a word or written ("nine" → "9", "8" → "8")."""
    word = said.lower()
    return str(DIGIT_WORDS.index(word)) if word in DIGIT_WORDS else said


def unfilled(line: str) -> str:
    """A dictated line without the sounds typed between its words and the words softening
    a count (runons.csv `filler`, `hedge`): "we need like forty of the 6205 uh and uh
    thirty …" → "we need forty of the 6205 and thirty …". A word the catalog's vocabulary
    knows is kept."""
    phrases = _phrases()
    spans = list(re.finditer(r"\S+", line))
    keys = [_key(m[0]) for m in spans]
    dropped: set[int] = set()
    for kind in (phrases.filler, phrases.hedge):
        for start, end in _find(keys, kind, phrases.longest):
            if kind is phrases.hedge and not (
                end < len(spans) and LEADS_WITH_COUNT.match(line[spans[end].start() :])
            ):
                continue
            if not any(keys[at] in _vocabulary().words for at in range(start, end)):
                dropped.update(range(start, end))
    if not dropped:
        return line
    out: list[str] = []
    for at, m in enumerate(spans):
        if at in dropped:
            if m[0][-1] in ",;." and out:  # "… skf eh, 20 …": the comma stays
                out[-1] += m[0][-1]
            continue
        out.append(m[0])
    return " ".join(out) or line


# Words before a count that only say the buyer goes on ("ay perdón, también 12 uniones …",
# "oh and also 6 …"): no part of the item.
GOING_ON = re.compile(
    r"^(?:(?:ay|ah|oh|uy|ups|oops|perd[oó]n|perdona|perdone|disculpa|disculpe|sorry|y|e|and|"
    r"tambi[eé]n|adem[aá]s|also|plus|otra cosa)\b[\s,.!:;]*)+"
    rf"(?={A_COUNT}\s+\S)",
    re.IGNORECASE,
)


def run_on(line: str) -> list[str]:
    """A spoken run-on as its item requests (see the module's docstring); a line that
    is not one comes back whole."""
    if not re.search(r"\d", line):
        return [line]
    phrases = _phrases()
    spans = list(re.finditer(r"\S+", line))
    keys = [_key(m[0]) for m in spans]

    def text(start: int, end: int) -> str:
        return line[spans[start].start() : spans[end - 1].end()] if start < end else ""

    # A closing after the items: the request ends there.
    stop = len(spans)
    for start, _ in _find(keys, phrases.end, phrases.longest):
        if start and reads_as_item(after_asking(text(0, start))):
            stop = start
            break
    for start, end in _find(keys[:stop], phrases.join, phrases.longest):
        if start and _taken_back(keys[end:stop], phrases.resay):
            stop = start  # "… y también eh cinta no perdón nada más eso": no tape
            break
    cuts = [
        (start, end) for start, end in _find(keys[:stop], phrases.join, phrases.longest)
        if start > 0 and end < stop
    ]
    parts: list[str] = []
    begin = 0
    for number, (start, end) in enumerate(cuts):
        after = cuts[number + 1][0] if number + 1 < len(cuts) else stop
        left, right = after_asking(text(begin, start)), after_asking(text(end, after))
        if reads_as_item(left) and reads_as_item(right):
            parts.append(left)
            begin = end
    last = after_asking(text(begin, stop)).rstrip(",;")
    if not parts and stop == len(spans) and last == line:
        return [line]
    if not parts and not has_own_count(last):
        return [line]  # an opening or closing dropped only around an item with a count
    return [*parts, last]


def _taken_back(keys: list[str], resay: frozenset[tuple[str, ...]]) -> bool:
    """Whether the words after a joining phrase begin an item the buyer takes back at once,
    before the closing: a few words without a figure, then "no perdón", "sorry no", "no
    wait" ("y también cinta no perdón", "and also tape no sorry"); a bare "no" takes
    back nothing ("y también cinta no tóxica")."""
    if len(keys) > 6 or any(c.isdigit() for k in keys for c in k):
        return False
    return any(
        len(keys) > size and tuple(keys[-size:]) in resay and keys[-size:] != ["no"]
        and keys[-size:] not in (["o"], ["or"], ["digo"], ["i", "mean"])
        for size in range(1, 4)
    )  # fmt: skip
