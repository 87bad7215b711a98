"""Susun Materi, driven as an instructor drives it: a new lesson, a word with its proposed
reading, live problems, undo and redo, saving, and the questions before work is lost."""

from __future__ import annotations

import sys
import types
import weakref

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from nihongoku.core.authoring.lesson_files import load_lesson
from nihongoku.core.content.schema import Vocabulary
from nihongoku.paths import custom_lessons_dir
from nihongoku.ui.authoring.editor import LessonEditor
from nihongoku.ui.authoring.new_lesson import NewLessonDialog
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages.authoring import AuthoringPage
from nihongoku.ui.pages.lessons import LessonsPage
from tests.gui import on_next_modal, visible_texts


@pytest.fixture(autouse=True)
def no_question_at_teardown(request: pytest.FixtureRequest, window: MainWindow) -> None:
    """A failed test may leave unsaved edits: closing the window would then ask about
    them and wait for an answer forever. pytest-qt closes the widgets a test registered
    before any fixture tears down, in order: this goes first and forgets the edits."""

    def forget_edits(_widget: QWidget) -> None:
        workspace = window.workspace
        if workspace is None or "authoring" not in [spec.key for spec in workspace.specs]:
            return
        page = workspace.page("authoring")
        if isinstance(page, AuthoringPage) and page.editor is not None:
            page.editor.draft.stack.setClean()

    request.node.qt_widgets.insert(0, (weakref.ref(window), forget_edits))


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(root: QWidget, text: str) -> QPushButton:
    return next(b for b in root.findChildren(QPushButton) if b.text() == text and b.isVisible())


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Back to the main window after a dialog, as the window system does (offscreen
    Qt does not): keyboard shortcuts go to the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_japanese(widget: QWidget, text: str) -> None:
    """What an input method does when the instructor confirms a conversion."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def sign_in(qtbot, window: MainWindow, instructor: bool = True) -> None:  # type: ignore[no-untyped-def]
    profiles = window.ctx.services.profiles
    if instructor:
        who = profiles.create_instructor("Bu Rina", "sakura2026")
        window.picker.reload(select_id=who.id)
        qtbot.keyClicks(window.picker.secret, "sakura2026")
        qtbot.keyClick(window.picker.secret, Qt.Key.Key_Return)
    else:
        who = profiles.create_learner("Adi")
        window.picker.reload(select_id=who.id)
        window.picker.open_selected()
    assert window.workspace is not None


def open_page(qtbot, window: MainWindow) -> AuthoringPage:  # type: ignore[no-untyped-def]
    sign_in(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    nav = workspace.nav
    row = workspace.nav_titles().index("Susun Materi")
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center()
    )
    page = workspace.pages.currentWidget()
    assert isinstance(page, AuthoringPage)
    return page


def new_lesson(
    qtbot, page: AuthoringPage, title: str = "K3 di bengkel", order: int = 26
) -> LessonEditor:  # type: ignore[no-untyped-def]
    seen: dict[str, int] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewLessonDialog)
        seen["order"] = dialog.order.value()
        seen["title"] = dialog.windowTitle()
        qtbot.keyClicks(dialog.title_id, title)
        qtbot.keyClicks(dialog.title_en, "Safety in the workshop")
        qtbot.keyClicks(dialog.goals, "Saya bisa membaca tanda bahaya.")
        click(qtbot, button(dialog, "Buat"))

    on_next_modal(fill)
    click(qtbot, page.new_button)
    assert seen == {"order": order, "title": "Pelajaran baru"}  # N5 lessons end at 25
    activate(qtbot, page.window())
    assert page.editor is not None
    return page.editor


def field(editor: LessonEditor, section: str, *path: str | int) -> QWidget:
    return editor.sections[section].form.editors[tuple(path)]


def wait_checked(qtbot, editor: LessonEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: not editor.checking() and text in editor.problems.banner.text(), timeout=15_000
    )


def add_word(qtbot, editor: LessonEditor) -> None:  # type: ignore[no-untyped-def]
    """溶接 (not in the course: pykakasi reads it) with a meaning and an example."""
    tab = editor.sections["vocabulary"]
    editor.tabs.setCurrentWidget(tab)
    click(qtbot, tab.add_button)
    type_japanese(field(editor, "vocabulary", "written"), "溶接")
    proposal = tab.proposals[0]
    qtbot.waitUntil(lambda: "ようせつ" in proposal.text.text(), timeout=15_000)
    assert "yousetsu" in proposal.text.text()
    assert "pykakasi" in proposal.source_label.text()  # "check it"
    click(qtbot, proposal.use_button)
    reading = field(editor, "vocabulary", "reading")
    assert isinstance(reading, QLineEdit) and reading.text() == "ようせつ"
    qtbot.keyClicks(field(editor, "vocabulary", "meaning", "id"), "las")
    qtbot.keyClicks(field(editor, "vocabulary", "meaning", "en"), "welding")
    sentence = field(editor, "vocabulary", "example", "ja")
    type_japanese(sentence, "ここで溶接します。")
    qtbot.waitUntil(lambda: tab.proposals[1].use_button.isEnabled(), timeout=5_000)
    qtbot.keyClick(sentence, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(sentence, QLineEdit) and sentence.text() == "ここで溶接[ようせつ]します。"
    preview = tab.form.previews[("example", "ja")]
    assert preview.isVisible() and preview.shown_readings() == ["ようせつ"]
    qtbot.keyClicks(field(editor, "vocabulary", "example", "id"), "Saya mengelas di sini.")
    qtbot.keyClicks(field(editor, "vocabulary", "example", "en"), "I weld here.")


def test_only_instructors_see_the_authoring_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, window, instructor=False)
    assert window.workspace is not None
    assert "Susun Materi" not in window.workspace.nav_titles()


def test_an_instructor_makes_a_lesson_and_the_course_shows_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    assert "Pilih salah satu pelajaran Anda" in " ".join(visible_texts(page))
    editor = new_lesson(qtbot, page)
    path = custom_lessons_dir() / f"{editor.lesson_id}.yaml"
    assert path.is_file()  # made and saved at once: it is in the list straight away
    assert page.lessons.item(0).text().startswith("K3 di bengkel\nN5 · 26")

    add_word(qtbot, editor)
    wait_checked(qtbot, editor, "Tidak ada masalah")
    assert editor.state.text() == "Belum disimpan"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.state.text() == "Tersimpan"
    saved, problems = load_lesson(path)
    assert problems == [] and saved is not None
    word = saved.vocabulary[0]
    assert (word.id, word.written, word.reading) == ("w-yousetsu", "溶接", "ようせつ")
    assert word.example is not None and word.example.ja == "ここで溶接[ようせつ]します。"
    assert window.ctx.course().lesson(editor.lesson_id).vocabulary[0].id == "w-yousetsu"

    # the id was given once: a later edit of the reading keeps it
    reading = field(editor, "vocabulary", "reading")
    assert isinstance(reading, QLineEdit)
    reading.selectAll()
    type_japanese(reading, "ようせつう")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved, _problems = load_lesson(path)
    assert saved is not None and saved.vocabulary[0].id == "w-yousetsu"

    # Pelajaran shows the new lesson the next time it is opened
    assert window.workspace is not None
    window.workspace.show_page("lessons")
    lessons = window.workspace.pages.currentWidget()
    assert isinstance(lessons, LessonsPage)
    lessons.select(editor.lesson_id)


def test_problems_are_listed_and_lead_to_the_item(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    editor = new_lesson(qtbot, page)
    add_word(qtbot, editor)
    tab = editor.sections["vocabulary"]
    click(qtbot, tab.add_button)
    type_japanese(field(editor, "vocabulary", "written"), "本")
    qtbot.keyClicks(field(editor, "vocabulary", "reading"), "hon")  # romaji, not kana
    qtbot.keyClicks(field(editor, "vocabulary", "meaning", "id"), "buku")
    qtbot.keyClicks(field(editor, "vocabulary", "meaning", "en"), "book")
    wait_checked(qtbot, editor, "masalah")
    banner = editor.problems.banner.text()
    assert "tidak dimasukkan ke kursus sampai diperbaiki" in banner
    first = editor.problems.list.item(0)
    assert "the reading 'hon' is not kana" in first.text()
    assert "Kosakata 2: 本" in first.text()

    tab.list.setCurrentRow(0)
    editor.problems.list.scrollToItem(first)
    rect = editor.problems.list.visualItemRect(first)
    qtbot.mouseClick(editor.problems.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.list.currentRow() == 1
    assert field(editor, "vocabulary", "reading").hasFocus()

    # a lesson with problems is still saved: it is the instructor's draft
    assert editor.save()
    assert editor.lesson_id not in [lesson.id for lesson in window.ctx.course().lessons]
    assert "ada masalah" in page.lessons.item(0).text()


def test_every_edit_can_be_undone_and_redone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    editor = new_lesson(qtbot, page)
    add_word(qtbot, editor)
    meaning_id = field(editor, "vocabulary", "meaning", "id")
    meaning_en = field(editor, "vocabulary", "example", "en")
    assert isinstance(meaning_id, QLineEdit) and isinstance(meaning_en, QLineEdit)
    assert editor.undo_button.text() == "Urungkan: Ubah: Contoh (Inggris)"

    # Ctrl+Z in a field undoes the lesson's last edit: the whole typed text at once
    qtbot.keyClick(meaning_en, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meaning_en.text() == ""
    assert editor.redo_button.text() == "Ulangi: Ubah: Contoh (Inggris)"
    qtbot.keyClick(meaning_en, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert meaning_en.text() == "I weld here."

    # removing a word, undone from the button, brings it back
    tab = editor.sections["vocabulary"]
    click(qtbot, tab.remove_button)
    assert tab.list.count() == 0
    assert editor.undo_button.text().startswith("Urungkan: Hapus 溶接")
    click(qtbot, editor.undo_button)
    assert tab.list.count() == 1 and meaning_id.text() == "las"
    qtbot.keyClick(
        meaning_id,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.list.count() == 0


def test_unsaved_changes_are_asked_about(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    first = new_lesson(qtbot, page, "Pelajaran satu")
    second = new_lesson(qtbot, page, "Pelajaran dua", order=27)
    assert page.lessons.count() == 2
    goals = second.lesson_form.editors[("goals",)]
    assert isinstance(goals, QPlainTextEdit)
    goals.setFocus()
    qtbot.keyClicks(goals, " Lagi.")
    row_of_first = next(
        i
        for i in range(page.lessons.count())
        if page.lessons.item(i).data(Qt.ItemDataRole.UserRole) == first.path
    )

    offered: list[set[str]] = []

    def answer(text: str) -> None:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            offered.append({b.text() for b in dialog.buttons()})
            chosen = [b for b in dialog.buttons() if b.text() == text]
            if chosen:
                click(qtbot, chosen[0])
            else:  # never leave a question open: the test would wait forever
                dialog.reject()

        on_next_modal(act)

    list_view = page.lessons
    rect = list_view.visualItemRect(list_view.item(row_of_first))
    answer("Batal")
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor is second and second.is_modified()
    assert offered == [{"Simpan", "Jangan simpan", "Batal"}]

    answer("Jangan simpan")
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor is not None and page.editor.path == first.path
    saved, _problems = load_lesson(second.path)
    assert saved is not None and saved.goals == ["Saya bisa membaca tanda bahaya."]

    # closing the window: Batal keeps it open, Simpan saves and closes
    editor = page.editor
    qtbot.keyClicks(editor.lesson_form.editors[("maps_to",)], "Bab 3")
    answer("Batal")
    window.close()
    assert window.isVisible()
    answer("Simpan")
    window.close()
    assert not window.isVisible()
    saved, _problems = load_lesson(first.path)
    assert saved is not None and saved.maps_to == "Bab 3"


def test_a_lesson_is_deleted_to_the_trash_after_asking(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    editor = new_lesson(qtbot, page)
    path = editor.path

    def confirm(text: str) -> None:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            asked.append(dialog.text())
            click(qtbot, button(dialog, text))

        on_next_modal(act)

    asked: list[str] = []
    confirm("Batal")
    click(qtbot, page.delete_button)
    assert path.is_file()
    assert "K3 di bengkel" in asked[0] and ".trash" in asked[0]
    confirm("Hapus")
    click(qtbot, page.delete_button)
    assert not path.exists() and (path.parent / ".trash" / path.name).is_file()
    assert page.lessons.count() == 0 and page.editor is None


def test_words_from_a_spreadsheet_are_one_undoable_step(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    editor = new_lesson(qtbot, page)
    asked: list[str] = []
    words = [
        Vocabulary.model_validate(
            {
                "id": f"w-{r}",
                "written": w,
                "reading": k,
                "meaning": {"id": m, "en": e},
                "pos": "noun",
            }
        )
        for r, w, k, m, e in [
            ("kikai", "機械", "きかい", "mesin", "machine"),
            ("anzen", "安全", "あんぜん", "aman", "safety"),
        ]
    ]

    def ask_vocabulary(ctx, lesson, parent):  # type: ignore[no-untyped-def]
        asked.append(lesson.id)
        return words

    try:
        import nihongoku.ui.dialogs.vocab_import as module
    except ImportError:  # written by another engineer: stand in for it
        module = types.ModuleType("nihongoku.ui.dialogs.vocab_import")
        monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(module, "ask_vocabulary", ask_vocabulary, raising=False)

    tab = editor.sections["vocabulary"]
    editor.tabs.setCurrentWidget(tab)
    click(qtbot, button(tab, "Impor dari spreadsheet…"))
    assert asked == [editor.lesson_id]
    assert [tab.list.item(i).text() for i in range(tab.list.count())] == [
        "機械  ·  mesin",
        "安全  ·  aman",
    ]
    assert editor.undo_button.text() == "Urungkan: Impor 2 kata"
    click(qtbot, editor.undo_button)
    assert tab.list.count() == 0


def test_kanji_and_grammar_get_ids_by_the_course_conventions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    editor = new_lesson(qtbot, page)
    add_word(qtbot, editor)
    kanji = editor.sections["kanji"]
    editor.tabs.setCurrentWidget(kanji)
    click(qtbot, kanji.add_button)
    type_japanese(field(editor, "kanji", "char"), "溶")
    type_japanese(field(editor, "kanji", "onyomi"), "ヨウ")
    qtbot.keyClicks(field(editor, "kanji", "meaning", "id"), "larut")
    qtbot.keyClicks(field(editor, "kanji", "meaning", "en"), "melt")
    qtbot.keyClicks(field(editor, "kanji", "examples"), "w-yousetsu")
    grammar = editor.sections["grammar"]
    editor.tabs.setCurrentWidget(grammar)
    click(qtbot, grammar.add_button)
    type_japanese(field(editor, "grammar", "pattern"), "N は 危険です")
    qtbot.keyClicks(field(editor, "grammar", "title", "id"), "Menyebut bahaya")
    qtbot.keyClicks(field(editor, "grammar", "title", "en"), "Saying something is dangerous")
    qtbot.keyClicks(field(editor, "grammar", "explanation", "id"), "Pakai N wa kiken desu.")
    qtbot.keyClicks(field(editor, "grammar", "explanation", "en"), "Use N wa kiken desu.")
    for n, sentence in enumerate(["ここは 危険[きけん]です。", "あれは 危険[きけん]です。"]):
        type_japanese(field(editor, "grammar", "examples", n, "ja"), sentence)
        qtbot.keyClicks(field(editor, "grammar", "examples", n, "id"), "Itu berbahaya.")
        qtbot.keyClicks(field(editor, "grammar", "examples", n, "en"), "That is dangerous.")
    wait_checked(qtbot, editor, "Tidak ada masalah")
    assert editor.save()
    saved, problems = load_lesson(editor.path)
    assert problems == [] and saved is not None
    assert saved.kanji[0].id == "kanji-6eb6" and saved.kanji[0].onyomi == ["ヨウ"]
    assert saved.grammar[0].id == "g-saying-something-is-dangerous"
    assert len(saved.grammar[0].examples) == 2  # the empty third one is left out


def test_switching_profile_while_a_check_runs_is_safe(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    editor = new_lesson(qtbot, page)
    editor.check_now()  # a check on its worker thread, as after any edit
    editor.draft.stack.setClean()
    assert window.workspace is not None
    click(qtbot, window.workspace.sign_out_button)
    assert window.workspace is None and window.stack.currentWidget() is window.picker
    qtbot.wait(50)  # the old workspace is deleted: no thread outlived it (Qt would abort)


def test_kartu_and_latihan_pick_up_a_saved_lesson_and_signing_out_asks(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from nihongoku.ui.pages.flashcards import FlashcardsPage
    from nihongoku.ui.pages.practice_tabs import PracticeTabs

    page = open_page(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    for key in ("flashcards", "practice", "authoring"):  # built before the lesson exists
        workspace.show_page(key)
    cards_before = workspace.page("flashcards")
    editor = new_lesson(qtbot, page)
    add_word(qtbot, editor)
    wait_checked(qtbot, editor, "Tidak ada masalah")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    workspace.show_page("flashcards")
    cards = workspace.pages.currentWidget()
    assert isinstance(cards, FlashcardsPage) and cards is not cards_before
    assert cards.choose_lesson(editor.lesson_id)
    workspace.show_page("practice")
    practice = workspace.pages.currentWidget()
    assert isinstance(practice, PracticeTabs)
    assert editor.lesson_id in [lesson.id for lesson in practice.quiz._lessons]

    workspace.show_page("authoring")
    qtbot.keyClicks(editor.lesson_form.editors[("maps_to",)], "Bab 3")
    asked: list[str] = []

    def answer(text: str) -> None:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            asked.append(text)
            click(qtbot, next(b for b in dialog.buttons() if b.text() == text))

        on_next_modal(act)

    answer("Batal")
    click(qtbot, workspace.sign_out_button)
    assert asked == ["Batal"] and window.workspace is workspace  # still signed in
    answer("Jangan simpan")
    click(qtbot, workspace.sign_out_button)
    assert asked == ["Batal", "Jangan simpan"] and window.workspace is None
    saved, _problems = load_lesson(editor.path)
    assert saved is not None and saved.maps_to is None


def test_a_pack_import_shows_the_open_lesson_as_the_pack_left_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from nihongoku.core.authoring.lesson_files import save_lesson
    from nihongoku.ui.dialogs import packs

    page = open_page(qtbot, window)
    editor = new_lesson(qtbot, page)
    lesson_id, path = editor.lesson_id, editor.path

    def a_pack_updates_it(ctx, parent) -> bool:  # type: ignore[no-untyped-def]
        lesson, _problems = load_lesson(path)
        assert lesson is not None
        save_lesson(lesson.model_copy(update={"maps_to": "Bab 9"}), path.parent)
        ctx.reload_course()
        return True

    monkeypatch.setattr(packs, "import_pack", a_pack_updates_it)
    click(qtbot, page.import_pack_button)
    assert page.editor is not None and page.editor.lesson_id == lesson_id
    maps_to = page.editor.lesson_form.editors[("maps_to",)]
    assert isinstance(maps_to, QLineEdit) and maps_to.text() == "Bab 9"
    assert not page.editor.is_modified()


def test_an_exercise_is_written_in_the_editor_and_practised_from_the_course(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    page = open_page(qtbot, window)
    editor = new_lesson(qtbot, page)
    add_word(qtbot, editor)
    tab = editor.sections["exercises"]
    editor.tabs.setCurrentWidget(tab)
    click(qtbot, tab.add_button)
    family = field(editor, "exercises", "family")
    assert isinstance(family, QComboBox) and family.currentData() == "grammar-form"
    qtbot.keyClicks(field(editor, "exercises", "tests"), "w-yousetsu")
    type_japanese(
        field(editor, "exercises", "questions", 0, "stem"), "こうじょう（　）ようせつします。"
    )
    for k, particle in enumerate("でにをが"):
        type_japanese(field(editor, "exercises", "questions", 0, "choices", k), particle)
    why = {
        ("explanation", "id"): "Tempat kegiatan ditandai で.",
        ("explanation", "en"): "The place of an action takes で.",
        ("wrong", 2, "id"): "に untuk tujuan.",
        ("wrong", 2, "en"): "に marks a destination.",
        ("wrong", 3, "id"): "を untuk objek.",
        ("wrong", 3, "en"): "を marks the object.",
        ("wrong", 4, "id"): "が untuk subjek.",
        ("wrong", 4, "en"): "が marks the subject.",
    }
    for path, text in why.items():
        type_japanese(field(editor, "exercises", "questions", 0, *path), text)
    wait_checked(qtbot, editor, "Tidak ada masalah")
    assert tab.list.item(0).text() == "Bentuk tata bahasa\nこうじょう（　）ようせつします。"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved, problems = load_lesson(editor.path)
    assert problems == [] and saved is not None
    exercise = saved.exercises[0]
    assert exercise.id == "x-grammar-form" and exercise.tests == ["w-yousetsu"]
    question = exercise.questions[0]
    assert question.choices == ["で", "に", "を", "が"] and question.answer == 1
    assert sorted(question.wrong) == [2, 3, 4]  # no "why wrong" for the right choice
    practised = [e.id for e in window.ctx.course().exercises() if e.lesson_id == editor.lesson_id]
    assert practised == ["x-grammar-form"]
