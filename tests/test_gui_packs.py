"""Lesson packs in the GUI: the instructor ticks what to share and saves a pack; on
another laptop the pack's plan is shown, refusals with their reasons, and "Impor" adds
the lessons to the course."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from nihongoku.core.packs.export import export_pack as write_pack
from nihongoku.paths import custom_lessons_dir
from nihongoku.ui.dialogs.packs import ExportPackDialog, ImportPackDialog, export_pack, import_pack
from nihongoku.ui.main_window import MainWindow
from tests.gui import on_next_modal, visible_texts
from tests.pack_helpers import lesson_bytes, make_custom, pack_of, snapshot

SHOTS = Path("/tmp/nk/packs")


def in_indonesian(window: MainWindow) -> None:
    window.ctx.language.switch("id")


def test_the_instructor_exports_the_ticked_lessons(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    make_custom(3, test=False)
    window.ctx.reload_course()  # as the lesson editor does after a save
    in_indonesian(window)
    target = tmp_path / "usb" / "kelas-a"
    target.parent.mkdir()
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportPackDialog)
        try:
            seen.extend(visible_texts(dialog))
            dialog.choices.item(1).setCheckState(Qt.CheckState.Unchecked)  # not lesson 2
            qtbot.keyClicks(dialog.title, "Kelas A")
            dialog.path.setText(str(target))
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "Tersimpan" in dialog.outcome.text(), timeout=20000)
            seen.append(dialog.outcome.text())
            dialog.grab().save(str(SHOTS / "export.png"))
        finally:
            dialog.reject()

    SHOTS.mkdir(parents=True, exist_ok=True)
    on_next_modal(fill)
    saved = export_pack(window.ctx, window)
    assert saved == target.with_name("kelas-a.nihongoku-pack")
    assert "Ekspor paket pelajaran" in seen
    assert "Pelajaran: Alat bengkel 1" in seen
    assert f"Tersimpan di {saved}: 2 pelajaran, 0 tes, 2 file audio." in seen
    with zipfile.ZipFile(saved) as archive:
        names = archive.namelist()
    assert "lessons/bengkel-1.yaml" in names and "lessons/bengkel-3.yaml" in names
    assert "lessons/bengkel-2.yaml" not in names


def test_importing_a_pack_shows_the_plan_and_adds_the_lessons(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NIHONGOKU_HOME", str(tmp_path / "instructor"))
    make_custom(2)
    pack = write_pack(tmp_path / "kelas.nihongoku-pack", title="Kelas A", author="Bu Rina").path
    monkeypatch.setenv("NIHONGOKU_HOME", str(isolated_home))
    in_indonesian(window)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(pack), "Paket pelajaran")
    )
    seen: list[str] = []

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPackDialog)
        try:
            qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20000)
            seen.extend(dialog.files.item(i).text() for i in range(dialog.files.count()))
            seen.extend(visible_texts(dialog))
            dialog.grab().save(str(SHOTS / "import-plan.png"))
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "berhasil diimpor" in dialog.summary.text(), timeout=20000)
            seen.append(dialog.summary.text())
        finally:
            dialog.reject()

    SHOTS.mkdir(parents=True, exist_ok=True)
    on_next_modal(confirm)
    assert import_pack(window.ctx, window) is True
    assert "Baru · Pelajaran: Alat bengkel 1" in seen
    assert "Baru · Tes: Tes bengkel" in seen
    assert any(t.startswith("Kelas A, dibuat oleh Bu Rina pada ") for t in seen)
    assert any(t.startswith("5 baru, 0 diperbarui, 0 tidak berubah.") for t in seen)
    assert "5 file berhasil diimpor. Pelajaran dan tesnya siap dipakai." in seen
    assert (custom_lessons_dir() / "bengkel-2.yaml").is_file()
    assert {"bengkel-1", "bengkel-2"} <= {lesson.id for lesson in window.ctx.course().lessons}


def test_a_refused_pack_shows_why_and_cannot_be_imported(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "rusak.nihongoku-pack"
    broken = lesson_bytes(1).replace(b"order: 91", b"order: 1")  # the built-in lesson's place
    pack.write_bytes(pack_of({"lessons/bengkel-1.yaml": (broken, "lesson", "bengkel-1")}))
    in_indonesian(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(pack), ""))
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPackDialog)
        try:
            qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
            seen.extend(dialog.files.item(i).text() for i in range(dialog.files.count()))
            seen.append(dialog.summary.text())
            assert not dialog.import_button.isEnabled()
            dialog.grab().save(str(SHOTS / "import-refused.png"))
        finally:
            dialog.reject()

    SHOTS.mkdir(parents=True, exist_ok=True)
    on_next_modal(look)
    assert import_pack(window.ctx, window) is False
    assert seen[0].startswith("Ditolak · Pelajaran: Alat bengkel 1\n")
    assert "order 1 of level n5 is already taken by lesson 'n5-01'" in seen[0]
    assert seen[1].startswith("Paket ini tidak bisa diimpor: 1 file ditolak")
    assert snapshot(isolated_home / "lessons") == {}


def test_a_file_that_is_not_a_pack_is_named_and_nothing_changes(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "foto.nihongoku-pack"
    bogus.write_bytes(b"\x89PNG not a pack")
    in_indonesian(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(bogus), ""))
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPackDialog)
        try:
            qtbot.waitUntil(lambda: "tidak bisa" in dialog.about.text(), timeout=20000)
            seen.extend([dialog.about.text(), dialog.summary.text()])
            assert not dialog.import_button.isEnabled()
        finally:
            dialog.reject()

    on_next_modal(look)
    assert import_pack(window.ctx, window) is False
    assert seen[0] == "File ini tidak bisa diimpor. Tidak ada yang diubah."
    assert str(bogus) in seen[1] and "not a lesson pack" in seen[1]
