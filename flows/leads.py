"""A guest's order or account asked: who buys (company, tax id, email), asked and read in
any order over one or several messages, and the chat a lead in the sellers' queue once all
three are given. Apart from flows/ordering.py, which asks for them when a guest orders:
reading a company's data is its own concept (tax ids of many countries, labels that name no
company), and ordering.py stays about carts, quotes and orders."""

from __future__ import annotations

import re

from bot import audit
from bot.companies import LEGAL_FORM
from bot.handoff import QueueReason, subject_of
from bot.intents import Intent, recognise
from bot.item_words import names_item
from bot.statuses import ConversationState
from bot.talk import asks
from bot.tax_ids import is_item_word, label_for, label_of
from bot.tax_ids import names as tax_names
from bot.words import words_of
from flows.turn import Turn

LEAD, IDLE = ConversationState.LEAD.value, ConversationState.IDLE.value

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A Chilean RUT (76.123.456-7), or a tax id named as such (RUT/NIT/RFC/CUIT/tax id …), as
# each country names it (bot/tax_ids.csv: Kenya's KRA PIN, India's GSTIN, Ecuador's RUC …)
# and as buyers anywhere write it (bot/tax_id_names.csv: Canada's BN, the US EIN, a TIN, a
# VAT or tax number, a UK company number); a Mexican RFC may be written in its three parts
# ("RFC TGA 150312 KX4"). A name is a whole word ("vatios", "Einhell-1200" name none).
_NAMED = "c[eé]dula jur[ií]dica|" + "|".join(re.escape(n) for n in tax_names())
TAX_ID = re.compile(
    r"\b(?:(?P<name>" + _NAMED + r")(?![^\W\d_])\s*(?:no\.?|number)?"
    r"\s*[:#]?\s*"
    r"(?P<id>[a-zñ&]{3,4}[\s-]\d{6}[\s-][a-z\d]{3}\b|\d{2,3}(?: \d{3}){2,3}\b|"
    r"[\w.-]*\d[\w.-]*(?:/[\d-]+)?)"  # ABN "51 824 753 556": groups of three
    r"|(?P<rut>\d{1,2}\.\d{3}\.\d{3}-[\dkK]))",
    re.I,
)
# The figures a tax id named by a word of items carries, at least ("VAT GB123456789", "TIN
# 123-456-789"); fewer, and the words are an item ("vat 200l", "2 crn 10-3 pumps").
ITEM_WORD_FIGURES = 6


def tax_id_in(text: str) -> re.Match[str] | None:
    """The first tax id `text` gives: a name and an id, or a Chilean RUT written bare; a
    name that is also a word of items (bot/tax_id_names.csv) only before an id of at least
    ITEM_WORD_FIGURES figures."""
    for found in TAX_ID.finditer(text):
        if not names_item_word(found):
            return found
    return None


def names_item_word(found: re.Match[str]) -> bool:
    """Whether a TAX_ID match is an item's words: a name that is also a word of items
    before too few figures for a tax id ("vat 200l")."""
    return bool(found["name"]) and is_item_word(found["name"]) \
        and len(re.findall(r"\d", found["id"] or "")) < ITEM_WORD_FIGURES  # fmt: skip


def tax_value(found: re.Match[str]) -> str:
    """The tax id a TAX_ID match read, without a closing dot."""
    return (found["id"] or found["rut"]).strip(".")


def tax_label(found: re.Match[str]) -> str | None:
    """The name the buyer gave their tax id, as the bot shows it ("ruc" → "RUC", "kra pin" →
    "KRA PIN", "company number" as written); None for a generic one ("tax id", "tax no"),
    which the country's own name stands for, or a Chilean RUT written bare."""
    name = found["name"]
    if not name or _GENERIC_TAX_NAME.fullmatch(name):
        return None
    return label_of(name) or (
        name.upper() if re.fullmatch(r"[a-z]{2,5}", name, re.I) else " ".join(name.split())
    )


_GENERIC_TAX_NAME = re.compile(r"tax\s*(?:id|number|no|#)\.?", re.I)


COMPANY_LEAD = re.compile(r"^(?:compro para|compramos para|somos|soy de|empresa|company|we are|"
                          r"i buy for|buying for|from)\s*:?\s*", re.I)  # fmt: skip
# Words that only label the data given ("y el correo es …", "and our email is …"): what
# is left of such a message is no company name.
LEAD_LABELS = frozenset((
    "y", "e", "el", "la", "mi", "nuestro", "nuestra", "su", "es", "son", "correo", "mail",
    "email", "electronico", "de", "contacto", "rut", "nit", "rfc", "cuit", "ruc", "and",
    "the", "our", "my", "is", "tax", "id", "vat", "ein", "address", "aqui", "va", "ahi",
    "bn", "business", "number", "gst", "hst", "tin", "trn", "cif", "nif", "no", "neq", "qst",
    "tvq", "cnpj", "cpf", "cuil", "fein", "abn", "acn", "utr", "crn", "registration",
))  # fmt: skip


def ask_lead(turn: Turn, said: Intent, *, account: bool = False) -> str:
    """Who buys (company, tax id, email), asked of a guest who orders, or who asks about an
    account ("how do we set up an account", "estado de cuenta"): there is none to show, so
    the chat becomes a lead once they are given."""
    lead = turn.data.setdefault("lead", {})
    turn.data["lead_for_account"] = account
    return _lead_answer(turn, lead)


# An item line's count, what opens it aside ("20 tin snips", "add 2 crn 10-3 pumps").
_COUNT = re.compile(r"(?<![\w.,-])\d+(?:[.,]\d+)?\s*(?:x\s*)?[^\W\d_]{2,}", re.I)


# A text its legal form closes: a company, whatever figure opens its name.
_COMPANY_CLOSED = re.compile(r"\s" + LEGAL_FORM + r"[\s!]*$", re.I)


def items_instead(text: str) -> bool:
    """Whether a guest asked who buys writes items instead of their data ("20 tin snips",
    "vat 200l", "add 2 crn 10-3 pumps"): no email nor tax id, and a name of a tax id that is
    a word of items, or a count first (after words that ask or add only, bot/talk.py)."""
    if EMAIL.search(text) or tax_id_in(text):
        return False
    if any(names_item_word(found) for found in TAX_ID.finditer(text)):
        return True
    if _COMPANY_CLOSED.search(text) and not names_item(text):
        return False  # "3 Hermanos Ltda", "84 Lumber Co": who buys, a figure opening its name
    count = _COUNT.search(text)
    before = text[: count.start()].strip() if count else ""
    return count is not None and (not before or (not re.search(r"\d", before) and asks(before)))


def gives_lead(text: str) -> bool:
    """Whether a guest's message carries who buys: an email, or a tax id of some length
    ("VAT GB123456789", "RFC ABA150312KQ7"), so it is read as the lead, not as items."""
    tax = tax_id_in(text)
    return bool(EMAIL.search(text) or (tax and len(tax_value(tax)) >= 8))


# Where a message's sentences end ("…, RIF J-40123456-7. Necesitamos 8 rodamientos …").
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[¿¡\w])|\n+")
# What introduces the company a guest writes for ("buenas, les escribe …", "We are …").
_INTRO = re.compile(
    r"^.*?\b(?:les? escribe|te escribe|les escribimos|les habla|somos|soy de|escribo de|"
    r"de parte de|compr(?:o|amos) para|we are|we're|this is|i am from|i'm from|writing from|"
    r"buying for|i buy for)\s+",
    re.I,
)


def given_with_items(turn: Turn) -> None:
    """A guest's company, tax id and email said with the items ("buenas, les escribe
    Inversiones Orinoco C.A., RIF J-40123456-7. Necesitamos 8 rodamientos …"): kept for the
    lead, so an order later asks only what is missing, and never asks them again. Only the
    sentences carrying a tax id or an email are read; the items are read as ever."""
    if turn.customer is not None or not gives_lead(turn.text):
        return
    lead = turn.data.setdefault("lead", {})
    for sentence in _SENTENCES.split(turn.text):
        if not gives_lead(sentence):
            continue
        email, tax = EMAIL.search(sentence), tax_id_in(sentence)
        if email:
            lead.setdefault("email", email[0])
        if tax:
            lead.setdefault("tax_id", tax_value(tax))
            if tax_label(tax):
                lead.setdefault("tax_label", tax_label(tax))
        intro = _INTRO.match(sentence)
        first = re.split(r",\s", sentence[intro.end() if intro else 0 :], maxsplit=1)[0]
        company = first.strip(" ,;") if intro else ""  # "C.A." keeps its dot
        if len(company) >= 3 and not (tax and tax[0] in company) \
                and not (email and email[0] in company):  # fmt: skip
            lead.setdefault("company", company[:120])


# A company named alone, its legal form closing it: "Inversiones Orinoco C.A.", "somos
# Constructora Andes Ltda", "hi, we are Eko Fabrication Works Ltd".
_ALONE = re.compile(
    r"^(?:(?:hola|buenas(?: tardes| noches| dias)?|buen dia|hi|hello|hey|good (?:morning|"
    r"afternoon|evening))\W+)*(?:(?:somos de|somos|soy de|les? escribe|te escribe|escribo de|"
    r"de parte de|compr(?:o|amos) para|we are from|we're from|we are|we're|this is|i am from|"
    r"i'm from|writing from|buying for|i buy for|empresa|company)\s*:?\s+)?"
    r"(?P<company>[^\W\d][^\d\n?,;]{2,118}?\s" + LEGAL_FORM + r")[\s!]*$",
    re.I,
)


def company_alone(turn: Turn, said: Intent) -> str | None:
    """The company a guest names alone, with its legal form ("Inversiones Orinoco C.A.",
    answering the greeting's "which company?"), kept for the lead; None otherwise. Read as
    items, it was an open line for a seller, or options of whatever its words matched."""
    if turn.customer is not None or turn.conversation.state != IDLE or said.name is not None:
        return None  # "mándame la cotización, es para Ferretería El Tornillo SRL": the quote
    alone = _ALONE.match(turn.text.strip())
    if alone is None or names_item(alone["company"]):
        return None  # "motor monofásico CA": an item
    company = alone["company"].strip(" ,;")
    turn.data.setdefault("lead", {})["company"] = company
    return company


def lead_details(turn: Turn, said: Intent) -> str:
    """A guest's company, tax id and email, in any order, in one or several messages; what
    the buyer says before them ("brill, go ahead and order them.", "ok ya la aprobaron, ¿nos
    pueden facturar?") is no company name (`_after_talk`)."""
    lead = turn.data.setdefault("lead", {})
    text = _after_talk(turn.text.strip())
    email = EMAIL.search(text)
    if email:
        lead["email"] = email[0]
        text = text.replace(email[0], " ")
    tax = tax_id_in(text)
    if tax:
        lead["tax_id"] = tax_value(tax)
        if tax_label(tax):
            lead["tax_label"] = tax_label(tax)
        text = text.replace(tax[0], " ")
    company = COMPANY_LEAD.sub("", re.sub(r"\s*[,;]\s*", ", ", text).strip(" ,;.")).strip(" ,;.")
    if company and len(company) >= 3 and not set(words_of(company)) <= LEAD_LABELS:
        lead["company"] = company[:120]
    return _lead_answer(turn, lead)


# A clause of a message: up to a sentence's end or a comma before a space.
_CLAUSE = re.compile(r"[^\n]*?(?:[.,;!?]+(?=\s)|\n|$)")


def _after_talk(text: str) -> str:
    """`text` without the clauses before the lead's data that are a question or something
    the bot reads as an intent (an acknowledgement, the order, an acceptance)."""
    at = 0
    for clause in _CLAUSE.finditer(text):
        said = clause[0].strip()
        if not said:
            break
        if not said.endswith("?") and recognise(said.rstrip(".,;!")).name is None:
            break
        at = clause.end()
    return text[at:].strip() or text


def _lead_answer(turn: Turn, lead: dict[str, str]) -> str:
    """Ask what is missing of who buys; once all three are given, the lead is captured (its
    own audit event, with the data the seller opens the account from) and queued."""
    account = bool(turn.data.get("lead_for_account"))
    missing = [f for f in ("company", "tax_id", "email") if not lead.get(f)]
    label = lead.get("tax_label") or label_for(turn.conversation.address)
    if missing:
        turn.say("lead", done=False, missing=missing, account=account, tax_label=label)
        return LEAD
    audit.record(turn.session, subject_of(turn.conversation.id or 0), "lead_captured",
                 turn.actor, turn.cause, company=lead.get("company"), tax_id=lead.get("tax_id"),
                 tax_label=label, email=lead.get("email"), account=account)  # fmt: skip
    turn.say("lead", done=True, account=account, **{**lead, "tax_label": label})
    return turn.escalate(QueueReason.LEAD)
