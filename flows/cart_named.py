"""A quote or an order asked for by naming the cart's lines ("send me a quote for the
wire and rod", "ok order the valves", "quote me the 12 you have there").

Such a message names items, so it would otherwise be read as new item lines; these
checks tell it apart first, and only when every priced line is named and nothing else.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.item_words import names_item
from flows import cart, line_words
from flows.turn import Turn

# A quote asked for by naming what is in the cart: "send me a quote for the wire and rod",
# "quote me the bolts and nuts", "mándame la cotización de los pernos y las tuercas".
_QUOTE_OF = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|now|pls|please|y|ya|bueno|dale|entonces)\W+)*"
    r"(?:(?:can|could|would) (?:you|u) |(?:can|could) (?:i|we) (?:get|have) |pls |please )?"
    r"(?:(?:send|get|give|email|make|do|shoot) (?:me |us )?|(?:me |nos )?(?:mandas?|env[ií]as?|"
    r"pasas?|haces?) |m[aá]nda(?:me|nos) |env[ií]a(?:me|nos) |p[aá]sa(?:me|nos) |ha(?:z|ga)me )?"
    r"(?:(?:a|the|an|una|la|el) )?(?:(?:new|updated|formal|nueva|nuevo) )?"
    r"(?:(?:quote|quotation|cotizaci[oó]n|presupuesto|proforma)\s+(?:for|on|of|de|para|por|con)|"
    r"quote(?: me| us)?(?=\s+(?:the|those|these|both|all)\b)|"
    r"cot[ií]za(?:me|nos)?(?=\s+(?:los|las|el|la|esos|esas|ambos|todos|todas)\b))"
    r"\s+(?P<rest>[^\n]+?)[\s.!?]*$",
    re.I,
)


_AND = re.compile(r"\s*,\s*|\s+(?:and|y|e|&|\+|plus)\s+", re.I)


# "ok order the valves", "go ahead and order the bearings and belts", "pídeme las correas"
_ORDER_OF = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|now|pls|please|then|y|ya|bueno|dale|entonces)\W+)*"
    r"(?:(?:go ahead and|please|pls|lets|let's) )?"
    r"(?:order|place (?:the|an) order for|put through|p[ií]de(?:me|nos)?|"
    r"ha(?:z|ga)(?:me)? el pedido de)"
    r"(?=\s+(?:the|those|these|both|all|los|las|el|la|esos|esas|ambos|todos|todas)\b)"
    r"\s+(?P<rest>[^\n]+?)[\s.!?]*$",
    re.I,
)


# "fine, quote the 6 anyway, I'll take it up with Mike": the quote asked by the count the
# cart's lines have, beside talk.
_QUOTE_COUNT = re.compile(
    r"(?:^|[,.;!?]\s*)(?:(?:fine|ok|okay|so|alright|then|pls|please|ya|bueno|dale|entonces)\W+)*"
    r"(?:quote|cot[ií]za(?:me|nos)?)(?: me| us)?\s+"
    r"(?:(?P<the>the|those|these|los|las|esos|esas)\s+)?"
    r"(?P<count>\d{1,6})(?P<have>\s+(?:que (?:tienen|tienes|hay|haya|tengan|quedan)|"
    r"(?:you|u|y'?all) (?:have|got|'?ve got|have got)|(?:you )?have|available|disponibles?|"
    r"in stock|en stock|on hand)(?:\s+(?:there|ah[ií]|all[aá]|ac[aá]))?"
    r"(?:\s+(?:en|in|at|de|from)\s+[^\W\d]+)?)?"
    r"(?:\s+(?:anyway|anyhow|then|please|pls|igual|nom[aá]s|entonces|no m[aá]s|only|just))*"
    r"\s*(?=[,.;!?]|$)",
    re.I,
)


def quote_of_the_cart(turn: Turn) -> bool:
    """Whether the message asks for the quote of the cart by naming its lines, every
    priced line named and each thing named in the cart, or by the count every priced
    line has, the rest of it talk (no figure, no item); else it is read as before."""
    text = turn.text.strip()
    counted = _QUOTE_COUNT.search(text)
    lines = [line for line in cart.lines(turn) if line["sku"]]
    if counted and lines and turn.part is None:
        rest = text[: counted.start()] + " " + text[counted.end() :]
        talk = not re.search(r"\d", rest) and not names_item(rest)
        if all(Decimal(line["qty"]) == int(counted["count"]) for line in lines):
            return talk and bool(counted["the"] or counted["have"])
        if talk and quoted_as_there(turn):
            return True
    return _names_the_cart(turn, _QUOTE_OF.match(text))


def quoted_as_there(turn: Turn) -> bool:
    """ "cotízame las 19 que tienen en Lima nomás", "quote me the 12 you have": the cart's one
    line takes the count there is, and its quote follows (priced again at that quantity).
    False, the cart unchanged, when the message is no such thing."""
    counted = _QUOTE_COUNT.search(turn.text.strip())
    lines = cart.lines(turn)
    if counted is None or len(lines) != 1 or not lines[0]["sku"]:
        return False
    if not counted["have"] and not lines[0].get("assumed"):
        return False  # "ya cotízame 50 nomás" answers the "how many?" of the one line
    return cart.set_quantity(turn, 1, Decimal(counted["count"]))


def order_of_the_cart(turn: Turn) -> bool:
    """Whether the message orders the cart by naming its lines ("ok order the valves"),
    as `quote_of_the_cart` asks for its quote."""
    return _names_the_cart(turn, _ORDER_OF.match(turn.text.strip()))


def _names_the_cart(turn: Turn, asked: re.Match[str] | None) -> bool:
    """Whether the words after the ask (`rest`) name every priced line of the cart and
    each thing they name is in the cart."""
    lines = [line for line in cart.lines(turn) if line["sku"]]
    if asked is None or not lines or turn.part is not None or _COUNTED.search(asked["rest"]):
        return False
    named: set[str] = set()
    for part in _AND.split(_ONLY_END.sub("", asked["rest"])):
        if not part.strip():
            continue
        found = line_words.lines_named(turn, part, lines)
        if not found:
            return False
        named |= {cart.key(line) for line in found}
    return named == {cart.key(line) for line in lines}


# A count among the lines named ("quote the 20 bearings"): no naming of the cart. A code
# is no count ("cotízame las correas y los 6305", "order the 6208s").
_COUNTED = re.compile(r"(?<![\w./-])\d{1,3}(?![\w./-])")


# "… nomás", "… only": the lines named are the ones asked, as they are.
_ONLY_END = re.compile(r"[\s,]+(?:nom[aá]s|no m[aá]s|solamente|solo|s[oó]lo|only|just that|"
                       r"and that'?s it|y listo)\W*$", re.I)  # fmt: skip
