"""A learner's first minutes: the picker, a new profile, the PIN, the workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from nihongoku.core.services import Services
from nihongoku.ui.dialogs.new_profile import NewProfileDialog
from nihongoku.ui.main_window import MainWindow
from tests.gui import on_next_modal, visible_texts


def create_via_dialog(qtbot, window: MainWindow, fill) -> None:  # type: ignore[no-untyped-def]
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, NewProfileDialog)
        fill(dialog)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    on_next_modal(act)
    qtbot.mouseClick(window.picker.new_button, Qt.MouseButton.LeftButton)


def test_first_start_invites_to_create_a_profile_in_indonesian(window: MainWindow) -> None:
    texts = visible_texts(window)
    assert "Siapa yang belajar hari ini?" in texts
    assert any(t.startswith("Belum ada profil") for t in texts)
    assert "Profil &baru" in texts
    assert window.windowTitle() == "Nihongoku"


def test_learner_creates_a_profile_with_pin_and_opens_it(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: NewProfileDialog) -> None:
        dialog.name.setText("Siti")
        qtbot.keyClicks(dialog.pin, "4821")

    create_via_dialog(qtbot, window, fill)
    picker = window.picker
    assert picker.profiles.count() == 1
    assert picker.profiles.currentItem().text() == "Siti   ·   PIN"
    assert picker.secret.isVisible()

    qtbot.keyClicks(picker.secret, "1111")
    qtbot.keyClick(picker.secret, Qt.Key.Key_Return)
    assert picker.feedback.text() == "PIN atau kata sandi salah."
    assert window.workspace is None

    qtbot.keyClicks(picker.secret, "4821")
    qtbot.keyClick(picker.secret, Qt.Key.Key_Return)
    assert window.workspace is not None
    assert window.stack.currentWidget() is window.workspace
    texts = visible_texts(window)
    assert "Selamat datang, Siti!" in texts
    assert "今日も頑張りましょう！" in texts
    assert window.workspace.nav_titles() == ["Beranda", "Pelajaran", "Kartu", "Latihan", "Ujian"]
    assert window.windowTitle() == "Siti — Nihongoku"
    assert services.profiles.list()[0].last_used_at is not None


def test_pin_is_refused_after_five_wrong_attempts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.ctx.services.profiles.create_learner("Budi", "9999")
    picker = window.picker
    picker.reload()
    for _ in range(5):
        qtbot.keyClicks(picker.secret, "0000")
        qtbot.keyClick(picker.secret, Qt.Key.Key_Return)
    assert not picker.open_button.isEnabled()
    assert not picker.secret.isEnabled()
    assert "30 detik" in picker.feedback.text()


def test_profile_without_pin_opens_with_enter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    assert not window.picker.secret.isVisible()
    qtbot.keyClick(window.picker.profiles, Qt.Key.Key_Return)
    assert window.workspace is not None


def test_wrong_input_in_new_profile_dialog_is_explained(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.ctx.services.profiles.create_learner("Ani")
    messages: list[str] = []

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, NewProfileDialog)
        dialog.name.setText("ani")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.feedback.text())
        dialog.name.setText("")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.feedback.text())
        qtbot.keyClicks(dialog.pin, "12")
        dialog.name.setText("Dewi")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.feedback.text())
        dialog.reject()

    on_next_modal(act)
    qtbot.mouseClick(window.picker.new_button, Qt.MouseButton.LeftButton)
    assert messages == [
        "Nama itu sudah dipakai profil lain.",
        "Silakan ketik nama.",
        "PIN terdiri dari 4 sampai 6 angka.",
    ]
    assert [p.name for p in window.ctx.services.profiles.list()] == ["Ani"]


def test_second_instructor_needs_an_instructors_approval(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.ctx.services.profiles.create_instructor("Bu Rina", "sakura2026")
    feedback: list[str] = []

    def fill(dialog: NewProfileDialog) -> None:
        qtbot.mouseClick(dialog.instructor, Qt.MouseButton.LeftButton)
        assert dialog.approver.isVisible() and not dialog.pin.isVisible()
        dialog.name.setText("Pak Dodi")
        qtbot.keyClicks(dialog.password, "fujisan99")
        qtbot.keyClicks(dialog.password_again, "fujisan99")
        qtbot.keyClicks(dialog.approver, "wrong-one")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        feedback.append(dialog.feedback.text())
        dialog.approver.clear()
        qtbot.keyClicks(dialog.approver, "sakura2026")

    create_via_dialog(qtbot, window, fill)
    assert feedback == [
        "Ketik kata sandi salah satu instruktur yang sudah ada sebagai persetujuan."
    ]
    names = {p.name: p for p in window.ctx.services.profiles.list()}
    assert names["Pak Dodi"].is_instructor
    picker = window.picker
    picker.reload(select_id=names["Pak Dodi"].id)
    assert picker.secret.placeholderText() == "Kata sandi instruktur"
    qtbot.keyClicks(picker.secret, "fujisan99")
    qtbot.keyClick(picker.secret, Qt.Key.Key_Return)
    assert window.workspace is not None
    assert "Pak Dodi  ·  Instruktur" in visible_texts(window)
    assert "Anda masuk sebagai instruktur." in visible_texts(window)


def test_switching_profile_returns_to_the_picker(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.ctx.services.profiles.create_learner("Ani")
    window.picker.reload()
    window.picker.open_selected()
    assert window.workspace is not None
    qtbot.mouseClick(window.workspace.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.workspace is None
    assert window.stack.currentWidget() is window.picker
    assert window.windowTitle() == "Nihongoku"
