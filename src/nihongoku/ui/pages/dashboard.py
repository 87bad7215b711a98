"""The learner's study dashboard on Beranda: today's numbers, the next 14 days, leeches,
and the mock exams taken so far."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.content.course import KanaEntry, KanjiEntry, VocabEntry
from nihongoku.core.exams.blueprint import Blueprint, ExamKind, load_blueprints
from nihongoku.core.exams.store import ExamStore, SavedAttempt
from nihongoku.core.practice.results import FamilyScore, PracticeResults
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.cards import CardRecord
from nihongoku.core.study.store import FORECAST_DAYS, StudySummary
from nihongoku.ui.context import UiContext
from nihongoku.ui.labels import family_name, in_language
from nihongoku.ui.widgets import frame, label

if TYPE_CHECKING:
    from nihongoku.ui.widgets.exam_history_chart import ExamHistoryChart, ExamLine
    from nihongoku.ui.widgets.forecast_chart import ForecastChart

RECENT_EXAMS = 3  # the last sittings listed under the chart


class StudyDashboard(QWidget):
    study_requested = Signal()
    exams_requested = Signal()

    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.store = ctx.services.study
        self.clock = utc_now  # a test may put a fake clock here
        self.summary: StudySummary | None = None
        self.family_scores: list[FamilyScore] = []
        self.leech_cards: list[CardRecord] = []
        self.exam_history: list[SavedAttempt] = []
        self._blueprints: dict[str, Blueprint] | None = None  # read on the first sitting shown

        self.title = label("", "sectionTitle")
        self.numbers = label("", "", wrap=True)
        self.study_button = QPushButton()
        self.study_button.clicked.connect(self.study_requested)
        self.chart_title = label("", "cardTitle")
        self.chart_holder = QVBoxLayout()
        self.chart: ForecastChart | None = None  # QtCharts loads on the first render
        self.practice_title = label("", "cardTitle")
        self.practice_scores = label("", "", wrap=True)
        self.leech_title = label("", "cardTitle")
        self.leech_note = label("", "hint", wrap=True)
        self.leech_list = QListWidget()
        self.leech_list.setMaximumHeight(160)
        self.suspend_button = QPushButton()
        self.reset_button = QPushButton()
        self.suspend_button.clicked.connect(self.suspend_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.leech_list.currentRowChanged.connect(self._selection_changed)
        self.exams_title = label("", "cardTitle")
        self.exams_chart_holder = QVBoxLayout()
        self.exams_chart: ExamHistoryChart | None = None  # QtCharts, only once there is a sitting
        self.exams_recent = label("", "", wrap=True)
        self.exams_button = QPushButton()
        self.exams_button.clicked.connect(self.exams_requested)
        self.exams_box = QWidget()
        exams_layout = QVBoxLayout(self.exams_box)
        exams_layout.setContentsMargins(0, 0, 0, 0)
        exams_layout.addWidget(self.exams_title)
        exams_layout.addLayout(self.exams_chart_holder)
        exams_layout.addWidget(self.exams_recent)
        exams_buttons = QHBoxLayout()
        exams_buttons.addWidget(self.exams_button)
        exams_buttons.addStretch(1)
        exams_layout.addLayout(exams_buttons)
        self.exams_box.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.study_button)
        buttons.addStretch(1)
        leech_buttons = QHBoxLayout()
        leech_buttons.addWidget(self.suspend_button)
        leech_buttons.addWidget(self.reset_button)
        leech_buttons.addStretch(1)
        self.leech_box = QWidget()
        leech_layout = QVBoxLayout(self.leech_box)
        leech_layout.setContentsMargins(0, 0, 0, 0)
        leech_layout.addWidget(self.leech_title)
        leech_layout.addWidget(self.leech_note)
        leech_layout.addWidget(self.leech_list)
        leech_layout.addLayout(leech_buttons)
        card = frame("card")
        layout = QVBoxLayout(card)
        layout.addWidget(self.title)
        layout.addWidget(self.numbers)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.chart_title)
        layout.addLayout(self.chart_holder)
        layout.addWidget(self.practice_title)
        layout.addWidget(self.practice_scores)
        layout.addWidget(self.exams_box)
        layout.addWidget(self.leech_box)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)

    def refresh(self) -> None:
        """Read the numbers again (after a review session, or a new day)."""
        now = self.clock()
        self.summary = self.store.summary(self.profile.id, now)
        self.leech_cards = [c for c in self.store.leeches(self.profile.id) if not c.suspended]
        self.family_scores = PracticeResults(self._ctx.services.db).by_family(self.profile.id)
        self.exam_history = ExamStore(self._ctx.services.db).history(self.profile.id)
        self.show_numbers()

    def day_labels(self) -> list[str]:
        locale = QLocale(
            QLocale.Language.Indonesian
            if self._ctx.language.code == "id"
            else QLocale.Language.English
        )
        today = self.store.day.date_of(self.clock())
        labels = []
        for offset in range(FORECAST_DAYS):
            day = today + timedelta(days=offset)
            labels.append(locale.toString(QDate(day.year, day.month, day.day), "d/M"))
        return labels

    def show_numbers(self) -> None:
        summary = self.summary
        if summary is None:
            return
        self.title.setText(self.tr("Studying today"))
        retention = "–" if summary.retention is None else f"{round(summary.retention * 100)}%"
        self.numbers.setText(
            "\n".join(
                [
                    self.tr("Reviews due today: %1").replace("%1", str(summary.due_today)),
                    self.tr("New cards left today: %1").replace("%1", str(summary.new_left_today)),
                    self.tr("Study streak: %1 day(s)").replace("%1", str(summary.streak_days)),
                    self.tr("Remembered in reviews (last 30 days): %1").replace("%1", retention),
                ]
            )
        )
        self.study_button.setText(self.tr("Study flashcards (Ctrl+3)"))
        self.chart_title.setText(self.tr("Reviews in the next 14 days, from today (date/month)"))
        if self.chart is None:
            from nihongoku.ui.widgets.forecast_chart import ForecastChart

            self.chart = ForecastChart()
            self.chart_holder.addWidget(self.chart)
        self.chart.set_forecast(summary.forecast, self.day_labels(), self.tr("Reviews"))

        # weakest first: what to practise next is what a learner should see first
        scores = sorted(self.family_scores, key=lambda score: (score.share, score.family))
        self.practice_title.setText(self.tr("Practice by question type (weakest first)"))
        self.practice_scores.setText(
            "\n".join(
                f"{family_name(score.family)}: {score.right}/{score.asked} "
                f"({round(score.share * 100)}%)"
                for score in scores
            )
        )
        self.practice_title.setVisible(bool(scores))
        self.practice_scores.setVisible(bool(scores))
        self.show_exams()
        self.leech_box.setVisible(bool(self.leech_cards))
        self.leech_title.setText(self.tr("Cards you keep forgetting"))
        self.leech_note.setText(
            self.tr(
                "Study them again in their lesson. Suspend a card to stop seeing it, or "
                "start it again from the beginning."
            )
        )
        row = self.leech_list.currentRow()
        self.leech_list.clear()
        for card in self.leech_cards:
            self.leech_list.addItem(
                self._describe(card)
                + "  ·  "
                + self.tr("forgotten %1×").replace("%1", str(card.lapses))
            )
        self.leech_list.setCurrentRow(min(row, len(self.leech_cards) - 1))
        self.suspend_button.setText(self.tr("&Suspend"))
        self.reset_button.setText(self.tr("Start &again"))
        self._selection_changed(self.leech_list.currentRow())

    def blueprints(self) -> dict[str, Blueprint]:
        if self._blueprints is None:
            found, _problems = load_blueprints()  # the exams page reports broken ones
            self._blueprints = {b.id: b for b in found}
        return self._blueprints

    def exam_title(self, exam_id: str) -> str:
        blueprint = self.blueprints().get(exam_id)
        if blueprint is None:  # a sitting of an exam since removed keeps its id
            return exam_id
        return in_language(blueprint.spec.title, self._ctx.language.code)

    def exam_lines(self) -> list[ExamLine]:
        """One line per exam, in the order first taken; each sitting oldest first."""
        from nihongoku.ui.widgets.exam_history_chart import ExamLine, percent_of_scale

        by_exam: dict[str, list[SavedAttempt]] = {}
        for attempt in reversed(self.exam_history):
            by_exam.setdefault(attempt.exam_id, []).append(attempt)
        lines = []
        for exam_id, attempts in by_exam.items():
            points = []
            for attempt in attempts:
                result: dict[str, Any] = attempt.result or {}
                low, high = result.get("scale", (0, 0))
                assert attempt.finished_at is not None  # history() only has finished ones
                points.append(
                    (attempt.finished_at, percent_of_scale(result.get("total", 0), low, high))
                )
            title = self.exam_title(exam_id)
            blueprint = self.blueprints().get(exam_id)
            spec = blueprint.spec if blueprint is not None else None
            pass_percent: float | None = None
            pass_name = ""
            if spec is not None and spec.kind is ExamKind.JLPT and spec.pass_total is not None:
                high = sum(group.scale for group in spec.scoring)
                pass_percent = percent_of_scale(spec.pass_total, 0, high)
                pass_name = (
                    self.tr("Pass mark: %1 (%2/%3)")
                    .replace("%1", title)
                    .replace("%2", str(spec.pass_total))
                    .replace("%3", str(high))
                )
            lines.append(ExamLine(title, points, pass_percent, pass_name))
        return lines

    def describe_sitting(self, attempt: SavedAttempt) -> str:
        result: dict[str, Any] = attempt.result or {}
        _low, high = result.get("scale", (0, 0))
        assert attempt.finished_at is not None
        line = (
            self.tr("%1 form %2 · %3 · %4/%5")
            .replace("%1", self.exam_title(attempt.exam_id))
            .replace("%2", str(attempt.form))
            .replace("%3", attempt.finished_at.astimezone().strftime("%d/%m"))
            .replace("%4", str(result.get("total", 0)))
            .replace("%5", str(high))
        )
        passed, band = result.get("passed"), result.get("band")
        if passed is not None:
            line += " · " + (self.tr("Passed") if passed else self.tr("Not passed yet"))
        elif result.get("kind") == ExamKind.JFT.value:
            line += " · " + (band if band else self.tr("below A1"))
        return line

    def show_exams(self) -> None:
        self.exams_box.setVisible(bool(self.exam_history))
        if not self.exam_history:
            return
        self.exams_title.setText(self.tr("Mock exam results (score as % of each exam's scale)"))
        if self.exams_chart is None:
            from nihongoku.ui.widgets.exam_history_chart import ExamHistoryChart

            self.exams_chart = ExamHistoryChart()
            self.exams_chart_holder.addWidget(self.exams_chart)
        self.exams_chart.set_history(self.exam_lines())
        self.exams_recent.setText(
            "\n".join(self.describe_sitting(a) for a in self.exam_history[:RECENT_EXAMS])
        )
        self.exams_button.setText(self.tr("Exams"))

    def _describe(self, card: CardRecord) -> str:
        code = self._ctx.language.code
        try:
            entry = self._ctx.course().item(card.item_id)
        except KeyError:
            return card.item_id
        if isinstance(entry, VocabEntry):
            return f"{entry.written} ({entry.reading}) — {in_language(entry.meaning, code)}"
        if isinstance(entry, KanjiEntry):
            return f"{entry.char} — {in_language(entry.meaning, code)}"
        if isinstance(entry, KanaEntry):
            return f"{entry.char} — {entry.romaji}"
        return f"{entry.pattern} — {in_language(entry.title, code)}"

    def _selection_changed(self, row: int) -> None:
        chosen = 0 <= row < len(self.leech_cards)
        self.suspend_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen)

    def _selected(self) -> CardRecord | None:
        row = self.leech_list.currentRow()
        return self.leech_cards[row] if 0 <= row < len(self.leech_cards) else None

    def suspend_selected(self) -> None:
        card = self._selected()
        if card is not None:
            self.store.suspend(self.profile.id, card)
            self.refresh()

    def reset_selected(self) -> None:
        card = self._selected()
        if card is not None:
            self.store.reset(self.profile.id, card)
            self.refresh()
