"""No user-visible string may reach a learner untranslated."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from nihongoku.core.credits import read_credits
from nihongoku.ui.dialogs.about import BRAND, AboutDialog
from nihongoku.ui.dialogs.new_profile import NewProfileDialog
from nihongoku.ui.dialogs.settings import PREVIEW_TEXT, SettingsDialog
from nihongoku.ui.main_window import MainWindow
from tests.gui import on_next_modal, visible_texts

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "nihongoku_id.ts"
LICENSES = ROOT / "resources" / "LICENSES.md"


def messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(CATALOGUE)
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def test_catalogue_and_compiled_file_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_string_has_a_finished_indonesian_translation() -> None:
    untranslated = [
        f"{context}: {source!r}"
        for context, source, message in messages()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not (t.text or "").strip()
    ]
    assert untranslated == []
    assert len(messages()) >= 40


def test_placeholders_and_line_breaks_survive_translation() -> None:
    for context, source, message in messages():
        translation = message.findtext("translation") or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation)), (
            context,
            source,
        )
        assert source.count("\n") == translation.count("\n"), (context, source)
        assert source.count("&") <= translation.count("&"), (context, source)  # keep shortcuts


class PseudoTranslator(QTranslator):
    """Marks every translated string, so anything unmarked on screen bypassed tr()."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧"


def unmarked(texts: list[str], allowed: set[str]) -> list[str]:
    return [t for t in texts if "⟦" not in t and t not in allowed]


def test_every_visible_string_goes_through_translation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window.ctx.services
    ani = services.profiles.create_learner("Ani", "1234")
    services.profiles.create_instructor("Bu Rina", "sakura2026")
    window.ctx.language.install_custom(PseudoTranslator())
    QCoreApplication.processEvents()
    window.picker.reload(select_id=ani.id)
    data = {"Nihongoku", "にほんごく", "Ani", "Bahasa Indonesia", "English", "Bu Rina"}
    assert unmarked(visible_texts(window), data) == []

    found: list[str] = []

    def inspect_new_profile(dialog: QWidget) -> None:
        assert isinstance(dialog, NewProfileDialog)
        found.extend(visible_texts(dialog))
        qtbot.mouseClick(dialog.instructor, Qt.MouseButton.LeftButton)
        found.extend(visible_texts(dialog))
        dialog.reject()

    on_next_modal(inspect_new_profile)
    window.picker.create_profile()
    assert unmarked(found, data) == []

    window.open_workspace(services.profiles.unlock(ani.id, "1234"))
    window.ctx.language.install_custom(PseudoTranslator())  # signing in applied Ani's language
    QCoreApplication.processEvents()
    today = window.workspace.page("home").today.text()  # type: ignore[union-attr]
    motto = {"今日も頑張りましょう！", "きょうも がんばりましょう！", today}
    assert unmarked(visible_texts(window), data | motto | {"Ani — Nihongoku"}) == []

    found.clear()

    def inspect_settings(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        found.extend(visible_texts(dialog))
        dialog.reject()

    on_next_modal(inspect_settings)
    window.workspace.open_settings()  # type: ignore[union-attr]
    assert unmarked(found, data | {PREVIEW_TEXT, "12"}) == []

    found.clear()

    def inspect_about(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutDialog)
        found.extend(visible_texts(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_modal(inspect_about)
    # offscreen, nothing re-activates the window when a dialog closes (a desktop does)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.workspace, Qt.Key.Key_F1)
    # the credits are LICENSES.md's own text, shown as it stands
    credits = {t for c in read_credits(LICENSES) for t in (c.work, c.credit, c.used_for)}
    assert len(found) > len(credits)
    assert unmarked(found, data | credits | {BRAND}) == []


COURSE = """\
id: kana-test
title: {id: Hiragana uji, en: Test hiragana}
level: kana
order: 1
goals: [Saya bisa membaca あ dan い.]
kana:
  - id: hira-a
    char: あ
    kind: basic
    mnemonic: {id: Mulut terbuka lebar, en: A wide-open mouth}
    examples: [w-ame]
  - id: hira-i
    char: い
    kind: basic
    mnemonic: {id: Dua garis, en: Two lines}
    examples: [w-inu]
vocabulary:
  - id: w-ame
    written: 雨
    reading: あめ
    meaning: {id: hujan, en: rain}
    pos: noun
  - id: w-inu
    written: 犬
    reading: いぬ
    meaning: {id: anjing, en: dog}
    pos: noun
"""


def course_data(course: object) -> set[str]:
    """Text that comes from the lessons, not from the interface."""
    from nihongoku.core.content.course import Course

    assert isinstance(course, Course)
    data: set[str] = set()
    for lesson in course.lessons:
        data |= {lesson.title.id, lesson.title.en, *lesson.goals}
        data |= {f"•  {goal}" for goal in lesson.goals}
        for entry in lesson.entries():
            data |= {getattr(entry, "romaji", ""), getattr(entry, "char", "")}
            for field in ("meaning", "mnemonic"):
                value = getattr(entry, field, None)
                if value is not None:
                    data |= {value.id, value.en}
            if hasattr(entry, "char") and hasattr(entry, "romaji"):
                data.add(f"{entry.char}\n{entry.romaji}")
    return data


def test_lesson_and_practice_pages_go_through_translation(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "kana.yaml").write_text(COURSE, encoding="utf-8")
    window.ctx.lesson_paths = [tmp_path]
    ani = window.ctx.services.profiles.create_learner("Ani")
    window.open_workspace(window.ctx.services.profiles.unlock(ani.id))
    window.ctx.language.install_custom(PseudoTranslator())
    QCoreApplication.processEvents()
    workspace = window.workspace
    assert workspace is not None
    data = course_data(window.ctx.course()) | {"Nihongoku", "Ani — Nihongoku", "Kana", "N5"}
    data |= {"1", "2", "20", "0 / 20"}
    for row, key in enumerate(["lessons", "flashcards", "practice"], start=1):
        workspace.nav.setCurrentRow(row)
        page = workspace.page(key)
        QCoreApplication.processEvents()
        assert unmarked(visible_texts(page), data) == [], key
    lessons = workspace.page("lessons")
    lessons.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    lessons.chart.cells["あ"].click()  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    assert unmarked(visible_texts(lessons), data) == []
