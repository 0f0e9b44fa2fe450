"""Shared fixtures. Qt runs offscreen unless a test asks for a real X server."""

import os

pytest_plugins = ["tests.fixtures.databases"]  # SQLite and PostgreSQL databases for storage tests

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
