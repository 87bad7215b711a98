"""Buku Nilai, driven as an instructor drives it: a class, a USB stick, the table, the
report."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.gradebook import GradebookPage
from nihongoku.ui.widgets.gradebook_table import Column
from tests.gradebook_helpers import Usb, class_folder, make_usb
from tests.gui import on_next_modal, visible_texts
from tests.test_translations import PseudoTranslator, unmarked


@pytest.fixture(scope="module")
def usb(tmp_path_factory: pytest.TempPathFactory) -> Usb:
    return make_usb(tmp_path_factory.mktemp("learners"))


def sign_in_instructor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    rina = window.ctx.services.profiles.create_instructor("Bu Rina", "sakura2026")
    window.picker.reload(select_id=rina.id)
    qtbot.keyClicks(window.picker.secret, "sakura2026")
    qtbot.keyClick(window.picker.secret, Qt.Key.Key_Return)
    assert window.workspace is not None


def open_gradebook(qtbot, window: MainWindow) -> GradebookPage:  # type: ignore[no-untyped-def]
    sign_in_instructor(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    nav = workspace.nav
    row = workspace.nav_titles().index("Buku Nilai")
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center()
    )
    page = workspace.pages.currentWidget()
    assert isinstance(page, GradebookPage)
    return page


def button(dialog: QWidget, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def create_class(qtbot, page: GradebookPage, name: str) -> None:  # type: ignore[no-untyped-def]
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.windowTitle() == "Kelas baru"
        qtbot.keyClicks(dialog.findChild(QLineEdit), name)
        qtbot.mouseClick(button(dialog, "Buat"), Qt.MouseButton.LeftButton)

    on_next_modal(act)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def import_folder(  # type: ignore[no-untyped-def]
    qtbot, page: GradebookPage, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.summary_box.isVisible(), timeout=20_000)


def export(qtbot, page: GradebookPage) -> None:  # type: ignore[no-untyped-def]
    """Export, and wait for the file to be written in the background."""
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.busy and not page.import_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy)


def click_header(qtbot, page: GradebookPage, column: Column) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    section = list(Column).index(column)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_only_instructors_see_the_gradebook(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ani = window.ctx.services.profiles.create_learner("Ani")
    window.open_workspace(window.ctx.services.profiles.unlock(ani.id))
    assert window.workspace is not None
    assert "Buku Nilai" not in window.workspace.nav_titles()
    window.show_picker()
    page = open_gradebook(qtbot, window)
    assert window.workspace.nav_titles()[-2:] == ["Buku Nilai", "Susun Materi"]
    assert page.title.text() == "Buku Nilai"
    assert any(t.startswith("Buat kelas, lalu impor") for t in visible_texts(page))
    assert not page.import_button.isEnabled() and not page.table.isVisibleTo(page)


def test_a_usb_stick_is_imported_and_the_bad_files_are_named(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, usb: Usb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_gradebook(qtbot, window)
    create_class(qtbot, page, "Kelas A")
    assert page.class_choice.currentText() == "Kelas A"
    assert "Belum ada siswa di kelas ini." in " ".join(visible_texts(page))

    import_folder(qtbot, page, class_folder(usb, tmp_path), monkeypatch)
    assert page.summary.text() == (
        "Impor selesai: 3 ditambahkan, 0 diperbarui, 1 tidak berubah, 2 ditolak."
    )
    assert page.refused.text().splitlines() == [
        "Ditolak: dewi.nkprogress — file rusak atau tidak lengkap (salin ulang)",
        "Ditolak: eko.nkprogress — file sudah diubah setelah disimpan (checksum tidak cocok)",
    ]
    assert page.shown_rows() == ["Ani", "Budi", "Siti"]
    assert page.chart.learned.names == ["Ani", "Budi", "Siti"]
    assert page.count.text() == "3 dari 3 siswa ditampilkan"
    assert page.class_choice.currentText() == "Kelas A" and page.export_button.isEnabled()
    # the learners were not made into profiles on the instructor's laptop
    assert [p.name for p in window.ctx.services.profiles.list()] == ["Bu Rina"]

    # the same stick again: nothing is added, nothing changes
    import_folder(qtbot, page, class_folder(usb, tmp_path / "again"), monkeypatch)
    assert page.summary.text().startswith("Impor selesai: 0 ditambahkan, 0 diperbarui, 4 tidak")
    assert page.shown_rows() == ["Ani", "Budi", "Siti"]


def test_the_table_sorts_by_value_and_filters_by_name_and_activity(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, usb: Usb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_gradebook(qtbot, window)
    create_class(qtbot, page, "Kelas A")
    import_folder(qtbot, page, usb.files["Ani"].parent, monkeypatch)
    learned = {row.name: row.cards_learned for row in page.model.rows}
    assert len(set(learned.values())) == 3  # the three learners differ: the order means something

    click_header(qtbot, page, Column.LEARNED)
    assert page.shown_rows() == sorted(learned, key=learned.__getitem__)
    click_header(qtbot, page, Column.LEARNED)
    assert page.shown_rows() == sorted(learned, key=learned.__getitem__, reverse=True)
    assert page.chart.learned.names == page.shown_rows()  # the chart follows the table

    qtbot.keyClicks(page.search, "SI")
    assert page.shown_rows() == ["Siti"]
    assert page.count.text() == "1 dari 3 siswa ditampilkan"
    page.search.clear()

    # Budi has not studied for ten days
    qtbot.mouseClick(page.inactive, Qt.MouseButton.LeftButton)
    assert page.inactive.text() == "Hanya siswa yang tidak aktif 7 hari"
    assert page.shown_rows() == ["Budi"]
    assert page.chart.learned.names == ["Budi"]
    page.clock = lambda: page.model.rows[0].exported_at + timedelta(days=30)
    qtbot.mouseClick(page.inactive, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.inactive, Qt.MouseButton.LeftButton)
    assert len(page.shown_rows()) == 3  # a month later, nobody has been active
    qtbot.mouseClick(page.inactive, Qt.MouseButton.LeftButton)

    # numbers are written the Indonesian way
    budi = page.shown_rows().index("Budi")
    cell = page.proxy.index(budi, list(Column).index(Column.LAST))
    last = next(r for r in page.model.rows if r.name == "Budi").last_activity
    assert last is not None
    assert cell.data() == last.astimezone().strftime("%d/%m/%Y")
    retention = page.proxy.index(budi, list(Column).index(Column.RETENTION)).data()
    assert retention.endswith("%")
    study = page.proxy.index(budi, list(Column).index(Column.STUDY)).data()
    assert " j " in study and study.endswith(" mnt")


def test_the_gradebook_is_exported_to_xlsx_and_csv(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, usb: Usb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_gradebook(qtbot, window)
    create_class(qtbot, page, "Kelas A")
    import_folder(qtbot, page, usb.files["Ani"].parent, monkeypatch)

    chosen: list[tuple[str, str]] = [
        (str(tmp_path / "nilai"), "Buku kerja Excel (*.xlsx)"),
        (str(tmp_path / "nilai"), "CSV, untuk program lain (*.csv)"),
    ]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: chosen.pop(0))
    export(qtbot, page)
    assert page.feedback.text() == f"Tersimpan: {tmp_path / 'nilai.xlsx'} (3 siswa)."
    sheet = openpyxl.load_workbook(tmp_path / "nilai.xlsx").active
    assert sheet is not None and sheet.title == "Kelas A"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nama", "Waktu belajar (j:mm)", "Kartu dikuasai")
    assert [r[0] for r in rows[1:]] == ["Ani", "Budi", "Siti"]

    export(qtbot, page)
    with (tmp_path / "nilai.csv").open(encoding="utf-8-sig", newline="") as stream:
        records = list(csv.DictReader(stream))
    assert [r["Nama"] for r in records] == ["Ani", "Budi", "Siti"]
    by_name = {row.name: row for row in page.model.rows}
    assert [r["Kartu dikuasai"] for r in records] == [
        str(by_name[n].cards_learned) for n in ("Ani", "Budi", "Siti")
    ]

    # a folder that cannot be written: said on the page, nothing crashes
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *_args: (str(tmp_path / "missing" / "nilai.xlsx"), ""),
    )
    export(qtbot, page)
    assert page.feedback.text().startswith(
        f"Tidak dapat menyimpan {tmp_path / 'missing' / 'nilai.xlsx'}: "
    )
    assert page.export_button.isEnabled()


def test_deleting_a_class_asks_first(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, usb: Usb, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_gradebook(qtbot, window)
    create_class(qtbot, page, "Kelas A")
    create_class(qtbot, page, "Kelas B")
    import_folder(qtbot, page, usb.files["Ani"].parent, monkeypatch)
    questions: list[str] = []

    def answer(choice: str):  # type: ignore[no-untyped-def]
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            questions.append(dialog.text())
            qtbot.mouseClick(button(dialog, choice), Qt.MouseButton.LeftButton)

        return act

    on_next_modal(answer("Batal"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in page.classes] == ["Kelas A", "Kelas B"]
    on_next_modal(answer("Hapus kelas"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert questions[0].startswith("Hapus kelas Kelas B beserta buku nilainya (3 siswa)?")
    assert [c.name for c in page.classes] == ["Kelas A"]
    assert page.class_choice.currentText() == "Kelas A"
    assert page.feedback.text() == "Kelas Kelas B sudah dihapus."


def test_a_taken_class_name_is_explained(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_gradebook(qtbot, window)
    create_class(qtbot, page, "Kelas A")
    create_class(qtbot, page, "kelas a")
    assert page.feedback.text() == "Sudah ada kelas dengan nama itu."
    assert [c.name for c in page.classes] == ["Kelas A"]


def test_every_visible_string_of_the_gradebook_is_translated(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, usb: Usb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_gradebook(qtbot, window)
    create_class(qtbot, page, "Kelas A")
    import_folder(qtbot, page, class_folder(usb, tmp_path), monkeypatch)
    window.ctx.language.install_custom(PseudoTranslator())
    QCoreApplication.processEvents()
    data = {"Kelas A"}
    assert unmarked(visible_texts(page), data) == []
    model = page.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert unmarked([h for h in headers if h], set()) == []
    assert "⟦" in page.tabs.tabText(0) and "⟦" in page.tabs.tabText(1)
