"""Kartu: daily flashcard reviews. Choose what to study, reveal, rate 1–4, undo.

Scheduling, queues and storage are nihongoku.core.study; this page shows a session and
passes the learner's keys on. Every answer is on disk before the next card appears.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nihongoku.core.audio import audio_path
from nihongoku.core.content.course import LEVEL_ORDER, Course, Lesson, VocabEntry
from nihongoku.core.errors import StoreWriteError
from nihongoku.core.japanese import Ruby, kana_from_romaji, typed_answer_matches
from nihongoku.core.profile_info import NEW_PER_DAY_RANGE, ProfileInfo
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.faces import Ask, Face, face
from nihongoku.core.study.scheduling import Rating
from nihongoku.core.study.session import ReviewSession, Shown, StudyScope
from nihongoku.ui.context import UiContext
from nihongoku.ui.error_hook import show_user_error
from nihongoku.ui.fonts import japanese_font
from nihongoku.ui.i18n import is_language_change
from nihongoku.ui.labels import in_language, level_name
from nihongoku.ui.widgets import frame, label, set_state
from nihongoku.ui.widgets.furigana import FuriganaText

RATING_KEYS = {Qt.Key.Key_1: Rating.AGAIN, Qt.Key.Key_2: Rating.HARD}
RATING_KEYS |= {Qt.Key.Key_3: Rating.GOOD, Qt.Key.Key_4: Rating.EASY}

PAGE_STYLE = """
QPushButton#rating { min-height: 44px; min-width: 110px; border-radius: 8px; }
QPushButton#rating[rating="1"] { background: #fbe4e2; border: 1px solid #b3261e; }
QPushButton#rating[rating="2"] { background: #fff3dc; border: 1px solid #a86b00; }
QPushButton#rating[rating="3"] { background: #e3f1e4; border: 1px solid #2e7d32; }
QPushButton#rating[rating="4"] { background: #e2eefb; border: 1px solid #1f5fa8; }
QLabel#meaning { font-weight: bold; }
QLabel#counts { color: #5a5a5a; }
QLabel#typedResult[state="true"] { color: #2e7d32; font-weight: bold; }
QLabel#typedResult[state="false"] { color: #b3261e; font-weight: bold; }
"""


_WHOLE_COURSE: list[tuple[Course, StudyScope]] = []


def _whole_course(course: Course) -> StudyScope:
    """The course's card order, worked out once per loaded course (10,000 cards: ~30 ms)."""
    for known, scope in _WHOLE_COURSE:
        if known is course:
            return scope
    scope = StudyScope.whole_course(course)
    _WHOLE_COURSE[:] = [(course, scope)]
    return scope


def interval_text(interval: timedelta) -> str:
    """An interval as short as Anki's button labels: 10 min, 3 h, 4 d, 2 mo, 1.5 y."""
    minutes = interval.total_seconds() / 60
    if minutes < 1:
        return QCoreApplication.translate("FlashcardsPage", "<1 min")
    if minutes < 60:
        return QCoreApplication.translate("FlashcardsPage", "%1 min").replace(
            "%1", str(round(minutes))
        )
    hours = minutes / 60
    if hours < 24:
        return QCoreApplication.translate("FlashcardsPage", "%1 h").replace("%1", str(round(hours)))
    days = hours / 24
    if days < 30:
        return QCoreApplication.translate("FlashcardsPage", "%1 d").replace("%1", str(round(days)))
    if days < 365:
        return QCoreApplication.translate("FlashcardsPage", "%1 mo").replace(
            "%1", f"{days / 30:.1f}".rstrip("0").rstrip(".")
        )
    return QCoreApplication.translate("FlashcardsPage", "%1 y").replace(
        "%1", f"{days / 365:.1f}".rstrip("0").rstrip(".")
    )


class FlashcardsPage(QWidget):
    def __init__(self, ctx: UiContext, profile: ProfileInfo) -> None:
        super().__init__()
        self._ctx = ctx
        self.profile = profile
        self.course = ctx.course()
        self.store = ctx.services.study
        self.clock = utc_now  # a test may put a fake clock here
        self.session: ReviewSession | None = None
        self.revealed = False
        self._lessons: list[Lesson] = sorted(
            self.course.lessons, key=lambda lesson: lesson.sort_key
        )
        self.setStyleSheet(PAGE_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = label("", "pageTitle")
        self.stack = QStackedWidget()
        self.overview_view = self._build_overview()
        self.review_view = self._build_review()
        self.done_view = self._build_done()
        for view in (self.overview_view, self.review_view, self.done_view):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)
        self.retranslate()  # renders the overview too
        self._apply_fonts()
        self.stack.setCurrentWidget(self.overview_view)
        self.start_button.setFocus()

    # -- building -----------------------------------------------------------------

    def _build_overview(self) -> QWidget:
        self.today_title = label("", "sectionTitle")
        self.today_numbers = label("", "", wrap=True)
        self.leech_note = label("", "hint", wrap=True)
        self.scope_all = QRadioButton()
        self.scope_lesson = QRadioButton()
        self.scope_all.setChecked(True)
        self.lesson_choice = QComboBox()
        self.lesson_choice.setEnabled(False)
        self.scope_lesson.toggled.connect(self.lesson_choice.setEnabled)
        self.scope_level = QRadioButton()
        self.level_choice = QComboBox()
        self.level_choice.setEnabled(False)
        self.scope_level.toggled.connect(self.level_choice.setEnabled)
        self._levels = sorted(
            {lesson.level for lesson in self._lessons}, key=lambda level: LEVEL_ORDER[level]
        )
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(NEW_PER_DAY_RANGE.start, NEW_PER_DAY_RANGE.stop - 1)
        self.new_per_day.setValue(self.store.new_per_day(self.profile.id))
        self.new_per_day.valueChanged.connect(self._new_per_day_changed)
        self.new_per_day_label = label()
        self.class_note = label("", "hint")
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_to_anki)

        lesson_row = QHBoxLayout()
        lesson_row.addWidget(self.scope_lesson)
        lesson_row.addWidget(self.lesson_choice, 1)
        level_row = QHBoxLayout()
        level_row.addWidget(self.scope_level)
        level_row.addWidget(self.level_choice, 1)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.new_per_day)
        limit_row.addWidget(self.class_note, 1)
        form = QFormLayout()
        form.addRow(self.new_per_day_label, limit_row)
        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.today_title)
        card_layout.addWidget(self.today_numbers)
        card_layout.addWidget(self.leech_note)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.scope_all)
        card_layout.addLayout(level_row)
        card_layout.addLayout(lesson_row)
        card_layout.addLayout(form)
        card_layout.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        card_layout.addLayout(buttons)
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(card)
        view_layout.addStretch(1)
        return view

    def _build_review(self) -> QWidget:
        self.counts = label("", "counts")
        self.furigana_toggle = QCheckBox()
        self.furigana_toggle.setChecked(True)
        self.furigana_toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.furigana_toggle.toggled.connect(lambda _on: self._render())
        self.stop_button = QPushButton()
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_button.clicked.connect(self.show_overview)

        self.question = label("", "hint")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.front_japanese = FuriganaText(scale=3.0)
        self.front_meaning = label("", "prompt", wrap=True)
        self.front_meaning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Listening cards: the front is the sound; a big button plays it again.
        self.front_play = QPushButton()
        self.front_play.setObjectName("bigPlay")
        self.front_play.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.front_play.setMinimumHeight(64)
        self.front_play.clicked.connect(self.play_audio)
        # Recall cards: type the Japanese (romaji shown as kana while typing), Enter checks.
        self.typed = QLineEdit()
        self.typed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.typed.setMaxLength(40)
        self.typed.setMinimumWidth(360)
        self.typed.textChanged.connect(self._typed_changed)
        # Enter checks the answer. QLineEdit passes Enter on to its parent after
        # returnPressed, where it would also rate the card: take it here instead.
        self.typed.installEventFilter(self)
        self.typed_preview = label("", "hint")
        self.typed_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.typed_result = label("", "typedResult", wrap=True)
        self.typed_result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.typing_row = QWidget()
        typing_layout = QVBoxLayout(self.typing_row)
        typing_layout.setContentsMargins(0, 0, 0, 0)
        typing_layout.addWidget(self.typed, 0, Qt.AlignmentFlag.AlignHCenter)
        typing_layout.addWidget(self.typed_preview)
        typing_layout.addWidget(self.typed_result)
        self.answer_japanese = FuriganaText(scale=2.0)
        self.answer_reading = label("", "", wrap=True)
        self.answer_reading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer_meaning = label("", "meaning", wrap=True)
        self.answer_meaning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = label("", "hint", wrap=True)
        self.example = FuriganaText(scale=1.2)
        self.example_translation = label("", "hint", wrap=True)
        self.back = QWidget()
        back_layout = QVBoxLayout(self.back)
        back_layout.setContentsMargins(0, 0, 0, 0)
        back_layout.addWidget(self.answer_japanese, 0, Qt.AlignmentFlag.AlignHCenter)
        back_layout.addWidget(self.answer_reading)
        back_layout.addWidget(self.answer_meaning)
        back_layout.addWidget(self.details)
        back_layout.addWidget(self.example)
        back_layout.addWidget(self.example_translation)

        self.reveal_button = QPushButton()
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal_button.clicked.connect(self.reveal)
        self.rating_buttons: dict[Rating, QPushButton] = {}
        ratings = QHBoxLayout()
        ratings.addStretch(1)
        for rating in Rating:
            button = QPushButton()
            button.setObjectName("rating")
            button.setProperty("rating", str(int(rating)))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1–4 rate; Space reveals
            button.clicked.connect(lambda _=False, r=rating: self.rate(r))
            ratings.addWidget(button)
            self.rating_buttons[rating] = button
        ratings.addStretch(1)
        self.listen_button = QPushButton()
        self.listen_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.listen_button.clicked.connect(self.play_audio)
        self.undo_button = QPushButton()
        self.bury_button = QPushButton()
        self.suspend_button = QPushButton()
        for button, slot in (
            (self.undo_button, self.undo),
            (self.bury_button, self.bury),
            (self.suspend_button, self.suspend),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
        self.keys_hint = label("", "hint", wrap=True)
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.furigana_toggle)
        top.addWidget(self.stop_button)
        reveal_row = QHBoxLayout()
        reveal_row.addStretch(1)
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.undo_button)
        tools.addWidget(self.listen_button)
        tools.addStretch(1)
        tools.addWidget(self.bury_button)
        tools.addWidget(self.suspend_button)
        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.question)
        card_layout.addWidget(self.front_japanese, 0, Qt.AlignmentFlag.AlignHCenter)
        card_layout.addWidget(self.front_meaning)
        card_layout.addWidget(self.front_play, 0, Qt.AlignmentFlag.AlignHCenter)
        card_layout.addWidget(self.typing_row)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.back)
        card_layout.addStretch(1)
        card_layout.addLayout(reveal_row)
        card_layout.addLayout(ratings)
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addLayout(top)
        view_layout.addWidget(card, 1)
        view_layout.addLayout(tools)
        view_layout.addWidget(self.keys_hint)
        return view

    def _build_done(self) -> QWidget:
        self.done_title = label("", "sectionTitle")
        self.done_text = label("", "", wrap=True)
        self.done_undo = QPushButton()
        self.done_undo.clicked.connect(self.undo)
        self.done_back = QPushButton()
        self.done_back.setDefault(True)
        self.done_back.clicked.connect(self.show_overview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_back)
        buttons.addWidget(self.done_undo)
        buttons.addStretch(1)
        card = frame("card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.done_title)
        card_layout.addWidget(self.done_text)
        card_layout.addLayout(buttons)
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(card)
        view_layout.addStretch(1)
        return view

    # -- overview ------------------------------------------------------------------

    def show_overview(self) -> None:
        self.session = None
        self._render_overview()
        self.stack.setCurrentWidget(self.overview_view)
        self.start_button.setFocus()

    def _render_overview(self) -> None:
        summary = self.store.today(self.profile.id, self.clock())
        self.today_title.setText(self.tr("Today"))
        retention = "–" if summary.retention is None else f"{round(summary.retention * 100)}%"
        lines = [
            self.tr("Reviews due today: %1").replace("%1", str(summary.due_today)),
            self.tr("New cards left today: %1").replace("%1", str(summary.new_left_today)),
            self.tr("Answered today: %1").replace("%1", str(summary.reviews_today)),
            self.tr("Study streak: %1 day(s)").replace("%1", str(summary.streak_days)),
            self.tr("Remembered in reviews (last 30 days): %1").replace("%1", retention),
        ]
        self.today_numbers.setText("\n".join(lines))
        self.leech_note.setText(
            self.tr(
                "%1 card(s) keep being forgotten. Look at them again in the lesson, or "
                "suspend them during a review."
            ).replace("%1", str(summary.leeches))
            if summary.leeches
            else ""
        )
        self.leech_note.setVisible(bool(summary.leeches))

    def _render_class_note(self) -> None:
        following = self.store.own_new_per_day(self.profile.id) is None
        self.class_note.setText(
            self.tr("(the class default, set by your instructor)") if following else ""
        )

    def _fill_lessons(self) -> None:
        current = self.lesson_choice.currentIndex()
        self.lesson_choice.clear()
        code = self._ctx.language.code
        for lesson in self._lessons:
            self.lesson_choice.addItem(
                f"{level_name(lesson.level)} {lesson.order} · {in_language(lesson.title, code)}"
            )
        if current >= 0:
            self.lesson_choice.setCurrentIndex(current)
        current = self.level_choice.currentIndex()
        self.level_choice.clear()
        for level in self._levels:
            self.level_choice.addItem(level_name(level))
        if current >= 0:
            self.level_choice.setCurrentIndex(current)

    def _new_per_day_changed(self, value: int) -> None:
        self.store.set_new_per_day(self.profile.id, value)
        self._render_class_note()
        if self.stack.currentWidget() is self.overview_view:
            self._render_overview()

    def choose_lesson(self, lesson_id: str) -> bool:
        """Back to the overview with one lesson chosen (a review in progress is saved)."""
        ids = [lesson.id for lesson in self._lessons]
        if lesson_id not in ids:
            return False
        self.show_overview()
        self.scope_lesson.setChecked(True)
        self.lesson_choice.setCurrentIndex(ids.index(lesson_id))
        return True

    def chosen_lessons(self) -> list[Lesson] | None:
        """The lessons chosen on the overview; None for "everything"."""
        level = self.level_choice.currentIndex()
        if self.scope_level.isChecked() and 0 <= level < len(self._levels):
            return [lesson for lesson in self._lessons if lesson.level == self._levels[level]]
        index = self.lesson_choice.currentIndex()
        if self.scope_lesson.isChecked() and 0 <= index < len(self._lessons):
            return [self._lessons[index]]
        return None

    def chosen_scope(self) -> StudyScope:
        lessons = self.chosen_lessons()
        return _whole_course(self.course) if lessons is None else StudyScope.lessons(lessons)

    def export_to_anki(self) -> None:
        from nihongoku.ui.dialogs.anki_export import AnkiExportDialog

        lessons = self.chosen_lessons() or self._lessons
        AnkiExportDialog(self._ctx, self.profile, lessons, self).exec()

    def start(self) -> None:
        self.session = ReviewSession(self.store, self.profile.id, self.chosen_scope(), self.clock)
        self._advance()

    # -- reviewing -------------------------------------------------------------------

    def _advance(self) -> None:
        session = self.session
        if session is None:
            return
        self.revealed = False
        if session.next() is None:
            self._render_done()
            self.stack.setCurrentWidget(self.done_view)
            self.done_back.setFocus()
            return
        self.stack.setCurrentWidget(self.review_view)
        self.typed.clear()
        self._render()
        self._focus_for_card()
        card_face = self.current_face()
        if card_face is not None and card_face.front_audio:
            self.play_audio()  # a listening card asks with its sound

    def _focus_for_card(self) -> None:
        """Typing cards take the keys in their answer box until revealed; others, the page."""
        if self.typing_row.isVisible() and not self.revealed:
            self.typed.setFocus()
        else:
            self.setFocus()

    def _typed_changed(self, text: str) -> None:
        self.typed_preview.setText(kana_from_romaji(text))

    def typed_correct(self) -> bool | None:
        """Whether the typed answer is right; None when nothing was typed (self-graded)."""
        shown = self.session.current if self.session else None
        text = self.typed.text().strip()
        if shown is None or not text:
            return None
        entry = self.course.item(shown.card.item_id)
        if not isinstance(entry, VocabEntry):
            return None
        return typed_answer_matches(text, entry.written, entry.reading)

    def current_audio(self) -> Path | None:
        """The current word's recording: once the answer is shown (it gives the reading), or
        at once on a listening card, whose question it is."""
        shown = self.session.current if self.session else None
        card_face = self.current_face()
        if shown is None or card_face is None or not (self.revealed or card_face.front_audio):
            return None
        return audio_path(shown.card.item_id)

    def play_audio(self) -> None:
        path = self.current_audio()
        if path is not None:
            from nihongoku.ui.widgets.audio_button import shared_player

            shared_player().play(path)

    def current_face(self) -> Face | None:
        shown = self.session.current if self.session else None
        if shown is None:
            return None
        return face(self.course.item(shown.card.item_id), shown.card.kind)

    def reveal(self) -> None:
        if self.session is None or self.session.current is None or self.revealed:
            return
        self.revealed = True
        self._render()
        self.setFocus()  # keys 1–4 rate now, also after typing an answer

    def rate(self, rating: Rating) -> None:
        if self.session is None or self.session.current is None or not self.revealed:
            return
        try:
            self.session.answer(rating)
        except StoreWriteError as error:  # a full disk: say so, and keep the card shown
            show_user_error(self, error)
            return
        self._advance()

    def undo(self) -> None:
        if self.session is None or not self.session.can_undo:
            return
        self.session.undo()
        self.revealed = False
        self.stack.setCurrentWidget(self.review_view)
        self.typed.clear()
        self._render()
        self._focus_for_card()

    def bury(self) -> None:
        if self.session is not None and self.session.current is not None:
            self.session.bury_current()
            self._advance()

    def suspend(self) -> None:
        if self.session is not None and self.session.current is not None:
            self.session.suspend_current()
            self._advance()

    def _render(self) -> None:
        """Show the current card; safe to call again (language, font, furigana change)."""
        session = self.session
        shown: Shown | None = session.current if session else None
        card_face = self.current_face()
        if session is None or shown is None or card_face is None:
            return
        code = self._ctx.language.code
        remaining = session.remaining()
        self.counts.setText(
            self.tr("New %1 · Learning %2 · Review %3")
            .replace("%1", str(remaining.new))
            .replace("%2", str(remaining.learning))
            .replace("%3", str(remaining.review))
        )
        questions = {
            Ask.MEANING: self.tr("What does this mean?"),
            Ask.READING: self.tr("How is this read?"),
            Ask.JAPANESE: self.tr("How do you say this in Japanese?"),
            Ask.ROMAJI: self.tr("How is this kana read?"),
            Ask.KANJI: self.tr("What does this kanji mean, and how is it read?"),
            Ask.GRAMMAR: self.tr("What does this pattern express?"),
            Ask.LISTENING: self.tr("Listen: what does this word mean?"),
        }
        self.question.setText(questions[card_face.ask])
        furigana_on = self.furigana_toggle.isChecked() and card_face.front_furigana
        self.front_japanese.set_pieces(card_face.front_japanese)
        self.front_japanese.set_reading_filter(lambda _piece: furigana_on)
        self.front_japanese.setVisible(bool(card_face.front_japanese))
        self.front_meaning.setText(
            in_language(card_face.front_meaning, code) if card_face.front_meaning else ""
        )
        self.front_meaning.setVisible(card_face.front_meaning is not None)
        self.front_play.setText(self.tr("▶  Play again (R)"))
        self.front_play.setVisible(card_face.front_audio)

        typing = card_face.ask is Ask.JAPANESE
        self.typing_row.setVisible(typing)
        self.typed.setReadOnly(self.revealed)
        self.typed.setPlaceholderText(self.tr("Type it in romaji or kana, then press Enter"))
        correct = self.typed_correct() if self.revealed else None
        if correct is None:
            self.typed_result.setText("")
        elif correct:
            self.typed_result.setText(self.tr("Correct!"))
        else:
            self.typed_result.setText(self.tr("Not quite: compare with the answer below."))
        set_state(self.typed_result, "" if correct is None else str(correct).lower())
        self.back.setVisible(self.revealed)
        show_answer_japanese = card_face.ask in (Ask.JAPANESE, Ask.READING, Ask.LISTENING)
        self.answer_japanese.set_pieces(
            card_face.answer_japanese if show_answer_japanese else [Ruby("")]
        )
        self.answer_japanese.setVisible(show_answer_japanese)
        self.answer_reading.setText(card_face.answer_reading)
        self.answer_reading.setVisible(bool(card_face.answer_reading))
        self.answer_meaning.setText(
            in_language(card_face.answer_meaning, code) if card_face.answer_meaning else ""
        )
        self.details.setText("\n".join(in_language(d, code) for d in card_face.details))
        self.details.setVisible(bool(card_face.details))
        example = card_face.example
        self.example.set_pieces(example.pieces if example else ())
        self.example.setVisible(example is not None)
        self.example_translation.setText(in_language(example.translation, code) if example else "")
        self.example_translation.setVisible(example is not None)

        self.listen_button.setText(self.tr("&Listen (R)"))
        self.listen_button.setVisible(
            self.current_audio() is not None and not card_face.front_audio
        )
        self.reveal_button.setText(self.tr("Show the answer (Space)"))
        self.reveal_button.setVisible(not self.revealed)
        names = {
            Rating.AGAIN: self.tr("Again"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }
        for rating, button in self.rating_buttons.items():
            interval = interval_text(shown.outcomes[rating].interval)
            button.setText(f"{int(rating)} · {names[rating]}\n{interval}")
            button.setVisible(self.revealed)
        self.undo_button.setEnabled(session.can_undo)
        self.keys_hint.setText(
            self.tr("Type the answer and press Enter (or Enter alone to just see it). Esc: stop.")
            if typing and not self.revealed
            else self.tr("Space: show the answer. 1–4: rate. Ctrl+Z: undo. Esc: stop.")
            if not self.revealed
            else self.tr("1 Again · 2 Hard · 3 Good · 4 Easy. Ctrl+Z: undo the last answer.")
        )

    def _render_done(self) -> None:
        self.done_title.setText(self.tr("Done for now!"))
        summary = self.store.today(self.profile.id, self.clock())
        self.done_text.setText(
            self.tr(
                "You answered %1 card(s) today. Come back tomorrow: the next reviews are "
                "waiting then."
            ).replace("%1", str(summary.reviews_today))
        )
        self.done_undo.setEnabled(self.session is not None and self.session.can_undo)

    # -- keys, language, fonts ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.typed
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.reveal()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        on_review = self.stack.currentWidget() is self.review_view
        if key == Qt.Key.Key_Escape and self.stack.currentWidget() is not self.overview_view:
            self.show_overview()
        elif on_review and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.revealed:
                self.rate(Rating.GOOD)  # Anki's habit: Space on the back means Good
            else:
                self.reveal()
        elif on_review and key in RATING_KEYS:
            self.rate(RATING_KEYS[key])
        elif on_review and key == Qt.Key.Key_R:
            self.play_audio()
        elif on_review and key == Qt.Key.Key_Minus:
            self.bury()
        elif on_review and key == Qt.Key.Key_At:
            self.suspend()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        self.front_meaning.setFont(japanese_font(self.font(), 1.6))
        self.answer_meaning.setFont(japanese_font(self.font(), 1.3))
        self.answer_reading.setFont(japanese_font(self.font(), 1.2))
        self.typed.setFont(japanese_font(self.font(), 1.3))
        self.typed_preview.setFont(japanese_font(self.font(), 1.3))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Flashcards"))
        self.scope_all.setText(self.tr("&Everything unlocked, in course order"))
        self.scope_lesson.setText(self.tr("&One lesson:"))
        self.scope_level.setText(self.tr("One &level:"))
        self.new_per_day_label.setText(self.tr("&New cards per day:"))
        self.new_per_day_label.setBuddy(self.new_per_day)
        self.start_button.setText(self.tr("&Start studying"))
        self.export_button.setText(self.tr("E&xport to Anki…"))
        self._render_class_note()
        self.furigana_toggle.setText(self.tr("&Furigana"))
        self.stop_button.setText(self.tr("Stop (Esc)"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.bury_button.setText(self.tr("Hide until tomorrow (-)"))
        self.suspend_button.setText(self.tr("Suspend (@)"))
        self.done_undo.setText(self.tr("&Undo the last answer"))
        self.done_back.setText(self.tr("&Back"))
        self._fill_lessons()
        if self.stack.currentWidget() is self.overview_view:
            self._render_overview()
        elif self.stack.currentWidget() is self.review_view:
            self._render()
        else:
            self._render_done()
