"""An attempt's result: raw points per scoring group and area, and the estimate the
blueprint's kind asks for (JLPT scaled sections and pass rules, JFT score and level).

Real JLPT and JFT-Basic scores are scaled over all candidates (item response theory);
a mock can only scale its raw share linearly. Every result carries the blueprint's note
saying so, and the interface shows it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from nihongoku.core.content.schema import Bilingual
from nihongoku.core.exams.blueprint import ExamKind
from nihongoku.core.exams.forms import ExamForm

# JLPT reference grades for vocabulary, grammar and reading: share of the area's points
GRADE_A = 0.67
GRADE_B = 0.34


@dataclass(frozen=True)
class GroupScore:
    id: str
    title: Bilingual
    right: int
    asked: int
    points: int  # on the group's scale
    scale: int
    pass_min: int | None

    @property
    def below_minimum(self) -> bool:
        return self.pass_min is not None and self.points < self.pass_min


@dataclass(frozen=True)
class AreaGrade:
    area: str
    right: int
    asked: int
    grade: str  # A, B or C


@dataclass(frozen=True)
class ExamResult:
    kind: ExamKind
    groups: tuple[GroupScore, ...]
    total: int  # the estimate: JLPT 0–180, JFT 10–250, practice: percent
    total_scale: tuple[int, int]
    passed: bool | None  # None when the exam has no pass rule
    band: str | None  # JFT: the level the estimate falls in (None: below the first)
    areas: tuple[AreaGrade, ...]
    by_family: dict[str, tuple[int, int]] = field(default_factory=dict)  # right, asked
    note: Bilingual | None = None

    @property
    def right(self) -> int:
        return sum(g.right for g in self.groups)

    @property
    def asked(self) -> int:
        return sum(g.asked for g in self.groups)


def score(form: ExamForm, answers: Mapping[str, int]) -> ExamResult:
    """Score ``answers`` (question id → chosen index) on ``form``; unanswered is wrong."""
    spec = form.blueprint.spec
    right_by_group: Counter[str] = Counter()
    asked_by_group: Counter[str] = Counter()
    right_by_area: Counter[str] = Counter()
    asked_by_area: Counter[str] = Counter()
    by_family: dict[str, list[int]] = {}
    for section in form.sections:
        for mondai in section.mondai:
            for question in mondai.questions:
                correct = answers.get(question.id) == question.answer
                right_by_group[section.spec.scoring] += correct
                asked_by_group[section.spec.scoring] += 1
                if mondai.spec.area:
                    right_by_area[mondai.spec.area] += correct
                    asked_by_area[mondai.spec.area] += 1
                tally = by_family.setdefault(mondai.spec.family, [0, 0])
                tally[0] += correct
                tally[1] += 1
    groups = tuple(
        GroupScore(
            id=group.id,
            title=group.title,
            right=right_by_group[group.id],
            asked=asked_by_group[group.id],
            points=_share(right_by_group[group.id], asked_by_group[group.id], group.scale),
            scale=group.scale,
            pass_min=group.pass_min,
        )
        for group in spec.scoring
    )
    areas = tuple(
        AreaGrade(
            area,
            right_by_area[area],
            asked_by_area[area],
            _grade(right_by_area[area], asked_by_area[area]),
        )
        for area in asked_by_area
    )
    right = sum(g.right for g in groups)
    asked = sum(g.asked for g in groups)
    passed: bool | None = None
    band: str | None = None
    if spec.kind is ExamKind.JLPT:
        total = sum(g.points for g in groups)
        scale = (0, sum(g.scale for g in groups))
        assert spec.pass_total is not None  # the blueprint check requires it
        passed = total >= spec.pass_total and not any(g.below_minimum for g in groups)
    elif spec.kind is ExamKind.JFT:
        assert spec.score_range is not None
        low, high = spec.score_range
        total = low + _share(right, asked, high - low)
        scale = (low, high)
        reached = [b for b in sorted(spec.bands, key=lambda b: b.min) if total >= b.min]
        band = reached[-1].name if reached else None
    else:
        total = _share(right, asked, 100)
        scale = (0, 100)
    return ExamResult(
        kind=spec.kind,
        groups=groups,
        total=total,
        total_scale=scale,
        passed=passed,
        band=band,
        areas=areas,
        by_family={family: (r, a) for family, (r, a) in by_family.items()},
        note=spec.estimate_note,
    )


def _share(right: int, asked: int, scale: int) -> int:
    return round(scale * right / asked) if asked else 0


def _grade(right: int, asked: int) -> str:
    share = right / asked if asked else 0.0
    return "A" if share >= GRADE_A else "B" if share >= GRADE_B else "C"
