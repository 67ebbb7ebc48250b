"""A buyer correcting the cart in words: "quita los rodamientos", "no, eran 300",
"sorry make that 12", "change the bolts to 500", "agrégale 10 más a los pernos".

This reads such a message into what to do (remove the line, set its quantity, add to or
take from it, keep it and drop the others: "deja solo el 6205"), the number, and the words
that name the line; it knows nothing of any cart or catalog. flows/corrections.py finds the
line those words name in the cart.
The phrases are data (corrections.csv, like intents.csv) so a distributor adds the
words its buyers use; every word not in it names the line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from bot.commented_csv import numbered_rows
from bot.matching.lines import COUNTS, NUMBER_WORDS
from bot.words import plain

DEFAULT = Path(__file__).with_name("corrections.csv")
MAX_WORDS = 14  # longer messages are requests, not a correction
MAX_PHRASE_WORDS = 7  # "if that gets me a better price"
# what may stand between a `was` phrase and the thing it says is wrong ("en vez del 6204")
_ARTICLES_AT_END = re.compile(r"(?:\s+(?:el|la|los|las|lo|un|una|the|a|an))*\s*$")
ROLES = ("remove", "keep", "set", "add", "more", "less", "last", "link", "was", "filler",
         "brand", "variant", "cheapest", "stocked")  # fmt: skip
# A number (1.000 / 1,5 / 300) standing alone, or any other word (m8x40, 2rsh, pernos).
# "the koyo's fine", "the NTN's": a brand said with 's is the brand.
POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s\b", re.IGNORECASE)
_TOKEN = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\w)|[^\W_]+")


class Action(StrEnum):
    REMOVE = "remove"  # take the line out
    SET = "set"  # the quantity becomes `quantity`
    ADD = "add"  # `quantity` more (negative: fewer)
    KEEP = "keep"  # the lines named stay, every other cart line goes


@dataclass(frozen=True)
class Correction:
    """What the buyer wants done to one cart line, and how they named it."""

    action: Action
    quantity: Decimal | None = None  # SET: the new quantity; ADD: the change
    words: tuple[str, ...] = ()  # the words naming the line, folded ("pernos", "6204")
    code: str | None = None  # a SKU of the cart, named as such
    last: bool = False  # "eso", "the last one": the last line added
    before: Decimal | None = None  # "120 not 60": the quantity the line has now (names it)
    # "el segundo ponle 30", "the third one": the cart's line N (MIDDLE: the middle one)
    position: int | None = None
    # other readings, less likely, when several numbers could be the quantity
    alternatives: tuple[Correction, ...] = ()

    @property
    def names_a_line(self) -> bool:
        return bool(self.words or self.code or self.last or self.position)


@dataclass
class Corrections:
    """The correction phrases (as word tuples) → their role, from one or more CSV files."""

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    # Verbs split around the line they name ("take the bolts off"): (head, tail) → the
    # head and tail said together ("take off"), itself a phrase of the same role.
    split: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = field(
        default_factory=dict
    )
    # "mejor dayco", "make them SKF": words that, beside a brand, ask for it instead
    brand_cues: set[tuple[str, ...]] = field(default_factory=set)
    # "switch … to", "change … over to": a brand cue with the line's words inside it
    brand_around: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    # "el más barato", "whichever's cheapest": the option or brand with the lowest price
    cheapest_cues: set[tuple[str, ...]] = field(default_factory=set)
    # "el que tengas en Santiago", "whichever you've got in stock": the one that is in stock
    stocked_cues: set[tuple[str, ...]] = field(default_factory=set)

    @classmethod
    def load(cls, *paths: Path) -> Corrections:
        book = cls()
        for path in paths or (DEFAULT,):
            for number, row in numbered_rows(path):
                role = row["role"].strip()
                if role not in ROLES:
                    raise ValueError(f"{path}:{number}: unknown role {role!r}")
                for phrase in row["phrases"].split("|"):
                    head, gap, tail = phrase.replace("...", "…").partition("…")
                    if gap:  # "take … off": the line's words between head and tail
                        words = (*_TOKEN.findall(fold(head)), *_TOKEN.findall(fold(tail)))
                        if role != "brand":  # a brand's ("switch … to") is only its cue
                            book.split[tuple(_TOKEN.findall(fold(head))),
                                       tuple(_TOKEN.findall(fold(tail)))] = words  # fmt: skip
                    else:
                        words = tuple(_TOKEN.findall(fold(phrase)))
                    if words and role == "brand" and gap:  # "switch … to": around the line
                        book.brand_around.add((tuple(_TOKEN.findall(fold(head))),
                                               tuple(_TOKEN.findall(fold(tail)))))  # fmt: skip
                    elif words and role == "brand":
                        book.brand_cues.add(words)
                    elif words and role == "cheapest":
                        book.cheapest_cues.add(words)
                    elif words and role == "stocked":
                        book.stocked_cues.add(words)
                    elif words:
                        book.phrases.setdefault(words, role)  # the first role wins
        for words, role in list(book.phrases.items()):  # after every phrase written out
            for form in _enclitic_forms(words):
                book.phrases.setdefault(form, role)
        return book

    def read(
        self, text: str, codes: Iterable[str] = (), named: Collection[str] = ()
    ) -> Correction | None:
        """The correction `text` asks for, or None when it is not one (items, a question…).

        `codes`: the SKUs in the cart, so "cambia FAS-10022 a 500" names its line and
        its digits are not taken for the quantity. `named`: the figures that are words of
        a cart line (a bearing's 6205, a rod's 7018), so "deja solo el 6205" names the
        6205 and is never 6205 of anything (see `_naming`).
        """
        folded = fold(text)
        code = None
        for sku in codes:
            found = _code_pattern(sku).search(folded)
            if found:
                code, folded = sku, folded[: found.start()] + " " + folded[found.end() :]
                break
        tokens = self._joined(_spelled(_TOKEN.findall(folded)))
        if not tokens or len(tokens) > MAX_WORDS:
            return None
        parts = _naming(self._segment(tokens), named, {
            t for at, t in enumerate(tokens) if at and tokens[at - 1] in _ARTICLES})
        numbers = [at for at, (role, _) in enumerate(parts) if role == "number"]
        order = _quantity_order(parts, numbers)
        if any(role == "remove" for role, _ in parts) and any(
                t[0].isdigit() and at and tokens[at - 1] in _ARTICLES
                for at, t in enumerate(tokens)):  # fmt: skip
            order.append(None)  # "take the 6013 off", "quita los 6204": the figure names it
        readings = [self._reading(parts, at, code) for at in order]
        likely = [r for r in readings if r is not None]
        if not likely:
            return None
        return replace(likely[0], alternatives=tuple(likely[1:]))

    def brands_asked(
        self, text: str, brands: Iterable[str], *, bare: bool = False
    ) -> list[str] | None:
        """The brands (folded, as given in `brands`) a message names when it asks for a
        brand instead ("no, mejor Dayco: las Gates no me las aceptan", "make them SKF");
        None when it is no such message: no cue word, no brand, or a quantity in it (then
        it is items: "10 correas dayco"). `bare`: a brand said with filler words only and
        no cue counts too ("ok la bando entonces", after the alternatives were named)."""
        tokens = _TOKEN.findall(fold(POSSESSIVE.sub("", text)))
        # a figure is a count ("10 correas dayco": items), but a size of four figures after
        # an article names the lines ("the 6206 should be SKF", "los 6205 tenían que ser NTN")
        counted = [t for at, t in enumerate(tokens) if t.isdigit() and not (
            len(t) >= 4 and at and tokens[at - 1] in _ARTICLES)]  # fmt: skip
        if not tokens or len(tokens) > MAX_WORDS or counted:
            return None
        joined = f" {' '.join(tokens)} "
        named = [b for b in brands if f" {' '.join(_TOKEN.findall(b))} " in joined]
        if any(tuple(tokens[at : at + size]) in self.brand_cues
               for size in range(1, MAX_PHRASE_WORDS + 1)
               for at in range(len(tokens) - size + 1)) or self._around(joined):  # fmt: skip
            return named or None
        if not bare or len(named) != 1:
            return None
        brand = " ".join(_TOKEN.findall(named[0]))
        rest = joined.replace(f" {brand} ", " ", 1)
        left = [t for t in rest.split() if self.phrases.get((t,)) not in ("filler", "keep")]
        return None if left else named

    def _around(self, joined: str) -> bool:
        """Whether a split brand cue stands in `joined` (" switch the rod to esab "), the
        line's words between its two halves."""
        return any(re.search(rf" {' '.join(head)} (?:\S+ )+{' '.join(tail)} ", joined)
                   for head, tail in self.brand_around)  # fmt: skip

    def cheapest_asked(self, text: str) -> bool:
        """Whether a short message without figures asks for the cheapest of what is on
        offer ("dame el más barato nomás", "whichever's cheapest is fine", "go with the
        cheapest one"); a count or a size in it makes it items ("10 of the cheapest")."""
        return self._cued(text, self.cheapest_cues)

    def stocked_asked(self, text: str) -> bool:
        """Whether a short message without figures asks for the one on offer that is in
        stock ("el que tengas en Santiago nomás", "whichever one you've got in stock",
        "whatever you have in Houston is fine"); a figure in it makes it items."""
        return self._cued(text, self.stocked_cues)

    def _cued(self, text: str, cues: set[tuple[str, ...]]) -> bool:
        tokens = _TOKEN.findall(fold(POSSESSIVE.sub("", text)))
        if not tokens or len(tokens) > MAX_WORDS or any(re.search(r"\d", t) for t in tokens):
            return False
        return any(tuple(tokens[at : at + size]) in cues
                   for size in range(1, MAX_PHRASE_WORDS + 1)
                   for at in range(len(tokens) - size + 1))  # fmt: skip

    def says_instead(self, text: str) -> bool:
        """Whether a message says something was wrong or is wanted instead ("no", "era",
        "i meant", "should be", "en vez de"): a `was`, `variant` or `set` phrase in it."""
        tokens = self._joined(_spelled(_TOKEN.findall(fold(text))))
        return len(tokens) <= MAX_WORDS and any(
            role in ("was", "variant", "set") for role, _ in self._segment(tokens))

    def wrong_one(self, text: str, first: str, second: str) -> str:
        """Of two things a swap names, the one the buyer says is wrong: the first ("cambia el
        6204 a 6205", "en vez del 6204 mejor 6205", "el 6204 era 6205"), unless a `was`
        phrase stands just before the second ("6205 en vez del 6204", "6205, not the 6204")."""
        folded = re.sub(r"\bdel\b", "de el", fold(text))
        at = re.search(rf"(?<!\w){re.escape(second)}(?!\w)", folded)
        head = _ARTICLES_AT_END.sub("", folded[: at.start()]) if at else ""
        if not head or not head[-1].isalnum():  # "el 6204 no, el 6205": a new clause
            return first
        before = _TOKEN.findall(head)
        said = any(self.phrases.get(tuple(before[-size:])) == "was"
                   for size in range(1, min(MAX_PHRASE_WORDS, len(before)) + 1))  # fmt: skip
        return second if said else first

    def variant_asked(self, text: str) -> tuple[str, ...] | None:
        """The words a message says the last line should have had instead ("uy no, me
        equivoqué, tienen que ser sellados de goma, 2rs" → sellados, goma, 2rs); None when
        it is no such message: no cue, a quantity in it, or a remove/add/more/less word."""
        tokens = self._joined(_spelled(_TOKEN.findall(fold(text))))
        if not tokens or len(tokens) > MAX_WORDS:
            return None
        parts = self._segment(tokens)
        roles = {role for role, _ in parts}
        if not roles & {"variant", "set"} or roles & {"number", "before", "remove", "add",
                                                       "more", "less", "link"}:  # fmt: skip
            return None
        words = tuple(value for role, value in parts if role == "word")
        return words or None

    def swap_asked(self, text: str) -> tuple[str, str] | None:
        """ "perdón, eran M12 no M10", "wait no, 1 inch not 1/2", "3/4 en vez de 1/2": the
        words the last line's item should have (M12, 1 inch) and those they replace (M10,
        1/2), each as the buyer wrote it (folded); None when the message is no such thing:
        no `was` phrase between two sizes, or a remove/add/more/less word in it."""
        folded = fold(text)
        spans = list(re.finditer(r"[^\s,;.!?¡¿:]+(?:[.,/][^\s,;.!?¡¿:]+)*", folded))
        keys = [" ".join(_TOKEN.findall(m[0])) for m in spans]
        if not spans or len(spans) > MAX_WORDS:
            return None
        roles: list[str | None] = []
        at = 0
        while at < len(keys):
            for size in range(min(MAX_PHRASE_WORDS, len(keys) - at), 0, -1):
                phrase = tuple(" ".join(keys[at : at + size]).split())
                role = self.phrases.get(phrase)
                if role is not None:
                    roles += [role] * size
                    at += size
                    break
            else:
                roles.append(None)
                at += 1
        if {"remove", "add", "more", "less"} & set(roles):
            return None
        cues = [at for at, role in enumerate(roles) if role == "was"]
        for cue in reversed(cues):
            end = cue
            while end + 1 < len(roles) and roles[end + 1] == "was":
                end += 1
            old = [at for at in range(end + 1, len(roles)) if roles[at] is None]
            start = max((at for at in cues if at < cue and roles[at + 1] != "was"), default=-1)
            new = [at for at in range(start + 1, cue) if roles[at] is None]
            if not old or not new or old != list(range(old[0], old[-1] + 1)):
                continue
            new_text = folded[spans[new[0]].start() : spans[new[-1]].end()]
            old_text = folded[spans[old[0]].start() : spans[old[-1]].end()]
            if re.search(r"\d", new_text) and re.search(r"\d", old_text):
                return new_text, old_text
        return None

    def _reading(self, parts: list[tuple[str, str]], quantity_at: int | None,
                 code: str | None) -> Correction | None:  # fmt: skip
        """The correction when the number at `quantity_at` is the quantity (None: none is)."""
        roles = {role for role, _ in parts}
        words = tuple(value for at, (role, value) in enumerate(parts)
                      if role == "word" or (role == "number" and at != quantity_at))  # fmt: skip
        quantity = _number(parts[quantity_at][1]) if quantity_at is not None else None
        before = next((_number(value) for role, value in parts if role == "before"), None)
        position = _position(words)
        said = Correction(Action.SET, quantity, () if position else words, code,
                          "last" in roles, before, position)  # fmt: skip
        if "keep" in roles and quantity is None and "remove" not in roles:
            return _with(said, Action.KEEP) if said.names_a_line and not said.last else None
        if "remove" in roles:
            if quantity is None:
                return _with(said, Action.REMOVE)
            return _with(said, Action.ADD, -quantity) if said.names_a_line else None
        if quantity is None:
            return None
        if "less" in roles:
            return _with(said, Action.ADD, -quantity)
        if "more" in roles or ("add" in roles and "link" in roles):
            return _with(said, Action.ADD, quantity)
        if "set" in roles or before is not None:  # "120, not 60" sets the line it names
            return _with(said, Action.REMOVE) if quantity == 0 else said
        return None

    def _joined(self, tokens: list[str]) -> list[str]:
        """ "take the bolts off" → "take off the bolts": a split verb said together."""
        for (head, tail), together in self.split.items():
            for at in range(len(tokens) - len(head) + 1):
                if tuple(tokens[at : at + len(head)]) != head:
                    continue
                after = at + len(head)
                for end in range(len(tokens) - len(tail), after, -1):
                    if tuple(tokens[end : end + len(tail)]) == tail:
                        return [*tokens[:at], *together, *tokens[after:end],
                                *tokens[end + len(tail) :]]  # fmt: skip
        return tokens

    def named_variant_asked(
        self, text: str
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
        """ "the cap screws should be black oxide 10.9, not zinc", "los pernos tienen que ser
        inox, no zincados": the words naming a line (before the cue), those it should have
        (after it, a word among them: "should be 500" is a count) and those it should not
        (after a `was` phrase); None when the message is no such thing."""
        tokens = self._joined(_spelled(_TOKEN.findall(fold(text))))
        if not tokens or len(tokens) > MAX_WORDS:
            return None
        parts = [p for p in self._phrased(tokens) if p[0] != "filler"]
        cue = next((at for at, (role, _) in enumerate(parts) if role in ("variant", "set")), None)
        if cue is None or {r for r, _ in parts} & {"remove", "add", "more", "less", "link"}:
            return None
        was = next((at for at in range(cue, len(parts)) if parts[at][0] == "was"), len(parts))
        naming, new, old = (tuple(v for r, v in parts[a:b] if r in ("word", "number"))
                            for a, b in ((0, cue), (cue + 1, was), (was + 1, len(parts))))
        if not naming or not any(w.isalpha() for w in new) or any(
                r not in ("word", "number") for r, _ in parts[was + 1 :]):  # fmt: skip
            return None
        return naming, new, old

    def _phrased(self, tokens: list[str]) -> list[tuple[str, str]]:
        """(role, token) for every phrase (longest first), number and other word, as said."""
        parts: list[tuple[str, str]] = []
        at = 0
        while at < len(tokens):
            for size in range(min(MAX_PHRASE_WORDS, len(tokens) - at), 0, -1):
                role = self.phrases.get(tuple(tokens[at : at + size]))
                if role is not None:
                    parts.append((role, " ".join(tokens[at : at + size])))
                    at += size
                    break
            else:
                token = tokens[at]
                parts.append(("number" if token[0].isdigit() and _number(token) is not None
                              else "word", token))  # fmt: skip
                at += 1
        return parts

    def _segment(self, tokens: list[str]) -> list[tuple[str, str]]:
        """The phrases said (`_phrased`), a `was` phrase read and fillers left out."""
        return [p for p in _was(self._phrased(tokens)) if p[0] != "filler"]


_ARTICLES = frozenset(("the", "los", "las", "el", "la", "those", "esos", "esas"))
# A figure of a cart line's own words is a code, never its count, from this many digits
# ("6205", "7018", "22210"); a shorter one only after an article ("quita el 608").
CODE_DIGITS = 4


def _naming(
    parts: list[tuple[str, str]], named: Collection[str], after_article: Collection[str]
) -> list[tuple[str, str]]:
    """`parts` with each figure that is a cart line's own word (`named`: "6205" of a
    bearing 6205-2RS, "7018" of a rod) read as a word naming that line, not a quantity:
    "deja solo el 6205", "keep just the 6305", "ponle 20 al 7018", "change the 6305 to the
    6205". Kept a quantity only beside "más"/"more" ("6205 más" can be nothing else)."""
    out: list[tuple[str, str]] = []
    for at, (role, value) in enumerate(parts):
        beside = {parts[i][0] for i in (at - 1, at + 1) if 0 <= i < len(parts)}
        coded = value in named and (len(value) >= CODE_DIGITS or value in after_article)
        if role == "number" and coded and not beside & {"more", "less"}:
            out.append(("word", value))
        else:
            out.append((role, value))
    return out


def _was(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "120 not 60", "no 60 sino 120", "120 instead of 60": the number right after a `was`
    phrase is the quantity the line has now, when another number is the new one; a `was`
    phrase without a number after it changes nothing ("no, eran 300")."""
    numbers = sum(role == "number" for role, _ in parts)
    # "no, 30 not 20 on the bearings": a number after each `was`; the first "no" is the
    # buyer's "no", and the last number said after one is what the line has now
    after = [at for at, (role, _) in enumerate(parts)
             if role == "number" and at > 0 and parts[at - 1][0] == "was"]
    kept: list[tuple[str, str]] = []
    for at, (role, value) in enumerate(parts):
        if role == "was":
            continue
        kept.append(("before" if numbers > 1 and after and at == after[-1] else role, value))
    return kept


# Numbers in words ("diez más", "ten more", "make it a dozen", "media docena menos"):
# spelled numbers above one (lines.NUMBER_WORDS; "un"/"a"/"one" are articles or "the
# last one", "once" is a word too) and counting words (lines.COUNTS), with a number
# before them multiplied ("dos docenas" = 24).
_SPELLED = {w: n for w, n in NUMBER_WORDS.items() if n > 1 and w != "once"}
_COUNTS = {tuple(k.split()): n for k, n in COUNTS.items()} | {
    ("par",): 2, ("pair",): 2, ("couple",): 2, ("half", "a", "dozen"): 6, ("docenita",): 12,
}  # fmt: skip
_COUNTING_ARTICLES = {"un", "una", "a", "an", "el", "la"}


def _spelled(tokens: list[str]) -> list[str]:
    """`tokens` with numbers in words written as digits."""
    out: list[str] = []
    at = 0
    while at < len(tokens):
        for size in (3, 2, 1):
            count = _COUNTS.get(tuple(tokens[at : at + size]))
            if count is not None:
                times = 1
                if out and out[-1].isdigit():
                    times = int(out.pop())
                elif out and out[-1] in _COUNTING_ARTICLES:
                    out.pop()
                out.append(str(times * count))
                at += size
                if at < len(tokens) and tokens[at] in ("de", "of"):
                    at += 1  # "una docena de pernos"
                break
        else:
            token = tokens[at]
            out.append(str(_SPELLED[token]) if token in _SPELLED else token)
            at += 1
    return out


# A Spanish verb carries its object at its end, agreeing with the line ("sácalos" of the
# bolts, "el último sácalo" of a valve, "la válvula quítala"): a one-word phrase written
# with the plural pronoun means the same with the others, so corrections.csv lists one.
_ENCLITIC = re.compile(r"^(\w{3,}?)(l)(o|a)s$")


def _enclitic_forms(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """`sacalos` → sacalo, sacala, sacalas (a one-word verb ending in los/las)."""
    found = _ENCLITIC.match(words[0]) if len(words) == 1 else None
    if found is not None:
        stem = found[1] + found[2]
        for ending in ("o", "a", "os", "as"):
            if stem + ending != words[0]:
                yield (stem + ending,)


def _with(said: Correction, action: Action, quantity: Decimal | None = None) -> Correction:
    return Correction(action, quantity, said.words, said.code, said.last, before=said.before,
                      position=said.position)  # fmt: skip


def _position(words: tuple[str, ...]) -> int | None:
    """The cart line a correction names by its place ("el segundo", "the 3rd one", "la
    línea 2"): one ordinal (intents.csv's `ordinal` rows) and no other naming word; a
    number beside "línea"/"line" too. None when the words name the line otherwise."""
    from bot.intents import ordinals  # the one list of ordinals, shared with choices

    named = [w for w in words if w not in _POSITION_WORDS]
    if len(named) != 1:
        return None
    if named[0] in _MIDDLE_WORDS:
        return MIDDLE
    if named[0].isdigit() and len(named) < len(words):
        return int(named[0]) if 0 < int(named[0]) < 100 else None
    return ordinals().get(named[0]) if not named[0].isdigit() else None


# Words beside an ordinal that name no line themselves: "la línea 2", "the second item".
_POSITION_WORDS = {"linea", "line", "item", "articulo", "renglon", "row"}
# "the middle one make it 400", "el del medio a 20": the line shown between as many above
# as below it, which only an odd count of lines has (else it names none).
MIDDLE = -1
_MIDDLE_WORDS = {"middle", "medio", "centro", "center", "centre"}


def _quantity_order(parts: list[tuple[str, str]], numbers: list[int]) -> list[int | None]:
    """Which number may be the quantity, likeliest first: the one after "a"/"to", then
    the one beside "más"/"more"/"menos", then from the last back (the others name the
    line: "los 6204 a 30"). With no number: one reading without a quantity."""
    if not numbers:
        return [None]
    after_link = [at for at in numbers if at > 0 and parts[at - 1][0] == "link"]
    beside = [at for at in numbers
              if {parts[i][0] for i in (at - 1, at + 1) if 0 <= i < len(parts)}
              & {"more", "less"}]  # fmt: skip
    return list(dict.fromkeys([*after_link, *beside, *reversed(numbers)]))


def _number(raw: str) -> Decimal | None:
    """ "300" → 300, "1.000"/"1,000" → 1000, "1,5"/"1.5" → 1.5."""
    groups = re.split(r"[.,]", raw)
    try:
        if len(groups) == 1:
            return Decimal(raw)
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3 and len(set(
                re.findall(r"[.,]", raw))) == 1:  # fmt: skip
            return Decimal("".join(groups))
        if len(groups) == 2:
            return Decimal(f"{groups[0]}.{groups[1]}")
    except InvalidOperation:
        return None
    return None


@lru_cache(maxsize=512)
def _code_pattern(sku: str) -> re.Pattern[str]:
    pieces = _TOKEN.findall(fold(sku))
    return re.compile(r"(?<![\w-])" + r"[-\s]?".join(map(re.escape, pieces)) + r"(?![\w-])")


def fold(text: str) -> str:
    """Lower case, accents stripped, apostrophes dropped (don't → dont)."""
    return plain(text).replace("'", "").replace("’", "")


def words_of(text: str) -> list[str]:
    """The words (and numbers) of `text` as the reader splits them."""
    return _TOKEN.findall(fold(text))


@lru_cache(maxsize=1)
def default_book() -> Corrections:
    return Corrections.load()


def brands_asked(text: str, brands: Iterable[str], *, bare: bool = False) -> list[str] | None:
    """The brands a message asks for instead, with the cues shipped in corrections.csv."""
    return default_book().brands_asked(text, brands, bare=bare)


def cheapest_asked(text: str) -> bool:
    """Whether a message asks for the cheapest on offer, with the cues in corrections.csv."""
    return default_book().cheapest_asked(text)


def stocked_asked(text: str) -> bool:
    """Whether a message asks for the one on offer in stock, with the cues in corrections.csv."""
    return default_book().stocked_asked(text)


def says_instead(text: str) -> bool:
    """Whether a message says something was wrong or is wanted instead (corrections.csv)."""
    return default_book().says_instead(text)


def wrong_one(text: str, first: str, second: str) -> str:
    """Of two things a swap names, the one said to be wrong (corrections.csv's `was`)."""
    return default_book().wrong_one(text, first, second)


def variant_asked(text: str) -> tuple[str, ...] | None:
    """What the last line should have been, with the cues shipped in corrections.csv."""
    return default_book().variant_asked(text)


def named_variant_asked(
    text: str,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """The line a message names, what it should have and what not (corrections.csv)."""
    return default_book().named_variant_asked(text)


def swap_asked(text: str) -> tuple[str, str] | None:
    """The size the last line should have had and the one it replaces (corrections.csv)."""
    return default_book().swap_asked(text)


def read(text: str, codes: Iterable[str] = (), named: Collection[str] = ()) -> Correction | None:
    """The correction `text` asks for, with the phrases shipped in corrections.csv."""
    return default_book().read(text, codes, named)
