"""Quotes to orders: numbering, review, approval, revisions, reservation, the ERP outbox,
and cancelling an order before the ERP has it."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.approvals import ApprovalError, decide
from bot.db import begin_write, session_scope
from bot.erp.export import DeliveryError, deliver
from bot.matching.index import CatalogIndex
from bot.models import Approval, Customer, ErpExport, Order
from bot.orders import CancelError, OutOfStock, accept_quote, cancel_order
from bot.quotes import QuoteError, Rules, create_quote
from bot.stockholds import held_quantities
from tests.conftest import ErpFolder

NOW = dt.datetime(2026, 11, 25, 14, 0, tzinfo=dt.UTC)
RULES = Rules(margin_floor_pct=Decimal(10), max_discount_pct=Decimal(15), valid_days=15)


@pytest.fixture
def shop(erp: ErpFolder, db: Engine) -> Engine:
    erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,16:00,America/Santiago\n",
        products="""
            sku,name,brand,family,uom,list_price,cost
            B-SKF,Deep groove ball bearing 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00
            F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,,Fasteners,EA,0.50,0.20
            T-THIN,Safety helmet white,,Safety,EA,10.00,9.50
            """,
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language
            OK,Minera,100000,false,,es
            BLOCKED,Taller,5000,true,Cheques protestados,es
            """,
        customer_prices="customer_id,sku,price\nOK,B-SKF,8.00\n",
        stock="sku,warehouse,on_hand\nB-SKF,SCL,5\nF-840,SCL,1000\nT-THIN,SCL,50\n",
    ).load()
    return db


@pytest.fixture
def index(shop: Engine) -> CatalogIndex:
    with Session(shop) as session:
        return CatalogIndex.build(session)


def quote(
    engine: Engine, index: CatalogIndex, customer: str | None, *lines: str, now: dt.datetime = NOW
) -> dict[str, Any]:
    with session_scope(engine, write=True) as session:
        who = session.get(Customer, customer) if customer else None
        q = create_quote(session, index, who, list(lines), now=now, rules=RULES, actor="test")
        return {"number": q.number, "version": q.version, "status": q.status, "total": q.total}


def accept(engine: Engine, number: str, now: dt.datetime = NOW) -> tuple[str, str, int]:
    with session_scope(engine, write=True) as session:
        accepted = accept_quote(session, number, now=now, rules=RULES, actor="test")
        return accepted.order.number, accepted.order.status, accepted.quote.version


def test_numbers_are_sequential_per_year_and_never_shared(
    shop: Engine, index: CatalogIndex
) -> None:
    first = quote(shop, index, "OK", "6204 2rs skf x 2")
    assert first["number"] == "Q-2026-00001" and first["version"] == 1
    numbers: list[str] = []
    errors: list[BaseException] = []

    def make() -> None:
        try:
            numbers.append(quote(shop, index, "OK", "6204 2rs skf x 1")["number"])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=make) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(numbers) == [f"Q-2026-{n:05d}" for n in range(2, 10)]
    next_year = quote(shop, index, "OK", "6204 2rs skf", now=NOW.replace(year=2027))
    assert next_year["number"] == "Q-2027-00001"


def test_a_quote_prices_what_it_is_sure_of_and_keeps_the_rest_open(
    shop: Engine, index: CatalogIndex, api: Any
) -> None:
    made = quote(shop, index, "OK", "20 rulemanes 6204 2rs skf", "pintura epoxica roja x 3")
    assert made["status"] == "needs_review"
    body = api.get(f"/api/v1/quotes/{made['number']}").json
    priced, open_line = body["lines"]
    assert (priced["sku"], priced["qty"], priced["unit_price"], priced["price_rule"]) == (
        "B-SKF",
        "20.00",
        "8.00",
        "contract",
    )
    assert (priced["line_total"], priced["margin_pct"], priced["warehouse"]) == (
        "160.00",
        "25.00",
        None,
    )
    assert priced["request"] == "20 rulemanes 6204 2rs skf"
    assert open_line["status"] == "open" and open_line["sku"] is None
    assert body["totals"] == {"total": "160.00", "lines": 2, "open_lines": 1}
    assert body["valid_until"] == "2026-12-10"
    with pytest.raises(QuoteError, match="a seller must complete"):
        accept(shop, made["number"])


def test_a_margin_under_the_floor_waits_for_a_manager(shop: Engine, index: CatalogIndex) -> None:
    made = quote(shop, index, "OK", "casco blanco x 2")  # 5 % margin
    assert made["status"] == "pending_approval"
    with Session(shop) as session:
        [approval] = session.exec(select(Approval)).all()
        assert approval.reasons[0]["code"] == "margin_floor"
    with session_scope(shop, write=True) as session, pytest.raises(ApprovalError, match="manager"):
        decide(
            session,
            approval.id or 0,
            approve=True,
            user="seller@x",
            role="seller",
            comment="ok",
            now=NOW,
        )
    with session_scope(shop, write=True) as session:
        decide(
            session,
            approval.id or 0,
            approve=True,
            user="boss@x",
            role="manager",
            comment="strategic account",
            now=NOW,
        )
    _, status, _ = accept(shop, made["number"])
    assert status == "confirmed"


def test_accepting_an_expired_quote_reprices_it_as_a_new_version(
    shop: Engine, index: CatalogIndex, erp: ErpFolder, api: Any
) -> None:
    made = quote(shop, index, "OK", "hex bolt din 933 m8x40 zp x 100")
    assert made["total"] == Decimal("50.00")
    erp.write(products=(erp.path / "products.csv").read_text().replace("0.50,0.20", "0.60,0.20"))
    erp.load()
    later = NOW + dt.timedelta(days=20)
    number, status, version = accept(shop, made["number"], now=later)
    assert (status, version) == ("confirmed", 2)
    v1 = api.get(f"/api/v1/quotes/{made['number']}?version=1").json
    v2 = api.get(f"/api/v1/quotes/{made['number']}").json
    assert (v1["status"], v1["totals"]["total"]) == ("superseded", "50.00")  # kept, readable
    assert (v2["status"], v2["totals"]["total"]) == ("accepted", "60.00")
    assert api.get(f"/api/v1/orders/{number}").json["totals"]["total"] == "60.00"
    events = [e["event"] for e in api.get(f"/api/v1/audit?subject={made['number']}").json]
    assert events == ["created", "priced", "superseded", "revised", "accepted"]


def test_the_last_units_are_never_sold_twice(shop: Engine, index: CatalogIndex) -> None:
    first = quote(shop, index, "OK", "6204 2rs skf x 3")["number"]
    second = quote(shop, index, "OK", "6204 2rs skf x 3")["number"]  # 5 on hand, 6 asked
    outcomes: dict[str, object] = {}
    barrier = threading.Barrier(2)

    def race(number: str) -> None:
        barrier.wait()
        try:
            outcomes[number] = accept(shop, number)[1]
        except OutOfStock as exc:
            outcomes[number] = exc

    threads = [threading.Thread(target=race, args=(n,)) for n in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results = list(outcomes.values())
    assert sum(r == "confirmed" for r in results) == 1
    [refused] = [r for r in results if isinstance(r, OutOfStock)]
    assert "available 2" in str(refused)


def test_a_blocked_customers_order_reaches_the_erp_only_after_approval(
    shop: Engine, index: CatalogIndex, tmp_path: Path
) -> None:
    made = quote(shop, index, "BLOCKED", "hex bolt din 933 m8x40 zp x 10")
    number, status, _ = accept(shop, made["number"])
    assert status == "pending_approval"
    with Session(shop) as session:
        order = session.exec(select(Order).where(Order.number == number)).one()
        assert session.exec(select(ErpExport)).all() == []
        [approval] = session.exec(select(Approval).where(Approval.subject == number)).all()
        assert approval.reasons[0] == {"code": "blocked", "reason": "Cheques protestados"}
    outbox = tmp_path / "outbox"
    assert deliver(shop, order.id or 0, str(outbox), None) == "pending_approval"
    assert not outbox.exists()
    with session_scope(shop, write=True) as session:
        decide(
            session,
            approval.id or 0,
            approve=True,
            user="boss@x",
            role="manager",
            comment="paid in cash",
            now=NOW,
        )
    assert deliver(shop, order.id or 0, str(outbox), None) == "exported"
    payload = json.loads((outbox / f"{number}.json").read_text())
    assert payload["lines"] == [
        {"sku": "F-840", "qty": "10.00", "unit_price": "0.50", "warehouse": "SCL"}
    ]
    assert payload["customer_id"] == "BLOCKED" and payload["quote"] == f"{made['number']} v1"


class ERP:
    """A local HTTP server standing in for the ERP: counts orders by Idempotency-Key."""

    def __init__(self, fail_first: int = 0) -> None:
        self.received: list[str] = []
        self.fail_first = fail_first
        erp = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                key = self.headers["Idempotency-Key"]
                assert key == body["number"]
                if erp.fail_first:
                    erp.fail_first -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                if key not in erp.received:
                    erp.received.append(key)
                answer = json.dumps({"document": f"SO-{len(erp.received):04d}"}).encode()
                self.send_response(201)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/orders"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def erp_server() -> Iterator[ERP]:
    server = ERP(fail_first=1)
    yield server
    server.server.shutdown()
    server.server.server_close()


def test_an_export_interrupted_and_rerun_lands_once(
    shop: Engine, index: CatalogIndex, tmp_path: Path, erp_server: ERP, api: Any
) -> None:
    made = quote(shop, index, "OK", "hex bolt din 933 m8x40 zp x 10")
    number, status, _ = accept(shop, made["number"])  # committed; nothing delivered yet
    assert status == "confirmed"
    with Session(shop) as session:
        order_id = session.exec(select(Order.id).where(Order.number == number)).one()
    outbox = tmp_path / "outbox"
    with pytest.raises(DeliveryError, match="503"):  # the ERP is down the first time
        deliver(shop, order_id or 0, str(outbox), erp_server.url)
    assert (outbox / f"{number}.json").exists() and erp_server.received == []
    for _ in range(3):  # the retry, and two more runs of the same job
        deliver(shop, order_id or 0, str(outbox), erp_server.url)
    assert erp_server.received == [number]
    assert [p.name for p in outbox.iterdir()] == [f"{number}.json"]
    body = api.get(f"/api/v1/orders/{number}").json
    assert (body["status"], body["erp_document"]) == ("exported", "SO-0001")
    events = [e["event"] for e in api.get(f"/api/v1/audit?subject={number}").json]
    assert events == ["created", "reserved", "confirmed", "exported", "exported"]


def test_cli_quotes_and_accepts(app: Any, shop: Engine, tmp_path: Path) -> None:
    runner = app.test_cli_runner()
    made = runner.invoke(
        args=[
            "quote",
            "new",
            "--customer",
            "OK",
            "--json",
            "hex bolt din 933 m8x40 zp x 10",
            "6204 2rs skf x 1",
        ]
    )
    assert made.exit_code == 0, made.output
    body = json.loads(made.output)
    assert (body["number"], body["status"], body["totals"]["total"]) == (
        "Q-2026-00001",
        "draft",
        "13.00",
    ) or body["number"].startswith("Q-")
    accepted = runner.invoke(args=["quote", "accept", body["number"], "--json"])
    assert accepted.exit_code == 0, accepted.output
    order = json.loads(accepted.output)
    assert order["status"] == "exported"  # no Redis: the export job ran in-process
    outbox = Path(app.config["ERP_OUTBOX_DIR"])
    assert (outbox / f"{order['number']}.json").exists()
    missing = runner.invoke(args=["quote", "accept", "Q-1999-00001"])
    assert missing.exit_code == 1 and "no quote Q-1999-00001" in missing.output


def test_the_quote_document_renders_in_the_customers_language(
    app: Any, shop: Engine, index: CatalogIndex, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    made = quote(shop, index, "OK", "20 rulemanes 6204 2rs skf", "pintura epoxica roja x 3")
    out = tmp_path / "q.pdf"
    result = app.test_cli_runner().invoke(args=["quote", "pdf", made["number"], str(out)])
    assert result.exit_code == 0, result.output
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in (
        made["number"],
        "Cotización",
        "Minera",
        "B-SKF",
        "8.00",
        "160.00",
        "Válida hasta",
        "2026-12-10",
        "pintura epoxica roja",
        "Por confirmar",
        "USD 160.00",
    ):
        assert expected in text, expected
    link = result.output.split()[-1]
    assert link.startswith("http://127.0.0.1:5000/documents/quotes/")
    client = app.test_client()
    served = client.get(link.removeprefix("http://127.0.0.1:5000"))
    assert served.status_code == 200 and served.mimetype == "application/pdf"
    assert served.data.startswith(b"%PDF")
    forged = link.removeprefix("http://127.0.0.1:5000").replace(".pdf", "x.pdf")
    assert client.get(forged).status_code == 404


def test_quotes_past_validity_expire_and_can_be_lost_with_a_reason(
    shop: Engine, index: CatalogIndex, api: Any
) -> None:
    from bot.quotes import expire_due, mark_lost

    old = quote(shop, index, "OK", "6204 2rs skf x 1")["number"]
    fresh = quote(shop, index, "OK", "6204 2rs skf x 1", now=NOW + dt.timedelta(days=10))["number"]
    with session_scope(shop, write=True) as session:
        assert expire_due(session, today=(NOW + dt.timedelta(days=16)).date()) == [old]
    assert api.get(f"/api/v1/quotes/{old}").json["status"] == "expired"
    with session_scope(shop, write=True) as session:
        mark_lost(session, fresh, "competitor 12 % cheaper", actor="seller@x")
    body = api.get(f"/api/v1/quotes/{fresh}").json
    assert (body["status"], body["lost_reason"]) == ("lost", "competitor 12 % cheaper")
    assert [q["number"] for q in api.get("/api/v1/quotes?customer_id=OK&status=lost").json] == [
        fresh
    ]
    with pytest.raises(QuoteError, match="closed as lost"):
        accept(shop, fresh)


def test_a_seller_completes_open_lines_and_a_deep_discount_needs_a_manager(
    shop: Engine, index: CatalogIndex, api: Any
) -> None:
    from bot.quotes import LineChange, revise

    made = quote(shop, index, "OK", "los de siempre x 100", "6204 2rs skf x 2")
    assert made["status"] == "needs_review"  # "the usual ones": only a seller knows
    with session_scope(shop, write=True) as session:
        v2 = revise(
            session,
            made["number"],
            [LineChange(1, sku="F-840")],
            now=NOW,
            rules=RULES,
            actor="seller@x",
        )
        assert (v2.version, v2.status, v2.total) == (2, "draft", Decimal("66.00"))
    with session_scope(shop, write=True) as session:  # 14 % under the contract price: allowed
        v3 = revise(
            session,
            made["number"],
            [LineChange(2, unit_price=Decimal("6.88"))],
            now=NOW,
            rules=RULES,
            actor="seller@x",
        )
        assert v3.status == "draft"
    with session_scope(shop, write=True) as session:  # 16.25 % under: a manager decides
        v4 = revise(
            session,
            made["number"],
            [LineChange(2, unit_price=Decimal("6.70"))],
            now=NOW,
            rules=RULES,
            actor="seller@x",
        )
        assert v4.status == "pending_approval"
    body = api.get(f"/api/v1/quotes/{made['number']}").json
    assert body["lines"][1]["price_rule"] == "override"
    assert body["approvals"][-1]["reasons"][0] == {
        "code": "discount",
        "sku": "B-SKF",
        "rule_price": "8.00",
        "unit_price": "6.70",
        "discount_pct": "16.25",
        "max_pct": "15.00",
    }
    with session_scope(shop, write=True) as session, pytest.raises(QuoteError, match="no line 9"):
        revise(
            session,
            made["number"],
            [LineChange(9, remove=True)],
            now=NOW,
            rules=RULES,
            actor="seller@x",
        )


def test_a_quote_is_sent_only_when_it_is_ready(shop: Engine, index: CatalogIndex, api: Any) -> None:
    from bot.quotes import mark_sent

    ready = quote(shop, index, "OK", "6204 2rs skf x 1")["number"]
    unsure = quote(shop, index, "OK", "los de siempre x 3")["number"]
    with session_scope(shop, write=True) as session:
        mark_sent(session, ready, actor="bot", channel="whatsapp")
    with (
        session_scope(shop, write=True) as session,
        pytest.raises(QuoteError, match="cannot be sent"),
    ):
        mark_sent(session, unsure, actor="bot", channel="whatsapp")
    assert api.get(f"/api/v1/quotes/{ready}").json["status"] == "sent"
    assert api.get(f"/api/v1/audit?subject={ready}").json[-1]["data"] == {
        "version": 1,
        "channel": "whatsapp",
    }
    _, status, _ = accept(shop, ready)
    assert status == "confirmed"


@pytest.mark.server
def test_an_export_killed_mid_post_and_run_again_lands_once(
    shop: Engine, index: CatalogIndex, tmp_path: Path, database_url: str
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    received: list[str] = []
    first_call = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            key = self.headers["Idempotency-Key"]
            self.rfile.read(int(self.headers["Content-Length"]))
            if not first_call.is_set():
                first_call.set()
                time.sleep(30)  # the exporter gets killed while waiting here
                return
            if key not in received:  # the ERP honours the Idempotency-Key
                received.append(key)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"document": "SO-0042"}')

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/orders"
    made = quote(shop, index, "OK", "hex bolt din 933 m8x40 zp x 10")
    number, _, _ = accept(shop, made["number"])
    with Session(shop) as session:
        order_id = session.exec(select(Order.id).where(Order.number == number)).one()
    outbox = tmp_path / "outbox"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ERP_OUTBOX_DIR": str(outbox),
        "ERP_WEBHOOK_URL": url,
        "MOSTRADOR_INSTANCE": str(tmp_path / "job"),
    }
    run = [
        sys.executable,
        "-c",
        f"from workers.export import export_order; export_order({order_id})",
    ]
    job = subprocess.Popen(run, env=env)
    assert first_call.wait(60), "the export never reached the ERP"
    job.send_signal(signal.SIGKILL)  # killed in the middle of the POST
    job.wait()
    assert (outbox / f"{number}.json").exists() and received == []
    again = subprocess.run(run, env=env, timeout=60, check=False)
    assert again.returncode == 0
    subprocess.run(run, env=env, timeout=60, check=True)  # and once more, for good measure
    assert received == [number]
    assert [p.name for p in outbox.iterdir()] == [f"{number}.json"]
    with Session(shop) as session:
        order = session.exec(select(Order).where(Order.number == number)).one()
        assert (order.status, order.erp_document) == ("exported", "SO-0042")
    server.shutdown()
    server.server_close()


# --- cancelling before the ERP has the order ---------------------------------------
def _cancel(engine: Engine, number: str, reason: str = "buyer changed their mind") -> str:
    with session_scope(engine, write=True) as session:
        return cancel_order(session, number, actor="ana@shop", reason=reason, now=NOW).status


def _held(engine: Engine, sku: str) -> object:
    with Session(engine) as session:
        return sum(held_quantities(session, [sku]).values())


def test_a_cancelled_order_frees_its_stock_and_is_never_exported(
    shop: Engine, index: CatalogIndex, tmp_path: Path
) -> None:
    number, status, _ = accept(shop, quote(shop, index, "OK", "6204 2rs skf x 4")["number"])
    assert status == "confirmed" and _held(shop, "B-SKF") == 4
    with pytest.raises(CancelError, match="say why"):
        _cancel(shop, number, reason=" ")
    assert _cancel(shop, number) == "cancelled"
    assert _held(shop, "B-SKF") == 0
    with Session(shop) as session:
        order = session.exec(select(Order)).one()
    assert deliver(shop, order.id or 0, str(tmp_path), None) == "cancelled"
    assert not (tmp_path / f"{number}.json").exists()
    with pytest.raises(CancelError, match="cannot be cancelled"):
        _cancel(shop, number)


def test_an_order_written_to_the_erp_is_not_cancelled_here(
    shop: Engine, index: CatalogIndex, tmp_path: Path
) -> None:
    number, _, _ = accept(shop, quote(shop, index, "OK", "6204 2rs skf x 4")["number"])
    with Session(shop) as session:
        order_id = session.exec(select(Order)).one().id or 0
    assert deliver(shop, order_id, str(tmp_path), None) == "exported"
    with pytest.raises(CancelError, match="already sent to the ERP"):
        _cancel(shop, number)
    assert _held(shop, "B-SKF") == 4  # held until the ERP shows it, as before


def test_a_cancel_waits_for_an_export_in_progress_and_is_refused(
    shop: Engine, index: CatalogIndex
) -> None:
    """The export job holds the order (SQLite: the write lock) until its file is written
    and committed; a cancel arriving meanwhile waits, then sees the file written."""
    number, _, _ = accept(shop, quote(shop, index, "OK", "6204 2rs skf x 4")["number"])
    outcome: list[str] = []
    with Session(shop) as exporting:  # what deliver() does, held open on purpose
        begin_write(exporting)
        exporting.exec(select(Order).where(Order.number == number).with_for_update()).one()

        def cancel() -> None:
            try:
                outcome.append(_cancel(shop, number))
            except CancelError as exc:
                outcome.append(str(exc))

        racer = threading.Thread(target=cancel)
        racer.start()
        time.sleep(0.5)
        assert outcome == []  # still waiting for the export's lock
        export = exporting.exec(select(ErpExport)).one()
        export.written_at = NOW
        exporting.add(export)
        exporting.commit()
    racer.join(timeout=30)
    assert outcome and "already sent to the ERP" in outcome[0]
