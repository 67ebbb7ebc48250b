"""Sentences around items that only talk ("can you rerun it at today's pricing?"), and a
thing asked for by name ("¿tienen hidrolavadora karcher?"), told apart from the items said
among them, so the talk is never a line and the items are.
"""

from __future__ import annotations

import re

from bot.item_words import names_item
from bot.joined.items import reads_as_item
from bot.joined.tables import ALIGNED, header_columns
from bot.matching.text import fold

# Where a one-line message's sentences end ("… ya está vencida. Me la pueden actualizar?
# Eran 10 correas B50 Gates y 8 rodamientos 6310 2RS SKF").
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=\S)")


def items_among_sentences(text: str) -> str | None:
    """A message of one line written as several sentences, some of them items with a
    count and the others talk around them (no count, no item read, no catalog word:
    "that quote you sent back in october expired (Q-2026-00187). can you rerun it at
    today's pricing? it was 20 kg of 7018 3/32 lincoln and 25 flap discs …"): each run of
    item sentences next to each other, one a line; None when talk only follows the items
    or for any other message (then nothing is dropped)."""
    if "\n" in text.strip() or "|" in text or "\t" in text:
        return None
    sentences = [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if len(sentences) < 2 or not any(reads_as_item(s) for s in sentences):
        return None
    runs: list[list[str]] = [[]]
    for sentence in sentences:
        if _talk(sentence):
            runs.append([])
        elif thing_asked(sentence) and not reads_as_item(sentence) and not names_item(sentence):
            runs += [[sentence], []]  # "¿tienen hidrolavadora karcher?": a line of its own
        else:  # "it was 20 kg of …", "Eran 10 correas …": what was asked before, the items
            runs[-1].append(_RECALLED.sub("", sentence))
    while len(runs) > 1 and not runs[-1]:
        runs.pop()  # talk only after the items ("… 2rs skf? pa hoy si se puede"): keep all
    if len(runs) == 1:
        return None
    # Sentences next to each other stay one request, as they were written ("got 3/4" brass
    # gate valves npt? need 10"); only the talk between them cuts.
    return "\n".join(" ".join(run) for run in runs if run)


# An item sentence among talk that recalls what was asked ("it was 20 kg of 7018 …", "Eran
# 10 correas B50 …"): the words before its count are no item's ("no, eran 300" alone is a
# correction, read before items; it is no sentence among talk)
_RECALLED = re.compile(r"^(?:(?:it|they|those|these|that|the order|el pedido|la cotizaci[oó]n)"
                       r"\s+)?(?:was|were|eran|era|fueron)\s+(?=\d)", re.I)
# An ERP or Mostrador document's number ("Q-2026-00187", "SO-80003"): no figure of an item.
_DOCUMENT_NUMBER = re.compile(r"\b[a-z]{1,5}-\d[\d-]*", re.I)


def _talk(sentence: str) -> bool:
    """Whether a sentence only talks: no figure (a document's number aside), no item read
    and no catalog word ("can you rerun it at today's pricing?"); "need 6" is no talk, nor
    a thing asked for that the catalog may not know ("¿tienen hidrolavadora karcher?")."""
    return (not re.search(r"\d", _DOCUMENT_NUMBER.sub(" ", sentence))
            and not reads_as_item(sentence) and not names_item(sentence)
            and not thing_asked(sentence))  # fmt: skip


# "tienen hidrolavadora karcher?", "do you guys carry pressure washers?": a thing asked for
# by name, in a question (the words after the asking are the thing, never "stock" alone).
_HAVE_ASKED = re.compile(
    r"(?:^|[,¿]\s*|\b(?:hola|buenas|buenos d[ií]as|buenas tardes|hi|hey|hello)\W+)"
    r"(?:y\s+|and\s+)?(?:ustedes\s+)?(?:tienen|tiene|tienes|ten[eé]s|venden|vende|manejan|"
    r"maneja|trabajan|do you (?:guys |folks )?(?:have|carry|sell|stock)|"
    r"(?:you|u) (?:guys )?(?:have|carry|sell)|have you got|got any)\s+(?P<thing>[^?]+)\?\s*$",
    re.I,
)
_NO_THING = frozenset(("stock", "disponible", "disponibilidad", "algo", "eso", "esto", "esos",
                       "it", "that", "them", "this", "those", "these", "any", "anything", "in",
                       "available", "en", "de", "hoy", "today", "more", "mas", "todo", "todos",
                       "everything", "all", "eso?"))  # fmt: skip
# What a counter has besides goods: asked about, it is a question for a seller, never a line
# ("¿tienen factura electrónica?", "¿tienen retiro en tienda?", "do you have a catalog?",
# "do you guys have net 30 terms?"; the hours, the delivery, the documents, the terms)
_NOT_GOODS = frozenset((
    "despacho", "despachos", "envio", "envios", "entrega", "entregas", "reparto", "flete",
    "retiro", "retiros", "horario", "horarios", "atencion", "sabado", "sabados", "domingo",
    "domingos", "feriado", "feriados", "factura", "facturas", "facturacion", "boleta", "boletas",
    "credito", "creditos", "cuenta", "cuentas", "catalogo", "catalogos", "lista", "listas",
    "precio", "precios", "descuento", "descuentos", "oferta", "ofertas", "promocion",
    "promociones", "sucursal", "sucursales", "tienda", "tiendas", "local", "locales", "bodega",
    "bodegas", "oficina", "oficinas", "direccion", "telefono", "whatsapp", "correo", "pagina",
    "vendedor", "vendedora", "vendedores", "ejecutivo", "ejecutiva", "convenio", "transporte",
    "garantia", "servicio", "servicios", "pago", "pagos", "transferencia", "tarjeta", "tarjetas",
    "cotizacion", "pedido", "pedidos", "orden", "seguimiento", "inmediata", "inmediato", "manana",
    "plazo", "plazos", "estacionamiento", "delivery", "deliveries", "shipping", "pickup",
    "pick-up", "hours", "saturday", "saturdays", "sunday", "sundays", "invoice", "invoices",
    "invoicing", "credit", "account", "accounts", "catalog", "catalogue", "catalogs", "list",
    "price", "prices", "pricing", "discount", "discounts", "deal", "deals", "promo", "promos",
    "branch", "branches", "store", "stores", "warehouse", "warehouses", "office", "offices",
    "location", "locations", "address", "phone", "number", "website", "email", "salesperson",
    "rep", "reps", "terms", "payment", "payments", "card", "cards", "quote", "quotes", "order",
    "orders", "tracking", "warranty", "service", "services", "freight", "parking", "tomorrow",
    "immediately"))  # fmt: skip


def thing_asked(sentence: str) -> bool:
    """Whether `sentence` asks whether we have a thing it names (see _HAVE_ASKED)."""
    found = _HAVE_ASKED.search(sentence.strip())
    if found is None:
        return False
    words = re.sub(r"\bright (?:now|away)\b", " ", fold(found["thing"])).split()
    return any(len(w) > 3 and w not in _NO_THING for w in words) and not _NOT_GOODS & set(words)


def talk_before_list(line: str) -> bool:
    """Whether a message's first line, above a list of items, only introduces it ("hola te
    pego lo que necesitamos"): no figure, and no word the catalog knows."""
    if "|" in line or "\t" in line or (";" in line and header_columns(line.split(";")) is not None):
        return False  # a table's header or row
    if header_columns(ALIGNED.split(line.strip())) is not None:
        return False  # a sheet's header, its cells aligned with spaces
    return not re.search(r"\d", line) and not reads_as_item(line) and not names_item(line)
