"""``nihongoku audio build``: speech for every word, example sentence and dialogue.

What is spoken comes from the course: each word (its ``reading`` and furigana pieces),
each word's example and each grammar example (their bracket notation). The engine gets
the authored kanji where its own front end reads them exactly as the author did, and
the authored kana wherever it does not, so a misread kanji can never teach a wrong
reading. Kana everywhere would be the simpler rule, but measured over the N5 course it
sounds worse (long vowels and particles lose their kanji context: 先生 as "sensei" not
"sensee", 封筒 as "fuutou" with a u, 歯 as "wa"); see resources/LICENSES.md.

Each clip is written as Opus in OGG (mono, about 24 kbps) named by clip id, with an entry
in ``manifest.json`` holding the text spoken, voice, tool and a hash of those: a rebuild
synthesises only clips whose hash changed or whose file is missing, and removes files
and entries the course no longer has.
"""

from __future__ import annotations

import hashlib
import json
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from nihongoku.core.audio import EXAMPLE, ClipRecord, Manifest, clip_id
from nihongoku.core.content.course import Course, ExerciseEntry, GrammarEntry, VocabEntry
from nihongoku.core.content.script import FEMALE, MALE, NARRATOR, Turn
from nihongoku.core.japanese import (
    Ruby,
    bracketed,
    is_kana,
    reading_of,
    to_hiragana,
    to_katakana,
)
from nihongoku.core.speech import Samples, SpeechEngine

TURN_PAUSE = 0.6  # seconds of silence between the turns of a dialogue
LEAD_IN = 0.05  # before the first sound: some players swallow the first few milliseconds
TAIL = 0.15
PEAK = 0.89  # -1 dBFS: every clip equally loud at its peak
# libsndfile maps 0..1 linearly onto Opus 256..6 kbps: 0.93 is about 24 kbps.
OPUS_COMPRESSION = 0.93
# Part of every clip's hash: changing how clips are made re-synthesises them all.
SETTINGS = f"opus{OPUS_COMPRESSION}/pause{TURN_PAUSE}/lead{LEAD_IN}/tail{TAIL}/peak{PEAK}"


@dataclass(frozen=True)
class ClipSpec:
    """A clip the course needs: a word or sentence (one turn) or a dialogue."""

    id: str
    level: str
    turns: tuple[Turn, ...]

    @property
    def source(self) -> str:
        if len(self.turns) == 1:
            return bracketed(list(self.turns[0].pieces))
        return "\n".join(f"{t.speaker}: {bracketed(list(t.pieces))}" for t in self.turns)

    @property
    def reading(self) -> str:
        return "\n".join(reading_of(list(t.pieces)) for t in self.turns)


def course_clips(course: Course) -> list[ClipSpec]:
    """Every clip the course needs, in course order."""
    clips: list[ClipSpec] = []
    for entry in course.entries():
        level = entry.level.value
        if isinstance(entry, VocabEntry):
            clips.append(ClipSpec(entry.id, level, (Turn(FEMALE, entry.furigana),)))
            if entry.example is not None:
                turn = Turn(FEMALE, entry.example.pieces)
                clips.append(ClipSpec(clip_id(entry.id, EXAMPLE), level, (turn,)))
        elif isinstance(entry, GrammarEntry):
            for number, example in enumerate(entry.examples, start=1):
                turn = Turn(FEMALE, example.pieces)
                clips.append(ClipSpec(clip_id(entry.id, number), level, (turn,)))
    for exercise in course.exercises():
        if exercise.is_listening:
            clips.append(ClipSpec(exercise.id, exercise.level.value, listening_turns(exercise)))
    return clips


SPOKEN_NUMBERS = ("いち", "に", "さん", "よん")


def listening_turns(exercise: ExerciseEntry) -> tuple[Turn, ...]:
    """What a listening exercise's clip says: its script and, where the test speaks the
    choices, each choice after its number. The narrator says the number; the choices are
    said by the other voice than the last one in the script (the one who answers)."""
    turns = exercise.script
    if not exercise.choices_spoken:
        return turns
    speakers = [t.speaker for t in turns if t.speaker != NARRATOR]
    answerer = MALE if speakers and speakers[-1] == FEMALE else FEMALE
    spoken: list[Turn] = list(turns)
    for number, choice in zip(SPOKEN_NUMBERS, exercise.questions[0].choices, strict=False):
        spoken.append(Turn(NARRATOR, (Ruby(number),)))
        spoken.append(Turn(answerer, choice))
    return tuple(spoken)


# -- what the engine is given ---------------------------------------------------------------


def spoken_text(pieces: Sequence[Ruby], read: Callable[[str], list[tuple[str, str]]]) -> str:
    """The text to synthesise: authored kanji the engine reads right, authored kana elsewhere."""
    as_kana = [False] * len(pieces)
    for _ in range(len(pieces) + 1):
        misread = _misread_pieces(pieces, as_kana, read)
        if not misread:
            return _compose(pieces, as_kana)
        for index in misread:
            as_kana[index] = True
    return _compose(pieces, [True] * len(pieces))


def _compose(pieces: Sequence[Ruby], as_kana: Sequence[bool]) -> str:
    return "".join(
        to_hiragana(p.reading) if p.reading is not None and kana else p.text
        for p, kana in zip(pieces, as_kana, strict=True)
    )


def _misread_pieces(
    pieces: Sequence[Ruby], as_kana: Sequence[bool], read: Callable[[str], list[tuple[str, str]]]
) -> list[int]:
    """Indexes of the kanji pieces the engine reads otherwise than authored."""
    text = _compose(pieces, as_kana)
    spans: list[tuple[int, int]] = []  # each piece's span in ``text``
    position = 0
    for piece, kana in zip(pieces, as_kana, strict=True):
        length = len(piece.reading) if piece.reading is not None and kana else len(piece.text)
        spans.append((position, position + length))
        position += length
    words, found = _align(text, read(text))
    checked = [p.reading is not None and not k for p, k in zip(pieces, as_kana, strict=True)]
    # a kanji the engine rewrote into something else is not read as authored
    misread = {
        i
        for i, (a, b) in enumerate(spans)
        if checked[i] and any(position not in found for position in range(a, b))
    }
    for index, is_checked in enumerate(checked):
        if not is_checked or index in misread:
            continue
        start, end = spans[index]
        group: set[int] = set()
        while True:  # grow to whole words and whole kanji pieces
            chosen = [w for w in words if w[0] < end and w[1] > start]
            low = min([start] + [w[0] for w in chosen])
            high = max([end] + [w[1] for w in chosen])
            inside = {i for i, (a, b) in enumerate(spans) if checked[i] and a < high and b > low}
            low = min([low] + [spans[i][0] for i in inside])
            high = max([high] + [spans[i][1] for i in inside])
            group |= inside
            if (low, high) == (start, end):
                break
            start, end = low, high
        heard = "".join(reading for a, b, reading in words if a < end and b > start)
        expected = "".join(
            (piece.reading or "") if checked[i] else text[max(start, a) : min(end, b)]
            for i, (piece, (a, b)) in enumerate(zip(pieces, spans, strict=True))
            if a < end and b > start
        )
        if _sounds(heard) != _sounds(expected):
            misread |= group
    return sorted(misread)


def _align(text: str, words: list[tuple[str, str]]) -> tuple[list[tuple[int, int, str]], set[int]]:
    """Each word's span in ``text``, and the positions of ``text`` found in the words.

    The engine rewrites digits, symbols and even kana (N5 → Ｎ五, - → −, よん → 四), so its
    words are matched to the text letter by letter, as far as they go.
    """
    kept = [i for i, c in enumerate(text) if not c.isspace()]
    ours = [_letter(text[i]) for i in kept]
    theirs: list[str] = []
    owner: list[int] = []  # the word each of ``theirs`` belongs to
    for index, (surface, _reading) in enumerate(words):
        for c in surface:
            if not c.isspace():
                theirs.append(_letter(c))
                owner.append(index)
    found: dict[int, list[int]] = {}
    matched: set[int] = set()
    matcher = SequenceMatcher(None, ours, theirs, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            found.setdefault(owner[block.b + k], []).append(kept[block.a + k])
            matched.add(kept[block.a + k])
    spans = [
        (min(found[i]), max(found[i]) + 1, reading)
        for i, (_surface, reading) in enumerate(words)
        if i in found
    ]
    return spans, matched


def _letter(ch: str) -> str:
    normal = unicodedata.normalize("NFKC", ch)
    return normal if len(normal) == 1 else ch


def _sounds(reading: str) -> str:
    """A reading reduced to its kana, in katakana, for comparison."""
    return "".join(c for c in to_katakana(reading) if is_kana(c))


# -- building --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedClip:
    spec: ClipSpec
    lines: tuple[tuple[str, str], ...]  # (voice, text given to the engine) per turn
    tool: str
    hash: str

    @property
    def text(self) -> str:
        if len(self.lines) == 1:
            return self.lines[0][1]
        return "\n".join(
            f"{t.speaker}: {text}" for t, (_, text) in zip(self.spec.turns, self.lines, strict=True)
        )

    @property
    def voice(self) -> str:
        return "+".join(dict.fromkeys(voice for voice, _ in self.lines))

    @property
    def file(self) -> str:
        return f"{self.spec.id}.ogg"


def plan(specs: Iterable[ClipSpec], engine: SpeechEngine) -> list[PlannedClip]:
    """What each clip will say and its hash (cheap: no synthesis)."""
    planned = []
    for spec in specs:
        lines = tuple(
            (engine.voice(turn.speaker), spoken_text(turn.pieces, engine.read))
            for turn in spec.turns
        )
        digest = hashlib.sha256(
            json.dumps([engine.tool, SETTINGS, lines], ensure_ascii=False).encode()
        ).hexdigest()
        planned.append(PlannedClip(spec, lines, engine.tool, digest[:16]))
    return planned


def render(clip: PlannedClip, engine: SpeechEngine) -> tuple[Samples, tuple[float, ...]]:
    """The clip's samples (each turn, a pause between turns, peak-normalised) and the
    time in seconds at which each turn ends: where "pause after each sentence" stops."""
    rate = engine.sample_rate
    pause = np.zeros(int(TURN_PAUSE * rate), dtype=np.float32)
    parts: list[Samples] = [np.zeros(int(LEAD_IN * rate), dtype=np.float32)]
    ends: list[float] = []
    length = len(parts[0])
    for index, (voice, text) in enumerate(clip.lines):
        if index:
            parts.append(pause)
            length += len(pause)
        spoken = engine.synthesize(text, voice)
        parts.append(spoken)
        length += len(spoken)
        ends.append(round(length / rate, 3))
    parts.append(np.zeros(int(TAIL * rate), dtype=np.float32))
    audio = np.concatenate(parts)
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    if peak > 0:
        audio = audio * np.float32(PEAK / peak)
    return audio.astype(np.float32), tuple(ends)


def write_opus(path: Path, audio: Samples, rate: int) -> None:
    import soundfile

    temporary = path.with_name(f".{path.name}.tmp")
    soundfile.write(
        str(temporary),
        audio,
        rate,
        format="OGG",
        subtype="OPUS",
        compression_level=OPUS_COMPRESSION,
    )
    temporary.replace(path)


@dataclass
class BuildReport:
    needed: int = 0  # clips the course needs
    up_to_date: int = 0
    synthesised: list[str] = field(default_factory=list)
    left: int = 0  # still to synthesise (--limit, or a selection)
    removed: list[str] = field(default_factory=list)
    seconds: float = 0.0  # synthesis wall time
    audio_seconds: float = 0.0  # length of the audio synthesised
    complete_levels: frozenset[str] = frozenset()


Progress = Callable[[int, int, PlannedClip, float], None]


def build(
    specs: Sequence[ClipSpec],
    folder: Path,
    engine_factory: Callable[[], SpeechEngine],
    *,
    only: Sequence[str] = (),
    levels: Sequence[str] = (),
    limit: int | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    save_every: int = 1,
) -> BuildReport:
    """Bring ``folder`` in line with ``specs`` (the whole course, whatever is selected).

    ``only`` (clip ids or item ids) and ``levels`` choose what may be synthesised now,
    ``limit`` caps how many; orphans are always removed. The manifest is saved every
    ``save_every`` clips (default: after each one, right after its file is in place), so
    an interrupted build resumes where it stopped and a reader of the folder never finds
    a clip file the manifest does not name for longer than a moment.
    """
    folder.mkdir(parents=True, exist_ok=True)
    engine = engine_factory()
    planned = plan(specs, engine)
    manifest = Manifest.read(folder)
    clips = dict(manifest.clips)
    report = BuildReport(needed=len(planned))

    wanted = {p.spec.id for p in planned}
    for stale in sorted(set(clips) - wanted):
        report.removed.append(stale)
        (folder / clips.pop(stale).file).unlink(missing_ok=True)
    kept_files = {p.file for p in planned}
    for path in sorted(folder.glob("*.ogg")):
        if path.name not in kept_files:
            path.unlink()
            report.removed.append(path.name)
    for path in folder.glob(".*.tmp"):  # left by a build that was killed mid-write
        path.unlink()

    todo = [p for p in planned if not _current(clips.get(p.spec.id), p, folder)]
    report.up_to_date = len(planned) - len(todo)
    selected = [p for p in todo if _selected(p.spec, only, levels)]
    if limit is not None:
        selected = selected[:limit]
    report.left = len(todo) - len(selected)

    def save() -> None:
        Manifest(clips, _complete_levels(planned, clips, folder)).write(folder)

    started = time.perf_counter()
    for done, (clip, made) in enumerate(
        _synthesise(selected, folder, engine, engine_factory, jobs), start=1
    ):
        duration = made.duration
        clips[clip.spec.id] = ClipRecord(
            id=clip.spec.id,
            file=clip.file,
            text=clip.text,
            source=clip.spec.source,
            reading=clip.spec.reading,
            voice=clip.voice,
            tool=clip.tool,
            hash=clip.hash,
            duration=duration,
            level=clip.spec.level,
            turn_ends=made.turn_ends,
        )
        report.synthesised.append(clip.spec.id)
        report.audio_seconds += duration
        if progress:
            progress(done, len(selected), clip, duration)
        if done % save_every == 0:
            save()
    report.seconds = time.perf_counter() - started
    save()
    report.complete_levels = _complete_levels(planned, clips, folder)
    return report


def _current(record: ClipRecord | None, clip: PlannedClip, folder: Path) -> bool:
    return (
        record is not None
        and record.hash == clip.hash
        and record.source == clip.spec.source
        and (folder / record.file).is_file()
    )


def _selected(spec: ClipSpec, only: Sequence[str], levels: Sequence[str]) -> bool:
    if levels and spec.level not in levels:
        return False
    return not only or any(spec.id == x or spec.id.startswith(f"{x}.") for x in only)


def _complete_levels(
    planned: Sequence[PlannedClip], clips: dict[str, ClipRecord], folder: Path
) -> frozenset[str]:
    levels = {p.spec.level for p in planned}
    for clip in planned:
        if not _current(clips.get(clip.spec.id), clip, folder):
            levels.discard(clip.spec.level)
    return frozenset(levels)


def _synthesise(
    selected: Sequence[PlannedClip],
    folder: Path,
    engine: SpeechEngine,
    engine_factory: Callable[[], SpeechEngine],
    jobs: int,
) -> Iterable[tuple[PlannedClip, Made]]:
    if jobs <= 1 or len(selected) < 2:
        for clip in selected:
            yield clip, _make(clip, folder, engine)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_start_worker, initargs=(engine_factory,)
    ) as pool:
        results = pool.map(_make_in_worker, selected, [folder] * len(selected), chunksize=4)
        yield from zip(selected, results, strict=True)


def _make(clip: PlannedClip, folder: Path, engine: SpeechEngine) -> Made:
    audio, ends = render(clip, engine)
    write_opus(folder / clip.file, audio, engine.sample_rate)
    # a clip of one turn needs no marks: it ends where it ends
    return Made(len(audio) / engine.sample_rate, ends if len(ends) > 1 else ())


@dataclass(frozen=True)
class Made:
    duration: float
    turn_ends: tuple[float, ...]


_worker_engine: SpeechEngine | None = None


def _start_worker(factory: Callable[[], SpeechEngine]) -> None:
    global _worker_engine
    _worker_engine = factory()


def _make_in_worker(clip: PlannedClip, folder: Path) -> Made:
    assert _worker_engine is not None
    return _make(clip, folder, _worker_engine)
