"""Alembic migrations of the progress store, run by the app itself (no alembic.ini)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.config import Config


def alembic_config(connection: Any) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    config.attributes["connection"] = connection
    return config
