"""What every screen needs: the services and the look-and-language controls."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from nihongoku.core.profile_info import (
    DEFAULT_FONT_SIZE,
    DEFAULT_LANGUAGE,
    PICKER_LANGUAGE_KEY,
    ProfileInfo,
)
from nihongoku.ui.fonts import apply_font_size
from nihongoku.ui.i18n import Language

if TYPE_CHECKING:  # the store loads after the first paint; see app.py
    from nihongoku.core.content.course import Course
    from nihongoku.core.services import Services


@dataclass
class UiContext:
    app: QApplication
    language: Language
    font_family: str
    picker_language_hint: str = DEFAULT_LANGUAGE
    _services: Services | None = None
    lesson_paths: list[Path] | None = None  # default: the course shipped with the app
    # the app (not tests, which build many courses) sets this: see course()
    freeze_course: bool = False
    _course: Course | None = field(default=None, repr=False)

    @property
    def ready(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the store is not open yet")
        return self._services

    def course(self) -> Course:
        """The compiled course, loaded on first use (pages that need it call this)."""
        if self._course is None:
            from nihongoku.core.content.build import build_course
            from nihongoku.paths import course_paths

            self._course = build_course(self.lesson_paths or course_paths())
            if self.freeze_course:
                # The course lives as long as the app. Frozen, its hundreds of thousands of
                # objects are no longer walked by every full garbage collection: that walk
                # was a 140 ms pause in the middle of reviews (bench/flashcards.py).
                gc.freeze()
        return self._course

    @property
    def loaded_course(self) -> Course | None:
        """The course if it has been loaded (None before its first use): never loads it."""
        return self._course

    def reload_course(self) -> Course:
        """Read the course again (an instructor saved or imported lessons)."""
        self._course = None
        if self.freeze_course:
            gc.unfreeze()  # the old course may be collected now; course() freezes the new one
        return self.course()

    def attach(self, services: Services) -> None:
        self._services = services

    def apply_profile(self, profile: ProfileInfo) -> None:
        self.language.switch(profile.language)
        apply_font_size(self.app, self.font_family, profile.font_size)

    def apply_picker_defaults(self) -> None:
        self.language.switch(self.picker_language())
        apply_font_size(self.app, self.font_family, DEFAULT_FONT_SIZE)

    def picker_language(self) -> str:
        if self._services is None:
            return self.picker_language_hint
        return self.services.settings.get(PICKER_LANGUAGE_KEY, DEFAULT_LANGUAGE)
