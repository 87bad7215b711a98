"""Ujian: timed mock exams in the formats of the JLPT N5, the JFT-Basic and the
internship selection, with the test's rules, a result on the test's scale and a review.

The rules are nihongoku.core.exams.attempt.ExamAttempt; this page shows it and passes
the learner's actions on. Instructors also create, edit and delete their own tests here
(dialogs/test_builder.py); everyone takes those like the built-in exams. Every change is
saved (ExamStore), so closing the app or a crash mid-exam loses nothing: the list offers
to resume with the time that was left.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.audio import clip_path
from nihongoku.core.exams.attempt import ExamAttempt, ExamRuleError
from nihongoku.core.exams.blueprint import Blueprint, ExamKind, load_blueprints
from nihongoku.core.exams.forms import ExamForm, FormMondai
from nihongoku.core.exams.store import ExamStore, SavedAttempt
from nihongoku.core.practice.results import PracticeResults
from nihongoku.core.profile_info import ProfileInfo
from nihongoku.core.store.types import utc_now
from nihongoku.paths import is_custom
from nihongoku.ui.context import UiContext
from nihongoku.ui.i18n import LANGUAGE_NAMES, is_language_change
from nihongoku.ui.labels import in_language
from nihongoku.ui.pages.exam_forms import FormShelf
from nihongoku.ui.widgets import frame, label, set_state
from nihongoku.ui.widgets.exam_card import ExamCard
from nihongoku.ui.widgets.exam_overview import OverviewGrid
from nihongoku.ui.widgets.exam_question import Clip, ExamQuestionView, QuestionScreen
from nihongoku.ui.widgets.exam_results import ExamResultsView, FinishedExam
from nihongoku.ui.widgets.wrapped_label import WrappedLabel

SAVE_EVERY = 5.0  # seconds of exam time between saves (every action saves at once too)
LOW_TIME = 5 * 60  # the clock turns red
POLL_MS = 50
CHOICE_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
PAGE_STYLE = """
QLabel#clock { font-size: 15pt; font-weight: bold; color: #2b2b2b; }
QLabel#clock[state="low"] { color: #b3261e; }
QLabel#notice { background: #fff3cd; border: 1px solid #e0c36a; border-radius: 6px;
                padding: 6px 10px; }
QFrame#banner { background: #fff3cd; border: 1px solid #e0c36a; border-radius: 8px; }
"""


def mm_ss(seconds: float) -> str:
    """Time left as the test's clock shows it; a part second still counts as one."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def mondai_of(attempt: ExamAttempt) -> FormMondai | None:
    question = attempt.current
    for mondai in attempt.section.mondai:
        if question is not None and any(q.id == question.id for q in mondai.questions):
            return mondai
    return None


class ExamsPage(QWidget):
    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.store = ExamStore(ctx.services.db)
        self.results = PracticeResults(ctx.services.db)
        self.clock: Callable[[], datetime] = utc_now  # a test may put a fake clock here
        self.monotonic: Callable[[], float] = time.monotonic  # what the 1 s timer measures
        self.play_clip: Callable[[Path], None] = self._play_on_shared_player
        self.stop_clip: Callable[[], None] = self._stop_shared_player
        self.blueprints, self.problems = load_blueprints()
        self.shelf = FormShelf(ctx.course)
        self.attempt: ExamAttempt | None = None
        self.attempt_id: int | None = None
        self.unfinished: SavedAttempt | None = None
        self.finished: FinishedExam | None = None
        self.instruction_language = self._interface_language()
        self._banner = ""  # "", "checking", "resume", "changed", "gone"
        self._notice = ""
        self._since_save = 0.0
        self._last_tick: float | None = None
        self._clip = Clip.NONE
        self._pause_left: float | None = None
        self._waiting: list[tuple[Blueprint, Callable[[list[ExamForm]], None], bool]] = []
        self._player_hooked = False
        self.setStyleSheet(PAGE_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._on_timer)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll_forms)

        self.stack = QStackedWidget()
        self.list_view = self._build_list()
        self.exam_view = self._build_exam()
        self.results_view = ExamResultsView(self._interface_language)
        self.results_view.back.connect(self.show_list)
        for view in (self.list_view, self.exam_view, self.results_view):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    # -- building ------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        self.title = label("", "pageTitle")
        self.intro = WrappedLabel("hint")
        self.banner = frame("banner")
        self.banner_text = WrappedLabel()
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self.resume)
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard)
        banner_buttons = QHBoxLayout()
        banner_buttons.addWidget(self.resume_button)
        banner_buttons.addWidget(self.discard_button)
        banner_buttons.addStretch(1)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text)
        banner_layout.addLayout(banner_buttons)
        self.banner.setVisible(False)
        self.busy_text = label("", "hint")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # drawing a form has no steps to count
        self.busy.setMaximumWidth(200)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_text)
        busy_row.addWidget(self.busy)
        busy_row.addStretch(1)
        self.busy_text.setVisible(False)
        self.busy.setVisible(False)
        self.list_error = WrappedLabel("errorText")
        self.saved_note = WrappedLabel("hint")
        self.saved_note.setVisible(False)
        self.cards: list[ExamCard] = []
        self._own: list[tuple[QLabel, QPushButton, QPushButton]] = []  # instructors' tests
        cards = QWidget()
        self.cards_layout = QVBoxLayout(cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self._fill_cards()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_test)
        self.create_button.setVisible(self.profile.is_instructor)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.create_button)
        scroll = self.cards_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(cards)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addLayout(busy_row)
        layout.addWidget(self.list_error)
        layout.addWidget(self.saved_note)
        layout.addWidget(scroll, 1)
        return view

    def _fill_cards(self) -> None:
        """A card per exam; an instructor's test says so, and instructors may change it."""
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards, self._own = [], []
        for blueprint in self.blueprints:
            card = ExamCard(blueprint, self._interface_language)
            card.start.connect(lambda number, b=blueprint: self.start_exam(b, number))
            card.print_form.connect(lambda number, b=blueprint: self.print_exam(b, number))
            if is_custom(blueprint.path):
                self._mark_own(card, blueprint)
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        self.cards_layout.addStretch(1)

    def _mark_own(self, card: ExamCard, blueprint: Blueprint) -> None:
        tag = label("", "hint")
        edit = QPushButton()
        edit.clicked.connect(lambda: self.edit_test(blueprint))
        delete = QPushButton()
        delete.clicked.connect(lambda: self.delete_test(blueprint))
        row = QHBoxLayout()
        row.addWidget(tag)
        row.addStretch(1)
        for button in (edit, delete):
            button.setVisible(self.profile.is_instructor)
            row.addWidget(button)
        layout = card.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, row)  # under the title
        self._own.append((tag, edit, delete))
        self._translate_own()

    def _translate_own(self) -> None:
        for tag, edit, delete in self._own:
            tag.setText(self.tr("Test from an instructor"))
            edit.setText(self.tr("Edit…"))
            delete.setText(self.tr("Delete…"))

    # -- instructors' own tests --------------------------------------------------------

    def create_test(self) -> None:
        self._open_builder(None)

    def edit_test(self, blueprint: Blueprint) -> None:
        self._open_builder(blueprint)

    def _open_builder(self, editing: Blueprint | None) -> None:
        from nihongoku.ui.dialogs.test_builder import ExamBuilderDialog

        dialog = ExamBuilderDialog(
            self._ctx.course,
            self.blueprints,
            editing=editing,
            author=self.profile.name,
            language=self._interface_language,
            parent=self,
        )
        if dialog.exec() and dialog.saved_path is not None:
            self.reload_exams()
            saved = self._blueprint(dialog.saved_path.stem)
            name = saved.spec.title if saved is not None else None
            self._say(
                self.tr("Saved the test %1.").replace(
                    "%1",
                    in_language(name, self._interface_language()) if name else "",
                )
            )
            card = next((c for c in self.cards if c.blueprint is saved), None)
            if card is not None:  # the new test is last on the list: show it
                QTimer.singleShot(0, self, lambda: self.cards_scroll.ensureWidgetVisible(card))

    def delete_test(self, blueprint: Blueprint) -> None:
        from nihongoku.core.exams.builder import BuildError, delete_test

        name = in_language(blueprint.spec.title, self._interface_language())
        if not self._confirm(
            self.tr("Delete the test"),
            self.tr(
                "Delete the test %1? Learners can no longer take it; results already "
                "recorded are kept. The file is moved to the trash folder."
            ).replace("%1", name),
            self.tr("Delete"),
        ):
            return
        try:
            delete_test(blueprint.path)
        except (BuildError, OSError) as exc:
            self.list_error.setVisible(True)
            self.list_error.setText(
                self.tr("Could not delete %1: %2").replace("%1", name).replace("%2", str(exc))
            )
            return
        self.reload_exams()
        self._say(self.tr("Deleted the test %1.").replace("%1", name))

    def reload_exams(self) -> None:
        """Read the exams again (a test was saved or deleted) and show the new list."""
        self.blueprints, self.problems = load_blueprints()
        self.shelf = FormShelf(self._ctx.course)  # a changed test is drawn again
        self._waiting = []
        self._fill_cards()
        self.refresh_list()

    def _say(self, text: str) -> None:
        self.saved_note.setVisible(True)
        self.saved_note.setText(text)

    def _build_exam(self) -> QWidget:
        self.exam_title = WrappedLabel("cardTitle")
        self.counter = label("", "hint")
        self.clock_label = label("", "clock")
        self.notice = WrappedLabel("notice")
        self.language_button = QPushButton()
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_button.clicked.connect(self.switch_instruction_language)
        self.question_view = ExamQuestionView()
        self.question_view.chosen.connect(self.choose)
        self.question_view.play_requested.connect(self.play)
        self.overview = OverviewGrid()
        self.overview.jump.connect(self.jump)
        self.back_button = QPushButton()
        self.flag_button = QPushButton()
        self.next_button = QPushButton()
        self.finish_button = QPushButton()
        for button, slot in (
            (self.back_button, self.go_back),
            (self.flag_button, self.toggle_flag),
            (self.next_button, self.go_next),
            (self.finish_button, self.finish_section),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page takes the keys
            button.clicked.connect(slot)
        self.keys_hint = WrappedLabel("hint")

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.exam_title)
        titles.addWidget(self.counter)
        header.addLayout(titles, 1)
        header.addWidget(self.language_button)
        header.addWidget(self.clock_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.flag_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(4, 4, 4, 4)  # the card's own padding is enough
        card_layout.addWidget(self.question_view, 1)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(card, 1)
        layout.addWidget(self.overview)
        layout.addLayout(buttons)
        layout.addWidget(self.keys_hint)
        return view

    # -- the list ------------------------------------------------------------------------

    def show_list(self) -> None:
        self.timer.stop()
        self.stack.setCurrentWidget(self.list_view)
        self.refresh_list()

    def refresh_list(self) -> None:
        history = self.store.history(self.profile.id)
        for card in self.cards:
            card.show_history([a for a in history if a.exam_id == card.blueprint.id])
        self.list_error.setVisible(bool(self.problems))
        self.list_error.setText("\n".join(str(p) for p in self.problems))
        self.check_unfinished()

    def check_unfinished(self) -> None:
        """Offer the newest attempt left open, if its form is still the same."""
        unfinished = self.store.unfinished(self.profile.id)
        self.unfinished = unfinished[0] if unfinished else None
        saved = self.unfinished
        if saved is None:
            self._show_banner("")
            return
        blueprint = self._blueprint(saved.exam_id)
        if blueprint is None:
            self._show_banner("gone")
            return
        forms = self._forms_or_wait(blueprint, lambda _forms: self.check_unfinished(), busy=False)
        if forms is None:
            self._show_banner("checking")
            return
        form = self._saved_form(saved, forms)
        self._show_banner("resume" if form is not None else "changed")

    def _saved_form(self, saved: SavedAttempt, forms: list[ExamForm]) -> ExamForm | None:
        """The form the attempt was started on, if the course still gives the same one."""
        if not 1 <= saved.form <= len(forms):
            return None
        form = forms[saved.form - 1]
        return form if form.fingerprint == saved.fingerprint else None

    def _show_banner(self, kind: str) -> None:
        self._banner = kind
        saved = self.unfinished
        self.banner.setVisible(bool(kind) and saved is not None)
        if not kind or saved is None:
            return
        blueprint = self._blueprint(saved.exam_id)
        name = (
            in_language(blueprint.spec.title, self._interface_language())
            if blueprint is not None
            else saved.exam_id
        )
        what = (
            self.tr("You have an unfinished exam: %1, form %2 (last saved %3).")
            .replace("%1", name)
            .replace("%2", str(saved.form))
            .replace("%3", saved.saved_at.astimezone().strftime("%d-%m-%Y %H:%M"))
        )
        self.resume_button.setVisible(kind == "resume")
        self.discard_button.setText(self.tr("&Discard"))
        if kind == "resume" and blueprint is not None:
            forms = self.shelf.ready(blueprint) or []
            form = self._saved_form(saved, forms)
            assert form is not None
            left = ExamAttempt(form, saved.state).remaining_seconds()
            self.resume_button.setText(
                self.tr("&Resume the exam (%1 left)").replace("%1", mm_ss(left))
            )
        elif kind == "checking":
            what += " " + self.tr("Checking it…")
        elif kind == "changed":
            what += " " + self.tr(
                "The exam's questions have changed since (the course was updated), so it "
                "cannot be resumed. Discard it and start again."
            )
        elif kind == "gone":
            what += " " + self.tr("This exam is no longer available. Discard it.")
        self.banner_text.setText(what)

    def start_exam(self, blueprint: Blueprint, number: int) -> None:
        saved = self.unfinished
        if saved is not None:
            if not self._confirm(
                self.tr("Start a new exam"),
                self.tr(
                    "You still have an unfinished exam. Starting a new one discards it. "
                    "Start anyway?"
                ),
                self.tr("Start a new exam"),
            ):
                return
            self.store.abandon(saved.id, self.clock())
            self.unfinished = None
            self._show_banner("")
        forms = self._forms_or_wait(blueprint, lambda f: self._begin(f[number - 1]), busy=True)
        if forms is not None:
            self._begin(forms[number - 1])

    def print_exam(self, blueprint: Blueprint, number: int) -> None:
        """The form on paper: booklet, answer sheet and key in one PDF, for an instructor
        to photocopy (or a learner to practise on paper)."""
        forms = self._forms_or_wait(blueprint, lambda f: self._save_pdf(f[number - 1]), busy=True)
        if forms is not None:
            self._save_pdf(forms[number - 1])

    def _save_pdf(self, form: ExamForm) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        suggested = Path.home() / f"{form.blueprint.id}-{form.number}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the exam for printing"), str(suggested), "PDF (*.pdf)"
        )
        if not chosen:
            return
        from nihongoku.printing.exam_paper import save_exam_pdf

        path = Path(chosen)
        # about 0.4 s for a JLPT form (21 pages): short enough to wait for, with a cursor
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = save_exam_pdf(form, path.with_suffix(".pdf"))
        except OSError as exc:
            self.list_error.setVisible(True)
            self.list_error.setText(
                self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.list_error.setVisible(False)
        self.saved_note.setVisible(True)
        self.saved_note.setText(
            self.tr("Saved %1 (%2 pages).")
            .replace("%1", str(path.with_suffix(".pdf")))
            .replace("%2", str(pages))
        )

    def _begin(self, form: ExamForm) -> None:
        attempt = ExamAttempt(form)
        attempt_id = self.store.start(self.profile.id, attempt, self.clock())
        self._open_attempt(attempt, attempt_id, "")

    def resume(self) -> None:
        saved = self.unfinished
        blueprint = self._blueprint(saved.exam_id) if saved is not None else None
        forms = self.shelf.ready(blueprint) if blueprint is not None else None
        form = self._saved_form(saved, forms) if saved is not None and forms else None
        if saved is None or form is None:
            self.check_unfinished()
            return
        attempt = ExamAttempt(form, saved.state)
        self._open_attempt(
            attempt, saved.id, self.tr("Welcome back: the exam goes on where you left it.")
        )

    def discard(self) -> None:
        saved = self.unfinished
        if saved is None:
            return
        if not self._confirm(
            self.tr("Discard the exam"),
            self.tr("Discard the unfinished exam? Its answers are not kept and it gets no score."),
            self.tr("Discard"),
        ):
            return
        self.store.abandon(saved.id, self.clock())
        self.check_unfinished()

    # -- drawing forms off the GUI thread ----------------------------------------------

    def _forms_or_wait(
        self, blueprint: Blueprint, then: Callable[[list[ExamForm]], None], *, busy: bool
    ) -> list[ExamForm] | None:
        """The forms now, or None and ``then`` once they are drawn."""
        try:
            forms = self.shelf.ready(blueprint)
        except Exception as exc:  # a broken lesson file must not end the app
            self._drawing_failed(exc)
            return None
        if forms is not None:
            self._show_form_problems(forms)
            return forms
        self._waiting.append((blueprint, then, busy))
        self._render_busy()
        self.poll.start()
        return None

    def _poll_forms(self) -> None:
        waiting, self._waiting = self._waiting, []
        for blueprint, then, busy in waiting:
            try:
                forms = self.shelf.ready(blueprint)
            except Exception as exc:
                self._drawing_failed(exc)
                continue
            if forms is None:
                self._waiting.append((blueprint, then, busy))
            elif self.stack.currentWidget() is self.list_view:
                self._show_form_problems(forms)
                then(forms)  # not when the learner has moved on meanwhile
        if not self._waiting:
            self.poll.stop()
        self._render_busy()

    def _show_form_problems(self, forms: list[ExamForm]) -> None:
        """An instructor's test asking for questions the course no longer has: said, with
        the file and line to fix; the test goes on with the questions that are left."""
        problems = [str(p) for form in forms for p in form.problems]
        if problems:
            self.list_error.setVisible(True)
            self.list_error.setText("\n".join(dict.fromkeys(problems)))

    def _drawing_failed(self, error: Exception) -> None:
        self.list_error.setVisible(True)
        self.list_error.setText(
            self.tr("The exam could not be prepared: %1").replace("%1", str(error))
        )

    def _render_busy(self) -> None:
        busy = any(wanted for _b, _then, wanted in self._waiting)
        self.busy_text.setVisible(busy)
        self.busy.setVisible(busy)
        self.busy_text.setText(self.tr("Preparing the questions…"))
        for card in self.cards:
            card.start_button.setEnabled(not busy)

    # -- taking the exam -------------------------------------------------------------

    def _open_attempt(self, attempt: ExamAttempt, attempt_id: int, notice: str) -> None:
        self.attempt = attempt
        self.attempt_id = attempt_id
        self.unfinished = None
        self._show_banner("")
        self.instruction_language = self._interface_language()
        self.stack.setCurrentWidget(self.exam_view)
        skipped = self._skip_empty_sections()
        self._notice = " ".join(t for t in (notice, skipped) if t)
        if attempt.state.finished:
            self._finish_exam(self._notice)
            return
        self._enter_question()
        self._save()
        self._render_exam()
        self._start_clock()
        self.setFocus()

    def _skip_empty_sections(self) -> str:
        """Sections the course has no questions for yet (listening, while it is being
        written) are passed over, saying so."""
        attempt = self.attempt
        skipped = []
        while attempt is not None and not attempt.state.finished and not attempt.questions:
            skipped.append(self._section_title())
            attempt.finish_section()
        if not skipped:
            return ""
        return self.tr("%1 has no questions yet and was skipped.").replace("%1", ", ".join(skipped))

    def _start_clock(self) -> None:
        self._last_tick = self.monotonic()
        if self.isVisible():
            self.timer.start()

    def _on_timer(self) -> None:
        now = self.monotonic()
        last = self._last_tick if self._last_tick is not None else now
        self._last_tick = now
        self.advance_clock(now - last)

    def advance_clock(self, seconds: float) -> None:
        """Count ``seconds`` of exam time: the timer calls this with the time it measured."""
        attempt = self.attempt
        if attempt is None or attempt.state.finished or seconds <= 0:
            return
        section = self._section_title()
        if attempt.tick(seconds):
            self._section_over(self.tr("Time is up for %1.").replace("%1", section))
            return
        self._since_save += seconds
        if self._pause_left is not None:
            self._pause_left -= seconds
            if self._pause_left <= 0:
                self._pause_left = None
                self.move_on()
                return
        if self._since_save >= SAVE_EVERY:
            self._save()
        self._render_clock()
        if self._pause_left is not None:
            self._render_question()

    def _section_over(self, notice: str) -> None:
        """The section just ended (its clock, or the learner): the next one, or the result."""
        attempt = self.attempt
        if attempt is None:
            return
        skipped = self._skip_empty_sections()
        notice = " ".join(t for t in (notice, skipped) if t)
        if attempt.state.finished:
            self._finish_exam(notice)
            return
        now = self.tr("Now: %1.").replace("%1", self._section_title())
        self._notice = f"{notice} {now}".strip()
        self._enter_question()
        self._save()
        self._render_exam()

    def _finish_exam(self, notice: str) -> None:
        attempt, attempt_id = self.attempt, self.attempt_id
        if attempt is None or attempt_id is None:
            return
        self.timer.stop()
        self._stop_playing()
        result = self.store.finish(self.profile.id, attempt_id, attempt, self.clock(), self.results)
        self.finished = FinishedExam(attempt.form, dict(attempt.state.answers), result)
        self.attempt = None
        self.attempt_id = None
        self.results_view.show_result(self.finished, notice)
        self.stack.setCurrentWidget(self.results_view)
        self.results_view.back_button.setFocus()

    def _save(self) -> None:
        if self.attempt is not None and self.attempt_id is not None:
            self.store.save(self.attempt_id, self.attempt, self.clock())
        self._since_save = 0.0

    def _after_move(self) -> None:
        self._notice = ""
        self._enter_question()
        self._save()
        self._render_exam()

    # the learner's actions: each asks the attempt, saves, and shows the outcome

    def choose(self, index: int) -> None:
        attempt = self.attempt
        question = attempt.current if attempt is not None else None
        if attempt is None or question is None or index >= len(question.choices):
            return
        try:
            attempt.answer(index)
        except ExamRuleError:
            return
        self._save()
        self._render_exam()

    def go_next(self) -> None:
        attempt = self.attempt
        if attempt is None or attempt.current is None:
            return
        if attempt.section.spec.forward_only:
            self.move_on()
        elif attempt.next():
            self._after_move()

    def go_back(self) -> None:
        if self.attempt is not None and self.attempt.current is not None and self.attempt.back():
            self._after_move()

    def jump(self, position: int) -> None:
        if self.attempt is None or self.attempt.current is None:
            return
        try:
            self.attempt.go_to(position)
        except ExamRuleError:
            return
        self._after_move()

    def move_on(self) -> None:
        """Forward-only sections: the next question, and after the last the next section."""
        attempt = self.attempt
        if attempt is None or attempt.current is None:
            return
        if attempt.next():
            self._after_move()
            return
        section = self._section_title()
        attempt.finish_section()
        self._section_over(self.tr("%1 is finished.").replace("%1", section))

    def toggle_flag(self) -> None:
        attempt = self.attempt
        if attempt is None or attempt.current is None or not attempt.one_clock:
            return
        attempt.toggle_flag()
        self._save()
        self._render_exam()

    def finish_section(self) -> None:
        attempt = self.attempt
        if attempt is None or attempt.state.finished:
            return
        last = attempt.state.section + 1 >= len(attempt.form.sections)
        left = attempt.unanswered()
        text = (
            self.tr("%1 question(s) of this section are not answered yet.").replace("%1", str(left))
            if left
            else self.tr("Every question of this section is answered.")
        )
        text += " " + (
            self.tr("Finishing it ends the exam and shows your result.")
            if last
            else self.tr("After finishing you cannot come back to this section.")
        )
        if not self._confirm(self.tr("Finish this section"), text, self.tr("Finish this section")):
            return
        section = self._section_title()
        attempt.finish_section()
        self._section_over(self.tr("%1 is finished.").replace("%1", section))

    def switch_instruction_language(self) -> None:
        self.instruction_language = "en" if self.instruction_language == "id" else "id"
        self._render_exam()

    # -- listening -----------------------------------------------------------------------

    def _enter_question(self) -> None:
        """A question is shown: a JLPT listening clip plays once by itself, then the
        answer pause runs; a JFT clip waits for the learner's Play (once, as on the test)."""
        self._stop_playing()
        self._pause_left = None
        attempt = self.attempt
        question = attempt.current if attempt is not None else None
        if attempt is None or question is None or question.audio is None:
            self._clip = Clip.NONE
            return
        forward_only = attempt.section.spec.forward_only
        path = clip_path(question.audio)
        if path is None or question.id in attempt.state.played:
            self._clip = Clip.MISSING if path is None else Clip.PLAYED
            if forward_only:
                self._start_pause()
        elif forward_only:
            self._play(path)
        else:
            self._clip = Clip.READY

    def play(self) -> None:
        attempt = self.attempt
        question = attempt.current if attempt is not None else None
        if question is None or question.audio is None or self._clip is not Clip.READY:
            return
        path = clip_path(question.audio)
        if path is not None:
            self._play(path)
            self._save()
            self._render_exam()

    def _play(self, path: Path) -> None:
        assert self.attempt is not None
        self.attempt.played()  # once heard, never again: also after a crash
        self._clip = Clip.PLAYING
        self.play_clip(path)

    def clip_finished(self) -> None:
        """The clip ended (the player says so): the answer pause starts."""
        attempt = self.attempt
        if attempt is None or self._clip is not Clip.PLAYING:
            return
        self._clip = Clip.PLAYED
        if attempt.section.spec.forward_only:
            self._start_pause()
        self._render_exam()

    def _start_pause(self) -> None:
        assert self.attempt is not None
        self._pause_left = float(self.attempt.section.spec.answer_seconds)

    def _stop_playing(self) -> None:
        if self._clip is Clip.PLAYING:
            self.stop_clip()
            self._clip = Clip.PLAYED

    def _play_on_shared_player(self, path: Path) -> None:
        from nihongoku.ui.widgets.audio_button import shared_player  # QtMultimedia: on use

        player = shared_player()
        if not self._player_hooked:
            player.player.mediaStatusChanged.connect(self._media_status)
            self._player_hooked = True
        player.play(path)

    def _stop_shared_player(self) -> None:
        from nihongoku.ui.widgets.audio_button import shared_player

        shared_player().stop()

    def _media_status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        ended = (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
        if status in ended:
            self.clip_finished()

    # -- showing the exam ----------------------------------------------------------------

    def _render_exam(self) -> None:
        attempt = self.attempt
        if attempt is None or attempt.state.finished:
            return
        code = self._interface_language()
        section = attempt.section
        spec = attempt.form.blueprint.spec
        self.exam_title.setText(
            f"{in_language(spec.title, code)}  ·  {in_language(section.spec.title, code)}"
        )
        total = len(attempt.questions)
        self.counter.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(attempt.state.position + 1))
            .replace("%2", str(total))
        )
        self.notice.setVisible(bool(self._notice))
        self.notice.setText(self._notice)
        self._render_question()
        forward_only = section.spec.forward_only
        position = attempt.state.position
        self.back_button.setVisible(not forward_only)
        self.back_button.setEnabled(position > 0)
        self.back_button.setText(self.tr("← Back"))
        self.next_button.setEnabled(forward_only or position + 1 < total)
        self.next_button.setText(self.tr("Next →"))
        one_clock = attempt.one_clock
        question = attempt.current
        flagged = question is not None and question.id in attempt.state.flags
        self.flag_button.setVisible(one_clock)
        self.flag_button.setText(self.tr("Remove flag (F)") if flagged else self.tr("Flag (F)"))
        self.overview.setVisible(one_clock)
        if one_clock:
            self.overview.show_cells([(a, f) for _q, a, f in attempt.overview()], position)
        self.language_button.setVisible(attempt.kind is ExamKind.JFT)
        other = "en" if self.instruction_language == "id" else "id"
        self.language_button.setText(LANGUAGE_NAMES[other])
        self.language_button.setToolTip(self.tr("Show the instructions in another language"))
        self.finish_button.setText(self.tr("Finish this section"))
        if forward_only:
            hint = self.tr("1–4: answer. The recording plays once; then the next question.")
        elif one_clock:
            hint = self.tr("1–4: answer. PgUp/PgDn or Alt+←/→: back and next. F: flag.")
        else:
            hint = self.tr("1–4: answer. PgUp/PgDn or Alt+←/→: back and next.")
        self.keys_hint.setText(hint)
        self._render_clock()

    def _render_question(self) -> None:
        attempt = self.attempt
        question = attempt.current if attempt is not None else None
        mondai = mondai_of(attempt) if attempt is not None else None
        if attempt is None or question is None or mondai is None:
            return
        countdown = None if self._pause_left is None else math.ceil(self._pause_left)
        self.question_view.show_question(
            QuestionScreen(
                question=question,
                mondai=mondai.number,
                instruction=mondai.spec.instruction,
                language=self._interface_language(),
                instruction_language=self.instruction_language,
                chosen=attempt.state.answers.get(question.id),
                clip=self._clip,
                countdown=countdown,
            )
        )

    def _render_clock(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        left = attempt.remaining_seconds()
        self.clock_label.setText(self.tr("Time left %1").replace("%1", mm_ss(left)))
        set_state(self.clock_label, "low" if left <= LOW_TIME else "")

    def _section_title(self) -> str:
        if self.attempt is None:
            return ""
        return in_language(self.attempt.section.spec.title, self._interface_language())

    # -- plumbing ------------------------------------------------------------------------

    def _blueprint(self, exam_id: str) -> Blueprint | None:
        return next((b for b in self.blueprints if b.id == exam_id), None)

    def _interface_language(self) -> str:
        return "en" if self._ctx.language.code == "en" else "id"

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if self.stack.currentWidget() is not self.exam_view:
            super().keyPressEvent(event)
        elif key in CHOICE_KEYS:
            self.choose(CHOICE_KEYS.index(key))
        elif key == Qt.Key.Key_PageDown or (alt and key == Qt.Key.Key_Right):
            self.go_next()
        elif key == Qt.Key.Key_PageUp or (alt and key == Qt.Key.Key_Left):
            self.go_back()
        elif key == Qt.Key.Key_F:
            self.toggle_flag()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.list_view:
            self.refresh_list()
        elif self.attempt is not None and not self.timer.isActive():
            self._start_clock()  # back on the page: the clock goes on from here

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page (or closing the app) saves and stops the clock: the exam's time
        # counts only while it is on screen. A minimised window keeps it running.
        if not event.spontaneous() and self.attempt is not None:
            self._on_timer()
            self.timer.stop()
            self._stop_playing()
            self._save()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Mock exams"))
        self.create_button.setText(self.tr("&Create test…"))
        self.create_button.setToolTip(
            self.tr("A test from the course's lessons that learners take here like a mock exam")
        )
        self._translate_own()
        self.intro.setText(
            self.tr(
                "Timed exams in the format of the real tests, with questions from the course. "
                "Your answers are saved as you go: if the laptop turns off, you can go on "
                "where you were."
            )
        )
        self._show_banner(self._banner)
        self._render_busy()
        if self.stack.currentWidget() is self.exam_view:
            self._render_exam()
