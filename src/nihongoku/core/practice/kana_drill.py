"""Kana drills: see a kana and type its romaji, or see romaji and pick the kana.

A drill is a plain state machine: ``current()`` poses a question, ``answer()`` grades it,
``advance()`` moves on. A kana answered wrong comes back a few questions later, and again
until it is answered right once: seeing the right answer and then recalling it after a
short gap is what makes a beginner remember it. Everything random goes through the
``random.Random`` the caller passes, so a seeded drill is fully reproducible.
"""

from __future__ import annotations

import enum
import random
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from nihongoku.core.content.course import Course, KanaEntry, Lesson
from nihongoku.core.japanese import romaji_matches, to_hiragana

HIRAGANA = "hiragana"
KATAKANA = "katakana"
CHOICES = 4
# A missed kana returns after this many other questions (sooner when the drill runs out).
RETRY_GAP = 3


class DrillMode(enum.Enum):
    TYPE_ROMAJI = "type-romaji"  # the kana is shown; the learner types its romaji
    PICK_KANA = "pick-kana"  # the romaji is shown; the learner picks one of 4 kana


@dataclass(frozen=True)
class KanaQuestion:
    """What the learner sees: a prompt and, when picking, the kana to choose from."""

    entry: KanaEntry
    prompt: str  # the kana (TYPE_ROMAJI) or its romaji (PICK_KANA)
    choices: tuple[str, ...]  # up to 4 kana for PICK_KANA, empty for TYPE_ROMAJI
    retry: bool = False  # this kana was answered wrong earlier in the drill


@dataclass(frozen=True)
class Feedback:
    """The grading of one answer, with the right answer to show beside it."""

    correct: bool
    expected_kana: str
    expected_romaji: str
    given: str


@dataclass(frozen=True)
class Score:
    """How the drill went, counted over new questions only."""

    right_first_time: int  # new questions answered right at the first try
    asked: int  # new questions answered (repeats of missed kana are not counted)


@dataclass(frozen=True)
class Mistake:
    """A kana that needed practice, and the wrong answers the learner gave for it."""

    entry: KanaEntry
    given: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.given)


# -- which kana to drill -----------------------------------------------------------------


def drillable(entries: Iterable[KanaEntry]) -> list[KanaEntry]:
    """The entries a drill can ask: one per character, with a romaji to type.

    っ and ー on their own have no romaji (they lengthen what follows or precedes), so
    they are practised inside words, not here.
    """
    seen: set[str] = set()
    kept: list[KanaEntry] = []
    for entry in entries:
        if entry.romaji and entry.char not in seen:
            seen.add(entry.char)
            kept.append(entry)
    return kept


def kana_lessons(course: Course, scripts: Collection[str]) -> list[Lesson]:
    """The lessons, in course order, that teach drillable kana of one of ``scripts``."""
    return [lesson for lesson in course.lessons if kana_from([lesson], scripts)]


def kana_from(lessons: Iterable[Lesson], scripts: Collection[str]) -> list[KanaEntry]:
    """The drillable kana of ``lessons`` written in one of ``scripts``."""
    return drillable(e for lesson in lessons for e in lesson.kana if e.script in scripts)


# -- choices for PICK_KANA ------------------------------------------------------------------

# Shapes beginners mix up. Every pair inside a group counts as confusable.
CONFUSABLE_SHAPES: tuple[str, ...] = (
    # hiragana
    "さち", "さき", "ぬめ", "ぬね", "ねれわ", "はほ", "ほま", "けは", "るろ", "いり",
    "こに", "あお", "あめ", "たな", "すむ", "うつ", "くへ", "しつ", "らろ",
    # katakana
    "シツソン", "ノメ", "ノソ", "クケタ", "ウワフ", "クワ", "ヌス",
    "コユ", "チテ", "アマ", "ナメ", "ルレ", "ラヲ", "セヤ", "ロコ",
)  # fmt: skip


def _lookalike_table(groups: Iterable[str]) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for group in groups:
        for ch in group:
            table[ch] = table.get(ch, frozenset()) | (frozenset(group) - {ch})
    return table


_LOOKALIKES = _lookalike_table(CONFUSABLE_SHAPES)

# The gojūon table by rows; dakuten and handakuten kana have rows of their own.
_ROWS = (
    "あいうえお", "かきくけこ", "さしすせそ", "たちつてと", "なにぬねの", "はひふへほ",
    "まみむめも", "やゆよ", "らりるれろ", "わをん", "がぎぐげご", "ざじずぜぞ",
    "だぢづでど", "ばびぶべぼ", "ぱぴぷぺぽ",
)  # fmt: skip
_ROW_OF = {ch: index for index, row in enumerate(_ROWS) for ch in row}


def _base(ch: str) -> str:
    """The kana without its dakuten or handakuten: が → か, ぱ → は."""
    return unicodedata.normalize("NFD", ch)[0]


def _chars_look_alike(a: str, b: str) -> bool:
    return a == b or b in _LOOKALIKES.get(a, frozenset()) or _base(a) == _base(b)


def looks_alike(a: str, b: str) -> bool:
    """Whether two different kana (or kana pairs) are easy to confuse: similar shapes
    (シ/ツ, ね/れ) or the same kana with and without dakuten (か/が), position by position."""
    return (
        a != b
        and len(a) == len(b)
        and all(_chars_look_alike(x, y) for x, y in zip(a, b, strict=True))
    )


def _row(char: str) -> tuple[int, int]:
    return (len(char), _ROW_OF.get(to_hiragana(char[0]), -1))


def choices_for(
    answer: KanaEntry, pool: Sequence[KanaEntry], rng: random.Random
) -> tuple[str, ...]:
    """The answer and up to 3 distractors of its script from ``pool``, shuffled.

    Distractors are chosen to teach: look-alikes first (ソ for ン, が for か), then kana
    of the same row (か for き), then any. A kana that reads the same as the answer
    (じ/ぢ, お/を) is never offered: the romaji prompt could not tell them apart.
    """
    candidates = [
        e
        for e in pool
        if e.script == answer.script and e.char != answer.char and e.romaji != answer.romaji
    ]
    tiers = (
        [e for e in candidates if looks_alike(answer.char, e.char)],
        [e for e in candidates if _row(e.char) == _row(answer.char) and _row(e.char)[1] >= 0],
        candidates,
    )
    picked: list[str] = []
    for tier in tiers:
        fresh = [e.char for e in tier if e.char not in picked]
        rng.shuffle(fresh)
        picked.extend(fresh[: CHOICES - 1 - len(picked)])
    options = [answer.char, *picked]
    rng.shuffle(options)
    return tuple(options)


# -- the drill ------------------------------------------------------------------------------


class _Origin(enum.Enum):
    NEW = "new"  # counts in the score
    RETRY = "retry"  # a kana missed earlier
    FILLER = "filler"  # keeps a missed kana from coming back right away


@dataclass
class _Retry:
    entry: KanaEntry
    due: int  # the question number from which it may be asked again


class KanaDrill:
    """One drill of ``length`` new questions, plus a repeat for every kana missed."""

    def __init__(
        self,
        entries: Sequence[KanaEntry],
        mode: DrillMode,
        rng: random.Random,
        length: int = 20,
    ) -> None:
        """Drill ``entries`` (dealt in shuffled rounds when ``length`` is larger).

        Raises ValueError when no entry can be drilled or ``length`` is below 1.
        """
        self.pool = tuple(drillable(entries))
        if not self.pool:
            raise ValueError("no kana to drill")
        if length < 1:
            raise ValueError("a drill needs at least one question")
        self.mode = mode
        self.length = length
        self._rng = rng
        self._bag: list[KanaEntry] = []
        self._new_left = length
        self._retries: list[_Retry] = []
        self._posed = 0
        self._answered = 0
        self._asked = 0
        self._right_first_time = 0
        self._mistakes: dict[str, Mistake] = {}
        self._feedback: Feedback | None = None
        self._current: tuple[KanaQuestion, _Origin] | None = self._next(None)

    # -- reading the state

    @property
    def finished(self) -> bool:
        """True once every question is answered and every missed kana was put right."""
        return self._current is None

    def current(self) -> KanaQuestion:
        """The question on screen. Raises RuntimeError when the drill is finished."""
        if self._current is None:
            raise RuntimeError("the drill is finished")
        return self._current[0]

    @property
    def feedback(self) -> Feedback | None:
        """The grading of the current question once answered, else None."""
        return self._feedback

    @property
    def score(self) -> Score:
        """New questions answered right at the first try, out of those answered."""
        return Score(self._right_first_time, self._asked)

    @property
    def mistakes(self) -> list[Mistake]:
        """Each kana answered wrong at least once, in the order they were first missed."""
        return list(self._mistakes.values())

    @property
    def progress(self) -> tuple[int, int]:
        """(questions answered, questions in the drill as far as known now).

        The total grows by one for every miss, because the kana will come back.
        """
        on_screen = None
        if self._current is not None and self._feedback is None:
            on_screen = self._current[0].entry.char
        waiting = sum(1 for r in self._retries if r.entry.char != on_screen)
        total = self._answered + (on_screen is not None) + self._new_left + waiting
        return self._answered, total

    # -- acting

    def answer(self, text: str) -> Feedback:
        """Grade ``text``: typed romaji (shi/si, tsu/tu… all accepted) or the kana picked.

        Raises RuntimeError when the question was already answered or the drill is over.
        """
        question, origin = self._require_current()
        if self._feedback is not None:
            raise RuntimeError("this question was already answered; call advance()")
        entry = question.entry
        given = text.strip()
        if self.mode is DrillMode.TYPE_ROMAJI:
            correct = romaji_matches(given, entry.char)
        else:
            correct = given == entry.char
        self._answered += 1
        if origin is _Origin.NEW:
            self._asked += 1
            self._right_first_time += correct
        self._retries = [r for r in self._retries if r.entry.char != entry.char]
        if not correct:
            self._retries.append(_Retry(entry, due=self._posed + RETRY_GAP))
            before = self._mistakes.get(entry.char, Mistake(entry, ()))
            self._mistakes[entry.char] = Mistake(entry, (*before.given, given))
        self._feedback = Feedback(correct, entry.char, entry.romaji, given)
        return self._feedback

    def advance(self) -> None:
        """Go to the next question. Raises RuntimeError before the answer is given."""
        question, _ = self._require_current()
        if self._feedback is None:
            raise RuntimeError("answer the question before moving on")
        self._feedback = None
        self._current = self._next(question.entry)

    # -- choosing the next question

    def _require_current(self) -> tuple[KanaQuestion, _Origin]:
        if self._current is None:
            raise RuntimeError("the drill is finished")
        return self._current

    def _next(self, last: KanaEntry | None) -> tuple[KanaQuestion, _Origin] | None:
        last_char = last.char if last is not None else None
        waiting = sorted(
            (r for r in self._retries if r.entry.char != last_char), key=lambda r: r.due
        )
        if waiting and waiting[0].due <= self._posed:
            return self._pose(waiting[0].entry, _Origin.RETRY)
        if self._new_left > 0:
            self._new_left -= 1
            return self._pose(self._draw(last_char), _Origin.NEW)
        if waiting:  # nothing new is left: missed kana come back sooner
            return self._pose(waiting[0].entry, _Origin.RETRY)
        if self._retries:
            # Only the kana just missed is left: put another one in between, if any.
            others = [e for e in self.pool if e.char != last_char]
            if others:
                return self._pose(self._rng.choice(others), _Origin.FILLER)
            return self._pose(self._retries[0].entry, _Origin.RETRY)
        return None

    def _draw(self, last_char: str | None) -> KanaEntry:
        """The next new kana: shuffled rounds through the pool, never the one just asked."""
        if not self._bag:
            self._bag = list(self.pool)
            self._rng.shuffle(self._bag)
        if self._bag[-1].char == last_char and len(self._bag) > 1:
            swap = self._rng.randrange(len(self._bag) - 1)
            self._bag[-1], self._bag[swap] = self._bag[swap], self._bag[-1]
        elif self._bag[-1].char == last_char and len(self.pool) > 1:
            # The round's last kana is the one just asked: take it from the next round.
            entry = self._bag.pop()
            self._bag = [e for e in self.pool if e.char != entry.char]
            self._rng.shuffle(self._bag)
            self._bag.insert(0, entry)
        return self._bag.pop()

    def _pose(self, entry: KanaEntry, origin: _Origin) -> tuple[KanaQuestion, _Origin]:
        self._posed += 1
        retry = entry.char in self._mistakes
        if self.mode is DrillMode.TYPE_ROMAJI:
            question = KanaQuestion(entry, entry.char, (), retry)
        else:
            question = KanaQuestion(
                entry, entry.romaji, choices_for(entry, self.pool, self._rng), retry
            )
        return question, origin
