"""An item asked as a question is the item: the words around it are not.

"me cotizai 6 rodamientos 6206 2rs skf? pa hoy si se puede", "cn u chek if u hve 6209
2rs fag in stok? need like 16", "quisiera saber si manejan valvulas de compuerta en
bronce de 2 pulgadas rosca NPT, requiero 5 unidades": the matcher reads every word of a
line, and a word it does not know ("cotizai", "proforma", "houston") keeps the line from
being settled alone, so the item came back as the only option of a choice. When a line
is not settled, `match_asked` reads it again as the buyer's sentence:

- it is cut into clauses at question and exclamation marks, full stops and commas;
- a clause that names nothing the catalog knows (no code, no catalog word or brand) is
  talk ("pa hoy si se puede", "es para la obra de surco", "and how soon can u ship to
  houston") and is left out; one that holds only a count ("need 10", "requiero 5
  unidades", "need like 16") gives the quantity;
- in a clause that names the item, the words before and after it that the catalog does
  not know are left out ("me cotizai 6 …", "… pa mañana", "got 3/4 …").

The item's own words are never dropped: a single unknown word right beside a code
("zwz 6204 2rs", "6204 2rs zwz": perhaps a brand we do not sell) and anything after
"marca"/"brand" stay, so such a line is still a question. The line read again is taken
only when the matcher settles it (`auto`) on one of the items it offered for the whole
line, or on any item when it offered none for the whole line (not found: "do you carry
6209 2rs fag? need 16" read whole may find nothing): the question never makes the matcher
surer of another item than one it offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.matching.index import KINDS, KNOWN_BRANDS, CatalogIndex
from bot.matching.lines import COUNT_OPENERS, parse_line
from bot.matching.matcher import NEUTRAL, MatchContext, MatchResult, match_line
from bot.matching.notation import read
from bot.matching.text import fold
from bot.statuses import LineDecision

# Where a buyer's sentence breaks: ? ! ¿ ¡ anywhere, a full stop or a comma before a space
# (never inside 1.5 or 1,5).
CLAUSE = re.compile(r"\s*[?!¿¡]+\s*|[.,;]\s+|[.,;]$")
COUNT = re.compile(r"\d{1,7}")
# After these the buyer names a brand: what follows is never talk.
BRAND_WORDS = {"marca", "brand", "make"}
# A number before these is a size ("2 pulgadas", "1 inch"), never a count.
SIZE_UNITS = {"inch", "inches", "in", "pulg", "pulgada", "pulgadas", "mm", "cm"}

# A number after these is the standard's or grade's designation ("DIN 985", "grade 8",
# "clase 10.9"), never a count; the word itself names the item as its number does.
STANDARDS = {"din", "iso", "ansi", "asme", "astm", "sae", "aisi", "jis", "nema", "uns", "grade",
             "grado", "clase", "class"}  # fmt: skip

# The words a count is said with at a sentence's start ("… mig wire. need 4 spools …"):
# lines.py reads the sentence after them as the count's.
ASKING_WORDS = set(COUNT_OPENERS)

EVIDENCE, COUNTED, NEUTRAL_WORD, STRANGE = "evidence", "count", "neutral", "strange"


@dataclass(frozen=True)
class _Token:
    text: str
    kind: str
    code: bool = False  # a code or a size (a number so read: never a count before words)
    names_kind: bool = False  # a kind of thing: "rodamientos", "valves"


def match_asked(
    index: CatalogIndex, text: str, customer_id: str | None, context: MatchContext | None
) -> MatchResult:
    """`match_line` on `text`; when that is not settled, on the item inside the
    buyer's question (see the module's docstring) if the matcher settles that."""
    result = match_line(index, text, customer_id, context)
    if result.decision == LineDecision.AUTO and result.line.quantity_given:
        return result
    core = item_of(index, text)
    if core is None or fold(core) == fold(text):
        core = without_purpose(index, text)
        if core is None:
            return result
    again = match_line(index, core, customer_id, context)
    if again.decision != LineDecision.AUTO and (cut := without_purpose(index, core)):
        again = match_line(index, cut, customer_id, context)
    if result.decision == LineDecision.AUTO:
        # a code settles the line whatever follows it, but talk after its count ("FAS-10022
        # x 20, best price?") hid the count: the sentence read again gives it, same item
        found = again.decision == LineDecision.AUTO and again.sku == result.sku
        return again if found and again.line.quantity_given else result
    offered = {c.sku for c in result.candidates}
    if again.decision == LineDecision.AUTO and again.sku and (not offered or again.sku in offered):
        return again
    return result


# What the item is for, after it: "para la faja transportadora", "pal transportador", "for the
# pump on line 2". Its words may name a thing the catalog knows (a conveyor's "faja" is also a
# belt), so the clause is not talk word by word; led by "para"/"for" and an article after an
# item said with its code, it is what the item is for.
PURPOSE = re.compile(
    r"\s+(?:(?:para|pa'?|for)\s+(?:la|el|los|las|una|un|unos|unas|nuestra|nuestro|nuestros|"
    r"nuestras|mi|mis|esta|este|the|a|an|our|my|this|that)|pal|pa'l)\s+\S.*$",
    re.IGNORECASE,
)


def without_purpose(index: CatalogIndex, text: str) -> str | None:
    """`text` without what its item is for (PURPOSE) when the words before it carry a code
    ("3 fajas b54 gates para la faja transportadora" → "3 fajas b54 gates"); None otherwise.
    match_asked takes it only where the matcher settles it on an item, and that item was one
    it offered for the whole line or it offered none ("not offered": the line was not
    found); so a purpose never makes the matcher surer of another item than those offered."""
    found = PURPOSE.search(text)
    if found is None:
        return None
    head = text[: found.start()].strip(" ,;:")
    if not head or not set(read(head, index.vocabulary).codes) - {"number"}:
        return None
    return head


def item_of(index: CatalogIndex, text: str) -> str | None:
    """The item a buyer's sentence asks for, with its count; None when no clause names
    anything the catalog knows."""
    clauses = [c for c in CLAUSE.split(text) if c and c.strip()]
    items: list[list[_Token]] = []
    counts: list[str] = []
    for clause in clauses:
        tokens = _sized([_token(index, t) for t in _codes_joined(index, clause.split())], index)
        if any(t.kind == EVIDENCE for t in tokens):
            kept = _trimmed(tokens)
            items.append(kept)
            counts += [t.text for t in tokens if t.kind == COUNTED and t not in kept]
        else:
            counts += [t.text for t in tokens if t.kind == COUNTED]
    if not items:
        return None
    # a clause that asks with its count ("need 4 spools …") stays a sentence of its own, as
    # the buyer wrote it: lines.py reads the count of such a sentence (one cut for both)
    core = " ".join(
        (". " if at and fold(clause[0].text) in ASKING_WORDS else "")
        + " ".join(t.text for t in clause)
        for at, clause in enumerate(items)
    ).replace(" . ", ". ")
    if len(set(counts)) == 1 and not parse_line(core).quantity_given:
        core = f"{core} x {counts[0]}"
    return core


def _codes_joined(index: CatalogIndex, words: list[str]) -> list[str]:
    """A code written with a space ("FAS 10148 if I take 300") as one word: its letters
    alone name nothing and its number alone reads as a count, so the item was lost and
    300 never read. Joined only when the two halves together are one of our codes."""
    out: list[str] = []
    for word in words:
        head = out[-1] if out else ""
        if head.isalpha() and word.isdigit() and index.is_code(head + word, None):
            out[-1] = f"{head} {word}"
            continue
        out.append(word)
    return out


def _token(index: CatalogIndex, text: str) -> _Token:
    word = fold(text).strip("\"'()[]:*-")
    if COUNT.fullmatch(word):
        return _Token(text, COUNTED)
    if not word:
        return _Token(text, NEUTRAL_WORD)
    reading = read(word, index.vocabulary)
    if set(reading.codes) - {"number"} or re.search(r"\d", word):
        return _Token(text, EVIDENCE, code=True)
    words = reading.words - NEUTRAL
    if any(w in index.by_word or w in index.brands or w in KNOWN_BRANDS for w in words):
        return _Token(text, EVIDENCE, names_kind=any(w in KINDS for w in words))
    if word in BRAND_WORDS:
        return _Token(text, EVIDENCE)  # "marca X": X is kept with it
    if word in NEUTRAL or not words:
        return _Token(text, NEUTRAL_WORD)
    return _Token(text, STRANGE)


def _sized(tokens: list[_Token], index: CatalogIndex) -> list[_Token]:
    """A number before a unit of size is part of the item ("2 pulgadas", "1 inch", and
    any the vocabulary reads with its number: "1 pole", "20 amp", both words kept); one
    before a code or another number, or ending the item's words, is a code itself
    ("6206 2rs", "rodamientos 6206"); one before words is a count ("6 rodamientos",
    "10 kilos de …")."""
    read: list[_Token] = []
    for i, t in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        before = fold(tokens[i - 1].text).strip("\"'()[]:*-") if i else ""
        if read and read[-1].code and t.kind in (STRANGE, NEUTRAL_WORD) \
                and _a_size(index, tokens[i - 1].text, t.text):  # fmt: skip
            read.append(_Token(t.text, EVIDENCE, code=True))  # "pole" of "1 pole"
            continue
        if fold(t.text).strip("\"'()[]:*-") in STANDARDS and after and after.kind == COUNTED:
            t = _Token(t.text, EVIDENCE, code=True)  # "DIN 985": the standard names the item
        elif t.kind == COUNTED and before in STANDARDS:
            t = _Token(t.text, EVIDENCE, code=True)  # … and its number is no count
        sized = after is not None and t.kind == COUNTED and (
            fold(after.text) in SIZE_UNITS or _a_size(index, t.text, after.text))
        coded = after is not None and (after.code or after.kind == COUNTED)
        ending = after is None and len(t.text) >= 4 and bool(read) and read[-1].kind == EVIDENCE
        if t.kind == COUNTED and (sized or coded or ending):
            t = _Token(t.text, EVIDENCE, code=True)  # "need 10", "x 1000": counts
        read.append(t)
    return read


def _a_size(index: CatalogIndex, number: str, unit: str) -> bool:
    """Whether the vocabulary reads `number unit` as a size of the item ("1 pole" is 1P,
    "20 amp" 20 A), not a number of things ("10 kg", "4 spools")."""
    if not COUNT.fullmatch(fold(number).strip("\"'()[]:*-")):
        return False
    pair = read(f"{number} {unit}", index.vocabulary).codes
    return bool(set(pair) - {"number"} - set(read(unit, index.vocabulary).codes))


def _trimmed(tokens: list[_Token]) -> list[_Token]:
    """A clause that names the item without the talk before and after it."""
    marks = [i for i, t in enumerate(tokens) if t.kind == EVIDENCE]
    first, last = marks[0], marks[-1]
    # the count before the item starts it, units between: "… cotizai 6 rodamientos …",
    # "comprar 10 kilos de soldadura"
    at = first - 1
    while at >= 0 and tokens[at].kind == NEUTRAL_WORD:
        at -= 1
    if at >= 0 and tokens[at].kind == COUNTED:
        first = at
        if first and fold(tokens[first - 1].text) in ASKING_WORDS:
            first -= 1  # "need 4 spools …": the word that says the count is the count's
    start = first if _talk(tokens[:first], tokens[first], leading=True) else 0
    end = last + 1
    if not _talk(list(reversed(tokens[end:])), tokens[last], leading=False):
        end = len(tokens)
    return tokens[start:end]


def _talk(run: list[_Token], beside: _Token, *, leading: bool) -> bool:
    """Whether the words `run` (nearest the item last), next to the item's word `beside`,
    are talk around it. One unknown word standing alone beside the item ("zwz 6204 2rs",
    "6204 2rs zwz pls": perhaps a brand or a variant we do not carry) is not, unless a
    count or a kind of thing starts the item ("cotizai 6 rodamientos")."""
    if not run or run[-1].kind != STRANGE:
        return True
    if leading and (beside.names_kind or beside.kind == COUNTED):
        return True
    return sum(1 for t in run if t.kind == STRANGE) >= 2
