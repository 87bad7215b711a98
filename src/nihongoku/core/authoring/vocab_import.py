"""Vocabulary from an instructor's spreadsheet: columns mapped, rows checked, words added.

Each row becomes a preview: the word it would become and its problems. Errors block the
row; warnings (a proposed reading, a missing example) do not. Nothing is written until
``apply_to_lesson``, and then only when none of the chosen rows has an error.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from nihongoku.core.authoring.lesson_files import new_id, save_lesson
from nihongoku.core.authoring.parts_of_speech import ADJECTIVE, VERB, parse_pos
from nihongoku.core.authoring.spreadsheet import Table
from nihongoku.core.authoring.vocab_columns import Column, looks_japanese
from nihongoku.core.content.build import read_japanese, uses_word
from nihongoku.core.content.course import Course
from nihongoku.core.content.schema import (
    Bilingual,
    Example,
    LessonFile,
    Level,
    PartOfSpeech,
    Vocabulary,
)
from nihongoku.core.errors import NihongokuError
from nihongoku.core.japanese import (
    FuriganaError,
    furigana,
    has_kanji,
    is_kana,
    kana_from_romaji,
    parse_bracketed,
    plain_text,
    reading_of,
    to_hiragana,
)

# -- checking rows -----------------------------------------------------------------------------


class Severity(enum.StrEnum):
    ERROR = "error"  # the row cannot be imported as it is
    WARNING = "warning"  # imported, but the instructor should look


class Code(enum.StrEnum):
    """What is wrong with a row; the GUI phrases each in the instructor's language."""

    NO_WRITTEN = "no_written"
    LOST_TEXT = "lost_text"  # ??? where Japanese was: saved in a non-Unicode encoding
    NO_MEANING_ID = "no_meaning_id"
    NO_MEANING_EN = "no_meaning_en"
    NO_READING = "no_reading"  # missing, and nothing could propose one
    READING_NOT_KANA = "reading_not_kana"
    READING_PROPOSED = "reading_proposed"  # warning: check it
    READING_FROM_COURSE = "reading_from_course"  # warning: the course's reading of the word
    READING_DOES_NOT_FIT = "reading_does_not_fit"
    NO_POS = "no_pos"
    UNKNOWN_POS = "unknown_pos"
    VERB_GROUP = "verb_group"  # a verb whose group is unclear
    ADJECTIVE_KIND = "adjective_kind"  # i or na?
    EXAMPLE_INCOMPLETE = "example_incomplete"
    EXAMPLE_NOTATION = "example_notation"
    EXAMPLE_WITHOUT_WORD = "example_without_word"
    NO_EXAMPLE = "no_example"  # warning: N5/N4 words have one
    NOTE_INCOMPLETE = "note_incomplete"
    DUPLICATE_ROW = "duplicate_row"
    IN_COURSE = "in_course"
    KANA_IN_COURSE = "kana_in_course"  # warning: the course writes this word in kana
    IN_LESSON = "in_lesson"


@dataclass(frozen=True)
class RowProblem:
    code: Code
    severity: Severity
    message: str  # English, for the command line
    column: Column | None = None
    args: tuple[str, ...] = ()  # the facts the message is made of (%1, %2 … in the GUI)


@dataclass(frozen=True)
class RowResult:
    """One spreadsheet row: the word it would become (None if it cannot) and its problems."""

    row: int
    cells: Mapping[Column, str]
    word: Vocabulary | None
    problems: tuple[RowProblem, ...] = ()
    existing_id: str | None = None  # the course's word with the same written form and reading
    written: str = ""  # as checked: a kana word's reading, a proposed reading filled in
    reading: str = ""

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return self.word is not None and not self.errors


@dataclass(frozen=True)
class KnownWord:
    id: str
    written: str
    reading: str
    lesson_id: str


@dataclass
class CourseWords:
    """What the rows are checked against: the course's ids and words."""

    ids: set[str] = field(default_factory=set)
    words: list[KnownWord] = field(default_factory=list)
    course: Course | None = None

    @classmethod
    def of(cls, course: Course, lessons: Iterable[LessonFile] = ()) -> CourseWords:
        """The course's ids and words, plus lessons the course left out or has not seen
        (an instructor's draft with problems still owns its ids)."""
        known = cls(course=course)
        for lesson in course.lessons:
            known.ids.add(lesson.id)
            known.ids.update(e.id for e in lesson.entries())
            known.ids.update(x.id for x in lesson.exercises)
            known.words += [
                KnownWord(v.id, v.written, v.reading, lesson.id) for v in lesson.vocabulary
            ]
        for data in lessons:
            known.add_lesson(data)
        return known

    def add_lesson(self, data: LessonFile) -> None:
        self.ids.add(data.id)
        for section in (data.kana, data.vocabulary, data.kanji, data.grammar, data.exercises):
            self.ids.update(item.id for item in section)
        have = {w.id for w in self.words}
        self.words += [
            KnownWord(v.id, v.written, v.reading, data.id)
            for v in data.vocabulary
            if v.id not in have
        ]


# A proposed reading for a written form, and whether it is the course's own (curated).
ReadingProposer = Callable[[str], tuple[str, bool] | None]


def course_proposer(course: Course | None) -> ReadingProposer:
    """Readings as the lesson editor proposes them: the course's, then pykakasi's."""
    from nihongoku.core.authoring.proposals import CourseReadings, propose

    readings = CourseReadings.of(course)

    def proposed(written: str) -> tuple[str, bool] | None:
        found = propose(written, readings)
        return (found.reading, found.curated) if is_kana(found.reading) else None

    return proposed


def preview(
    table: Table,
    mapping: Mapping[Column, int],
    lesson: LessonFile,
    known: CourseWords,
    propose: ReadingProposer | None = None,
) -> list[RowResult]:
    """Every data row of ``table`` as the word it would add to ``lesson``, with problems.

    Ids are new to the course, to the lesson and to the rows above (``new_id`` from the
    reading), so the words can be added together. ``propose`` reads a word whose reading
    cell is empty (default: ``course_proposer(known.course)``).
    """
    propose = propose or course_proposer(known.course)
    taken = set(known.ids)
    for section in (lesson.kana, lesson.vocabulary, lesson.kanji, lesson.grammar):
        taken.update(item.id for item in section)
    taken.update(x.id for x in lesson.exercises)
    taken.add(lesson.id)
    in_lesson = {(v.written, to_hiragana(v.reading)): v.id for v in lesson.vocabulary}
    elsewhere: dict[tuple[str, str], KnownWord] = {}
    for w in known.words:  # the first lesson that teaches a word is the one to review
        if w.lesson_id != lesson.id:
            elsewhere.setdefault((w.written, to_hiragana(w.reading)), w)
    # the course's words written in kana (けが): the same word as 怪我 / けが, likely
    in_kana = {to_hiragana(w.reading): w for w in known.words if w.written == w.reading}
    above: dict[tuple[str, str], int] = {}
    results = []
    for number, cells in table.rows:
        values = {what: cells[i] if i < len(cells) else "" for what, i in mapping.items()}
        result = _row(number, values, lesson.level, propose, taken)
        # a row with other errors is still compared: all its problems show at once
        known_word = result.written and result.reading
        key = (result.written, to_hiragana(result.reading)) if known_word else None
        extra: list[RowProblem] = []
        existing = None
        if key is not None and key in above:
            extra.append(
                _error(
                    Code.DUPLICATE_ROW,
                    f"the same word as row {above[key]}",
                    Column.WRITTEN,
                    str(above[key]),
                )
            )
        elif key is not None and key in in_lesson:
            extra.append(
                _error(
                    Code.IN_LESSON,
                    f"already in this lesson as {in_lesson[key]}",
                    Column.WRITTEN,
                    in_lesson[key],
                )
            )
        elif key is not None and key in elsewhere:
            found = elsewhere[key]
            existing = found.id
            extra.append(
                _error(
                    Code.IN_COURSE,
                    f"already in the course as {found.id} (lesson {found.lesson_id}): "
                    f"list it under review: instead of defining it again",
                    Column.WRITTEN,
                    found.id,
                    found.lesson_id,
                )
            )
        elif key is not None and key[0] != key[1] and key[1] in in_kana:
            kana = in_kana[key[1]]
            extra.append(
                _warning(
                    Code.KANA_IN_COURSE,
                    f"the course has {kana.written} ({kana.id}, lesson {kana.lesson_id}): if it "
                    f"is the same word, list it under review: instead",
                    Column.WRITTEN,
                    kana.written,
                    kana.id,
                    kana.lesson_id,
                )
            )
        if key is not None:
            above.setdefault(key, number)
        if result.word is not None and not result.errors and not _errors(extra):
            taken.add(result.word.id)
        problems = (*result.problems, *extra)
        results.append(
            RowResult(
                number, values, result.word, problems, existing, result.written, result.reading
            )
        )
    return results


def _errors(problems: Iterable[RowProblem]) -> list[RowProblem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def _error(code: Code, message: str, column: Column | None, *args: str) -> RowProblem:
    return RowProblem(code, Severity.ERROR, message, column, args)


def _warning(code: Code, message: str, column: Column | None, *args: str) -> RowProblem:
    return RowProblem(code, Severity.WARNING, message, column, args)


def _row(
    number: int,
    cells: Mapping[Column, str],
    level: Level,
    propose: ReadingProposer,
    taken: set[str],
) -> RowResult:
    problems: list[RowProblem] = []
    written = cells.get(Column.WRITTEN, "")
    reading = cells.get(Column.READING, "")
    given_furigana: str | None = None

    if "[" in reading and has_kanji(reading):
        # the reading column in bracket notation (食[た]べる): the reading and the split
        try:
            pieces = parse_bracketed(reading)
        except FuriganaError:
            pieces = []
        if pieces and (not written or plain_text(pieces) == written):
            written = written or plain_text(pieces)
            given_furigana, reading = reading, reading_of(pieces)

    if not written:
        if reading and is_kana(reading):
            written = reading  # a kana word: written as it is read
        else:
            problems.append(_error(Code.NO_WRITTEN, "no written form", Column.WRITTEN))
    # what a non-Unicode save leaves of Japanese: "???" (a real ? sits beside kana: か?)
    if "\ufffd" in written or ("?" in written and not looks_japanese(written)):
        problems.append(
            _error(
                Code.LOST_TEXT,
                f"'{written}': the Japanese was lost when the file was saved "
                f"(save it as CSV UTF-8 or XLSX)",
                Column.WRITTEN,
                written,
            )
        )
    meaning_id = cells.get(Column.MEANING_ID, "")
    meaning_en = cells.get(Column.MEANING_EN, "")
    if not meaning_id:
        problems.append(_error(Code.NO_MEANING_ID, "no Indonesian meaning", Column.MEANING_ID))
    if not meaning_en:
        problems.append(_error(Code.NO_MEANING_EN, "no English meaning", Column.MEANING_EN))

    if reading and not is_kana(reading):
        guess = kana_from_romaji(reading.lower(), finished=True) if reading.isascii() else ""
        hint = f" (in kana: {guess}?)" if guess and is_kana(guess) else ""
        problems.append(
            _error(
                Code.READING_NOT_KANA,
                f"the reading '{reading}' is not kana{hint}",
                Column.READING,
                reading,
                guess if hint else "",
            )
        )
        reading = ""
    elif not reading and written and not problems_of(problems, Code.LOST_TEXT):
        if is_kana(written):
            reading = written
        elif (proposed := propose(written)) is not None:
            reading, curated = proposed
            problems.append(
                _warning(
                    Code.READING_FROM_COURSE if curated else Code.READING_PROPOSED,
                    f"reading {reading} proposed"
                    + (" from the course's words" if curated else "")
                    + ", check it",
                    Column.READING,
                    reading,
                )
            )
        else:
            problems.append(_error(Code.NO_READING, "no reading", Column.READING))

    if written and reading and given_furigana is None and not problems_of(problems, Code.LOST_TEXT):
        try:
            furigana(written, reading)
        except FuriganaError as exc:
            problems.append(
                _error(Code.READING_DOES_NOT_FIT, str(exc), Column.READING, reading, written)
            )

    pos = _pos(cells.get(Column.POS, ""), reading, problems)
    example = _example(cells, written, reading, pos, level, problems)
    note = _bilingual(cells, Column.NOTE_ID, Column.NOTE_EN, Code.NOTE_INCOMPLETE, problems)

    word = None
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if not errors and isinstance(pos, PartOfSpeech):
        try:
            word = Vocabulary(
                id=new_id("w", reading, taken),
                written=written,
                reading=reading,
                furigana=given_furigana if _ambiguous(written, reading) else None,
                meaning=Bilingual(id=meaning_id, en=meaning_en),
                pos=pos,
                example=example,
                note=note,
            )
        except ValidationError as exc:  # a safety net: the checks above should catch it all
            problems.append(_error(Code.NO_WRITTEN, f"not a valid word: {exc}", None))
    return RowResult(number, cells, word, tuple(problems), None, written, reading)


def problems_of(problems: Iterable[RowProblem], code: Code) -> list[RowProblem]:
    return [p for p in problems if p.code is code]


def _ambiguous(written: str, reading: str) -> bool:
    try:
        furigana(written, reading)
    except FuriganaError:
        return True
    return False


def _pos(text: str, reading: str, problems: list[RowProblem]) -> PartOfSpeech | None:
    if not text:
        problems.append(_error(Code.NO_POS, "no part of speech", Column.POS))
        return None
    found = parse_pos(text, reading)
    if isinstance(found, PartOfSpeech):
        return found
    if found == VERB:
        problems.append(
            _error(
                Code.VERB_GROUP,
                f"'{text}': which verb group? write kata kerja 1, 2 or 3 "
                f"(verb-godan, verb-ichidan, verb-irregular)",
                Column.POS,
                text,
            )
        )
    elif found == ADJECTIVE:
        problems.append(
            _error(
                Code.ADJECTIVE_KIND,
                f"'{text}': i or na? write kata sifat-i or kata sifat-na",
                Column.POS,
                text,
            )
        )
    else:
        problems.append(
            _error(
                Code.UNKNOWN_POS,
                f"unknown part of speech '{text}' (e.g. kata benda, kata kerja 1, "
                f"kata sifat-na, or {', '.join(p.value for p in PartOfSpeech)})",
                Column.POS,
                text,
            )
        )
    return None


def _bilingual(
    cells: Mapping[Column, str],
    first: Column,
    second: Column,
    code: Code,
    problems: list[RowProblem],
) -> Bilingual | None:
    indonesian, english = cells.get(first, ""), cells.get(second, "")
    if indonesian and english:
        return Bilingual(id=indonesian, en=english)
    if indonesian or english:
        missing = second if indonesian else first
        language = "English" if indonesian else "Indonesian"
        problems.append(
            _error(
                code,
                f"the {'note' if code is Code.NOTE_INCOMPLETE else 'example'} needs its "
                f"{language} text too (map a column to it, or leave this column out)",
                missing,
                language,
            )
        )
    return None


def _example(
    cells: Mapping[Column, str],
    written: str,
    reading: str,
    pos: PartOfSpeech | None,
    level: Level,
    problems: list[RowProblem],
) -> Example | None:
    ja = cells.get(Column.EXAMPLE_JA, "")
    translation = _bilingual(
        cells, Column.EXAMPLE_ID, Column.EXAMPLE_EN, Code.EXAMPLE_INCOMPLETE, problems
    )
    if not ja:
        if translation is not None:
            problems.append(
                _error(
                    Code.EXAMPLE_INCOMPLETE,
                    "a translation without its example sentence",
                    Column.EXAMPLE_JA,
                    "Japanese",
                )
            )
        elif level in (Level.N5, Level.N4) and not problems_of(problems, Code.EXAMPLE_INCOMPLETE):
            problems.append(
                _warning(
                    Code.NO_EXAMPLE,
                    "no example sentence (N5 and N4 words have one)",
                    Column.EXAMPLE_JA,
                )
            )
        return None
    if translation is None and not problems_of(problems, Code.EXAMPLE_INCOMPLETE):
        problems.append(
            _error(
                Code.EXAMPLE_INCOMPLETE,
                "the example needs its Indonesian and English translations too",
                Column.EXAMPLE_ID,
                "Indonesian",
            )
        )
    # the validator's own rules for a sentence (build.py), so an imported word never fails
    # `nihongoku validate` afterwards
    pieces, faults = read_japanese(ja)
    if pieces is None:
        fault = faults[0]
        problems.append(
            _error(
                Code.EXAMPLE_NOTATION, f"example: {fault.message}", Column.EXAMPLE_JA, fault.part
            )
        )
        return None
    if written and not uses_word(pieces, written, reading, pos):
        problems.append(
            _error(
                Code.EXAMPLE_WITHOUT_WORD,
                f"the example does not contain {written} (or its stem)",
                Column.EXAMPLE_JA,
                written,
            )
        )
    if translation is None:
        return None
    return Example(ja=ja, id=translation.id, en=translation.en)


# -- the outcome ---------------------------------------------------------------------------


def accepted(results: Iterable[RowResult]) -> list[Vocabulary]:
    """The words of the rows without errors, in sheet order."""
    return [r.word for r in results if r.word is not None and not r.errors]


class ImportBlocked(NihongokuError):
    """Chosen rows still have errors: nothing was written."""

    def __init__(self, rows: Sequence[int]) -> None:
        listed = ", ".join(str(n) for n in rows[:10]) + (" …" if len(rows) > 10 else "")
        super().__init__(
            f"nothing written: {len(rows)} row(s) with errors ({listed}); fix them or leave "
            f"them out"
        )
        self.rows = list(rows)


def with_words(lesson: LessonFile, words: Sequence[Vocabulary]) -> LessonFile:
    """The lesson with ``words`` added after its own vocabulary."""
    data = lesson.model_dump(mode="json", exclude_none=True)
    added = [w.model_dump(mode="json", exclude_none=True) for w in words]
    data["vocabulary"] = [*data.get("vocabulary", []), *added]
    return LessonFile.model_validate(data)


def apply_to_lesson(
    results: Sequence[RowResult], lesson: LessonFile, folder: Path | None = None
) -> tuple[Path, list[Vocabulary]]:
    """Add the rows' words to ``lesson`` (an instructor's, new or existing) and save it.

    Raises ImportBlocked, writing nothing, when any of ``results`` has an error.
    """
    blocked = [r.row for r in results if r.errors or r.word is None]
    if blocked:
        raise ImportBlocked(blocked)
    words = accepted(results)
    return save_lesson(with_words(lesson, words), folder), words
