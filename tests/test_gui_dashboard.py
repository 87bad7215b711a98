"""Beranda's study dashboard after real (simulated) study: numbers, forecast, leeches."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nihongoku.core.study.simulate import simulate
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.flashcards import FlashcardsPage
from nihongoku.ui.pages.home import HomePage
from tests.gui import visible_texts
from tests.study_helpers import LESSONS, kana_course


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
