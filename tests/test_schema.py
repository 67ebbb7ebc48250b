"""The migrations and the models describe the same schema; configuration fails loudly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from bot.config import ConfigError, load_settings
from bot.models import AuditEvent, Product


def test_migrations_match_the_models(db: Engine) -> None:
    with db.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_money_is_exact_and_times_stay_aware(db: Engine) -> None:
    with Session(db) as session:
        session.add(Product(sku="P", name="P", uom="EA", list_price=Decimal("12345678.9999")))
        session.add(
            AuditEvent(
                at=dt.datetime(2026, 11, 25, 12, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
                subject="s",
                event="e",
                actor="a",
            )
        )
        session.commit()
    with db.connect() as conn:
        price = conn.execute(sa.select(Product.__table__.c.list_price)).scalar_one()  # type: ignore[attr-defined]
        at = conn.execute(sa.select(AuditEvent.__table__.c.at)).scalar_one()  # type: ignore[attr-defined]
    assert price == Decimal("12345678.9999") and isinstance(price, Decimal)
    assert at == dt.datetime(2026, 11, 25, 15, tzinfo=dt.UTC)


def test_naive_datetimes_are_refused(db: Engine) -> None:
    with Session(db) as session:
        session.add(AuditEvent(at=dt.datetime(2026, 11, 25, 12), subject="s", event="e", actor="a"))
        with pytest.raises(sa.exc.StatementError, match="aware"):
            session.commit()


def test_a_bad_setting_stops_start_up_naming_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="MARGIN_FLOOR_PCT"):
        load_settings(tmp_path, {"MARGIN_FLOOR_PCT": "ten"}, dotenv_path=None)
    settings = load_settings(tmp_path, {}, dotenv_path=None)
    assert settings["DATABASE_URL"] == f"sqlite:///{tmp_path / 'mostrador.db'}"
    assert settings["MAX_DISCOUNT_PCT"] == Decimal(15)
    assert load_settings(tmp_path, {}, dotenv_path=None)["SECRET_KEY"] == settings["SECRET_KEY"]


def test_dotenv_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("QUOTE_VALID_DAYS=30\nAPI_TOKEN=from-file\n")
    settings = load_settings(tmp_path, {"API_TOKEN": "from-env"}, dotenv_path=env)
    assert (settings["QUOTE_VALID_DAYS"], settings["API_TOKEN"]) == (30, "from-env")
