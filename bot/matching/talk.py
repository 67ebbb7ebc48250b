"""What around the item is not the item: the job it is for, the talk after it, where the
goods go and the purchaser's closing ask.

Cut before the line is read so their words neither keep a line from settling ("… pa la obra",
"… al toque") nor point at items; a clause that names anything the catalog knows (a code, a
brand, a word of an item) is kept, since it may be part of what is asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.matching.codes import SOFT_CODES
from bot.matching.index import KNOWN_BRANDS, CatalogIndex
from bot.matching.lines import RequestLine
from bot.matching.neutral import NEUTRAL
from bot.matching.notation import read
from bot.matching.slips import brand_word, correct_word, is_known
from bot.matching.text import fold

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


def without_context(index: CatalogIndex, line: RequestLine) -> RequestLine:
    """The line without the job it is for: "para la obra en san borja necesito … cable thhn
    10 awg rojo" asks for the cable. A clause before the buyer's "necesito"/"need" that
    names nothing the catalog knows (no code, no brand, no word of an item) is dropped;
    one that does ("ball valves? need 4 of the 1 inch …") is part of the item."""
    line = _without_far_phrase(index, _without_talk(index, line))
    found = NEED_VERB.search(line.item)
    if found is None or found.start() == 0:
        return line
    said = line.item[: found.start()]
    before = read(said, index.vocabulary)
    if set(before.codes) - SOFT_CODES or any(_names_item(index, w) for w in before.words):
        return line
    # "15 ea your item # AB-1045 need for machine": our code before it is the item
    if any(index.is_code(token.strip(",;:#"), None) for token in said.split()):
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


def without_closing_phrase(index: CatalogIndex, text: str) -> str:
    """The buyer's words without such a closing phrase, before they are read, so a count said
    before it is still the count ("niple 3/4 x 4 x 10 al ratito"); a row's cells as they are."""
    if "\t" in text or ";" in text or "|" in text:
        return text
    said = _without_closing_ask(index, text)
    tokens = said.rstrip(" ,;:.!?").split()
    words = [fold(t).strip(",;:.!?¿¡") for t in tokens]
    end = _far_end(index, said, words)
    if end == len(tokens):
        return said
    # "…, delivery to the mill", "… con entrega en Paysandú": the delivery said before the place
    # goes with it (a count before them is still the count)
    if end > 1 and words[end - 1] in DELIVERY_WORDS:
        end -= 2 if end > 2 and words[end - 2] in DELIVERY_LEADS else 1
    return " ".join(tokens[:end]).rstrip(" ,;:")


DELIVERY_WORDS = {"delivery", "delivered", "deliver", "entrega", "entregado", "despacho",
                  "shipping", "shipped", "ship", "envio"}  # fmt: skip
DELIVERY_LEADS = {"con", "para", "with", "for", "y", "and"}


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
        if not word.isalpha() or is_known(index, word) or brand_word(index, word):
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
        named = all(written_as(text, w) == "name" for w in foreign)
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
    if not (word.isalpha() and word.isascii() and len(word) >= 3) or is_known(index, word):
        return False
    if brand_word(index, word) or correct_word(index, word) != word:
        return False
    return written_as(text, word) != "capitals"


def written_as(text: str, word: str) -> str:
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
