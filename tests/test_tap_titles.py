"""Every fixed word a buyer taps fits where WhatsApp shows it, in both languages: a quick
reply's title in 20 characters, a list item's in 24, a list's button in 20. A longer one
is cut ("Cambiar por…") and the buyer taps a button that no longer says what it does."""

from __future__ import annotations

import pytest

from bot.choices import BUTTON_TITLE, ITEM_TITLE, LIST_BUTTON
from bot.config import TEMPLATES
from bot.wording import Wording

BUTTONS = ("accept", "change", "seller", "to_quote", "to_order", "add_more", "short_partial",
           "short_substitute")  # fmt: skip
LIST_BUTTONS = ("brands_button", "menu_button")
LIST_ITEMS = ("menu_cart", "menu_quote", "menu_order", "menu_status", "menu_account",
              "menu_reorder", "menu_human")  # fmt: skip


@pytest.mark.parametrize("language", ["es", "en"])
def test_no_fixed_option_title_is_cut(language: str) -> None:
    wording = Wording(TEMPLATES, "Mostrador")
    limits = [(key, BUTTON_TITLE) for key in BUTTONS]
    limits += [(key, LIST_BUTTON) for key in LIST_BUTTONS]
    limits += [(key, ITEM_TITLE) for key in LIST_ITEMS]
    too_long = {
        key: title
        for key, limit in limits
        if len(title := wording.render("taps", language, key=key)) > limit or not title
    }
    assert too_long == {}


def test_the_short_stock_buttons_say_what_they_do_in_spanish_and_english() -> None:
    wording = Wording(TEMPLATES, "Mostrador")
    titles = {lang: wording.render("taps", lang, key="short_substitute") for lang in ("es", "en")}
    assert "sustituto" in titles["es"] and "substitute" in titles["en"]
