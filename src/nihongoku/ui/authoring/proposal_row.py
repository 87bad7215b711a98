"""A proposed reading under a Japanese field, accepted with one click (or Ctrl+Enter).

The first proposal that needs pykakasi builds its converter on a worker thread (about
half a second); until then the row says it is getting ready. Later proposals take well
under a millisecond and are made as the instructor types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nihongoku.core.authoring.proposals import (
    CourseReadings,
    Proposal,
    engine_loaded,
    load_engine,
    propose,
)
from nihongoku.core.japanese import FuriganaError, furigana, has_kanji
from nihongoku.ui.authoring.draft import LessonDraft, Path_
from nihongoku.ui.background import ThreadJob, start_thread, stop_thread


class Proposer(QObject):
    """Makes proposals for one editor; loads pykakasi once, off the GUI thread."""

    ready = Signal()

    def __init__(self, readings: Callable[[], CourseReadings], parent: QObject) -> None:
        super().__init__(parent)
        self._readings = readings
        self._known: CourseReadings | None = None
        self._thread: QThread | None = None
        self._job: ThreadJob | None = None

    def proposal(self, text: str) -> Proposal | None:
        """The proposal now, or None while the engine is loading (``ready`` follows)."""
        if not text.strip():
            return None
        if self._known is None:
            self._known = self._readings()
        if has_kanji(text) and not engine_loaded():
            self._load()
            return None
        return propose(text, self._known)

    def _load(self) -> None:
        if self._thread is not None:
            return
        self._job = ThreadJob(lambda _progress: load_engine())
        self._job.done.connect(self._loaded)
        self._job.failed.connect(self._loaded)
        self._thread = start_thread(self, self._job)

    def _loaded(self, _result: object = None) -> None:
        stop_thread(self._thread)
        self.ready.emit()

    def stop(self) -> None:
        stop_thread(self._thread)


class ProposalRow(QWidget):
    """Under ``source``: "Proposed: たべる · 食[た]べる · taberu" and a button to use it.

    ``mode`` "word": the written form proposes the reading (and furigana, when the split
    is ambiguous); "sentence": plain Japanese proposes its bracket notation.
    """

    def __init__(
        self,
        draft: LessonDraft,
        proposer: Proposer,
        mode: str,
        suffix: Path_,
        field: QWidget,
    ) -> None:
        super().__init__()
        self.draft = draft
        self.proposer = proposer
        self.mode = mode
        self.suffix = suffix
        self.base: Path_ | None = None
        self.current: Proposal | None = None
        self.text = QLabel()
        self.text.setObjectName("proposal")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton(self.tr("Use proposal"))
        self.use_button.setToolTip(self.tr("Use the proposed reading (Ctrl+Enter)"))
        self.use_button.clicked.connect(self.accept)
        self.source_label = QLabel()
        self.source_label.setObjectName("hint")
        self.source_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addWidget(self.source_label, 1)
        column.addLayout(row)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), field)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.accept)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        draft.changed.connect(lambda _path: self._timer.start())
        proposer.ready.connect(self.refresh)
        self.setVisible(False)

    @property
    def source(self) -> Path_:
        assert self.base is not None
        return (*self.base, *self.suffix)

    def show_for(self, base: Path_ | None) -> None:
        """Follow the item at ``base`` (("vocabulary", 2)), or none."""
        self.base = base
        self.refresh()

    def refresh(self) -> None:
        self.current = None
        if self.base is None or self.draft.value(self.base) is None:
            self.setVisible(False)
            return
        value = self.draft.value(self.source)
        text = value if isinstance(value, str) else ""
        proposal = self.proposer.proposal(text)
        if proposal is None:
            waiting = bool(text.strip()) and has_kanji(text)
            self.text.setText(self.tr("Preparing a proposed reading…") if waiting else "")
            self.source_label.setText("")
            self.use_button.setEnabled(False)
            self.setVisible(waiting)
            return
        if self.mode == "word":
            reading = self.draft.value((*self.base, "reading"))
            needed = proposal.reading != reading
        else:
            needed = proposal.bracketed != text
        self.current = proposal if needed else None
        self.setVisible(needed)
        self.use_button.setEnabled(needed)
        self.source_label.setText(
            self.tr("as the course reads it")
            if proposal.curated
            else self.tr("read by pykakasi, which makes mistakes: check it")
        )
        self.text.setText(
            self.tr("Proposed: {reading}  ·  {furigana}  ·  {romaji}").format(
                reading=proposal.reading, furigana=proposal.bracketed, romaji=proposal.romaji
            )
        )

    def accept(self) -> None:
        proposal = self.current
        if proposal is None or self.base is None:
            return
        if self.mode == "sentence":
            self.draft.set_value(self.source, proposal.bracketed, self.tr("Use proposal"), False)
            return
        written = self.draft.value((*self.base, "written"))
        self.draft.stack.beginMacro(self.tr("Use proposed reading"))
        self.draft.set_value((*self.base, "reading"), proposal.reading, "", False)
        try:
            furigana(str(written), proposal.reading)
            given = None  # the split is clear: the course computes it
        except FuriganaError:
            given = proposal.bracketed
        self.draft.set_value((*self.base, "furigana"), given, "", False)
        self.draft.stack.endMacro()
