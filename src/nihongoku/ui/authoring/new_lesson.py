"""The "New lesson" dialog: title, level, the next free order for that level, goals."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.authoring.lesson_files import new_id
from nihongoku.core.content.course import Course
from nihongoku.core.content.schema import Level
from nihongoku.ui.labels import level_name


def next_free_order(course: Course, level: Level, more: dict[Level, set[int]]) -> int:
    """One after the last order used in ``level`` (the course's and the drafts')."""
    used = {lesson.order for lesson in course.lessons if lesson.level is level}
    used |= more.get(level, set())
    return max(used, default=0) + 1


class NewLessonDialog(QDialog):
    def __init__(
        self, course: Course, drafts: dict[Level, set[int]], taken: set[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New lesson"))
        self._course, self._drafts, self._taken = course, drafts, taken
        self.title_id = QLineEdit()
        self.title_en = QLineEdit()
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(level_name(level), level.value)
        self.level.setCurrentIndex(self.level.findData(Level.N5.value))
        self.order = QSpinBox()
        self.order.setRange(0, 999)
        self.goals = QPlainTextEdit()
        self.goals.setTabChangesFocus(True)
        self.goals.setPlaceholderText(self.tr("Saya bisa … (one goal per line)"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title (Indonesian)"), self.title_id)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Order in the level"), self.order)
        form.addRow(self.tr("Goals"), self.goals)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.level.currentIndexChanged.connect(self._propose_order)
        self.create_button.clicked.connect(self._create)
        cancel.clicked.connect(self.reject)
        self._propose_order()
        self.data: dict[str, Any] | None = None
        self.resize(520, self.sizeHint().height())

    def _propose_order(self) -> None:
        level = Level(self.level.currentData())
        self.order.setValue(next_free_order(self._course, level, self._drafts))

    def _create(self) -> None:
        title_id, title_en = self.title_id.text().strip(), self.title_en.text().strip()
        goals = [g.strip() for g in self.goals.toPlainText().splitlines() if g.strip()]
        if not title_id or not title_en:
            self.error.setText(self.tr("Give the title in Indonesian and in English."))
            return
        if not goals:
            self.error.setText(self.tr("Write at least one goal (Saya bisa …)."))
            return
        self.data = {
            "id": new_id("", title_en or title_id, self._taken),
            "title": {"id": title_id, "en": title_en},
            "level": self.level.currentData(),
            "order": self.order.value(),
            "goals": goals,
        }
        self.accept()
