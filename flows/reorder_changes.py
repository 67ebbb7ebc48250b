"""A reorder changed in the same breath: "same as our last order but just the 9 inch cut
off wheels this time, make it 60. skip the bearings and the 14\"", "lo mismo del último
pedido pero sin los lentes ni las correas A76, y los rodamientos que sean 6 en vez de 4".

Which of the last order's lines stay (the ones "just"/"solo" names, none that "sin"/"skip"
names) and which take a new count (the line named before "que sean 6", "6 instead of 4";
"make it 60" counts the one line kept), each line named as a correction names a cart line
(flows/line_words.py). Kept apart from flows/cart_commands.py, which prices what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from bot.corrections import Action, Correction
from bot.intents import fillers
from bot.matching.text import fold
from flows import line_words
from flows.pre_read import PARTS
from flows.turn import Turn

# "y los rodamientos que sean 6 en vez de 4", "the bearings 6 instead of 4"
_COUNT_NAMED = re.compile(
    r"(?P<what>[^,.;!?]+?)\s+(?:(?:que sean?|should be|now)\s+(?P<n>\d+)"
    r"(?:\s+(?:en vez de|en lugar de|instead of|not)\s+\d+)?"
    r"|(?P<m>\d+)\s+(?:en vez de|en lugar de|instead of)\s+\d+"
    r"|(?:solo|solamente|nada mas|just|only)\s+(?P<k>\d+))"
    r"(?:\s+(?:nomas|no mas|nada mas|solamente|only|this time|esta vez|por favor|porfa"
    r"|pls|plz|please))*(?=[,.;!?]|\s*$)"
)  # "y de las correas a76 solo 10", "las a76 que sean 10 nomás": that line at 10, never left
# out with the glasses. The count before the line: "only 15 of the 6304 bearings pls", "solo 10
# de las correas a76": every line kept, that one at 15.
_COUNT_FIRST = re.compile(
    r"(?:^|(?<=[\s,.;!?]))(?:(?:but|pero|and|y)\s+)?(?:(?:only|just|solo|solamente)\s+)?"
    r"(?P<n>\d+)\s+(?:of|de)\s+(?P<what>[^,.;!?]+?)"
    r"(?:\s+(?:nomas|no mas|nada mas|this time|esta vez|por favor|porfa|pls|plz|please))*"
    r"(?=[,.;!?]|\s*$)"
)
# Where the talk before a line named with its new count may end ("same as last time but make
# the 9 inch 3M wheels 100 instead of 50"): no words of the line. What stands before the cut
# is read again for what it leaves out ("pero sin los guantes y los discos de 7 solo 10").
_BEFORE_NAMED = re.compile(r"\b(?:but|pero|and|y|make|haz|hazme|ponle|dejame|deja)\s+")
# "make it 60", "que sean 60", "60 this time": the count of the one line kept
_COUNT_KEPT = re.compile(r"(?:^|[,.;!?]\s*)(?:make (?:it|them|that)|que sean?|dame|send)\s+"
                         r"(?P<n>\d+)(?=\s*(?:[,.;!?]|$))")  # fmt: skip
# "but just the 9 inch cut off wheels this time", "pero solo las correas"
_ONLY = re.compile(
    r"\b(?:just|only|solo|solamente|unicamente|nada mas)\s+(?P<what>[^,.;!?]+?)"
    r"(?:\s+(?:this time|for now|esta vez|por ahora|nomas))?(?=\s*(?:[,.;!?]|$))"
)
# What a reorder leaves out: the words after "sin", "except", "skip"… ("repíteme el último
# pedido pero sin los lentes oscuros", "same as last time except the gloves").
_LEAVING_OUT = re.compile(
    r"\b(?:sin|excepto|salvo|menos|quitando|sacando|except|without|minus|but not|skip|"
    r"leave out|leaving out)\b\s+(?P<what>[^.;!?]+)"
)
# "50 of each", "10 de cada uno": every line's count (flows/quote_again.py), never one line's
_EACH = re.compile(r"(?:each|cada\s+\w+|c/u)")
# One more line named after another: "los lentes ni las correas", "the bearings and the 14\""
_OR = re.compile(r"\s+(?:ni|nor|or|o)\s+")


@dataclass
class Changes:
    """The last order's lines left out, and the new count of some of them."""

    left_out: set[str] = field(default_factory=set)
    counts: dict[str, Decimal] = field(default_factory=dict)


def read(turn: Turn, skus: list[str]) -> Changes:
    """What `turn`'s words change of a reorder of `skus` (see the module docstring)."""
    text = fold(turn.text)
    lines = [{"sku": sku, "text": ""} for sku in skus]
    changes = Changes()
    for found in list(_COUNT_NAMED.finditer(text)):
        named, before = _counted(turn, found["what"], lines)
        if named:
            count = Decimal(found["n"] or found["m"] or found["k"])
            changes.counts.update((line["sku"], count) for line in named)
            text = text.replace(found[0], f"{before},")
    for found in list(_COUNT_FIRST.finditer(text)):
        named = _one_named(turn, found["what"], lines)
        if named and not _EACH.fullmatch(found["what"].strip()):
            changes.counts.update((line["sku"], Decimal(found["n"])) for line in named)
            text = text.replace(found[0], ",")

    kept = {line["sku"] for found in _ONLY.finditer(text)
            for line in _named(turn, found["what"], lines)}  # fmt: skip
    if kept:
        changes.left_out = set(skus) - kept
        more = _COUNT_KEPT.search(text)
        if more is not None and len(kept) == 1:
            changes.counts.setdefault(next(iter(kept)), Decimal(more["n"]))
    for found in _LEAVING_OUT.finditer(text):
        changes.left_out |= {line["sku"] for line in _named(turn, found["what"], lines)}
    return changes


Lines = list[dict[str, str]]


def _counted(turn: Turn, what: str, lines: Lines) -> tuple[Lines, str]:
    """The `lines` the words before a new count name, and the talk before them: all of `what`,
    else what follows its last cut that names a line ("… sin los guantes y | los discos de 7")."""
    named = _one_named(turn, what, lines)
    if named:
        return named, ""
    for cut in reversed(list(_BEFORE_NAMED.finditer(what))):
        named = _one_named(turn, what[cut.end() :], lines)
        if named:
            return named, what[: cut.start()]
    return [], what


def _named(turn: Turn, text: str, lines: list[dict[str, str]]) -> list[dict[str, str]]:
    """The `lines` each part of `text` names ("los lentes ni las correas A76")."""
    pieces = [p for part in PARTS.split(text) for p in _OR.split(part or "") if p.strip(" ,.;:-")]
    return [line for piece in pieces for line in _one_named(turn, piece, lines)]


def _one_named(turn: Turn, text: str, lines: list[dict[str, str]]) -> list[dict[str, str]]:
    """The `lines` one part names, its words all the line's, or read as the matcher reads
    them ("the 9 inch cut off wheels": the 230 mm wheel's 9")."""
    words = tuple(w for w in _INCHES.sub(r'\1"', text).split() if w not in fillers())
    if not words:
        return []
    return line_words.lines_named(turn, text, lines) or line_words.fitting(
        turn, lines, Correction(Action.KEEP, words=words))


# "9 inch", "4 pulgadas": a size the catalog writes 9"
_INCHES = re.compile(r"\b(\d+(?:[./]\d+)?)\s*(?:inch(?:es)?|in|pulgadas?|pulg)\b")
