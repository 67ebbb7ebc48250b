"""The quote document a distributor sends, read back from the PDF (pypdf): made with
`mostrador quote new` / `quote pdf` on an imported ERP folder, and fetched by its
signed link."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from pypdf import PdfReader
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import create_app
from bot.db import session_scope
from bot.documents import link_for
from bot.models import Quote
from bot.quote_document import tax_totals
from bot.quotes import LineChange, Rules, revise
from tests.conftest import ErpFolder, close_app

SELLER = "paula.rojas@dist.example"


@pytest.fixture
def folder(erp: ErpFolder) -> ErpFolder:
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n",
        products="""
            sku,name,description,brand,family,uom,list_price,cost
            B-SKF,Deep groove ball bearing 6204-2RSH SKF,RODAMIENTO RIGIDO 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00
            F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,PERNO HEX DIN 933 M8X40 8.8 ZINCADO,,Fasteners,EA,0.50,0.20
            C-100,Steel cable 8 mm galvanized,CABLE DE ACERO 8 MM GALVANIZADO,,Rigging,M,2.00,1.00
            """,
        customers=f"""
            customer_id,name,tax_id,address,seller_email,payment_terms_days,credit_limit,language,default_warehouse
            C001,Minera Los Andes SpA,76.123.456-7,"Av. Apoquindo 4500, Las Condes",{SELLER},30,100000,es,SCL
            C002,Pacific Industrial Supply Inc.,94-1234567,"500 Harbor Blvd, Oakland CA",,0,100000,en,SCL
            """,
        customer_prices="customer_id,sku,price\nC001,B-SKF,8.00\n",
        stock="sku,warehouse,on_hand,incoming,incoming_eta\n"
        "B-SKF,SCL,100,,\nF-840,SCL,5000,,\nC-100,SCL,40,200,2026-12-20\n",
    )


@pytest.fixture
def doc_app(db: Engine, database_url: str, tmp_path: Path, folder: ErpFolder) -> Iterator[Flask]:
    folder.load()
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (29, 78, 137)).save(logo)
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "TAX_RATE_PCT": Decimal(19), "TAX_NAME": "IVA",
        "COMPANY_NAME": "Rodamientos del Pacífico SpA", "COMPANY_TAX_ID": "77.654.321-0",
        "COMPANY_ADDRESS": "Av. Industrial 1234, Quilicura", "COMPANY_LOGO": str(logo),
    })  # fmt: skip
    added = app.test_cli_runner().invoke(
        args=["users", "add", SELLER, "--role", "seller", "--name", "Paula Rojas",
              "--phone", "+56 9 8765 4321", "--password", "a-long-password"],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    yield app
    close_app(app)


def new_quote(app: Flask, customer: str, *lines: str) -> dict[str, Any]:
    made = app.test_cli_runner().invoke(
        args=["quote", "new", "--customer", customer, "--json", *lines]
    )
    assert made.exit_code == 0, made.output
    body: dict[str, Any] = json.loads(made.output)
    return body


def pdf_text(app: Flask, number: str, tmp_path: Path) -> tuple[str, PdfReader]:
    out = tmp_path / f"{number}.pdf"
    result = app.test_cli_runner().invoke(args=["quote", "pdf", number, str(out)])
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages), reader


def test_tax_is_the_net_times_the_rate_rounded_half_up() -> None:
    cases = {  # net → tax at 19 %: 0.285 and 2.375 round up, never to the even cent
        "1.50": "0.29", "12.50": "2.38", "100.00": "19.00", "0.01": "0.00", "0.03": "0.01",
        "1234.56": "234.57",
    }  # fmt: skip
    for net, tax in cases.items():
        totals = tax_totals(Decimal(net), Decimal(19), "IVA")
        assert (totals.tax, totals.total) == (Decimal(tax), Decimal(net) + Decimal(tax))
        assert totals.label == "IVA 19%"
    assert tax_totals(Decimal("10.00"), Decimal("10.5"), "VAT").tax == Decimal("1.05")


def test_the_pdf_shows_net_tax_and_total(doc_app: Flask, tmp_path: Path) -> None:
    made = new_quote(doc_app, "C001", "3 perno hex din 933 m8x40")  # 3 × 0.50 = 1.50 net
    text, _ = pdf_text(doc_app, made["number"], tmp_path)
    assert "Neto USD 1.50" in text and "IVA 19% USD 0.29" in text and "Total USD 1.79" in text


def test_the_document_carries_company_customer_terms_seller_and_dates(
    doc_app: Flask, tmp_path: Path
) -> None:
    made = new_quote(
        doc_app, "C001", "20 rodamientos 6204 2rs skf", "50 m steel cable 8 mm galvanized"
    )
    text, reader = pdf_text(doc_app, made["number"], tmp_path)
    for expected in (
        "Rodamientos del Pacífico SpA", "77.654.321-0", "Av. Industrial 1234, Quilicura",
        "Minera Los Andes SpA", "RUT 76.123.456-7", "Av. Apoquindo 4500, Las Condes",
        "RODAMIENTO RIGIDO 6204-2RSH SKF",  # the item in the customer's language
        "20 EA", "50 M",  # quantity with unit
        "Condiciones de pago: 30 días desde la factura",
        "Paula Rojas", SELLER, "+56 9 8765 4321",
        "40 disponibles ahora; resto 2026-12-20",  # short: what is here and when the rest
    ):  # fmt: skip
        assert expected in text, expected
    ships = re.search(r"(\d{4}-\d{2}-\d{2}) desde SCL", text)  # a date, never "today"
    assert ships and dt.date.fromisoformat(ships[1]) >= dt.datetime.now(
        dt.UTC
    ).date() - dt.timedelta(days=1)
    assert "hoy" not in text.lower()
    assert reader.pages[0].images, "the company logo is drawn"


def test_an_english_customer_reads_english_and_cash_terms(doc_app: Flask, tmp_path: Path) -> None:
    made = new_quote(doc_app, "C002", "10 hex bolt din 933 m8x40")
    text, _ = pdf_text(doc_app, made["number"], tmp_path)
    assert "Quotation" in text and "Hex bolt DIN 933 M8x40" in text
    assert "Payment terms: cash on order" in text and "Net USD 5.00" in text


def test_a_new_version_says_what_changed_and_the_old_link_says_superseded(
    doc_app: Flask, db: Engine, tmp_path: Path
) -> None:
    made = new_quote(doc_app, "C001", "20 rodamientos 6204 2rs skf", "3 perno hex din 933 m8x40")
    number = made["number"]
    with doc_app.app_context(), session_scope(db, write=True) as session:
        revise(session, number, [LineChange(position=1, quantity=Decimal(30)),
                                 LineChange(position=2, remove=True)],
               now=dt.datetime.now(dt.UTC), rules=Rules.from_config(doc_app.config),
               actor=SELLER)  # fmt: skip
    text, _ = pdf_text(doc_app, number, tmp_path)  # the newest version
    assert "versión 2" in text and "Cambios respecto de la versión 1" in text
    assert "cantidad 20 → 30 EA" in text and "F-840" in text and "eliminada" in text
    assert "el total era USD 161.50" in text

    with doc_app.app_context(), Session(db) as session:
        first = session.exec(select(Quote).where(Quote.number == number, Quote.version == 1)).one()
        old_link = link_for(doc_app, first)
    response = doc_app.test_client().get(old_link.removeprefix(doc_app.config["PUBLIC_BASE_URL"]))
    assert response.status_code == 200
    old = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(response.data)).pages
    )
    assert "REEMPLAZADA por la versión 2" in old and "ya no puede aceptarse" in old
