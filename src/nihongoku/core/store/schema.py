"""The schema history, oldest first, without importing SQLAlchemy or Alembic.

Opening an up-to-date database compares against this instead of loading the migration
scripts; a test checks it against them.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]
