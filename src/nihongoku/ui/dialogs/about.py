"""Tentang Nihongoku: name, version, licence, and the credits for the open works it uses.

The credits come from resources/LICENSES.md at run time (nihongoku.core.credits), so the
dialog always says what the licence list says.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nihongoku import APP_NAME, __version__
from nihongoku.core.credits import Credit, read_credits
from nihongoku.paths import resources_dir
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.widgets import label

BRAND = "にほんごく"
DIALOG_STYLE = """
QLabel#aboutName { font-weight: bold; }
QScrollArea#credits, QScrollArea#credits > QWidget > QWidget { background: white; }
QScrollArea#credits { border: 1px solid #ddd3c4; border-radius: 6px; }
"""


def _selectable(widget: QLabel) -> QLabel:
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DIALOG_STYLE)
        self.credits_file = resources_dir() / "LICENSES.md"
        self.credits: list[Credit] = []
        self.credits_error: str | None = None
        try:
            self.credits = read_credits(self.credits_file)
        except (OSError, UnicodeDecodeError) as error:
            self.credits_error = str(error)

        self.brand = label(BRAND, "pickerBrand")
        self.name = label(APP_NAME, "pageTitle")
        self.version = label()
        self.summary = label("", "", wrap=True)
        self.licence = label("", "", wrap=True)
        self.credits_title = label("", "sectionTitle")
        self.missing = _selectable(label("", "errorText", wrap=True))
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)

        # one block per credited work: its name, the attribution, the licence, the use
        self.licence_lines: list[QLabel] = []
        self.credit_labels: list[QLabel] = []
        listing = QWidget()
        rows = QVBoxLayout(listing)
        rows.setSpacing(2)
        for credit in self.credits:
            work = label(credit.work, "aboutName")
            attribution = _selectable(label(credit.credit, "", wrap=True))
            licence = _selectable(label("", "", wrap=True))
            use = _selectable(label(credit.used_for, "hint", wrap=True))
            self.licence_lines.append(licence)
            self.credit_labels += [work, attribution, use]
            for widget in (work, attribution, licence, use):
                rows.addWidget(widget)
            rows.addSpacing(10)
        rows.addStretch(1)
        self.credit_area = QScrollArea()
        self.credit_area.setObjectName("credits")
        self.credit_area.setWidgetResizable(True)
        self.credit_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.credit_area.setWidget(listing)
        self.credit_area.setVisible(bool(self.credits))

        heading = QHBoxLayout()
        heading.addWidget(self.name)
        heading.addWidget(self.brand)
        heading.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.version)
        layout.addWidget(self.summary)
        layout.addWidget(self.licence)
        layout.addWidget(self.credits_title)
        layout.addWidget(self.missing)
        layout.addWidget(self.credit_area, 1)
        layout.addLayout(buttons)

        self.retranslate()
        self.setMinimumWidth(560)
        self.resize(680, 620)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Nihongoku"))
        self.version.setText(self.tr("Version %1").replace("%1", __version__))
        self.summary.setText(
            self.tr(
                "An offline Japanese course and exam trainer for Indonesian learners: "
                "lessons, flashcards and practice for JLPT N5 and N4 and JFT-Basic."
            )
        )
        self.licence.setText(
            self.tr(
                "Free software: you may use, share and change it under the GNU General "
                "Public License, version 3 or later (GPL-3.0-or-later)."
            )
        )
        self.credits_title.setText(self.tr("Credits: the open data and software it uses"))
        for credit, line in zip(self.credits, self.licence_lines, strict=True):
            line.setText(self.tr("Licence: %1").replace("%1", credit.licence))
        if self.credits_error is not None:
            self.missing.setText(
                self.tr("The credits could not be read from %1.").replace(
                    "%1", str(self.credits_file)
                )
                + "\n"
                + self.credits_error
            )
        elif not self.credits:
            self.missing.setText(
                self.tr("%1 lists no credits.").replace("%1", str(self.credits_file))
            )
        self.missing.setVisible(not self.credits)
        self.close_button.setText(self.tr("&Close"))


def open_about(parent: QWidget) -> None:
    """Show the About dialog over ``parent`` until the learner closes it (Esc works)."""
    AboutDialog(parent).exec()
