"""Persistence: SQLAlchemy models, repositories returning domain objects, Alembic migrations."""
