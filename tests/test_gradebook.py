"""The instructor's gradebook: classes filled from progress files, refused bad files,
numbers by their definitions, XLSX/CSV reports, and the `nihongoku class` commands."""

from __future__ import annotations

import csv
import gzip
import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from nihongoku.core.export.progress_file import export_progress, read_progress
from nihongoku.core.gradebook.report import ReportLabels, write_report
from nihongoku.core.gradebook.roster import (
    Gradebook,
    GradebookError,
    Outcome,
    Refusal,
)
from nihongoku.core.gradebook.row import student_row
from nihongoku.core.practice.results import PracticeResults
from nihongoku.core.services import Services
from nihongoku.core.store.types import utc_now
from tests.gradebook_helpers import Usb, class_folder, make_usb, rewrite
from tests.test_cli import nihongoku


@pytest.fixture(scope="module")
def usb(tmp_path_factory: pytest.TempPathFactory) -> Usb:
    return make_usb(tmp_path_factory.mktemp("learners"))


def table_rows(services: Services) -> list[tuple[Any, ...]]:
    assert services.db.path is not None
    with sqlite3.connect(services.db.path) as raw:
        return raw.execute("SELECT * FROM gradebook_entry ORDER BY id").fetchall()


def test_a_folder_imports_its_good_files_and_names_the_bad_ones(
    services: Services, usb: Usb, tmp_path: Path
) -> None:
    book = Gradebook(services.db)
    kelas = book.create_class("Kelas A")
    results = book.import_files(kelas.id, sorted(class_folder(usb, tmp_path).glob("*")))
    outcome = {r.path.name: (r.outcome, r.refusal) for r in results}
    assert outcome == {
        "ani.nkprogress": (Outcome.ADDED, None),
        "budi.nkprogress": (Outcome.ADDED, None),
        "dewi.nkprogress": (Outcome.REFUSED, Refusal.UNREADABLE),
        "eko.nkprogress": (Outcome.REFUSED, Refusal.CHANGED),
        "notes.txt": (Outcome.REFUSED, Refusal.UNREADABLE),
        "siti (copy).nkprogress": (Outcome.ADDED, None),
        "siti.nkprogress": (Outcome.UNCHANGED, None),
    }
    eko = next(r for r in results if r.path.name == "eko.nkprogress")
    assert eko.reason == "the checksum does not match: the file was changed"
    assert [row.name for row in book.rows(kelas.id)] == ["Ani", "Budi", "Siti"]
    # the learners stay on their laptops: no profile is created for them here
    assert services.profiles.list() == []
    assert book.classes()[0].students == 3


def test_importing_the_same_files_again_changes_nothing(
    services: Services, usb: Usb, tmp_path: Path
) -> None:
    book = Gradebook(services.db)
    kelas = book.create_class("Kelas A")
    folder = class_folder(usb, tmp_path)
    book.import_files(kelas.id, sorted(folder.glob("*.nkprogress")))
    before = table_rows(services)
    again = book.import_files(kelas.id, sorted(folder.glob("*.nkprogress")))
    assert {r.outcome for r in again} == {Outcome.UNCHANGED, Outcome.REFUSED}
    assert table_rows(services) == before  # not even the import time moved


def test_a_newer_file_updates_the_row_and_an_older_one_is_skipped(
    services: Services, usb: Usb, tmp_path: Path
) -> None:
    book = Gradebook(services.db)
    kelas = book.create_class("Kelas A")
    old = tmp_path / "siti-monday.nkprogress"
    shutil.copy(usb.files["Siti"], old)
    assert book.import_file(kelas.id, old).outcome is Outcome.ADDED
    (first,) = book.rows(kelas.id)

    shutil.copy(usb.laptop, tmp_path / "laptop.sqlite3")
    laptop = Services.open(f"sqlite:///{tmp_path / 'laptop.sqlite3'}")
    try:  # Siti practises a little more and saves her progress again
        siti = laptop.profiles.find("Siti")
        assert siti is not None
        for n in range(6):
            PracticeResults(laptop.db).record(
                siti.id, question_id=f"q{n}", family="grammar-form", level="n5",
                tested=[], correct=n < 2, answered_at=utc_now(), duration_ms=4000,
            )  # fmt: skip
        new = tmp_path / "siti-friday.nkprogress"
        export_progress(laptop.db, siti.id, new)
    finally:
        laptop.close()
    # ... under the name she now goes by (a learner's name can change; her uid cannot)
    rewrite(new, lambda c: c["profile"].update(name="Siti Aminah"), resign=True)

    updated = book.import_file(kelas.id, new)
    assert updated.outcome is Outcome.UPDATED
    (second,) = book.rows(kelas.id)
    assert second.uid == first.uid and second.exported_at > first.exported_at
    assert (first.name, second.name) == ("Siti", "Siti Aminah")
    assert (first.practice_answers, second.practice_answers) == (0, 6)
    assert [f.family for f in second.weakest] == ["grammar-form"]

    older = book.import_file(kelas.id, old)
    assert older.outcome is Outcome.OLDER
    assert older.reason == "older than the file already imported"
    assert book.rows(kelas.id) == [second]


@pytest.mark.parametrize(
    ("damage", "refusal"),
    [
        ("truncate", Refusal.UNREADABLE),
        ("not-gzip", Refusal.UNREADABLE),
        ("not-json", Refusal.DAMAGED),
        ("tamper", Refusal.CHANGED),
        ("version", Refusal.VERSION),
        ("bad-rating", Refusal.INVALID),
        ("not-ours", Refusal.FOREIGN),
        ("missing", Refusal.MISSING),
    ],
)
def test_every_kind_of_bad_file_is_refused_with_its_reason_and_nothing_written(
    services: Services, usb: Usb, tmp_path: Path, damage: str, refusal: Refusal
) -> None:
    path = tmp_path / "ani.nkprogress"
    shutil.copy(usb.files["Ani"], path)
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:-40])
    elif damage == "not-gzip":
        path.write_text("hello", encoding="utf-8")
    elif damage == "not-json":
        path.write_bytes(gzip.compress(b'{"checksum": '))
    elif damage == "tamper":
        rewrite(path, lambda c: c["reviews"][0].update(rating=4), resign=False)
    elif damage == "version":
        rewrite(path, lambda c: c.update(version=99), resign=True)
    elif damage == "bad-rating":
        rewrite(path, lambda c: c["reviews"][0].update(rating=7), resign=True)
    elif damage == "not-ours":
        path.write_bytes(gzip.compress(json.dumps({"hello": 1}).encode()))
    elif damage == "missing":
        path.unlink()
    book = Gradebook(services.db)
    kelas = book.create_class("Kelas A")
    result = book.import_file(kelas.id, path)
    assert (result.outcome, result.refusal) == (Outcome.REFUSED, refusal)
    assert result.reason and str(path) not in result.reason  # the path is said once, apart
    assert table_rows(services) == []


def test_the_numbers_follow_their_definitions(usb: Usb, tmp_path: Path) -> None:
    path = tmp_path / "crafted.nkprogress"
    shutil.copy(usb.files["Ani"], path)
    exported = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)

    def craft(content: dict[str, Any]) -> None:
        template = content["reviews"][0]
        card = content["cards"][0]

        def review(days_ago: float, state_before: int, rating: int, ms: int | None) -> dict:
            at = (exported - timedelta(days=days_ago)).isoformat()
            return {**template, "reviewed_at": at, "state_before": state_before,
                    "rating": rating, "duration_ms": ms}  # fmt: skip

        def answer(n: int, family: str, correct: bool, ms: int | None) -> dict:
            at = (exported - timedelta(days=2, minutes=n)).isoformat()
            return {"question_id": f"q-{family}-{n}", "family": family, "level": "n5",
                    "tested": "", "correct": correct, "answered_at": at,
                    "duration_ms": ms}  # fmt: skip

        content["exported_at"] = exported.isoformat()
        content["cards"] = [{**card, "item_id": f"k{i}", "state": s} for i, s in
                            enumerate([2, 2, 2, 1, 3, 0])]  # fmt: skip
        content["reviews"] = [
            review(1, 2, 1, 5_000),  # in review, forgotten
            review(3, 2, 3, 8 * 3_600_000),  # left open overnight: counts 60 s
            review(29, 2, 4, None),  # no duration: counts 0
            review(31, 2, 1, 1_000),  # outside the 30 days
            review(0.5, 1, 1, 2_000),  # a learning step, not a review of a learned card
        ]
        content["practice"] = (
            [answer(n, "grammar-form", n < 2, 10_000) for n in range(6)]  # 2/6
            + [answer(10 + n, "meaning", n < 4, 90_000) for n in range(5)]  # 4/5, capped
            + [answer(20 + n, "kanji-reading", False, None) for n in range(4)]  # too few
        )

    rewrite(path, craft, resign=True)
    row = student_row(read_progress(path))
    assert row.exported_at == exported
    assert row.study_ms == 5_000 + 60_000 + 0 + 1_000 + 2_000 + 6 * 10_000 + 5 * 60_000
    assert row.cards_learned == 3
    assert (row.retention, row.retention_reviews) == (2 / 3, 3)
    assert (row.practice_right, row.practice_answers) == (6, 15)
    assert [(f.family, f.right, f.asked) for f in row.weakest] == [
        ("grammar-form", 2, 6),
        ("meaning", 4, 5),
    ]
    assert row.last_activity == exported - timedelta(hours=12)
    assert row.exam_scores == {}


def test_a_class_name_is_needed_once(services: Services) -> None:
    book = Gradebook(services.db)
    book.create_class("  Kelas   Las 12 ")
    assert [c.name for c in book.classes()] == ["Kelas Las 12"]
    for name, code in (
        ("kelas las 12", "name_taken"),
        ("   ", "empty_name"),
        ("x" * 61, "long_name"),
    ):
        with pytest.raises(GradebookError) as refused:
            book.create_class(name)
        assert refused.value.code == code


def test_deleting_a_class_deletes_its_rows_only(
    services: Services, usb: Usb, tmp_path: Path
) -> None:
    book = Gradebook(services.db)
    a, b = book.create_class("A"), book.create_class("B")
    book.import_files(a.id, list(usb.files.values()))
    book.import_file(b.id, usb.files["Ani"])
    book.delete_class(a.id)
    assert [(c.name, c.students) for c in book.classes()] == [("B", 1)]
    assert [r.name for r in book.rows(b.id)] == ["Ani"]


def test_the_report_reads_back_from_xlsx_and_csv(
    services: Services, usb: Usb, tmp_path: Path
) -> None:
    book = Gradebook(services.db)
    kelas = book.create_class("Kelas A")
    book.import_files(kelas.id, list(usb.files.values()))
    rows = book.rows(kelas.id)
    labels = ReportLabels(sheet="Kelas A", family_name=lambda f: f"<{f}>")

    xlsx = write_report(rows, tmp_path / "nilai.xlsx", labels)
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None and sheet.title == "Kelas A"
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = table[0]
    assert header[:5] == ["Name", "Study time (h:mm)", "Cards learned", "Reviews",
                          "Retention, last 30 days"]  # fmt: skip
    assert [r[0] for r in table[1:]] == ["Ani", "Budi", "Siti"]
    for line, row in zip(table[1:], rows, strict=True):
        record = dict(zip(header, line, strict=True))
        assert record["Cards learned"] == row.cards_learned
        assert record["Reviews"] == row.reviews
        assert record["Retention, last 30 days"] == pytest.approx(row.retention)
        assert record["Study time (h:mm)"] == timedelta(milliseconds=row.study_ms)
        assert row.last_activity is not None
        local = row.last_activity.astimezone().replace(tzinfo=None, microsecond=0)
        assert record["Last activity"] == local
    cells = {c.value: c for c in sheet[1]}
    column = {name: cell.column_letter for name, cell in cells.items()}
    assert sheet[f"{column['Retention, last 30 days']}2"].number_format == "0%"
    assert sheet[f"{column['Last activity']}2"].number_format == "dd/mm/yyyy"
    assert sheet[f"{column['Study time (h:mm)']}2"].number_format == "[h]:mm"

    written = write_report(rows, tmp_path / "nilai.csv", labels)
    with written.open(encoding="utf-8-sig", newline="") as stream:
        records = list(csv.DictReader(stream))
    assert [r["Name"] for r in records] == ["Ani", "Budi", "Siti"]
    for record, row in zip(records, rows, strict=True):
        assert record["Cards learned"] == str(row.cards_learned)
        assert row.retention is not None
        assert record["Retention, last 30 days"] == f"{round(row.retention * 100)}%"
        minutes = row.study_ms // 60_000
        assert record["Study time (h:mm)"] == f"{minutes // 60}:{minutes % 60:02d}"
        assert row.last_activity is not None
        assert record["Last activity"] == f"{row.last_activity.astimezone():%Y-%m-%d %H:%M}"

    with pytest.raises(GradebookError):
        write_report(rows, tmp_path / "nilai.pdf")
    assert not list(tmp_path.glob("*.partial"))


def test_practice_families_and_exam_sections_get_columns(usb: Usb, tmp_path: Path) -> None:
    path = tmp_path / "ani.nkprogress"
    shutil.copy(usb.files["Ani"], path)
    now = datetime(2026, 12, 1, tzinfo=UTC).isoformat()
    answers = [
        {"question_id": f"q{n}", "family": "meaning", "level": "n5", "tested": "",
         "correct": n % 2 == 0, "answered_at": now, "duration_ms": 1000}
        for n in range(4)
    ]  # fmt: skip
    rewrite(path, lambda c: c.update(practice=answers), resign=True)
    row = student_row(read_progress(path))
    # mock exams are not in progress files yet; a row can carry their scores already
    row = replace(row, exam_scores={"vocabulary": 42.5})
    out = write_report([row], tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header, values = (list(r) for r in sheet.iter_rows(values_only=True))
    record = dict(zip(header, values, strict=True))
    assert record["Practice: meaning"] == 0.5
    assert record["Mock exam: vocabulary"] == 42.5


def test_class_commands_on_the_command_line(usb: Usb, tmp_path: Path) -> None:
    assert nihongoku("class", "create", "Kelas A").returncode == 0
    again = nihongoku("class", "create", "kelas a")
    assert again.returncode == 1 and "already a class called Kelas A" in again.stderr

    good = tmp_path / "good"
    good.mkdir()
    for path in usb.files.values():
        shutil.copy(path, good / path.name)
    done = nihongoku("class", "import", "Kelas A", str(good))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": added ") == 3
    assert "3 added, 0 updated, 0 unchanged, 0 older, 0 refused" in done.stdout

    bad = tmp_path / "bad.nkprogress"
    bad.write_bytes(usb.files["Ani"].read_bytes()[:100])
    mixed = nihongoku("class", "import", "Kelas A", str(good / "ani.nkprogress"), str(bad))
    assert mixed.returncode == 1
    assert f"{bad}: refused: not a readable progress file" in mixed.stdout
    assert f"{good / 'ani.nkprogress'}: unchanged (Ani: already imported)" in mixed.stdout

    listing = nihongoku("class", "list")
    assert listing.stdout == "Kelas A\t3 learner(s)\n"
    shown = nihongoku("class", "show", "Kelas A", "--json")
    records = json.loads(shown.stdout)
    assert [r["name"] for r in records] == ["Ani", "Budi", "Siti"]
    assert all(r["cards_learned"] > 0 and r["exam_scores"] == {} for r in records)
    table = nihongoku("class", "show", "Kelas A")
    assert table.stdout.splitlines()[1].startswith("Ani\t")

    out = tmp_path / "nilai.xlsx"
    exported = nihongoku("class", "export", "Kelas A", str(out))
    assert exported.returncode == 0 and out.exists()
    assert f"{out}: 3 learner(s) of Kelas A" in exported.stdout
    missing = nihongoku("class", "export", "Kelas B", str(tmp_path / "x.csv"))
    assert missing.returncode == 1 and "no class named 'Kelas B'" in missing.stderr
    assert "Traceback" not in missing.stderr + mixed.stderr


def test_a_learners_latest_mock_exam_shows_its_total_and_sections(
    services: Services, tmp_path: Path
) -> None:
    from nihongoku.core.exams.attempt import ExamAttempt
    from nihongoku.core.exams.store import ExamStore
    from tests.test_exams import form

    rina = services.profiles.create_learner("Rina")
    store = ExamStore(services.db)
    for number, right in ((1, 1), (2, 3)):  # the second sitting is the latest
        attempt = ExamAttempt(form("seleksi", number))
        attempt_id = store.start(rina.id, attempt, utc_now())
        for index in range(right):
            attempt.go_to(index)
            attempt.answer(attempt.questions[index].answer)
        store.finish(rina.id, attempt_id, attempt, utc_now())
    path = tmp_path / "rina.nkprogress"
    export_progress(services.db, rina.id, path)
    scores = student_row(read_progress(path)).exam_scores
    assert scores == {
        "seleksi total": round(100 * 3 / 55),
        "seleksi kana": round(100 * 3 / 20),
        "seleksi vocabulary": 0,
        "seleksi grammar": 0,
    }
