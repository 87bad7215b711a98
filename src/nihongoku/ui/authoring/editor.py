"""The editor of one instructor's lesson: its tabs, undo/redo, saving, live validation.

Checks run on a worker thread, half a second after the last edit: a check of a large
lesson against the full course takes 20–80 ms (tests/test_draft_check.py measures it),
enough to make typing stutter if it ran on the GUI thread.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.authoring.draft_check import DraftChecker, DraftProblem, draft_yaml
from nihongoku.core.authoring.lesson_files import save_lesson
from nihongoku.core.authoring.proposals import CourseReadings
from nihongoku.core.content.schema import LessonFile, Vocabulary
from nihongoku.core.files import write_atomic
from nihongoku.ui.authoring.draft import LessonDraft, Path_, cleaned
from nihongoku.ui.authoring.item_form import ItemForm
from nihongoku.ui.authoring.problems_panel import ProblemsPanel
from nihongoku.ui.authoring.proposal_row import Proposer
from nihongoku.ui.authoring.section_tab import SectionTab
from nihongoku.ui.authoring.sections import LESSON_FIELDS, SECTIONS
from nihongoku.ui.background import ThreadJob, start_thread, stop_thread
from nihongoku.ui.context import UiContext
from nihongoku.ui.widgets import label

CHECK_DELAY_MS = 500
LESSON_KEYS = ("title", "level", "order", "goals", "maps_to")


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LessonEditor(QWidget):
    saved = Signal(Path)
    checked = Signal()  # the problems list shows the draft as it is now

    def __init__(
        self, ctx: UiContext, data: dict[str, Any], path: Path, checker: DraftChecker
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.path = path
        self.checker = checker
        self.draft = LessonDraft(data, self)
        self.proposer = Proposer(lambda: CourseReadings.of(ctx.course()), self)
        self._thread: QThread | None = None
        self._job: ThreadJob | None = None
        self._pending = False

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the lesson (Ctrl+S)"))
        self.undo_button = QPushButton()
        self.redo_button = QPushButton()
        self.state = label("", "hint", wrap=True)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.save_button)
        toolbar.addWidget(self.undo_button)
        toolbar.addWidget(self.redo_button)
        toolbar.addWidget(self.state, 1)

        self.lesson_form = ItemForm(self.draft, LESSON_FIELDS)
        self.lesson_form.show_item(())
        lesson_tab = QWidget()
        lesson_layout = QVBoxLayout(lesson_tab)
        lesson_layout.addWidget(label(self.tr("Lesson id: {id}").format(id=data["id"]), "hint"))
        lesson_layout.addWidget(self.lesson_form)
        lesson_layout.addStretch(1)
        lesson_scroll = QScrollArea()
        lesson_scroll.setWidgetResizable(True)
        lesson_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        lesson_scroll.setWidget(lesson_tab)
        self.tabs = QTabWidget()
        self.tabs.addTab(lesson_scroll, self.tr("Lesson"))
        self.sections: dict[str, SectionTab] = {}
        for section in SECTIONS:
            tab = SectionTab(self.draft, section, self.proposer)
            tab.left_item.connect(self.assign_ids)
            self.sections[section.key] = tab
            self.tabs.addTab(tab, section.title())
        self.import_button = QPushButton(self.tr("Import from spreadsheet…"))
        self.sections["vocabulary"].add_extra_button(self.import_button, self.import_vocabulary)

        self.problems = ProblemsPanel(self._item_name)
        self.problems.chosen.connect(self.go_to)
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.problems)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        stack = self.draft.stack
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.indexChanged.connect(self._stack_changed)
        stack.cleanChanged.connect(self._stack_changed)
        shortcuts = {
            "Ctrl+S": self.save,
            "Ctrl+Z": stack.undo,
            "Ctrl+Shift+Z": stack.redo,
            "Ctrl+Y": stack.redo,
        }
        for key, slot in shortcuts.items():
            QShortcut(QKeySequence(key), self, slot)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.draft.changed.connect(self._edited)
        self._stack_changed()
        self.check_now()

    # -- state -------------------------------------------------------------------------
    @property
    def lesson_id(self) -> str:
        return str(self.draft.data["id"])

    def checking(self) -> bool:
        """Whether the problems shown may be older than the draft (a check is due)."""
        return self._timer.isActive() or self._thread is not None or self._pending

    def is_modified(self) -> bool:
        return not self.draft.stack.isClean()

    def _stack_changed(self, *_args: object) -> None:
        stack = self.draft.stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        undo_text = self.tr("Undo: {action}").format(action=undo) if undo else self.tr("Undo")
        redo_text = self.tr("Redo: {action}").format(action=redo) if redo else self.tr("Redo")
        # the action's name on the button, cut short so a long one never widens the page
        self.undo_button.setText(_short(undo_text))
        self.redo_button.setText(_short(redo_text))
        self.undo_button.setToolTip(f"{undo_text} (Ctrl+Z)")
        self.redo_button.setToolTip(f"{redo_text} (Ctrl+Shift+Z, Ctrl+Y)")
        self.state.setText(self.tr("Not saved yet") if self.is_modified() else self.tr("Saved"))

    def _edited(self, path: Path_) -> None:
        self._follow(path)
        self.problems.show_checking()
        self._timer.start()

    def _follow(self, path: Path_) -> None:
        """Show what an undo or redo changed: its tab and its item."""
        if not path:
            return
        tab = self.sections.get(str(path[0]))
        if tab is None:
            if self.tabs.currentIndex() != 0 and path[0] in LESSON_KEYS:
                self.tabs.setCurrentIndex(0)
            return
        if self.tabs.currentWidget() is not tab:
            self.tabs.setCurrentWidget(tab)
        if len(path) > 1 and isinstance(path[1], int) and path[1] != tab.current_index():
            tab.select(path[1])

    # -- ids ---------------------------------------------------------------------------
    def _taken(self) -> set[str]:
        course = self.ctx.course()
        taken = {lesson.id for lesson in course.lessons}
        taken |= {entry.id for entry in course.entries()}
        taken |= {exercise.id for exercise in course.exercises()}
        for section in ("kana", "vocabulary", "kanji", "grammar", "exercises"):
            taken |= {str(i["id"]) for i in self.draft.items(section) if i.get("id")}
        return taken

    def assign_ids(self) -> None:
        """Give each new item its id, once: from then on an edit never changes it."""
        self._with_ids(self.draft.data)

    def _with_ids(self, data: dict[str, Any]) -> dict[str, Any]:
        taken = self._taken()
        for section in SECTIONS:
            for item in data.get(section.key, []):
                if isinstance(item, dict) and not item.get("id"):
                    new = section.id_for(item, taken)
                    if new is not None:
                        item["id"] = new
                        taken.add(new)
        return data

    def check_data(self) -> dict[str, Any]:
        """The draft as saved, with the ids new items would get (not given yet)."""
        import copy

        data = self._with_ids(copy.deepcopy(self.draft.data))
        result = cleaned(data)
        for section in SECTIONS:
            for item in result.get(section.key, []):
                # an item with nothing to make its id from yet: a placeholder the schema accepts
                item.setdefault("id", "new-item")
        return result

    # -- checking ----------------------------------------------------------------------
    def check_now(self) -> None:
        if self._thread is not None:
            self._pending = True
            return
        data, target, checker = self.check_data(), self.path, self.checker
        self._job = ThreadJob(lambda _progress: checker.check(data, target))
        self._job.done.connect(self._checked)
        self._job.failed.connect(lambda _message: self._checked([]))
        self._thread = start_thread(self, self._job)

    def _checked(self, problems: object) -> None:
        stop_thread(self._thread)
        self._thread = None
        assert isinstance(problems, list)
        if self._pending:
            self._pending = False
            self.check_now()
            return
        self.problems.show_problems(problems)
        self.checked.emit()

    def stop(self) -> None:
        self._timer.stop()
        self._pending = False
        stop_thread(self._thread)
        self._thread = None
        self.proposer.stop()

    def _item_name(self, section: str, index: int) -> str:
        tab = self.sections.get(section)
        items = self.draft.items(section)
        name = tab.section.title() if tab is not None else section
        caption = tab.section.caption(items[index]) if tab and index < len(items) else ""
        return f"{name} {index + 1}: {caption}"

    def go_to(self, problem: DraftProblem) -> None:
        where = problem.item
        if where is None:
            self.tabs.setCurrentIndex(0)
            self.lesson_form.focus_field(problem.field)
            return
        tab = self.sections.get(where[0])
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.select(where[1], problem.field)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the lesson (problems and all: it is the instructor's draft)."""
        self.assign_ids()
        data = cleaned(self.draft.data)
        try:
            try:
                save_lesson(LessonFile.model_validate(data), self.path.parent)
            except ValidationError:
                write_atomic(self.path, draft_yaml(data).encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The lesson could not be saved to {path}: {error}").format(
                    path=self.path, error=exc.strerror or exc
                ),
            )
            return False
        self.draft.stack.setClean()
        self.ctx.reload_course()
        self.saved.emit(self.path)
        self.check_now()
        return True

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes; True when it is fine to close this lesson."""
        if not self.is_modified():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        title = self.draft.value(("title", "id")) or self.lesson_id
        box.setText(self.tr("Save the changes to “{title}”?").format(title=title))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is save:
            return self.save()
        if box.clickedButton() is discard:
            # the edits are given up: nothing may ask about them again (signing out, then
            # closing the window, would otherwise ask twice about the same edits)
            self.draft.stack.setClean()
            return True
        return False

    # -- importing words -------------------------------------------------------------------
    def lesson_file(self) -> LessonFile:
        """The draft as a LessonFile for dialogs; unfinished items are left out of it."""
        data = self.check_data()
        try:
            return LessonFile.model_validate(data)
        except ValidationError:
            words = []
            for item in data.get("vocabulary", []):
                try:
                    words.append(Vocabulary.model_validate(item))
                except ValidationError:
                    continue
            return LessonFile.model_construct(
                id=self.lesson_id,
                title=data.get("title"),
                level=data.get("level"),
                order=data.get("order", 0),
                goals=data.get("goals", []),
                vocabulary=words,
            )

    def import_vocabulary(self) -> None:
        # imported when used (openpyxl is not needed until then), and by name: the dialog
        # is another module's work, asked for as ask_vocabulary(ctx, lesson, parent)
        dialog = importlib.import_module("nihongoku.ui.dialogs.vocab_import")
        words: list[Vocabulary] = dialog.ask_vocabulary(self.ctx, self.lesson_file(), self)
        if not words:
            return
        self.assign_ids()
        section = "vocabulary"
        start = len(self.draft.items(section))
        self.draft.insert_items(
            section,
            start,
            [w.model_dump(mode="json", exclude_none=True) for w in words],
            self.tr("Import {count} word(s)").format(count=len(words)),
        )
        self.tabs.setCurrentWidget(self.sections[section])
        self.sections[section].select(start)
