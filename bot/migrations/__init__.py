"""Alembic migrations; run them with `mostrador db upgrade`."""
