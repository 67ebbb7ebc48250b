"""A back-order line follows the ERP's dates: each `mostrador erp import` of a stock.csv
re-dates the open back-order lines (a later incoming_eta, an earlier one, the stock
arrived), with an audit event, and the buyer's `estado` shows the new date. Through the
signed webhook, the CLI and /api/v1; SQLite, and PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from flask import Flask
from sqlalchemy.engine import Engine

from bot.clock import utcnow
from tests.conftest import API_TOKEN, ErpFolder
from tests.test_backorder import BEARINGS, BELTS, JORGE, lines, orders, shop, text
from tests.test_taps import Buyer
from tests.twilio_fakes import FakeTwilio

__all__ = ["shop"]  # the two-warehouse shop of test_backorder, as a fixture here too

# The ERP's stock after it took the order: its `reserved` counts what ships now (20 belts
# from SCL, 8 bearings from ANF), so releasing Mostrador's holds frees nothing twice.
STOCK = ("sku,warehouse,on_hand,reserved,incoming,incoming_eta\n"
         "B-SKF,SCL,5,,,\nB-NSK,SCL,100,,,\nF-840,SCL,5000,,,\n")  # fmt: skip


def erp_import(app: Flask, erp: ErpFolder, stock: str) -> str:
    erp.write(stock=STOCK + stock)
    result = app.test_cli_runner().invoke(args=["erp", "import", str(erp.path)])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_stock_import_re_dates_open_back_orders_and_estado_shows_the_new_date(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, shop: ErpFolder
) -> None:
    jorge = Buyer(whatsapp_app, twilio, JORGE)
    jorge.say("Hola")
    jorge.say(f"{BELTS}\n{BEARINGS}")
    jorge.say("pedido")
    jorge.say("1")
    [order] = orders(db)
    before = [(sku, qty, later, eta) for sku, qty, _, later, eta in lines(db, order)]
    assert ("V-A42", 580, True, "2026-12-30") in before and ("B-SKF", 12, True, None) in before

    # the supplier is late for the belts; bearings now come to Antofagasta on the 20th
    said = erp_import(whatsapp_app, shop, "B-SKF,ANF,8,8,40,2026-12-20\nV-A42,SCL,20,20,600,2027-01-15\n")
    assert (f"back-order ETAs re-dated: {order.number} V-A42 2026-12-30 → 2027-01-15; "
            f"{order.number} B-SKF to confirm → 2026-12-20") in said  # fmt: skip
    after = {(sku, later): eta for sku, _, _, later, eta in lines(db, order)}
    assert after[("V-A42", True)] == "2027-01-15" and after[("B-SKF", True)] == "2026-12-20"
    status = text(jorge, jorge.say("¿en qué va mi pedido?"))
    assert "580 EA V-A42, llegada estimada 2027-01-15" in status, status
    assert "12 EA B-SKF, llegada estimada 2026-12-20" in status
    assert "2026-12-30" not in status

    whatsapp_app.config["API_TOKEN"] = API_TOKEN
    api = whatsapp_app.test_client()
    api.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {API_TOKEN}"
    events = [e for e in api.get(f"/api/v1/audit?subject={order.number}").json
              if e["event"] == "backorder.redated"]  # fmt: skip
    assert [(e["data"]["sku"], e["data"]["eta_before"], e["data"]["eta"])
            for e in events] == [("V-A42", "2026-12-30", "2027-01-15"),
                                 ("B-SKF", None, "2026-12-20")]  # fmt: skip

    # the same stock again: nothing to re-date, nothing audited
    again = erp_import(whatsapp_app, shop, "B-SKF,ANF,8,8,40,2026-12-20\nV-A42,SCL,20,20,600,2027-01-15\n")
    assert "re-dated" not in again

    # the belts arrive (on hand, nothing incoming): expected today; the bearings' incoming
    # is gone without arriving: a seller confirms the date again
    arrived = erp_import(whatsapp_app, shop, "B-SKF,ANF,8,8,,\nV-A42,SCL,620,20,,\n")
    today = utcnow().astimezone(ZoneInfo("America/Santiago")).date().isoformat()
    assert f"{order.number} V-A42 2027-01-15 → {today}" in arrived
    assert f"{order.number} B-SKF 2026-12-20 → to confirm" in arrived
    status = text(jorge, jorge.say("estado"))
    assert f"580 EA V-A42, llegada estimada {today}" in status
    assert "12 EA B-SKF, fecha por confirmar" in status


def test_a_cancelled_order_is_not_re_dated(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, shop: ErpFolder
) -> None:
    jorge = Buyer(whatsapp_app, twilio, JORGE)
    jorge.say("Hola")
    jorge.say(BELTS)
    jorge.say("pedido")
    jorge.say("1")
    [order] = orders(db)
    runner = whatsapp_app.test_cli_runner()
    cancelled = runner.invoke(args=["order", "cancel", order.number, "--reason", "buyer changed"])
    if cancelled.exit_code != 0:  # exported already (jobs run in-process): the ERP cancels it
        shop.write(order_status="order,customer_id,status,erp_document,updated,carrier,tracking,"
                   f"tracking_url,eta,invoice\n{order.number},C001,cancelled,,{utcnow().date()},"
                   ",,,,\n")  # fmt: skip
    said = erp_import(whatsapp_app, shop, "B-SKF,ANF,8,,,\nV-A42,SCL,20,,600,2027-02-01\n")
    assert "re-dated" not in said
    assert ("V-A42", 580, True, "2026-12-30") in [
        (sku, qty, later, eta) for sku, qty, _, later, eta in lines(db, order)
    ]
