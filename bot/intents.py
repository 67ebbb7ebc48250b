"""What a buyer means when a message is not items: greetings, acceptances, choices.

Real buyers write `Hola buenas tardes`, `ok go ahead`, `sí, confirmo`, `1 y 3`, `la
segunda`, `quiero lo mismo que la última vez`. Read as item lines these become "not in
the catalog" and, three in a row, a hand-off; so every message is recognised here
first, and only what is not an intent goes to the matcher. The phrases are data
(intents.csv, like the matcher's vocabulary.csv) so a distributor adds the words its
buyers use without touching code.

A message is an intent when it consists only of known phrases, numbers and filler
words (`whole`), or, for a few intents a buyer wraps in a sentence (`within`: human,
status, account, reorder), when a short message without digits contains one. Quote,
order and purchase-order numbers (`Q-2026-00012`, `O-2026-00003`, `OC 4500123`,
`PO#…`) are taken out first and handed back with the intent, and so is where to
deliver ("entregar en faena Los Bronces", "deliver to plant 2": the rest of that line).
A quote named with an acceptance anywhere in the message accepts it ("circling back on
Q-… from the other day — go ahead"); a person asked for is found in longer sentences and
beside figures too ("let me talk to a real person please, 3 pcs were short").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from functools import cached_property, lru_cache
from pathlib import Path

from bot.commented_csv import numbered_rows
from bot.words import EMOJI_NOISE, words_of
from bot.words import plain as unaccented  # (`plain` is a turn's text below)

DEFAULT = Path(__file__).with_name("intents.csv")
MAX_PHRASE_WORDS = 8
MAX_GAP = 8  # words a `…` phrase may have between its halves ("ACH for the 8,400 on … goes out")
WITHIN_MAX_WORDS = 10  # longer sentences are requests, not a keyword in passing


class IntentName(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    ACK = "ack"
    YES = "yes"
    NO = "no"
    ACCEPT = "accept"
    CHOOSE = "choose"
    STATUS = "status"
    REORDER = "reorder"
    HUMAN = "human"
    MENU = "menu"
    CANCEL = "cancel"
    ACCOUNT = "account"
    STOP = "stop"
    START = "start"
    QUOTE = "quote"
    ORDER = "order"
    CART = "cart"
    REMOVE = "remove"
    CHANGE = "change"
    PURCHASE_ORDER = "purchase_order"  # a message that only gives a PO number or a delivery note
    PROMISE = "promise"  # "pago el viernes", "we'll transfer tomorrow 5,000"
    BACKORDER = "backorder"  # short stock, in words: "el resto cuando llegue" (option 1)
    SUBSTITUTE = "substitute"  # "send the NTN ones instead": the offered alternative
    IDENTITY = "identity"  # "¿eres un bot o una persona?": answered, never a hand-off
    LANGUAGE = "language"  # "could you send it in English?": the chat goes on in that one
    PRICE = "price"  # "¿por qué subieron tanto?", "can you do discount": the price challenged
    TAX = "tax"  # "¿los precios son con IVA?", "is that inc GST?": prices are net, answered
    RESEND = "resend"  # "no me llegó el pdf de la cotización": the quote's document again


# The most decisive intent of a message wins: "no, cancelar" cancels, "sí, confirmo"
# accepts, "ok adelante" accepts, "hola, quiero cotizar" quotes.
I = IntentName  # noqa: E741 (short, and only ever the enum)
# A proforma invoice is a quote in an invoice's form: "kindly send proforma invoice", "la
# factura proforma", "PI" never (too short to tell from an item's code).
PROFORMA = re.compile(r"\b(?:factura\s+pro[\s-]?forma|pro[\s-]?forma\s+invoices?|pro[\s-]forma)\b",
                      re.IGNORECASE)
PRIORITY = (I.STOP, I.START, I.HUMAN, I.CANCEL, I.REMOVE, I.CHANGE, I.BACKORDER, I.SUBSTITUTE,
            I.ACCEPT, I.REORDER, I.RESEND,
            I.PROMISE, I.STATUS, I.ACCOUNT, I.PRICE, I.TAX, I.ORDER, I.QUOTE, I.CART, I.LANGUAGE,
            I.MENU,
            I.IDENTITY, I.NO, I.YES, I.THANKS, I.ACK, I.GREETING)  # fmt: skip
# Politeness around numbers is a choice: "sí, la 2", "ok 1 y 3", "gracias, la segunda".
SOFT = {I.YES, I.ACK, I.THANKS, I.GREETING}
_FILLER, _ORDINAL, _SCALE = "filler", "ordinal", "scale"

PICTOGRAPH = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]+")
QUOTE_NUMBER = re.compile(r"\bq-\d{4}-\d{5}\b", re.I)
ORDER_NUMBER = re.compile(r"\bo-\d{4}-\d{5}\b", re.I)
PURCHASE_ORDER = re.compile(
    r"(?<![\w])(?:o\.?\s?c\.?|p\.?\s?o\.?|orden de compra|purchase order)"
    # "nuestra OC es 4500123456", "the PO, it's PI-90211", "PO number is 5566"
    r"(?:(?:\s+(?:number|n[uú]mero))?\s*,?\s+(?:es|is|it[’']?s|it is|ser[aá]|will be)"
    r"(?:\s+(?:la|el))?\b)?"
    r"\s*(?:(?:number|n[uú]mero|n(?:o|ro|[°º])?)\.?\s*(?=[:#]?\s*\d))?[:#]?\s*"
    r"([a-z]{0,4}[-/]?\d[\w/-]{2,29})",
    re.I,
)
# Where the order goes, said with it ("pedido, OC 4500-7788, entregar en faena Los Bronces",
# "order, PO 12345, deliver to plant 2"): the rest of that line is the delivery note.
DELIVERY = re.compile(
    r"(?<![\w])(?:(?:entregar|entrega|entreguen|entr[eé]guese|despachar|despacho|despachen|"
    r"enviar|env[ií]o|env[ií]en|llevar)\s+(?:(?:es|ser[aá])\s+)?(?:en|a|al|hasta)"
    r"|direcci[oó]n de (?:entrega|despacho)|lugar de entrega|delivery (?:is|will be) (?:in|at|to)"
    r"|(?:deliver|delivery|ship|send)\s+(?:to|at)|delivery address|ship-to)"
    r"\s*:?\s+(?!(?:la |lo )?(?:mayor |m[aá]s )?(?:brevedad|antes|pronto|posible)|cuanto antes"
    r"|(?:mi|su|sus|nuestr[oa]s?|este|esta|el|me|us|me|you|the|a|our|my|this)\s+"
    r"(?:correo|mail|e-?mail|email|cotizaci[oó]n|quote|quotation|pricing|price|precio)"
    r"|correo|mail|e-?mail|asap|me\b|us\b|nosotros\b)([^\n]{3,200})",
    re.I,
)
# The place a delivery was said before, named after the new one to correct it ("en Calama,
# no en Antofagasta", "to Baytown, not Beaumont"): no part of the note. A time or a way
# said so ("not later than friday", "not before 8am", "no a las 8", "not by truck") is no
# place: it stays in the note the seller reads.
NOT_THERE = re.compile(
    r"(?:,?\s+no\s+(?:en|a|al)|,?\s+not(?:\s+(?:to|in|at))?)\s+"
    r"(?!(?:(?:to|in|at|las?)\s+)?(?:\d|(?:before|after|later|earlier|until|till|by|on|than"
    r"|antes|despu[eé]s|m[aá]s|hasta|del?)\b))[^\s,;.!?]+(?:\s+[^\s,;.!?]+){0,3}[\s.!?]*$",
    re.I,
)
# A pickup said in passing ("we'll pick it up at will call tomorrow", "lo retiramos en bodega
# mañana", "lo retiro yo en bodega", "we'll collect from Houston"): kept as the order's
# delivery note, in the buyer's words, and no item. The note ends where an item begins: a
# count right after the pickup ("I'll pick up 20 hex bolts …", "retiro yo 10 rodamientos …")
# or after a comma, colon or 'and' ("…, we'll pick them up at Houston and 5 flap discs …",
# "los retiramos mañana: 20 pernos …"); a date or an hour is no count ("el 15 de diciembre",
# "Friday, 3 pm"), and a decimal point ends nothing ("4.5").
_PICKED_COUNT = (
    r"\d+(?:[.,]\d+)?\s*(?!(?:de|del|am|pm|a\.m|p\.m|hrs?|h|horas?|hours?|d[ií]as?|days?|"
    r"semanas?|weeks?|min\w*|o'clock|th|st|nd|rd)\b)[a-záéíóúñ\"]"
)
PICKUP = re.compile(
    r"(?<![\w])(?:(?:we|i)(?:'ll|’ll| will| can)?\s+(?:pick (?:it|them|this|that|these|those) "
    r"up|pick up|collect)\b|(?:lo|la|los|las)\s+(?:retiramos|retiro|retiran|"
    r"recogemos|recojo|recogen|pasamos a (?:buscar|retirar)|paso a (?:buscar|retirar)|vamos a "
    r"(?:retirar|buscar)|voy a (?:retirar|buscar))\b|retiro\s+(?:yo|nosotros)\b|"
    r"(?:retiramos|recogemos|recojo)\s+(?:en|yo|nosotros)\b)(?![^\n]*\?)"
    rf"(?:(?![\s:,]*{_PICKED_COUNT})"
    r"(?:(?!\s*(?:[,:+&]|\s(?:y|e|and|plus|also|adem[aá]s|tambi[eé]n|m[aá]s)\b)[\s,]*"
    rf"(?:(?:also|adem[aá]s|tambi[eé]n|m[aá]s)\s+)?{_PICKED_COUNT})(?:[^\n.;]|\.(?=\d))){{0,120}})?",
    re.I,
)  # never in a question: "¿tienen retiro en bodega?", "do you have will-call pickup?"
# `match` in intents.csv: `anchored` phrases mean their intent only beside an ERP document
# number or a date ("la cancelo" alone cancels, "la F-50004 la cancelo el viernes" is a
# promise; "factura F-50004" is the statement, "guía GD-55120" the order's status).
_MATCHES = ("whole", "within", "anchored")
# An ERP document number: letters, then digits, apart from other words.
_DOCUMENT = r"(?<![\w-])([a-z]{{1,5}}{gap}\d{{3,12}})(?![\w-])"
# Written as one word, it anchors a phrase: "F-50004", "GD-55120", "SO80001" (not "skf 6206").
DOCUMENT = re.compile(_DOCUMENT.format(gap="-?"), re.I)
# Asked about by name, the gap may be a space too: "SO-80003", "GD 55120", "F-50008".
REFERENCE = re.compile(_DOCUMENT.format(gap="[- ]?"), re.I)
# An ERP number said bare after a word ("for 80005", "la 80001"): that word, the number.
BARE_REFERENCE = re.compile(r"(?<![\w-])([^\W\d_]{1,5})\s+(\d{5,12})(?![\w.,/-])")
# Sentences and clauses of a chat message, each read for a phrase in passing; "btw",
# "fyi", "heads up", "por cierto" open a new one ("heads up we'll put a check in the mail
# for F-50011 friday", "lol thx. btw is anything of ours still in picking?").
CLAUSE = re.compile(
    r"[.?!;,\n]+(?:\s|$)|[¿¡]|\b(?:btw|fyi|by the way|heads up|por cierto|otra cosa)\b", re.I
)
# Regards sent to someone by name ("saludos a la Paula de mi parte", "say hi to Mike"):
# chit-chat, whoever is named; read as "saludos" (the name is no item and no request).
# A call the buyer turns down ("no need to call, just email me the quote", "no me llames,
# mándame la cotización al correo"): what they do not want, never a person asked for; the
# rest of the message says what they want (when it says nothing, the words are read whole).
NO_CALL = re.compile(
    r"\b(?:(?:there'?s |theres )?no need to (?:call|phone|ring)|(?:please |pls )?(?:don'?t|dont|do "
    r"not|no) (?:need to )?(?:call|phone|ring)|no (?:phone )?calls?|"
    r"no (?:me|nos) llam\w*|no (?:es necesario|hace falta|necesito|necesitamos) (?:que (?:me|nos) "
    r"llam\w*|llamar\w*)|sin llamad\w*|no llam\w*)(?:\s+(?:me|us|nos|please|pls|porfa))*\b",
    re.I,
)
REGARDS_TO = re.compile(
    r"\b(?:saludos|saludo|cari[nñ]os|say hi|say hello)\s+(?:a|al|para|to)\s+"
    r"(?:(?:la|el|los|las|mr\.?|mrs\.?|ms\.?|don|do[nñ]a)\s+)?[^\W\d_]+"
    r"(?:\s+de mi parte|\s+from me)?",
    re.I,
)
# A reorder opening the message and then changed ("same as our last order but just the 9
# inch cut off wheels, make it 60", "lo mismo del último pedido pero sin los lentes, y los
# rodamientos que sean 6"): a reorder whatever figures the change says (flows/cart_commands).
REORDER_CHANGED = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|hola|buenas|buenos dias|buenas tardes)\W+)?"
    r"(?:(?P<es>(?:quiero |necesito )?(?:lo mismo|repite(?:me)?|repetir) "
    r"(?:de|del|que|que el|que la|de la|el|la) "
    r"(?:ultim[oa] (?:pedido|compra|vez)|pedido anterior|vez pasada))"
    r"|(?P<en>(?:(?:the )?same as|repeat) (?:our|my|the) (?:last|previous) "
    r"(?:order|purchase|one)"
    r"|(?:the )?same as last time))"
    r"\W+(?:but|except|pero|excepto|salvo|sin)\b",
    re.I,
)
# Intents a buyer says with figures in the sentence ("pago el 30, 5.000"): found
# `within` a message even when it has digits.
WITH_FIGURES = {I.PROMISE, I.BACKORDER, I.SUBSTITUTE, I.PRICE}
# A person asked for at length ("quisiera que me contacte un vendedor para abrir cuenta con
# ustedes") or beside figures ("let me talk to a real person please, last delivery was
# short 3 pcs"): looked for in each clause without figures up to this long; beside figures
# only a phrase of two words or more counts ("real person", not "agent": a release agent).
PERSON_MAX_WORDS = 20
# A quote named with an acceptance in one of its clauses is accepted, however long the
# message ("circling back on Q-… from the other day — we're good, go ahead", "Approved.
# PO# 4410, please process Q-…"), unless that clause says no ("we won't go ahead").
NEGATION = frozenset({
    "no", "not", "dont", "wont", "cant", "cannot", "never", "nunca", "tampoco", "ni", "nor",
    "havent", "hasnt", "didnt", "isnt", "arent", "wasnt", "shouldnt", "wouldnt", "couldnt",
})  # fmt: skip
# A person or call said no to: a negation up to this many words before it, unless a
# pronoun follows the negation (a question asking back: "can't I", "don't you", "no, I …").
DECLINED_WITHIN = 3
ASKING_BACK = frozenset({"i", "you", "we", "u", "ya", "yall", "yo", "usted", "ustedes"})


@dataclass(frozen=True)
class Intent:
    """What a message means; `name` None means it is items (or something unknown)."""

    name: IntentName | None
    numbers: tuple[int, ...] = ()  # "1 y 3" → (1, 3); "cambiar 3 a 10" → (3, 10)
    quote: str | None = None  # Q-YYYY-NNNNN, upper case
    order: str | None = None  # O-YYYY-NNNNN
    po: str | None = None  # the buyer's purchase-order number, as written
    delivery: str | None = None  # where to deliver, as written ("faena Los Bronces")
    reference: str | None = None  # "estado SO-80003": the ERP number asked about, upper case
    language: str | None = None  # "es"/"en" when the phrases say so
    rest: str = ""  # the message without the numbers taken out


@dataclass(frozen=True)
class _Entry:
    intent: str
    value: int | None
    language: str
    within: bool
    anchored: bool = False  # only with an ERP document number or a date said too
    gap: int = 0  # a phrase said around other words: `*` one word, `…` up to MAX_GAP


@dataclass
class Phrasebook:
    """Phrases (as word tuples) → what they mean, loaded from one or more CSV files."""

    phrases: dict[tuple[str, ...], _Entry] = field(default_factory=dict)
    anchored: set[str] = field(default_factory=set)  # the longest word of each `anchored` one
    # `scale` rows: a reorder's quantities times value/100 ("double everything" → 200)
    scales: dict[tuple[str, ...], int] = field(default_factory=dict)
    # phrases with a `*` for any one word (a name: "get * on the phone"): the words before
    # it, the words after it, what they mean
    gapped: list[tuple[tuple[str, ...], tuple[str, ...], _Entry]] = field(default_factory=list)

    @classmethod
    def load(cls, *paths: Path) -> Phrasebook:
        book = cls()
        fillers: list[tuple[tuple[str, ...], _Entry]] = []
        for path in paths or (DEFAULT,):
            for number, row in numbered_rows(path):
                name = row["intent"].strip()
                if name not in {*IntentName, _FILLER, _ORDINAL, _SCALE}:
                    raise ValueError(f"{path}:{number}: unknown intent {name!r}")
                value = int(row["value"]) if (row.get("value") or "").strip() else None
                match = row["match"].strip()
                if match not in _MATCHES:
                    raise ValueError(f"{path}:{number}: unknown match {match!r}")
                entry = _Entry(name, value, row["language"].strip() or "any",
                               match != "whole", match == "anchored")  # fmt: skip
                for phrase in _commanded(row["phrases"].split("|")):
                    if ("*" in phrase or "…" in phrase) and entry.within:
                        head, gap, tail = phrase.partition("*" if "*" in phrase else "…")
                        book.gapped.append((tuple(words_of(head)), tuple(words_of(tail)),
                                            replace(entry, gap=1 if gap == "*" else MAX_GAP)))
                        continue
                    words = tuple(words_of(phrase))
                    if not words:
                        continue
                    if name == _SCALE and value:
                        book.scales.setdefault(words, value)
                        continue
                    if entry.anchored:
                        book.anchored.add(max(words, key=len))
                    if name == _FILLER:
                        fillers.append((words, entry))
                        continue
                    kept = book.phrases.setdefault(words, entry)  # the first meaning wins
                    if kept.intent == name and kept.language != entry.language:
                        # both languages write it ("backorder"): no sign of either
                        book.phrases[words] = replace(kept, language="any")
        for words, entry in list(book.phrases.items()):  # after the phrases written out
            for variant in _clitic_variants(words):
                book.phrases.setdefault(variant, entry)
        for words, entry in fillers:  # a word that is also an intent keeps the intent
            kept = book.phrases.setdefault(words, entry)
            if kept.intent == _FILLER and kept.language != entry.language:
                book.phrases[words] = replace(kept, language="any")  # "pls", "ah": either
        return book

    def recognise(self, text: str) -> Intent:
        """What `text` means (see the module docstring)."""
        rest = EMOJI_NOISE.sub("", unicodedata.normalize("NFC", text)).strip()
        rest = REGARDS_TO.sub("saludos", rest)
        rest = PROFORMA.sub("proforma", rest)  # "proforma invoice" asks a quote, no invoice
        declined = NO_CALL.sub(" ", rest).strip(" ,;.!")
        if declined != rest and words_of(declined) and (wanted := self.recognise(declined)).name:
            return wanted  # "no need to call, just email me the quote": the quote
        quote, rest = _take(QUOTE_NUMBER, rest)
        order, rest = _take(ORDER_NUMBER, rest)
        po, rest = _take(PURCHASE_ORDER, rest, group=1)
        delivery, rest = _take(DELIVERY, rest, group=1)
        if delivery is None:
            delivery, rest = _take(PICKUP, rest)
        delivery = (delivery and NOT_THERE.sub("", delivery).strip(" ,;.!?¡¿")) or None
        said = Intent(None, quote=quote and quote.upper(), order=order and order.upper(),
                      po=po and po.upper(), delivery=delivery, rest=rest.strip())  # fmt: skip
        words = words_of(rest)
        if not words:
            return replace(said, name=I.PURCHASE_ORDER if po or delivery else None)
        # an emoji no phrase knows is a bullet or a mood ("🚀 order it"): the words decide
        words = [w for w in words if (w,) in self.phrases or not PICTOGRAPH.fullmatch(w)] or words
        document = DOCUMENT.search(rest)
        plain = rest[: document.start()] + " " + rest[document.end() :] if document else rest
        anchored = _Anchor(rest, document is not None, not self.anchored.isdisjoint(words))
        if (asked := self._reference(said)) is not None:
            return asked
        changed = REORDER_CHANGED.search(unaccented(rest))
        if changed is not None:
            return replace(said, name=I.REORDER, language="es" if changed["es"] else "en")
        whole = self._segment(_only_after_count(words), anchored)
        if whole is not None:
            return self._decide(whole, said)
        digits = any(w.isdigit() for w in words_of(plain))
        found = _most_decisive(
            [f for clause in _clauses(plain, self.fillers)
             if (f := self._within(clause, anchored))]
        )
        if found is not None and found.intent == I.PROMISE and not anchored.dated():
            # no day said: "¿por qué estoy bloqueado si siempre pago?" asks about the account
            owed = [e for clause in _clauses(plain, self.fillers)
                    for _, e in self._phrases_in(clause, anchored) if e.intent == I.ACCOUNT]
            found = owed[0] if owed else found
        if found is not None and found.intent == I.PROMISE and found.value \
                and (not re.search(r"\d", plain) or _names_item(plain)):
            # "we'll send the PO on friday": no figure, so nothing is paid; "4 contactors
            # …, we'll send our truck on friday": the figure counts an item, not money
            found = None
        if found is not None and found.intent == I.STATUS and found.anchored \
                and document is None and re.search(r"\d", plain) and _names_item(plain):
            # "how much are the contactors 3P 40A? need them going out tomorrow": a date
            # anchors 'going out' to no order; an item with its size is what is asked
            found = None
        # an acceptance in passing beside a quote number, or beside a PO with no figure
        # besides ("Tom signed off. Go ahead with it, PO PIS-210455"); the day it is wanted
        # is no figure ("Approved. PO 7781-22, need it by Dec 4", "para el jueves 3")
        if said.po and digits and not _undated_figures(plain):
            digits = False
        if (said.quote or (said.po and not digits)) and (
                accepted := self._accepting(plain)) is not None:  # fmt: skip
            top = _most_decisive([accepted, *([found] if found else [])]) or accepted
            return replace(said, name=IntentName(top.intent), language=_language([top]))
        if (found is None or digits or found.intent == I.PRICE) \
                and (person := self._person(plain, digits)) is not None:  # fmt: skip
            # a price argued with a person: the person ("call me about volume pricing")
            return replace(said, name=I.HUMAN, language=_language([person]))
        if found is None:
            # "la OC es la 4500-3391, pero espera que la firme el gerente": the PO number
            # with talk and no figure is the PO (kept; `is_polite` tells it from an acceptance)
            return replace(said, name=I.PURCHASE_ORDER) if said.po and not digits else said
        name = IntentName(found.intent)
        if digits and document is None and name in (I.STATUS, I.ACCOUNT) \
                and (bare := self._bare_number(plain)) is not None:
            # "can you send the invoice for 80005? AP is asking": the ERP's number said bare
            return replace(said, name=name, language=_language([found]), reference=bare)
        if digits and (name not in WITH_FIGURES or (name is I.PROMISE and not anchored.dated())) \
                and not (document and name in (I.STATUS, I.ACCOUNT) and _days_only(plain)):
            return said  # "10 rodamientos 6204, pago contado": items, whatever the words
        reference = _upper(document[1]) if document and name in (I.STATUS, I.ACCOUNT) else None
        return replace(said, name=name, language=_language([found]), reference=reference)

    def _reference(self, said: Intent) -> Intent | None:
        """ "estado SO-80003", "where is GD-55120", "factura F-50004": one ERP document."""
        found = REFERENCE.search(said.rest)
        if found is None:
            return None
        rest = said.rest[: found.start()] + " " + said.rest[found.end() :]
        parts = self._segment(words_of(rest), anchored=True)
        if not parts or any(isinstance(p, int) for p in parts):
            return None
        said_ = (_FILLER, _ORDINAL)
        entries = [p for p in parts if isinstance(p, _Entry) and p.intent not in said_]
        top = _most_decisive(entries)
        if top is None or top.intent not in (I.STATUS, I.ACCOUNT):
            return None
        return replace(said, name=IntentName(top.intent), reference=self._number(found[1]),
                       language=_language(entries))  # fmt: skip

    def _bare_number(self, text: str) -> str | None:
        """The one figure of `text` when it is an ERP number said bare after an article or
        a preposition ("the invoice for 80005", "la factura de la 80001"): five digits or
        more, no other figure, no item named; else None (bot/order_tracking.find_order finds
        the order whose number ends so)."""
        figures = re.findall(r"\d+(?:[.,/]\d+)*", text)
        said = BARE_REFERENCE.search(text)
        if len(figures) != 1 or said is None or said[2] != figures[0]:
            return None
        if "".join(words_of(said[1])) not in self.fillers or _names_item(text):
            return None
        return said[2]

    def _number(self, reference: str) -> str:
        """The ERP number asked about as the ERP writes it; "la 80001", "the 80001", "nro
        80001": the bare number (an article is no prefix; bot/order_tracking.find_order
        finds the order whose number ends so)."""
        letters, _, digits = reference.partition(" ")
        if digits and letters.lower() in self.fillers:
            return digits.strip()
        return _upper(reference)

    def _accepting(self, text: str) -> _Entry | None:
        """An acceptance in a clause of a message naming a quote, the clause saying no
        negation (see NEGATION)."""
        for _, words in _short_clauses(text):
            if not NEGATION.isdisjoint(words):
                continue
            found = self._within(words, loose=frozenset({I.ACCEPT}))
            if found is not None and found.intent == I.ACCEPT:
                return found
        return None

    def _person(self, text: str, figures: bool) -> _Entry | None:
        """A person asked for in a clause without figures (see PERSON_MAX_WORDS)."""
        for part, words in _short_clauses(text):
            if any(c.isdigit() for c in part):
                continue
            asked = [e for size, e in self._phrases_in(words)
                     if e.intent == I.HUMAN and (size > 1 or not figures)]  # fmt: skip
            if asked:
                return asked[0]
        return None

    def is_polite(self, text: str) -> bool:
        """Whether `text` is only greetings, thanks, acknowledgements and filler words ("listo,
        va con", "ok"): what may surround a PO number that accepts the last quote."""
        parts = self._segment(words_of(text))
        return parts is not None and all(
            isinstance(p, _Entry) and p.intent in (I.GREETING, I.THANKS, I.ACK, I.YES, _FILLER)
            for p in parts
        )

    def scale(self, text: str) -> Decimal | None:
        """How many times a reorder's quantities `text` asks for ("double everything" → 2,
        "la mitad" → 0.5): the longest `scale` phrase in it; None when it names none."""
        said = self.scale_said(text)
        return said[0] if said is not None else None

    def scale_said(self, text: str) -> tuple[Decimal, list[str]] | None:
        """The scale `text` asks for and its words outside the phrase ("y los rodamientos
        dóblalos" → 2, [y, los, rodamientos]): what they name is what is scaled."""
        words = words_of(text)
        for size in range(min(MAX_PHRASE_WORDS, len(words)), 0, -1):
            for at in range(len(words) - size + 1):
                if (value := self.scales.get(tuple(words[at : at + size]))) is not None:
                    return Decimal(value) / 100, words[:at] + words[at + size :]
        return None

    def asks(self, text: str, intent: IntentName) -> bool:
        """Whether a `within` phrase of `intent` is said in `text`, figures or not ("necesito
        6. ese precio ya incluye el IVA?": the tax asked beside the items)."""
        return any(e.intent == intent for _, e in self._phrases_in(words_of(text)))

    @cached_property
    def fillers(self) -> frozenset[str]:
        """The one-word `filler` phrases ("el", "de", "por", "please"): they do not make a
        sentence long (`_clauses`)."""
        return frozenset(words[0] for words, entry in self.phrases.items()
                         if entry.intent == _FILLER and len(words) == 1)  # fmt: skip

    @cached_property
    def ordinals(self) -> dict[str, int]:
        """The one-word ordinals and their numbers ("segundo" → 2, "second" → 2, "3rd" → 3);
        read once per book (a book is complete when `load` returns it)."""
        return {words[0]: entry.value for words, entry in self.phrases.items()
                if entry.intent == _ORDINAL and entry.value and len(words) == 1}  # fmt: skip

    def is_chatter(self, text: str) -> bool:
        """A salutation or signature line around items: "Hi Mike,", "Saludos, Jorge"."""
        words = words_of(text)
        if not words or len(words) > 4 or any(w.isdigit() for w in words):
            return False
        for size in range(min(3, len(words)), 0, -1):
            entry = self.phrases.get(tuple(words[:size]))
            if entry is not None and entry.intent in (I.GREETING, I.THANKS):
                return True
        return False

    def strip_politeness(self, text: str) -> str:
        """An item line without the words around it: "hola buenas, me cotiza 6 correas
        porfa" → "6 correas"; "¿…? son 6" → "… x 6" (the quantity said after a question)."""
        spans = list(re.finditer(r"\S+", text))
        start = self._polite_run(spans, 0, 1)
        end = self._polite_run(spans, len(spans) - 1, -1)
        if start > end:
            return text.strip()
        core = text[spans[start].start() : spans[end].end()]
        return _SAID_QUANTITY.sub(r" x \1 \2", core).strip(" ,;:¿?¡!")

    def order_opening(self, text: str, intent: IntentName = I.ORDER) -> str | None:
        """The items after an order asked for before them ("pls place an order for 40
        FAS-10148", "quiero hacer un pedido de 10 rodamientos 6204" → "40 FAS-10148"…), or
        a quote (`intent` I.QUOTE: "quote 25 hex bolts M8x20", "cotízame 30 bolsas de …");
        None when the message does not open so."""
        spans = list(re.finditer(r"\S+", text))
        at, ordered = 0, False
        while at < len(spans):
            for size in range(min(MAX_PHRASE_WORDS, len(spans) - at), 0, -1):
                words = words_of(" ".join(m[0] for m in spans[at : at + size]))
                entry = self.phrases.get(tuple(words)) if words else None
                if entry is not None and (entry.intent == intent or entry.intent in _POLITE):
                    ordered = ordered or entry.intent == intent
                    at += size
                    break
            else:
                break
        if not ordered or at >= len(spans):
            return None
        return text[spans[at].start() :].strip()

    def strip_opening(self, text: str) -> str:
        """`text` without the greeting and politeness before it ("hola, cotizar 50 …" →
        "50 …"); the end is left alone."""
        spans = list(re.finditer(r"\S+", text))
        start = self._polite_run(spans, 0, 1)
        if start >= len(spans):
            return text.strip()
        return text[spans[start].start() :].strip()

    def _polite_run(self, spans: list[re.Match[str]], at: int, step: int) -> int:
        """The first word (from `at`, walking by `step`) that is not politeness."""
        while 0 <= at < len(spans):
            if step < 0 and at > 0 and _UNIT_AFTER_COUNT.fullmatch(spans[at][0]) and re.search(
                r"\d$", spans[at - 1][0]
            ):
                return at  # "(3 units)", "6 pcs": the unit of a count, not a filler
            for size in (3, 2, 1):
                chunk = spans[at : at + size] if step > 0 else spans[max(0, at - size + 1) : at + 1]
                words = words_of(" ".join(m[0] for m in chunk))
                entry = self.phrases.get(tuple(words)) if words else None
                if (len(chunk) == size and entry is not None and entry.intent in _POLITE
                        and words[-1 if step > 0 else 0] not in _COUNTING):  # fmt: skip
                    at += step * size
                    break
            else:
                return at
        return at

    def _segment(
        self, words: list[str], anchored: _Anchor | bool = False
    ) -> list[_Entry | int] | None:
        """The message as phrases and numbers, longest phrase first; None if a word is unknown."""
        parts: list[_Entry | int] = []
        at, phrases = 0, self.phrases
        while at < len(words):
            for size in range(min(MAX_PHRASE_WORDS, len(words) - at), 0, -1):
                entry = phrases.get(tuple(words[at : at + size]))
                if entry is not None and (not entry.anchored or anchored):
                    if entry.intent == I.HUMAN and _declined(words, at):  # "no need to call me"
                        entry = replace(entry, intent=I.ACK.value)
                    parts.append(entry)
                    at += size
                    break
            else:
                if words[at].isdigit() and len(words[at]) <= 6:
                    parts.append(int(words[at]))
                    at += 1
                else:
                    return None
        return parts

    def _within(
        self,
        words: list[str],
        anchored: _Anchor | bool = False,
        loose: frozenset[str] = frozenset(),
    ) -> _Entry | None:
        """The most decisive phrase found inside; a phrase inside a longer one found too does
        not count ("me envían el estado de cuenta": the account, not an order's status).
        `loose`: intents whose `whole` phrases count here too."""
        return _most_decisive([e for _, e in self._phrases_in(words, anchored, loose)])

    def _phrases_in(
        self,
        words: list[str],
        anchored: _Anchor | bool = False,
        loose: frozenset[str] = frozenset(),
    ) -> list[tuple[int, _Entry]]:
        """The `within` phrases found inside `words` (and the `loose` intents' phrases), each
        with its length in words, less those inside a longer one found too."""
        found = [
            (at, size, entry)
            for size in range(min(MAX_PHRASE_WORDS, len(words)), 0, -1)
            for at in range(len(words) - size + 1)
            if (entry := self.phrases.get(tuple(words[at : at + size])))
            and (entry.within or entry.intent in loose) and (not entry.anchored or anchored)
        ]
        for head, tail, entry in self.gapped:  # "get * on the phone": "get Paula on the phone"
            gaps = (1,) if entry.gap == 1 else range(1, entry.gap + 1)  # "ach … goes out"
            found += [(at, size, entry) for gap in gaps
                      for size in [len(head) + gap + len(tail)]
                      for at in range(len(words) - size + 1)
                      if tuple(words[at : at + len(head)]) == head
                      and tuple(words[at + len(head) + gap : at + size]) == tail
                      and (not entry.anchored or anchored)]  # fmt: skip
        return [
            (size, replace(entry, intent=I.ACK.value) if declined else entry)
            for at, size, entry in found
            if not any(a <= at and at + size <= a + s and s > size for a, s, _ in found)
            for declined in [entry.intent == I.HUMAN and _declined(words, at)]
        ]  # a call said no to is a nod: "please don't call me, I'm in meetings all day"

    def _decide(self, parts: list[_Entry | int], said: Intent) -> Intent:
        entries = [p for p in parts if isinstance(p, _Entry) and p.intent != _FILLER]
        numbers = tuple(
            p if isinstance(p, int) else p.value or 0
            for p in parts
            if isinstance(p, int) or p.intent == _ORDINAL
        )
        top = _most_decisive([e for e in entries if e.intent != _ORDINAL])
        name: IntentName | None
        if top is None:
            name = I.CHOOSE if numbers else I.PURCHASE_ORDER if said.po or said.delivery else None
            if name is None and not said.quote and not said.order:
                name = I.ACK  # only filler words: "por favor", "please"
        elif numbers and IntentName(top.intent) in SOFT:
            name = I.CHOOSE
        elif top.intent == I.NO and any(
                isinstance(p, _Entry) and p.intent == I.NO and _between_figures(parts, at)
                for at, p in enumerate(parts)):
            name = None  # "el primero son 12 no 10", "30 no 20": a cart line corrected
        else:
            name = IntentName(top.intent)
        fillers = [p for p in parts if isinstance(p, _Entry) and p.intent == _FILLER]
        return replace(said, name=name, numbers=numbers, language=_language(entries, fillers))


_COUNTING = {"a", "an", "un", "una", "uno"}  # "a pair", "una docena": part of the quantity
# The Spanish object pronoun agrees with the thing ("ya la despacharon?" of an order, "ya
# los despacharon?" of the bolts): a phrase written with one form means the same with the
# others, so intents.csv need not list all four of every phrase.
_CLITICS = ("lo", "la", "los", "las")


# A `{verb}` in a phrase (an -ar verb, "{cotizar}", "{pasar} la cotizacion") stands for its
# commands as buyers write them, with the pronouns they hang on it: the tú and vos form
# (cotiza, pasame), usted's (cotice, cotícelo, pásenos), ustedes' (coticen, mándenmela), so
# intents.csv names the verb once and never misses "cotícelo" for having "cotízalo".
_COMMAND = re.compile(r"\{([a-z]+)ar\}")
_ENCLITICS = ("", "me", "nos", "lo", "la", "los", "las", "le", "les", "melo", "mela", "melos",
              "melas", "noslo", "nosla", "noslos", "noslas", "selo", "sela", "selos", "selas")
_BEFORE_E = (("z", ("c", "z")), ("c", ("qu",)), ("g", ("gu",)))  # cotice (cotize), saque, pague


def _commanded(phrases: Iterable[str]) -> Iterator[str]:
    """Each phrase, a `{verb}` in it written out as each of its commands (see `_COMMAND`)."""
    for phrase in phrases:
        found = _COMMAND.search(phrase)
        if found is None:
            yield phrase
            continue
        for form in _commands(found[1]):
            yield from _commanded([phrase[: found.start()] + form + phrase[found.end() :]])


def _commands(stem: str) -> Iterator[str]:
    """The commands of the -ar verb of `stem` ("cotiz"), with a pronoun or two on them."""
    before_e = next((tuple(stem[:-1] + c for c in spelled) for end, spelled in _BEFORE_E
                     if stem.endswith(end)), (stem,))  # fmt: skip
    bases = [stem + "a", *(b + "e" for b in before_e), *(b + "en" for b in before_e)]
    for base in bases:
        for pronoun in _ENCLITICS:
            yield base + pronoun


def _clitic_variants(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """`words` with each of its object pronouns in its other forms (one at a time)."""
    for at, word in enumerate(words):
        if word in _CLITICS and len(words) > 1:
            for other in _CLITICS:
                if other != word:
                    yield (*words[:at], other, *words[at + 1 :])
_POLITE = {I.GREETING, I.THANKS, I.ACK, I.YES, I.QUOTE, _FILLER}
# Filler words that, right after a number, are its unit: kept on an item line.
_UNIT_AFTER_COUNT = re.compile(
    r"(?:units?|pcs|pieces|unidad(?:es)?|piezas|un|und)\.?\)?[.,;]?", re.I
)
_SAID_QUANTITY = re.compile(
    r"[?,.]?\s*\b(?:son|ser[ií]an|need|necesito|necesitamos|quiero)\s+(\d+(?:[.,]\d+)?)"
    r"\s*(mts?|metros|m|unidades|uds|pcs|units)?\s*$",
    re.I,
)


def _between_figures(parts: list[_Entry | int], at: int) -> bool:
    """Whether the phrase at `at` stands between two numbers ("12 no 10": the count, then
    the one it replaces; "no, el de 1/2 no el de 3/4": the second no, not the first)."""
    return any(isinstance(p, int) for p in parts[:at]) and any(
        isinstance(p, int) for p in parts[at + 1 :])


def _only_after_count(words: list[str]) -> list[str]:
    """ "2 no más" is Chile's "2 nomás" (only two), never a no: the two words after a count
    read as the one filler word."""
    out: list[str] = []
    for word in words:
        if word == "mas" and len(out) >= 2 and out[-1] == "no" and out[-2].isdigit():
            out[-1] = "nomas"
        else:
            out.append(word)
    return out


def _upper(reference: str) -> str:
    """ "gd 55120" → "GD-55120": an ERP number as the ERP writes it."""
    return re.sub(r"\s+", "-", reference.upper())


class _Anchor:
    """Whether a message is anchored: an ERP document number said, or a date beside one of
    the `anchored` phrases' words. The date is read (bot/promises.py, the costly part) only
    when an anchored phrase or a promise among figures needs it, and once per message."""

    __slots__ = ("_date", "_document", "_text", "_worded")

    def __init__(self, text: str, document: bool, worded: bool) -> None:
        self._text, self._document, self._worded = text, document, worded
        self._date: bool | None = None

    def dated(self) -> bool:
        if self._date is None:
            self._date = _said_date(self._text)
        return self._date

    def __bool__(self) -> bool:
        return self._document or (self._worded and self.dated())


def _names_item(text: str) -> bool:
    """Whether `text` names a catalog item (bot/item_words.py, imported here: the matcher's
    modules are loaded only when a message needs them)."""
    from bot.item_words import names_item

    return names_item(text)


def _declined(words: list[str], at: int) -> bool:
    """Whether the person or call found at `at` is said no to just before it ("please
    don't call me, just email the quote", "no need to call me", "can't talk on the phone
    right now", "no hace falta que me llamen", "no quiero hablar con nadie, solo la
    cotización"). A negation asking back ("why can't I talk to someone", "no, I want a real
    person") is no veto, nor a bare "no" opening the message right before it: an answer
    ("no, call me", "no, quiero hablar con alguien")."""
    start = max(0, at - DECLINED_WITHIN)
    return any(
        words[i] in NEGATION and words[i + 1] not in ASKING_BACK
        and not (i == 0 and i + 1 == at and words[i] == "no")
        for i in range(start, at)
    )


def _undated_figures(text: str) -> bool:
    """Whether `text` has a figure besides the day it names ("by Dec 4": none)."""
    from bot.promises import without_date

    return re.search(r"\d", without_date(_FRACTION.sub(" 1 ", text), _SOME_DAY)) is not None


def _said_date(text: str) -> bool:
    """Whether `text` names a day (bot/promises.py reads it: "el viernes", "tomorrow",
    "el 4/12")."""
    from bot.promises import read  # imported here: promises is heavy and rarely needed

    return read(_FRACTION.sub(" ", text), _SOME_DAY) is not None


_SOME_DAY = dt.date(2026, 1, 7)
# An inch size ("valvulas 1/2", "disco 4 1/2", "3/8"): no date ("10 valvulas 1/2, pago contado").
_FRACTION = re.compile(r"(?<![\d/])(?:[1-9]|1[1-5])/(?:2|4|8|16|32|64)(?![\d/])")


def _clauses(text: str, fillers: frozenset[str] = frozenset()) -> list[list[str]]:
    """Where a `within` phrase is looked for: the whole message when it is short, else each
    of its short sentences or comma-separated clauses ("quiero hablar con un vendedor, es
    para un proyecto grande": the first). Figures and filler words do not make a sentence
    long ("el lunes 30 transfiero 5.373 de la F-50003", "me puede enviar el estado de cuenta
    de Constructora Sur por favor")."""
    parts = [text] if _short(words_of(text), fillers) else CLAUSE.split(text)
    return [words for part in parts if (words := _short(words_of(part), fillers))]


def _short_clauses(text: str) -> Iterator[tuple[str, list[str]]]:
    """Each clause of a message (see CLAUSE) short enough for an acceptance or a person
    asked for in passing (PERSON_MAX_WORDS), with its words: the walk `_accepting` and
    `_person` share, each then with its own veto (a negation; figures)."""
    for part in CLAUSE.split(text):
        words = words_of(part)
        if words and len(words) <= PERSON_MAX_WORDS:
            yield part, words


def _short(words: list[str], fillers: frozenset[str] = frozenset()) -> list[str] | None:
    """`words` when they are few enough for a phrase in passing to say what they mean."""
    wordy = [w for w in words if not any(c.isdigit() for c in w) and w not in fillers]
    return words if wordy and len(wordy) <= WITHIN_MAX_WORDS else None


def _days_only(text: str) -> bool:
    """Whether every figure of `text` may be a day of the month ("la F-50004 vence el 12,
    cierto?", "is F-50011 due on the 10th?"): asked about a document, not items."""
    return all(int(w) <= 31 for w in re.findall(r"\d+", text))


def _take(pattern: re.Pattern[str], text: str, group: int = 0) -> tuple[str | None, str]:
    """The first match of `pattern` (its `group`), and `text` without the whole match."""
    found = pattern.search(text)
    if not found:
        return None, text
    return found[group], text[: found.start()] + " " + text[found.end() :]


def _most_decisive(entries: list[_Entry]) -> _Entry | None:
    ranked = [e for e in entries if e.intent in PRIORITY]
    return min(ranked, key=lambda e: PRIORITY.index(IntentName(e.intent)), default=None)


def _language(entries: list[_Entry], fillers: Sequence[_Entry] = ()) -> str | None:
    """The language the phrases are in; a language asked for by name wins ("quote in
    English", "cotización en inglés"). None when the filler words around are more of the
    other language: "whats the tracking # for the UPS one?" is English, whatever 'ups'
    (Spanish for oops) says."""
    asked = {e.language for e in entries if e.intent == I.LANGUAGE and e.language != "any"}
    said = asked or {e.language for e in entries if e.language in ("en", "es")}
    if len(said) != 1:
        return None
    language = said.pop()
    votes = [e.language for e in [*entries, *fillers] if e.language in ("en", "es")]
    ours = votes.count(language)
    return language if asked or ours > len(votes) - ours else None


@lru_cache(maxsize=1)
def default_book() -> Phrasebook:
    return Phrasebook.load()


def recognise(text: str) -> Intent:
    """What `text` means, with the phrases shipped in intents.csv."""
    return default_book().recognise(text)


def strip_politeness(text: str) -> str:
    """An item line without greetings, thanks and fillers around it."""
    return default_book().strip_politeness(text)


def strip_opening(text: str) -> str:
    """An item line without the greeting and politeness before it (the end kept)."""
    return default_book().strip_opening(text)


def order_opening(text: str) -> str | None:
    """The items after "place an order for" / "hagan un pedido de", or None."""
    return default_book().order_opening(text)


def order_closing(text: str, intent: IntentName = I.ORDER) -> str | None:
    """The items before an order asked for in the message's last clause ("40 6202-2Z SKF
    then, order", "necesito 8 correas b62 bando, pedido porfa"), or a quote (`intent`
    I.QUOTE: "10 schneider 32a contactors, quote please", "30 kg 7018 esab, cotízame"), or
    None: the clause after the last comma says nothing but that and politeness."""
    head, comma, tail = text.rpartition(",")
    if not comma or not head.strip() or not re.search(r"\d", head):
        return None
    said = recognise(tail)
    if said.name is not intent or said.po or said.delivery or re.search(r"\d", tail):
        return None
    return re.sub(r"\s+(?:then|entonces)\s*$", "", head.strip(), flags=re.I) or None


def quote_opening(text: str) -> str | None:
    """The items after a quote asked for before them ("quote 25 hex bolts M8x20",
    "cotízame 30 bolsas de amarras"), or None."""
    return default_book().order_opening(text, I.QUOTE)


def quote_closing(text: str) -> str | None:
    """The items before a quote asked for in the message's last clause ("10 schneider 32a
    contactors 24vdc coil, quote please", "30 kg 7018 5/32 esab, quote"), or None."""
    return order_closing(text, I.QUOTE)


def scale_said(text: str) -> tuple[Decimal, list[str]] | None:
    """The scale a message asks for and its other words (`Intents.scale_said`)."""
    return default_book().scale_said(text)


def is_polite(text: str) -> bool:
    """Whether `text` is only politeness and filler words (see Phrasebook.is_polite)."""
    return default_book().is_polite(text)


def scale_of(text: str) -> Decimal | None:
    """A reorder's quantities scaled as `text` says ("double everything" → 2), or None."""
    return default_book().scale(text)


def ordinals() -> dict[str, int]:
    """The one-word ordinals of intents.csv ("segunda" → 2), for lines named by position."""
    return default_book().ordinals


def is_chatter(text: str) -> bool:
    """Whether a line of a longer message is a salutation or a signature, not an item."""
    return default_book().is_chatter(text)


def asks(text: str, intent: IntentName) -> bool:
    """Whether `text` says a phrase of `intent` in passing (see Phrasebook.asks)."""
    return default_book().asks(text, intent)


def fillers() -> frozenset[str]:
    """The one-word filler phrases of intents.csv ("los", "the", "por"), which name nothing."""
    return default_book().fillers
