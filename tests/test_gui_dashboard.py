"""Beranda's study dashboard after real (simulated) study: numbers, forecast, leeches,
mock-exam history."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from nihongoku.core.exams.attempt import ExamAttempt
from nihongoku.core.exams.scoring import ExamResult
from nihongoku.core.exams.store import ExamStore
from nihongoku.core.study.simulate import simulate
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.exams import ExamsPage
from nihongoku.ui.pages.flashcards import FlashcardsPage
from nihongoku.ui.pages.home import HomePage
from tests.gui import visible_texts
from tests.study_helpers import LESSONS, kana_course
from tests.test_exams import form

SHOTS = os.environ.get("NIHONGOKU_SHOTS")  # a folder: save a PNG of the dashboard


def test_the_dashboard_shows_streak_forecast_and_lets_a_leech_be_suspended(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.ctx.services
    window.ctx.lesson_paths = [LESSONS / "kana"]
    simulate(services, kana_course(), "Ani", days=5, seed=3, new_per_day=10)
    path = services.db.path
    assert isinstance(path, Path)
    with sqlite3.connect(path) as raw:
        (card_id, item_id) = raw.execute(
            "SELECT id, item_id FROM card ORDER BY id LIMIT 1"
        ).fetchone()
        raw.execute("UPDATE card SET lapses = 9 WHERE id = ?", (card_id,))
    leech_char = kana_course().item(item_id).char  # type: ignore[union-attr]

    window.picker.reload()
    window.picker.open_selected()
    workspace = window.workspace
    assert workspace is not None
    home = workspace.page("home")
    assert isinstance(home, HomePage)
    texts = "\n".join(visible_texts(home))
    assert "Belajar berturut-turut: 5 hari" in texts
    assert "Ulangan 14 hari ke depan, mulai hari ini (tanggal/bulan)" in texts
    dashboard = home.dashboard
    assert dashboard.summary is not None
    assert dashboard.chart is not None and dashboard.chart.counts == dashboard.summary.forecast
    assert sum(dashboard.chart.counts) > 0

    assert dashboard.leech_box.isVisible()
    assert dashboard.leech_list.count() == 1
    assert dashboard.leech_list.item(0).text().startswith(leech_char)
    assert "terlupa 9×" in dashboard.leech_list.item(0).text()
    dashboard.leech_list.setCurrentRow(0)
    qtbot.mouseClick(dashboard.suspend_button, Qt.MouseButton.LeftButton)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT suspended FROM card WHERE id = ?", (card_id,)).fetchone() == (1,)
    assert not dashboard.leech_box.isVisible()

    qtbot.mouseClick(dashboard.study_button, Qt.MouseButton.LeftButton)
    assert isinstance(workspace.pages.currentWidget(), FlashcardsPage)


def test_the_dashboard_lists_practice_results_weakest_family_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    from nihongoku.core.practice.results import PracticeResults
    from nihongoku.core.store.types import utc_now

    services = window.ctx.services
    ani = services.profiles.create_learner("Ani")
    results = PracticeResults(services.db)
    for n, (family, correct) in enumerate(
        [("kanji-reading", True), ("kanji-reading", True), ("grammar-form", False),
         ("grammar-form", True)]
    ):  # fmt: skip
        results.record(ani.id, question_id=f"q{n}", family=family, level="n5", tested=[],
                       correct=correct, answered_at=utc_now())  # fmt: skip
    window.picker.reload()
    window.picker.open_selected()
    home = window.workspace.page("home")  # type: ignore[union-attr]
    assert isinstance(home, HomePage)
    dashboard = home.dashboard
    assert dashboard.practice_scores.text().splitlines() == [
        "Bentuk tata bahasa: 1/2 (50%)",
        "Membaca kanji: 2/2 (100%)",
    ]


def sit(
    store: ExamStore, profile_id: int, exam_id: str, number: int, right: int, day: int
) -> ExamResult:
    """A sitting finished on ``day`` November 2026, its first ``right`` sections all right
    and the rest all wrong."""
    attempt = ExamAttempt(form(exam_id, number))
    when = datetime(2026, 11, day, 5, 0, tzinfo=UTC)
    attempt_id = store.start(profile_id, attempt, when)
    for section in range(len(attempt.form.sections)):
        for index, question in enumerate(attempt.questions):
            attempt.go_to(index)
            wrong = (question.answer + 1) % len(question.choices)
            attempt.answer(question.answer if section < right else wrong)
        attempt.finish_section()
    return store.finish(profile_id, attempt_id, attempt, when)


def test_the_dashboard_charts_mock_exams_per_exam_and_lists_the_latest(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.ctx.services
    ani = services.profiles.create_learner("Ani")
    store = ExamStore(services.db)
    first = sit(store, ani.id, "jlpt-n5", 1, right=1, day=20)
    jft = sit(store, ani.id, "jft-basic", 1, right=2, day=25)
    second = sit(store, ani.id, "jlpt-n5", 2, right=3, day=29)
    assert first.total_scale == (0, 180) and jft.total_scale == (10, 250)
    assert first.passed is False and second.passed is True and jft.band is None

    window.picker.reload()
    window.picker.open_selected()
    workspace = window.workspace
    assert workspace is not None
    home = workspace.page("home")
    assert isinstance(home, HomePage)
    dashboard = home.dashboard
    assert dashboard.exams_box.isVisible()
    assert "Hasil ujian simulasi (nilai dalam % dari skala tiap ujian)" in visible_texts(home)
    chart = dashboard.exams_chart
    assert chart is not None
    assert [s.name() for s in chart.exam_series] == ["Simulasi JLPT N5", "Simulasi JFT-Basic"]
    jlpt_points, jft_points = ([p.y() for p in s.points()] for s in chart.exam_series)
    assert jlpt_points == pytest.approx([first.total / 1.8, second.total / 1.8])
    assert jft_points == pytest.approx([(jft.total - 10) / 2.4])
    days = [
        QDateTime.fromMSecsSinceEpoch(int(p.x())).toString("dd/MM")
        for p in chart.exam_series[0].points()
    ]
    assert days == ["20/11", "29/11"]
    [pass_line] = chart.pass_series
    assert pass_line.name() == "Batas lulus: Simulasi JLPT N5 (80/180)"
    assert [p.y() for p in pass_line.points()] == pytest.approx([80 / 1.8] * 2)

    assert dashboard.exams_recent.text().splitlines() == [
        f"Simulasi JLPT N5 paket 2 · 29/11 · {second.total}/180 · Lulus",
        f"Simulasi JFT-Basic paket 1 · 25/11 · {jft.total}/250 · di bawah A1",
        f"Simulasi JLPT N5 paket 1 · 20/11 · {first.total}/180 · Belum lulus",
    ]
    if SHOTS:
        window.resize(1100, 1500)
        qtbot.wait(100)  # the charts lay out their scenes on the next turns of the loop
        window.grab().save(str(Path(SHOTS) / "dashboard-exams.png"))

    qtbot.mouseClick(dashboard.exams_button, Qt.MouseButton.LeftButton)
    assert isinstance(workspace.pages.currentWidget(), ExamsPage)


def test_the_dashboard_has_no_exam_section_before_the_first_sitting(window: MainWindow) -> None:
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    home = window.workspace.page("home")  # type: ignore[union-attr]
    assert isinstance(home, HomePage)
    assert not home.dashboard.exams_box.isVisible() and home.dashboard.exams_chart is None


def test_the_forecast_axis_counts_whole_reviews(qtbot: QtBot) -> None:
    from PySide6.QtCharts import QValueAxis

    from nihongoku.ui.widgets.forecast_chart import ForecastChart

    def ticks(counts: list[int]) -> tuple[int, float]:
        chart = ForecastChart()
        qtbot.addWidget(chart)
        chart.set_forecast(counts, [str(n) for n in range(len(counts))], "x")
        (axis,) = [a for a in chart.chart().axes() if isinstance(a, QValueAxis)]
        return axis.tickCount(), axis.max()

    assert ticks([0] * 14) == (2, 1)  # 0 and 1, not "0 0 0 0 1"
    assert ticks([3, 1, 0]) == (4, 3)
    count, top = ticks([40, 12])
    assert top >= 40 and count >= 2
