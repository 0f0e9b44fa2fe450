"""Alembic environment: runs on the connection the kiosk hands over (see kiosk.storage.database)."""

from alembic import context

from kiosk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
