"""Text folding, and figures compared by value, shared by every matching module."""

from __future__ import annotations

import re
import unicodedata

# "N° 120", "n°12": número, never "n" and a degree
NUMERO = re.compile(r"\bn\s?°")


def fold(text: str) -> str:
    """Lower case, accents stripped, typographic quotes and signs made plain."""
    if text.isascii():  # most lines: nothing to strip (and this runs for every token)
        return text.lower().replace("''", '"')
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    if "°" in text:
        text = NUMERO.sub("nro ", text)
    for fancy, plain in (("″", '"'), ("”", '"'), ("“", '"'), ("''", '"'), ("×", "x"), ("⁄", "/"),
                         ("–", "-"), ("—", "-"), ("´", "'"), ("°", " deg ")):  # fmt: skip
        text = text.replace(fancy, plain)
    return text


def part_key(text: str) -> str:
    """A part number as compared: folded, without spaces, dashes, dots or slashes."""
    return re.sub(r"[\s\-_./]", "", fold(text))


def by_value(figure: str) -> str:
    """A decimal figure as compared: '3,5' and '3.50' → '3.5'; '4.0' → '4' (a seal's sizes and
    the notation's numbers alike; the notation also drops leading zeros)."""
    figure = figure.replace(",", ".")
    if "." in figure:
        figure = figure.rstrip("0").rstrip(".")
    return figure
