"""Mock exams: blueprints, forms drawn from the course, the test's rules, scores, resume."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from nihongoku.core.audio import clip_path
from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import Course
from nihongoku.core.content.schema import LISTENING_FAMILIES
from nihongoku.core.exams.attempt import ExamAttempt, ExamRuleError
from nihongoku.core.exams.blueprint import Blueprint, ExamKind, load_blueprints, read_blueprint
from nihongoku.core.exams.forms import ExamForm, assemble_form, assemble_forms, form_summary
from nihongoku.paths import lessons_dir
from tests.test_cli import nihongoku

LISTENING = {family.value for family in LISTENING_FAMILIES}


@cache
def course() -> Course:
    return build_course([lessons_dir()])


@cache
def blueprint(exam_id: str) -> Blueprint:
    found = {b.id: b for b in load_blueprints()[0]}
    return found[exam_id]


@cache
def form(exam_id: str, number: int = 1) -> ExamForm:
    return assemble_form(blueprint(exam_id), course(), number)


def test_the_built_in_exams_follow_the_official_formats() -> None:
    blueprints, problems = load_blueprints()
    assert problems == []
    assert [b.id for b in blueprints] == ["jft-basic", "jlpt-n5", "seleksi"]
    jlpt = blueprint("jlpt-n5").spec
    assert [(s.id, s.minutes) for s in jlpt.sections] == [
        ("vocabulary", 20),
        ("grammar-reading", 40),
        ("listening", 30),
    ]
    assert blueprint("jlpt-n5").questions == 67 and jlpt.forms >= 2
    assert jlpt.sections[2].forward_only
    jft = blueprint("jft-basic").spec
    assert jft.minutes == 60 and len(jft.sections) == 4
    assert all(sum(m.count for m in s.mondai) == 12 for s in jft.sections)


@pytest.mark.parametrize("exam_id", ["jlpt-n5", "jft-basic", "seleksi"])
def test_forms_are_the_same_every_time_and_never_share_a_question(exam_id: str) -> None:
    forms = assemble_forms(blueprint(exam_id), course())
    again = assemble_forms(blueprint(exam_id), course())
    assert [f.fingerprint for f in forms] == [f.fingerprint for f in again]
    seen: set[str] = set()
    for each in forms:
        ids = [q.id for q in each.questions]
        assert len(ids) == len(set(ids))
        assert not seen & set(ids), f"form {each.number} repeats a question"
        seen |= set(ids)
        assert each.complete, form_summary(each)
        for section in each.sections:
            for mondai in section.mondai:
                assert all(q.family == mondai.spec.family for q in mondai.questions)
                if mondai.spec.family in LISTENING:  # every listening item has its clip
                    assert all(clip_path(q.audio or "") for q in mondai.questions)


def test_a_form_never_asks_twice_about_the_same_word() -> None:
    generated = [q for q in form("jlpt-n5").questions if ":" in q.id]  # family:word ids
    words = [q.id.split(":", 1)[1] for q in generated]
    assert len(words) == len(set(words)) and len(words) == 18


def test_a_broken_blueprint_is_named_with_its_line(tmp_path: Path) -> None:
    text = (blueprint("jlpt-n5").path).read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("family: composition", "family: compositon"), "utf-8")
    assert read_blueprint(broken)[0] is None
    (problem,) = read_blueprint(broken)[1]
    line = text.splitlines().index("      - family: composition") + 1
    assert problem.line == line and "unknown family 'compositon'" in problem.message
    broken.write_text(
        text.replace("scoring: listening\n    forward_only", "scoring: hearing\n    forward_only"),
        "utf-8",
    )
    (problem,) = read_blueprint(broken)[1]
    assert "scoring group 'hearing'" in problem.message


def answer_all(attempt: ExamAttempt, right: bool) -> None:
    """Answer every question of the current section, right or wrong."""
    for index, question in enumerate(attempt.questions):
        attempt.go_to(index)
        choice = question.answer if right else (question.answer + 1) % len(question.choices)
        attempt.answer(choice)


def test_jlpt_sections_run_on_their_own_clocks_and_listening_only_goes_forward() -> None:
    attempt = ExamAttempt(form("jlpt-n5"))
    assert attempt.section.spec.id == "vocabulary" and attempt.remaining_seconds() == 20 * 60
    answer_all(attempt, right=True)
    attempt.go_to(0)
    first = attempt.current
    assert first is not None
    attempt.answer((first.answer + 1) % len(first.choices))  # answers change until the end
    attempt.answer(first.answer)
    assert attempt.tick(19 * 60) is False
    assert attempt.tick(61) is True  # time up: the section ends, the next one opens
    assert attempt.section.spec.id == "grammar-reading" and 0 in attempt.state.locked
    assert attempt.remaining_seconds() == 40 * 60
    with pytest.raises(ExamRuleError):  # a finished section cannot be reopened
        attempt.state.section = 0
        attempt.answer(0)
    attempt.state.section = 1
    attempt.finish_section()
    assert attempt.section.spec.id == "listening" and attempt.section.spec.forward_only
    assert len(attempt.questions) == 24
    attempt.next()
    assert attempt.back() is False
    with pytest.raises(ExamRuleError):
        attempt.go_to(0)
    assert attempt.may_play()
    attempt.played()
    assert not attempt.may_play()  # once, as on the test
    attempt.finish_section()
    assert attempt.state.finished and attempt.current is None


def test_jlpt_scores_are_scaled_and_the_pass_needs_both_sectional_minimums() -> None:
    attempt = ExamAttempt(form("jlpt-n5"))
    answer_all(attempt, right=True)
    attempt.finish_section()
    answer_all(attempt, right=True)
    attempt.finish_section()
    answer_all(attempt, right=False)  # no listening point at all
    result = attempt.result()
    language, listening = result.groups
    assert (language.points, language.scale) == (120, 120)
    assert listening.points == 0 and listening.below_minimum
    assert result.total == 120 and result.total_scale == (0, 180)
    assert result.passed is False  # 120 ≥ 80, but under 19 of 60 in listening
    assert {a.area: a.grade for a in result.areas} == {
        "vocabulary": "A",
        "grammar": "A",
        "reading": "A",
    }
    assert result.by_family["kanji-reading"] == (7, 7)


def test_jft_has_one_clock_flags_an_overview_and_locks_finished_sections() -> None:
    attempt = ExamAttempt(form("jft-basic"))
    assert attempt.one_clock and attempt.remaining_seconds() == 3600
    attempt.answer(0)
    attempt.next()
    assert attempt.toggle_flag() is True
    grid = attempt.overview()
    assert [(answered, flagged) for _q, answered, flagged in grid[:3]] == [
        (True, False),
        (False, True),
        (False, False),
    ]
    assert attempt.back() and attempt.unanswered() == 11
    attempt.tick(600)
    attempt.finish_section()
    assert attempt.state.section == 1 and attempt.remaining_seconds() == 3000  # one clock
    with pytest.raises(ExamRuleError):
        attempt.state.section = 0
        attempt.answer(1)
    attempt.state.section = 1
    assert attempt.tick(3000) is True and attempt.state.finished  # time up ends the exam
    result = attempt.result()
    assert result.kind is ExamKind.JFT and 10 <= result.total < 145 and result.band is None


def test_a_perfect_jft_score_reaches_a2() -> None:
    attempt = ExamAttempt(form("jft-basic"))
    while not attempt.state.finished:
        answer_all(attempt, right=True)
        attempt.finish_section()
    result = attempt.result()
    assert result.asked == 48 and result.total == 250 and result.band == "A2"


def test_exam_list_and_show_print_the_structure() -> None:
    listed = nihongoku("exam", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {row["id"]: row for row in json.loads(listed.stdout)}
    assert rows["jlpt-n5"]["minutes"] == 90 and rows["jft-basic"]["minutes"] == 60
    shown = nihongoku("exam", "show", "jlpt-n5", "--form", "2", "--json")
    assert shown.returncode == 0, shown.stderr
    record = json.loads(shown.stdout)
    assert record["form"] == 2 and record["fingerprint"] == form("jlpt-n5", 2).fingerprint
    item = record["sections"][1]["mondai"][0]["items"][0]
    assert item["family"] == "grammar-form" and 1 <= item["answer"] <= 4
    assert len(item["choices"]) == 4 and "（　）" in item["stem"]
    bad = nihongoku("exam", "show", "jlpt-n9")
    assert bad.returncode == 1 and "no exam 'jlpt-n9'" in bad.stderr
    assert nihongoku("exam", "show", "jlpt-n5", "--form", "9").returncode == 1
