"""A dictated line that corrects itself (issue #14, bot/resaid.py): the count, unit or
brand said after "no espera", "scratch that", "actually make it" … replaces the one said
before it in the same item, and the item is read once. Own words, not the scripts'
(en-829, en-1032, en-1126, es-1109); both languages; what is no correction stays."""

from __future__ import annotations

import pytest

from bot.joined import request_lines

BRANDS = ("skf", "nsk", "gates", "dayco", "lincoln", "esab", "norton", "3m", "red head")


@pytest.mark.parametrize(
    ("message", "lines"),
    [
        # a count said again after the item: the item once, with the later count
        ("necesito 30 pernos m10x50 zincados no espera eran 24 y tambien 6 correas a42",
         ["24 pernos m10x50 zincados", "6 correas a42"]),
        ("hola ocupo 12 rodamientos 6206 zz skf no mejor 14", ["14 rodamientos 6206 zz skf"]),
        ("we need fifteen kilos of 6013 electrode wait no twelve kilos and 3 cut off wheels",
         ["12 kilos of 6013 electrode", "3 cut off wheels"]),
        ("i need a 4 inch grinder disc norton actually make that five discs",
         ["5 4 inch grinder disc norton"]),
        ("need 8 flat washers m12, scratch that, ten", ["10 flat washers m12"]),
        # the count restated with another unit: the unit said last
        ("get me 30 pounds of 7018 rod no wait 20 kilos", ["20 kilos of 7018 rod"]),
        # a unit said again right after itself
        ("necesito 25 libras no kilos de soldadura 6011", ["25 kilos de soldadura 6011"]),
        # an item begun and dropped for another
        ("six of the... scratch that, eight a42 belts", ["eight a42 belts"]),
        # a brand said again: the item in the later brand, never both
        ("3 correas b50 gates no mejor dayco y 2 rodamientos 6204",
         ["3 correas b50 dayco", "2 rodamientos 6204"]),
        ("two boxes of lincoln 6011 rod actually make it the esab rod and 2 flap discs",
         ["two boxes of esab 6011 rod", "2 flap discs"]),
        ("4 rodamientos 6205 skf no nsk", ["4 rodamientos 6205 nsk"]),
        # a count said again before its item, as before
        ("ocupo veinte no espera dieciseis golillas m8", ["dieciseis golillas m8"]),
        # no correction: "no" inside the item or the talk, "not" keeps the first
        ("10 correas a42 que no sean gates", ["10 correas a42 que no sean gates"]),
        ("necesito 12 rodamientos 6204 no sellados", ["12 rodamientos 6204 no sellados"]),
        ("30 kilos de electrodo 7018 no espera 25 kilos", ["25 kilos de electrodo 7018"]),
        # another item added ("too", "también"): the one before is kept, both read (#14)
        ("need 6 hex bolts m10 actually 6 lock washers m10 too",
         ["6 hex bolts m10", "6 lock washers m10 too"]),
        ("ocupo 4 rodamientos 6204 no espera 4 retenes 20x47 tambien",
         ["4 rodamientos 6204", "4 retenes 20x47 tambien"]),
        # a size or a model said again is that size or model, never the count
        ("6 brocas 12 mm digo 14 mm", ["6 brocas 14 mm"]),
        ("need 8 hoses 1/2 inch my bad 1 inch and 2 clamps", ["8 hoses 1 inch", "2 clamps"]),
        ("3 air filters for the d6 320 actually the 330", ["3 air filters for the d6 330"]),
        # a designation said again as the item writes its own is that one, never the count
        # (it was 6306 bearings of the 6305 asked back, "how many?")
        ("ocupo 8 rodamientos 6305 perdón 6306 y 2 correas a42", ["8 rodamientos 6306", "2 correas a42"]),
        ("5 kilos of 6011 rod sorry 7018 and 2 flap discs", ["5 kilos of 7018 rod", "2 flap discs"]),
        # a size corrected after "sorry"/"disculpa", the old one said again after "not"/"no",
        # greetings before the item (set 14's class 2, in other words)
        ("hi there, after 4 x 3 pole 63 amp breakers, sorry 50 amp not 63",
         ["4 x 3 pole 50 amp breakers"]),
        ("hola buenas, necesito 10 contactores de 25 amperes, disculpa 32 amperes no 25",
         ["10 contactores de 32 amperes"]),
        # talk with "sorry" is no correction
        ("need 6 bearings 6204, sorry for the late notice",
         ["6 bearings 6204, sorry for the late notice"]),
    ],
)  # fmt: skip
def test_the_value_said_last_stands(message: str, lines: list[str]) -> None:
    assert request_lines(message, BRANDS) == lines


def test_one_spool_after_and_is_an_item_of_its_own() -> None:
    assert request_lines("20 kilos of 6011 rod and one spool of esab mig wire 0.9") == [
        "20 kilos of 6011 rod", "one spool of esab mig wire 0.9"]
