"""One tab of the editor: the items of a section in a list, the chosen one in a form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nihongoku.ui.authoring.draft import LessonDraft, Path_
from nihongoku.ui.authoring.item_form import ItemForm
from nihongoku.ui.authoring.proposal_row import ProposalRow, Proposer
from nihongoku.ui.authoring.sections import Section


class SectionTab(QWidget):
    left_item = Signal()  # the instructor moved on: the item they left gets its id now

    def __init__(self, draft: LessonDraft, section: Section, proposer: Proposer) -> None:
        super().__init__()
        self.draft = draft
        self.section = section
        self.list = QListWidget()
        self.list.setObjectName(f"{section.key}List")
        self.list.setFixedWidth(190)
        # a long caption (an exercise's question) wraps instead of scrolling sideways
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.setToolTip(self.tr("Add a new item to this list"))
        self.form = ItemForm(draft, section.fields)
        self.proposals: list[ProposalRow] = []
        for spec in section.fields:
            mode = "word" if spec.path == ("written",) else "sentence" if spec.japanese else ""
            if mode and spec.path != ("furigana",):
                proposal = ProposalRow(
                    draft, proposer, mode, spec.path, self.form.editors[spec.path]
                )
                self.form.add_under(spec.path, proposal)
                self.proposals.append(proposal)

        self.buttons = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        self.buttons.addLayout(row)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(self.buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(scroll, 1)

        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.list.currentRowChanged.connect(self._row_changed)
        draft.changed.connect(self._changed)
        self._fill()

    # -- the list ----------------------------------------------------------------------
    def _fill(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.draft.items(self.section.key):
            self.list.addItem(self.section.caption(item))
        count = self.list.count()
        row = min(max(row, 0), count - 1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show(row)

    def _changed(self, path: Path_) -> None:
        if not path or path[0] != self.section.key:
            return
        if len(path) == 1:
            self._fill()
            return
        index = path[1]
        if isinstance(index, int) and index < self.list.count():
            self.list.item(index).setText(
                self.section.caption(self.draft.items(self.section.key)[index])
            )

    def _row_changed(self, row: int) -> None:
        self.left_item.emit()
        self._show(row)

    def _show(self, row: int) -> None:
        base: Path_ | None = (self.section.key, row) if row >= 0 else None
        self.form.show_item(base)
        for proposal in self.proposals:
            proposal.show_for(base)
        self.remove_button.setEnabled(base is not None)

    def select(self, index: int, field: Path_ = ()) -> None:
        """Show item ``index`` with the cursor in ``field`` (a problem was clicked)."""
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)
            if field:
                self.form.focus_field(field)

    def current_index(self) -> int:
        return self.list.currentRow()

    # -- adding and removing --------------------------------------------------------------
    def add_item(self) -> None:
        self.left_item.emit()
        index = len(self.draft.items(self.section.key))
        self.draft.insert_items(
            self.section.key,
            index,
            [self.section.empty()],
            self.tr("Add {section} item").format(section=self.section.title().lower()),
        )
        self.select(index)
        first = next(iter(self.form.editors.values()))
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        caption = self.list.item(row).text()
        self.draft.remove_item(self.section.key, row, self.tr("Remove {item}").format(item=caption))

    def add_extra_button(self, button: QPushButton, slot: Callable[[], None]) -> None:
        self.buttons.addWidget(button)
        button.clicked.connect(slot)
