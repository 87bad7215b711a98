"""Proposed readings for Japanese text an instructor types: kana, furigana and romaji.

Readings are curated data (docs/lesson-format.md): what is proposed here is only a
proposal the instructor confirms or corrects. A word the course already has keeps the
course's reading; pykakasi reads the rest. It gets basic words wrong (お金→おきん,
今日は→こんにちは, 人→にん, ../shared/FIELD-NOTES.md), which is why the course is asked
first. pykakasi is the one place it is imported in the app; building its converter
costs about half a second and 100 MB, so it is built once, on first use, never at start-up.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from nihongoku.core.content.build import INFLECTING
from nihongoku.core.content.course import Course
from nihongoku.core.japanese import (
    FuriganaError,
    Ruby,
    bracketed,
    furigana,
    has_kanji,
    is_hiragana,
    is_kana,
    is_katakana,
    parse_bracketed,
    reading_of,
    romaji,
    to_hiragana,
)

_engine: Any = None
_engine_lock = threading.Lock()


def engine_loaded() -> bool:
    """Whether a proposal can be made now without the half-second wait of the first one."""
    return _engine is not None


def load_engine() -> None:
    """Build pykakasi's converter (call it from a worker thread the first time)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            import pykakasi

            _engine = pykakasi.kakasi()  # type: ignore[no-untyped-call]


@dataclass(frozen=True)
class Proposal:
    reading: str  # kana, spaces and punctuation kept as typed
    bracketed: str  # 食[た]べる: readings over the kanji only
    romaji: str
    curated: bool  # every kanji reading came from the course, none from pykakasi

    @property
    def pieces(self) -> list[Ruby]:
        return parse_bracketed(self.bracketed)


@dataclass(frozen=True)
class CourseReadings:
    """The written forms the course already has, with their curated readings."""

    words: dict[str, str]  # 食べる → たべる, and an inflecting word's stem 食べ → たべ
    longest: int

    @classmethod
    def of(cls, course: Course | None) -> CourseReadings:
        words: dict[str, str] = {}
        stems: dict[str, str] = {}
        for lesson in course.lessons if course is not None else []:
            for word in lesson.vocabulary:
                if not has_kanji(word.written):
                    continue
                words.setdefault(word.written, word.reading)
                if word.pos in INFLECTING and len(word.written) > 1:
                    stems.setdefault(word.written[:-1], word.reading[:-1])
        # a word beats a stem of the same spelling: 熱 is ねつ, not the あつ of 熱い
        words = {**stems, **words}
        return cls(words, max((len(w) for w in words), default=0))


def propose(text: str, course: Course | CourseReadings | None) -> Proposal:
    """A reading for ``text`` (a word or a sentence, plain or partly in bracket notation).

    Readings already in bracket notation are kept; the course's words come next (the
    longest written form that matches wins); pykakasi reads what is left, token by token.
    """
    known = course if isinstance(course, CourseReadings) else CourseReadings.of(course)
    try:
        given = parse_bracketed(text)
    except FuriganaError:
        given = [Ruby(text)]
    pieces: list[Ruby] = []
    curated = True
    for piece in given:
        if piece.reading is not None or not has_kanji(piece.text):
            pieces.append(piece)
            continue
        found, from_course = _read(piece.text, known)
        pieces += found
        curated = curated and from_course
    pieces = _merge(pieces)
    reading = reading_of(pieces)
    return Proposal(reading, bracketed(pieces), spoken_romaji(reading), curated)


def spoken_romaji(reading: str) -> str:
    """Romaji of the kana in ``reading``; anything else (。, 3, Latin) is kept as it is."""
    out: list[str] = []
    run = ""
    for ch in reading + "\0":
        if ch != "\0" and (is_hiragana(ch) or is_katakana(ch)):
            run += ch
            continue
        if run:
            out.append(romaji(run))
            run = ""
        if ch != "\0":
            out.append(ch)
    return "".join(out)


def _read(text: str, known: CourseReadings) -> tuple[list[Ruby], bool]:
    """Plain text: the course's words where they match, pykakasi for the rest."""
    if text in known.words:
        return _split(text, known.words[text]), True
    pieces: list[Ruby] = []
    curated = True
    rest = ""
    i = 0
    while i < len(text):
        match = _course_word(text, i, known)
        if match is None:
            rest += text[i]
            i += 1
            continue
        if rest:
            found, ok = _read_rest(rest, known)
            pieces += found
            curated = curated and ok
            rest = ""
        written, reading = match
        pieces += _split(written, reading)
        i += len(written)
    if rest:
        found, ok = _read_rest(rest, known)
        pieces += found
        curated = curated and ok
    return pieces, curated


def _course_word(text: str, start: int, known: CourseReadings) -> tuple[str, str] | None:
    # A one-kanji word (人, 日) matched inside a longer word would misread it (三人 is not
    # さんひと): inside a run of text only forms of two characters or more are trusted.
    for end in range(min(len(text), start + known.longest), start + 1, -1):
        form = text[start:end]
        if form in known.words:
            return form, known.words[form]
    return None


def _read_rest(text: str, known: CourseReadings) -> tuple[list[Ruby], bool]:
    load_engine()
    pieces: list[Ruby] = []
    curated = True
    for token in _engine.convert(text):
        orig, hira = str(token["orig"]), str(token["hira"])
        if not has_kanji(orig):
            pieces.append(Ruby(orig))
            continue
        kanji_part = orig.rstrip("".join(c for c in orig if is_kana(c)))
        okurigana = orig[len(kanji_part) :]
        if kanji_part in known.words and hira.endswith(okurigana):
            pieces += _split(kanji_part, known.words[kanji_part])
            if okurigana:
                pieces.append(Ruby(okurigana))
            continue
        curated = False
        pieces += _split(orig, hira)
    return pieces, curated


def _split(written: str, reading: str) -> list[Ruby]:
    """Furigana over the kanji only; one reading over the whole form when it is ambiguous."""
    try:
        # readings over kanji in hiragana even when the word mixes in katakana (消しゴム)
        return furigana(written, to_hiragana(reading))
    except FuriganaError:
        pass
    # keep kana the two share at either end outside the ruby: お金 / おかね → お + 金[かね]
    head = 0
    while head < min(len(written), len(reading)) and written[head] == reading[head]:
        head += 1
    tail = 0
    while (
        tail < min(len(written), len(reading)) - head and written[-1 - tail] == reading[-1 - tail]
    ):
        tail += 1
    middle = written[head : len(written) - tail]
    pieces = [Ruby(written[:head])] if head else []
    pieces.append(Ruby(middle, reading[head : len(reading) - tail] or None))
    if tail:
        pieces.append(Ruby(written[len(written) - tail :]))
    return pieces


def _merge(pieces: Iterable[Ruby]) -> list[Ruby]:
    """Join neighbouring kana pieces, so the notation reads 食[た]べます, not 食[た]べ|ます."""
    merged: list[Ruby] = []
    for piece in pieces:
        if not piece.text:
            continue
        if merged and piece.reading is None and merged[-1].reading is None:
            merged[-1] = Ruby(merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged
