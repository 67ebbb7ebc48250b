"""Several items in one sentence (issue #14, set 16: en-1605, en-1611, en-1613, en-1616,
es-1615, es-1620): asked with "the price of" / "precio de los", emoji between them, the
first counted before its item and the next after, one count for items listed with
commas and "de la … y del …", and one item named once with a count for each of its
sizes. Own examples, not the scripts'; one item is still never cut."""

from __future__ import annotations

import pytest

from bot.intents import recognise
from bot.joined import request_lines


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        # asked with "the price of" / "precio de los" before the list
        ("hello, could you tell me the cost of 4 b50 belts and 12 6206 bearings",
         ["4 b50 belts", "12 6206 bearings"]),
        ("Good afternoon! May I know the prices of 8 pcs 6305 bearing, 3 pcs B60 belt and 40 "
         "pcs M12x50 hex bolt?", ["8 pcs 6305 bearing", "3 pcs B60 belt", "40 pcs M12x50 hex bolt?"]),
        ("buenas, precio de las 6 correas b50 y 12 rodamientos 6206",
         ["6 correas b50", "12 rodamientos 6206"]),
        # emoji between the items: bullets and moods, no part of either
        ("hey 🙌 ⚙️ 40 x 6206 bearings 2rs 👌 and 🔧 3 b50 belts",
         ["40 x 6206 bearings 2rs", "3 b50 belts"]),
        ("hola 😊 🔩 100 pernos m10x30 💪 y 📦 2 cajas de guantes talla L",
         ["100 pernos m10x30", "2 cajas de guantes talla L"]),
        # the first counted before its item, the next after it
        ("8 codos galv 3/4 npt y rodamiento 6305 fag x 4", ["8 codos galv 3/4 npt",
                                                             "rodamiento 6305 fag x 4"]),
        ("5 ball valves 3/4 brass and bearings 6206 qty 20", ["5 ball valves 3/4 brass",
                                                               "bearings 6206 qty 20"]),
        # one count for items listed with commas and "de la … y del …"
        ("precio de la correa b50, del rodamiento 6305 y de la golilla m10, 20 de cada una",
         ["correa b50 x 20", "rodamiento 6305 x 20", "golilla m10 x 20"]),
        ("price of the 6305 bearing, the b50 belt and the m10 washer, 8 of each",
         ["6305 bearing x 8", "b50 belt x 8", "m10 washer x 8"]),
        # one item named once, a count for each of its sizes
        ("hi, what's the price on leather gloves, 12 pr size L and 6 pr size XL?",
         ["12 pr leather gloves size L", "6 pr leather gloves size XL?"]),
        ("zapatos de seguridad: 4 pares talla 41 y 2 pares talla 44",
         ["4 pares zapatos de seguridad talla 41", "2 pares zapatos de seguridad talla 44"]),
        # never cut: one item, its sizes without counts, a kit
        ("10 tuercas y golillas m8 x 4", ["10 tuercas y golillas m8 x 4"]),
        ("10 valvulas 1/2 y 3/4 x 6", ["10 valvulas 1/2 y 3/4 x 6"]),
        ("disco 4 1/2, 10 y 20", ["disco 4 1/2, 10 y 20"]),
    ],
)
def test_several_items_in_one_sentence_are_several_lines(message: str, lines: list[str]) -> None:
    assert request_lines(message) == lines


@pytest.mark.parametrize(("message", "meaning"),
                         [("🚀 order it", "order"), ("✨ pedido porfa", "order"),
                          ("🙏 cotízame", "quote"), ("👍", "ack")])  # fmt: skip
def test_an_emoji_no_phrase_knows_leaves_the_words_to_decide(message: str, meaning: str) -> None:
    assert recognise(message).name == meaning
