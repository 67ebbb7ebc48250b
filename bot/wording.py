"""Every sentence a buyer reads: Jinja2 templates per language under templates/
(messages/ for chat, mail/ for mail), with the one money and quantity formatter as
filters. Built once per app (`wording_of`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.config import TEMPLATES
from bot.formatting import FILTERS


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
        self._env.filters.update(FILTERS)
        # Plain text for chat and mail bodies: nothing is HTML there. HTML mail parts get
        # their own environment that escapes everything a customer wrote.
        self._html_env = Environment(
            loader=FileSystemLoader(str(self.templates)), undefined=StrictUndefined, autoescape=True
        )
        self._html_env.filters.update(FILTERS)

    def render(self, template: str, language: str, /, **context: Any) -> str:
        language = language if language in ("en", "es") else "en"
        path = f"messages/{language}/{template}.txt"
        return self._env.get_template(path).render(**context).strip()

    def render_mail(self, template: str, language: str, /, **context: Any) -> str:
        """A mail body (templates/mail/<lang>/<template>.txt), signed by the company."""
        language = language if language in ("en", "es") else "en"
        path = f"mail/{language}/{template}.txt"
        return self._env.get_template(path).render(company=self.company, **context).strip()

    def render_mail_html(self, template: str, language: str, /, **context: Any) -> str:
        """The HTML part of a mail (templates/mail/<lang>/<template>.html), escaped."""
        language = language if language in ("en", "es") else "en"
        path = f"mail/{language}/{template}.html"
        return self._html_env.get_template(path).render(company=self.company, **context).strip()

    def phrase(self, key: str, language: str, /, **context: Any) -> str:
        """A one-line phrase (templates/messages/<lang>/phrases/<key>.txt)."""
        return self.render(f"phrases/{key}", language, **context)


def wording_of(app: Flask) -> Wording:
    """The app's Wording, built once (its Jinja environments cache compiled templates)."""
    found = app.extensions.get("mostrador.wording")
    if found is None:
        found = app.extensions["mostrador.wording"] = Wording(TEMPLATES, app.config["COMPANY_NAME"])
    assert isinstance(found, Wording)
    return found
