"""The test builder (instructors): a class test from the course, saved as an exam that
learners then take on the mock-exam page like any other.

A test is a list of parts; each part asks one question family, drawn at random from
chosen lessons or picked question by question. The work is nihongoku.core.exams.builder;
listing a family's questions over many lessons takes up to a second or two, so it runs in
a worker thread and the dialog polls for the result with a timer of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.content.course import Course
from nihongoku.core.content.schema import Level
from nihongoku.core.exams.blueprint import FAMILIES, Blueprint
from nihongoku.core.exams.builder import (
    SECTION_NAMES,
    Builder,
    BuildError,
    Candidate,
    DraftTest,
    PartDraft,
    draft_of,
    save_test,
)
from nihongoku.core.japanese import marked_text, plain_text
from nihongoku.paths import is_custom
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import family_name, in_language, level_name
from nihongoku.ui.widgets import label

POLL_MS = 30
ID_ROLE = Qt.ItemDataRole.UserRole
# one worker: the course is indexed once, and lists are made one at a time
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-builder")
# the order families are offered in: the exam's own order (vocabulary, grammar, reading…)
FAMILY_ORDER = [f for f in SECTION_NAMES if f in FAMILIES]


class ExamBuilderDialog(QDialog):
    def __init__(
        self,
        course: Callable[[], Course],
        blueprints: Sequence[Blueprint],
        *,
        editing: Blueprint | None = None,
        author: str | None = None,
        language: Callable[[], str] = lambda: "id",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.templates = [b for b in blueprints if not is_custom(b.path)]
        self.builder: Builder | None = None
        self.saved_path: Path | None = None
        self.draft = (
            draft_of(editing) if editing is not None else DraftTest("", "", 30, [], author=author)
        )
        self._known: dict[str, Candidate] = {}  # every candidate listed so far, by id
        self._shown: list[Candidate] = []  # the current part's candidates
        # work in the worker, what to do with its result, and for lists of candidates a
        # number: a list asked for before the latest one is thrown away
        self._jobs: list[tuple[Future[Any], Callable[[Any], None], int | None]] = []
        self._latest = 0

        self.title_id = QLineEdit(self.draft.title_id)
        self.title_en = QLineEdit(self.draft.title_en)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 300)
        self.minutes.setValue(self.draft.minutes)
        self.title_id_label, self.title_en_label, self.minutes_label = QLabel(), QLabel(), QLabel()
        for caption, field in (
            (self.title_id_label, self.title_id),
            (self.title_en_label, self.title_en),
            (self.minutes_label, self.minutes),
        ):
            caption.setBuddy(field)
        heading = QFormLayout()
        heading.addRow(self.title_id_label, self.title_id)
        heading.addRow(self.title_en_label, self.title_en)
        heading.addRow(self.minutes_label, self.minutes)

        # start from a built-in exam: its sections and counts, from chosen lessons
        self.template_box = QGroupBox()
        self.template = QComboBox()
        self.template_lessons = self._lesson_list()
        self.template_lessons.setMaximumHeight(96)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_template)
        self.template_hint = label("", "hint", wrap=True)
        template_layout = QVBoxLayout(self.template_box)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.copy_button)
        template_layout.addLayout(template_row)
        template_layout.addWidget(self.template_hint)
        template_layout.addWidget(self.template_lessons)

        # the parts
        self.parts_title = label("", "")
        self.parts = QListWidget()
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts.currentRowChanged.connect(self._show_part)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_part)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_part)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_part(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_part(1))
        part_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            part_buttons.addWidget(button)
        parts_column = QVBoxLayout()
        parts_column.addWidget(self.parts_title)
        parts_column.addWidget(self.parts, 1)
        parts_column.addLayout(part_buttons)
        parts_column.addWidget(self.template_box)

        # one part
        self.part_box = QGroupBox()
        self.section = QLineEdit()
        self.family = QComboBox()
        for family in FAMILY_ORDER:
            self.family.addItem("", family)
        self.level = QComboBox()
        self.level.addItem("", None)
        for level in Level:
            self.level.addItem("", level.value)
        self.lessons = self._lesson_list()
        self.lessons.setMaximumHeight(120)
        self.random_choice = QRadioButton()
        self.pick_choice = QRadioButton()
        self.count = QSpinBox()
        self.count.setRange(1, 60)
        self.available = label("", "hint")
        self.candidates = QListWidget()
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setMinimumHeight(180)
        self.picked_note = label("", "hint")
        self.preview = label("", "", wrap=True)
        self.preview.setObjectName("preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setMinimumHeight(90)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.busy_text = label("", "hint")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a list being made has no steps to count
        self.busy.setMaximumWidth(160)
        self.section_label, self.family_label, self.level_label = QLabel(), QLabel(), QLabel()
        self.lessons_label, self.count_label = QLabel(), QLabel()
        buddies: tuple[tuple[QLabel, QWidget], ...] = (
            (self.section_label, self.section),
            (self.family_label, self.family),
            (self.level_label, self.level),
            (self.lessons_label, self.lessons),
            (self.count_label, self.count),
        )
        for caption, buddy in buddies:
            caption.setBuddy(buddy)
        part_form = QFormLayout()
        part_form.addRow(self.section_label, self.section)
        part_form.addRow(self.family_label, self.family)
        part_form.addRow(self.level_label, self.level)
        part_form.addRow(self.lessons_label, self.lessons)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.random_choice)
        mode_row.addWidget(self.count_label)
        mode_row.addWidget(self.count)
        mode_row.addWidget(self.available)
        mode_row.addStretch(1)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_text)
        busy_row.addWidget(self.busy)
        busy_row.addStretch(1)
        part_layout = QVBoxLayout(self.part_box)
        part_layout.addLayout(part_form)
        part_layout.addLayout(mode_row)
        part_layout.addWidget(self.pick_choice)
        part_layout.addWidget(self.candidates, 3)
        part_layout.addWidget(self.picked_note)
        part_layout.addWidget(self.preview, 1)
        part_layout.addLayout(busy_row)

        self.problems = label("", "errorText", wrap=True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setVisible(False)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        columns = QHBoxLayout()
        columns.addLayout(parts_column, 2)
        columns.addWidget(self.part_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.parts, self.remove_part)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        # Tab goes through the dialog as it is read: the test, its parts, the part, saving
        order: list[QWidget] = [
            self.title_id,
            self.title_en,
            self.minutes,
            self.parts,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.section,
            self.family,
            self.level,
            self.lessons,
            self.random_choice,
            self.count,
            self.pick_choice,
            self.candidates,
            self.template,
            self.copy_button,
            self.template_lessons,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.section.textEdited.connect(lambda _text: self._part_changed(reload=False))
        self.family.currentIndexChanged.connect(lambda _i: self._family_changed())
        self.level.currentIndexChanged.connect(lambda _i: self._part_changed(reload=True))
        self.lessons.itemChanged.connect(lambda _item: self._part_changed(reload=True))
        self.random_choice.toggled.connect(lambda _on: self._part_changed(reload=False))
        self.count.valueChanged.connect(lambda _n: self._part_changed(reload=False))
        self.candidates.itemChanged.connect(self._candidate_ticked)
        self.candidates.currentItemChanged.connect(lambda item, _old: self._preview(item))

        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self._filling = False  # widgets being set from a part: not a change by the user
        self.resize(1100, 820)
        self.retranslate()
        self._run(lambda: Builder(course()), self._builder_ready)
        self.title_id.setFocus()

    # -- the course's lessons and questions ------------------------------------------------

    def _lesson_list(self) -> QListWidget:
        widget = QListWidget()
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return widget

    def _builder_ready(self, builder: Builder) -> None:
        self.builder = builder
        self._filling = True
        for widget in (self.template_lessons, self.lessons):
            widget.clear()
            for lesson in builder.lessons():
                title = in_language(lesson.title, self._language())
                item = QListWidgetItem(f"{lesson.id} · {title}")
                item.setData(ID_ROLE, lesson.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
        self._filling = False
        if not self.draft.parts:
            self.draft.parts.append(self._new_part())
        self._render_parts()
        self.parts.setCurrentRow(0)

    def _run(
        self, work: Callable[[], Any], then: Callable[[Any], None], token: int | None = None
    ) -> None:
        self._jobs.append((_WORKER.submit(work), then, token))
        self._render_busy()
        self.poll.start()

    def _poll(self) -> None:
        waiting = []
        for future, then, token in self._jobs:
            if not future.done():
                waiting.append((future, then, token))
                continue
            error = future.exception()
            if error is not None:  # a broken lesson file must not end the app
                self._show_problems([str(error)])
            elif token is None or token == self._latest:
                then(future.result())
        self._jobs = waiting
        if not self._jobs:
            self.poll.stop()
        self._render_busy()

    def _render_busy(self) -> None:
        busy = bool(self._jobs)
        self.busy_text.setVisible(busy)
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy and self.builder is not None)
        self.copy_button.setEnabled(not busy and self.builder is not None)

    # -- the parts ---------------------------------------------------------------------

    def _new_part(self) -> PartDraft:
        family = FAMILY_ORDER[0]
        return PartDraft(SECTION_NAMES[family], family, 5, level=self.draft.level)

    def current_part(self) -> PartDraft | None:
        row = self.parts.currentRow()
        return self.draft.parts[row] if 0 <= row < len(self.draft.parts) else None

    def add_part(self) -> None:
        self.draft.parts.append(self._new_part())
        self._render_parts()
        self.parts.setCurrentRow(len(self.draft.parts) - 1)
        self.section.setFocus()

    def remove_part(self) -> None:
        row = self.parts.currentRow()
        if 0 <= row < len(self.draft.parts):
            del self.draft.parts[row]
            self._render_parts()
            self.parts.setCurrentRow(min(row, len(self.draft.parts) - 1))

    def move_part(self, step: int) -> None:
        row = self.parts.currentRow()
        to = row + step
        if 0 <= row < len(self.draft.parts) and 0 <= to < len(self.draft.parts):
            parts = self.draft.parts
            parts[row], parts[to] = parts[to], parts[row]
            self._render_parts()
            self.parts.setCurrentRow(to)

    def _render_parts(self) -> None:
        row = self.parts.currentRow()
        self.parts.blockSignals(True)
        self.parts.clear()
        for number, part in enumerate(self.draft.parts, start=1):
            self.parts.addItem(self._part_text(number, part))
            self.parts.item(number - 1).setToolTip(self._part_text(number, part))
        self.parts.setCurrentRow(row if row < self.parts.count() else self.parts.count() - 1)
        self.parts.blockSignals(False)
        self.part_box.setEnabled(bool(self.draft.parts))
        self.parts_title.setText(
            self.tr("Parts (%1 questions in all)").replace("%1", str(self.draft.questions))
        )

    def _part_text(self, number: int, part: PartDraft) -> str:
        how = self.tr("picked") if part.picks is not None else self.tr("at random")
        return (
            self.tr("%1. %2 · %3 · %4 question(s), %5")
            .replace("%1", str(number))
            .replace("%2", part.section)
            .replace("%3", family_name(part.family))
            .replace("%4", str(part.count))
            .replace("%5", how)
        )

    def _show_part(self, row: int) -> None:
        part = self.current_part()
        if part is None:
            self.candidates.clear()
            return
        self._filling = True
        self.section.setText(part.section)
        self.family.setCurrentIndex(max(0, self.family.findData(part.family)))
        self.level.setCurrentIndex(
            max(0, self.level.findData(part.level.value if part.level else None))
        )
        for i in range(self.lessons.count()):
            item = self.lessons.item(i)
            ticked = item.data(ID_ROLE) in part.lessons
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.random_choice.setChecked(part.picks is None)
        self.pick_choice.setChecked(part.picks is not None)
        self.count.setValue(part.count)
        self._filling = False
        self._render_mode()
        self._load_candidates()

    def _family_changed(self) -> None:
        part = self.current_part()
        if self._filling or part is None:
            return
        family = str(self.family.currentData())
        if part.section == SECTION_NAMES.get(part.family) or not part.section.strip():
            part.section = SECTION_NAMES[family]  # the usual name follows the family
            self.section.setText(part.section)
        part.picks = [] if part.picks is not None else None  # picks of another family
        self._part_changed(reload=True)

    def _part_changed(self, *, reload: bool) -> None:
        part = self.current_part()
        if self._filling or part is None:
            return
        part.section = self.section.text().strip()
        part.family = str(self.family.currentData())
        level = self.level.currentData()
        part.level = Level(level) if level else None
        part.lessons = [
            str(self.lessons.item(i).data(ID_ROLE))
            for i in range(self.lessons.count())
            if self.lessons.item(i).checkState() == Qt.CheckState.Checked
        ]
        if self.random_choice.isChecked():
            part.picks = None
            part.count = self.count.value()
        elif part.picks is None:
            part.picks = []
        if part.picks is not None:
            part.count = self._picked_count(part)
        self._render_mode()
        self.parts.item(self.parts.currentRow()).setText(
            self._part_text(self.parts.currentRow() + 1, part)
        )
        self.parts_title.setText(
            self.tr("Parts (%1 questions in all)").replace("%1", str(self.draft.questions))
        )
        if reload:
            self._load_candidates()
        else:
            self._render_candidate_checks()

    def _render_mode(self) -> None:
        picking = self.pick_choice.isChecked()
        self.count.setEnabled(not picking)
        self.candidates.setEnabled(picking)
        part = self.current_part()
        picked = len(part.picks or []) if part is not None else 0
        self.picked_note.setText(
            self.tr("%1 picked, %2 question(s). Space ticks the selected one.")
            .replace("%1", str(picked))
            .replace("%2", str(part.count if part is not None else 0))
        )
        self.picked_note.setVisible(picking)

    def _load_candidates(self) -> None:
        part = self.current_part()
        builder = self.builder
        if part is None or builder is None:
            return
        wanted = PartDraft(part.section, part.family, part.count, part.level, list(part.lessons))
        level = self.draft.level

        def work() -> list[Candidate]:
            return builder.candidates(wanted.family, builder.part_lessons(wanted, level))

        self._latest += 1
        self._run(work, self._show_candidates, self._latest)

    def _show_candidates(self, found: list[Candidate]) -> None:
        self._shown = found
        self._known.update((c.id, c) for c in found)
        part = self.current_part()
        self._filling = True
        self.candidates.clear()
        for candidate in found:
            item = QListWidgetItem(candidate.label(self._language()))
            item.setData(ID_ROLE, candidate.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.candidates.addItem(item)
        self._filling = False
        self._render_candidate_checks()
        if part is not None and part.picks:  # picks made before the list was loaded
            part.count = self._picked_count(part)
            self._render_parts()
            self._render_mode()
        questions = sum(c.questions for c in found)
        self.available.setText(self.tr("(%1 available)").replace("%1", str(questions)))
        if self.candidates.count():
            self.candidates.setCurrentRow(0)
        else:
            self.preview.setText(self.tr("These lessons have no questions of this kind."))

    def _picked_count(self, part: PartDraft) -> int:
        """The questions the picks give: one each, or an exercise's own number."""
        if self.builder is None or not part.picks:
            return 0
        if all(p in self._known for p in part.picks):
            return sum(self._known[p].questions for p in part.picks)
        return self.builder.picked_questions(part.family, part.picks)

    def _render_candidate_checks(self) -> None:
        part = self.current_part()
        picks = set(part.picks or []) if part is not None else set()
        self._filling = True
        for i in range(self.candidates.count()):
            item = self.candidates.item(i)
            ticked = item.data(ID_ROLE) in picks
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._filling = False

    def _candidate_ticked(self, item: QListWidgetItem) -> None:
        part = self.current_part()
        if self._filling or part is None:
            return
        pick = str(item.data(ID_ROLE))
        picks = [p for p in (part.picks or []) if p != pick]
        if item.checkState() == Qt.CheckState.Checked:
            picks.append(pick)  # the test asks them in the order they were ticked
        if not self.pick_choice.isChecked():
            self.pick_choice.setChecked(True)
        part.picks = picks
        self._part_changed(reload=False)

    def _preview(self, item: QListWidgetItem | None) -> None:
        candidate = self._known.get(str(item.data(ID_ROLE))) if item is not None else None
        if candidate is None:
            self.preview.setText("")
            return
        lines = []
        for n, question in enumerate(candidate.preview, start=1):
            if question.passage and n == 1:
                lines.append(plain_text(list(question.passage)))
            stem = marked_text(list(question.stem))
            if question.gloss is not None:
                stem = in_language(question.gloss, self._language())
            lines.append(f"{n}. {stem}" if len(candidate.preview) > 1 else stem)
            for k, choice in enumerate(question.choice_texts, start=1):
                mark = "  ✓" if k - 1 == question.answer else ""
                lines.append(f"    {k}) {choice}{mark}")
        self.preview.setText("\n".join(lines))

    # -- starting from a built-in exam ---------------------------------------------------

    def copy_template(self) -> None:
        builder = self.builder
        row = self.template.currentIndex()
        if builder is None or not 0 <= row < len(self.templates):
            return
        blueprint = self.templates[row]
        chosen = [
            str(self.template_lessons.item(i).data(ID_ROLE))
            for i in range(self.template_lessons.count())
            if self.template_lessons.item(i).checkState() == Qt.CheckState.Checked
        ] or [lesson.id for lesson in builder.lessons()]
        self._run(lambda: builder.balanced_draw(blueprint, chosen), self._copied)

    def _copied(self, draft: DraftTest) -> None:
        self.draft.parts = draft.parts
        self.draft.level = draft.level
        if not self.title_id.text().strip():
            self.title_id.setText(draft.title_id)
            self.title_en.setText(draft.title_en)
        self.minutes.setValue(draft.minutes)
        self._render_parts()
        self.parts.setCurrentRow(0)
        self._show_part(0)
        self.parts.setFocus()

    # -- saving ------------------------------------------------------------------------

    def save(self) -> None:
        builder = self.builder
        if builder is None or self._jobs:
            return
        self.draft.title_id = self.title_id.text().strip()
        self.draft.title_en = self.title_en.text().strip()
        self.draft.minutes = self.minutes.value()
        problems = []
        for number, part in enumerate(self.draft.parts, start=1):
            if part.picks is not None and not part.picks:
                problems.append(
                    self.tr("Part %1: pick at least one question.").replace("%1", str(number))
                )
            elif part.picks is None and part.count > builder.available(part, self.draft.level):
                problems.append(
                    self.tr("Part %1: its lessons have only %2 question(s) of this kind.")
                    .replace("%1", str(number))
                    .replace("%2", str(builder.available(part, self.draft.level)))
                )
        if not self.draft.title_id:
            problems.insert(0, self.tr("Give the test a title."))
        if not self.draft.parts:
            problems.append(self.tr("Add at least one part."))
        if problems:
            self._show_problems(problems)
            return
        try:
            self.saved_path = save_test(self.draft, builder.course)
        except BuildError as exc:
            self._show_problems([str(p) for p in exc.problems])
            return
        except OSError as exc:
            self._show_problems(
                [self.tr("Could not save the test: %1").replace("%1", exc.strerror or str(exc))]
            )
            return
        self.accept()

    def _show_problems(self, problems: Sequence[str]) -> None:
        self.problems.setVisible(bool(problems))
        self.problems.setText("\n".join(problems))

    def reject(self) -> None:
        self.poll.stop()
        super().reject()

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        editing = self.draft.exam_id is not None
        self.setWindowTitle(self.tr("Edit the test") if editing else self.tr("Create a test"))
        self.title_id_label.setText(self.tr("&Title (Indonesian):"))
        self.title_en_label.setText(self.tr("Title (&English):"))
        self.minutes_label.setText(self.tr("Time &limit (minutes):"))
        self.template_box.setTitle(self.tr("Start from a mock exam"))
        self.template.clear()
        for blueprint in self.templates:
            self.template.addItem(in_language(blueprint.spec.title, self._language()))
        self.copy_button.setText(self.tr("&Copy its parts"))
        self.template_hint.setText(
            self.tr(
                "Its parts and counts, with questions only from the lessons ticked here "
                "(none ticked: all lessons). This replaces the parts on the left."
            )
        )
        self.add_button.setText(self.tr("&Add part"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.part_box.setTitle(self.tr("The selected part"))
        self.section_label.setText(self.tr("Sectio&n:"))
        self.section.setToolTip(
            self.tr("Parts in a row with the same section name are scored together")
        )
        self.family_label.setText(self.tr("&Question type:"))
        for i in range(self.family.count()):
            self.family.setItemText(i, family_name(str(self.family.itemData(i))))
        self.level_label.setText(self.tr("Le&vel:"))
        self.level.setItemText(0, self.tr("Any level"))
        for i, level in enumerate(Level, start=1):
            self.level.setItemText(i, level_name(level))
        self.lessons_label.setText(self.tr("L&essons:"))
        self.lessons.setToolTip(self.tr("None ticked: every lesson of the level"))
        self.random_choice.setText(self.tr("&Draw at random"))
        self.count_label.setText(self.tr("questions:"))
        self.pick_choice.setText(self.tr("&Pick the questions:"))
        self.busy_text.setText(self.tr("Listing the questions…"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._render_parts()
        self._render_mode()
