"""The test builder: what an instructor can put in a test, and the test saved as a blueprint.

An instructor's test is an ordinary blueprint file in ``paths.custom_exams_dir()``: the
exams page lists it beside the built-in ones and learners take it like any mock exam. A
test is a list of parts (one mondai each); consecutive parts with the same section name
form one section, scored as a percentage. A part either draws its questions at random
from chosen lessons or asks exactly the questions the instructor picked.
"""

from __future__ import annotations

import contextlib
import random
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from nihongoku.core.content.course import Course, Lesson
from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import Bilingual, Level
from nihongoku.core.exams.blueprint import (
    Blueprint,
    ExamKind,
    Instruction,
    exams_dir,
    load_blueprints,
    read_blueprint,
)
from nihongoku.core.exams.forms import GENERATED, course_problems
from nihongoku.core.files import move_to_trash, write_atomic
from nihongoku.core.japanese import plain_text
from nihongoku.core.practice.questions import PracticeQuestion, authored_questions, from_quiz_item
from nihongoku.core.practice.quiz import Family, QuizBank, QuizItem
from nihongoku.paths import custom_exams_dir, is_custom

MAX_LABEL = 48  # characters of a question's text in a candidate's label

DEFAULT_INSTRUCTION = Instruction(
    ja="いちばん いい ものを えらんで ください。",
    id="Pilih jawaban yang paling tepat.",
    en="Choose the best answer.",
)


# A part's section name when the instructor gives none (as a teacher would head it).
SECTION_NAMES: dict[str, str] = {
    "kanji-reading": "Cara membaca kanji",
    "orthography": "Penulisan kata",
    "context-word": "Kosakata dalam kalimat",
    "meaning": "Arti kata",
    "meaning-reverse": "Arti kata",
    "paraphrase": "Kalimat yang mirip artinya",
    "usage": "Pemakaian kata",
    "grammar-form": "Tata bahasa",
    "composition": "Tata bahasa",
    "text-grammar": "Tata bahasa dalam teks",
    "reading-short": "Membaca",
    "reading-mid": "Membaca",
    "reading-info": "Membaca",
    "listening-task": "Mendengarkan",
    "listening-point": "Mendengarkan",
    "listening-expression": "Mendengarkan",
    "listening-response": "Mendengarkan",
}


class BuildError(ValueError):
    """A test that cannot be saved: its problems, each naming the place."""

    def __init__(self, problems: Sequence[Problem | str]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class Candidate:
    """One question (generated) or exercise (authored) a part can pick."""

    id: str  # what the blueprint's picks hold
    family: str
    lesson_id: str
    text: str  # the Japanese the question is about, short
    meaning: Bilingual | None  # the word's meaning (generated families)
    preview: tuple[PracticeQuestion, ...]  # what the learner will see (an exercise: several)

    @property
    def questions(self) -> int:
        return len(self.preview)

    def label(self, language: str = "id") -> str:
        meaning = ""
        if self.meaning is not None:
            meaning = f" — {self.meaning.en if language == 'en' else self.meaning.id}"
        many = f" ×{self.questions}" if self.questions > 1 else ""
        return f"{self.text}{meaning}{many}  [{self.lesson_id}]"


@dataclass
class PartDraft:
    """One mondai of the test being built."""

    section: str  # the section's name; the same name as the part before: the same section
    family: str
    count: int
    level: Level | None = None
    lessons: list[str] = field(default_factory=list)  # none: every lesson of the level
    picks: list[str] | None = None  # None: drawn at random
    instruction: Instruction | None = None  # None: the family's usual one


@dataclass
class DraftTest:
    title_id: str
    title_en: str
    minutes: int
    parts: list[PartDraft]
    level: Level = Level.N5  # parts without a level or lessons draw from this level
    author: str | None = None
    exam_id: str | None = None  # kept when an existing test is edited
    path: Path | None = None  # the file being edited
    created: str | None = None

    @property
    def questions(self) -> int:
        return sum(part.count for part in self.parts)


class Builder:
    """What the builder offers over one course. Build once per course; cheap to ask."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.bank = QuizBank(course)
        self._cache: dict[tuple[str, str], list[Candidate]] = {}

    def lessons(self, level: Level | None = None) -> list[Lesson]:
        return [lesson for lesson in self.course.lessons if level is None or lesson.level is level]

    def part_lessons(self, part: PartDraft, default: Level = Level.N5) -> list[Lesson]:
        """The lessons a part draws from, as forms.py chooses them."""
        if not part.lessons:
            return self.lessons(part.level or default)
        known = {lesson.id: lesson for lesson in self.course.lessons}
        found = [known[i] for i in part.lessons if i in known]
        return [lesson for lesson in found if part.level is None or lesson.level is part.level]

    def candidates(
        self, family: str, lessons: Iterable[Lesson] | None = None, level: Level | None = None
    ) -> list[Candidate]:
        """Every question of ``family`` the lessons can give, in course order."""
        chosen = list(lessons) if lessons is not None else self.lessons(level)
        found: list[Candidate] = []
        for lesson in chosen:
            if level is not None and lesson.level is not level:
                continue
            key = (family, lesson.id)
            if key not in self._cache:
                self._cache[key] = self._lesson_candidates(family, lesson)
            found += self._cache[key]
        return found

    def available(self, part: PartDraft, default: Level = Level.N5) -> int:
        """How many questions a random part could draw (an upper bound for its count)."""
        return sum(
            c.questions for c in self.candidates(part.family, self.part_lessons(part, default))
        )

    def _lesson_candidates(self, family: str, lesson: Lesson) -> list[Candidate]:
        if family in GENERATED:
            made = []
            for word in self.bank.eligible(Family(family), [lesson]):
                item = self.bank.build(Family(family), word, random.Random(word.id))
                if isinstance(item, QuizItem):
                    made.append(
                        Candidate(
                            item.id,
                            family,
                            lesson.id,
                            f"{word.written}（{word.reading}）"
                            if word.written != word.reading
                            else word.written,
                            word.meaning,
                            (from_quiz_item(item),),
                        )
                    )
            return made
        return [
            Candidate(
                exercise.id,
                family,
                lesson.id,
                _short(exercise.passage or exercise.questions[0].stem),
                None,
                tuple(authored_questions([exercise])),
            )
            for exercise in lesson.exercises
            if exercise.family.value == family and exercise.questions
        ]

    def family_of(self, pick: str) -> str | None:
        """The family a pick belongs to: a generated question's prefix, an exercise's own."""
        prefix, colon, _word = pick.partition(":")
        if colon:
            return prefix if prefix in GENERATED else None
        exercise = next((e for e in self.course.exercises() if e.id == pick), None)
        return exercise.family.value if exercise is not None else None

    def picked_questions(self, family: str, picks: Sequence[str]) -> int:
        """How many questions ``picks`` give (an exercise gives all of its own)."""
        by_id = {c.id: c for c in self.candidates(family, self.course.lessons)}
        return sum(by_id[p].questions for p in picks if p in by_id)

    def balanced_draw(self, blueprint: Blueprint, lesson_ids: Sequence[str]) -> DraftTest:
        """A blueprint's sections, mondai and counts, drawing only from ``lesson_ids``.

        Each mondai takes the chosen lessons of its level (all of them when none has it);
        its count is cut to what those lessons can give, and a mondai they cannot give a
        single question for is left out.
        """
        spec = blueprint.spec
        chosen = [lesson for lesson in self.course.lessons if lesson.id in set(lesson_ids)]
        parts = []
        for section in spec.sections:
            for mondai in section.mondai:
                level = mondai.level or spec.level
                same = [lesson.id for lesson in chosen if lesson.level is level]
                part = PartDraft(
                    section=section.title.id,
                    family=mondai.family,
                    count=mondai.count,
                    lessons=same or [lesson.id for lesson in chosen],
                    instruction=mondai.instruction,
                )
                part.count = min(part.count, self.available(part))
                if part.count:
                    parts.append(part)
        return DraftTest(
            title_id=spec.title.id,
            title_en=spec.title.en,
            minutes=spec.total_minutes,
            parts=parts,
            level=spec.level,
        )


def draft_of(blueprint: Blueprint) -> DraftTest:
    """A saved test as a draft to edit (its id and file are kept)."""
    spec = blueprint.spec
    parts = [
        PartDraft(
            section=section.title.id,
            family=mondai.family,
            count=mondai.count,
            level=mondai.level,
            lessons=list(mondai.lessons or spec.lessons or []),
            picks=list(mondai.picks) if mondai.picks is not None else None,
            instruction=mondai.instruction,
        )
        for section in spec.sections
        for mondai in section.mondai
    ]
    return DraftTest(
        title_id=spec.title.id,
        title_en=spec.title.en,
        minutes=spec.total_minutes,
        parts=parts,
        level=spec.level,
        author=spec.author,
        exam_id=spec.id,
        path=blueprint.path,
        created=spec.created,
    )


def usual_instructions() -> dict[str, Instruction]:
    """Each family's instruction as the built-in exams print it."""
    found: dict[str, Instruction] = {}
    for blueprint in load_blueprints([exams_dir()])[0]:
        for section in blueprint.spec.sections:
            for mondai in section.mondai:
                found.setdefault(mondai.family, mondai.instruction)
    return found


def blueprint_data(draft: DraftTest, exam_id: str) -> dict[str, Any]:
    """The blueprint file's content for ``draft`` (plain data, in the files' key order)."""
    usual = usual_instructions()
    sections: list[dict[str, Any]] = []
    names: list[str] = []
    for part in draft.parts:
        name = part.section.strip() or draft.title_id
        if not sections or names[-1] != name:
            section_id = _unique_slug(name, {s["id"] for s in sections})
            sections.append(
                {
                    "id": section_id,
                    "title": {"id": name, "en": name},
                    "scoring": section_id,
                    "mondai": [],
                }
            )
            names.append(name)
        instruction = part.instruction or usual.get(part.family, DEFAULT_INSTRUCTION)
        mondai: dict[str, Any] = {"family": part.family}
        if part.level is not None:
            mondai["level"] = part.level.value
        if part.lessons:
            mondai["lessons"] = list(part.lessons)
        mondai["count"] = part.count
        if part.picks is not None:
            mondai["picks"] = list(part.picks)
        mondai["instruction"] = instruction.model_dump()
        sections[-1]["mondai"].append(mondai)
    title = {"id": draft.title_id.strip(), "en": draft.title_en.strip() or draft.title_id.strip()}
    data: dict[str, Any] = {
        "id": exam_id,
        "title": title,
        "description": _description(draft),
        "kind": ExamKind.PRACTICE.value,
        "level": draft.level.value,
        "forms": 1,
        "minutes": draft.minutes,
    }
    if draft.author:
        data["author"] = draft.author
    data["created"] = draft.created or date.today().isoformat()
    data["estimate_note"] = {
        "id": "Nilai setiap bagian dalam persen. Tanyakan batas lulusnya kepada instruktur.",
        "en": "Each section is scored as a percentage. Ask your instructor for the pass mark.",
    }
    data["scoring"] = [{"id": s["id"], "title": s["title"], "scale": 100} for s in sections]
    data["sections"] = sections
    return data


def _description(draft: DraftTest) -> dict[str, str]:
    """Who made the test and when (the card already says it is an instructor's)."""
    created = draft.created or date.today().isoformat()
    with contextlib.suppress(ValueError):  # as the app shows dates, when it is a date
        created = date.fromisoformat(created).strftime("%d-%m-%Y")
    if draft.author:
        return {
            "id": f"Dibuat oleh {draft.author}, {created}.",
            "en": f"Made by {draft.author}, {created}.",
        }
    return {"id": f"Dibuat {created}.", "en": f"Made {created}."}


def save_test(draft: DraftTest, course: Course | None = None, folder: Path | None = None) -> Path:
    """Check and write an instructor's test; nothing is written when it has problems.

    A new test gets an id no exam has (``t-<title>``); an edited one keeps its id and file.
    With ``course``, picks and lessons are checked against it too.
    """
    folder = folder or custom_exams_dir()
    if not draft.title_id.strip():
        raise BuildError(["the test needs a title"])
    if not draft.parts:
        raise BuildError(["the test needs at least one part"])
    if draft.exam_id is not None:
        exam_id = draft.exam_id
        path = draft.path or folder / f"{exam_id}.yaml"
    else:
        from nihongoku.core.authoring.lesson_files import new_id

        taken = {b.id for b in load_blueprints([exams_dir(), folder])[0]}
        taken |= {p.stem for p in folder.glob("*.yaml")} if folder.is_dir() else set()
        exam_id = new_id("t", draft.title_id, taken)
        path = folder / f"{exam_id}.yaml"
    if path.exists() and not is_custom(path) and folder == custom_exams_dir():
        raise BuildError([f"{path}: only instructors' tests can be changed"])
    text = blueprint_yaml(blueprint_data(draft, exam_id))
    problems = check_blueprint_text(text, path, course)
    if problems:
        raise BuildError(problems)
    write_atomic(path, text.encode("utf-8"))
    return path


def check_blueprint_text(text: str, target: Path, course: Course | None) -> list[Problem]:
    """The problems ``text`` would have as the file ``target`` (read from a scratch copy,
    so that nothing is written until it is right)."""
    with tempfile.TemporaryDirectory(prefix="nihongoku-test-") as scratch:
        path = Path(scratch) / target.name
        path.write_text(text, encoding="utf-8")
        blueprint, problems = read_blueprint(path)
        if blueprint is not None and course is not None:
            problems = course_problems(blueprint, course)
        return [replace(p, file=target) for p in problems]


def delete_test(path: Path) -> Path:
    """Move an instructor's test to ``.trash`` beside it; built-in exams are refused."""
    if not is_custom(path):
        raise BuildError([f"{path.stem} is a built-in exam: it cannot be deleted"])
    return move_to_trash(path)


def blueprint_yaml(data: dict[str, Any]) -> str:
    header = "# A test made with Nihongoku's test builder (a mock-exam blueprint).\n"
    return header + yaml.dump(
        data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=96
    )


class _NoAliases(yaml.SafeDumper):
    """Blueprint files refuse aliases (see loader.AliasError): repeat shared values."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _unique_slug(name: str, taken: set[str]) -> str:
    from nihongoku.core.authoring.lesson_files import new_id

    return new_id("", name, taken)


def _short(pieces: Sequence[Any]) -> str:
    text = plain_text(list(pieces)).replace("\n", " ").replace("__", "").strip()
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"
