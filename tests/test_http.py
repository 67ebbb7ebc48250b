"""Health, readiness, metrics and the customer context API, over HTTP."""

from __future__ import annotations

import os
from typing import Any

import pytest
import redis
from flask import Flask

from tests.conftest import ErpFolder

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def test_healthz_answers_while_the_process_serves(app: Flask) -> None:
    assert app.test_client().get("/healthz").json == {"status": "ok"}


def test_the_bare_address_opens_the_seller_console(app: Flask) -> None:
    answer = app.test_client().get("/")
    assert answer.status_code == 302 and answer.headers["Location"].endswith("/console/")


def test_readyz_checks_the_database_and_says_redis_is_optional(app: Flask) -> None:
    response = app.test_client().get("/readyz")
    assert response.status_code == 200
    assert response.json["checks"]["database"] == "ok"
    assert response.json["checks"]["redis"].startswith("not configured")


def test_readyz_pings_the_real_redis(app: Flask) -> None:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:  # a service test fails, never skips
        pytest.fail(f"Redis at {REDIS_URL} is not reachable: {exc}")
    app.config["REDIS_URL"] = REDIS_URL
    assert app.test_client().get("/readyz").json["checks"]["redis"] == "ok"


def test_readyz_is_503_when_redis_is_down(app: Flask) -> None:
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["redis"].startswith("error")


def test_metrics_are_in_prometheus_text_format(app: Flask) -> None:
    client = app.test_client()
    client.get("/healthz")
    response = client.get("/metrics")
    assert response.mimetype == "text/plain"
    assert 'mostrador_http_requests_total{endpoint="health.healthz",method="GET",status="200"}' in (
        response.text
    )


def test_api_is_off_without_a_token_and_refuses_a_wrong_one(app: Flask) -> None:
    client = app.test_client()
    wrong = client.get("/api/v1/customers/C1/context", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.get("/api/v1/customers/C1/context").status_code == 401
    app.config["API_TOKEN"] = None
    assert client.get("/api/v1/customers/C1/context").status_code == 404


@pytest.fixture
def late_payer(erp: ErpFolder) -> ErpFolder:
    return erp.write(
        customers="""
            customer_id,name,credit_limit,language,price_list
            C4,Constructora Sur Ltda.,40000,es,INDUSTRIAL
            """,
        contacts="""
            customer_id,name,phone,email,role
            C4,Ana Paredes,+51987654004,ana@sur.example,buyer
            """,
        receivables="""
            invoice,customer_id,issued,due,amount,balance,disputed
            F-1,C4,2026-08-27,2026-09-26,12800.00,12800.00,false
            F-2,C4,2026-11-15,2026-12-15,6000.00,6000.00,false
            """,
    )


def test_customer_context_explains_a_credit_hold(api: Any, late_payer: ErpFolder) -> None:
    late_payer.load()
    body = api.get("/api/v1/customers/C4/context?date=2026-11-25").json
    assert body["customer"]["name"] == "Constructora Sur Ltda."
    assert body["customer"]["credit_limit"] == "40000.00"
    assert body["contacts"] == [
        {
            "name": "Ana Paredes",
            "phone": "+51987654004",
            "email": "ana@sur.example",
            "role": "buyer",
        }
    ]
    credit = body["credit"]
    assert (credit["status"], credit["open_balance"], credit["overdue"]) == (
        "hold",
        "18800.00",
        "12800.00",
    )
    assert (credit["days_overdue"], credit["available"]) == (60, "21200.00")
    [reason] = credit["reasons"]
    assert reason["code"] == "overdue" and "F-1" in reason["message"]
    assert "vencida" in reason["message"]  # the customer's language
    assert [(r["invoice"], r["overdue"]) for r in body["receivables"]] == [
        ("F-1", True),
        ("F-2", False),
    ]


def test_customer_context_errors_are_json(api: Any, late_payer: ErpFolder) -> None:
    late_payer.load()
    missing = api.get("/api/v1/customers/NOPE/context")
    assert missing.status_code == 404 and "NOPE" in missing.json["error"]
    bad_date = api.get("/api/v1/customers/C4/context?date=25/11/2026")
    assert bad_date.status_code == 400 and "date" in bad_date.json["error"]
