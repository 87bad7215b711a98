"""Susun Materi: an instructor's own lessons, made and edited in the app.

The built-in course is read-only; instructors' lessons are YAML files in the data
directory (core/authoring/lesson_files.py), in the course's own format, and join the
course once saved without problems.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.authoring.draft_check import DraftChecker
from nihongoku.core.authoring.lesson_files import (
    as_data,
    custom_lesson_files,
    delete_lesson,
    lesson_path,
    load_lesson,
)
from nihongoku.core.content.schema import Level
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.paths import custom_lessons_dir, lessons_dir
from nihongoku.ui.authoring.editor import LessonEditor
from nihongoku.ui.authoring.new_lesson import NewLessonDialog
from nihongoku.ui.context import UiContext
from nihongoku.ui.labels import in_language, level_name
from nihongoku.ui.widgets import label

PAGE_STYLE = """
QLabel#draftBanner { padding: 6px 8px; border-radius: 4px; background: #f3efe8; }
QLabel#draftBanner[state="wrong"] { background: #fbe4e2; color: #8c1d18; }
QLabel#draftBanner[state="right"] { background: #e3f1e4; color: #1e5b21; }
QLabel#proposal { color: #1f4e79; }
"""
PATH_ROLE = Qt.ItemDataRole.UserRole


class AuthoringPage(QWidget):
    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.editor: LessonEditor | None = None
        self.checker = DraftChecker([lessons_dir(), custom_lessons_dir()])
        self.setStyleSheet(PAGE_STYLE)

        self.title = label(self.tr("My lessons"), "sectionTitle")
        self.lessons = QListWidget()
        self.lessons.setObjectName("myLessons")
        self.lessons.setWordWrap(True)
        self.lessons.setFixedWidth(200)
        self.new_button = QPushButton(self.tr("&New lesson…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        # lesson packs: the instructor's lessons and tests to and from a USB stick
        self.export_pack_button = QPushButton(self.tr("Export pack…"))
        self.import_pack_button = QPushButton(self.tr("Import pack…"))
        self.empty = label(
            self.tr(
                "Choose one of your lessons, or make a new one. The built-in course cannot "
                "be changed here; your lessons join it once they are saved without problems."
            ),
            "hint",
            wrap=True,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.export_pack_button)
        buttons.addWidget(self.import_pack_button)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.lessons, 1)
        column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(column)
        layout.addWidget(self.stack, 1)

        self.new_button.clicked.connect(self.new_lesson)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_pack_button.clicked.connect(self.export_pack)
        self.import_pack_button.clicked.connect(self.import_pack)
        self.lessons.itemActivated.connect(self._open_item)
        self.lessons.itemClicked.connect(self._open_item)
        self._watched: QObject | None = None
        self.fill()

    # -- the list of lessons --------------------------------------------------------------
    def fill(self, select: Path | None = None) -> None:
        course = self._ctx.course()
        broken = set(course.broken_files())
        self.lessons.blockSignals(True)
        self.lessons.clear()
        for path in custom_lesson_files():
            lesson, _problems = load_lesson(path)
            if lesson is not None:
                title = in_language(lesson.title, self._ctx.language.code)
                text = f"{title}\n{level_name(lesson.level)} · {lesson.order}"
            else:
                text = f"{path.name}\n"
            if path in broken or lesson is None:
                text += "  ·  " + self.tr("has problems")
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, path)
            self.lessons.addItem(item)
            if select is not None and path == select:
                self.lessons.setCurrentItem(item)
        self.lessons.blockSignals(False)
        self.delete_button.setEnabled(self.lessons.count() > 0)

    def selected_path(self) -> Path | None:
        item = self.lessons.currentItem()
        found = item.data(PATH_ROLE) if item is not None else None
        return found if isinstance(found, Path) else None

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if isinstance(path, Path) and (self.editor is None or self.editor.path != path):
            self.open_lesson(path)

    # -- lesson packs ------------------------------------------------------------------------
    def export_pack(self) -> None:
        """Export what is saved: unsaved edits are saved (or not) first."""
        from nihongoku.ui.dialogs.packs import export_pack

        if self.confirm_leave():
            export_pack(self._ctx, self)

    def import_pack(self) -> None:
        from nihongoku.ui.dialogs.packs import import_pack

        if not self.confirm_leave() or not import_pack(self._ctx, self):
            return
        # the pack may have updated the lesson on screen: show it as it is on disk now
        path = self.editor.path if self.editor is not None else None
        lesson = load_lesson(path)[0] if path is not None and path.exists() else None
        if path is not None and lesson is not None:
            self._show_editor(as_data(lesson), path)
        self.fill(path)

    # -- opening, creating, deleting -------------------------------------------------------
    def confirm_leave(self) -> bool:
        """Unsaved changes: ask (Simpan / Jangan simpan / Batal); True to go on."""
        return self.editor is None or self.editor.confirm_leave()

    def open_lesson(self, path: Path) -> bool:
        if not self.confirm_leave():
            self.fill(self.editor.path if self.editor is not None else None)
            return False
        lesson, problems = load_lesson(path)
        if lesson is None:
            shown = "\n".join(str(p) for p in problems[:5])
            QMessageBox.warning(
                self,
                self.tr("Cannot open the lesson"),
                self.tr("This file cannot be read as a lesson; fix it in a text editor:")
                + "\n"
                + shown,
            )
            return False
        self._show_editor(as_data(lesson), path)
        return True

    def _show_editor(self, data: dict[str, Any], path: Path) -> None:
        if self.editor is not None:
            self.editor.stop()
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.editor = LessonEditor(self._ctx, data, path, self.checker)
        self.editor.saved.connect(lambda saved: self.fill(saved))
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self.fill(path)

    def _drafts_by_level(self) -> dict[Level, set[int]]:
        found: dict[Level, set[int]] = {}
        for path in custom_lesson_files():
            lesson, _problems = load_lesson(path)
            if lesson is not None:
                found.setdefault(lesson.level, set()).add(lesson.order)
        return found

    def new_lesson(self) -> None:
        if not self.confirm_leave():
            return
        course = self._ctx.course()
        taken = {lesson.id for lesson in course.lessons}
        taken |= {entry.id for entry in course.entries()}
        taken |= {p.stem for p in custom_lesson_files()}
        dialog = NewLessonDialog(course, self._drafts_by_level(), taken, self)
        accepted = dialog.exec()
        data = dialog.data
        dialog.deleteLater()
        if not accepted or data is None:
            return
        path = lesson_path(data["id"])
        self._show_editor(data, path)
        assert self.editor is not None
        self.editor.save()

    def delete_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete lesson"))
        box.setText(
            self.tr(
                "Delete “{name}”? It is moved to the .trash folder beside your lessons "
                "and leaves the course."
            ).format(name=self.lessons.currentItem().text().splitlines()[0])
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            delete_lesson(path.stem, path.parent)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc.strerror or exc))
            return
        if self.editor is not None and self.editor.path == path:
            self.editor.stop()
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
            self.stack.setCurrentWidget(self.empty)
        self._ctx.reload_course()
        self.fill()

    # -- closing the window with unsaved changes ---------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self._watched:
            window.installEventFilter(self)
            self._watched = window
        if self.editor is not None:
            self.editor.check_now()  # other lessons may have changed meanwhile
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden on signing out, just before the workspace is deleted: no worker thread
        # (a check, pykakasi loading) may outlive the editor that started it.
        if self.editor is not None:
            self.editor.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Close:
            if not self.confirm_leave():
                event.ignore()
                return True
            if self.editor is not None:
                self.editor.stop()
        return False
