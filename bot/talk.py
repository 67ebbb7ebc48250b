"""Talk between the items: what a buyer says that asks for nothing.

Buyers chat while they order: "jaja aquí con un calor terrible, ya ni el ventilador sirve 🥵",
"rough week, shop's slammed lol", "soy el Jorge, te escribo del cel de la Carla", "this is
Dave on my buddy's phone". A line the matcher found nothing for is such talk when it carries
laughter, a face or who is writing, and no figure, no word of the catalog's vocabulary and
no word a buyer asks or adds with (bot/runons.csv `ask`/`join`, "please"): it is no item, so
it is never kept as an open cart line for a seller to "complete". An unknown item stays one,
with a face or a name beside it too: "un ventilador industrial", "also a shop vac please 🙏",
"hola, te escribo para cotizar una hidrolavadora" (the words the catalog lacks are the item),
and so does a thing named alone, laughter around it: "una motosierra jaja", "a chainsaw lol"
(`without_laughter` takes the laughter and faces out of the line's words).
A line saying someone else decides, or the answer comes later, is talk too ("will run it
by Tom", "lo veo con el jefe y te aviso", "let me check with purchasing"): no item. So is a
line that only opens a request ("quick one", "una consulta") or says what the goods are for
("para la obra de San Borja", "for the job at the Dyer plant"), sent before the items.
The flow (flows/sales.py) also checks the catalog's brands, which live in its index.
"""

from __future__ import annotations

import re
import unicodedata

from bot.item_words import names_item
from bot.matching.text import fold
from bot.runon_words import find, key, phrases
from bot.words import LAUGH, words_of

# Courtesy that asks and the verbs that add ("please", "porfa", "pedir", "me falta", "add"),
# beside runons.csv's; and the joins too common in talk to tell anything ("mas": "ya no
# aguanto más jaja").
_ASKING = frozenset((w,) for w in (
    "please", "pls", "plz", "porfa", "favor", "pedir", "pido", "pedimos", "falta", "faltan",
    "add", "agrega", "agregale", "agregame", "agreguen", "suma", "sumale", "cotiza"))
_TOO_COMMON = frozenset({("mas",), ("+",)})

# Who is writing, said at the start of a line: "soy el jorge", "habla Carla", "te escribo
# del cel de…", "this is dave from…", "it's tom, on sarah's phone", "dave here".
_WHO = re.compile(
    r"^\W*(?:(?:hola|buenas|hi|hey|hello|oye|ey)\W+)*(?:"
    r"soy (?:el |la )?[a-z]+|habla (?:el |la )?[a-z]+|"
    r"te escribo|le escribo|les escribo|this is [a-z]+|it'?s [a-z]+\W+(?:on|from|at|here)\b|"
    r"[a-z]+ here\b|writing from|texting from)"
)


# Someone else decides, or the buyer answers later: "will run it by Tom", "let me check with
# the boss", "I'll ask my manager", "lo consulto con la Paula", "lo veo con el jefe y te aviso".
_LATER = re.compile(
    r"\b(?:run (?:it|this|that|them|these|those) (?:by|past)|check (?:it |this |that )?with|"
    r"ask (?:my|the|our)|get back to (?:you|u|ya)|(?:i'?ll|we'?ll|will) let (?:you|u) know|"
    r"(?:lo|la|los|las) (?:consulto|veo|hablo|converso|reviso|chequeo|paso) (?:con|por)|"
    r"(?:le|les) pregunto (?:a|al)|(?:te|le|les) (?:aviso|confirmo|cuento)$)"
)


# A line that only announces the request, or says where or what the goods are for; the
# place may be named ("de San Borja", "at the north plant"), but a thing after a colon or
# an article is an item ("para la obra: una betonera", "for the shop: a bench grinder").
_PLACE_ONLY = r"\b(?![^:]*:)(?!.*\b(?:un|una|unos|unas|a|an|some)\b).*"
_ASIDE = re.compile(
    r"^(?:(?:hola|buenas|hi|hey|hello|oye|ey|ok|so|and|y)\W+)*(?:"
    r"(?:a |one )?quick (?:one|question|q)|real quick|one more thing|another thing|"
    r"(?:una|otra) (?:consulta|pregunta)(?: rapida)?|consulta rapida|otra cosa|"
    r"(?:es |son |todo |esto es |va )?(?:para|pa) (?:la|el|una|un|nuestra|nuestro) (?:obra|faena|"
    r"planta|mina|proyecto|sucursal|taller|mantencion|mantenimiento|parada|cliente)"
    + _PLACE_ONLY + r"|"
    r"(?:it'?s |this is |these are |all |its )?for (?:the|a|our|my) (?:job|site|jobsite|project|"
    r"plant|shop|shutdown|mine|build|customer|client)" + _PLACE_ONLY + r")$"
)


def _a_face(word: str) -> bool:
    return any(unicodedata.category(c) == "So" for c in word)


def asks(text: str) -> bool:
    """Whether `text` carries a word a buyer asks or adds an item with ("necesito",
    "cotizar", "also", "también", "please", "me falta")."""
    said = phrases()
    asking = (said.ask | said.join | _ASKING) - _TOO_COMMON
    return bool(find([key(t) for t in text.split()], asking, said.longest))


def is_talk(text: str) -> bool:
    """Whether `text` is talk (see the module docstring): laughter, a face or who is
    writing, with no figure, no word of the catalog's vocabulary and none that asks."""
    if re.search(r"\d", text) or names_item(text) or asks(text):
        return False
    words, folded = words_of(text), fold(text)
    if _ASIDE.match(folded.strip(" .!¡?¿:")):  # "una consulta": before a thing named alone
        return True
    if _an_item_named(text):
        return False
    return ("jaja" in words or any(_a_face(w) for w in words) or bool(_WHO.search(folded))
            or bool(_LATER.search(folded.strip(" .!¡?¿"))))


# How a thing is named on its own: "una motosierra", "a chainsaw", "dos escaleras".
_NAMING = frozenset({"un", "una", "unos", "unas", "a", "an", "one", "some", "dos", "tres",
                     "cuatro", "cinco", "two", "three", "four", "five", "par", "pair"})  # fmt: skip
_LINKING = frozenset({"de", "del", "of", "for", "para", "con", "with", "a", "y", "and"})


def _an_item_named(text: str) -> bool:
    """Whether `text`, its laughter and faces aside, is a thing named and nothing more
    ("una motosierra jaja", "a chainsaw lol 😂", "dos escaleras de tijera 😅"): an article
    or a count, then one to three words of its own; the buyer asks for it."""
    words = [w for w in words_of(without_laughter(text)) if not _a_face(w)]
    content = [w for w in words[1:] if w not in _LINKING]
    return len(words) > 1 and words[0] in _NAMING and 1 <= len(content) <= 3


def without_laughter(text: str) -> str:
    """`text` without its laughter and faces ("una motosierra jaja 😂" → "una motosierra"):
    noise around an item, never its words."""
    kept = _LAUGHING.sub(" ", text)
    kept = "".join(c for c in kept if not _a_face(c) or ord(c) < _EMOJI_FROM)
    return re.sub(r"\s+", " ", kept).strip(" ,.;:!?¡¿") if kept != text else text


_LAUGHING = re.compile(LAUGH.pattern, re.IGNORECASE)
_EMOJI_FROM = 0x2190  # symbols below are a size's ("90°"), never a face
