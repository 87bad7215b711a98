"""The navigation's pages. A page is listed here only once its feature works."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from nihongoku.core.profile_info import ProfileInfo
from nihongoku.ui.context import UiContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called at display time, so it follows the language
    build: Callable[[UiContext, ProfileInfo], QWidget]
    instructor_only: bool = False

    def visible_for(self, profile: ProfileInfo) -> bool:
        return profile.is_instructor or not self.instructor_only


def _home(ctx: UiContext, profile: ProfileInfo) -> QWidget:
    from nihongoku.ui.pages.home import HomePage

    return HomePage(ctx, profile)


def _lessons(ctx: UiContext, profile: ProfileInfo) -> QWidget:
    from nihongoku.ui.pages.lessons import LessonsPage

    return LessonsPage(ctx, profile)


def _flashcards(ctx: UiContext, profile: ProfileInfo) -> QWidget:
    from nihongoku.ui.pages.flashcards import FlashcardsPage

    return FlashcardsPage(ctx, profile)


def _practice(ctx: UiContext, profile: ProfileInfo) -> QWidget:
    from nihongoku.ui.pages.practice_tabs import PracticeTabs

    return PracticeTabs(ctx, profile)


def _exams(ctx: UiContext, profile: ProfileInfo) -> QWidget:
    from nihongoku.ui.pages.exams import ExamsPage

    return ExamsPage(ctx, profile)


def _gradebook(ctx: UiContext, profile: ProfileInfo) -> QWidget:
    from nihongoku.ui.pages.gradebook import GradebookPage

    return GradebookPage(ctx, profile)


def _authoring(ctx: UiContext, profile: ProfileInfo) -> QWidget:
    from nihongoku.ui.pages.authoring import AuthoringPage

    return AuthoringPage(ctx, profile)


def available_pages() -> list[PageSpec]:
    return [
        PageSpec("home", lambda: QCoreApplication.translate("Navigation", "Home"), _home),
        PageSpec("lessons", lambda: QCoreApplication.translate("Navigation", "Lessons"), _lessons),
        PageSpec(
            "flashcards",
            lambda: QCoreApplication.translate("Navigation", "Flashcards"),
            _flashcards,
        ),
        PageSpec(
            "practice", lambda: QCoreApplication.translate("Navigation", "Practice"), _practice
        ),
        PageSpec("exams", lambda: QCoreApplication.translate("Navigation", "Mock exams"), _exams),
        PageSpec(
            "gradebook",
            lambda: QCoreApplication.translate("Navigation", "Gradebook"),
            _gradebook,
            instructor_only=True,
        ),
        PageSpec(
            "authoring",
            lambda: QCoreApplication.translate("Navigation", "Authoring"),
            _authoring,
            instructor_only=True,
        ),
    ]
