"""Telling Spanish from English in a short message, well enough to switch replies."""

from __future__ import annotations

import re

SPANISH = {"hola", "necesito", "quiero", "por", "favor", "gracias", "cotizar", "cotizacion",
           "rodamiento", "rodamientos", "perno", "pernos", "tuerca", "valvula", "correa", "de",
           "con", "para", "buenas", "buenos", "dias", "tardes", "unidades", "cuanto", "precio",
           "tienen", "hay", "pedido", "acepto", "disco", "corte", "cable", "y"}  # fmt: skip
ENGLISH = {"hello", "hi", "need", "want", "please", "thanks", "thank", "quote", "bearing",
           "bearings", "bolt", "bolts", "nut", "valve", "belt", "with", "for", "the", "and",
           "how", "much", "price", "do", "you", "have", "order", "accept", "wheel", "wire",
           "good", "morning", "pcs"}  # fmt: skip


def detect_language(text: str) -> str | None:
    """'es', 'en', or None when the message does not say clearly."""
    words = re.findall(r"[a-záéíóúñ]+", text.lower())
    es = sum(w in SPANISH for w in words) + sum(c in "áéíóúñ¿¡" for c in text.lower())
    en = sum(w in ENGLISH for w in words)
    if es >= en + 2:
        return "es"
    if en >= es + 2:
        return "en"
    return None
