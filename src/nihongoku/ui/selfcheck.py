"""``nihongoku selfcheck``: does this installation have everything it needs?

A frozen build can start and paint its first screen yet miss a data file that only one
page reads (a dictionary, a media plugin, the migrations). Each check here uses a part the
way the app does, so a release script can run it on the built folder before shipping.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nihongoku.core.content.course import Course


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    ms: float

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "ms": round(self.ms)}


def run_checks(work: Path, *, audio_timeout_s: float = 15.0) -> list[Check]:
    """Every check, in a scratch folder ``work``; a failing check never stops the others."""
    from nihongoku.printing.output import ensure_gui_application

    ensure_gui_application()
    steps: list[tuple[str, Callable[[], str]]] = [
        ("course", _course),
        ("database", lambda: _database(work)),
        ("font", _font),
        ("translations", _translations),
        ("readings", _readings),
        ("strokes", _strokes),
        ("audio", lambda: _audio(audio_timeout_s)),
        ("pdf", lambda: _pdf(work)),
        ("spreadsheet", lambda: _spreadsheet(work)),
        ("anki", lambda: _anki(work)),
    ]
    checks = []
    for name, step in steps:
        start = time.perf_counter()
        try:
            detail, ok = step(), True
        except Exception as exc:  # a report of every failure is the point
            detail, ok = f"{type(exc).__name__}: {exc}", False
        checks.append(Check(name, ok, detail, (time.perf_counter() - start) * 1000))
    return checks


@cache
def _built_in_course() -> Course:
    """The shipped course, built once for every check that needs it (~0.5 s a build)."""
    from nihongoku.core.content.build import build_course
    from nihongoku.paths import lessons_dir

    return build_course([lessons_dir()])


def _course() -> str:
    from nihongoku.paths import lessons_dir

    course = _built_in_course()
    if course.problems:
        raise RuntimeError(f"{len(course.problems)} problem(s), first: {course.problems[0]}")
    if not course.lessons:
        raise RuntimeError(f"no lessons in {lessons_dir()}")
    return f"{len(course.lessons)} lessons, {sum(1 for _ in course.entries())} items"


def _database(work: Path) -> str:
    from sqlalchemy import text

    from nihongoku.core.services import Services

    services = Services.open(f"sqlite:///{work / 'check.sqlite3'}")
    try:
        with services.db.engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return f"migrated to {version}"
    finally:
        services.close()


def _font() -> str:
    from nihongoku.ui.fonts import load_bundled_font

    return load_bundled_font()


def _translations() -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from nihongoku.paths import translations_dir

    translator = QTranslator()
    qm = translations_dir() / "nihongoku_id.qm"
    if not translator.load(str(qm)):
        raise FileNotFoundError(qm)
    QCoreApplication.installTranslator(translator)
    try:
        said = QCoreApplication.translate("Navigation", "Lessons")
    finally:
        QCoreApplication.removeTranslator(translator)
    if said == "Lessons":
        raise RuntimeError(f"{qm.name} loaded but translates nothing")
    return f"Lessons → {said}"


def _readings() -> str:
    import pykakasi

    parts = pykakasi.kakasi().convert("日本語")  # type: ignore[no-untyped-call]
    reading = "".join(part["hira"] for part in parts)
    if reading != "にほんご":
        raise RuntimeError(f"日本語 read as {reading!r}: pykakasi's dictionary is missing")
    return f"日本語 → {reading}"


def _strokes() -> str:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from nihongoku.core.strokes import stroke_count, stroke_svg

    if not QSvgRenderer(QByteArray(stroke_svg("日").encode("utf-8"))).isValid():
        raise RuntimeError("the stroke order of 日 does not render")
    return f"日: {stroke_count('日')} strokes"


def _audio(timeout_s: float) -> str:
    """Plays the shortest clip to its end: proves the media backend can decode Opus."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    from nihongoku.core.audio import audio_dir, manifest

    clips = manifest().clips.values()
    if not clips:
        raise FileNotFoundError(f"no audio manifest in {audio_dir()}")
    record = min(clips, key=lambda clip: clip.duration)
    path = audio_dir() / record.file
    player = QMediaPlayer()
    output = QAudioOutput()
    output.setVolume(0.0)
    player.setAudioOutput(output)
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    clock = QElapsedTimer()
    clock.start()
    ended = QMediaPlayer.MediaStatus.EndOfMedia
    while player.mediaStatus() != ended and clock.elapsed() < timeout_s * 1000:
        if player.error() != QMediaPlayer.Error.NoError:
            raise RuntimeError(f"{path.name}: {player.errorString()}")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    if player.mediaStatus() != ended:
        raise TimeoutError(f"{path.name} did not play to its end in {timeout_s:.0f} s")
    return f"{path.name} ({record.duration:.2f} s) played to its end"


def _pdf(work: Path) -> str:
    from nihongoku.core.export.worksheets import vocab_list
    from nihongoku.printing.output import write_pdf
    from nihongoku.printing.vocab_list import vocab_document

    lesson = next(lesson for lesson in _built_in_course().lessons if lesson.vocabulary)
    pages = write_pdf(vocab_document(vocab_list(lesson)), work / "check.pdf")
    return f"{lesson.id}: {pages} page(s)"


def _spreadsheet(work: Path) -> str:
    from openpyxl import Workbook, load_workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["日本語", "bahasa Jepang"])
    book.save(work / "check.xlsx")
    back = load_workbook(work / "check.xlsx", read_only=True).active
    assert back is not None
    return str(next(back.iter_rows(values_only=True))[0])


def _anki(work: Path) -> str:
    from nihongoku.core.audio import clip_path
    from nihongoku.core.export.anki_package import export_anki

    first = _built_in_course().lessons[:1]  # the course keeps its lessons in course order
    report = export_anki(work / "check.apkg", first, audio_for=clip_path)
    return f"{report.notes} notes, {report.media} recordings"


def selfcheck_command(as_json: bool) -> int:
    import json

    with tempfile.TemporaryDirectory(prefix="nihongoku-check-") as scratch:
        checks = run_checks(Path(scratch))
    if as_json:
        print(json.dumps([check.as_json() for check in checks], ensure_ascii=False, indent=1))
    else:
        for check in checks:
            mark = "ok  " if check.ok else "FAIL"
            print(f"{mark} {check.name:<12} {check.ms:7.0f} ms  {check.detail}")
    failed = [check.name for check in checks if not check.ok]
    if failed:
        print(f"nihongoku: error: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0
