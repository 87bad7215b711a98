"""An exam's blueprint: sections, clocks, question families in the test's order, scoring.

Blueprints are YAML files (resources/exams/ for the built-in ones; instructors may add
their own). They are read like lesson files: every problem is reported with its line.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import Field, model_validator

from nihongoku.core.content.loader import Path_, line_of, read_model
from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import Bilingual, ExerciseFamily, ItemId, Level, Strict, Text
from nihongoku.core.practice.quiz import GENERATED_FAMILIES, Family
from nihongoku.paths import custom_exams_dir, is_custom, resources_dir

# every family a mondai may draw from: generated from the course's words, or authored
FAMILIES = frozenset({f.value for f in Family} | {f.value for f in ExerciseFamily})


class ExamKind(enum.StrEnum):
    JLPT = "jlpt"  # a clock per section; listening forward-only; scaled scores and pass rules
    JFT = "jft"  # one clock; overview grid, flags, sections locked when finished; 10–250
    PRACTICE = "practice"  # e.g. the internship selection: one clock, percent per section


class Instruction(Strict):
    ja: Text  # the mondai's instruction line, in kana (as the test prints it)
    id: Text
    en: Text


class Mondai(Strict):
    family: str
    count: Annotated[int, Field(ge=1, le=60)]
    instruction: Instruction
    area: str | None = None  # JLPT reference grades: vocabulary, grammar, reading
    level: Level | None = None  # the lessons it draws from, when not the exam's level
    lessons: list[ItemId] | None = None  # only these lessons (else the exam's lessons)
    # an instructor's own choice of question (generated) or exercise (authored) ids: the
    # form asks exactly these, in this order
    picks: list[Text] | None = None

    @model_validator(mode="after")
    def _known_family(self) -> Mondai:
        if self.family not in FAMILIES:
            raise ValueError(
                f"unknown family {self.family!r} (known: {', '.join(sorted(FAMILIES))})"
            )
        return self


class Section(Strict):
    id: ItemId
    title: Bilingual
    minutes: Annotated[int, Field(ge=1, le=300)] | None = None  # its own clock (JLPT)
    scoring: ItemId  # the scoring group its points count for
    forward_only: bool = False  # listening: no going back, each clip plays once
    answer_seconds: Annotated[int, Field(ge=0, le=60)] = 0  # the pause after each clip
    mondai: Annotated[list[Mondai], Field(min_length=1)]


class ScoringGroup(Strict):
    id: ItemId
    title: Bilingual
    scale: Annotated[int, Field(ge=1, le=1000)]  # points the group is reported on
    pass_min: Annotated[int, Field(ge=0)] | None = None  # sectional minimum (JLPT)


class Band(Strict):
    name: Text  # e.g. A1, A2
    min: int


class BlueprintFile(Strict):
    id: ItemId
    title: Bilingual
    description: Bilingual
    kind: ExamKind
    level: Level
    forms: Annotated[int, Field(ge=1, le=20)]
    minutes: Annotated[int, Field(ge=1, le=300)] | None = None  # one clock for all sections
    sections: Annotated[list[Section], Field(min_length=1)]
    scoring: Annotated[list[ScoringGroup], Field(min_length=1)]
    pass_total: int | None = None  # JLPT: the total the pass needs
    score_range: tuple[int, int] | None = None  # JFT: the scale the estimate is on
    bands: list[Band] = Field(default_factory=list)  # JFT: the levels by score
    estimate_note: Bilingual  # what the estimate is and is not, shown with every result
    lessons: list[ItemId] | None = None  # draw only from these lessons
    author: Text | None = None  # an instructor's test: who made it
    created: Text | None = None  # and when (ISO date), for the list and for packs

    @property
    def total_minutes(self) -> int:
        """The whole exam's time: its one clock, or its sections' clocks added up."""
        return self.minutes or sum(section.minutes or 0 for section in self.sections)


@dataclass(frozen=True)
class Blueprint:
    path: Path
    spec: BlueprintFile
    lines: dict[Path_, int] = field(default_factory=dict, compare=False, repr=False)

    def line(self, *location: str | int) -> int:
        """The file's line of ``location`` (1 when unknown): problems found later name it."""
        return line_of(self.lines, *location)

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def questions(self) -> int:
        return sum(m.count for s in self.spec.sections for m in s.mondai)


def exams_dir() -> Path:
    return resources_dir() / "exams"


def exam_folders() -> list[Path]:
    """The built-in exams, then the instructors' own tests."""
    return [exams_dir(), custom_exams_dir()]


def read_blueprint(path: Path) -> tuple[Blueprint | None, list[Problem]]:
    """A blueprint file, checked beyond its schema: clocks and scoring that fit together."""
    spec, lines, problems = read_model(path, BlueprintFile, "a blueprint is a mapping (id:, …)")
    if spec is None:
        return None, problems
    groups = {group.id for group in spec.scoring}
    for i, section in enumerate(spec.sections):
        if section.scoring not in groups:
            problems.append(
                Problem(
                    path,
                    line_of(lines, "sections", i, "scoring"),
                    f"section {section.id!r} counts for scoring group {section.scoring!r}, "
                    "which the blueprint does not define",
                )
            )
        if spec.minutes is None and section.minutes is None:
            problems.append(
                Problem(
                    path,
                    line_of(lines, "sections", i),
                    f"section {section.id!r} has no clock: give it minutes, or the exam minutes",
                )
            )
    if spec.kind is ExamKind.JFT and (spec.score_range is None or not spec.bands):
        problems.append(
            Problem(path, line_of(lines, "kind"), "a jft exam needs score_range and bands")
        )
    if spec.kind is ExamKind.JLPT and spec.pass_total is None:
        problems.append(Problem(path, line_of(lines, "kind"), "a jlpt exam needs pass_total"))
    problems += _pick_problems(path, spec, lines)
    return (None, problems) if problems else (Blueprint(path, spec, lines), [])


def _pick_problems(path: Path, spec: BlueprintFile, lines: dict[Path_, int]) -> list[Problem]:
    """What can be said about picks without the course (the rest: forms.pick_problems)."""
    generated = {f.value for f in GENERATED_FAMILIES}
    problems = []
    picked = False
    for i, section in enumerate(spec.sections):
        for j, mondai in enumerate(section.mondai):
            if mondai.picks is None:
                continue
            picked = True
            where = line_of(lines, "sections", i, "mondai", j, "picks")
            twice = sorted({p for p in mondai.picks if mondai.picks.count(p) > 1})
            if twice:
                problems.append(Problem(path, where, f"picked twice: {', '.join(twice)}"))
            if mondai.family in generated and len(mondai.picks) != mondai.count:
                problems.append(
                    Problem(
                        path,
                        line_of(lines, "sections", i, "mondai", j, "count"),
                        f"count is {mondai.count} but {len(mondai.picks)} questions are picked",
                    )
                )
    if picked and spec.forms != 1:
        problems.append(
            Problem(
                path,
                line_of(lines, "forms"),
                "a test with picked questions has one form: set forms: 1",
            )
        )
    return problems


def blueprint_files(folders: Iterable[Path]) -> list[Path]:
    """The folders' blueprint files: folder by folder (built-in exams first), by name."""
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.yaml"))]


def load_blueprints(folders: Iterable[Path] | None = None) -> tuple[list[Blueprint], list[Problem]]:
    """Every blueprint in ``folders`` (default: built-in and instructors'); broken ones reported."""
    found: list[Blueprint] = []
    problems: list[Problem] = []
    for path in blueprint_files(folders if folders is not None else exam_folders()):
        blueprint, found_problems = read_blueprint(path)
        problems += found_problems
        if blueprint is not None:
            found.append(blueprint)
    built_in = {b.id for b in found if not is_custom(b.path)}
    for blueprint in [b for b in found if is_custom(b.path) and b.id in built_in]:
        problems.append(
            Problem(
                blueprint.path,
                blueprint.line("id"),
                f"exam id {blueprint.id!r} belongs to a built-in exam: give the test its own id",
            )
        )
        found.remove(blueprint)
    ids = [b.id for b in found]
    for blueprint in found:
        if ids.count(blueprint.id) > 1:
            problems.append(Problem(blueprint.path, 1, f"exam id {blueprint.id!r} is used twice"))
    return found, problems
