"""Progress files: move a learner between laptops, merge safely, refuse damaged files."""

from __future__ import annotations

import gzip
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from nihongoku.core.export import progress_file
from nihongoku.core.export.progress_file import (
    ProgressFileError,
    _checksum,
    export_progress,
    import_progress,
)
from nihongoku.core.services import Services
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.simulate import simulate
from tests.study_helpers import kana_course
from tests.test_cli import nihongoku


def counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as raw:
        return tuple(  # type: ignore[return-value]
            raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("profile", "card", "review_log")
        )


def history(services: Services, name: str) -> tuple[list[tuple[object, ...]], list[object]]:
    profile = next(p for p in services.profiles.list() if p.name == name)
    cards = sorted(
        (c.item_id, c.kind, c.state, c.due, c.reps, c.stability)
        for c in services.study.cards(profile.id)
    )
    reviews = sorted(r.reviewed_at for r in services.study.review_log(profile.id))
    return cards, reviews  # type: ignore[return-value]


@pytest.fixture
def laptop_b(tmp_path: Path) -> Services:
    other = Services.open(f"sqlite:///{tmp_path / 'laptop-b.sqlite3'}")
    yield other  # type: ignore[misc]
    other.close()


def test_a_learner_moves_to_another_laptop_with_the_history_intact(
    services: Services, laptop_b: Services, tmp_path: Path
) -> None:
    siti = services.profiles.create_learner("Siti", "1234")
    simulate(services, kana_course(), "Siti", days=6, seed=4)
    usb = tmp_path / "usb" / "siti.nkprogress"
    written = export_progress(services.db, siti.id, usb)
    assert written.reviews > 50

    merged = import_progress(laptop_b.db, usb)
    assert merged.created_profile and merged.added_reviews == written.reviews
    assert history(laptop_b, "Siti") == history(services, "Siti")
    moved = next(p for p in laptop_b.profiles.list() if p.name == "Siti")
    assert laptop_b.profiles.unlock(moved.id, "1234").name == "Siti"  # her PIN came along

    # the same file again changes nothing
    assert laptop_b.db.path is not None
    before = counts(laptop_b.db.path)
    assert import_progress(laptop_b.db, usb).added_reviews == 0
    assert counts(laptop_b.db.path) == before


def test_a_newer_file_of_the_same_learner_updates_the_other_laptop(
    services: Services, laptop_b: Services, tmp_path: Path
) -> None:
    now = utc_now()
    simulate(services, kana_course(), "Budi", days=3, seed=1, end=now - timedelta(days=2))
    budi = next(p for p in services.profiles.list() if p.name == "Budi")
    export_progress(services.db, budi.id, tmp_path / "old.nkprogress")
    import_progress(laptop_b.db, tmp_path / "old.nkprogress")
    simulate(services, kana_course(), "Budi", days=2, seed=9, end=now)  # two more days on A
    export_progress(services.db, budi.id, tmp_path / "new.nkprogress")
    merged = import_progress(laptop_b.db, tmp_path / "new.nkprogress")
    assert not merged.created_profile and merged.added_reviews > 0
    assert history(laptop_b, "Budi") == history(services, "Budi")
    # an old file after a new one: nothing goes back in time
    import_progress(laptop_b.db, tmp_path / "old.nkprogress")
    assert history(laptop_b, "Budi") == history(services, "Budi")


def _rewrite(path: Path, change: object) -> None:
    document = json.loads(gzip.decompress(path.read_bytes()))
    change(document)  # type: ignore[operator]
    path.write_bytes(gzip.compress(json.dumps(document).encode()))


def _resign(document: dict[str, object]) -> None:
    document["checksum"] = _checksum(document["content"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("truncate", "not a readable progress file"),
        ("not-gzip", "not a readable progress file"),
        ("tamper", "the checksum does not match"),
        ("version", "progress file version 3"),
        ("bad-rating", "reviews.0.rating"),
        ("instructor", "profile.role"),
        ("not-ours", "not a Nihongoku progress file"),
    ],
)
def test_a_damaged_or_tampered_file_is_refused_and_nothing_is_written(
    services: Services, laptop_b: Services, tmp_path: Path, damage: str, message: str
) -> None:
    simulate(services, kana_course(), "Ani", days=2, seed=3)
    ani = next(p for p in services.profiles.list() if p.name == "Ani")
    path = tmp_path / "ani.nkprogress"
    export_progress(services.db, ani.id, path)
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "not-gzip":
        path.write_text("hello", encoding="utf-8")
    elif damage == "tamper":
        _rewrite(path, lambda d: d["content"]["reviews"][0].update(rating=4))
    elif damage == "version":
        _rewrite(path, lambda d: (d["content"].update(version=3), _resign(d)))
    elif damage == "bad-rating":
        _rewrite(path, lambda d: (d["content"]["reviews"][0].update(rating=7), _resign(d)))
    elif damage == "instructor":
        _rewrite(path, lambda d: (d["content"]["profile"].update(role="instructor"), _resign(d)))
    elif damage == "not-ours":
        path.write_bytes(gzip.compress(json.dumps({"hello": 1}).encode()))
    assert laptop_b.db.path is not None
    before = counts(laptop_b.db.path)
    with pytest.raises(ProgressFileError) as refused:
        import_progress(laptop_b.db, path)
    assert str(path) in str(refused.value) and message in str(refused.value)
    assert counts(laptop_b.db.path) == before


def test_a_file_that_expands_without_end_is_refused(
    laptop_b: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress_file, "MAX_JSON_BYTES", 1000)
    bomb = tmp_path / "bomb.nkprogress"
    bomb.write_bytes(gzip.compress(b" " * 100_000))
    with pytest.raises(ProgressFileError, match="expands to more"):
        import_progress(laptop_b.db, bomb)


def test_progress_commands_on_the_command_line(tmp_path: Path) -> None:
    assert nihongoku("simulate", "--profile", "Dewi", "--days", "2").returncode == 0
    file = tmp_path / "dewi.nkprogress"
    done = nihongoku("progress", "export", "--profile", "Dewi", str(file))
    assert done.returncode == 0 and "Dewi," in done.stdout
    shown = nihongoku("progress", "show", str(file))
    assert shown.returncode == 0 and "Dewi, exported" in shown.stdout
    other = {"NIHONGOKU_DB": f"sqlite:///{tmp_path / 'other.sqlite3'}"}
    moved = nihongoku("progress", "import", str(file), env=other)
    assert moved.returncode == 0 and "Dewi (new learner)" in moved.stdout
    file.write_bytes(b"\x1f\x8b broken")
    refused = nihongoku("progress", "import", str(file), env=other)
    assert refused.returncode == 1 and str(file) in refused.stderr
    assert "Traceback" not in refused.stderr


def test_practice_results_travel_with_the_learner(
    services: Services, laptop_b: Services, tmp_path: Path
) -> None:
    from nihongoku.core.practice.results import PracticeResults

    dewi = services.profiles.create_learner("Dewi")
    results = PracticeResults(services.db)
    now = utc_now()
    for n, correct in enumerate([True, False, True]):
        results.record(dewi.id, question_id=f"x-n5-01-gf-{n}.1", family="grammar-form",
                       level="n5", tested=["g-wa-desu"], correct=correct,
                       answered_at=now + timedelta(seconds=n))  # fmt: skip
    export_progress(services.db, dewi.id, tmp_path / "dewi.nkprogress")
    for _ in range(2):  # twice: nothing doubles
        import_progress(laptop_b.db, tmp_path / "dewi.nkprogress")
    moved = next(p for p in laptop_b.profiles.list() if p.name == "Dewi")
    scores = PracticeResults(laptop_b.db).by_family(moved.id)
    assert [(s.family, s.right, s.asked) for s in scores] == [("grammar-form", 2, 3)]


def test_mock_exam_results_travel_with_the_learner_and_old_files_still_read(
    services: Services, laptop_b: Services, tmp_path: Path
) -> None:
    from nihongoku.core.exams.attempt import ExamAttempt
    from nihongoku.core.exams.store import ExamStore
    from tests.test_exams import form

    eka = services.profiles.create_learner("Eka")
    store = ExamStore(services.db)
    attempt = ExamAttempt(form("seleksi"))
    attempt_id = store.start(eka.id, attempt, utc_now())
    attempt.answer(attempt.questions[0].answer)
    result = store.finish(eka.id, attempt_id, attempt, utc_now())
    ExamStore(services.db).start(eka.id, ExamAttempt(form("seleksi", 2)), utc_now())  # open
    path = tmp_path / "eka.nkprogress"
    export_progress(services.db, eka.id, path)
    for _ in range(2):  # twice: nothing doubles
        import_progress(laptop_b.db, path)
    moved = next(p for p in laptop_b.profiles.list() if p.name == "Eka")
    (done,) = ExamStore(laptop_b.db).history(moved.id)  # the open attempt stays behind
    assert (done.exam_id, done.form) == ("seleksi", 1)
    assert done.result is not None and done.result["total"] == result.total
    assert done.result["groups"]["kana"]["right"] == 1

    # a version-1 file (before exams went along) still imports
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        document = json.load(stream)
    content = document["content"]
    del content["exams"]
    content["version"] = 1
    content["profile"]["uid"] = "ab" * 16
    content["profile"]["name"] = "Eka Lama"
    old = tmp_path / "eka-v1.nkprogress"
    with gzip.open(old, "wt", encoding="utf-8") as stream:
        json.dump({"checksum": _checksum(content), "content": content}, stream)
    assert import_progress(laptop_b.db, old).created_profile
