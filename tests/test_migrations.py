"""A migration's way up and back on quotes already written: 0029 gives every quote the
language it was written in (a customer's in the customer's, a guest's in English, as its
lines and document were) and drops it again. On SQLite, and on PostgreSQL with
TEST_DATABASE_URL (`-n 0`: it moves the shared database down and back up)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import migrate


@pytest.fixture
def at_0028(db: Engine) -> Iterator[Engine]:
    """The database one migration back; at head again afterwards, whatever happened."""
    migrate.downgrade(db, "0028")
    try:
        yield db
    finally:
        migrate.upgrade(db)


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("quotes")}


def test_0029_gives_old_quotes_the_language_they_were_written_in_and_goes_back(
    at_0028: Engine,
) -> None:
    assert "language" not in _columns(at_0028)
    with at_0028.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO customers (customer_id, name, blocked, language, active)"
            " VALUES ('C1', 'Minera Los Andes', false, 'es', true),"
            " ('C2', 'Pacific Supply', false, 'en', true)"
        ))  # fmt: skip
        for number, customer in (("Q-1", "C1"), ("Q-2", "C2"), ("Q-3", None)):
            conn.execute(sa.text(
                "INSERT INTO quotes (number, version, customer_id, status, currency, created_at,"
                " valid_until, total, channel, created_by) VALUES (:n, 1, :c, 'sent', 'USD',"
                " CURRENT_TIMESTAMP, '2026-12-31', 0, 'whatsapp', 'bot')"
            ), {"n": number, "c": customer})  # fmt: skip
    migrate.upgrade(at_0028, "0029")
    with at_0028.connect() as conn:
        written = dict(conn.execute(sa.text("SELECT number, language FROM quotes")).all())
    assert written == {"Q-1": "es", "Q-2": "en", "Q-3": "en"}
    migrate.downgrade(at_0028, "0028")
    assert "language" not in _columns(at_0028)
    with at_0028.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM quotes")).scalar() == 3
