"""What goes on paper for a lesson, as plain data: the vocabulary list, a worksheet with
its answer key, and writing sheets for the lesson's kanji (or kana).

The printing package lays these out on A4; nothing here knows about pages or Qt. The
worksheet is sections of numbered questions with their answers kept beside them, so a
printed test form (sections → questions → choices, and a key) can reuse the same shape.

Which words a worksheet asks about is chosen with a random generator seeded by the
lesson id: printing the same lesson again gives the same sheet and the same key, so a
teacher can photocopy it on Monday and print the key on Friday.
"""

from __future__ import annotations

import enum
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nihongoku.core.content.course import Course, KanaEntry, KanjiEntry, Lesson, VocabEntry
from nihongoku.core.content.schema import ExerciseFamily, Level, PartOfSpeech
from nihongoku.core.japanese import Ruby, has_kanji, plain_text, to_hiragana
from nihongoku.core.strokes import NoStrokeOrder, strokes

Text = tuple[Ruby, ...]  # Japanese with furigana over its kanji, or plain text as one piece

READING_QUESTIONS = 10
MEANING_QUESTIONS = 8
MATCH_QUESTIONS = 8
CHOICE_QUESTIONS = 6
MIN_QUESTIONS = 4


def plain(text: str) -> Text:
    return (Ruby(text),)


@dataclass(frozen=True)
class LessonHeading:
    lesson_id: str
    level: Level
    number: int  # the lesson's place in its level, as the course numbers it
    title: str  # Indonesian
    title_en: str


def heading(lesson: Lesson) -> LessonHeading:
    return LessonHeading(lesson.id, lesson.level, lesson.order, lesson.title.id, lesson.title.en)


# -- vocabulary list ------------------------------------------------------------------------


@dataclass(frozen=True)
class VocabRow:
    word: Text  # furigana over the kanji only; in kana lessons, the word in kana
    reading: str
    romaji: str
    meaning: str  # Indonesian
    meaning_en: str
    pos: PartOfSpeech


@dataclass(frozen=True)
class VocabList:
    heading: LessonHeading
    rows: tuple[VocabRow, ...]


def vocab_list(lesson: Lesson) -> VocabList:
    """The lesson's new words in the order the lesson teaches them."""
    kana_level = lesson.level is Level.KANA
    rows = tuple(
        VocabRow(_shown_word(w, kana_level), w.reading, w.romaji, w.meaning.id, w.meaning.en, w.pos)
        for w in lesson.vocabulary
    )
    return VocabList(heading(lesson), rows)


# -- worksheet --------------------------------------------------------------------------------


class SectionKind(enum.StrEnum):
    WRITE = "write"  # a prompt and a line to write the answer on
    MATCH = "match"  # numbered prompts; lettered options in a shuffled column
    CHOOSE = "choose"  # a prompt and numbered choices, as in a test booklet


@dataclass(frozen=True)
class Question:
    number: int  # from 1 within its section
    prompt: Text
    answer: Text  # what the answer key prints
    choices: tuple[Text, ...] = ()  # CHOOSE only


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    title: str
    instruction: str
    questions: tuple[Question, ...]
    options: tuple[Text, ...] = ()  # MATCH only: the column to match against, lettered a, b…


def option_letter(index: int) -> str:
    """How a matching option is named on paper: a, b, c…"""
    return "abcdefghijklmnopqrstuvwxyz"[index]


@dataclass(frozen=True)
class Worksheet:
    heading: LessonHeading
    sections: tuple[Section, ...]


def worksheet(lesson: Lesson) -> Worksheet:
    """Sections an instructor would hand out after the lesson, each from different words.

    No section gives away another's answer: the words asked about in one section are
    never shown in another, and no word a grammar question prints (in kanji or in kana)
    is asked about.
    """
    rng = random.Random(lesson.id)
    choose = _grammar_section(lesson, rng)
    shown = "".join(
        plain_text(list(piece))
        for question in (choose.questions if choose else ())
        for piece in (question.prompt, *question.choices)
    )
    shown_kana = to_hiragana(shown)
    words = [
        w
        for w in lesson.vocabulary
        if w.written not in shown
        and not (len(w.reading) >= 3 and to_hiragana(w.reading) in shown_kana)
    ]
    rng.shuffle(words)
    kana_level = lesson.level is Level.KANA
    # A short lesson shares its words out evenly rather than spending them all on the
    # first section.
    share = max(MIN_QUESTIONS, -(-len(words) // 3))
    to_read = [w for w in words if kana_level or has_kanji(w.written)]
    reading = _in_lesson_order(lesson, to_read[: min(share, READING_QUESTIONS)])
    # 電話番号 with its furigana would read 番号 out to anyone asked for 番号's reading.
    rest = [w for w in words if w not in reading and not _contains_any(w, reading)]
    meaning = _unique_meanings(rest, lesson.vocabulary)[: min(share, MEANING_QUESTIONS)]
    rest = [w for w in rest if w not in meaning]
    matching = _unique_meanings(rest, lesson.vocabulary)[:MATCH_QUESTIONS]
    if len(matching) < MIN_QUESTIONS:  # matching two words is guessing, not an exercise
        matching = []

    sections = [
        _reading_section(reading, kana_level),
        _meaning_section(meaning, kana_level),
        _match_section(matching, kana_level, rng),
        choose,
    ]
    return Worksheet(heading(lesson), tuple(s for s in sections if s is not None and s.questions))


def _contains_any(word: VocabEntry, others: Sequence[VocabEntry]) -> bool:
    return any(other.written in word.written for other in others)


def _in_lesson_order(lesson: Lesson, chosen: Sequence[VocabEntry]) -> list[VocabEntry]:
    order = {w.id: i for i, w in enumerate(lesson.vocabulary)}
    return sorted(chosen, key=lambda w: order[w.id])


def _unique_meanings(
    words: Iterable[VocabEntry], lesson_words: Sequence[VocabEntry]
) -> list[VocabEntry]:
    """Words whose Indonesian meaning no other word of the lesson shares ("dua" must lead
    to one answer only) and does not quote the word (mandi (シャワーを 浴びる …))."""
    count: dict[str, int] = {}
    for word in lesson_words:
        count[word.meaning.id] = count.get(word.meaning.id, 0) + 1
    return [
        w
        for w in words
        if count[w.meaning.id] == 1 and not any(ord(c) >= 0x3000 for c in w.meaning.id)
    ]


def _shown_word(word: VocabEntry, kana_level: bool) -> Text:
    # Kana lessons teach reading kana, not kanji: their words are printed in kana.
    return plain(word.reading) if kana_level else word.furigana


def _reading_section(words: Sequence[VocabEntry], kana_level: bool) -> Section:
    if kana_level:
        return Section(
            SectionKind.WRITE,
            "Membaca kana",
            "Tulislah cara baca kata berikut dengan huruf Latin (romaji).",
            tuple(
                Question(n, plain(w.reading), plain(w.romaji)) for n, w in enumerate(words, start=1)
            ),
        )
    return Section(
        SectionKind.WRITE,
        "Cara baca kanji",
        "Tulislah cara baca kata berikut dengan hiragana.",
        tuple(
            Question(n, plain(w.written), plain(w.reading)) for n, w in enumerate(words, start=1)
        ),
    )


def _meaning_section(words: Sequence[VocabEntry], kana_level: bool) -> Section:
    return Section(
        SectionKind.WRITE,
        "Bahasa Jepangnya",
        "Tulislah kata bahasa Jepang untuk arti berikut.",
        tuple(
            Question(n, plain(w.meaning.id), _shown_word(w, kana_level))
            for n, w in enumerate(words, start=1)
        ),
    )


def _match_section(words: Sequence[VocabEntry], kana_level: bool, rng: random.Random) -> Section:
    options = [w.meaning.id for w in words]
    rng.shuffle(options)
    questions = tuple(
        Question(n, _shown_word(w, kana_level), plain(option_letter(options.index(w.meaning.id))))
        for n, w in enumerate(words, start=1)
    )
    return Section(
        SectionKind.MATCH,
        "Menjodohkan",
        "Jodohkan kata dengan artinya. Tulislah hurufnya di dalam kurung.",
        questions,
        tuple(plain(option) for option in options),
    )


def _grammar_section(lesson: Lesson, rng: random.Random) -> Section | None:
    """The lesson's own fill-the-blank questions (文法形式), as a test booklet prints them.

    Authors tend to write the right answer first; the choices are shuffled so the key is
    not a column of 1s.
    """
    questions: list[Question] = []
    for exercise in lesson.exercises:
        if exercise.family is not ExerciseFamily.GRAMMAR_FORM:
            continue
        for authored in exercise.questions:
            if len(questions) == CHOICE_QUESTIONS:
                break
            choices = list(authored.choices)
            rng.shuffle(choices)
            right = authored.choices[authored.answer]
            number = choices.index(right) + 1
            answer = (Ruby(f"{number} ("), *right, Ruby(")"))
            questions.append(Question(len(questions) + 1, authored.stem, answer, tuple(choices)))
    if not questions:
        return None
    return Section(
        SectionKind.CHOOSE,
        "Tata bahasa",
        "Pilihlah jawaban yang paling tepat untuk （　）, lalu tulislah nomornya.",
        tuple(questions),
    )


# -- writing sheets -----------------------------------------------------------------------------

Curve = tuple[float, float, float, float, float, float]  # cubic Bézier: c1, c2, end (absolute)


@dataclass(frozen=True)
class StrokePath:
    """One stroke in KanjiVG's 109×109 box, as absolute cubic curves from ``start``."""

    start: tuple[float, float]
    curves: tuple[Curve, ...]
    number_at: tuple[float, float] | None  # where KanjiVG prints the stroke's number


@dataclass(frozen=True)
class CharacterSheet:
    char: str
    onyomi: tuple[str, ...]  # katakana
    kunyomi: tuple[str, ...]  # hiragana, okurigana in brackets: た(べる)
    romaji: str  # kana only
    meaning: str  # Indonesian; empty for kana
    meaning_en: str
    strokes: tuple[StrokePath, ...]

    @property
    def frames(self) -> tuple[tuple[StrokePath, ...], ...]:
        """The stroke-order sequence: frame k shows the first k + 1 strokes."""
        return tuple(self.strokes[: k + 1] for k in range(len(self.strokes)))


@dataclass(frozen=True)
class CharacterSheets:
    heading: LessonHeading | None  # None: a list of kanji chosen by hand
    sheets: tuple[CharacterSheet, ...]


class NotInCourse(ValueError):
    """Characters asked for that the course does not teach (or cannot draw)."""

    def __init__(self, chars: Sequence[str]) -> None:
        super().__init__(
            f"not a kanji or kana of the course, or no stroke order for it: {''.join(chars)}"
        )
        self.chars = tuple(chars)


def lesson_character_sheets(lesson: Lesson) -> CharacterSheets:
    """Writing sheets for a lesson's kanji; a kana lesson gets its single kana."""
    sheets = [kanji_sheet(k) for k in lesson.kanji]
    sheets += [kana_sheet(k) for k in lesson.kana if len(k.char) == 1]
    return CharacterSheets(heading(lesson), tuple(sheets))


def character_sheets(course: Course, text: str) -> CharacterSheets:
    """Writing sheets for the characters of ``text`` in their order, each once; spaces
    and commas between them are ignored. Raises NotInCourse for any the course lacks."""
    taught: dict[str, KanjiEntry | KanaEntry] = {}
    for lesson in course.lessons:
        for kanji in lesson.kanji:
            taught.setdefault(kanji.char, kanji)
        for kana in lesson.kana:
            taught.setdefault(kana.char, kana)
    wanted = list(dict.fromkeys(c for c in text if not c.isspace() and c not in ",、，"))
    sheets: list[CharacterSheet] = []
    missing: list[str] = []
    for char in wanted:
        entry = taught.get(char)
        try:
            if isinstance(entry, KanjiEntry):
                sheets.append(kanji_sheet(entry))
            elif isinstance(entry, KanaEntry):
                sheets.append(kana_sheet(entry))
            else:
                missing.append(char)
        except NoStrokeOrder:
            missing.append(char)
    if missing:
        raise NotInCourse(missing)
    return CharacterSheets(None, tuple(sheets))


def kanji_sheet(kanji: KanjiEntry) -> CharacterSheet:
    return CharacterSheet(
        kanji.char,
        kanji.on,
        tuple(_kun(k) for k in kanji.kun),
        "",
        kanji.meaning.id,
        kanji.meaning.en,
        stroke_paths(kanji.char),
    )


def kana_sheet(kana: KanaEntry) -> CharacterSheet:
    return CharacterSheet(kana.char, (), (), kana.romaji, "", "", stroke_paths(kana.char))


def _kun(reading: str) -> str:
    stem, dot, okurigana = reading.partition(".")
    return f"{stem}({okurigana})" if dot else reading


def stroke_paths(char: str) -> tuple[StrokePath, ...]:
    """The KanjiVG strokes of ``char`` as curves (raises NoStrokeOrder without a drawing)."""
    return tuple(StrokePath(*_curves(stroke.path), stroke.number_at) for stroke in strokes(char))


_PATH_TOKEN = re.compile(r"[MmCcSsLlZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGUMENTS = {"M": 2, "L": 2, "C": 6, "S": 4, "Z": 0}


def _curves(data: str) -> tuple[tuple[float, float], tuple[Curve, ...]]:
    """SVG path data, as KanjiVG writes it (M, C, S and their relative forms; L for safety),
    turned into one start point and absolute cubic curves, so a painter needs only cubicTo.
    """
    tokens = _PATH_TOKEN.findall(data)
    curves: list[Curve] = []
    x = y = 0.0
    start: tuple[float, float] | None = None
    control: tuple[float, float] | None = None  # the last curve's second control point
    command = ""
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
        upper = command.upper()
        if upper not in _ARGUMENTS:
            raise ValueError(f"unexpected path data {data[:40]!r}")
        count = _ARGUMENTS[upper]
        values = [float(t) for t in tokens[i : i + count]]
        if len(values) < count:
            raise ValueError(f"truncated path data {data[:40]!r}")
        i += count
        dx, dy = (x, y) if command.islower() else (0.0, 0.0)
        points = [(values[k] + dx, values[k + 1] + dy) for k in range(0, count, 2)]
        if upper == "M":
            if start is not None:
                raise ValueError(f"a stroke drawn in more than one piece: {data[:40]!r}")
            start = end = points[0]
            command = "l" if command == "m" else "L"  # pairs after a move are lines
            control = None
        elif upper == "L":
            end = points[0]
            third = ((end[0] - x) / 3, (end[1] - y) / 3)
            c1, c2 = (x + third[0], y + third[1]), (x + 2 * third[0], y + 2 * third[1])
            curves.append((*c1, *c2, *end))
            control = None
        elif upper == "C":
            c1, c2, end = points
            curves.append((*c1, *c2, *end))
            control = c2
        elif upper == "S":
            c2, end = points
            c1 = (2 * x - control[0], 2 * y - control[1]) if control else (x, y)
            curves.append((*c1, *c2, *end))
            control = c2
        else:  # Z: KanjiVG strokes are open lines; nothing to close
            continue
        x, y = end
    if start is None:
        raise ValueError(f"path data without a start point: {data[:40]!r}")
    return start, tuple(curves)
