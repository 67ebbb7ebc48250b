"""The conversation corpus (tests/conversations/*.txt) played through the real signed
webhook, the flows and the Twilio double, on the demo data; facts checked on what the
Messages API received and what `/api/v1` shows (notation: tests/conversations/README.md).

Nothing here knows any one conversation: a file that fails says which message and
which fact, with the replies the buyer saw.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient

from bot.clock import simulated
from tests.conftest import API_TOKEN
from tests.conversations.build import date_pattern
from tests.twilio_fakes import Customer, FakeTwilio

HERE = Path(__file__).with_name("conversations")
FILES = sorted(HERE.glob("*.txt"))
NUMBERED = re.compile(r"^\s*(?:\d{1,2})[).:]\s+\S", re.M)
TAP = re.compile(r"\[tap (.+)\]")
AS = re.compile(r"\[as (\+\d+)\] (.+)", re.S)  # another contact of the customer, in their own chat


@dataclass
class Script:
    header: dict[str, str]
    steps: list[tuple[str, list[str]]] = field(default_factory=list)  # message, facts

    @classmethod
    def read(cls, path: Path) -> Script:
        text = path.read_text(encoding="utf-8")
        head, _, body = text.partition("\n\n")
        header = {k.strip(): v.strip() for k, v in (ln.split(":", 1) for ln in head.splitlines())}
        script = cls(header)
        for line in body.splitlines():
            if line.startswith("> "):
                script.steps.append((line[2:], []))
            elif line.startswith("| ") or line == "|":
                message, facts = script.steps[-1]
                script.steps[-1] = (message + "\n" + line[2:], facts)
            elif line.strip():
                script.steps[-1][1].append(line)
        return script


def notations(value: str) -> set[str]:
    """A money or quantity figure as buyers' countries write it: 1234.5 → 1,234.50 …"""
    number = Decimal(value.replace(",", ""))
    plain = f"{number:.2f}"
    grouped = f"{number:,.2f}"
    shown = {plain, grouped, plain.replace(".", ","),
             grouped.replace(",", "_").replace(".", ",").replace("_", ".")}  # fmt: skip
    if number == number.to_integral():
        whole = f"{number:.0f}"
        shown |= {whole, f"{number:,.0f}", f"{number:,.0f}".replace(",", ".")}
    return shown


def figure_in(text: str, value: str) -> bool:
    return any(
        re.search(rf"(?<![\d.,]){re.escape(v)}(?![\d]|[.,]\d)", text) for v in notations(value)
    )


DAYS = re.compile(r"\{(days-since |date\+|friday)(\d{4}-\d\d-\d\d|\d+)?\}")
ZONES = ("America/Santiago", "America/Lima", "America/Chicago")  # the demo's warehouses


def relative_day(kind: str, value: str | None, *, pattern: bool) -> str:
    """Facts that hang on the day the corpus is played, as alternatives over the customer's
    local date (the demo's warehouses' zones; a few hours apart around midnight):
    `{days-since 2026-10-01}` the days from that date to today, `{date+1}` tomorrow,
    `{friday}` the coming Friday — dates as ISO, or any notation inside a `~` fact."""
    todays = sorted({dt.datetime.now(ZoneInfo(zone)).date() for zone in ZONES})
    if kind == "days-since ":
        since = dt.date.fromisoformat(value or "")
        return "|".join(str((today - since).days) for today in todays)
    if kind == "date+":
        days = [today + dt.timedelta(days=int(value or 0)) for today in todays]
    else:
        days = [today + dt.timedelta(days=(4 - today.weekday()) % 7 or 7) for today in todays]
    days = sorted(set(days))
    if pattern:
        return "(?i:" + "|".join(date_pattern(day.isoformat()) for day in days) + ")"
    return "|".join(day.isoformat() for day in days)


class Player:
    """One buyer of one script, and what the bot answered each message."""

    def __init__(self, app: Flask, twilio: FakeTwilio, script: Script) -> None:
        self.app, self.twilio, self.script = app, twilio, script
        self.buyer = Customer(app, script.header["phone"])
        self.buyers = {self.buyer.address: self.buyer}
        self.api: FlaskClient = app.test_client()
        self.api.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {API_TOKEN}"
        self.seen: dict[str, int] = {}
        self.last = {"quote": "", "order": ""}
        self.tappable: tuple[dict[str, str], list[dict[str, str]]] | None = None

    def send(self, text: str) -> str:
        other = AS.fullmatch(text.strip())
        if other:  # the same customer's colleague writes from their own phone
            address = f"whatsapp:{other[1]}"
            self.buyer = self.buyers.setdefault(address, Customer(self.app, other[1]))
            text = other[2]
        tap = TAP.fullmatch(text.strip())
        if tap:
            self.tap(tap[1])
        else:
            self.buyer.send(self.fill(text))
        address = self.buyer.address
        sent = [m for m in self.twilio.sent if m["To"] == address][self.seen.get(address, 0) :]
        self.seen[address] = self.seen.get(address, 0) + len(sent)
        for message in sent:
            assert len(message.get("Body", "")) <= 1600, "a body over 1,600 characters"
        replies = "\n".join(self.read(m) for m in sent)
        for kind, pattern in (("quote", r"Q-\d{4}-\d{5}"), ("order", r"O-\d{4}-\d{5}")):
            found = re.findall(pattern, replies)
            if found:
                self.last[kind] = found[-1]
        return replies

    def read(self, message: dict[str, str]) -> str:
        """What the buyer reads of one message: its text, and a content message's list
        items (title and description) or quick-reply labels, one per line (README)."""
        if "ContentSid" not in message:
            return message.get("Body", "")
        options = self.twilio.options(message)
        if options:
            self.tappable = (message, options)
        lines = [self.twilio.body_of(message)]
        lines += [" ".join(filter(None, (o["title"], o.get("description")))) for o in options]
        return "\n".join(lines)

    def tap(self, which: str) -> None:
        """Taps an option of the last list picker or quick reply: `[tap 2]` the second,
        `[tap REGEX]` the first whose label matches."""
        assert self.tappable, f"nothing to tap ({which!r}): no list picker or quick reply shown"
        message, options = self.tappable
        if which.isdigit():
            assert int(which) <= len(options), f"no option {which} to tap: {options}"
            option = options[int(which) - 1]
        else:
            found = [o for o in options if re.search(which, o["title"])]
            assert found, f"no option matching {which!r} to tap: {options}"
            option = found[0]
        types = self.twilio.contents[message["ContentSid"]]["types"]
        if "twilio/list-picker" in types:
            fields = {"ListId": option["id"], "ListTitle": option["title"]}
        else:
            fields = {"ButtonPayload": option["id"], "ButtonText": option["title"]}
        self.buyer.send(option["title"], **fields)

    def fill(self, text: str, *, pattern: bool = False) -> str:
        text = text.replace("{quote}", self.last["quote"]).replace("{order}", self.last["order"])
        return DAYS.sub(lambda m: relative_day(m[1], m[2], pattern=pattern), text)

    def check(self, fact: str, replies: str) -> None:
        kind, _, rest = fact.partition(" ")
        # Around the customers' midnight a relative day has two readings ("41|42"): a plain
        # `=` fact holds when the replies state either.
        plain = self.fill(rest)
        readings = plain.split("|") if DAYS.search(rest) else [plain]
        rest = self.fill(rest, pattern=kind in ("~", "!~"))
        low = replies.lower()
        if kind == "=":
            assert any(r.lower() in low for r in readings), f"missing {rest!r}"
        elif kind == "!=":
            assert rest.lower() not in low, f"should not say {rest!r}"
        elif kind == "~":
            assert re.search(rest, replies), f"no match for {rest}"
        elif kind == "!~":
            found = re.search(rest, replies)
            assert not found, f"should not match {rest}: {found and found[0]!r}"
        elif kind == "$":
            sku, qty, unit, total = rest.split()
            assert sku in replies, f"{sku} not named"
            assert figure_in(replies, unit), f"{sku}: unit price {unit} not shown"
            assert figure_in(replies, total), f"{sku}: line total {total} not shown"
            assert figure_in(replies, qty), f"{sku}: quantity {qty} not shown"
        elif kind == "?":
            self.check_shape(rest, replies)
        elif kind == "@":
            self.check_state(rest)
        else:
            raise AssertionError(f"unknown fact {fact!r}")

    def check_shape(self, rest: str, replies: str) -> None:
        word, _, number = rest.partition(" ")
        if word == "choice":
            need = int(number or 2)
            assert len(NUMBERED.findall(replies)) >= need, f"fewer than {need} options"
        elif word == "no-choice":
            assert not NUMBERED.findall(replies), "options offered"
        elif word == "reply":
            assert replies.strip(), "no reply"
        elif word == "no-reply":
            assert not replies.strip(), "a reply was sent"
        else:
            raise AssertionError(f"unknown shape {rest!r}")

    def check_state(self, rest: str) -> None:
        word, _, value = rest.partition(" ")
        conversation = self.conversation()
        if word == "orders":
            assert len(self.orders(conversation)) == int(value), f"orders != {value}"
        elif word in ("queue", "no-queue"):
            queued = conversation["attention"] is not None
            assert queued == (word == "queue"), f"queue: {conversation['attention']!r}"
        elif word == "quote":
            quotes = self.get(f"/api/v1/quotes?customer_id={self.customer_id}")
            mine = [q for q in quotes if q["conversation"] == conversation["id"]]
            assert mine and mine[0]["status"] == value, f"quote status: {mine[:1]}"
        elif word == "order-po":
            orders = self.orders(conversation)
            assert orders and orders[0].get("purchase_order") == value, "PO not kept"
        elif word == "order-line":
            sku, qty = value.split()
            lines = [
                (line["sku"], Decimal(str(line["qty"])))
                for order in self.orders(conversation)
                for line in self.get(f"/api/v1/orders/{order['number']}").get("lines", [])
            ]
            assert (sku, Decimal(qty)) in lines, f"no order has {sku} x {qty}: {lines}"
        elif word == "promise":
            day, _, amount = value.partition(" ")
            context = self.get(f"/api/v1/customers/{self.customer_id}/context")
            promises = [(p["date"], p["amount"]) for p in context.get("promises", [])]
            assert any(
                re.fullmatch(day, d)
                and (not amount or (a is not None and Decimal(str(a)) == Decimal(amount)))
                for d, a in promises
            ), f"promises kept: {promises}"
        else:
            raise AssertionError(f"unknown state {rest!r}")

    @property
    def customer_id(self) -> str:
        customer = self.script.header.get("customer", "guest")
        return "" if customer == "guest" else customer

    def conversation(self) -> dict[str, Any]:
        found = self.get(f"/api/v1/conversations?address={quote(self.buyer.address)}")
        assert found, "no conversation"
        return dict(found[0])

    def orders(self, conversation: dict[str, Any]) -> list[dict[str, Any]]:
        if not self.customer_id:
            return [
                o for o in self.get("/api/v1/orders") if o["conversation"] == conversation["id"]
            ]
        return list(self.get(f"/api/v1/orders?customer_id={self.customer_id}"))

    def get(self, path: str) -> Any:
        response = self.api.get(path)
        assert response.status_code == 200, (path, response.status_code, response.text[:200])
        return response.get_json()


# Scripts whose facts the product does not meet yet, each with why (strict: one that
# starts passing fails the run, so this list only shrinks).
DISAGREE = {
    "es-40-bloqueado-aviso-temprano": "ERP.md: a blocked customer's order goes to approval "
    "(pending_approval, O- number); the script expects no order at all",
    "es-42-mora-facturas": "ERP.md: an order on hold goes to approval; the script expects none",
    # h8's blind set (scripts2.py): what the bot did, per script
    "es-141-toca-pedir-lo-disponible": "SPEC 'Short stock is a choice' + issue #14: option 1 is "
    "ONE order, 9 now and 11 back-ordered (ETA), priced for the 20 ordered; the script expects "
    "9 ordered at the 9-unit price and 11 left in the cart (the old behaviour)",
    # h8's third blind set (scripts3.py, es-2xx/en-2xx): what the bot did, per script
    # h7's blind set (scripts4.py, played on main at 12:40): what the bot did, per script
    # h8's fifth blind set (scripts5.py, es-4xx/en-4xx), played once on main at 16:10 before
    # anyone read it: the first fact the bot's replies did not state, per script
    # h7's sixth blind set (scripts6.py, es-5xx/en-5xx, session 9), played once on main at
    # 58d6b7b before anyone read it (21 of 40) and again after the session's work at 557f20a
    # (21 of 40, the same 21): the first fact the bot's replies did not state, per script.
    # Session 10 tuned on it (h3, h4): none left here.
    # The seventh blind set (scripts7.py, es-6xx/en-6xx, h7, session 10), played on main at
    # faa7a61 before anyone read it (16 of 40) and again at the session's end (18 of 40), and
    # the eighth (scripts8.py, es-7xx/en-7xx, longer conversations, h10), played at 747d217
    # (2 of 40) and at the session's end (2 of 40): the first fact the bot's replies did not
    # state, per script. Session 11 tuned on both (h3, h4, h5): set 7 18 → 35 of 40, set 8
    # 2 → 14 of 40; the entries left name the first miss now.
    'en-630-po-go-ahead-no-number': "message 1 'can I get a quote on 12 ABB 1P 20A breakers and 5 bags of 300mm zip ties': the 300 mm ties are read now ('300mm' is the length), and the demo sells them in four widths (2.5, 3.6, 4.8, 7.6 mm), so the bot asks which; the script expects the 2.5 mm one (ELE-10289) with no width said",
    # The ninth blind set (scripts9.py, es-8xx/en-8xx, h7, session 11), played on main at
    # 3e8492f before anyone read it (13 of 40) and at the session's end, e4e15f1 (15 of 40): the
    # first fact the bot's replies did not state, per script. Nobody has tuned on it yet.
    # set 10 (scripts10.py, es-10xx/en-10xx), written blind by h8 in session 12 and played by the
    # lead on the session's starting commit (2663eca): 7 of 40 pass; the first fact each misses
    # set 11 (scripts11.py, es-1101..es-1120 / en-1121..en-1140), written blind by h1 in session 13 and
    # played by the lead on the session's starting commit (5c19f03): 12 of 40 passed; the same 28 fail
    # on main at 59a736d. Session 15 (h1): 'order'/'pedido' on a settled cart places the order at
    # once (issue #14 item 12 read as one step): the entries that stopped only there are gone.
    'es-1120-ana-cuanto-para-liberar-y-cancelamos': "contradicts es-143, es-305, es-306, es-618, es-804 "
    "and es-1102 (four blind writers): a customer on hold who orders gets the order number pending a "
    "seller's approval at once (ERP.md: the approval is the question); this script expects no order "
    "at 'quiero hacer un pedido de 10 contactores' (the lead tried asking the confirmation first: "
    "those six failed)",
    # set 12 (scripts12.py, es-1201..es-1220 / en-1221..en-1240), written blind this session and
    # played by h10 on main at 847f686: 13 of 40 pass; the first fact each of the others misses
    'es-1220-jorge-pedido-y-la-guia': "the script contradicts itself: after its last message 'gracias crack 🙌' it states both '@ orders 0' and '@ orders 1'; every message before passes ('pedido directo' after the items places the order, h5 session 16)",
    # set 14 (scripts14.py, es-1401..es-1420 / en-1401..en-1420), written blind by h2 in session 16 and
    # played once on main at 0237b6d: 24 of 40 pass; the first fact each of the others misses.
    # h9 (session 16) fixed nine by their classes (a taking back before a change, chat about who
    # decides, ACH as a verb, answers to the bot's own question, items leaning on the one before,
    # a correction inside the line, 'm8 by 40', Spain's 'bobinas', 'scratch the …', 'did my last order get cancelled'): 35 of 40
    'en-1408-dave-wire-ship-now-backorder': "argued: message 2 'ship the 144 now and backorder the rest, PO NW-8812' places one order for 300 m (USD 222.00, PO kept) but as two lines, 144 shipping now and 156 back-ordered (ETA 2026-12-09, right: Houston's 242 due that day cover them; the item line now says '242 arriving 2026-12-09', no longer Houston's and Lima's 297 under Houston's date); the script expects one line of 300 ('@ order-line ELE-10008 300')",
    'en-1415-sarah-thx-then-po-go': "argued (README 'short', issue #14): message 4 'ok Tom says go, PO 55-3340' accepts the quote with its PO, but no warehouse holds the 8 BRG-10081 alone (3 in SCL, 7 in HOU; ERP.md: one warehouse ships a line), so the acceptance offers the cart's short-stock choice (1) one order for USD 102.76, 7 from HOU now and 1 back-ordered to 2026-11-29; 2) the FAG substitute; 3) a seller), the quote's lines kept in the cart and the PO kept for the order; '1' places it. The script expects the order at once ('~ O-\\\\d{4}-\\\\d{5}'): a split shipment is the buyer's to agree to",
    # set 15 (scripts15.py, es-1501..es-1520 / en-1501..en-1520), written blind by h2 in session 17 and
    # played once on main at 3412598 (+ the set itself): 20 of 40 pass; the first fact each of the others misses.
    # Session 17 (h7) fixed them by class (changes to a placed order, a competitor's price past the
    # discount limit, per-warehouse counts and splits, a guest's company with the item, bursts,
    # 'me cotizas'/'pasáis presupuesto', an order's arrival asked beside an item): 37 of 40 at bd39701;
    # the whole played set 714 pass, 13 expected failures (692 and 35 at 55be781), none new.
    'en-1506-ng-burst-good-morning-sir': "argued: the guest is asked who he buys for before message 4 (the greeting and the first priced item); the script expects it in the replies to message 4 ('10 pcs B54 belt Gates'), where both lines are priced right. Kept (h7, session 17): the bot asks once in the greeting and once with the first priced line; asking a third time on every later item would nag a buyer who already read it",
    'es-1512-mx-invitado-rafaga-baleros': "argued: the guest is asked who he buys for before message 4 (at the first messages); the script expects it in the replies to message 4 ('y 6 del 6205 zz koyo'), where both lines are priced right. Kept (h7, session 17): asked in the greeting and with the first priced line, once is what a buyer expects; asking on every item would nag",
    'es-1515-raul-bloqueado-cuanto-credito': "argued: message 3 'pedido' from the blocked customer gives an order number ('⏳ Pedido O-2026-00001 recibido … un vendedor debe revisarlo'), waiting for a seller; the script expects no order number and no order ('?no-order') before approval. Kept (h7, session 17): a blocked or held customer's order is placed pending a seller's approval (ERP.md: the approval is the question), as es-40's entry argues and six scripts of four blind writers expect for a held customer (es-1120's entry)",
    # set 16 (scripts16.py, es-1601..es-1620 / en-1601..en-1620), written blind by h9 in session 17 and
    # played once on main at 5c226d9 (+ the set itself): 22 of 40 pass; the first fact each of the others misses.
    'en-1614-sarah-ea-abbreviations': 'argued (the script\'s miss): message 2\'s \'4 ea 1/2 brass gate valves\' names no thread and the demo sells two (VAL-10002 NPT, VAL-10365 BSP), so the bot\'s question is right; the script expects VAL-10002 at once (\'$ VAL-10002 4 16.81 67.24\'); the 25 Norton 5" wheels are priced right',
    # set 17 (scripts17.py, es-1701..es-1720 / en-1701..en-1720), written blind by h2 in session 18 and
    # played once on main at f3e720a (+ the set itself): 21 of 40 pass; the first fact each of the others misses.
    # set 18 (scripts18.py, es-1801..es-1820 / en-1801..en-1820), written blind by h12 and
    # played once on main at bfe1934 (+ the set itself): 15 of 40 pass at first sight; after the demo mis-read
    # was fixed (nine buyers now say `din 933` / `metal`, replayed) 20 of 40; the first fact each of the others misses.
    'es-1805-jorge-responde-dos-mensajes-despues': "message 1 '10 rodamientos 6205 skf para la bomba de relaves' settles on the open BRG-10086 (6205 SKF) with no question; the script expects options among SKF's open, 2Z and 2RSH 6205 ('? choice')",
    # set 19 (scripts19.py, es-1901..es-1920 / en-1901..en-1920), written blind by h2 and
    # played once on main at f574027 (+ the set itself): 23 of 40 pass at first sight; the 17
    # others pass since h7's fixes by class (the one in stock picked, after-sale claims, quote
    # commands, the cart's total asked, items asked to be priced, the city shipped from, a PO
    # asked for): none left.
    # set 20 (scripts20.py, es-2001..es-2020 / en-2001..en-2020), written blind by h2 and played once
    # on main at 6de5272 (+ the set itself, 4d24e41): 26 of 40 pass; the first fact each of the others
    # misses. es-2011 and es-2019 were fixed for a mis-read of the demo (two Norton 4-1/2" inox wheels,
    # 1.0 and 1.6 mm: the buyers now say `4 1/2 x 1.0`) and replayed: es-2011 passes, 27 of 40.
    # set 21 (scripts21.py, es-2101..es-2120 / en-2101..en-2120), written blind by h2 and played once
    # on main at 39f1fa6 (+ the set itself): 17 of 40 pass; the first fact each of the others misses,
    # and what the bot did. No script was changed after the play.
    # Session 21's fixers (lead's split; take only your own): h6 — `*20`/`*SKU` corrections
    # (en-2101, en-2120, es-2101), same as a quote but 50 (en-2102, es-2102), an old quote named with
    # its items (es-2106, en-2115), `, quote please` ending the items (en-2116, en-2118), two orders by
    # cost centre (es-2107), cheaper than a brand (en-2108); h5 — an item added to a placed order
    # (es-2103, en-2103), datasheets and certificates (es-2104, en-2104, en-2105, es-2118), dictated
    # counts (es-2111, en-2112), guests (es-2112, en-2113, es-2115, en-2114).
    'en-2103-sarah-add-to-the-order': "message 3 ('oops, can you add 5 schneider 3p 32a contactors 220v coil to {order}? forgot them'), fact '$ ELE-10169 5 58.73 293.65': ELE-10169 not named (an item added to the order just placed goes to a seller ('a change to it … is made by a seller'); the contactors are not priced nor put on the order) Argued (h5, session 21): ERP.md writes a confirmed order to the ERP outbox once, with its lines; a line added after it is placed would be a second export of the same number the ERP may have taken already, so a change to a placed order is a seller's (README, sessions 17-18, pinned in both languages); the script expects the line on the order itself",
    'es-2103-jorge-agregale-al-pedido': "message 3 ('oye agrégale al pedido {order} 4 correas b54 gates porfa, se me pasaron'), fact '$ BLT-10265 4 10.58 42.32': BLT-10265 not named (an item added to the order just placed goes to a seller ('un cambio en él … lo hace un vendedor'); the B54 belts are not priced nor put on the order) Argued (h5, session 21): ERP.md writes a confirmed order to the ERP outbox once, with its lines; a line added after it is placed would be a second export of the same number the ERP may have taken already, so a change to a placed order is a seller's (README, sessions 17-18, pinned in both languages); the script expects the line on the order itself",
    'es-2115-cl-invitado-pregunta-todo-antes': "message 5 ('cómo hago el pedido?'), fact '~ (?i)empresa|raz[oó]n social|…|correo|email': the order asked while message 1's options wait (`ustedes venden rodamientos skf?` is read as a request and offers five SKF 6200/6201 bearings), so the bot asks to finish choosing first (SPEC: `order` while choosing asks to finish); messages 2-4 pass since h5 (session 21): `ok, necesito 10` is the 6207's count. Left: a question whether a brand is sold is answered with options",
    # set 22 (scripts22.py, es-2201..es-2220 / en-2201..en-2220), written blind by h11 and played once
    # on main at a86ad74 (+ the set itself): 27 of 40 pass at first sight; es-2217 was fixed for its
    # author's mis-read of ERP.md (Lima covered the 40 contactors it called short; now 200 Norton inox
    # wheels no warehouse covers) and passes: 28 of 40. The first fact each of the others misses, and
    # what the bot did.
    'es-2208-jorge-se-me-olvido-la-soldadura': "message 3 ('se me olvidó, agrega al pedido 10 kilos de soldadura 6011 1/8 indura'), fact '$ WLD-10033 10 3.78 37.80': WLD-10033 not named (an item added to the order just placed goes to a seller ('un cambio en él … lo hace un vendedor'); the rod is not priced nor put on the order)",
    'en-2212-dave-50-skf-only-32': "message 3 ('just send the 32 you have'), fact '~ O-\\d{4}-\\d{5}': no order (the short-stock choice offered '1) order + back-order 18 / 2) seller'; `just send the 32 you have` is answered \"I can't find that option\"). Arguable: shipping 32 and dropping the rest is not one of the offered options",
    'en-2214-in-guest-2-0-nos': "message 1 ('Dear Sir, kindly quote for 2 0 nos. contactor 3 pole 32 amp 220v coil schneider make. Regards, Prakash'), fact '$ ELE-10169 20 63.84 1276.80': ELE-10169: line total 1276.80 not shown (`2 0 nos.` is read as 2: quoted 2 at 63.84)",
    'en-2219-sarah-where-is-so-80002': "message 2 ('and SO-80005, what invoice was that on?'), fact '~ (?i)UPS|1Z999AA10123456784': no carrier nor tracking (the invoice F-39990 is named, with the statement; SO-80005's UPS tracking is not). Arguable: the buyer asked the invoice, which is given",
}


def _cases() -> list[Any]:
    return [
        pytest.param(p, marks=pytest.mark.xfail(reason=DISAGREE[p.stem], strict=True))
        if p.stem in DISAGREE
        else p
        for p in FILES
    ]


def transcript_clock(number: int) -> AbstractContextManager[None]:
    """Message `number` of a transcript kept for the docs, played at midday in Santiago
    today (a minute a message), so what the docs show does not hang on the hour they were
    made: after a warehouse's cutoff every line would ship tomorrow."""
    santiago = ZoneInfo("America/Santiago")
    noon = dt.datetime.combine(dt.datetime.now(santiago).date(), dt.time(12), santiago)
    return simulated(noon + dt.timedelta(minutes=number))


@pytest.mark.parametrize("path", _cases(), ids=[p.stem for p in FILES])
def test_a_buyer_conversation(path: Path, corpus_app: Flask, twilio: FakeTwilio) -> None:
    script = Script.read(path)
    player = Player(corpus_app, twilio, script)
    transcript: list[str] = []
    keep = os.environ.get("CONVERSATION_TRANSCRIPTS")  # docs/conversations.md is made so
    for number, (message, facts) in enumerate(script.steps, start=1):
        with transcript_clock(number) if keep else nullcontext():
            replies = player.send(message)
        transcript += [f"> {player.fill(message)}", replies]
        for fact in facts:
            try:
                player.check(fact, replies)
            except AssertionError as exc:
                shown = "\n".join(transcript)
                raise AssertionError(
                    f"{path.name}, message {number} ({message!r}), fact {fact!r}: {exc}\n"
                    f"--- as the buyer saw it ---\n{shown}"
                ) from None
    if keep:
        out = Path(keep) / f"{path.stem}.md"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(f"### {script.header['title']}\n\n```\n" + "\n".join(transcript)
                       + "\n```\n", encoding="utf-8")  # fmt: skip


def test_a_spanish_buyer_reads_the_options_in_spanish(
    corpus_app: Flask, twilio: FakeTwilio
) -> None:
    """Item names come from the ERP's Spanish description, options included (#14 item 11)."""
    buyer = Customer(corpus_app, "+56912345001")  # Jorge Müller, Minera Los Andes (es)
    buyer.send("rodamiento 6204 x 3")
    answer = "\n".join(twilio.bodies(buyer.address))
    assert "RODAMIENTO" in answer and "Deep groove" not in answer, answer
