"""Language and text size: chosen in the app, remembered per profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from nihongoku.ui.dialogs.settings import SettingsDialog
from nihongoku.ui.main_window import MainWindow
from tests.gui import on_next_modal, visible_texts


def sign_in(window: MainWindow, name: str, **kwargs: str) -> None:
    info = window.ctx.services.profiles.create_learner(name, **kwargs)
    window.picker.reload(select_id=info.id)
    window.picker.open_selected()
    assert window.workspace is not None


def test_picker_language_switches_to_english_and_is_remembered(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    picker = window.picker
    picker.language.setCurrentIndex(picker.language.findData("en"))
    qtbot.waitUntil(lambda: "Who is studying today?" in visible_texts(window))
    qtbot.waitUntil(lambda: "&New profile" in visible_texts(window))
    assert window.ctx.services.settings.get("picker_language", "id") == "en"
    # A profile created now starts in the language the learner chose.
    sign_in(window, "Ani", language=window.ctx.language.code)
    qtbot.waitUntil(lambda: "Welcome, Ani!" in visible_texts(window))
    assert window.workspace is not None
    titles = ["Home", "Lessons", "Flashcards", "Practice", "Mock exams"]
    assert window.workspace.nav_titles() == titles


def test_settings_change_language_and_text_size_for_this_profile_only(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    sign_in(window, "Siti")
    assert window.workspace is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.font().pointSize() == 12

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.windowTitle() == "Pengaturan"
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.font_size.setValue(18)
        assert dialog.preview.font().pointSizeF() > 18  # Japanese preview is larger still
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_next_modal(act)
    qtbot.mouseClick(window.workspace.settings_button, Qt.MouseButton.LeftButton)
    assert app.font().pointSize() == 18
    qtbot.waitUntil(lambda: "Welcome, Siti!" in visible_texts(window))
    assert window.workspace.sign_out_button.text() == "Switch &profile"
    siti = window.ctx.services.profiles.list()[0]
    assert (siti.language, siti.font_size) == ("en", 18)

    # Back at the picker the installation's defaults return; Siti's come back with her.
    window.show_picker()
    assert app.font().pointSize() == 12
    qtbot.waitUntil(lambda: "Siapa yang belajar hari ini?" in visible_texts(window))
    window.picker.open_selected()
    assert app.font().pointSize() == 18
    qtbot.waitUntil(lambda: "Welcome, Siti!" in visible_texts(window))


def test_zoom_keys_change_text_size_and_remember_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sign_in(window, "Budi")
    assert window.workspace is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.activateWindow()
    for _ in range(3):
        qtbot.keyClick(window.workspace, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSize() == 15
    qtbot.keyClick(window.workspace, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSize() == 14
    greeting = window.workspace.page("home").greeting  # type: ignore[attr-defined]
    assert greeting.font().pointSize() == 21  # titles on screen grow with the text size
    assert window.ctx.services.profiles.list()[0].font_size == 14
    assert QKeySequence.StandardKey.ZoomIn  # the platform's own zoom keys are bound too


def test_an_instructor_sets_the_class_limit_of_new_cards_a_learner_follows(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from nihongoku.ui.pages.flashcards import FlashcardsPage

    services = window.ctx.services
    budi = services.profiles.create_learner("Budi")
    services.profiles.create_instructor("Bu Rina", "sakura2026", None)
    instructor = next(p for p in services.profiles.list() if p.name == "Bu Rina")
    window.open_workspace(services.profiles.unlock(instructor.id, "sakura2026"))
    assert window.workspace is not None

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.class_new.isVisible()
        dialog.class_new.setValue(35)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_next_modal(act)
    qtbot.mouseClick(window.workspace.settings_button, Qt.MouseButton.LeftButton)
    assert services.study.class_new_per_day() == 35

    window.open_workspace(services.profiles.unlock(budi.id))
    assert window.workspace is not None
    page = window.workspace.page("flashcards")
    assert isinstance(page, FlashcardsPage)
    assert page.new_per_day.value() == 35
    assert page.class_note.text() == "(bawaan kelas, diatur oleh instruktur)"
    page.new_per_day.setValue(10)  # Budi's own choice now wins over the class's
    assert services.study.new_per_day(budi.id) == 10 and page.class_note.text() == ""
