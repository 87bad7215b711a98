"""From lesson files to a Course: every check of the format, all problems at once.

A file with any problem is left out of the course (and named in ``Course.problems``);
the rest of the course still loads, so one broken lesson never stops the app.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from nihongoku.core.content.course import (
    Course,
    ExerciseEntry,
    GrammarEntry,
    KanaEntry,
    KanjiEntry,
    Lesson,
    QuestionEntry,
    Sentence,
    VocabEntry,
    sentence,
)
from nihongoku.core.content.loader import LessonSource, read_lesson
from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import (
    LISTENING_FAMILIES,
    SPOKEN_CHOICES,
    Example,
    Exercise,
    ExerciseFamily,
    Level,
    PartOfSpeech,
    Question,
)
from nihongoku.core.content.script import ScriptError, Turn, parse_script
from nihongoku.core.japanese import (
    FuriganaError,
    Ruby,
    bracketed,
    furigana,
    is_hiragana,
    is_kana,
    is_kanji,
    is_katakana,
    parse_bracketed,
    plain_text,
    reading_of,
    romaji,
    to_hiragana,
)

# Parts of speech whose final は is the particle "wa": こんにちは, では.
PHRASES = {PartOfSpeech.EXPRESSION, PartOfSpeech.CONJUNCTION, PartOfSpeech.INTERJECTION}

INFLECTING = {
    PartOfSpeech.VERB_GODAN,
    PartOfSpeech.VERB_ICHIDAN,
    PartOfSpeech.VERB_IRREGULAR,
    PartOfSpeech.I_ADJECTIVE,
}


def lesson_files(paths: Iterable[Path]) -> list[Path]:
    """The lesson files under ``paths``, in the order of ``paths``.

    On a clash (an id or an order used twice) the file read later is the one blamed and
    left out: the built-in course comes first, so an instructor's lesson can never push
    a lesson of the course out.
    """
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            found.update(dict.fromkeys(sorted(_visible_yaml(path))))
        else:
            found[path] = None
    return list(found)


def _visible_yaml(folder: Path) -> Iterator[Path]:
    # hidden folders hold what is not part of the course: an instructor's .trash
    for path in folder.rglob("*.yaml"):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if path.is_file() and not hidden:
            yield path


def build_course(paths: Iterable[Path]) -> Course:
    """Load, check and compile every lesson file under ``paths``."""
    problems: list[Problem] = []
    compiled: list[tuple[Lesson, LessonSource]] = []
    for path in lesson_files(paths):
        source, found = read_lesson(path)
        problems += found
        if source is None:
            continue
        lesson, found = compile_lesson(source)
        problems += found
        if lesson is not None and not found:
            compiled.append((lesson, source))
    lessons, found = cross_check(compiled)
    problems += found
    return Course(lessons, sorted(problems))


# -- one file ---------------------------------------------------------------------------


class _FileChecker:
    def __init__(self, source: LessonSource) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def report(self, message: str, *location: str | int) -> None:
        self.problems.append(Problem(self.source.path, self.source.line(*location), message))

    def sentence(self, example: Example, *location: str | int) -> Sentence | None:
        pieces = self.japanese(example.ja, "example", *location, "ja")
        return sentence(example, pieces) if pieces is not None else None

    def japanese(self, text: str, what: str, *location: str | int) -> list[Ruby] | None:
        """Text in bracket notation, every kanji with a kana reading; None if not."""
        pieces, faults = read_japanese(text)
        for fault in faults:
            self.report(f"{what}: {fault.message}", *location)
        return pieces


@dataclass(frozen=True)
class Fault:
    """What is wrong with a piece of Japanese text, and the part of it to show."""

    message: str
    part: str


def read_japanese(text: str) -> tuple[list[Ruby] | None, list[Fault]]:
    """Text in bracket notation, every kanji with a kana reading; the faults if not.

    The one definition of well-formed Japanese text, for lesson files and for everything
    that makes lesson content (the spreadsheet import checks rows with it).
    """
    try:
        pieces = parse_bracketed(text)
    except FuriganaError as exc:
        return None, [Fault(str(exc), text)]
    faults = []
    for piece in pieces:
        if piece.reading is None and any(is_kanji(c) for c in piece.text):
            kanji = "".join(c for c in piece.text if is_kanji(c))
            faults.append(Fault(f"{kanji} has no reading; write it as {kanji}[…]", f"{kanji}[…]"))
        if piece.reading is not None and not is_kana(piece.reading):
            faults.append(
                Fault(f"the reading of {piece.text} is not kana: {piece.reading}", piece.reading)
            )
    return (None if faults else pieces), faults


def compile_lesson(source: LessonSource) -> tuple[Lesson | None, list[Problem]]:
    data = source.lesson
    check = _FileChecker(source)

    kana: list[KanaEntry] = []
    for i, item in enumerate(data.kana):
        at = ("kana", i)
        if not is_kana(item.char):
            check.report(f"'{item.char}' is not kana", *at, "char")
            continue
        scripts = {"hiragana" if is_hiragana(c) else "katakana" for c in item.char if c != "ー"}
        if len(scripts) != 1 and item.char != "ー":
            check.report(f"'{item.char}' mixes hiragana and katakana", *at, "char")
            continue
        kana.append(
            KanaEntry(
                id=item.id,
                char=item.char,
                kind=item.kind,
                romaji=romaji(item.char),
                script=scripts.pop() if scripts else "katakana",
                mnemonic=item.mnemonic,
                example_ids=tuple(item.examples),
                lesson_id=data.id,
                level=data.level,
            )
        )

    vocabulary: list[VocabEntry] = []
    for i, word in enumerate(data.vocabulary):
        at = ("vocabulary", i)
        if not is_kana(word.reading):
            check.report(f"the reading '{word.reading}' is not kana", *at, "reading")
            continue
        pieces = _word_furigana(check, word.written, word.reading, word.furigana, at)
        if pieces is None:
            continue
        example = None
        if word.example is not None:
            example = check.sentence(word.example, *at, "example")
            uses = example is None or uses_word(
                list(example.pieces), word.written, word.reading, word.pos
            )
            if not uses:
                check.report(
                    f"the example does not contain {word.written} (or its stem)",
                    *at,
                    "example",
                    "ja",
                )
        vocabulary.append(
            VocabEntry(
                id=word.id,
                written=word.written,
                reading=word.reading,
                romaji=romaji(word.reading, phrase=word.pos in PHRASES),
                furigana=tuple(pieces),
                meaning=word.meaning,
                pos=word.pos,
                example=example,
                audio=word.audio,
                note=word.note,
                lesson_id=data.id,
                level=data.level,
            )
        )

    kanji: list[KanjiEntry] = []
    for i, k in enumerate(data.kanji):
        at = ("kanji", i)
        if not is_kanji(k.char):
            check.report(f"'{k.char}' is not a kanji", *at, "char")
        for j, on in enumerate(k.onyomi):
            if not all(is_katakana(c) for c in on):
                check.report(f"on reading '{on}' must be katakana", *at, "onyomi", j)
        for j, kun in enumerate(k.kunyomi):
            if not all(is_hiragana(c) or c in ".-" for c in kun):
                check.report(
                    f"kun reading '{kun}' must be hiragana (okurigana after '.')", *at, "kunyomi", j
                )
        if not k.onyomi and not k.kunyomi:
            check.report("a kanji needs at least one on or kun reading", *at)
        kanji.append(
            KanjiEntry(
                id=k.id,
                char=k.char,
                on=tuple(k.onyomi),
                kun=tuple(k.kunyomi),
                meaning=k.meaning,
                strokes=k.strokes,
                example_ids=tuple(k.examples),
                lesson_id=data.id,
                level=data.level,
            )
        )

    grammar: list[GrammarEntry] = []
    for i, g in enumerate(data.grammar):
        examples = [
            check.sentence(ex, "grammar", i, "examples", j) for j, ex in enumerate(g.examples)
        ]
        grammar.append(
            GrammarEntry(
                id=g.id,
                pattern=g.pattern,
                title=g.title,
                explanation=g.explanation,
                examples=tuple(e for e in examples if e is not None),
                lesson_id=data.id,
                level=data.level,
            )
        )

    exercises = [
        entry
        for i, exercise in enumerate(data.exercises)
        if (entry := _exercise(check, exercise, data.id, data.level, i)) is not None
    ]

    lesson = Lesson(
        id=data.id,
        title=data.title,
        level=data.level,
        order=data.order,
        goals=tuple(data.goals),
        maps_to=data.maps_to,
        path=source.path,
        kana=tuple(kana),
        vocabulary=tuple(vocabulary),
        review_ids=tuple(data.review),
        kanji=tuple(kanji),
        grammar=tuple(grammar),
        exercises=tuple(exercises),
    )
    return lesson, check.problems


# -- authored exercises ---------------------------------------------------------------------

BLANK = "（　）"
SLOT, STAR_SLOT = "＿＿", "＿★＿"
UNDERLINE = re.compile(r"__(.+?)__")
PASSAGE_FAMILIES = {
    ExerciseFamily.TEXT_GRAMMAR,
    ExerciseFamily.READING_SHORT,
    ExerciseFamily.READING_MID,
    ExerciseFamily.READING_INFO,
}


def _exercise(
    check: _FileChecker, exercise: Exercise, lesson_id: str, level: Level, i: int
) -> ExerciseEntry | None:
    at: tuple[str | int, ...] = ("exercises", i)
    before = len(check.problems)
    passage = None
    if exercise.family in PASSAGE_FAMILIES and exercise.passage is None:
        check.report(f"a {exercise.family.value} exercise needs a passage", *at, "family")
    if exercise.passage is not None:
        passage = check.japanese(exercise.passage, "passage", *at, "passage")
    questions = []
    for j, question in enumerate(exercise.questions):
        entry = _question(check, exercise, question, (*at, "questions", j))
        if entry is not None:
            questions.append(entry)
    if exercise.family is ExerciseFamily.TEXT_GRAMMAR and exercise.passage is not None:
        for n in range(1, len(exercise.questions) + 1):
            if f"（{n}）" not in exercise.passage:
                check.report(f"the passage has no blank （{n}） for question {n}", *at, "passage")
    script = _listening(check, exercise, at)
    if len(check.problems) > before:
        return None
    return ExerciseEntry(
        id=exercise.id,
        lesson_id=lesson_id,
        level=level,
        family=exercise.family,
        tests=tuple(exercise.tests),
        passage=tuple(passage) if passage is not None else None,
        passage_translation=exercise.passage_translation,
        questions=tuple(questions),
        script=script,
        script_translation=exercise.script_translation,
        situation=exercise.situation,
    )


def _listening(
    check: _FileChecker, exercise: Exercise, at: tuple[str | int, ...]
) -> tuple[Turn, ...]:
    """A listening exercise's script, checked; the rules of the real test's mondai."""
    family = exercise.family
    if family not in LISTENING_FAMILIES:
        for name in ("script", "script_translation", "situation"):
            if getattr(exercise, name) is not None:
                check.report(f"only listening exercises have a {name}", *at, name)
        return ()
    if exercise.script is None:
        check.report(f"a {family.value} exercise needs a script", *at, "family")
        return ()
    if exercise.passage is not None:
        check.report("a listening exercise has a script, not a passage", *at, "passage")
    if len(exercise.questions) != 1:
        check.report("a listening exercise asks one question", *at, "questions")
    choices = 3 if family in SPOKEN_CHOICES else 4
    for j, question in enumerate(exercise.questions):
        if len(question.choices) != choices:
            check.report(
                f"a {family.value} question has {choices} choices", *at, "questions", j, "choices"
            )
    if family is ExerciseFamily.LISTENING_EXPRESSION and exercise.situation is None:
        check.report(
            "a listening-expression exercise needs the situation (the test's picture)",
            *at,
            "family",
        )
    if exercise.script_translation is None:
        check.report("a listening script needs its translation", *at, "script")
    try:
        turns = parse_script(exercise.script)
    except ScriptError as exc:
        check.report(f"script: {exc}", *at, "script")
        return ()
    for turn in turns:
        check.japanese(bracketed(list(turn.pieces)), "script", *at, "script")
    return turns


def _question(
    check: _FileChecker, exercise: Exercise, question: Question, at: tuple[str | int, ...]
) -> QuestionEntry | None:
    before = len(check.problems)
    stem = check.japanese(question.stem, "stem", *at, "stem")
    choices = [
        check.japanese(choice, f"choice {k + 1}", *at, "choices", k)
        for k, choice in enumerate(question.choices)
    ]
    count = len(question.choices)
    if question.answer > count:
        check.report(f"answer {question.answer} but only {count} choices", *at, "answer")
    plain = [plain_text(c) for c in choices if c is not None]
    if len(set(plain)) != len(plain):
        check.report("two choices are the same", *at, "choices")
    expected = set(range(1, count + 1)) - {question.answer}
    if set(question.wrong) != expected:
        missing = sorted(expected - set(question.wrong))
        extra = sorted(set(question.wrong) - expected)
        detail = (f"missing {missing}" if missing else "") + (
            f"{'; ' if missing else ''}not wrong choices: {extra}" if extra else ""
        )
        check.report(f"'wrong' must explain each wrong choice: {detail}", *at, "wrong")
    family = exercise.family
    if family is ExerciseFamily.GRAMMAR_FORM and question.stem.count(BLANK) != 1:
        check.report(f"a grammar-form stem needs exactly one blank {BLANK}", *at, "stem")
    if family is ExerciseFamily.PARAPHRASE and len(UNDERLINE.findall(question.stem)) != 1:
        check.report("a paraphrase stem needs one __underlined__ part", *at, "stem")
    if family is ExerciseFamily.USAGE and stem is not None:
        _usage(check, stem, [c for c in choices if c is not None], at)
    order = None
    if family is ExerciseFamily.COMPOSITION:
        order = _composition_order(check, question, at)
    if len(check.problems) > before:
        return None
    return QuestionEntry(
        stem=tuple(stem or ()),
        choices=tuple(tuple(c or ()) for c in choices),
        answer=question.answer - 1,
        order=order,
        explanation=question.explanation,
        wrong={k - 1: v for k, v in question.wrong.items()},
    )


def _usage(
    check: _FileChecker, stem: list[Ruby], choices: list[list[Ruby]], at: tuple[str | int, ...]
) -> None:
    """用法 items: the stem is the word alone, and every choice is a sentence that uses it
    (so the learner judges how it is used, not whether it appears)."""
    word = plain_text(stem)
    if len(choices) != 4 or any(ch in word for ch in " 　、。（）＿★"):
        check.report(
            "a usage item's stem is the word alone, with four sentences as choices", *at, "stem"
        )
        return
    reading = to_hiragana(reading_of(stem))
    for k, choice in enumerate(choices):
        text, said = plain_text(choice), to_hiragana(reading_of(choice))
        # a verb or adjective appears inflected: its written form without the last kana
        stems = {word, reading} | ({word[:-1], reading[:-1]} if len(word) > 1 else set())
        if not any(form and (form in text or form in said) for form in stems):
            check.report(f"choice {k + 1} does not use the word {word}", *at, "choices", k)


def _composition_order(
    check: _FileChecker, question: Question, at: tuple[str | int, ...]
) -> tuple[int, ...] | None:
    """★ items: four slots, one starred; the order puts the answer at the star."""
    stars = question.stem.count(STAR_SLOT)
    slots = question.stem.replace(STAR_SLOT, "").count(SLOT) + stars
    if stars != 1 or slots != 4 or len(question.choices) != 4:
        check.report(
            f"a composition stem needs four slots ({SLOT} ×3 and {STAR_SLOT}) and four choices",
            *at,
            "stem",
        )
        return None
    if question.order is None or sorted(question.order) != [1, 2, 3, 4]:
        check.report("'order' must list the choices 1–4 in their right order", *at, "order")
        return None
    tokens = re.findall(f"{STAR_SLOT}|{SLOT}", question.stem)
    star = tokens.index(STAR_SLOT)
    if question.order[star] != question.answer:
        check.report(
            f"the order puts choice {question.order[star]} at ★, but the answer is "
            f"{question.answer}",
            *at,
            "answer",
        )
        return None
    return tuple(k - 1 for k in question.order)


def _word_furigana(
    check: _FileChecker, written: str, reading: str, given: str | None, at: tuple[str, int]
) -> list[Ruby] | None:
    if given is not None:
        try:
            pieces = parse_bracketed(given)
        except FuriganaError as exc:
            check.report(f"furigana: {exc}", *at, "furigana")
            return None
        if plain_text(pieces) != written or to_hiragana(reading_of(pieces)) != to_hiragana(reading):
            check.report(
                f"furigana '{given}' does not spell {written} / {reading}", *at, "furigana"
            )
            return None
        return pieces
    try:
        return furigana(written, reading)
    except FuriganaError as exc:
        check.report(str(exc), *at, "reading")
        return None


def uses_word(pieces: list[Ruby], written: str, reading: str, pos: PartOfSpeech | None) -> bool:
    """Whether a sentence contains a word: as written, in kana, or a verb's or adjective's
    stem (it appears inflected)."""
    text = plain_text(pieces)
    if written in text or (reading and to_hiragana(reading) in to_hiragana(reading_of(pieces))):
        return True
    if pos in INFLECTING and len(written) > 1:
        return written[:-1] in text
    return False


# -- across files -----------------------------------------------------------------------


def cross_check(
    compiled: list[tuple[Lesson, LessonSource]],
) -> tuple[list[Lesson], list[Problem]]:
    problems: list[Problem] = []
    owner: dict[str, Path] = {}
    slots: dict[tuple[str, int], str] = {}
    kept: list[tuple[Lesson, LessonSource]] = []
    for lesson, source in compiled:
        before = len(problems)
        ids = [("", lesson.id, ("id",))] + [
            (section, entry.id, (section, i, "id"))
            for section in ("kana", "vocabulary", "kanji", "grammar", "exercises")
            for i, entry in enumerate(getattr(lesson, section))
        ]
        for _section, item_id, location in ids:
            if item_id in owner:
                problems.append(
                    Problem(
                        source.path,
                        source.line(*location),
                        f"id '{item_id}' is already used in {owner[item_id]}",
                    )
                )
            else:
                owner[item_id] = source.path
        slot = (lesson.level.value, lesson.order)
        if slot in slots:
            problems.append(
                Problem(
                    source.path,
                    source.line("order"),
                    f"order {lesson.order} of level {lesson.level.value} is "
                    f"already taken by lesson '{slots[slot]}'",
                )
            )
        else:
            slots[slot] = lesson.id
        if len(problems) == before:
            kept.append((lesson, source))

    words = {v.id: v for lesson, _ in kept for v in lesson.vocabulary}
    taught_in = {v.id: lesson for lesson, _ in kept for v in lesson.vocabulary}
    item_lesson = {e.id: lesson for lesson, _ in kept for e in lesson.entries()}
    lessons: list[Lesson] = []
    for lesson, source in kept:
        found: list[Problem] = []
        located: list[tuple[str, int, KanaEntry | KanjiEntry]] = [
            *(("kana", i, e) for i, e in enumerate(lesson.kana)),
            *(("kanji", i, e) for i, e in enumerate(lesson.kanji)),
        ]
        for section, i, entry in located:
            for j, ref in enumerate(entry.example_ids):
                word = words.get(ref)
                line = source.line(section, i, "examples", j)
                if word is None:
                    found.append(
                        Problem(source.path, line, f"example '{ref}' is not a vocabulary id")
                    )
                elif entry.char not in word.written and to_hiragana(entry.char) not in (
                    to_hiragana(word.reading)
                ):
                    found.append(
                        Problem(
                            source.path,
                            line,
                            f"example '{ref}' ({word.written}) does not contain {entry.char}",
                        )
                    )
        for i, exercise in enumerate(lesson.exercises):
            for j, ref in enumerate(exercise.tests):
                if ref not in item_lesson:
                    message = f"tests '{ref}' is not an item of the course"
                elif item_lesson[ref].sort_key > lesson.sort_key:
                    message = f"tests '{ref}', taught later, in lesson '{item_lesson[ref].id}'"
                else:
                    continue
                found.append(Problem(source.path, source.line("exercises", i, "tests", j), message))
        taught = {v.id for v in lesson.vocabulary}
        for j, ref in enumerate(lesson.review_ids):
            if ref not in words:
                message = f"review '{ref}' is not a vocabulary id"
            elif ref in taught:
                message = f"review '{ref}' is taught in this lesson"
            elif taught_in[ref].sort_key > lesson.sort_key:
                message = f"review '{ref}' is taught later, in lesson '{taught_in[ref].id}'"
            else:
                continue
            found.append(Problem(source.path, source.line("review", j), message))
        problems += found
        if not found:
            lessons.append(lesson)
    return lessons, problems
