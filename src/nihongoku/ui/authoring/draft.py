"""The lesson being edited: plain data (what the YAML file holds) behind an undo stack.

The draft is plain data, not a LessonFile, because a draft is allowed to be unfinished
(a word without its meaning yet) and is still saved as it is. Every edit is a command on
the QUndoStack, so every edit can be undone; typing into one field merges into one
command, as in a text editor.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

Path_ = tuple[str | int, ...]
# optional groups: left out of the file while every text in them is empty
OPTIONAL_GROUPS = {
    "example", "note", "furigana", "maps_to", "audio", "passage", "passage_translation", "order",
}  # fmt: skip
_MERGE_ID = 1


def get_path(data: Any, path: Path_) -> Any:
    for key in path:
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and isinstance(key, int) and 0 <= key < len(data):
            data = data[key]
        else:
            return None
    return data


def _set_path(data: dict[str, Any], path: Path_, value: Any) -> None:
    here: Any = data
    for key, nxt in itertools.pairwise(path):
        if isinstance(here, dict):
            if not isinstance(here.get(key), dict | list):
                here[key] = [] if isinstance(nxt, int) else {}
            here = here[key]
        else:
            while len(here) <= int(key):  # a third grammar example typed into its empty row
                here.append({} if not isinstance(nxt, int) else [])
            here = here[int(key)]
    last = path[-1]
    if value is None and isinstance(here, dict):
        here.pop(last, None)
    elif isinstance(here, list):
        while len(here) <= int(last):
            here.append(None)
        here[int(last)] = value
    else:
        here[last] = value


def _empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    if isinstance(value, list):
        return all(_empty(v) for v in value)
    return value is None or (isinstance(value, str) and not value.strip())


def cleaned(data: dict[str, Any]) -> dict[str, Any]:
    """The draft as it is saved: empty optional groups left out, texts stripped."""

    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            # numbered entries (why choice 2 is wrong) left empty: the right choice has none
            return {
                k: clean(v)
                for k, v in value.items()
                if not ((k in OPTIONAL_GROUPS or isinstance(k, int)) and _empty(v))
                and v is not None
            }
        if isinstance(value, list):  # a fourth choice left empty: three choices
            return [clean(v) for v in value if not _empty(v)]
        return value.strip() if isinstance(value, str) else value

    result: dict[str, Any] = clean(data)
    return result


class LessonDraft(QObject):
    changed = Signal(tuple)  # the path whose value changed (a section name: its list)

    def __init__(self, data: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = copy.deepcopy(data)
        self.stack = QUndoStack(self)

    def value(self, path: Path_) -> Any:
        return get_path(self.data, path)

    def items(self, section: str) -> list[dict[str, Any]]:
        found = self.data.get(section)
        return found if isinstance(found, list) else []

    # -- edits (each one undoable) ---------------------------------------------------
    def set_value(self, path: Path_, value: Any, text: str, typing: bool = True) -> None:
        """``typing``: merge with the previous edit of the same field (one undo step)."""
        if self.value(path) != value:
            self.stack.push(_SetValue(self, path, value, text, typing))

    def insert_items(
        self, section: str, index: int, items: list[dict[str, Any]], text: str
    ) -> None:
        self.stack.push(_Splice(self, section, index, items, [], text))

    def remove_item(self, section: str, index: int, text: str) -> None:
        removed = [copy.deepcopy(self.items(section)[index])]
        self.stack.push(_Splice(self, section, index, [], removed, text))

    # -- what the commands call ----------------------------------------------------------
    def _write(self, path: Path_, value: Any) -> None:
        _set_path(self.data, path, copy.deepcopy(value))
        self.changed.emit(path)

    def _splice(self, section: str, index: int, remove: int, insert: list[dict[str, Any]]) -> None:
        items = self.data.setdefault(section, [])
        items[index : index + remove] = copy.deepcopy(insert)
        self.changed.emit((section,))


class _SetValue(QUndoCommand):
    def __init__(
        self, draft: LessonDraft, path: Path_, value: Any, text: str, typing: bool
    ) -> None:
        super().__init__(text)
        self.draft, self.path, self.typing = draft, path, typing
        self.old, self.new = copy.deepcopy(draft.value(path)), copy.deepcopy(value)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # typing into one field is one edit; a change of field starts a new one
        if not isinstance(other, _SetValue) or other.path != self.path:
            return False
        if not (self.typing and other.typing and isinstance(self.new, str)):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.draft._write(self.path, self.new)

    def undo(self) -> None:
        self.draft._write(self.path, self.old)


class _Splice(QUndoCommand):
    def __init__(
        self,
        draft: LessonDraft,
        section: str,
        index: int,
        insert: list[dict[str, Any]],
        remove: list[dict[str, Any]],
        text: str,
    ) -> None:
        super().__init__(text)
        self.draft, self.section, self.index = draft, section, index
        self.insert, self.remove = copy.deepcopy(insert), copy.deepcopy(remove)

    def redo(self) -> None:
        self.draft._splice(self.section, self.index, len(self.remove), self.insert)

    def undo(self) -> None:
        self.draft._splice(self.section, self.index, len(self.insert), self.remove)
