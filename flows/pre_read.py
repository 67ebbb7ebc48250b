"""How a chat message is read before the table picks its handler: what it asks when a
first reading says nothing, and where its sentences and clauses are cut.

A message's intent is read whole (bot/intents.py); these readers look past the talk
around it ("we're a contractor in Kalgoorlie. can you send a quote"), at whom a quote is
for, at an invoice named by its amount or by the one just shown, and at its language.
They only read: they return an `Intent` or text, and never answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from sqlmodel import select

from bot.intents import Intent, recognise
from bot.item_words import names_item
from bot.joined.talk import thing_asked
from bot.matching.text import fold
from bot.models import Receivable
from bot.talk import is_talk
from bot.words import words_of
from flows.chat_states import I
from flows.language import detect_language
from flows.turn import Turn

# A question asked of the shop, not of an item ("do you ship up to Canada or just the
# US?", "¿hacen envíos a regiones?"): a question mark, or a question's first word.
QUESTION = re.compile(
    r"\?\W*$|^\W*(?:(?:oh|ah|and|so|ok|y|e|pero|but|wait|hold on|hm+|um+|uh+|hey|oye|espera)"
    r"\W+)*(?:do|does|did|can|could|would|will|"
    r"are|is|how|what|when|where|why|who|cu[aá]ndo|c[oó]mo|d[oó]nde|qu[eé]|por qu[eé]|"
    r"hacen|pueden|podr[ií]an)\b",
    re.IGNORECASE,
)


# Money in a question about a price ("why $80.59?? we paid 72.71 in June", "¿por qué
# subieron, si las pagamos a 11,99?"): an amount with a currency sign or with cents, never
# an item's size or count.
_MONEY = re.compile(
    r"(?:us\$|usd|clp|\$|€)\s*\d[\d.,]*|(?<![\w.,/-])\d{1,3}(?:([.,])\d{3})*[.,]\d{2}(?![\w.,/-])",
    re.I,
)


def a_question(turn: Turn, text: str) -> bool:
    """Whether a line the matcher found nothing for is a question about something else than
    an item: no figure but money, no word of the catalog, no brand. It is answered as such
    (a seller answers it), never kept as an open cart line."""
    if not QUESTION.search(text) or re.search(r"\d", _MONEY.sub(" ", text)) or names_item(text):
        return False
    words = set(re.findall(r"[^\W\d_]+", fold(text)))
    return not words & turn.services.index.brands


# Where a message that does several things is cut: its sentences and clauses, and "y",
# "and", "then" between them ("cámbialo por el skf y hazme el pedido").
PARTS = re.compile(
    r"[.;!?\n]+\s*|,\s*|\s+(?:y luego|y despu[eé]s|and then|then|y|e|and|&|\+)\s+", re.I
)


# Where a message's sentences end ("we're Lone Star Mechanical out of Tyler TX. can you …").
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _talk(sentence: str) -> bool:
    """A sentence without a figure, an item, an intent or a thing asked for by name ("sorry,
    wrong chat."; "¿tienen hidrolavadora karcher?" is a line, though we may not sell it)."""
    return not re.search(r"\d", sentence) and not names_item(sentence) \
        and recognise(sentence).name is None and not thing_asked(sentence)  # fmt: skip


def items_after_talk(text: str) -> str:
    """A message's items without the sentences of talk before them ("jaja perdón, copié
    el mail del proveedor. agrégale 12 automáticos 3P 40A", "sorry, wrong chat. need 10
    …"): a sentence before the items with no figure, no item and no intent (an order
    asked: "ok háganme el pedido.") is no line."""
    if "\n" in text.strip():
        return text  # a list: its lines are read one by one
    sentences = _SENTENCES.split(text.strip())
    at = 0
    while at < len(sentences) - 1 and _talk(sentences[at]):
        at += 1
    return " ".join(sentences[at:]) if at and re.search(r"\d", sentences[at]) else text


# Whom a quote asked for is made out to, after the asking words: "cotiza a nombre de la minera
# nomás", "mándeme la cotización porfa, es para Talleres Garza SA de CV", "send the quote, it's
# for Acme Tools LLC", "quote it in the name of Northwind".
_ADDRESSEE = re.compile(
    r"[,.;:]?\s*\b(?:a nombre de|al nombre de|(?:es|son|va|ser[ií]a)\s+para(?:\s+la empresa)?|"
    r"para la empresa|it'?s for|it is for|(?:made )?out to|in the name of|under the name(?: of)?|"
    r"addressed to|for the company)\s+(?P<who>[^\W\d_][^\n]{1,119}?)\s*[.!]*$",
    re.IGNORECASE,
)


# Words that name no company ("es para la empresa", "it's for our company"): nothing kept.
_NOBODY_NAMED = frozenset((
    "la", "el", "los", "las", "mi", "nuestra", "nuestro", "su", "una", "un", "empresa",
    "compania", "firma", "negocio", "the", "our", "my", "a", "company", "business", "firm",
    "work", "job", "trabajo", "pega", "nomas", "porfa", "please", "pls", "por", "favor",
))  # fmt: skip


def quote_for_whom(turn: Turn, said: Intent) -> Intent:
    """A quote asked with whom it is for named after it: the quote asked (a guest's company
    kept as the lead's, for the seller); the name is no item, whatever words it has ("es para
    Ferretería El Tornillo"). Else `said` as it was."""
    found = _ADDRESSEE.search(turn.text) if said.name is None else None
    if found is None or re.search(r"\d", turn.text):
        return said
    asked = recognise(turn.text[: found.start()])
    if asked.name is not I.QUOTE:
        return said
    who = found["who"].strip(" ,;.")
    if turn.customer is None and set(words_of(who)) - _NOBODY_NAMED:
        turn.data.setdefault("lead", {}).setdefault("company", who[:120])
    return asked


# An invoice named by what it is for ("the 1250 one", "la de 2.300"), asked about: words of
# invoices, disputes and due dates beside the figure.
_ABOUT_INVOICE = re.compile(
    r"\b(?:disput\w*|invoice\w*|inv|factura\w*|vence\w*|vencid\w*|due|overdue|paid|pagad\w*|"
    r"reclam\w*|one|la de|el de)\b",
    re.IGNORECASE,
)


def invoice_by_amount(turn: Turn, said: Intent) -> Intent:
    """ "and the 1250 one is still disputed right?", "¿y la de 2.300 sigue en disputa?": the
    customer's one open invoice whose balance or amount is the message's one figure, asked
    about (its line first, as when named by number). Only with words of invoices beside it
    and no item named; else `said` as it was."""
    if said.name is not None or turn.customer is None or not _ABOUT_INVOICE.search(turn.text):
        return said
    figures = re.findall(r"\d[\d.,]*", turn.text)
    if len(figures) != 1 or names_item(turn.text):
        return said
    digits = re.sub(r"[.,](?=\d{3}(?:\D|$))", "", figures[0]).replace(",", ".").rstrip(".")
    try:
        value = Decimal(digits)
    except ArithmeticError:
        return said
    rows = turn.session.exec(select(Receivable).where(
        Receivable.customer_id == turn.customer.customer_id)).all()
    named = [r.invoice for r in rows if value in (r.balance, r.amount)]
    if len(named) != 1:
        return said
    return replace(said, name=I.ACCOUNT, reference=named[0],
                   language=turn.conversation.language)


def invoice_in_context(turn: Turn, said: Intent) -> Intent:
    """ "when's it due?", "¿y cuándo vence?", "send me a copy" right after an invoice was
    shown by its number: that invoice asked (its due date and balance first). Only a
    message without figures that names its invoice phrase (intents.csv, `anchored`)."""
    invoice = turn.data.get("invoice_asked")
    if said.name is not None or not invoice or re.search(r"\d", turn.text):
        return said
    again = recognise(f"{turn.text} {invoice}")
    return again if again.name is I.ACCOUNT and again.reference == invoice else said


def asked_after_talk(text: str) -> Intent:
    """What a message asks: as a whole, or, when that reads as nothing, its last sentence
    asking for the quote after sentences of talk without a figure ("we're a maintenance
    contractor in Kalgoorlie. can you send a quote mate", "small fab shop in Germiston.
    lekker, send a quote", "somos una ferretería de Rosario. pasame el presupuesto")."""
    said = recognise(text)
    if said.name is not None or re.search(r"\d", text):
        return said
    sentences = [s for s in _SENTENCES.split(text.strip()) if s.strip(" .!?")]
    if len(sentences) < 2 or any(names_item(s) for s in sentences[:-1]):
        return said  # "do you sell gaskets? send a quote": an item asked first
    last = recognise(sentences[-1])
    if last.name == I.ORDER and all(is_talk(s) for s in sentences[:-1]):
        return last  # "acá lloviendo todo el día jaja. listo, hágame el pedido"
    return last if last.name == I.QUOTE else said


def switch_language(turn: Turn, said: Intent, text: str | None = None) -> None:
    """A message (`text` of it, when only that part is the buyer's own words) clearly in
    the other language switches the chat to it."""
    text = turn.text if text is None else text
    words = len(text.split())
    language = said.language if said.name and words >= 2 else None
    if language is None and words >= 3:
        language = detect_language(text)
    if language and language != turn.conversation.language:
        turn.conversation.language = language
