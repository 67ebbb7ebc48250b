"""Two items joined by "y"/"and" on one line are two lines; sizes and kits stay whole."""

from __future__ import annotations

import pytest

from bot.joined import split_joined


@pytest.mark.parametrize(
    ("line", "lines"),
    [
        ("10 rodamientos 6204 y 5 6205", ["10 rodamientos 6204", "5 rodamientos 6205"]),
        ("20 bolts m8 and 20 nuts m8", ["20 bolts m8", "20 nuts m8"]),
        ("50 pernos M8x40 y 50 tuercas M8 & 50 golillas M8",
         ["50 pernos M8x40", "50 tuercas M8", "50 golillas M8"]),
        ('valvula bola 1 y 1/2" x 3', ['valvula bola 1 y 1/2" x 3']),
        ("2 cables 2 y 3 mm", ["2 cables 2 y 3 mm"]),
        ("tuerca y golilla m8", ["tuerca y golilla m8"]),
        ("6204 y 6205", ["6204 y 6205"]),
    ],
)  # fmt: skip
def test_joined_items_are_split_and_sizes_are_not(line: str, lines: list[str]) -> None:
    assert split_joined(line) == lines
