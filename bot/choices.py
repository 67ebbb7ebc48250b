"""Choices a buyer taps instead of typing: one channel-neutral description.

A flow attaches `Choices` to a reply (flows/taps.py builds them); each channel renders
the same description its own way: the WhatsApp sender as a Twilio Content API list
picker or quick reply (channels/twilio_content.py), the simulator as buttons, `mostrador
chat` and the template sent outside the 24-hour window as numbered lines. The text of
the reply keeps its own numbers, so typing "2" works wherever tapping does.

An option's `id` is what a tap sends back (Twilio's ButtonPayload or ListId): it names
the action and what it was about (`pick:<question>:<sku>`, `quote:accept:Q-…:2`), so
the id decides, never the title, and an old tap can be recognised as old.

WhatsApp's limits (Twilio's Content API) are kept here, once: `fitted()` shortens what
does not fit, a title sensibly (the full text goes to the description).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

LIST, BUTTONS = "list", "buttons"
MAX_ITEMS = 10  # twilio/list-picker items
MAX_BUTTONS = 3  # twilio/quick-reply buttons in an unapproved, in-session message
ITEM_TITLE, BUTTON_TITLE, LIST_BUTTON = 24, 20, 20
DESCRIPTION, ID, BODY = 72, 200, 1024


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut on a word and marked with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and cut.rfind(" ") >= limit // 2:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-·") + "…"


def distinct_titles(names: list[str], limit: int = ITEM_TITLE) -> list[str]:
    """Short titles for names that begin alike ("Deep groove ball bearing 6204-…"): the
    words every name shares at the front are dropped, and, while a title is still too
    long, those they share at the end ("… ZIRCONIO NORTON"), so what differs shows."""
    split = [name.split() for name in names]
    if len(split) < 2:
        return [shorten(name, limit) for name in names]

    def shared(at: int) -> bool:
        return all(len(words) > 1 for words in split) and len({w[at].lower() for w in split}) == 1

    while shared(0):
        split = [words[1:] for words in split]
    while any(len(" ".join(words)) > limit for words in split) and shared(-1):
        split = [words[:-1] for words in split]
    return [shorten(" ".join(words), limit) for words in split]


def paged(count: int, offset: int) -> tuple[int, int, bool]:
    """The slice of `count` options a list shows from `offset`: ten fit; more than ten
    → nine and a "more…" item. Returns (start, end, more)."""
    more = count - offset > MAX_ITEMS
    return offset, min(count, offset + (MAX_ITEMS - 1 if more else MAX_ITEMS)), more


@dataclass(frozen=True)
class Option:
    """One option: `id` comes back on a tap; `key` is the number the reply's text gives
    it, when it has one (a candidate "3", short stock "1"), so typing it works too."""

    id: str
    title: str
    description: str = ""
    key: str = ""


@dataclass(frozen=True)
class Choices:
    """A question with options: a list (up to 10) or buttons (up to 3)."""

    kind: str  # LIST or BUTTONS
    body: str  # the question above the options
    options: tuple[Option, ...]
    button: str = ""  # a list's button that opens it ("Ver opciones")

    def fitted(self) -> Choices:
        """Within WhatsApp's limits: a title too long is shortened (the full title leads
        the description), the body and descriptions cut, extra options left out."""
        limit = MAX_ITEMS if self.kind == LIST else MAX_BUTTONS
        title_limit = ITEM_TITLE if self.kind == LIST else BUTTON_TITLE
        options = []
        for option in self.options[:limit]:
            title = shorten(option.title, title_limit)
            description = option.description
            if title != " ".join(option.title.split()) and self.kind == LIST:
                description = " · ".join(p for p in (option.title, description) if p)
            options.append(
                Option(option.id[:ID], title, shorten(description, DESCRIPTION), option.key)
            )
        body = self.body if len(self.body) <= BODY else self.body[: BODY - 1].rstrip() + "…"
        return replace(self, body=body, options=tuple(options),
                       button=shorten(self.button, LIST_BUTTON))  # fmt: skip

    def labels(self) -> list[str]:
        """What a terminal numbers each option with: its own number, else its place."""
        return [o.key or str(n) for n, o in enumerate(self.options, start=1)]

    def as_text(self) -> str:
        """As text, where nothing can be tapped (a template outside the window): numbered
        where typing the number works, else a bullet with the words to type."""
        lines = [self.body]
        for option in self.options:
            more = f" — {option.description}" if option.description else ""
            lines.append(f"{option.key + ')' if option.key else '•'} {option.title}{more}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "body": self.body, "button": self.button,
                "options": [vars(o) for o in self.options]}  # fmt: skip

    @classmethod
    def from_payload(cls, value: Any, body: str) -> Choices | None:
        """The choices a stored message carries: our JSON, or a plain list of quick replies
        (`[{"id", "title"}]`, as bot/proactive.py writes) under the message's own text."""
        if isinstance(value, dict) and value.get("options"):
            return cls.from_json(value)
        if isinstance(value, list) and value:
            options = tuple(Option(str(o["id"]), str(o["title"])) for o in value)
            return cls(BUTTONS, body, options).fitted()
        return None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Choices:
        return cls(
            kind=str(data["kind"]),
            body=str(data.get("body", "")),
            button=str(data.get("button", "")),
            options=tuple(Option(**o) for o in data.get("options", [])),
        )
