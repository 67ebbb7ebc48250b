"""From a buyer's line to a SKU with an honest decision: auto, confirm or unknown.

A wrong SKU on a quote costs more than a question, so `auto` is earned, not
guessed. In order:

1. exact paths: our SKU (numeric codes too, with `sku`, `ref.`, `P/N`… around it),
   the customer's own part number, a manufacturer reference in the aliases — alone
   or inside a longer line; an exact code wins over any fuzzy reading;
2. what a seller taught for this customer (`learned_references`): the same request
   words settle on the same SKU (`reason: "learned"`);
3. the line is read into words and codes (`notation`); when the kind of item is
   known (nut, washer, valve…) candidates are of that kind only (family guard);
   candidates are the products that carry the request's codes;
4. a candidate whose code *differs* from the request (M8x45 for M8x40, NSK when the
   buyer named Timken) is vetoed: it may be offered, never chosen;
5. `auto` needs exactly one candidate carrying every code the buyer gave, with words
   that agree, and stating no other value of what the buyer stated (SCH 40 for "cédula 80")
   nor having what the buyer said it must lack ("sin capucha": bot/matching/stated.py).
   When the only thing left open is the brand, one is offered by rule (`brand_rule`, with
   the `alternatives`) unless BRAND_CHOICE=ask; otherwise several
   complete candidates mean `confirm`, with the candidates numbered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from typing import Any

from rapidfuzz import fuzz, process

from bot.matching.house_facts import (
    SIZED_END,
    joint_words,
    of_pieces,
    plain_steel,
    same_size_ends,
    set_pieces_text,
    sized_facts,
)
from bot.matching.index import (
    KINDS,
    KNOWN_BRANDS,
    NAMED_KINDS,
    CatalogIndex,
    Entry,
    part_key,
    without_accessories,
    without_brand_colour,
)
from bot.matching.lines import REEL, RequestLine, parse_line
from bot.matching.makers import joined_brands, numbered_by_maker
from bot.matching.notation import (
    COLORS,
    NOTATION_WORDS,
    UNC_TPI,
    Reading,
    disc_said_in_mm,
    read,
    spoken_grade,
    with_defaults,
)
from bot.matching.stated import (
    Feature,
    Stated,
    contradicts,
    has_any,
    says_lacks,
    stated,
    without_lacking,
)
from bot.matching.text import fold
from bot.matching.vocabulary import Vocabulary
from bot.packs import PACK_UNITS, in_packs

SOFT_CODES = {"number", "mm"}  # numbers that help ranking but never veto
# Facts a buyer may add that many catalogs never write ("codo macho-hembra"): they veto an
# item that says another ("CODO 90 H-H"), never one that says nothing, and never settle alone.
UNSTATED_CODES = {"ends"}
# What may differ between brands of one item (a grease pail of 16 kg in one brand, 18 kg in
# another: what the container holds is asked for by saying it)
IGNORED = SOFT_CODES | {"brand", "ref", "model", "content"}
AUTO_WORDS = 0.5  # word agreement an auto match needs besides its codes
MAX_CANDIDATES = 5
MAX_SCORED = 600  # candidates scored one by one at most
COUNT_UNITS = {"EA", "PR", "PAIR", "PAR", "UN", "PZA", "SET", "KIT", "PCS", "UND", "JGO"}
# How catalogs name a box when the box is what they sell (bot/packs.py), and a case (`CS`)
BOX_UNITS = PACK_UNITS | {"CS", "CASE"}
# The pieces in one box of an item sold by the box, as its name says ("…, BX/100", "CS/25")
PIECES_IN_BOX = re.compile(r"\b(?:bx|box|cs|case|cj|caja|pk|pack)\s*/\s*(\d{1,5})\b", re.IGNORECASE)
SET_UNITS = {"SET", "KIT", "JGO", "JG", "JUEGO"}  # a set sold as one (catalog 12's `JGO`)
# How catalogs name a pair when the pair is what they sell (gloves, boots): `PR`, `PAR`.
PAIR_UNITS = {"PAIR", "PR", "PAR", "PARES"}
# Units of what is sold by the roll and counted by the piece ("cinta aislante (10 und)": ten rolls)
ROLL_UNITS = {"ROL", "RL", "ROLLO", "ROLLOS", "ROLL"}
LENGTH_UNITS = {"M", "FT"}
SOLD_BY_LENGTH = {"M", "MT", "MTS", "MTR", "FT"}  # an item's unit when it is sold by length
# a weight as the ERP spells its unit (Odoo's "lb", "Libras"; P21's "LB")
WEIGHT_UNITS = {"LB": {"LB", "LBS", "LIBRA", "LIBRAS"}, "KG": {"KG", "KGS", "KILO", "KILOS"}}
MEASURED = LENGTH_UNITS | {"LB"}  # read again as a size when what fits is sold by the piece
# A liquid asked by the litre or the gallon, and the units of what is sold so
VOLUME = {"L", "GAL"}
VOLUME_UNITS = {"L", "LT", "LTS", "LTR", "LITRO", "LITROS", "GAL", "GL", "GALON", "GALONES"}
# Units of what is weighed or measured out of a reel, a spool or a drum (wire, cable, rope)
MEASURED_UNITS = {"KG", "KGS", "LB", "LBS", "M", "MT", "MTS", "FT"}
POUNDS, KILOS = WEIGHT_UNITS["LB"], WEIGHT_UNITS["KG"]
LB_IN_KG = Decimal("0.45359237")


# Attributes (products.csv) that name a maker's own reference, not a fact of the item.
MAKER_FACTS = {"model", "code", "set", "cone_cup", "sheet", "pack", "lens", "brand", "mfr",
               "manufacturer", "part", "part_number", "ref", "reference"}  # fmt: skip

# Words a buyer writes around an item that never tell one item from another:
# courtesy, units and packs, codes' labels, generic qualifiers. Any other word the
# catalog does not know keeps a line from being settled alone.
NEUTRAL = {
    "favor", "porfa", "please", "pls", "plz", "cotizar", "cotizacion", "cotizen", "quote",
    "precio", "precios", "price", "pricing", "necesito", "necesitamos", "need", "needed",
    "requiero", "require", "required", "urgente", "urgent", "asap", "stock", "disponible",
    "disponibilidad", "available", "availability", "hola", "hi", "hello", "gracias",
    "thanks", "thank", "you", "me", "us", "we", "nos", "item", "items", "articulo",
    "articulos", "producto", "productos", "product", "products", "pieza", "piezas",
    "pza", "pzas", "pz", "pc", "pcs", "piece", "pieces", "unidad", "unidades", "und",
    "unds", "uds", "ud", "unid", "each", "ea", "cu", "unit", "units", "cantidad", "aprox",
    "approx", "approximately", "aproximadamente", "medida", "medidas", "size", "talla",
    "marca", "make", "nivel", "level", "ref", "referencia", "codigo", "cod", "code", "sku", "part",
    "parte",  # "número de parte Q240": the part number
    "p/n", "pn", "mfr", "mfg", "nro", "num", "numero", "number", "art", "our", "your",
    "nuestro", "nuestra",
    "su", "sus", "mi", "mis", "my", "a", "an", "una", "uno", "o", "or", "al", "por", "per",
    "x", "to", "as", "same", "mismo", "misma", "igual", "also", "tambien", "mas", "more",
    "tb", "tmb", "tbn", "too",  # texting's "también" ("300 amarras de 200x4,8 tb"), "too"
    "otro", "otra", "another", "other", "what", "is", "are", "on", "have", "has",
    "tienen", "tiene", "hay", "do", "any", "some", "algun", "alguna", "cuanto", "cuesta",
    "cuestan", "valor", "que", "cual", "es", "son", "lo", "le", "les", "se",
    "pulg", "pulgada", "pulgadas", "inch", "inches", "in", "mm", "cm", "mt", "mts",
    "metro", "metros", "meter", "meters", "metre", "metres", "ft", "feet", "kg", "kilo",
    "kilos", "lb", "lbs", "rollo", "rollos", "roll", "rolls", "caja", "cajas", "box",
    "boxes", "bolsa", "bolsas", "bag", "bags", "paquete", "paquetes", "pack", "packs",
    "par", "pares", "pair", "pairs", "docena", "docenas", "dozen", "ciento", "millar",
    "gr", "grado", "grade", "clase", "class", "calidad", "quality", "tipo", "type",
    "modelo", "model", "serie", "series", "standard", "std", "estandar", "normal",
    "comun", "common", "nuevo", "nueva", "new", "original", "genuine", "industrial",
    "mini", "coil", "bobina", "cabeza", "head", "uso", "use", "general", "purpose",
    "con", "sin", "de", "para", "for", "with", "without", "the", "and", "y", "e",
    "w/", "w/o",  # "contactors w/ 110VAC coil": shorthand for with, without
    "hembra", "macho", "female", "male", "int", "sheet", "sheets", "pliego", "pliegos", "hoja",
    "hojas", "straight", "color", "colour", "colores",
    # questions and ways of asking around the item, by region: "how much … how many you
    # got", "do you sell", "che, tenés" (Argentina), "wena" (Chile: hello), "nesecito",
    # "para la obra" / "la faena" (the job site), texting ("hw much", "nd 3")
    "how", "much", "many", "got", "sell", "sells", "carry", "venden", "vende", "manejan",
    "seria", "serian", "saldria", "tenes", "puede", "pueden", "podria", "cuantos", "cuantas",
    "che", "wena", "wenas", "nesecito", "obra", "faena", "hw", "nd", "kindly",
    # an elastomer's hardness scale said beside its figure ("nitrile 70 Shore")
    "shore",
    # Mexico's counter talk: "ocupo", "me pasas precio", "en cuanto me dejas", "cuanto
    # sale", "tienes", "buen dia"; and boxes as its ERPs abbreviate them ("2 cjas")
    "ocupo", "ocupamos", "ocupa", "ocupan", "tienes", "tendras", "puedes", "podrias",
    "pasas", "pasan", "dejas", "dejan", "cotizas", "cotiza", "cotizan", "sale", "salen",
    "q", "buen", "buenos", "buenas", "dia", "dias", "tardes", "cja", "cjas", "cj", "cjs",
    # Peru's "requerimos"; lengths of pipe or bar counted ("6 tiras de caño", "3 barras de")
    "requerimos", "requiere", "requieren", "tira", "tiras", "barra", "barras", "varilla",
    "varillas",
    # Rio de la Plata's "mandame", "pasame", "cotizame" (send me, quote me)
    "mandame", "mandeme", "mandenme", "enviame", "envienme", "pasame", "pasenme", "cotizame",
    "cotizenme",
    # a border house's buyers (El Paso, Juárez): "40mm bore" says the size's kind, not
    # the item; "pa la línea", "to the plant", "qty"
    "bore", "qty", "plant", "planta", "linea", "line", "send", "rfq", "ahorita", "encargo",
    "encargamos", "urge", "urgen",
    # the oil field's "pls advise price and stock"; Ecuador's "pana" (mate)
    "advise", "pana",
    # Central America and the Caribbean: "klk" (Dominican hello), "diay", "mae", "upe", "pura
    # vida" (Costa Rica), "fijese que", "me regala", "¿tendrá…?", "me ayuda con" (Guatemala),
    # "manito", "pa' la planta", "en existencia" (in stock); Jamaica's and
    # Trinidad's "wha di price fi", "yuh have", "allyuh", "thanks boss"
    "klk", "diay", "mae", "upe", "pura", "vida", "fijese", "regala", "regalan", "regale",
    "tendra", "tendran", "ayuda", "ayudan", "manito", "pa", "existencia",
    "existencias", "wha", "di", "fi", "yuh", "allyuh", "boss",
    # Chile's mine and Australia's contractors: "¿tení stock de …?", "me cotizai", "urgente,
    # parada de planta", "chasing 10 off …"
    "teni", "tenis", "tenei", "cotizai", "parada", "chasing", "agujero",
    # Bolivia's and Paraguay's asking: "¿tienen nomás …?", "presupuesto de …", "cotícemelo",
    # the inch as their ERPs and buyers shorten it ("3/8 plg")
    "nomas", "presupuesto", "coticemelo", "solicitamos", "plg",
    # Venezuela's counter talk: "chamo me regalas el precio de …", "epa, ¿hay …?", "¿tendrás
    # … ? avísame" (hey, mate; let me know)
    "chamo", "chama", "epa", "avisame", "avisenme",
    # a grease's "EP" (extreme pressure): most greases are, whether their name says it or not;
    # its "multipurpose" (multipropósito) the same
    "ep", "multiproposito", "multipurpose",
    # said of what an item lacks: it narrows the items (see the matcher), names none
    "unvalved",
    # pointing at the item as the buyer pictures it: "unas amarras negras de esas de 20 cm",
    # "some of them black zip ties" (the British "them" for those), "hiya"
    "esas", "esos", "estas", "estos", "aquellas", "aquellos", "them", "those", "these", "hiya",
    # the diminutive a buyer pictures the item with ("los delgaditos de 1 mm", "la
    # esmeriladora chiquita de 4 1/2"): its size is said, the word tells no item apart
    "delgadito", "delgadita", "delgaditos", "delgaditas", "chiquito", "chiquita", "chiquitos",
    "chiquitas",
}  # fmt: skip

# Words that name a nut other than the plain hex one (vocabulary.csv reads seguridad, nyloc,
# autoblocante as "lock"): a nut said without any of them is the hex nut.
OTHER_NUTS = {
    "lock", "union", "wing", "mariposa", "acorn", "ciega", "cap", "flange", "brida", "jam",
    "delgada", "castle", "castillo", "almenada", "slotted", "coupling", "square", "cuadrada",
    "weld", "soldable", "rivet", "remache", "cage", "tee", "knurled", "heavy", "pesada",
    "insert", "inserto", "keps", "serrated", "dentada", "barrel", "panel",
}  # fmt: skip

# Units of a size: said alone they tell no item apart
SIZE_UNIT_WORDS = {"pulg", "pulgada", "pulgadas", "inch", "inches", "in", "mm", "cm", "plg"}

# Codes that say a size or what an item is made of, and never which item
VAGUE_CODES = {"inch", "mm", "number", "material", "finish", "color", "brand"}

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

NEUTRAL_BY_INITIAL: dict[str, list[str]] = {}
for _word in sorted(NEUTRAL):
    if _word.isalpha() and len(_word) >= 5:
        NEUTRAL_BY_INITIAL.setdefault(_word[0], []).append(_word)

# Words that say "what follows is a code": sku 0100035, ref. 44-1020, our p/n X, #123.
CODE_WORDS = re.compile(
    r"(?<![\w/])(?:our\s+p\s?/\s?n|your\s+p\s?/\s?n|p\s?/\s?n|pn|part\s*(?:no|number|num|#)?|"
    r"sku|item(?:\s*(?:no|code|#|number))?|ref(?:erencia|erence)?|cod(?:igo)?|art(?:iculo)?|"
    # (a bare "n" only apart from its figures: "N674-70" is Parker's compound, no "N° 674")
    r"nro|no|n(?=[\s.:#°º])|num(?:ero)?|mfr|mfg|catalogo|catalog|cat|modelo|model)"
    r"(?![a-z])(?!-\w)\.?\s*[:#°º]?\s*(?=[\w-]*\d)|#\s*(?=\d)"
)


@dataclass(frozen=True)
class Candidate:
    sku: str
    name: str
    score: float
    # How many, when this option was read with a count of its own: "4 1/2\" ball valves"
    # offers one 4-1/2" valve (the line's count, assumed) and four 1/2" ones (4)
    quantity: int | float | None = None


@dataclass
class MatchContext:
    """What the app knows beyond the catalog: the customer, their habits, the config.

    `learned(key)` is the SKU a seller taught for this customer's request words;
    `choose_brand(entries, quantity)` picks one of several brands that fit (the SPEC rule) and
    says by which rule; `brand_choice` is BRAND_CHOICE ("choose" or "ask");
    `thousands` the customer's thousands separator ("." for Spanish-speaking
    customers, "," for English; None: guessed from the line).
    """

    customer_id: str | None = None
    thousands: str | None = None
    brand_choice: str = "choose"
    learned: Callable[[str], str | None] | None = None
    choose_brand: Callable[[list[Entry], Decimal], tuple[Entry, str]] | None = None


@dataclass(frozen=True)
class MatchResult:
    """The answer for one line, as `mostrador match --json` prints it."""

    line: RequestLine
    sku: str | None
    name: str | None
    confidence: float
    decision: str  # "auto" | "confirm" | "unknown"
    candidates: list[Candidate] = field(default_factory=list)
    reason: str = ""
    brand_rule: str | None = None  # how the brand was chosen when the buyer named none
    alternatives: list[Candidate] = field(default_factory=list)  # the other brands
    key: str = ""  # the request words as remembered for learning

    def as_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "input": self.line.text,
            "quantity": _plain(self.line.quantity),
            "quantity_assumed": not self.line.quantity_given,
            "uom": self.line.uom,
            "sku": self.sku,
            "name": self.name,
            "confidence": round(self.confidence, 3),
            "decision": self.decision,
            "candidates": [
                {"sku": c.sku, "name": c.name, "score": round(c.score, 3)}
                | ({} if c.quantity is None else {"quantity": c.quantity})
                for c in self.candidates
            ],
        }
        if self.line.pieces is not None:  # "300 amarras": 3 bags, 300 asked
            result["pieces"] = _plain(self.line.pieces)
        if self.reason:
            result["reason"] = self.reason
        if self.brand_rule:
            result["brand_rule"] = self.brand_rule
            result["alternatives"] = [{"sku": c.sku, "name": c.name} for c in self.alternatives]
        return result


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral() else float(value)


def match_line(
    index: CatalogIndex,
    text: str,
    customer_id: str | None = None,
    context: MatchContext | None = None,
) -> MatchResult:
    """Match one request line against `index` for `customer_id` (None: a guest)."""
    ctx = context or MatchContext(customer_id=customer_id)
    customer_id = customer_id or ctx.customer_id
    def is_code(token: str) -> bool:
        return index.is_code(token, customer_id)

    def known(word: str) -> bool:
        return (
            word in index.by_word
            or word in index.vocabulary.words
            or any(word in brand.split() for brand in index.long_brands)
            or word in index.brands  # a maker is never a slip of a unit, nor the one addressed
            or word in KNOWN_BRANDS
            or word in index.brand_names
        )

    joined = _joined_dimensions(index, _far_said(index, text))
    line = parse_line(joined, thousands=ctx.thousands, is_code=is_code, known=known)
    if joined != text:
        line = replace(line, text=text)  # the buyer's words, as written
    line = _weighed_rod(line)
    result = _decide(index, line, customer_id, ctx)
    pieces = set_pieces_text(text, line)  # "3/4 drive 20 pc socket set": the set of 20
    if pieces is not None and (result.decision != "auto" or of_pieces(index, result, line)):
        again = match_line(index, pieces, customer_id, ctx)
        if of_pieces(index, again, line):
            return replace(again, line=replace(again.line, text=text))
    counted = _count_before_fraction(line)
    if counted is not None:  # "4 1/2\" ball valves": four 1/2" valves, or one of 4-1/2"?
        return _count_or_size(index, result, _decide(index, counted, customer_id, ctx))
    if line.uom in VOLUME and not _poured(index, result):
        canned = _in_gallon_cans(index, line, customer_id, ctx)
        if canned is not None:
            return canned
        # "20 litros de aceite de corte": nothing sold by volume fits, so no cutting disc is
        # it; a seller completes the line (the words the catalog knows are not the item)
        return MatchResult(line, None, None, 0.0, "unknown", reason="nothing sold by volume")
    if line.uom in MEASURED and _sold_by_the_piece(index, result):
        # "flexometro 8 m": what fits is sold by the piece, so the 8 m is its size
        sized = parse_line(
            joined, thousands=ctx.thousands, is_code=is_code, length_is_size=True, known=known
        )
        sized = replace(sized, text=text)
        again = _decide(index, sized, customer_id, ctx)
        if again.decision == "auto" or result.decision != "auto":
            result = again
    return _in_units(index, result)


def _in_gallon_cans(
    index: CatalogIndex, line: RequestLine, customer_id: str | None, ctx: MatchContext
) -> MatchResult | None:
    """ "2 galones de aceite hidráulico 68 Shell" where the house sells oil in one-gallon cans
    (a "GALON" item sold by the unit): two of the can, when what fits is such a can (else
    None)."""
    if line.uom != "GAL":
        return None
    canned = replace(line, item=f"{line.item} galon", uom=None)
    result = _decide(index, canned, customer_id, ctx)
    skus = [result.sku] if result.decision == "auto" else [c.sku for c in result.candidates]
    if result.decision == "unknown" or not skus:
        return None
    entries = [index.entries[index.by_sku[part_key(sku)]] for sku in skus if sku]
    if not all("1gal" in e.reading.codes.get("content", ()) for e in entries):
        return None
    return replace(result, line=replace(result.line, item=line.item))


# A figure, a space and a fraction opening the item with no count said: "4 1/2\" ss ball
# valves" is four 1/2" valves where the house sells 1/2" valves and no 4-1/2" one, and one
# 4-1/2" disc where it sells 4-1/2" discs; "2 1/2 tees", "3 3/4 codos" the same.
COUNT_BEFORE_FRACTION = re.compile(
    r"^\s*([2-9])\s+(\d{1,2}/\d{1,2}(?![\d/])(?:\s*(?:\"|''|pulgadas?|pulg|plg|inch(?:es)?|in)\b|\"|'')?)"
)


def _count_before_fraction(line: RequestLine) -> RequestLine | None:
    """The line read with its leading figure as the count and the fraction as the size, when
    it opens with both and no count was said (else None)."""
    found = COUNT_BEFORE_FRACTION.match(line.item)
    if line.quantity_given or found is None:
        return None
    item = line.item[found.start(2) :].strip()
    return replace(line, item=item, quantity=Decimal(found[1]), quantity_given=True)


def _count_or_size(
    index: CatalogIndex, whole: MatchResult, counted: MatchResult
) -> MatchResult:
    """`whole` (one of the size 4-1/2") or `counted` (four of 1/2"), by what the catalog
    carries: the reading whose size some item of the kind asked for has; when both have it,
    the buyer is asked, each option with its own count; when neither, the size as written."""
    one = _sized_options(index, whole)
    many = _sized_options(index, counted)
    if many and not one:
        return _in_units(index, counted)
    if not (one and many):
        return _in_units(index, whole)
    each = counted.line
    options = [Candidate(e.sku, e.name, 0.5) for e in one[:2]] + [
        Candidate(e.sku, e.name, 0.5, _plain(_in_item_units(each, e).quantity)) for e in many[:2]
    ]
    return MatchResult(whole.line, None, None, 0.5, "confirm", options, "count or size",
                       key=whole.key)  # fmt: skip


def _sized_options(index: CatalogIndex, result: MatchResult) -> list[Entry]:
    """The items `result` settled on or offers that are what its line says: the inch size,
    no code that differs (a bronze valve for a stainless one) and every word the catalog
    knows (a gate valve is no ball valve)."""
    reading = _read_request(index, result.line.item)
    sizes = reading.codes.get("inch", set())
    known = {w for w in reading.words if w in index.by_word} - NEUTRAL - SIZE_UNIT_WORDS
    skus = [result.sku] if result.decision == "auto" and result.sku else [
        c.sku for c in result.candidates]  # fmt: skip
    entries = [index.entries[index.by_sku[part_key(sku)]] for sku in skus]
    return [e for e in entries if sizes and sizes <= e.reading.codes.get("inch", set())
            and known <= e.reading.words and not _conflicts(reading, e)]  # fmt: skip


def _in_units(index: CatalogIndex, result: MatchResult) -> MatchResult:
    """`result` with its count in the unit of the item it settled on, or that every option
    shares (see below)."""
    if result.decision == "auto" and result.sku:
        entry = index.entries[index.by_sku[part_key(result.sku)]]
        return replace(result, line=_in_item_units(result.line, entry))
    if result.candidates:  # whichever option is picked, the quantity is the same: known
        entries = [index.entries[index.by_sku[part_key(c.sku)]] for c in result.candidates]
        lines = [_in_item_units(result.line, e) for e in entries]
        if len({line.quantity for line in lines}) == 1:
            return replace(result, line=lines[0])
    return result


def _poured(index: CatalogIndex, result: MatchResult) -> bool:
    """Whether what `result` offers is sold by volume (litres, gallons)."""
    skus = [result.sku] if result.sku else [c.sku for c in result.candidates]
    return any(index.entries[index.by_sku[part_key(sku)]].uom.upper() in VOLUME_UNITS
               for sku in skus)  # fmt: skip


# "20 kg rod 6013", "15 kg 7018 rod", "5 lbs 6011": a welding rod's AWS class by weight. A
# bearing is never sold by the kilo, so the rod (or the class alone) is the electrode, and
# unknown when the catalog has none of that class, never the 6013 bearing.
_ROD_WORD = re.compile(r"\brods?\b(?!\.)")
_ROD_CLASS = re.compile(r"(?<![\w.,/-])e?\s?(?:6010|6011|6013|7018|7024)(?![\w.,/-])")
_OTHER_KIND = re.compile(r"\b(?:rodamientos?|bearings?|brg|balero|rulem[aá]n)\b")
_WELDING = re.compile(r"\b(?:electrod\w*|soldadura|welding|varillas?)\b")


def _weighed_rod(line: RequestLine) -> RequestLine:
    """`line` with its "rod" said as "electrode" when a weight is its unit and an AWS
    class is in its words (see above); else as it is."""
    weighed = (line.uom or "").upper() in POUNDS | KILOS
    item = fold(line.item)
    if not weighed or not _ROD_CLASS.search(item) or _OTHER_KIND.search(item):
        return line
    if _ROD_WORD.search(item):
        return replace(line, item=_ROD_WORD.sub("electrode", item))
    if _WELDING.search(item):
        return line  # "20 kilos de soldadura 6013": the vocabulary reads it so
    return replace(line, item=f"{item} electrode")


def _numbered_elsewhere(index: CatalogIndex, reading: Reading, kinds: set[str]) -> bool:
    """Whether some item of the kind asked for, carrying every code the buyer gave (the
    brand too), carries every number the buyer wrote, as a number or a size."""
    bare, metric = reading.codes.get("number", set()), reading.codes.get("mm", set())
    found: set[int] | None = None
    for value in bare | metric:
        categories = SIZES if value in bare else ("number", "mm")
        carrying = set().union(*index.postings((c, value) for c in categories))
        found = carrying if found is None else found & carrying
    hard = {c: v for c, v in reading.codes.items() if c not in SOFT_CODES}
    for position in found or ():
        entry = index.entries[position]
        theirs = entry.reading.codes
        of_kind = not kinds or bool(entry.kinds & kinds)
        agrees = all(c in theirs and _agree(reading, c, v, theirs[c]) for c, v in hard.items())
        numbered = bare <= _numbers(entry) and metric <= _numbers(entry, sized=False)
        if of_kind and agrees and numbered:
            return True
    return False


def _sold_by_the_piece(index: CatalogIndex, result: MatchResult) -> bool:
    """Whether the item settled on, or every option offered, is counted, not measured."""
    skus = [result.sku] if result.decision == "auto" and result.sku else [
        c.sku for c in result.candidates]  # fmt: skip
    uoms = {index.entries[index.by_sku[part_key(sku)]].uom.upper() for sku in skus}
    return bool(uoms) and uoms <= COUNT_UNITS | BOX_UNITS


def _decide(
    index: CatalogIndex, line: RequestLine, customer_id: str | None, ctx: MatchContext
) -> MatchResult:
    line = _without_context(index, line)
    # "casco sin ratchet": what the buyer says the item lacks is no part of what is asked
    item, lacking = _without_lacking(index, line.item)
    said = stated(item)  # "clase 300", "inox 316": facts an item may state otherwise
    exact = _exact(index, line, customer_id)
    if exact is not None:
        if exact.sku and exact.decision == "auto":
            entry = index.entries[index.by_sku[part_key(exact.sku)]]
            if _differs(entry, said, lacking):
                return MatchResult(line, None, None, 0.5, "confirm", exact.candidates,
                                   "the item differs from the line")  # fmt: skip
        return exact
    reading = _read_request(index, item)
    _widen_refs(index, reading)
    key = request_key(reading)
    if ctx.learned is not None and customer_id is not None and key:
        sku = ctx.learned(key)
        position = index.by_sku.get(part_key(sku)) if sku else None
        if position is not None:
            entry = index.entries[position]
            top = [Candidate(entry.sku, entry.name, 1.0)]
            return MatchResult(line, entry.sku, entry.name, 1.0, "auto", top, "learned", key=key)
    kinds = line_kinds(index, reading)
    reading = _near_material(index, reading, kinds)
    candidates = _candidates(index, reading, kinds)
    if len(candidates) > MAX_SCORED:  # a vague line on a big catalog: the closest in words
        words = reading.words
        ranked = sorted(candidates, key=lambda p: -len(words & index.entries[p].reading.words))
        candidates = set(ranked[:MAX_SCORED])
    scored = _score(index, reading, candidates)
    if not scored:
        reason = "nothing of that kind" if kinds else "nothing in the catalog"
        return MatchResult(line, None, None, 0.0, "unknown", reason=reason, key=key)
    top = [Candidate(e.sku, e.name, s) for s, _, e in scored[:MAX_CANDIDATES]]
    best_score = scored[0][0]
    complete = [e for _, whole, e in scored if whole and (not kinds or _kinds(e) & kinds)]
    hard = {c for c in reading.codes if c not in SOFT_CODES and c not in UNSTATED_CODES}
    # Words the catalog knows must be on the item to answer alone ("flap" is not
    # "cutoff"); words it does not know (a slip, a filler) do not count.
    # A unit said without its size ("cople EMT pulg") names no item: never the one whose
    # text happens to carry the word ("COPLE EMT 1 PULG")
    known = {w for w in reading.words if w in index.by_word} - SIZE_UNIT_WORDS
    # Words that never tell items apart ("hembra", "tipo") narrow them when some item
    # carries them, and are let go when none does ("tapon hembra 1 epoxi": TAPA EPOXI 1).
    fitting = [e for e in complete if known <= e.reading.words] or [
        e for e in complete if known - NEUTRAL <= e.reading.words
    ]
    fitting = _in_the_house_s_word(index.vocabulary, line.item, fitting, line.text)
    # "válvula compuerta 1/2 clase 300" where the one we carry is class 150, "casco sin
    # ratchet" where ours has one: offered, never settled on; an item that says it lacks
    # what the buyer said it must lack is the one meant
    fitting = [e for e in fitting if not _differs(e, said, lacking)]
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
    # Numbers the buyer wrote (Loctite 406, a 6 mm drill) never veto, but among the
    # items that fit, those carrying all of them are the ones meant.
    numbers = reading.codes.get("number", set()) | reading.codes.get("mm", set())
    bare, metric = reading.codes.get("number", set()), reading.codes.get("mm", set())
    numbered = [e for e in fitting if bare <= _numbers(e) and metric <= _numbers(e, sized=False)]
    # ... unless another item that fits the codes carries them: "cartridges 2097 3M" is the
    # 2097 filter the words do not describe, never the 6003 cartridge the words alone find
    elsewhere = bool(numbers) and not numbered and _numbered_elsewhere(index, reading, kinds)
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
    settle = settle and not _unread_initials(index, line.item)
    # A size and a finish or material alone ('3/4" galvanizado') name no item: a question
    settle = settle and bool(saying or set(reading.codes) - VAGUE_CODES) and not gendered_out
    chosen, brands = _single_fit(reading, fitting) if settle else (None, [])
    score_of = {e.sku: s for s, _, e in scored}
    # A line that leaves the brand open is settled by the brand rule only when nothing
    # else was left out: "6308" with no seal and no brand is a question (open, sealed or
    # shielded, and in which brand), not the open one in the cheapest brand.
    by_rule = (ctx.brand_choice == "choose" or line.any_brand) and not _seal_assumed(
        index, reading
    )
    if chosen is not None and _retired_fits(index, reading, known, chosen):
        chosen = None  # "cinta de aislar negra 3m": the Temflex we no longer sell, or Super 33+?
    # "rodamiento 6004" where the house sells the 6004 open in one brand and sealed in
    # others: the seal is still unsaid, so the one open item is offered, never settled;
    # with a brand named ("6004 NTN") the catalog's bare name reads as the open one.
    if chosen is not None and "brand" not in reading.codes and _seal_assumed(index, reading):
        chosen = None
    if chosen is None and brands and by_rule:
        if ctx.choose_brand is not None:
            chosen, rule = ctx.choose_brand(brands, line.quantity)
        else:
            chosen, rule = cheapest(brands)
        if _retired_fits(index, reading, known, chosen):
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


# A buyer saying what they need: what stands before it may be the job, not the item.
NEED_VERB = re.compile(
    r"\b(?:necesito|necesitamos|necesita|necesitan|nesecito|ocupo|ocupamos|requiero|requerimos|"
    r"quiero|queremos|"
    r"(?:i |we )?need|(?:i |we )?require|(?:i |we )?want)\b"
)


# Words of talk, not of an item: a clause after the item made of them ("son pa un
# tablero", "me los pueden despachar mañana", "and how soon can u") is not the item.
TALK = {
    "me", "te", "nos", "los", "las", "lo", "le", "les", "se", "yo", "i", "you", "u", "we",
    "they", "it", "how", "when", "cuando", "como", "can", "could", "would", "will", "puede",
    "pueden", "podrian", "podria", "puedes", "son", "es", "is", "are", "pa", "para", "and",
    "y", "soon", "ship", "send", "despachar", "despachen", "enviar", "envien", "mandar",
    "manden", "llega", "llegan", "deliver", "tomorrow", "manana", "hoy", "today",
}  # fmt: skip
CLAUSE_BREAK = re.compile(r"\s*[,;]\s+")


def _without_talk(index: CatalogIndex, line: RequestLine) -> RequestLine:
    """The line without talk around the item: a last (or first) clause, after (or before) a
    comma or a question mark, that names nothing the catalog knows (no code, no number, no
    brand, no word of an item) and reads as talk (a pronoun, a question word, a verb of
    shipping)."""
    pieces = [p for part in (line.clauses or (line.item,)) for p in CLAUSE_BREAK.split(part)]
    pieces = [p for p in pieces if p.strip()]
    kept = len(pieces)
    while kept > 1 and _is_talk(index, pieces[kept - 1]):
        kept -= 1
    first = 0  # and talk before it: "hola como va? necesito rodamiento 6005 2 sellos"
    while kept - first > 1 and _is_talk(index, pieces[first]):
        first += 1
    if (first, kept) == (0, len(pieces)):
        return line
    return replace(line, item=" ".join(pieces[first:kept]), clauses=())


def _is_talk(index: CatalogIndex, piece: str) -> bool:
    tokens = re.findall(r"[a-z0-9]+", fold(piece))
    if len(tokens) < 2 or not TALK & set(tokens):
        return False
    said = read(piece, index.vocabulary)
    return not said.codes and not any(_names_item(index, w) for w in said.words)


def _names_item(index: CatalogIndex, word: str) -> bool:
    """Whether a word of a clause names something the catalog sells: a word of its items or
    a brand; never a word that tells no item apart, even where a description says it ("se
    vende por libra" does not make "se nos arruinó el equipo" a clause about an item)."""
    if word in index.brands or word in KNOWN_BRANDS:
        return True
    return word in index.by_word and word not in NEUTRAL and word not in TALK


def _without_context(index: CatalogIndex, line: RequestLine) -> RequestLine:
    """The line without the job it is for: "para la obra en san borja necesito … cable thhn
    10 awg rojo" asks for the cable. A clause before the buyer's "necesito"/"need" that
    names nothing the catalog knows (no code, no brand, no word of an item) is dropped;
    one that does ("ball valves? need 4 of the 1 inch …") is part of the item."""
    line = _without_far_phrase(index, _without_talk(index, line))
    found = NEED_VERB.search(line.item)
    if found is None or found.start() == 0:
        return line
    before = read(line.item[: found.start()], index.vocabulary)
    if set(before.codes) - SOFT_CODES or any(_names_item(index, w) for w in before.words):
        return line
    return replace(line, item=line.item[found.end() :].strip(" ,;:"))


# Where the goods go or how soon, said after the item in any house's town, site or slang:
# "… al toque", "… to coca", "… for the press shop", "… en Callao", "… in Lima". A closing
# phrase led by one of these words whose other words no item, no vocabulary entry and no
# maker knows (no code, no slip of a catalog word, never written in capitals as a maker is)
# is no part of the item. After "en", "in" and "a" the word must be a name ("en Callao"):
# "galvanizado en caliente" may be a finish the house does not sell.
FAR_LEADS = {"al", "to", "at"}
FAR_ARTICLED = {"for", "para", "pa"}  # only before "the", "la", "our"…: "for the press shop"
FAR_NAMED = {"en", "in", "a"}
FAR_ARTICLES = {"the", "our", "my", "la", "el", "los", "las", "mi", "nuestra", "nuestro"}


def _without_far_phrase(index: CatalogIndex, line: RequestLine) -> RequestLine:
    """The line without a closing phrase of where or when (see FAR_LEADS)."""
    asked = _without_closing_ask(index, line.item)
    if asked != line.item:
        line = replace(line, item=asked, clauses=())
    tokens = line.item.rstrip(" ,;:.!?").split()
    end = _far_end(index, line.text, [t.strip(",;:.!?") for t in tokens])
    if end == len(tokens):
        return line
    return replace(line, item=" ".join(tokens[:end]).rstrip(" ,;:"), clauses=())


def _far_said(index: CatalogIndex, text: str) -> str:
    """The buyer's words without such a closing phrase, before they are read, so a count said
    before it is still the count ("niple 3/4 x 4 x 10 al ratito"); a row's cells as they are."""
    if "\t" in text or ";" in text or "|" in text:
        return text
    said = _without_closing_ask(index, text)
    tokens = said.rstrip(" ,;:.!?").split()
    end = _far_end(index, said, [fold(t).strip(",;:.!?¿¡") for t in tokens])
    return said if end == len(tokens) else " ".join(tokens[:end]).rstrip(" ,;:")


# A purchaser's closing ask after the item: ", indicar plazo de entrega", ", confirmar
# disponibilidad", ", favor cotizar con flete", ", please confirm lead time". Led by a verb of
# asking, its other words are what a purchaser asks about (ASK_WORDS) or words no item of the
# house spells as written: the slip corrector would make "entrega" or "flete" an item's word,
# so they are looked up as written. A clause that names an item's word ("confirmar si es de
# acero"), a maker, a code or a figure stays the item's.
ASK_LEADS = {
    "indicar", "indique", "indiquen", "indicando", "confirmar", "confirme", "confirmen",
    "confirmando", "cotizar", "cotizen", "cotice", "informar", "informe", "informen", "enviar",
    "envien", "incluir", "incluyan", "detallar", "confirm", "advise", "quote", "indicate",
    "specify", "include", "send", "let",
}  # fmt: skip
ASK_POLITE = {"favor", "por", "please", "pls", "plz", "kindly", "de", "x", "xfa"}
ASK_WORDS = {
    "plazo", "tiempo", "entrega", "despacho", "disponibilidad", "stock", "precio", "precios",
    "flete", "fletes", "costo", "costos", "envio", "fecha", "valor", "total", "lead", "time",
    "times", "delivery", "availability", "price", "prices", "freight", "shipping", "date",
    "eta", "cost", "us", "know", "y", "and", "con", "with", "de", "del", "el", "la", "los",
    "las", "the", "su", "sus", "your", "si", "if", "incluido", "included", "me", "nos", "a",
    "to", "por", "favor", "please", "it", "lo",
}  # fmt: skip


def _without_closing_ask(index: CatalogIndex, text: str) -> str:
    """`text` without a purchaser's closing ask after its last comma (see ASK_LEADS)."""
    head, comma, clause = text.rpartition(",")
    if not comma or not head.strip():
        return text
    words = [fold(w).strip(".!?¿¡:") for w in clause.split()]
    words = [w for w in words if w]
    start = 0
    while start < len(words) - 1 and words[start] in ASK_POLITE:
        start += 1
    if not words[start:] or words[start] not in ASK_LEADS:
        return text
    for word in words[start + 1 :]:
        if word in ASK_WORDS:
            continue
        if not word.isalpha() or _known(index, word) or _brand_word(index, word):
            return text
    return head.rstrip(" ,;:")


def _far_end(index: CatalogIndex, text: str, words: list[str]) -> int:
    """How many of `words` are kept once the closing phrases of where or when are cut."""
    end = len(words)
    while end > 1:
        place = _place_before(index, words[:end])
        if place and not _stock_asked(words[: end - place - 1]):
            end -= place + 1
            continue
        start = end
        while start > 1 and (words[start - 1] in FAR_ARTICLES
                             or _foreign(index, text, words[start - 1])):  # fmt: skip
            start -= 1
        phrase = words[start:end]
        lead = words[start - 1]
        if _stock_asked(words[: start - 1]):
            break  # "¿hay stock en Arequipa?": the whole ask is talk (lines.TAIL), not a place
        foreign = [w for w in phrase if w not in FAR_ARTICLES]
        articled = bool(phrase) and phrase[0] in FAR_ARTICLES
        named = all(_written(text, w) == "name" for w in foreign)
        if not foreign or start < 2 or not (
            lead in FAR_LEADS or (lead in FAR_ARTICLED and articled)
            or (lead in FAR_NAMED and named and not articled)
        ):
            break
        end = start - 1
    return end


PLACE_LEADS = {"en", "in", "a", "at", "to", "para", "for", "desde", "from"}


def _stock_asked(words: list[str]) -> bool:
    """Whether `words` close with the stock asked ("¿hay stock", "in stock") before a place:
    lines.TAIL drops "¿hay stock en Arequipa?" whole, so a count before it stays the count;
    the place cut alone would leave "¿hay stock" to be read as the item."""
    return bool(words) and words[-1] == "stock"


def _place_before(index: CatalogIndex, words: list[str]) -> int:
    """How many words close `words` naming a town the house dispatches from, said after
    en/in/a/to ("… en callao", "… in el alto"), however written; 0 if none do."""
    for place in index.places:
        size = len(place)
        if (
            len(words) > size + 1
            and tuple(words[-size:]) == place
            and words[-size - 1] in PLACE_LEADS
        ):
            return size
    return 0


def _foreign(index: CatalogIndex, text: str, word: str) -> bool:
    """Whether a word of the line is no word of any item, of the vocabulary or of a maker, nor
    a slip of one, and not written in capitals as a maker's name is ("ZWZ")."""
    if not (word.isalpha() and word.isascii() and len(word) >= 3) or _known(index, word):
        return False
    if _brand_word(index, word) or _correct_word(index, word) != word:
        return False
    return _written(text, word) != "capitals"


def _written(text: str, word: str) -> str:
    """How the buyer wrote `word` in `text`: "capitals" (every letter, in a line that has
    lower-case letters), "name" (its first letter only), else "lower"."""
    for token in re.findall(r"[^\W\d_]+", text):
        if fold(token) != word:
            continue
        if token.isupper() and len(token) > 1 and not text.isupper():
            return "capitals"
        if token[0].isupper() and not token.isupper():
            return "name"
    return "lower"


def _retired_fits(index: CatalogIndex, reading: Reading, known: set[str], entry: Entry) -> bool:
    """Whether an item the house no longer sells, of `entry`'s maker and kind, fits the line
    as well as `entry` and is another item ("cinta de aislar negra 3m" names the retired
    Temflex 1700 as well as the Super 33+ on sale): the buyer may mean the one we no longer
    have, so the line is a question. The same item retired in another brand, or an old
    number of the same item (nothing the ERP says differs), is no doubt."""
    hard = {c for c in reading.codes if c not in SOFT_CODES and c not in UNSTATED_CODES}
    bare, metric = reading.codes.get("number", set()), reading.codes.get("mm", set())
    for old in index.retired.get(entry.brand, ()):
        if old.kinds != entry.kinds or _same_item([entry, old]) or _conflicts(reading, old):
            continue
        if not (hard <= set(old.reading.codes) and known - NEUTRAL <= old.reading.words):
            continue
        # the numbers the buyer wrote (Loctite 271) single out the items that carry them
        if bare <= _numbers(old) and metric <= _numbers(old, sized=False):
            return True
    return False


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


# Initials with their dots ("f.n.", "h.g.", "a.i."): how buyers shorten a finish or a material.
INITIALS = re.compile(r"(?<![\w.])(?:[a-z]\.){2,3}(?!\w)")


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
    if len(fitting) < 2 or (_same_item(fitting) and len({e.brand for e in fitting}) > 1):
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
        elif len(word) <= 3 and _written(text, word) == "capitals":
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


def _unread_initials(index: CatalogIndex, item: str) -> bool:
    """Whether the line holds initials the vocabulary cannot read: a finish or material we
    cannot tell ("tapon 2 f.f.": fierro fundido?) is a seller's question, never settled on
    the item that happens to fit the rest ("f.n." is read: fierro negro, black iron)."""
    if "." not in item:
        return False
    for initials in INITIALS.findall(fold(item)):
        said = read(initials, index.vocabulary)
        if not said.words and not said.codes:
            return True
    return False


# Copper alloys buyers name one for the other: a valve "de bronce" is often brass, and a
# buyer asks for "brass" where the house writes BRONCE. Read as the other only where no item
# that fits the rest of the line is of the one named (a house selling both keeps them apart).
# Settled, not asked: blind labellers of three houses (catalogs 6, 8, 9) took "bronce" for
# the house's brass valve as a seller does; so the alloy is no attribute bot/matching/stated.py
# vetoes on.
NEAR_MATERIALS = {"brass": "bronze", "bronze": "brass"}


def _near_material(index: CatalogIndex, reading: Reading, kinds: set[str]) -> Reading:
    """The request read with the near material when the catalog has the item only in it."""
    said = reading.codes.get("material", set())
    other = NEAR_MATERIALS.get(next(iter(said))) if len(said) == 1 else None
    if other is None:
        return reading
    rest = replace(reading, codes={c: v for c, v in reading.codes.items() if c != "material"})
    entries = [index.entries[p] for p in _candidates(index, rest, kinds)]
    # of the item named ("llave de bola de bronce": the ball valves, not the bronze check
    # valve of that size), when the catalog carries its words
    named = {w for w in reading.words if w in index.by_word} - NEUTRAL
    entries = [e for e in entries if named <= e.reading.words] or entries
    found = [e.reading.codes.get("material", set()) for e in entries]
    if any(said <= theirs for theirs in found) or not any(other in t for t in found):
        return reading
    return replace(reading, codes={**reading.codes, "material": {other}})


def _seal_assumed(index: CatalogIndex, reading: Reading) -> bool:
    """Whether the line names a bearing the catalog also sells sealed without its seal (a
    respirator's filter numbered like a bearing, "filtros 6006", has no seal to say)."""
    if reading.words & NOT_BEARINGS and "bearing" not in reading.words:
        return False
    return "seal" in reading.assumed and not reading.codes["bearing"].isdisjoint(index.stated)


# Items numbered as bearings are ("CARTUCHO 3M 6006", "filtro 6003"): never a bearing's seal
NOT_BEARINGS = frozenset(("filter", "respirator"))


def _name_brands(index: CatalogIndex, item: str, reading: Reading) -> None:
    """Brands the buyer named (one word, or several: "General Cable") become a code."""
    named = {w for w in reading.words if w in KNOWN_BRANDS or w in index.brands}
    folded = " " + " ".join(re.findall(r"[a-z0-9]+", fold(item).replace("gral", "general"))) + " "
    for brand in index.long_brands:  # "general cable", "holo-krome" (written "holo krome")
        if f" {' '.join(re.findall(r'[a-z0-9]+', brand))} " in folded:
            named.add(brand)
            reading.words -= set(re.findall(r"[a-z0-9]+", brand))
            without_brand_colour(reading, brand)
    for name, brand in index.brand_names.items():  # "pirelli": Prysmian, its name since 2005
        if f" {name} " in folded:
            named.add(brand)
            reading.words -= set(name.split())
            refs = reading.codes.get("ref", set())  # "acti9", a product line, read as a code
            refs.discard(name)
            if not refs:
                reading.codes.pop("ref", None)
    if not named and reading.words:  # "acqua" for Acqua System: a brand by its own first word
        for word in reading.words - NEUTRAL:
            if len(word) >= 4 and not _known(index, word):
                heads = [b for b in index.long_brands if re.split(r"[\s-]", b)[0] == word]
                if len(heads) == 1:
                    named.add(heads[0])
                    reading.words.discard(word)
    # A seal suffix only one maker writes ("6207DDU", "6205-2RS1") names that maker when
    # the buyer named no brand: never another brand offered by the brand rule.
    maker = reading.maker
    if named:
        reading.codes["brand"] = named
        reading.words -= named
    elif maker:
        reading.codes["brand"] = set(maker)


def _widen_refs(index: CatalogIndex, reading: Reading) -> None:
    """A maker's reference the catalog only has with a suffix ("LC1D18" for the
    LC1D18M7 and LC1D18BD contactors: the coil code) stands for those references."""
    for value in reading.codes.get("ref", ()):
        # "UCP208" where the catalog also sells a UCP208-24: bare, it is the 40 mm bore
        # when the buyer names the maker ("UCP205 NTN"); with a bore given ("UCP208 de
        # 1-1/2") it is whichever has that bore, and with neither maker nor bore it is a
        # question (the bore and the brand both left open), never the brand rule's pick.
        dashed = index.dashed.get(value)
        if dashed and ("ref", value) in index.by_code:
            if "brand" not in reading.codes or not BORES.isdisjoint(reading.codes):
                reading.prefixes[value] = dashed | {value}
            continue
        # "UCFL207 1-1/4" where the house sells the UCFL207 in inch bores only (UCFL207-20,
        # UCFL207-23): it stands for those, and the bore (or the buyer) tells which
        if dashed and ("ref", value) not in index.by_code:
            reading.prefixes[value] = set(dashed)
            continue
        if ("ref", value) in index.by_code or len(value) < 5 or not REF_PREFIX.fullmatch(value):
            continue
        longer = index.refs_starting(value)
        if longer:
            reading.prefixes[value] = longer


BORES = {"inch", "mm", "thread", "number"}  # a size the buyer gave beside a designation
REF_PREFIX = re.compile(r"[a-z]+\d+[a-z0-9]*|\d+[a-z]+[a-z0-9]*")


def _agree(reading: Reading, category: str, values: set[str], theirs: set[str]) -> bool:
    """Whether the item's values of a code carry the request's (a reference also by
    one the request stands for; a coil's voltage said without AC or DC by either)."""
    if values <= theirs:
        return True
    if category == "coil":  # "bobina 24v", AC or DC unsaid: a 24VAC or a 24VDC coil; and
        # "24VDC" said, the house's coil written "24 V", its kind unsaid (`_coils_said`)
        return all(v in theirs or bool(_coils_said(v) & theirs) for v in values)
    if category != "ref" or not reading.prefixes:
        return False
    return all(v in theirs or not reading.prefixes.get(v, set()).isdisjoint(theirs)
               for v in values)  # fmt: skip


def _coils_said(value: str) -> set[str]:
    """The other ways a coil's voltage may be written: "24v" (AC or DC unsaid) as 24VAC or
    24VDC; "24vdc" as a house's plain "24 V" (its kind unsaid, as a buyer's may be)."""
    if value.endswith("v"):
        return {value + "ac", value + "dc"}
    if value.endswith(("vac", "vdc")):
        return {value[:-2]}
    return set()


def cheapest(entries: list[Entry]) -> tuple[Entry, str]:
    """The last step of the brand rule, and the whole of it without a database."""
    return min(entries, key=lambda e: (e.list_price, e.sku)), "cheapest"


def request_key(reading: Reading) -> str:
    """The request's words and codes in one canonical string: what learning remembers.

    "Rodamiento 6204 sellado" and "rulemanes 6204 2rs" have the same key.
    """
    codes = sorted(f"{c}={v}" for c, vs in reading.codes.items() for v in vs)
    return " ".join(sorted(reading.words) + codes)[:500]


def learn_key(index: CatalogIndex, text: str) -> str:
    """The key `text` is remembered under (see `request_key`)."""
    return request_key(_read_request(index, _without_lacking(index, parse_line(text).item)[0]))


def _without_lacking(index: CatalogIndex, item: str) -> tuple[str, tuple[Feature, ...]]:
    """The item without what the buyer says it lacks, and those features (see
    bot/matching/stated.py); the item as written when it says nothing is lacking."""
    text, lacking = without_lacking(
        item, index.vocabulary, lambda word: word in index.by_word, NEUTRAL | TALK
    )
    return (text, lacking) if lacking else (item, ())


def _differs(entry: Entry, said: Stated, lacking: tuple[Feature, ...]) -> bool:
    """Whether the item states another value of an attribute the line states, or has a
    feature the line says it must lack."""
    return contradicts(said, entry.stated) or (
        bool(lacking) and has_any(lacking, entry.reading, entry.lacks)
    )


def _read_request(index: CatalogIndex, item: str) -> Reading:
    """The request's item read as the catalog reads its own: slips corrected, then words
    the catalog does not know read as its abbreviations where they are ("tf": termofusion)."""
    text = _correct_typos(index, joined_brands(fold(spoken_grade(item)), index.brands))
    if text.startswith("alemite"):  # "alemite 1/4-28 a 45° Lincoln": the fitting, by its name
        text = ALEMITE_KIND.sub("grasera", text)
    if " " in text or "-" in text:  # "ucp 205", "UCF-208": the catalog's UCP205, UCF208
        text = SPACED_REF.sub(lambda m: m[1] + m[2] if ("ref", m[1] + m[2]) in index.by_code
                              or m[1] + m[2] in index.dashed else m[0], text)  # fmt: skip
    text = _joined_dimensions(index, text)
    text = HACKSAW_TEETH.sub(r"\1 dientes", text)
    text = SPHERICAL.sub(lambda m: f"{m[1]} {'tapered' if 'k' in m[2] else 'cylindrical'} "
                         f"{m[3] or ''}", text)  # fmt: skip
    (text,), comes_with = without_accessories([text], index.vocabulary)  # "taquete con tornillo"
    reading = with_defaults(read(text, index.vocabulary), bare_is_open=index.bare_is_open)
    reading.words |= comes_with
    _name_brands(index, text, reading)  # a maker's name with a slip ("Precisoin Twist")
    _catalog_singulars(index, reading)
    unknown = {w for w in reading.words if w.isalpha() and not _known(index, w)}
    if unknown:
        expanded = _expand_abbreviations(index, text, reading, unknown)
        if expanded != text:
            reading = with_defaults(
                read(expanded, index.vocabulary), bare_is_open=index.bare_is_open
            )
            reading.words |= comes_with
            _name_brands(index, text, reading)
            _catalog_singulars(index, reading)
    _bronze_as_brass(index, reading)
    _electrode_in_mm(index, reading)
    disc_said_in_mm(reading)
    if "filter" in reading.words and "filter" not in index.by_word and "cartridge" in index.by_word:
        # "XHP 222 cartucho" where the house sells grease cartridges and no filters
        reading.words = (reading.words - {"filter"}) | {"cartridge"}
    if "flap" in reading.words:  # "disco de lija flap": its flaps are the sandpaper, its
        reading.words -= {"sandpaper", "wheel"}  # disc the flap disc
    # "UCF208 1-1/2\" shaft": a mounted unit's shaft is its bore, where the house never
    # says "eje" (its names say "1-1/2 BORE")
    if "eje" in reading.words and "eje" not in index.by_word and reading.words & MOUNTED:
        reading.words.discard("eje")
    if "bearing" not in reading.codes and not reading.words & KINDS.keys():
        numbers = reading.codes.get("number", set())
        if any(TAPERED_NUMBER.fullmatch(n) and ("bearing", n) in index.by_code for n in numbers):
            # "30205 skf": the tapered roller bearing the catalog sells, said by number alone
            return _read_request(index, f"rodamiento {item}")
    return reading


TAPERED_NUMBER = re.compile(r"3[0-3]\d{3}")
# A grease fitting called by its first maker's name where the trade says so (Venezuela's and
# Colombia's "alemite", "alemites"): opening the line with its thread or angle, it names the
# fitting, whoever makes it ("alemite 1/8 npt recta Lincoln"); beside a fitting or a gun, or with
# the maker's own number ("engrasadora Alemite", "Alemite 8578"), it is the maker
ALEMITE_KIND = re.compile(
    r"^alemites?\b(?=\s+(?:de\s+|a\s+)?(?:\d{1,2}/\d|m\d|rect|straight|45|90|\d/))"
)
MOUNTED = {"pillow_block", "flange_unit"}  # a mounted unit, by the vocabulary's words


def _catalog_singulars(index: CatalogIndex, reading: Reading) -> None:
    """A plural of a word the catalog writes singular and the vocabulary does not know
    ("puntas": PUNTA) is that word, never expanded into another ("punteras"); read again
    after an abbreviation is expanded too. The vocabulary's own words are read in the
    plural by the vocabulary (vocabulary._plurals)."""
    for word in [w for w in reading.words if w not in index.by_word]:
        singular = _singular(index, word)
        if singular in index.by_word:
            reading.words = (reading.words - {word}) | {singular}


# An electrode's diameter in inches, as a metric house sells it ("6011 5/32": the 4.0 mm rod)
ELECTRODE_MM = {"3/32": ("2.4", "2.5"), "1/8": ("3.2",), "5/32": ("4", "4.0"),
                "3/16": ("4.8", "5")}  # fmt: skip


def _electrode_in_mm(index: CatalogIndex, reading: Reading) -> None:
    """"electrodo 7018 1/8" where the catalog sells that class by millimetres only: the
    diameter in millimetres (1/8" is the 3.2 mm rod)."""
    classes, inches = reading.codes.get("aws"), reading.codes.get("inch")
    if not classes or not inches or len(inches) != 1 or len(classes) != 1:
        return
    (inch,), (aws,) = inches, classes
    if inch not in ELECTRODE_MM:
        return
    of_class = index.by_code.get(("aws", aws), set())
    if of_class & index.by_code.get(("inch", inch), set()):
        return  # a house that sells it in inches
    for mm in ELECTRODE_MM[inch]:
        if of_class & index.by_code.get(("mm", mm), set()):
            del reading.codes["inch"]
            reading.codes["mm"] = reading.codes.get("mm", set()) | {mm}
            return


# A spherical roller bearing's designation with its suffixes ("22208E", "22216K C3",
# "22210 EK/C3"): the number, and its bore: tapered where a K says so, parallel where the
# suffix is written without one ("22208 E"); the bare number ("22208") leaves it open.
SPHERICAL = re.compile(r"(?<![\w.-])(2[1-4]\d{3})\s?(ek|k|e)(?:\s?/?\s?(c[345]))?(?![\w/])")
COBALT = {"cobalt", "cobalto", "hssco", "hsse"}
# A hacksaw blade's teeth per inch as Chile writes them: "hoja sierra 24d"
HACKSAW_TEETH = re.compile(r"(?<![\w.,/-])(14|18|24|32)d(?![\w/])")


# A designation's letters and number written apart ("UCP 205", "NU 208", "UC P208"): one
# reference when the catalog carries it joined.
SPACED_REF = re.compile(
    r"(?<![a-z0-9-])([a-z]{1,4})[\s-]((?:[a-z]{1,3})?[0-9]{3,5})(?![0-9/]|[.,]\d)"
)  # "ucp 210, ntn": a comma after it closes it, a decimal does not
# "destornillador plano 5 x 100": the catalog's 5X100MM, its two figures said apart
SPACED_BY = re.compile(r"(?<![\w.,/-])(\d{1,3})\s*[xX*]\s*(\d{1,4})(?![\w.,/-])")


def _joined_dimensions(index: CatalogIndex, text: str) -> str:
    """Two figures said apart around an x written together where the catalog has them so
    ("destornillador phillips 6 x 150": the 6X150MM one, never 150 screwdrivers)."""
    if "x" not in text and "X" not in text and "*" not in text:
        return text

    def joined(m: re.Match[str]) -> str:
        for written in (f"{m[1]}x{m[2]}", f"{m[1]}x{m[2]}mm"):  # 5X100, 6X150MM
            if ("ref", written) in index.by_code:
                return written
        return m[0]

    return SPACED_BY.sub(joined, text)


NAMED = frozenset(NAMED_KINDS.values())  # kinds a house may not sell (index.NAMED_KINDS)

# The pipe items a buyer calls "bronce" when they are brass (Latin America's and Spain's
# counter word for a yellow-metal valve or fitting).
YELLOW_METAL_KINDS = {"valve", "elbow", "tee", "coupling", "union", "nipple", "plug", "bushing"}


def _bronze_as_brass(index: CatalogIndex, reading: Reading) -> None:
    """"registro de bola bronce 3/4", "tapón bronce 3/8": a house that sells its valves and
    fittings in brass and none in bronze (catalog 8) offers its brass one (a question: the
    buyer stated bronze); where the catalog sells bronze too, bronze is bronze."""
    if reading.codes.get("material") != {"bronze"} or ("material", "bronze") in index.by_code:
        return
    if ("material", "brass") in index.by_code and any(
        KINDS.get(w) in YELLOW_METAL_KINDS for w in reading.words
    ):
        reading.codes["material"] = {"brass"}


ABBREVIATED = re.compile(r"(?<![a-z0-9])([a-z]{2,})(\.?)(?![a-z0-9])")


def _expand_abbreviations(
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
            for position in _candidates(index, reading, kinds):
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


def _in_item_units(line: RequestLine, entry: Entry) -> RequestLine:
    """The quantity in the item's own unit: boxes × pack, pairs of single items, 1.000 = 1000."""
    quantity, uom = line.quantity, line.uom
    item_uom = entry.uom.upper()
    if line.regrouped is not None and (item_uom in COUNT_UNITS | BOX_UNITS or uom == "EA"):
        quantity = line.regrouped  # "1.500 amarras": a pack is never fractional either
    if line.lengths and uom == "EA" and item_uom in SOLD_BY_LENGTH and entry.pack_qty > 1:
        # "3 tramos de cadena" sold by the metre in 3 m lengths: 9 m, as the seller enters it
        return replace(line, quantity=quantity * entry.pack_qty, uom=item_uom)
    packs = in_packs(quantity, uom, item_uom, entry.pack_qty)
    if packs is not None:  # "300 amarras" of a bag of 100: 3 bags (bot/packs.py)
        return replace(line, quantity=packs, uom=item_uom, pieces=quantity)
    if uom == "BOX" and item_uom in BOX_UNITS:  # "3 cajas" of screws sold by the CJ: 3 CJ
        uom = item_uom
    elif uom == "BOX" and (line.pack or entry.pack_qty > 1):
        # "x 5 cajas x 25" of discs sold by the piece: 125, the box as the buyer counted it
        quantity, uom = quantity * (line.pack or entry.pack_qty), item_uom
    elif uom == "EA" and item_uom in BOX_UNITS and _pieces_in_box(entry) > 1:
        # "200 pcs" of screws sold by the box of 100 (BX/100): two boxes, as a seller enters it
        pieces = _pieces_in_box(entry)
        if quantity % pieces == 0:  # the buyer is told the pieces, as bot/packs.py does
            return replace(line, quantity=quantity // pieces, uom=item_uom, pieces=quantity)
    elif uom == "PAIR" and item_uom not in PAIR_UNITS:
        quantity, uom = quantity * 2, item_uom
    elif uom == "SET" or (uom == "EA" and item_uom in ROLL_UNITS):
        # "3 juegos" of a set sold by the JGO (or by the piece): three of it; "10 und" of tape
        # sold by the roll: 10 ROL
        uom = item_uom
    elif uom == "EA" and item_uom in SET_UNITS:  # "1 off tap set", "2 un juego de machos":
        uom = item_uom  # each is one set, never one of its pieces
    elif (uom in WEIGHT_UNITS and item_uom in WEIGHT_UNITS[uom]) or (
            uom in VOLUME and item_uom in VOLUME_UNITS):  # fmt: skip
        uom = entry.uom  # "33 libras" of what is sold by the lb, "20 litros" by the LT
    elif uom == REEL and line.pack and item_uom in MEASURED_UNITS:
        # "3 rollos de 100 de cable thhn" sold by the metre: 300 m, the roll as the buyer said it
        quantity, uom = quantity * line.pack, item_uom
    elif uom == REEL and item_uom in MEASURED_UNITS and entry.pack_qty > 1:
        # "3 carretes de alambre MIG": three of its 33 lb reels, 99 lb (never 3 lb)
        quantity, uom = quantity * entry.pack_qty, item_uom
    elif uom == REEL:  # "4 spools" of wire sold by the spool: four of it
        uom = None
    elif uom in POUNDS and item_uom in KILOS:  # "20 lb" of what is sold by the kg: 9.07 kg
        quantity, uom = (quantity * LB_IN_KG).quantize(Decimal("0.01")), item_uom
    elif uom in KILOS and item_uom in POUNDS:  # "5 kg" of what is sold by the lb: 11.02 lb
        quantity, uom = (quantity / LB_IN_KG).quantize(Decimal("0.01")), item_uom
    if (quantity, uom) == (line.quantity, line.uom):
        return line
    return replace(line, quantity=quantity, uom=uom)


def _pieces_in_box(entry: Entry) -> int:
    """How many pieces a box of an item sold by the box holds, by its name (0: unsaid)."""
    m = PIECES_IN_BOX.search(entry.name)
    return int(m[1]) if m else 0


def _exact(index: CatalogIndex, line: RequestLine, customer_id: str | None) -> MatchResult | None:
    """Our code, the customer's part number or a unique manufacturer reference, anywhere."""
    item = CODE_WORDS.sub(" ", line.item).strip(" -:#")
    # "end mill (40025743)": a code in brackets is the code
    item = " ".join(t.strip("()[]") or t for t in item.split())
    # cells a row leaves joined ("CI-22-0691;broca"); a code written with spaces for its
    # dashes ("ES CO4 T BOS", four pieces)
    tokens = re.split(r"[\s;|]+", item.strip(" ;|"))
    if not tokens or tokens == [""]:
        return None
    windows = [" ".join(tokens[i : i + n]) for n in (4, 3, 2, 1)
               for i in range(len(tokens) - n + 1)]  # fmt: skip
    # a code of letters and figures spaced as a shelf label reads it, in five or six pieces
    # ("RAC R 10 X 14 MIC", "CIL 20 X 100 DE FES"), never six figures joined into a number
    windows = [w for n in (6, 5) for i in range(len(tokens) - n + 1)
               if not part_key(w := " ".join(tokens[i : i + n])).isdigit()] + windows
    whole = part_key(item)
    for text in [item, *windows]:
        if text != item and not any(ch.isdigit() for ch in text):
            continue
        position = index.code_position(text, customer_id)
        if position is not None and (text == item or len(part_key(text)) >= 4):
            return _auto(line, index.entries[position], 1.0)
    reading: Reading | None = None
    # a maker's number said before its maker ("2097 3M") where the house lists it after it
    # ("3M 2097")
    turned = [f"{after} {before}" for before, after in pairwise(tokens)
              if re.search(r"\d", before) and fold(after) in index.brands]  # fmt: skip
    for text in [item, *windows, *turned]:
        key = part_key(text)
        aliased = index.by_alias.get(key, set())
        if len(aliased) != 1 or key in index.dashed:
            # "UCP208" where the catalog also sells a UCP208-24: the bore (and the brand)
            # may be open, which the reading settles or asks (`_widen_refs`)
            continue
        position = next(iter(aliased))
        entry = index.entries[position]
        if key.isdigit() and len(key) >= 4 and key != whole and entry.brand:
            # "truper 44753": a vendor's catalogue number, said with its vendor
            if reading is None:
                reading = _exact_reading(index, line)
            if entry.brand in reading.codes.get("brand", ()) and not _conflicts(reading, entry):
                return _auto(line, entry, 0.97)
        if not (
            _distinguishing(index, position)
            or _maker_number(index, text)
            or _maker_suffix(index, position, key, text)
        ):
            continue  # "62052RS" names a designation other brands carry too
        if key == whole:
            return _auto(line, entry, 0.98)
        coded = re.search(r"\d", key) and (re.search(r"[a-z]", key) or len(key) >= 8)
        if len(key) < 5 or not coded:
            continue
        # the rest of the line, not the reference itself, may say another item ("weg
        # MDW-C20-1": the reference read as a code of its own is no other breaker)
        around = _exact_reading(index, replace(line, item=item.replace(text, " ", 1)))
        if not _conflicts(around, entry):
            return _auto(line, entry, 0.97)
        if _maker_suffix(index, position, key, text) and not _distinguishing(index, position):
            # "30204-A SKF": one maker's reference said with another brand is a question
            top = [Candidate(entry.sku, entry.name, 0.5)]
            return MatchResult(line, None, None, 0.5, "confirm", top, "another maker's reference")
    return _maker_part(index, line, tokens)


def _maker_part(index: CatalogIndex, line: RequestLine, tokens: list[str]) -> MatchResult | None:
    """"Precision Twist 13100", "Timken SET3": the maker and its part number, where our
    item IDs are the maker's prefix and that number (PTD13100, TIMSET3, as Prophet 21
    houses write them). One item of that maker so numbered, nothing else said that it
    lacks or contradicts: that item."""
    coded = [part_key(t) for t in tokens if re.search(r"\d", t) and len(part_key(t)) >= 3]
    if not coded:
        return None
    reading = _exact_reading(index, line)
    brands = reading.codes.get("brand", set())
    if len(brands) != 1:
        return None
    (brand,) = brands
    found = []
    for position in index.by_code.get(("brand", brand), ()):
        sku = part_key(index.entries[position].sku)
        for key in coded:
            if sku.endswith(key) and MAKER_PREFIX.fullmatch(sku[: -len(key)]):
                found.append(index.entries[position])
    if len(found) != 1:
        return None
    entry = found[0]
    if reading.words - NEUTRAL - entry.reading.words or _conflicts(reading, entry):
        return None
    theirs = entry.reading.codes
    # the part number itself is no size of the item, even where no alias repeats it
    said = {c: v - set(coded) if c == "number" else v for c, v in reading.codes.items()}
    if any(key in index.dashed for key in coded) or any(
        not values <= theirs.get(category, set())
        for category, values in said.items()
        if category not in ("brand", "ref")
    ):
        return None  # "UCP208 de 1-1/2 FYH": a size the item does not have, or may not
    return _auto(line, entry, 0.96)


MAKER_PREFIX = re.compile(r"[a-z]{2,4}")


def _exact_reading(index: CatalogIndex, line: RequestLine) -> Reading:
    reading = with_defaults(read(line.item, index.vocabulary), bare_is_open=index.bare_is_open)
    _name_brands(index, line.item, reading)
    return reading


def _distinguishing(index: CatalogIndex, position: int) -> bool:
    """Whether an alias singles its item out: no other item is the same item in
    another brand (a maker's catalogue number does; a bare designation does not)."""
    entry = index.entries[position]
    pairs = [(c, v) for c, vs in entry.reading.codes.items() if c not in IGNORED for v in vs]
    postings = sorted(index.postings(pairs), key=len)
    if not postings:
        return True
    others = set(postings[0])
    for posting in postings[1:]:
        others &= posting
    others.discard(position)
    return not any(_same_item([entry, index.entries[p]]) for p in others)


def _maker_suffix(index: CatalogIndex, position: int, key: str, text: str) -> bool:
    """Whether an alias is one maker's way of writing a designation other brands also
    carry ("30207-A" is FAG's 30207, "30207 J2/Q" SKF's, "62102RS" Koyo's 6210-2RS): the
    catalog writes it for this item only, and no other brand's item of that designation
    says it in its name as the buyer wrote it ("6210-2RS" is in every brand's name, so it
    is a designation). Said by the buyer, it names that maker's item, never the same
    designation in another brand."""
    entry = index.entries[position]
    if entry.brand is None or not re.search(r"\d", key) or _designation(index, text):
        return False
    pairs = [(c, v) for c, vs in entry.reading.codes.items() if c not in IGNORED for v in vs]
    postings = sorted(index.postings(pairs), key=len)
    if not postings:
        return False
    others = set(postings[0]).intersection(*postings[1:])
    others.discard(position)
    same = [index.entries[p] for p in others if _same_item([entry, index.entries[p]])]
    written = _printed(text)
    return bool(same) and all(
        e.brand != entry.brand and written not in _printed(e.name) for e in same
    )


def _designation(index: CatalogIndex, text: str) -> bool:
    """Whether `text` reads whole as a bearing's designation and a seal every maker writes
    ("6203ZZ", "6006-2RS", "6005 2Z", "62032RS"): whoever prints it so in the catalog, the
    buyer named the bearing, not its maker, and the brand rule picks one (a seal only one
    maker writes, "6207DDU", "6205-2RS1", names that maker: `Reading.maker`)."""
    reading = read(text, index.vocabulary)
    return (
        "bearing" in reading.codes
        and not reading.maker
        and not reading.words
        and set(reading.codes) <= {"bearing", "seal", "clearance"}
    )


def _printed(text: str) -> str:
    """A reference as written: folded, its dashes, dots and slashes kept, spaces as dashes
    ("6210 2RS" is "6210-2RS" as a name prints it; "62102RS" is not)."""
    return re.sub(r"[\s_]+", "-", fold(text).strip())


def _numbers(entry: Entry, *, sized: bool = True) -> set[str]:
    """The item's plain numbers, its mm, and a wheel's diameter ("disco de desbaste 230");
    with `sized`, also every size the catalog wrote with its mark or its kind of item: a
    buyer's bare number names it as well ("francesa 6" is the 6" one, "esclusa 2" the 2"
    valve, "conico 30204" the 30204 bearing, "cupla termofusion 32" the 32 mm one), but
    "1 mm" never names the 1" item."""
    codes = entry.reading.codes
    if sized:
        numbers = {v for c, vs in codes.items() if c in SIZES for v in vs}
        if "teeth" not in codes:  # "candado 60": a chain's or its link's size (not a sprocket's)
            numbers |= codes.get("chain", set())
    else:
        numbers = codes.get("number", set()) | codes.get("mm", set())
    if "dims" in codes:  # a wheel's diameter and thickness ("115x1.0": 115 and 1 mm)
        numbers = numbers | {part for d in codes["dims"] for part in d.split("x", 1)}
    return numbers


# Sizes a buyer writes as a bare number (a sprocket's chain is not: "catarina 40 de 18
# dientes" may be 40B18 or a 40-tooth one, and is asked).
SIZES = {"number", "mm", "inch", "bearing"}


def _maker_number(index: CatalogIndex, text: str) -> bool:
    """Whether `text` (an alias only one item has) says more than a designation: "FAZ-C6/1"
    and "S203-C16" are one maker's numbers; "6204DDU" reads whole as bearing and seal."""
    reading = read(text, index.vocabulary)
    if reading.words or reading.codes.get("ref"):
        return True
    # a number of seven digits or more, often written in groups ("3109 06 10"), is a
    # maker's catalogue number: designations (6205, 32206, A42) are shorter or lettered
    return set(reading.codes) <= {"number"} and len(part_key(text)) >= 7


def _auto(line: RequestLine, entry: Entry, score: float) -> MatchResult:
    return MatchResult(
        line, entry.sku, entry.name, score, "auto", [Candidate(entry.sku, entry.name, score)]
    )


def _conflicts(reading: Reading, entry: Entry) -> bool:
    """Whether a hard code of the request differs from the item's."""
    for category, values in reading.codes.items():
        if category in SOFT_CODES:
            continue
        theirs = entry.reading.codes.get(category)
        if theirs is not None and not _agree(reading, category, values, theirs):
            return True
    return False


def _correct_typos(index: CatalogIndex, item: str) -> str:
    """Replace words we do not know by the closest known one ("rodamineto" → "rodamiento"),
    also inside a token ("v-belst", "rodamineto,")."""
    folded = fold(item)
    return WORD_RUN.sub(lambda m: _correct_word(index, m[0], folded[m.end() :]), folded)


WORD_RUN = re.compile(r"(?<![a-z0-9])[a-z]{4,}(?![a-z0-9])")


def _correct_word(index: CatalogIndex, word: str, after: str = "") -> str:
    if _known(index, word) or _brand_word(index, word):
        return word
    # a word of the vocabulary's phrases ("disco de laminas"): never read as another word
    if word in index.words_by_initial.get(word[0], ()):
        return word
    singular = _singular(index, word)  # "tarugos" where the catalog writes TARUGO
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


def line_kinds(index: CatalogIndex, reading: Reading) -> set[str]:
    """The kinds a line names: the vocabulary's, and the house's own (index.house_kinds)."""
    return {KINDS[w] for w in reading.words if w in KINDS} | (reading.words & index.house_kinds)


def _known(index: CatalogIndex, word: str) -> bool:
    return (
        word in index.vocabulary.words
        or word in NOTATION_WORDS
        or word in index.by_word
        or word in index.brands
        or word in KNOWN_BRANDS
        or word in index.brand_names
        or word in NEUTRAL
    )


def _brand_word(index: CatalogIndex, word: str) -> bool:
    """Whether `word` is a word of a maker's name of several ("chicago" of Chicago-Latrobe):
    never a slip of another word ("chica"), and what a slip of it spells ("precisoin")."""
    return any(word in re.split(r"[\s-]", brand) for brand in index.long_brands)


def _swapped(index: CatalogIndex, word: str) -> str | None:
    """The one known word `word` spells with two neighbouring letters swapped back."""
    found = set()
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            fixed = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            # a known word, or one of the vocabulary's phrases ("llvae de bola": llave)
            phrased = fixed in index.words_by_initial.get(fixed[0], ())
            known = (fixed if _known(index, fixed) or phrased or _brand_word(index, fixed)
                     else _singular(index, fixed))  # fmt: skip
            if known is not None:
                found.add(known)
    return found.pop() if len(found) == 1 else None


def _singular(index: CatalogIndex, word: str) -> str | None:
    """The known word `word` is the plural of ("tarugos": tarugo, "bridas": brida)."""
    if not word.endswith("s"):
        return None
    # "tips", "nuts": an English plural of three letters too
    for stem in (word[:-1], word[:-2] if word.endswith("es") else ""):
        if len(stem) >= (3 if stem == word[:-1] and not stem.endswith("s") else 4) and _known(
            index, stem
        ):
            return stem
    return None


def _candidates(index: CatalogIndex, reading: Reading, kinds: set[str]) -> set[int]:
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
        if category == "coil" and _coils_said(value):  # "bobina 24v": 24VAC or 24VDC
            postings[i] = set().union(*index.postings(
                [(category, v) for v in {value} | _coils_said(value)]))  # fmt: skip
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
    theirs = _kinds(entry)
    return not theirs or bool(theirs & kinds)


def _kinds(entry: Entry) -> frozenset[str]:
    return entry.kinds


def _of_kinds(index: CatalogIndex, kinds: set[str]) -> set[int]:
    found: set[int] = set()
    for word, kind in KINDS.items():
        if kind in kinds:
            found |= index.by_word.get(word, set())
    return found


def _score(
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
            elif theirs is None and category == "tpi" and _coarse(reading, entry):
                continue  # "1/2-13": an inch bolt that names no series is coarse
            elif theirs is None:
                missing += 1
            elif _agree(reading, category, values, theirs):
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


def _coarse(reading: Reading, entry: Entry) -> bool:
    """Whether the request's threads per inch are the coarse series' for the item's thread
    (an inch bolt that says neither UNC nor UNF is UNC, as the trade sells it)."""
    threads = entry.reading.codes.get("thread", set())
    return len(threads) == 1 and reading.codes["tpi"] == {UNC_TPI.get(next(iter(threads)))}


def _single_fit(reading: Reading, complete: list[Entry]) -> tuple[Entry | None, list[Entry]]:
    """The item to answer with on our own, if one stands out among those that fit the codes.

    One fitting item: it, when its words agree. Several: among those whose words agree
    best, they must be the same item (same codes and kind): items that differ in
    more than brand (seal, curve, DIN, material…) are a question, and so are two of
    one brand. One per brand, several brands and none named → returned as the second
    value, for the brand rule.
    """
    if len(complete) == 1:
        return (complete[0] if _word_agreement(reading, complete[0]) >= AUTO_WORDS else None), []
    best = max((_word_agreement(reading, e) for e in complete), default=0.0)
    if best < AUTO_WORDS:
        return None, []
    full = [e for e in complete if _word_agreement(reading, e) == best]
    if len(full) == 1:
        return full[0], []
    if not _same_item(full):
        return None, []
    per_brand: dict[str | None, list[Entry]] = {}
    for entry in full:
        per_brand.setdefault(entry.brand, []).append(entry)
    picks = []
    for entries in per_brand.values():
        if len(entries) > 1:
            return None, []  # within one brand the buyer still has to say which
        picks.append(entries[0])
    if len(picks) == 1:
        return picks[0], []
    if "brand" in reading.codes:
        return None, []
    return None, sorted(picks, key=lambda e: e.sku)


def _same_item(entries: list[Entry]) -> bool:
    """Whether these items are one item in several brands: the same kind, and no hard
    code they both carry disagrees (a stainless-and-metal disc is still a metal disc)."""
    first = entries[0]
    kinds = _kinds(first)
    for other in entries[1:]:
        if _kinds(other) != kinds:
            return False
        if any(
            first.facts[key] != other.facts[key]
            for key in first.facts.keys() & other.facts.keys()
            if key not in MAKER_FACTS
        ):
            return False  # the ERP says they differ (QO and BR breakers, ANSI 40 and 08B)
        for category in (set(first.reading.codes) | set(other.reading.codes)) - IGNORED:
            mine, theirs = first.reading.codes.get(category), other.reading.codes.get(category)
            if mine is None or theirs is None or not mine & theirs:
                return False
    return True


def _word_agreement(reading: Reading, entry: Entry) -> float:
    """Share of the buyer's words the item carries (1.0 when the buyer gave only codes);
    words that never tell items apart ("price", "availability", "ocupo") do not count."""
    words = reading.words - NEUTRAL
    if not words:
        return 1.0
    return sum(1 for w in words if w in entry.reading.words) / len(words)
