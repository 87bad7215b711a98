"""Composition root of the GUI: settings → database → services → window. No logic here.

Start-up order matters for how fast the app feels: the profile picker is painted from a
read-only glance at the store (standard-library sqlite3), and the store proper (SQLAlchemy,
lock, checks, migrations) opens right after that first paint, before any input is handled.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import nihongoku
from nihongoku import APP_NAME, __version__
from nihongoku.core.errors import DatabaseCorruptError, NihongokuError
from nihongoku.core.profile_info import DEFAULT_FONT_SIZE, DEFAULT_LANGUAGE
from nihongoku.core.store.peek import StoreGlance, glance
from nihongoku.paths import default_database_url, sqlite_path
from nihongoku.ui.context import UiContext
from nihongoku.ui.error_hook import install_error_hook
from nihongoku.ui.fonts import apply_font_size, load_bundled_font
from nihongoku.ui.i18n import Language
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.messages import startup_error

if TYPE_CHECKING:
    from nihongoku.core.services import Services

SMOKE_TIMEOUT_MS = 60_000


def run_gui(db_url: str | None = None, smoke: bool = False, screenshot: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    family, language = prepare_application(app)
    url = db_url or default_database_url()
    ctx = UiContext(app, language, family, freeze_course=True)
    path = sqlite_path(url)
    early: StoreGlance | None = glance(path) if path is not None else None
    if early is None:  # not SQLite, or a store that needs checks/upgrade first
        services = open_services(url, interactive=not smoke)
        if services is None:
            return 1
        ctx.attach(services)
    else:
        ctx.picker_language_hint = early.picker_language or DEFAULT_LANGUAGE
    try:
        ctx.apply_picker_defaults()
        window = MainWindow(ctx, early.profiles if early else None)
        install_error_hook(window)
        startup = Startup(window, url, smoke=smoke, screenshot=screenshot)
        window.installEventFilter(startup)
        if smoke:
            QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(3))
        window.show()
        return app.exec()
    finally:
        from nihongoku.ui.backup_task import wait_for_backups

        wait_for_backups()  # a backup being written finishes before the store closes
        if ctx.ready:
            ctx.services.close()


def prepare_application(app: QApplication) -> tuple[str, Language]:
    """Name, font, look and the default (Indonesian) language: all before any window."""
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    family = load_bundled_font()
    apply_font_size(app, family, DEFAULT_FONT_SIZE)
    language = Language(app)
    language.switch(DEFAULT_LANGUAGE)
    return family, language


def build_window(
    app: QApplication, services: Services, family: str, language: Language
) -> MainWindow:
    ctx = UiContext(app, language, family)
    ctx.attach(services)
    ctx.apply_picker_defaults()
    window = MainWindow(ctx)
    install_error_hook(window)
    return window


def open_services(url: str, *, interactive: bool) -> Services | None:
    """Open the store, explaining any failure to the user; None when the app cannot go on."""
    from nihongoku.core.services import Services
    from nihongoku.core.store.database import move_aside

    while True:
        try:
            return Services.open(url)
        except NihongokuError as error:
            print(f"nihongoku: error: {error}", file=sys.stderr)
            if not interactive:
                return None
            title, body = startup_error(error)
            box = QMessageBox(QMessageBox.Icon.Critical, title, body)
            fresh = None
            if isinstance(error, DatabaseCorruptError):
                fresh = box.addButton(
                    QApplication.translate("Messages", "Move aside and start new"),
                    QMessageBox.ButtonRole.AcceptRole,
                )
            box.addButton(
                QApplication.translate("Messages", "Quit"), QMessageBox.ButtonRole.RejectRole
            )
            box.exec()
            if fresh is None or box.clickedButton() is not fresh:
                return None
            assert isinstance(error, DatabaseCorruptError)
            moved = move_aside(error.path)
            print(f"nihongoku: moved the damaged database to {moved}", file=sys.stderr)


class Startup(QObject):
    """After the first paint: open the store if still needed, and end a ``--smoke`` run."""

    def __init__(
        self, window: MainWindow, url: str, *, smoke: bool, screenshot: str | None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._url = url
        self._smoke = smoke
        self._screenshot = screenshot
        self._painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            # Queued, so the paint that triggered this finishes before we measure.
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        first_paint_ms = (time.perf_counter() - nihongoku.STARTED_AT) * 1000
        ctx = self._window.ctx
        if not ctx.ready:
            services = open_services(self._url, interactive=not self._smoke)
            if services is None:
                QApplication.exit(1)
                return
            ctx.attach(services)
            self._window.store_opened()
        if self._smoke:
            if self._screenshot:
                self._window.grab().save(self._screenshot)
            print(f"startup_ms={first_paint_ms:.0f}", flush=True)
            QApplication.exit(0)
