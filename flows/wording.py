"""Message texts: Jinja2 templates per language under templates/messages/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

PHRASES = {
    "bad_choice": {"es": "No encuentro esa opción; responda con un número de la lista.",
                   "en": "I can't find that option; reply with a number from the list."},
    "nothing_to_order": {"es": "No hay nada que pedir todavía: escriba los artículos primero.",
                         "en": "There is nothing to order yet: send the items first."},
    "unknown_quote": {"es": "No encuentro esa cotización en su cuenta.",
                      "en": "I can't find that quote on your account."},
    "no_such_line": {"es": "Esa línea no está en el carrito.",
                     "en": "That line is not in the cart."},
}  # fmt: skip


@dataclass
class Wording:
    """Renders message templates; short enough for a phone screen by design."""

    templates: Path
    company: str

    def __post_init__(self) -> None:
        self._env = Environment(
            loader=FileSystemLoader(str(self.templates)),
            undefined=StrictUndefined,
            autoescape=False,  # noqa: S701
            trim_blocks=True,
            keep_trailing_newline=False,
        )
        # Plain text for chat and mail bodies: nothing is HTML here.

    def render(self, template: str, language: str, /, **context: Any) -> str:
        language = language if language in ("en", "es") else "en"
        path = f"messages/{language}/{template}.txt"
        return self._env.get_template(path).render(**context).strip()

    def phrase(self, key: str, language: str) -> str:
        return PHRASES[key].get(language, PHRASES[key]["en"])
