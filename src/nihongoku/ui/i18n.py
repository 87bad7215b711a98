"""Interface language: Qt's translation system, Indonesian first.

Source strings are English; ``resources/translations/nihongoku_id.ts`` holds the
Indonesian text (compiled to .qm). Switching language sends LanguageChange to every
widget, which re-reads its texts in ``retranslate()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from nihongoku.paths import translations_dir

DEFAULT_LANGUAGE = "id"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


class Language:
    """Owns the installed translator; one per application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.code = "en"

    def switch(self, code: str) -> None:
        if code == self.code:
            return
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if code != "en":
            translator = QTranslator(self._app)
            qm = translations_dir() / f"nihongoku_{code}.qm"
            if not translator.load(str(qm)):
                raise FileNotFoundError(f"translation not found: {qm}")
            self._app.installTranslator(translator)
            self._translator = translator
        self.code = code

    def install_custom(self, translator: QTranslator) -> None:
        """Install a translator made elsewhere (the pseudo-translation in tests)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
        self._app.installTranslator(translator)
        self._translator = translator
        self.code = "custom"


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange
