"""One form per kind of item: a row per field, each edit an undoable command on the draft.

The fields are described as data (FieldSpec) so vocabulary, kanji, grammar and the
lesson's own fields share one form; the section tabs add what is special to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.japanese import FuriganaError, Ruby, parse_bracketed
from nihongoku.ui.authoring.draft import LessonDraft, Path_
from nihongoku.ui.widgets.furigana import FuriganaText

_LIST_SPLIT = re.compile(r"\s*[,、，]\s*")


@dataclass(frozen=True)
class FieldSpec:
    path: Path_  # below the item: ("meaning", "id")
    label: Callable[[], str]
    kind: str = "line"  # line | text | choice | int | list | lines
    choices: tuple[tuple[str, Callable[[], str]], ...] = ()
    japanese: bool = False  # bracket notation: a furigana preview under it
    maximum: int = 999


class _SharedUndo(QObject):
    """Ctrl+Z in a field undoes the editor's last edit, not the field's own history:
    one undo stack for the lesson, whichever field has the cursor."""

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(event.matches(key) for key in self.KEYS) or pressed == _CTRL_Y:
                return True  # not accepted: the editor's shortcut gets the key
        return False


_CTRL_Y = QKeySequence("Ctrl+Y")


class ItemForm(QWidget):
    """The fields of the item at ``base`` (("vocabulary", 3) or () for the lesson)."""

    def __init__(self, draft: LessonDraft, specs: list[FieldSpec]) -> None:
        super().__init__()
        self.draft = draft
        self.specs = specs
        self.base: Path_ | None = None
        self.editors: dict[Path_, QWidget] = {}
        self.previews: dict[Path_, FuriganaText] = {}
        self.rows: dict[Path_, QWidget] = {}  # extra widgets under a field (proposals)
        self._loading = False
        self._shared_undo = _SharedUndo(self)
        self.layout_ = QFormLayout(self)
        # labels above their fields: the form has the width of the page, not half of it
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = self._editor(spec)
            editor.installEventFilter(self._shared_undo)
            self.editors[spec.path] = editor
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            if spec.japanese:
                preview = FuriganaText(scale=1.3)
                preview.setObjectName("furiganaPreview")
                self.previews[spec.path] = preview
                column.addWidget(preview)
            self.rows[spec.path] = cell
            self.layout_.addRow(spec.label(), cell)
        draft.changed.connect(self._changed)

    def add_under(self, path: Path_, widget: QWidget) -> None:
        """Put ``widget`` under the field at ``path`` (a proposal, an import button)."""
        layout = self.rows[path].layout()
        assert layout is not None
        layout.addWidget(widget)

    def _editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind in ("text", "lines"):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setUndoRedoEnabled(False)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            text.textChanged.connect(lambda s=spec: self._edited(s))
            return text
        if spec.kind == "choice":
            combo = QComboBox()
            for value, name in spec.choices:
                combo.addItem(name(), value)
            combo.activated.connect(lambda _i, s=spec: self._edited(s))
            return combo
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(0, spec.maximum)
            spin.valueChanged.connect(lambda _v, s=spec: self._edited(s))
            return spin
        line = QLineEdit()
        line.textChanged.connect(lambda _t, s=spec: self._edited(s))
        return line

    # -- showing ---------------------------------------------------------------------
    def show_item(self, base: Path_ | None) -> None:
        self.base = base
        self.setEnabled(base is not None)
        for spec in self.specs:
            self._load(spec)

    def path_of(self, spec: FieldSpec) -> Path_:
        assert self.base is not None
        return (*self.base, *spec.path)

    def _load(self, spec: FieldSpec) -> None:
        value = self.draft.value(self.path_of(spec)) if self.base is not None else None
        editor = self.editors[spec.path]
        self._loading = True
        try:
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value) if isinstance(value, int) else 0)
            elif isinstance(editor, QPlainTextEdit | QLineEdit) and _from_text(
                editor_text(editor), spec.kind
            ) != _from_text(_as_text(value, spec.kind), spec.kind):
                # (the field the person is typing in already says this: its cursor stays)
                _set_text(editor, _as_text(value, spec.kind))
        finally:
            self._loading = False
        self._preview(spec)

    def _changed(self, path: Path_) -> None:
        if self.base is None:
            return
        if len(path) <= len(self.base):  # the item list changed: reload everything
            self.show_item(self.base if self.draft.value(self.base) is not None else None)
            return
        for spec in self.specs:
            full = self.path_of(spec)
            if full[: len(path)] == path or path[: len(full)] == full:
                self._load(spec)

    def _preview(self, spec: FieldSpec) -> None:
        preview = self.previews.get(spec.path)
        if preview is None:
            return
        text = editor_text(self.editors[spec.path])
        try:
            pieces = parse_bracketed(text)
        except FuriganaError:
            pieces = [Ruby(text)]
        preview.set_pieces(pieces)
        preview.setVisible(bool(text.strip()))

    # -- editing ---------------------------------------------------------------------
    def _edited(self, spec: FieldSpec) -> None:
        self._preview(spec)
        if self._loading or self.base is None:
            return
        editor = self.editors[spec.path]
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        else:
            value = _from_text(editor_text(editor), spec.kind)
        action = QCoreApplication.translate("Authoring", "Edit: {field}").format(field=spec.label())
        self.draft.set_value(self.path_of(spec), value, action)

    def focus_field(self, field: Path_) -> None:
        """Put the cursor in the field a problem is about (or the closest one)."""
        for length in range(len(field), 0, -1):
            editor = self.editors.get(tuple(field[:length]))
            if editor is not None:
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return


def _set_text(editor: QPlainTextEdit | QLineEdit, text: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)


def editor_text(editor: QWidget) -> str:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    return ""


def _as_text(value: Any, kind: str) -> str:
    if kind == "list":
        return ", ".join(str(v) for v in value) if isinstance(value, list) else ""
    if kind == "lines":
        return "\n".join(str(v) for v in value) if isinstance(value, list) else ""
    return str(value) if value is not None else ""


def _from_text(text: str, kind: str) -> Any:
    if kind == "list":
        return [part for part in _LIST_SPLIT.split(text.strip()) if part]
    if kind == "lines":
        return [line.strip() for line in text.splitlines() if line.strip()]
    return text
