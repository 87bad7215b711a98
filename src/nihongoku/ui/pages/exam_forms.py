"""Exam forms drawn off the GUI thread and kept for the session.

Drawing the JLPT forms indexes the whole course (about a second, more with the course
itself to load), so it runs in a worker thread. The page polls with a timer of its own:
no Qt object crosses threads, and a page closed mid-draw leaves nothing to clean up.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from nihongoku.core.content.course import Course
from nihongoku.core.exams.blueprint import Blueprint
from nihongoku.core.exams.forms import ExamForm, assemble_forms

# one worker: two pages (or two exams) never index the course at the same time
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="exam-forms")


def draw_forms(blueprint: Blueprint, course: Callable[[], Course]) -> list[ExamForm]:
    """Runs in the worker: the course too is loaded there when no page has needed it yet."""
    return assemble_forms(blueprint, course())


class FormShelf:
    """Every form of an exam, drawn together (form n excludes what forms 1…n-1 used)."""

    def __init__(self, course: Callable[[], Course]) -> None:
        self._course = course
        self._forms: dict[str, list[ExamForm]] = {}
        self._drawing: dict[str, Future[list[ExamForm]]] = {}

    def ready(self, blueprint: Blueprint) -> list[ExamForm] | None:
        """The exam's forms, or None while they are being drawn (drawing starts now).
        A failure in the drawing is raised here, once."""
        forms = self._forms.get(blueprint.id)
        if forms is not None:
            return forms
        future = self._drawing.get(blueprint.id)
        if future is None:
            self._drawing[blueprint.id] = _WORKER.submit(_draw, blueprint, self._course)
            return None
        if not future.done():
            return None
        del self._drawing[blueprint.id]
        forms = self._forms[blueprint.id] = future.result()
        return forms

    def put(self, exam_id: str, forms: list[ExamForm]) -> None:
        """Forms drawn elsewhere (tests, which draw each exam once for many tests)."""
        self._forms[exam_id] = forms


def _draw(blueprint: Blueprint, course: Callable[[], Course]) -> list[ExamForm]:
    return draw_forms(blueprint, course)  # looked up at each call: tests put their own
