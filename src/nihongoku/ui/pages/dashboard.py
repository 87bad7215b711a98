"""The learner's study dashboard on Beranda: today's numbers, the next 14 days, leeches."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.content.course import KanaEntry, KanjiEntry, VocabEntry
from nihongoku.core.practice.results import FamilyScore, PracticeResults
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.cards import CardRecord
from nihongoku.core.study.store import FORECAST_DAYS, StudySummary
from nihongoku.ui.context import UiContext
from nihongoku.ui.labels import family_name, in_language
from nihongoku.ui.widgets import frame, label

if TYPE_CHECKING:
    from nihongoku.ui.widgets.forecast_chart import ForecastChart


class StudyDashboard(QWidget):
    study_requested = Signal()

    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.store = ctx.services.study
        self.clock = utc_now  # a test may put a fake clock here
        self.summary: StudySummary | None = None
        self.family_scores: list[FamilyScore] = []
        self.leech_cards: list[CardRecord] = []

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
