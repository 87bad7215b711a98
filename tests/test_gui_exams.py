"""Ujian, driven as a learner takes a mock exam: the clock, the keys, the JFT grid and
flags, a section that ends, a crash and the resume, the result and the review."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nihongoku.core.audio import clip_path
from nihongoku.core.content.schema import Bilingual
from nihongoku.core.content.script import Turn
from nihongoku.core.exams.blueprint import Blueprint
from nihongoku.core.exams.forms import ExamForm, FormMondai, FormSection
from nihongoku.core.japanese import Ruby
from nihongoku.core.practice.questions import INSTRUCTIONS, PracticeQuestion
from nihongoku.core.store.models import Card
from nihongoku.ui.main_window import MainWindow
from nihongoku.ui.pages import exam_forms
from nihongoku.ui.pages.exams import ExamsPage
from nihongoku.ui.widgets.audio_button import AudioButton, shared_player
from nihongoku.ui.widgets.exam_results import mistakes
from nihongoku.ui.widgets.furigana import FuriganaText
from tests.gui import on_next_modal, visible_texts
from tests.study_helpers import Clock
from tests.test_exams import blueprint, form
from tests.test_translations import PseudoTranslator, unmarked

KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
SHOTS = os.environ.get("NIHONGOKU_SHOTS")  # a folder: save a PNG of every screen seen


@cache
def drawn(exam_id: str) -> list[ExamForm]:
    return [form(exam_id, n) for n in range(1, blueprint(exam_id).spec.forms + 1)]


@pytest.fixture
def quick_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forms drawn once per test run (the page still gets them through its worker)."""
    monkeypatch.setattr(exam_forms, "draw_forms", lambda b, _course: drawn(b.id))


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        QCoreApplication.sendPostedEvents()  # the layout as the next paint would show it
        widget.window().grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_exams(qtbot: QtBot, window: MainWindow, name: str = "Ani") -> ExamsPage:
    profiles = window.ctx.services.profiles
    if profiles.find(name) is None:
        profiles.create_learner(name)
    window.picker.reload()
    window.picker.open_selected()
    workspace = window.workspace
    assert workspace is not None
    row = workspace.nav_titles().index("Ujian")
    assert workspace.nav_titles()[row - 1] == "Latihan"  # right after practice
    workspace.nav.setCurrentRow(row)
    page = workspace.page("exams")
    assert isinstance(page, ExamsPage) and page.list_view.isVisible()
    # time stands still unless the test moves it: the timer measures zero seconds
    page.monotonic = lambda: 0.0
    page.clock = Clock(datetime(2026, 12, 1, 1, 0, tzinfo=UTC))
    return page


def start(qtbot: QtBot, page: ExamsPage, exam_id: str, number: int = 1) -> None:
    card = next(c for c in page.cards if c.blueprint.id == exam_id)
    card.form_choice.setCurrentIndex(number - 1)
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exam_view.isVisible(), timeout=20_000)


def answer_box(action: str, seen: list[str]):  # type: ignore[no-untyped-def]
    """Read the question a message box asks, then press the button named ``action``."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == action)
        button.click()

    return act


def press(qtbot: QtBot, page: ExamsPage, key: Qt.Key, alt: bool = False) -> None:
    modifier = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(page, key, modifier)


def test_jlpt_keys_change_an_answer_and_the_section_clock_ends_the_section(
    qtbot: QtBot, window: MainWindow, quick_forms: None
) -> None:
    page = open_exams(qtbot, window)
    texts = visible_texts(page)
    assert "Ujian simulasi" in texts and "Simulasi JLPT N5" in texts
    assert "Format JLPT · 90 menit · 67 soal" in texts
    shot(page, "exams-list")
    start(qtbot, page, "jlpt-n5")
    attempt = page.attempt
    assert attempt is not None
    assert page.exam_title.text() == "Simulasi JLPT N5  ·  Kosakata (もじ・ごい)"
    assert page.counter.text() == "Soal 1 dari 21"
    assert page.clock_label.text() == "Sisa waktu 20:00"
    view = page.question_view
    assert view.mondai_line.text() == "もんだい 1"
    assert view.instruction_ja.text().startswith("＿＿＿の ことばは ひらがなで どう かきますか")
    assert view.instruction_tr.text().startswith("Bagaimana kata yang bergaris bawah ditulis")
    assert len(view.stem.underlined()) == 1 and view.stem.underlined()[0] in view.stem.text()
    assert not page.flag_button.isVisible() and not page.overview.isVisible()
    assert not page.language_button.isVisible()
    shot(page, "exams-jlpt-question")

    first = attempt.current
    assert first is not None
    press(qtbot, page, Qt.Key.Key_2)
    assert view.choice_buttons[1].property("state") == "chosen"
    press(qtbot, page, Qt.Key.Key_3)  # answers can change until the section ends
    assert view.choice_buttons[1].property("state") == ""
    assert view.choice_buttons[2].property("state") == "chosen"
    press(qtbot, page, Qt.Key.Key_PageDown)
    assert page.counter.text() == "Soal 2 dari 21"
    assert all(b.property("state") == "" for b in view.choice_buttons)
    press(qtbot, page, Qt.Key.Key_Left, alt=True)
    assert page.counter.text() == "Soal 1 dari 21"
    assert view.choice_buttons[2].property("state") == "chosen"
    # saved at once: what a crash would come back to
    (saved,) = page.store.unfinished(page.profile.id)
    assert saved.state.answers == {first.id: 2}

    page.advance_clock(15 * 60 + 1)
    assert page.clock_label.text() == "Sisa waktu 04:59"
    assert page.clock_label.property("state") == "low"
    page.advance_clock(5 * 60)
    assert (
        page.exam_title.text()
        == "Simulasi JLPT N5  ·  Tata bahasa dan membaca (ぶんぽう・どっかい)"
    )
    assert page.notice.text() == (
        "Waktu untuk Kosakata (もじ・ごい) sudah habis. "
        "Sekarang: Tata bahasa dan membaca (ぶんぽう・どっかい)."
    )
    assert page.clock_label.text() == "Sisa waktu 40:00"
    assert page.clock_label.property("state") == ""
    assert page.counter.text() == "Soal 1 dari 22"
    assert attempt.state.locked == {0}
    press(qtbot, page, Qt.Key.Key_PageUp)  # the vocabulary section is behind a lock
    assert page.counter.text() == "Soal 1 dari 22"
    assert page.store.unfinished(page.profile.id)[0].state.section == 1
    shot(page, "exams-jlpt-section-two")


def test_jlpt_result_review_and_flashcards(
    qtbot: QtBot, window: MainWindow, quick_forms: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_exams(qtbot, window)
    start(qtbot, page, "jlpt-n5", 2)
    attempt = page.attempt
    assert attempt is not None and attempt.form.number == 2
    missed = attempt.current
    assert missed is not None and missed.tested
    # the word this question tests is a flashcard the learner reviews, due in weeks
    profile_id = page.profile.id
    with window.ctx.services.db.transaction() as s:
        s.add(
            Card(
                profile_id=profile_id,
                item_id=missed.tested[0],
                kind="meaning",
                state=2,
                due=datetime(2027, 1, 1, tzinfo=UTC),
            )
        )
    wrong = (missed.answer + 1) % len(missed.choices)
    press(qtbot, page, KEYS[wrong])
    press(qtbot, page, Qt.Key.Key_PageDown)
    while page.counter.text() != "Soal 21 dari 21":  # every other one right
        question = attempt.current
        assert question is not None
        qtbot.mouseClick(view_button(page, question.answer), Qt.MouseButton.LeftButton)
        press(qtbot, page, Qt.Key.Key_PageDown)
    seen: list[str] = []
    on_next_modal(answer_box("Batal", seen))
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert seen == [
        "Masih ada 1 soal di bagian ini yang belum dijawab. "
        "Setelah diselesaikan, Anda tidak bisa kembali ke bagian ini."
    ]
    assert page.counter.text() == "Soal 21 dari 21"  # still there
    on_next_modal(answer_box("Selesaikan bagian ini", seen))
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert page.counter.text() == "Soal 1 dari 22"
    assert page.notice.text().startswith("Kosakata (もじ・ごい) sudah selesai. Sekarang:")
    page.clock.advance(minutes=30)  # type: ignore[attr-defined]
    page.advance_clock(40 * 60)  # the grammar and reading section ends by its clock
    if page.exam_view.isVisible():  # the course's listening items (being written now)
        assert page.exam_title.text().endswith("Mendengar (ちょうかい)")
        assert not page.back_button.isVisible()
        page.advance_clock(30 * 60)
    results = page.results_view
    assert results.isVisible()
    texts = visible_texts(results)
    result = page.finished.result if page.finished else None
    assert result is not None and result.passed is False  # listening: none answered
    assert f"Perkiraan nilai: {result.total} dari 180" in texts
    assert "Belum lulus" in texts
    assert any(t.startswith("Ini perkiraan.") for t in texts)  # the blueprint's note
    assert "minimal 38" in texts and "di bawah batas minimal" in texts
    assert any(t.startswith("Nilai acuan: Kosakata ") for t in texts)
    families = results.families.text().splitlines()
    assert families[0] == "Menyusun kalimat (★): benar 0 dari 4"  # the weakest first
    assert families[-4:] == [
        "Kalimat yang sama artinya: benar 2 dari 3",  # the last one, left open
        "Membaca kanji: benar 6 dari 7",  # the one mistake
        "Kata yang cocok: benar 6 dari 6",
        "Menulis (kanji, katakana): benar 5 dari 5",
    ]
    shot(page, "exams-jlpt-result")

    qtbot.mouseClick(results.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results.scroller.verticalScrollBar().value() > 0)  # brought into view
    review = visible_texts(results.review_box)
    chosen = f"{wrong + 1}. {missed.choice_texts[wrong]}"
    right = f"{missed.answer + 1}. {missed.choice_texts[missed.answer]}"
    assert f"Jawaban Anda: {chosen}" in review and f"Jawaban benar: {right}" in review
    assert f"{missed.answer + 1}: {missed.explanations[missed.answer].id}" in review
    assert f"{wrong + 1}: {missed.explanations[wrong].id}" in review
    # the review shows the stem as the test did: the word asked about underlined
    stems = results.review_box.findChildren(FuriganaText)
    target = "".join(piece.text for piece in missed.stem if piece.underline)
    assert target and [target] in [stem.underlined() for stem in stems if stem.isVisible()]
    assert "Jawaban Anda: tidak dijawab" in review  # the grammar section left open
    # every listening item (none answered) can be heard again, beside its transcript
    assert page.finished is not None
    listening = [q for _s, q in mistakes(page.finished.form, page.finished.answers) if q.audio]
    clips = [clip_path(q.audio) for q in listening if q.audio]
    assert listening and None not in clips  # the course's recordings, in resources/audio
    buttons = results.review_box.findChildren(AudioButton)
    assert [b.path for b in buttons] == clips
    assert all(b.isVisible() and b.parent().objectName() == "transcript" for b in buttons)
    assert {b.text() for b in buttons} == {"Dengarkan lagi"}
    played: list[Path] = []
    monkeypatch.setattr(shared_player(), "play", lambda path, turn_ends=(): played.append(path))
    qtbot.mouseClick(buttons[-1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons[-1], Qt.MouseButton.LeftButton)  # as often as wanted, here
    assert played == [clips[-1], clips[-1]]
    shot(page, "exams-jlpt-review")
    if SHOTS:
        results.scroller.ensureWidgetVisible(buttons[0], 0, 250)
        shot(page, "exams-jlpt-review-listening")

    # the mistake brought its word's flashcard forward: due now, in Kartu today
    with window.ctx.services.db.transaction() as s:
        card = s.scalars(select(Card).where(Card.item_id == missed.tested[0])).one()
        assert card.due is not None
        assert card.due.replace(tzinfo=UTC) == datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    qtbot.mouseClick(results.back_button, Qt.MouseButton.LeftButton)
    assert page.list_view.isVisible() and not page.banner.isVisible()
    card_view = next(c for c in page.cards if c.blueprint.id == "jlpt-n5")
    assert card_view.history_lines.text() == (
        f"{page.clock().astimezone().strftime('%d-%m-%Y %H:%M')} · paket 2 · "
        f"{result.total} dari 180 · Belum lulus"
    )


def view_button(page: ExamsPage, index: int) -> QPushButton:
    return page.question_view.choice_buttons[index]


def test_jft_flags_grid_language_and_locked_sections(qtbot: QtBot, window: MainWindow) -> None:
    page = open_exams(qtbot, window)
    start(qtbot, page, "jft-basic")  # drawn by the page's own worker
    attempt = page.attempt
    assert attempt is not None
    view = page.question_view
    assert page.clock_label.text() == "Sisa waktu 60:00"
    assert view.instruction_tr.text() == "Apa arti kata ini?"
    assert page.language_button.text() == "English"
    qtbot.mouseClick(page.language_button, Qt.MouseButton.LeftButton)
    assert view.instruction_tr.text() == "What does this word mean?"
    assert page.language_button.text() == "Bahasa Indonesia"
    assert page.back_button.text() == "← Kembali"  # the interface stays Indonesian

    press(qtbot, page, Qt.Key.Key_1)
    press(qtbot, page, Qt.Key.Key_PageDown)
    press(qtbot, page, Qt.Key.Key_F)
    assert page.flag_button.text() == "Hapus tanda (F)"
    cells = page.overview.cells
    assert len([c for c in cells if c.isVisible()]) == 12
    assert [c.property("state") for c in cells[:3]] == ["answered", "flagged", ""]
    assert cells[1].property("current") == "true"
    assert cells[1].toolTip() == "Soal 2: ditandai"
    shot(page, "exams-jft-grid")
    qtbot.mouseClick(cells[5], Qt.MouseButton.LeftButton)
    assert page.counter.text() == "Soal 6 dari 12"
    assert cells[5].property("current") == "true"

    seen: list[str] = []
    on_next_modal(answer_box("Selesaikan bagian ini", seen))
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("Masih ada 11 soal di bagian ini yang belum dijawab.")
    assert page.exam_title.text().endswith("Percakapan dan ungkapan")
    assert attempt.state.locked == {0}
    assert page.counter.text() == "Soal 1 dari 12" and not page.back_button.isEnabled()
    # the finished section's flag and answer stay as they were, out of reach
    assert [c.property("state") for c in cells[:2]] == ["", ""]
    assert page.clock_label.text() == "Sisa waktu 60:00"  # one clock for all sections

    page.advance_clock(60 * 60)  # time up ends the whole exam
    results = page.results_view
    assert results.isVisible()
    texts = visible_texts(results)
    assert any(t.startswith("Perkiraan nilai: ") and "(skala 10–250)" in t for t in texts)
    assert "Untuk sementara masih di bawah level A1" in texts
    assert any(t.startswith("Ini perkiraan kasar") for t in texts)
    assert results.notice.text().startswith("Waktu untuk Percakapan dan ungkapan sudah habis.")
    shot(page, "exams-jft-result")


def test_a_crash_mid_exam_loses_nothing_and_resumes_with_the_time_left(
    qtbot: QtBot, window: MainWindow, quick_forms: None
) -> None:
    from nihongoku.app import build_window

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    first = build_window(app, window.ctx.services, window.ctx.font_family, window.ctx.language)
    first.show()
    qtbot.waitExposed(first)
    page = open_exams(qtbot, first)
    start(qtbot, page, "jlpt-n5")
    press(qtbot, page, Qt.Key.Key_2)
    press(qtbot, page, Qt.Key.Key_PageDown)
    press(qtbot, page, Qt.Key.Key_PageDown)
    press(qtbot, page, Qt.Key.Key_4)
    page.advance_clock(125.0)  # more than the 5 s between saves
    answers = dict(page.attempt.state.answers)  # type: ignore[union-attr]
    shiboken6.delete(first)  # the laptop's battery dies: no close, no goodbye
    QCoreApplication.processEvents()

    page = open_exams(qtbot, window)
    assert page.banner.isVisible()
    qtbot.waitUntil(page.resume_button.isVisible)  # once the form is drawn and compared
    assert page.banner_text.text().startswith(
        "Ada ujian yang belum selesai: Simulasi JLPT N5, paket 1 (terakhir disimpan "
    )
    assert page.resume_button.text() == "&Lanjutkan ujian (sisa 17:55)"
    shot(page, "exams-resume-offer")
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    attempt = page.attempt
    assert attempt is not None and page.exam_view.isVisible()
    assert page.counter.text() == "Soal 3 dari 21"
    assert page.clock_label.text() == "Sisa waktu 17:55"
    assert attempt.state.answers == answers
    assert page.question_view.choice_buttons[3].property("state") == "chosen"
    assert (
        page.notice.text() == "Selamat datang kembali: ujian dilanjutkan dari tempat terakhir Anda."
    )


def test_a_changed_exam_cannot_resume_and_is_discarded_after_asking(
    qtbot: QtBot, window: MainWindow, quick_forms: None
) -> None:
    services = window.ctx.services
    learner = services.profiles.create_learner("Budi")
    from nihongoku.core.exams.attempt import ExamAttempt
    from nihongoku.core.exams.store import ExamStore

    store = ExamStore(services.db)
    attempt = ExamAttempt(drawn("jft-basic")[1])
    attempt_id = store.start(learner.id, attempt, datetime(2026, 11, 30, 2, tzinfo=UTC))
    with services.db.transaction() as s:  # as if the course changed under it since
        from nihongoku.core.store.models import ExamAttempt as AttemptRow

        row = s.get(AttemptRow, attempt_id)
        assert row is not None
        row.fingerprint = "0" * 16
    page = open_exams(qtbot, window, "Budi")
    qtbot.waitUntil(lambda: "sudah berubah" in page.banner_text.text())
    assert page.banner.isVisible() and not page.resume_button.isVisible()
    assert "sudah berubah" in page.banner_text.text()
    shot(page, "exams-changed")
    seen: list[str] = []
    on_next_modal(answer_box("Batal", seen))
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert page.banner.isVisible() and len(store.unfinished(learner.id)) == 1
    on_next_modal(answer_box("Buang", seen))
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("Buang ujian yang belum selesai?")
    assert not page.banner.isVisible() and store.unfinished(learner.id) == []
    assert store.history(learner.id) == []  # discarded: no score


def listening_form(exam_id: str = "jlpt-n5") -> ExamForm:
    """A JLPT form of an empty grammar section and a listening with two items whose
    choices are only heard: the first has its recording, the second not yet."""
    base: Blueprint = blueprint(exam_id)
    grammar, section = base.spec.sections[1:]

    def item(n: int, audio: str) -> PracticeQuestion:
        choices = tuple((Ruby(text),) for text in ("みず", "おちゃ", "ジュース"))
        return PracticeQuestion(
            id=f"test-listen-{n}.1",
            family="listening-task",
            level="n5",
            tested=(),
            instruction=INSTRUCTIONS["listening-task"],  # type: ignore[index]
            passage=None,
            passage_translation=None,
            stem=(Ruby("おんなの ひとは なにを のみますか。"),),
            choices=choices,
            answer=1,
            explanations=tuple(Bilingual(id=f"Pilihan {k}", en=f"Choice {k}") for k in (1, 2, 3)),
            audio=audio,
            spoken_choices=True,
            script=(Turn("F", (Ruby("おちゃを ください。"),)),),
            script_translation=Bilingual(id="Minta teh.", en="Tea, please."),
        )

    empty = FormSection(grammar, (FormMondai(1, grammar.mondai[0], ()),))
    mondai = FormMondai(1, section.mondai[0], (item(1, "clip-one"), item(2, "clip-two")))
    return ExamForm(base, 1, (empty, FormSection(section, (mondai,))))


def test_jlpt_listening_plays_once_pauses_and_moves_on_by_itself(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from nihongoku.ui.pages import exams

    clip = tmp_path / "clip-one.ogg"
    clip.write_bytes(b"")
    monkeypatch.setattr(exams, "clip_path", lambda clip_id: clip if clip_id == "clip-one" else None)
    forms = [listening_form(), listening_form()]
    monkeypatch.setattr(exam_forms, "draw_forms", lambda _b, _course: forms)
    page = open_exams(qtbot, window)
    played: list[Path] = []
    page.play_clip = played.append
    start(qtbot, page, "jlpt-n5")
    view = page.question_view
    assert page.notice.text() == (
        "Tata bahasa dan membaca (ぶんぽう・どっかい) belum punya soal, jadi dilewati."
    )
    assert page.exam_title.text().endswith("Mendengar (ちょうかい)")
    assert played == [clip]  # by itself, at once
    assert view.listening.text() == "Dengarkan…" and not view.countdown.isVisible()
    assert not page.back_button.isVisible()
    # the sentence and the replies are heard, not read
    assert [b.text() for b in view.choice_buttons if b.isVisible()] == ["1", "2", "3"]
    assert not view.stem.isVisible()
    page.clip_finished()
    assert view.listening.text() == "Rekaman sudah diputar."
    assert view.countdown.text() == "Soal berikutnya dalam 10 detik"
    press(qtbot, page, Qt.Key.Key_2)
    page.advance_clock(4)
    assert view.countdown.text() == "Soal berikutnya dalam 6 detik"
    shot(page, "exams-listening")
    page.advance_clock(6.5)  # the pause is over: the next question, without a key
    assert page.counter.text() == "Soal 2 dari 2"
    assert played == [clip]  # the first clip never again
    assert view.listening.text() == "Audio belum tersedia: jawab sebisa Anda dari teks yang ada."
    assert view.countdown.text() == "Soal berikutnya dalam 10 detik"
    # without its recording the item shows its text, so that it can still be answered
    assert view.stem.isVisible() and view.stem.text() == "おんなの ひとは なにを のみますか。"
    assert [b.text() for b in view.choice_buttons if b.isVisible()] == [
        "1.  みず",
        "2.  おちゃ",
        "3.  ジュース",
    ]
    press(qtbot, page, Qt.Key.Key_PageUp)  # no way back
    assert page.counter.text() == "Soal 2 dari 2"
    press(qtbot, page, Qt.Key.Key_PageDown)  # the learner moves on: the section (and exam) ends
    results = page.results_view
    assert results.isVisible()
    qtbot.mouseClick(results.review_button, Qt.MouseButton.LeftButton)
    review = visible_texts(results.review_box)
    assert "Transkrip" in review and "Minta teh." in review
    assert "Jawaban Anda: tidak dijawab" in review and "Jawaban benar: 2. おちゃ" in review


def test_every_exam_screen_goes_through_translation(
    qtbot: QtBot, window: MainWindow, quick_forms: None
) -> None:
    page = open_exams(qtbot, window)
    window.ctx.language.install_custom(PseudoTranslator())
    QCoreApplication.processEvents()
    data = {"Ani", "Ani — Nihongoku", "Nihongoku", "English", "Bahasa Indonesia"}
    data |= {c.form_choice.currentText() for c in page.cards} - {""}
    data |= {str(n) for n in range(1, 13)}
    found = [t for t in visible_texts(page.list_view) if "⟦" not in t]
    titles = {t for b in page.blueprints for t in (b.spec.title.id, b.spec.description.id)}
    titles |= {t for b in page.blueprints for t in (b.spec.title.en, b.spec.description.en)}
    assert [t for t in found if t not in titles and t not in data] == []
    start(qtbot, page, "jft-basic")
    attempt = page.attempt
    assert attempt is not None
    question = attempt.current
    assert question is not None
    view = page.question_view
    content = {view.instruction_ja.text(), view.instruction_tr.text(), view.mondai_line.text()}
    content |= {b.text() for b in view.choice_buttons}
    content |= {page.exam_title.text()}
    assert unmarked(visible_texts(page.exam_view), data | content) == []
    page.advance_clock(3600)
    texts = visible_texts(page.results_view)
    spec = attempt.form.blueprint.spec
    groups = {text for g in spec.scoring for text in (g.title.id, g.title.en)}
    note = spec.estimate_note
    assert unmarked(texts, data | groups | {note.id, note.en, "⟦Below level A1 for now⟧"}) == []


def test_the_clock_runs_on_measured_time_and_stops_while_the_page_is_away(
    qtbot: QtBot, window: MainWindow, quick_forms: None
) -> None:
    page = open_exams(qtbot, window)
    now = [100.0]
    page.monotonic = lambda: now[0]
    start(qtbot, page, "jft-basic")
    now[0] += 30.0  # the next timer tick measures half a minute
    qtbot.waitUntil(lambda: page.clock_label.text() == "Sisa waktu 59:30", timeout=3000)
    saved = page.store.unfinished(page.profile.id)[0].state
    assert saved.elapsed == {"exam": 30.0}  # more than 5 s since the last save: saved
    press(qtbot, page, Qt.Key.Key_3)
    workspace = window.workspace
    assert workspace is not None
    now[0] += 2.0
    workspace.show_page("home")  # leaving the page saves and stops the clock
    assert not page.timer.isActive()
    assert page.store.unfinished(page.profile.id)[0].state.elapsed == {"exam": 32.0}
    now[0] += 600.0  # ten minutes on other pages
    workspace.show_page("exams")
    assert page.exam_view.isVisible() and page.timer.isActive()
    now[0] += 1.0
    qtbot.waitUntil(lambda: page.clock_label.text() == "Sisa waktu 59:27", timeout=3000)


def test_jft_listening_plays_each_clip_once_when_the_learner_asks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from nihongoku.ui.pages import exams

    clip = tmp_path / "clip-one.ogg"
    clip.write_bytes(b"")
    monkeypatch.setattr(exams, "clip_path", lambda clip_id: clip)
    base = blueprint("jft-basic")
    listening = base.spec.sections[2]
    item = listening_form().sections[1].questions[0]
    jft = ExamForm(
        base, 1, (FormSection(listening, (FormMondai(1, listening.mondai[0], (item,)),)),)
    )
    monkeypatch.setattr(exam_forms, "draw_forms", lambda _b, _course: [jft, jft])
    page = open_exams(qtbot, window)
    played: list[Path] = []
    page.play_clip = played.append
    start(qtbot, page, "jft-basic")
    view = page.question_view
    assert played == [] and view.play_button.isEnabled()  # waits for the learner
    assert view.listening.text() == "Rekaman hanya diputar sekali. Dengarkan baik-baik."
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    assert played == [clip] and not view.play_button.isEnabled()
    page.clip_finished()
    assert not view.play_button.isVisible() and view.listening.text() == "Rekaman sudah diputar."
    assert not view.countdown.isVisible()  # no answer pause: the clock is the exam's
    assert page.store.unfinished(page.profile.id)[0].state.played == {item.id}


def test_a_form_is_saved_for_printing_from_its_card(
    qtbot: QtBot,
    window: MainWindow,
    quick_forms: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    page = open_exams(qtbot, window)
    target = tmp_path / "kelas" / "jlpt-paket-2"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    card = next(c for c in page.cards if c.blueprint.id == "jlpt-n5")
    card.form_choice.setCurrentIndex(1)
    assert card.print_button.text() == "Simpan untuk dicetak…"
    qtbot.mouseClick(card.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved_note.isVisible(), timeout=20_000)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert page.saved_note.text().startswith(f"Tersimpan: {saved} (")
    assert page.list_view.isVisible()  # printing does not start the exam
