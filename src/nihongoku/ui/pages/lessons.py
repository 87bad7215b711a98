"""Pelajaran: the course's lessons with how far the learner is in each, and a reader with
furigana and romaji toggles."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.content.course import Course, Lesson
from nihongoku.core.content.schema import Level
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.core.study.progress import LessonProgress, lesson_progress
from nihongoku.ui.context import UiContext
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import in_language, level_name
from nihongoku.ui.widgets import RoomyItems, label
from nihongoku.ui.widgets.kana_chart import KanaChart
from nihongoku.ui.widgets.kana_detail import KanaDetail
from nihongoku.ui.widgets.lesson_view import FuriganaMode, LessonView

LESSON_ROLE = Qt.ItemDataRole.UserRole
# Share of the lesson's cards met, drawn as a thin bar under the row; -1.0: no bar.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
NO_BAR = -1.0
# PySide6 6.12 drops a reference to None whenever an item or combo box hands back an
# empty value (measured: ~10,000 such calls abort the interpreter). So headers carry ""
# instead of None, and the furigana mode is read by index, never via currentData().
HEADER = ""
NATIVE = QKeySequence.SequenceFormat.NativeText
FURIGANA_MODES = (FuriganaMode.ALL, FuriganaMode.NEW_KANJI, FuriganaMode.NONE)


def kanji_before(course: Course, lesson: Lesson) -> frozenset[str]:
    """Kanji taught in the lessons before this one: what "learned" means until the
    flashcards record what each learner really knows."""
    known: set[str] = set()
    for earlier in course.lessons:
        if earlier.id == lesson.id:
            break
        known.update(k.char for k in earlier.kanji)
    return frozenset(known)


class LessonRows(RoomyItems):
    """Lesson rows with a thin progress bar along their bottom edge."""

    BAR = 4  # px

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + self.BAR + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        fraction = index.data(PROGRESS_ROLE)
        if not isinstance(fraction, float) or fraction < 0:
            return
        rect: QRect = option.rect
        track = QRect(rect.left() + 10, rect.bottom() - self.BAR - 4, rect.width() - 20, self.BAR)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e88a83" if selected else "#ece3d6"))
        painter.drawRoundedRect(track, 2, 2)
        if fraction > 0:
            filled = QRect(track)
            filled.setWidth(max(self.BAR, round(track.width() * min(fraction, 1.0))))
            painter.setBrush(QColor("#ffffff" if selected else "#2e7d32"))
            painter.drawRoundedRect(filled, 2, 2)
        painter.restore()


class LessonsPage(QWidget):
    study_lesson = Signal(str)  # lesson id: open Kartu with this lesson chosen

    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.course = ctx.course()
        self.view: LessonView | None = None
        self.progress: dict[str, LessonProgress] = {}

        self.problems = label("", "errorText", wrap=True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lessons = QListWidget()
        self.lessons.setObjectName("navigation")
        self.lessons.setItemDelegate(LessonRows(self.lessons))
        self.lessons.setFixedWidth(260)
        self.lessons.setWordWrap(True)  # long titles wrap instead of being cut off
        self.lessons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.study_button = QPushButton()
        # as wide as the list; wider only when a large text size needs it
        self.study_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.study_button.clicked.connect(self._study_selected)
        self.furigana_label = QLabel()
        self.furigana = QComboBox()
        self.romaji = QCheckBox()
        self.romaji.setChecked(True)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.open_print_dialog)
        QShortcut(QKeySequence.StandardKey.Print, self, self.open_print_dialog)
        self.reader_area = QScrollArea()
        self.reader_area.setWidgetResizable(True)
        self.reader_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.reader_area.setObjectName("reader")

        toggles = QHBoxLayout()
        toggles.addWidget(self.furigana_label)
        toggles.addWidget(self.furigana)
        toggles.addSpacing(16)
        toggles.addWidget(self.romaji)
        toggles.addStretch(1)
        toggles.addWidget(self.print_button)
        reader = QVBoxLayout()
        reader.addLayout(toggles)
        reader.addWidget(self.reader_area, 1)
        reader_tab = QWidget()
        column = QVBoxLayout()
        column.addWidget(self.lessons, 1)
        column.addWidget(self.study_button)
        body = QHBoxLayout(reader_tab)
        body.addLayout(column)
        body.addLayout(reader, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(reader_tab, "")
        self.chart: KanaChart | None = None
        self.kana_detail: KanaDetail | None = None
        if any(lesson.kana for lesson in self.course.lessons):
            self.chart = KanaChart(self.course)
            self.kana_detail = KanaDetail(self.course, ctx.language.code)
            chart_tab = QWidget()
            chart_row = QHBoxLayout(chart_tab)
            chart_row.addWidget(self.chart, 3)
            chart_row.addWidget(self.kana_detail, 2)
            self.chart.chosen.connect(self.kana_detail.show_entry)
            self.tabs.addTab(chart_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)

        self.lessons.currentItemChanged.connect(lambda *_: self.show_lesson())
        self.furigana.currentIndexChanged.connect(lambda *_: self.show_lesson())
        self.romaji.toggled.connect(lambda *_: self.show_lesson())
        self.retranslate()
        if self.lessons.count():
            first = self.lessons.item(0).data(LESSON_ROLE)
            self.lessons.setCurrentRow(0 if isinstance(first, Lesson) else 1)

    def selected(self) -> Lesson | None:
        item = self.lessons.currentItem()
        lesson = item.data(LESSON_ROLE) if item is not None else None
        return lesson if isinstance(lesson, Lesson) else None

    def furigana_mode(self) -> FuriganaMode:
        index = self.furigana.currentIndex()
        return FURIGANA_MODES[index] if 0 <= index < len(FURIGANA_MODES) else FuriganaMode.ALL

    def set_furigana_mode(self, mode: FuriganaMode) -> None:
        self.furigana.setCurrentIndex(FURIGANA_MODES.index(mode))

    def select(self, lesson_id: str) -> None:
        for row in range(self.lessons.count()):
            lesson = self.lessons.item(row).data(LESSON_ROLE)
            if isinstance(lesson, Lesson) and lesson.id == lesson_id:
                self.lessons.setCurrentRow(row)
                return
        raise KeyError(lesson_id)

    def open_print_dialog(self) -> None:
        lesson = self.selected()
        if lesson is None:
            return
        from nihongoku.ui.dialogs.print_lesson import PrintLessonDialog  # loads QtPrintSupport

        dialog = PrintLessonDialog(self._ctx, lesson, self)
        dialog.exec()
        dialog.deleteLater()

    def _study_selected(self) -> None:
        lesson = self.selected()
        if lesson is not None:
            self.study_lesson.emit(lesson.id)

    def showEvent(self, event: QShowEvent) -> None:
        # Shown again, e.g. after a review session in Kartu: the numbers may have moved.
        if self.course is not self._ctx.course():  # an instructor saved a lesson
            self.course = self._ctx.course()
            self.retranslate()  # lists the lessons again
        self.refresh_progress()
        super().showEvent(event)

    def refresh_progress(self) -> None:
        """Read how far the learner is in every lesson (one query) and show it."""
        if not self._ctx.ready:
            return
        self.progress = lesson_progress(self._ctx.services.db, self.profile.id, self.course.lessons)
        for row in range(self.lessons.count()):
            item = self.lessons.item(row)
            lesson = item.data(LESSON_ROLE)
            if isinstance(lesson, Lesson):
                self._label_item(item, lesson)

    def progress_text(self, lesson: Lesson) -> str:
        """The line under a lesson's title: "12/35 cards", or "… · done" once all are met."""
        progress = self.progress.get(lesson.id)
        if progress is None or progress.total == 0:
            return ""
        text = self.tr("%1/%2 cards · done") if progress.done else self.tr("%1/%2 cards")
        return text.replace("%1", str(progress.met)).replace("%2", str(progress.total))

    def _label_item(self, item: QListWidgetItem, lesson: Lesson) -> None:
        title = in_language(lesson.title, self._ctx.language.code)
        line = self.progress_text(lesson)
        item.setText(f"{title}\n{line}" if line else title)
        progress = self.progress.get(lesson.id)
        if progress is None or progress.total == 0:
            item.setToolTip(title)
            item.setData(PROGRESS_ROLE, NO_BAR)
            return
        studied = self.tr("%1 of this lesson's %2 flashcards studied")
        studied = studied.replace("%1", str(progress.met)).replace("%2", str(progress.total))
        item.setToolTip(f"{title}\n{studied}")
        item.setData(PROGRESS_ROLE, progress.fraction)

    def show_lesson(self) -> None:
        lesson = self.selected()
        self.study_button.setEnabled(lesson is not None)
        self.print_button.setEnabled(lesson is not None)
        if lesson is None:
            return
        mode = self.furigana_mode()
        self.view = LessonView(
            lesson,
            self.course.review_words(lesson),
            self._ctx.language.code,
            mode,
            kanji_before(self.course, lesson),
            self.romaji.isChecked(),
        )
        self.reader_area.setWidget(self.view)

    def _fill_lessons(self) -> None:
        current = self.selected()
        self.lessons.blockSignals(True)
        self.lessons.clear()
        level: Level | None = None
        for lesson in self.course.lessons:
            if lesson.level is not level:
                level = lesson.level
                header = QListWidgetItem(level_name(level))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setData(LESSON_ROLE, HEADER)
                header.setData(PROGRESS_ROLE, NO_BAR)
                self.lessons.addItem(header)
            item = QListWidgetItem()
            item.setData(LESSON_ROLE, lesson)
            self._label_item(item, lesson)
            self.lessons.addItem(item)
            if current is not None and current.id == lesson.id:
                self.lessons.setCurrentItem(item)
        self.lessons.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        broken = self.course.problems
        if broken:
            shown = "\n".join(str(p) for p in broken[:5])
            more = len(broken) - 5
            self.problems.setText(
                self.tr("Some lessons could not be loaded; the others are here.")
                + "\n"
                + shown
                + ("\n" + self.tr("… and %1 more.").replace("%1", str(more)) if more > 0 else "")
            )
        self.problems.setVisible(bool(broken))
        self.furigana_label.setText(self.tr("Furigana:"))
        index = max(0, self.furigana.currentIndex())
        self.furigana.blockSignals(True)
        self.furigana.clear()
        self.furigana.addItems(
            [self.tr("Over all kanji"), self.tr("Only over new kanji"), self.tr("Off")]
        )
        self.furigana.setCurrentIndex(index)
        self.furigana.blockSignals(False)
        self.romaji.setText(self.tr("Show &romaji"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(
            self.tr("Print this lesson or save it as PDF: word list, worksheet, writing sheets")
            + f" ({QKeySequence(QKeySequence.StandardKey.Print).toString(NATIVE)})"
        )
        self.study_button.setText(self.tr("Study this lesson's &cards"))
        self.study_button.setToolTip(
            self.tr("Open Flashcards with this lesson chosen; press Start studying there to begin.")
        )
        self.tabs.setTabText(0, self.tr("Lessons"))
        if self.kana_detail is not None:
            self.tabs.setTabText(1, self.tr("Kana chart"))
            self.kana_detail.set_language(self._ctx.language.code)
        self._fill_lessons()
        self.show_lesson()
