"""Learning from sellers: a completed open line is remembered for that customer, the
next equivalent request is settled on its own, a seller can forget it, and
`mostrador xref export` hands the references to the ERP."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session

from tests.conftest import ErpFolder
from tests.console_client import ConsoleClient
from tests.twilio_fakes import Customer, FakeTwilio

CATALOG = """
    sku,name,description,brand,family,uom,list_price,aliases
    0500010,GRASA LITIO EP2 CARTUCHO 400G,GRASA LITIO EP2 CARTUCHO 400G,,LUBRICANTES,UN,6,
    0500011,GRASA LITIO EP2 BALDE 18KG,GRASA LITIO EP2 BALDE 18KG,,LUBRICANTES,UN,90,
    """


def _setup(erp: ErpFolder, app: Flask) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nCL1,Minera Norte,es\nCL2,Otra,es\n",
        warehouses="warehouse,name,timezone,cutoff\nSCL,Santiago,America/Santiago,16:00\n",
        stock="sku,warehouse,on_hand\n0500010,SCL,100\n0500011,SCL,10\n",
    ).load()


def match(api: Any, customer: str, line: str) -> dict[str, Any]:
    response = api.post("/api/v1/match", json={"customer_id": customer, "lines": [line]})
    assert response.status_code == 200, response.json
    answer: dict[str, Any] = response.json[0]
    return answer


def test_a_seller_completes_a_line_and_the_next_request_is_settled(
    app: Flask, api: Any, erp: ErpFolder, tmp_path: Path
) -> None:
    _setup(erp, app)
    words = "20 grasa azul para rodamientos cartucho"  # the customer's own way of saying it
    assert match(api, "CL1", words)["decision"] != "auto"
    created = app.test_cli_runner().invoke(args=["quote", "new", "--customer", "CL1", words])
    assert created.exit_code == 0, created.output
    number = next(w for w in created.output.split() if w.startswith("Q-"))

    seller = ConsoleClient(app, "vendedor@demo.example")
    page = seller.get(f"/console/quotes/{number}").get_data(as_text=True)
    assert 'name="remember-1"' in page and "checked" in page  # on by default
    response = seller.post(
        f"/console/quotes/{number}/revise", **{"other-1": "0500010", "remember-1": "1"}
    )
    assert response.status_code == 302

    again = match(api, "CL1", "grasa azul para rodamientos cartucho x 5")
    assert (again["decision"], again["sku"], again["reason"]) == ("auto", "0500010", "learned")
    assert again["quantity"] == 5
    # Another customer saying the same words is not settled by CL1's habit.
    assert match(api, "CL2", words)["decision"] != "auto"

    out = tmp_path / "xref.csv"
    exported = app.test_cli_runner().invoke(args=["xref", "export", str(out)])
    assert exported.exit_code == 0, exported.output
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows == [{"customer_id": "CL1", "customer_part": words, "sku": "0500010"}]

    listing = seller.get("/console/customers/CL1/learned").get_data(as_text=True)
    assert words in listing and "0500010" in listing and "vendedor@demo.example" in listing
    ref_id = listing.split('data-ref="')[1].split('"')[0]
    assert seller.post(f"/console/learned/{ref_id}/forget").status_code == 302
    assert match(api, "CL1", words)["decision"] != "auto"
    events = api.get("/api/v1/audit?subject=customer:CL1").json
    assert [e["event"] for e in events] == ["reference learned", "reference forgotten"]


def test_an_unticked_box_teaches_nothing(app: Flask, api: Any, erp: ErpFolder) -> None:
    _setup(erp, app)
    words = "grasa azul balde grande"
    created = app.test_cli_runner().invoke(args=["quote", "new", "--customer", "CL1", words])
    number = next(w for w in created.output.split() if w.startswith("Q-"))
    seller = ConsoleClient(app, "vendedor@demo.example")
    seller.get(f"/console/quotes/{number}")
    assert (
        seller.post(f"/console/quotes/{number}/revise", **{"other-1": "0500011"}).status_code == 302
    )
    assert match(api, "CL1", words)["decision"] != "auto"


def test_a_chat_turn_reads_learned_references_only_when_they_changed(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    """Issue #19: a worker keeps a customer's learned keys while their stamp (how many,
    the newest's time; read with the turn's first statement) is unchanged; one taught or
    forgotten elsewhere (the console, another worker: another engine here) is read at the
    next turn."""
    from bot.matching.learning import forget, remember
    from bot.matching.service import current_index

    jorge = Customer(whatsapp_app, "+56912345001")
    reads: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().startswith("SELECT learned_references.request_key"):
            reads.append(statement)

    words = "repuesto del molino chico"  # no item of the shop's catalog by its words
    sa.event.listen(Engine, "before_cursor_execute", count)
    try:
        assert jorge.send("hola").status_code == 200
        jorge.send(f"2 {words}")
        assert "B-SKF" not in twilio.bodies(jorge.address)[-1]
        first = len(reads)
        assert first >= 1
        jorge.send(f"3 {words}")
        assert len(reads) == first  # unchanged: kept, not read again
        with whatsapp_app.app_context(), Session(db) as session:
            ref = remember(session, current_index(), customer_id="C001", text=words,
                           sku="B-SKF", actor="seller@demo.example", source="seller")  # fmt: skip
            assert ref is not None
            session.commit()
            ref_id = ref.id or 0
        jorge.send(f"4 {words}")
        assert len(reads) == first + 1
        assert "6204-2RSH SKF" in "\n".join(twilio.bodies(jorge.address)[-2:])  # learned
        jorge.send(f"5 {words}")
        assert len(reads) == first + 1
        with Session(db) as session:
            assert forget(session, ref_id, "seller@demo.example") is not None
            session.commit()
        jorge.send(f"6 {words}")
        assert len(reads) == first + 2
    finally:
        sa.event.remove(Engine, "before_cursor_execute", count)
