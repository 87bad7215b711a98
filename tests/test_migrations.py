"""Every schema change must upgrade a real older database without losing anything."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from nihongoku.core.services import Services
from nihongoku.core.store.database import HEAD_REVISION, KNOWN_REVISIONS, migrate, open_database
from nihongoku.core.store.migrations import alembic_config
from nihongoku.core.store.models import Base

FIXTURES = Path(__file__).parent / "fixtures" / "db"


def test_known_revisions_match_the_migration_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config(None))
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(history) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def test_models_match_the_migrated_schema(services: Services) -> None:
    with services.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_database_from_revision_0001_upgrades_keeping_profiles(tmp_path: Path) -> None:
    path = tmp_path / "nihongoku.sqlite3"
    shutil.copy(FIXTURES / "rev0001.sqlite3", path)
    services = Services.open(f"sqlite:///{path}")
    try:
        assert services.db.revision() == HEAD_REVISION
        by_name = {p.name: p for p in services.profiles.list()}
        assert set(by_name) == {"Siti", "Bu Rina", "Budi"}
        assert by_name["Bu Rina"].is_instructor
        assert by_name["Siti"].font_size == 12 and by_name["Siti"].language == "id"
        # Secrets written by the old version still work after the upgrade.
        assert services.profiles.unlock(by_name["Siti"].id, "1234").name == "Siti"
        assert services.settings.get("picker_language", "id") == "en"
    finally:
        services.close()
    backups = list((tmp_path / "backups").glob("*before-upgrade-from-0001.sqlite3"))
    assert len(backups) == 1


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'roundtrip.sqlite3'}")
    try:
        for revision in reversed(KNOWN_REVISIONS[:-1]):
            migrate(db, revision)
            assert db.revision() == revision
        migrate(db, "base")
        assert db.revision() is None
        migrate(db, HEAD_REVISION)
        assert db.revision() == HEAD_REVISION
    finally:
        db.close()


def test_database_from_revision_0002_upgrades_keeping_preferences(tmp_path: Path) -> None:
    path = tmp_path / "nihongoku.sqlite3"
    shutil.copy(FIXTURES / "rev0002.sqlite3", path)
    services = Services.open(f"sqlite:///{path}")
    try:
        assert services.db.revision() == HEAD_REVISION
        siti = next(p for p in services.profiles.list() if p.name == "Siti")
        assert (siti.font_size, siti.language) == (16, "en")
        assert services.study.new_per_day(siti.id) == 20
        assert services.study.cards(siti.id) == []
    finally:
        services.close()


def test_database_from_revision_0003_upgrades_keeping_cards_and_history(tmp_path: Path) -> None:
    path = tmp_path / "nihongoku.sqlite3"
    shutil.copy(FIXTURES / "rev0003.sqlite3", path)
    services = Services.open(f"sqlite:///{path}")
    try:
        assert services.db.revision() == HEAD_REVISION
        siti = services.profiles.list()[0]
        assert services.study.new_per_day(siti.id) == 15
        assert services.study.class_new_per_day() == 25
        (card,) = services.study.cards(siti.id)
        assert (card.item_id, card.reps, card.stability) == ("w-hon", 2, 3.2)
        assert [r.rating for r in services.study.review_log(siti.id)] == [3, 3]
    finally:
        services.close()


def test_database_from_revision_0004_upgrades_keeping_practice_answers(tmp_path: Path) -> None:
    from nihongoku.core.gradebook.roster import Gradebook
    from nihongoku.core.practice.results import PracticeResults

    path = tmp_path / "nihongoku.sqlite3"
    shutil.copy(FIXTURES / "rev0004.sqlite3", path)
    services = Services.open(f"sqlite:///{path}")
    try:
        assert services.db.revision() == HEAD_REVISION
        siti = next(p for p in services.profiles.list() if p.name == "Siti")
        scores = PracticeResults(services.db).by_family(siti.id)
        assert [(s.family, s.right, s.asked) for s in scores] == [
            ("grammar-form", 1, 1),
            ("meaning", 0, 1),
        ]
        assert [r.rating for r in services.study.review_log(siti.id)] == [3, 3]
        assert Gradebook(services.db).classes() == []  # the gradebook starts empty
    finally:
        services.close()


def test_database_from_revision_0005_upgrades_keeping_the_gradebook(tmp_path: Path) -> None:
    from nihongoku.core.exams.store import ExamStore
    from nihongoku.core.gradebook.roster import Gradebook

    path = tmp_path / "nihongoku.sqlite3"
    shutil.copy(FIXTURES / "rev0005.sqlite3", path)
    services = Services.open(f"sqlite:///{path}")
    try:
        assert services.db.revision() == HEAD_REVISION
        book = Gradebook(services.db)
        (classroom,) = book.classes()
        assert classroom.name == "Kelas Las 12"
        (row,) = book.rows(classroom.id)
        assert (row.name, row.cards_learned, row.retention) == ("Siti", 120, 0.875)
        rina = next(p for p in services.profiles.list() if p.name == "Bu Rina")
        assert ExamStore(services.db).history(rina.id) == []  # exam attempts start empty
    finally:
        services.close()
