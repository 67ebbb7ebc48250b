"""Among the items that carry every code, those the line's words point at.

What a seller reads without asking: the buyer's own word for the house's item, an end's gender
and size, a fact stated otherwise, and what the trade leaves unsaid (a bare nut is the hex nut,
a drill for metal the plain HSS one). Each step only narrows what carries the codes, so none can
add an item the codes rule out.
"""

from __future__ import annotations

import re
from fractions import Fraction

from bot.matching.brand_rule import same_item
from bot.matching.house_facts import SIZED_END, plain_steel, same_size_ends, sized_facts
from bot.matching.index import NAMED_KINDS, CatalogIndex, Entry, part_key
from bot.matching.lines import RequestLine
from bot.matching.neutral import NEUTRAL
from bot.matching.notation import Reading, read
from bot.matching.stated import Feature, Stated, contradicts, has_any, says_lacks
from bot.matching.talk import written_as
from bot.matching.text import fold
from bot.matching.vocabulary import Vocabulary

# Words that name a nut other than the plain hex one (vocabulary.csv reads seguridad, nyloc,
# autoblocante as "lock"): a nut said without any of them is the hex nut.
OTHER_NUTS = {
    "lock", "union", "wing", "mariposa", "acorn", "ciega", "cap", "flange", "brida", "jam",
    "delgada", "castle", "castillo", "almenada", "slotted", "coupling", "square", "cuadrada",
    "weld", "soldable", "rivet", "remache", "cage", "tee", "knurled", "heavy", "pesada",
    "insert", "inserto", "keps", "serrated", "dentada", "barrel", "panel",
}  # fmt: skip


# A fitting's gender and the words of the other one
GENDER = {"hembra": "female", "female": "female", "macho": "male", "male": "male"}


def _genders(entry: Entry) -> set[str]:
    """The ends an item says it has, in English ("hembra" is "female")."""
    return {GENDER[w] for w in entry.reading.words if w in GENDER}


# A gender said right before an end's name, a swivel word between them allowed: "male JIC",
# "hembra giratoria JIC 37°", "macho NPT" (the end's name is any word of letters; a gender
# said after the end, "JIC hembra", is read by the words alone)
GENDERED_END = re.compile(
    r"\b(hembra|female|macho|male)\s+(?:(?:giratori[oa]|swivel)\s+)?([a-z]{3,5})\b"
)


def _end_genders(folded: str) -> dict[str, str]:
    """Each end's gender where it is said before the end ("male JIC 1 x male NPT 1":
    jic male, npt male); an end said with both genders says none."""
    said: dict[str, set[str]] = {}
    for m in GENDERED_END.finditer(folded):
        if m[2] not in GENDER:
            said.setdefault(m[2], set()).add(GENDER[m[1]])
    return {end: next(iter(g)) for end, g in said.items() if len(g) == 1}


# Words that name a kind of disc: beside one of them, "wheel" (disco, disc) says nothing more
SPECIFIC_DISCS = {"cutoff", "flap", "grinding"}


def fitting_items(
    index: CatalogIndex,
    line: RequestLine,
    reading: Reading,
    kinds: set[str],
    complete: list[Entry],
    known: set[str],
    said: Stated,
    lacking: tuple[Feature, ...],
) -> tuple[list[Entry], bool]:
    """Of the items that carry every code of the line (`complete`), those its words, its
    stated facts, its ends' genders and sizes and what the trade leaves unsaid point at; and
    whether an item was left out for an end's gender (the rest are then only offered).

    Each step is a reading a seller makes without asking; one that may rule out every item
    (a gender, a nut's kind) leaves the line a question rather than settled on a near item.
    """
    # Words that never tell items apart ("hembra", "tipo") narrow them when some item
    # carries them, and are let go when none does ("tapon hembra 1 epoxi": TAPA EPOXI 1).
    fitting = [e for e in complete if known <= e.reading.words] or [
        e for e in complete if known - NEUTRAL <= e.reading.words
    ]
    fitting = _in_the_house_s_word(index.vocabulary, line.item, fitting, line.text)
    # "válvula compuerta 1/2 clase 300" where the one we carry is class 150, "casco sin
    # ratchet" where ours has one: offered, never settled on; an item that says it lacks
    # what the buyer said it must lack is the one meant
    fitting = [e for e in fitting if not differs(e, said, lacking)]
    fitting = plain_steel(line.item, reading, fitting)  # "… acero": never the 316 one
    if lacking:
        fitting = [e for e in fitting if says_lacks(lacking, e.lacks)] or fitting
    # "female adapter 2", "adaptador hembra": never the male one a house sells alone (the
    # gender tells nothing apart only where no item says the other one), said in either
    # language ("female swivel x male NPT": Adaptador hembra giratoria … x macho NPT)
    said_gender = {GENDER[w] for w in reading.words if w in GENDER}
    gendered_out = False  # an item left out for an end's gender: the rest are only offered
    if said_gender:
        fitting = [e for e in fitting if _genders(e) & said_gender or not _genders(e) - said_gender]
        # "male JIC x male NPT": never the adapter whose JIC end is the female swivel, though it
        # says "male" of its other end (each end's gender, where both the line and the item say it)
        # ("male JIC 1/4 x male NPT 1/4" is then a question: what is left may fit only by a set
        # of sizes, the JIC 3/8 x NPT 1/4 male adapter)
        asked = _end_genders(fold(line.item))
        if asked:
            kept = [
                e for e in fitting
                if not any(asked.get(end, g) != g for end, g in _end_genders(fold(e.name)).items())
            ]
            gendered_out, fitting = len(kept) < len(fitting), kept
    # "JIC 1/2 x NPT 3/8", "JIC #8 a NPT 1/2 pulg": a size said right after the name the
    # house's own facts give an end (attributes jic=1/2|npt=3/8) is that end's, never the
    # other's (the JIC 3/8 x NPT 1/2 adapter fits the same two sizes)
    # and an end named with no size beside it ("female JIC swivel 3/4 x male NPT 3/4") is one
    # of the sizes said (never the JIC 1 x NPT 3/4 swivel)
    folded_item = fold(line.item)
    ends, sizes = _sized_ends(folded_item)
    ends = sized_facts(ends, fitting)  # "hose end 3/8": the house's end=JIC_female is no size
    if ends:
        named = set(folded_item.split())
        for end, size in ends.items():
            if any(end in e.facts for e in fitting):
                fitting = [e for e in fitting if e.facts.get(end, next(iter(size))) in size]
        fitting = [
            e for e in fitting
            if not ends.keys() & e.facts.keys()
            or all(v in sizes for k, v in e.facts.items() if k in named and k not in ends)
        ]  # fmt: skip
        # what is left fits by each end's own size, not by a set of sizes: the one meant
        gendered_out = gendered_out and not all(ends.keys() <= e.facts.keys() for e in fitting)
        fitting = same_size_ends(folded_item, fitting)  # "ORFS 1/2 x NPT 1/2": never 3/4 x 1/2
    # "cut off wheel", "flap disc": the generic word beside the word of its kind is let go
    # where the house names those items by the kind alone ("Disco de corte": cutoff)
    if not fitting and known & SPECIFIC_DISCS:
        fitting = [e for e in complete if known - NEUTRAL - {"wheel"} <= e.reading.words]
    # "lija al agua 220", "wet/dry sandpaper grit 220": the sheet, never a sanding disc of
    # that grit (a disc is asked for by name)
    if "sandpaper" in kinds and "disc" not in kinds:
        fitting = [e for e in fitting if "disc" not in e.kinds]
    # "llave mixta 24mm", "broca 1/2": the single item, not the set that holds that size
    if "set" not in reading.words:  # (a set screw's "set" is no set: "coupling EMT 1")
        fitting = [
            e for e in fitting if "set" not in e.reading.words or "set_screw" in e.reading.words
        ] or fitting
    # "cadena asa 40": the chain, not its connecting link, which is asked for by name;
    if "link" not in reading.words:
        fitting = [e for e in fitting if "link" not in e.reading.words] or fitting
    # "cadena ansi 40 sencilla", "chain #40": the chain, not the sprocket "para cadena ANSI 40"
    # (a sprocket is asked for by name or by its teeth)
    chained = "chain" in reading.words or "chain" in reading.codes
    if chained and "sprocket" not in reading.words and "teeth" not in reading.codes:
        fitting = [e for e in fitting if "sprocket" not in e.reading.words] or fitting
    # "tuerca M10", "nut 1/2-13": a nut is the plain hex nut unless the buyer names another
    # kind (tuerca de seguridad, nyloc, mariposa, ciega, flange, jam, tuerca unión...); a
    # house that sells only other kinds in that size is asked which, never settled
    if "nut" in reading.words and not reading.words & OTHER_NUTS:
        fitting = [e for e in fitting if not e.reading.words & OTHER_NUTS]
    # "microalambre .035", "MIG wire": the solid wire, not the flux-cored one ("MICROALAMBRE
    # TUBULAR"), which is asked for by name ("flux core", "tubular")
    if "flux" not in reading.words and "tubular" not in reading.words:
        fitting = [e for e in fitting if "flux" not in e.reading.words] or fitting
    # "grasa de litio EP2": the plain lithium grease, not the lithium complex one, which is
    # asked for by name ("complejo de litio", "lithium complex")
    if "grease" in reading.words and "complex" not in reading.words:
        fitting = [e for e in fitting if "complex" not in e.reading.words] or fitting
    # "union recta", "straight union": a union, not the union elbow or tee that also fit
    if kinds and "straight" in reading.words:
        fitting = [e for e in fitting if e.kinds == kinds] or fitting
    # "racor recto 8 x 1/4", "straight push-in 8mm x 1/4": never the elbow or tee that fits
    # the sizes, when the buyer named no kind and some item of none fits
    elif "straight" in reading.words:  # (a push-in fitting's text may name the hose it takes)
        fitting = [e for e in fitting if not e.kinds - NAMED] or fitting
    # "allen M6x20", "socket screw M6x20": the cap screw; a countersunk one is asked so
    if "socket" in reading.words and "countersunk" not in reading.words:
        fitting = [e for e in fitting if "countersunk" not in e.reading.words] or fitting
    # "mascarilla N95 sin válvula": the respirator whose name says no valve, never the valved
    # one (no item says "unvalved": the word is let go once it has narrowed the items)
    if "unvalved" in reading.words:
        fitting = [e for e in fitting if "valved" not in e.reading.words]
    # "broca HSS 5mm": the plain high-speed steel drill, not the cobalt one (HSS-Co)
    if "hss" in reading.words and not COBALT & reading.words:
        fitting = [e for e in fitting if not COBALT & e.reading.words] or fitting
    # "guantes de nitrilo talla 9": the plain coated glove, not the cut-resistant one, which
    # is asked for by name ("anticorte", "cut resistant", "A4")
    if "glove" in reading.words and "cut" not in reading.words:
        fitting = [e for e in fitting if "cut" not in e.reading.words] or fitting
    return fitting, gendered_out


# Regional words that name one kind of a broader family where a house prints them: the
# vocabulary reads them as the family (a "registro" is a valve), and among the family's items
# that fit, those the house names with the word are the ones meant. Colombia's "registro" is
# the ball (shut-off) valve, never the check valve beside it; a "válvula" stays a question.
HOUSE_WORDS = {"registro": "registro", "registros": "registro"}


def _in_the_house_s_word(
    vocabulary: Vocabulary, item: str, fitting: list[Entry], text: str = ""
) -> list[Entry]:
    """Among different items that fit, those the house names with the buyer's own word.

    "registro 1-1/4 bronce" reads as a bronze valve, which the check valve also is; in a
    house that names its ball valves REGISTRO BOLA, the buyer's word is the house's name for
    them. Where every item that fits carries the word (REGISTRO ESFERA and REGISTRO GAVETA)
    or none does, nothing changes, and one item in several brands is left to the brand rule.
    Any word the buyer wrote counts so, in whatever house: "válvula de bola de acero 3/4"
    where the reading keeps no material is the house's "Válvula de bola de acero al carbono",
    not its bronze one; "pistón 16x50 DE Micro" in capitals is the house's "CIL. 16X50 DE
    MICRO" (doble efecto), not its "SE" one. Words of no meaning alone ("de", "para") count
    only written in capitals among lower-case ones, as a house's abbreviation is.
    """
    if len(fitting) < 2 or (same_item(fitting) and len({e.brand for e in fitting}) > 1):
        return fitting
    names = [set(re.findall(r"[a-z]+", fold(e.name))) for e in fitting]
    for word in {HOUSE_WORDS[w] for w in fold(item).split() if w in HOUSE_WORDS}:
        own = [e for e, name in zip(fitting, names, strict=True) if word in name]
        if own and len(own) < len(fitting):
            return own
    # the buyer's words the reading lets go, where the texts of the others never spell them;
    # a short one in capitals where their names never spell it (the house's abbreviation)
    for word in dict.fromkeys(re.findall(r"[a-z]+", fold(item))):
        if len(word) >= 3 and word not in HOUSE_FILLERS and _unread(vocabulary, word):
            own = [e for e in fitting if word in e.spelt]
        elif len(word) <= 3 and written_as(text, word) == "capitals":
            own = [e for e, name in zip(fitting, names, strict=True) if word in name]
        else:
            continue
        if own and len(own) < len(fitting):
            return own
    return fitting


def _unread(vocabulary: Vocabulary, word: str) -> bool:
    """Whether the reading lets `word` go unsaid ("acero": steel, but of which kind?). A word it
    reads ("esférica": ball, "americana": a union's) has told the items apart already; where
    the house's texts spell it for some only, they name the same thing differently."""
    said = read(word, vocabulary)
    return not said.words and not said.codes


# Words that never name an item's variant by themselves (see _in_the_house_s_word)
HOUSE_FILLERS = {"del", "los", "las", "para", "con", "por", "the", "for", "with", "and", "una",
                 "uno", "sin", "without", "from", "que", "you", "your", "our"}  # fmt: skip


def differs(entry: Entry, said: Stated, lacking: tuple[Feature, ...]) -> bool:
    """Whether the item states another value of an attribute the line states, or has a
    feature the line says it must lack."""
    return contradicts(said, entry.stated) or (
        bool(lacking) and has_any(lacking, entry.reading, entry.lacks)
    )


COBALT = {"cobalt", "cobalto", "hssco", "hsse"}


NAMED = frozenset(NAMED_KINDS.values())  # kinds a house may not sell (index.NAMED_KINDS)


FRACTION = re.compile(r"\d+[\s-]\d+/\d+|\d+/\d+")


FIGURE = re.compile(r"(?<![\d/.,])\d{1,3}(?![\d/.,])")


def _sized_ends(folded: str) -> tuple[dict[str, set[str]], set[str]]:
    """The size said right after each name ("jic 1/2 x npt 3/8": jic 12, npt 38, as part_key
    writes the house's facts; a dash size is that number too, and the fact may say the name,
    "set #13": SET13; a name said with two sizes says none), and every size and figure said."""
    found: dict[str, set[frozenset[str]]] = {}
    for m in SIZED_END.finditer(folded):
        if m[2]:
            sixteenths = Fraction(int(m[2]), 16)
            size = {part_key(str(sixteenths)), m[2]}
        else:
            size = {part_key(m[3] or m[4])}
        size |= {m[1] + s for s in size}  # a fact that says its name ("SET13")
        found.setdefault(m[1], set()).add(frozenset(size))
    said = {part_key(m[0]) for m in FRACTION.finditer(folded)} | set(FIGURE.findall(folded))
    said |= {s for sizes in found.values() for size in sizes for s in size}
    return {name: set(sizes.pop()) for name, sizes in found.items() if len(sizes) == 1}, said
