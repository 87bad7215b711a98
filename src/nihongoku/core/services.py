"""The façade the GUI and the CLI share: one open store and the use cases over it."""

from __future__ import annotations

from dataclasses import dataclass

from nihongoku.core.profiles import AppSettings, ProfileBook
from nihongoku.core.store.database import Database, open_database
from nihongoku.core.study.store import StudyStore


@dataclass
class Services:
    db: Database
    profiles: ProfileBook
    settings: AppSettings
    study: StudyStore

    @classmethod
    def open(cls, url: str) -> Services:
        db = open_database(url)
        return cls(db=db, profiles=ProfileBook(db), settings=AppSettings(db), study=StudyStore(db))

    def close(self) -> None:
        self.db.close()
