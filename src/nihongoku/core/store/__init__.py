"""The progress store: SQLAlchemy models, the database handle and its migrations."""
