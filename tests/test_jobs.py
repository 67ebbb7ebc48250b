"""Jobs on a real Redis with a real `rq worker` process (never mocked)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy.engine import Engine

from tests.conftest import ErpFolder

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
RQ = str(Path(sys.executable).parent / "rq")


@pytest.fixture
def queue_redis() -> redis.Redis:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()
    except redis.RedisError as exc:  # a service test fails, never skips
        pytest.fail(f"Redis at {REDIS_URL} is not reachable: {exc}")
    return client


@pytest.mark.server
def test_a_confirmed_order_is_exported_by_a_real_rq_worker(
    app: Any,
    erp: ErpFolder,
    db: Engine,
    database_url: str,
    tmp_path: Path,
    queue_redis: redis.Redis,
) -> None:
    erp.write(
        warehouses="warehouse,name\nSCL,Santiago\n",
        products="sku,name,uom,list_price,cost\nF-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,EA,0.50,0.20\n",
        customers="customer_id,name,credit_limit\nOK,Minera,1000\n",
        stock="sku,warehouse,on_hand\nF-840,SCL,100\n",
    ).load()
    outbox = tmp_path / "outbox"
    app.config.update(REDIS_URL=REDIS_URL, ERP_OUTBOX_DIR=str(outbox))
    runner = app.test_cli_runner()
    made = json.loads(
        runner.invoke(
            args=["quote", "new", "--customer", "OK", "--json", "hex bolt din 933 m8x40 zp x 10"]
        ).output
    )
    accepted = runner.invoke(args=["quote", "accept", made["number"], "--json"])
    order = json.loads(accepted.output)
    assert order["status"] == "confirmed"  # queued: nothing delivered in this process
    assert not outbox.exists()
    assert queue_redis.llen("rq:queue:default") == 1

    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "ERP_OUTBOX_DIR": str(outbox),
        "MOSTRADOR_INSTANCE": str(tmp_path / "worker"),
    }
    worker = subprocess.run(
        [RQ, "worker", "-w", "workers.worker.Worker", "--burst", "--url", REDIS_URL, "default"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert worker.returncode == 0, worker.stderr
    written = json.loads((outbox / f"{order['number']}.json").read_text())
    assert written["number"] == order["number"] and written["lines"][0]["qty"] == "10.00"
    status = (
        app.test_client()
        .get(
            f"/api/v1/orders/{order['number']}", headers={"Authorization": "Bearer test-token-123"}
        )
        .json
    )
    assert status["status"] == "exported"
