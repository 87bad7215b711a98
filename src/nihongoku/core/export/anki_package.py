"""Anki packages (.apkg) of the course's words, optionally with a learner's history.

genanki writes the notes, cards and media. It has no API for scheduling, so with a
learner's progress the collection inside the package is edited before it is zipped: each
card's state, due day and interval, the FSRS memory state, and every review-log row, in
the schema Anki's importer reads (schema 11, scheduler v2+).

Anki's importer keeps this only when "Import any learning progress" is ticked, and never
changes cards the collection already has.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import genanki  # type: ignore[import-untyped]

from nihongoku.core.content.course import Lesson
from nihongoku.core.content.schema import PartOfSpeech
from nihongoku.core.export.anki_notes import (
    CARD_ORD,
    WordNote,
    stable_id,
    word_model,
    word_note,
)
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.cards import CardRecord, CardState
from nihongoku.core.study.day import ROLLOVER_HOUR, StudyDay
from nihongoku.core.study.scheduling import DESIRED_RETENTION, scheduler
from nihongoku.core.study.store import ReviewRecord, StudyStore

# Anki's card types and queues (pylib/anki/consts.py)
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
QUEUE_SUSPENDED, QUEUE_LEARNING, QUEUE_REVIEW, QUEUE_DAY_LEARNING = -1, 1, 2, 3
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN = 0, 1, 2
DEFAULT_FACTOR = 2500
MAX_ANSWER_MS = 60_000


@dataclass(frozen=True)
class History:
    """Whose progress goes along: a profile in a store."""

    store: StudyStore
    profile_id: int


@dataclass(frozen=True)
class AnkiExportReport:
    path: Path
    notes: int
    cards: int
    media: int
    scheduled_cards: int
    reviews: int


Progress = Callable[[int, int], None]


def export_anki(
    out: Path,
    lessons: Sequence[Lesson],
    *,
    pos_name: Callable[[PartOfSpeech], str] = lambda pos: pos.value,
    audio_for: Callable[[str], Path | None] = lambda _part: None,
    history: History | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> AnkiExportReport:
    """Write ``out`` (.apkg) with one note per word of ``lessons``, in one deck per lesson."""
    now = now or utc_now()
    day = history.store.day if history else StudyDay()
    model = word_model()
    decks: list[genanki.Deck] = []
    notes: list[WordNote] = []
    media: dict[str, Path] = {}
    words = [(lesson, entry) for lesson in lessons for entry in lesson.vocabulary]
    for lesson in lessons:
        title = f"{lesson.order:02d} {lesson.title.id}"
        deck = genanki.Deck(
            stable_id("nihongoku", "deck", lesson.id),
            f"Nihongoku::{lesson.level.value.upper()}::{title}",
        )
        decks.append(deck)
        for entry in lesson.vocabulary:
            sounds = []
            for part in (entry.id, f"{entry.id}.ex"):
                found = audio_for(part)
                if found is not None:
                    media[found.name] = found
                sounds.append(found.name if found is not None else "")
            note = word_note(model, entry, lesson, pos_name(entry.pos), *sounds)
            deck.add_note(note.note)
            notes.append(note)
            if progress:
                progress(len(notes), len(words))
    package = genanki.Package(decks, media_files=[str(p) for p in media.values()])

    with tempfile.TemporaryDirectory(prefix="nihongoku-anki-") as tmp:
        collection = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(collection)
        try:
            cursor = conn.cursor()
            package.write_to_db(cursor, now.timestamp(), itertools.count(1))
            card_ids = _stable_ids(cursor, notes)
            log = history.store.review_log(history.profile_id) if history else []
            crt = _set_collection_config(cursor, day, now, log)
            scheduled = reviews = 0
            if history is not None:
                scheduled, reviews = _write_history(cursor, history, log, card_ids, crt, day, now)
            cards = cursor.execute("SELECT count(*) FROM cards").fetchone()[0]
            conn.commit()
        finally:
            conn.close()
        _zip(out, collection, list(media.values()))
    return AnkiExportReport(
        path=out,
        notes=len(notes),
        cards=cards,
        media=len(media),
        scheduled_cards=scheduled,
        reviews=reviews,
    )


def _stable_ids(cursor: sqlite3.Cursor, notes: list[WordNote]) -> dict[tuple[str, int], int]:
    """Note and card ids from the item ids, so a second export is the same package."""
    card_ids: dict[tuple[str, int], int] = {}
    cursor.execute("CREATE INDEX nihongoku_guid ON notes (guid)")  # dropped below
    for note in notes:
        item = note.entry.id
        new_nid = stable_id("nihongoku", "note", item)
        (old_nid,) = cursor.execute(
            "SELECT id FROM notes WHERE guid = ?", (note.note.guid,)
        ).fetchone()
        cursor.execute("UPDATE notes SET id = ? WHERE id = ?", (new_nid, old_nid))
        for card_id, ord_ in cursor.execute(
            "SELECT id, ord FROM cards WHERE nid = ?", (old_nid,)
        ).fetchall():
            new_cid = stable_id("nihongoku", "card", item, str(ord_))
            cursor.execute(
                "UPDATE cards SET id = ?, nid = ? WHERE id = ?", (new_cid, new_nid, card_id)
            )
            card_ids[(item, ord_)] = new_cid
    cursor.execute("DROP INDEX nihongoku_guid")  # leave Anki's schema exactly as it was
    return card_ids


def _set_collection_config(
    cursor: sqlite3.Cursor, day: StudyDay, now: datetime, log: list[ReviewRecord]
) -> datetime:
    """Declare the v2+ scheduler and our day rollover; return the collection's creation.

    Without schedVer 2 Anki "upgrades" the package on import and turns Good into Easy in
    the history. Review due dates are day numbers counted from the creation day.
    """
    first = min(now, log[0].reviewed_at) if log else now
    crt = day.start(day.date_of(first) - timedelta(days=1))
    (conf_text,) = cursor.execute("SELECT conf FROM col").fetchone()
    conf = json.loads(conf_text)
    offset = crt.astimezone(day.tz).utcoffset() or timedelta(0)
    conf.update(
        {
            "schedVer": 2,
            "rollover": ROLLOVER_HOUR,
            # minutes west of UTC, as Anki counts them (Balikpapan, UTC+8: -480)
            "creationOffset": -int(offset.total_seconds() // 60),
        }
    )
    cursor.execute("UPDATE col SET crt = ?, conf = ?", (int(crt.timestamp()), json.dumps(conf)))
    return crt


def _write_history(
    cursor: sqlite3.Cursor,
    history: History,
    log: list[ReviewRecord],
    card_ids: dict[tuple[str, int], int],
    crt: datetime,
    day: StudyDay,
    now: datetime,
) -> tuple[int, int]:
    ours = {
        card.id: card
        for card in history.store.cards(history.profile_id)
        if card.kind in CARD_ORD and (card.item_id, CARD_ORD[card.kind]) in card_ids
    }
    scheduled = 0
    for card in ours.values():
        if card.state is CardState.NEW and not card.suspended:
            continue
        anki_id = card_ids[(card.item_id, CARD_ORD[card.kind])]
        cursor.execute(
            "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?,"
            " lapses = ?, left = ?, data = ?, mod = ? WHERE id = ?",
            (*_anki_schedule(card, crt, day, now), int(now.timestamp()), anki_id),
        )
        scheduled += 1
    used: set[int] = set()
    reviews = 0
    for row in log:
        answered = ours.get(row.card_id)
        if answered is None:
            continue
        revlog_id = int(row.reviewed_at.timestamp() * 1000)
        while revlog_id in used:  # Anki keys the log on the answer's millisecond
            revlog_id += 1
        used.add(revlog_id)
        cursor.execute(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
            " VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            (
                revlog_id,
                card_ids[(answered.item_id, CARD_ORD[answered.kind])],
                row.rating,
                _revlog_interval(row.state_after, row.reviewed_at, row.due_after, day),
                _last_interval(row, day),
                DEFAULT_FACTOR if row.state_after is CardState.REVIEW else 0,
                min(row.duration_ms or 0, MAX_ANSWER_MS),
                _revlog_type(row.state_before),
            ),
        )
        reviews += 1
    return scheduled, reviews


def _anki_schedule(
    card: CardRecord, crt: datetime, day: StudyDay, now: datetime
) -> tuple[int, int, int, int, int, int, int, int, str]:
    """(type, queue, due, ivl, factor, reps, lapses, left, data) of one card, for Anki."""
    days_from_crt = (day.date_of(card.due) - day.date_of(crt)).days if card.due is not None else 0
    if card.state is CardState.NEW:
        kind, queue, due, interval = NEW, 0, 0, 0
    elif card.state is CardState.REVIEW:
        assert card.due is not None and card.last_review is not None
        interval = max(1, (day.date_of(card.due) - day.date_of(card.last_review)).days)
        kind, queue, due = REVIEW, QUEUE_REVIEW, days_from_crt
    else:
        assert card.due is not None
        kind = LEARNING if card.state is CardState.LEARNING else RELEARNING
        interval = 0 if kind == LEARNING else 1
        if card.due < day.end_of(now):
            queue, due = QUEUE_LEARNING, int(card.due.timestamp())
        else:
            queue, due = QUEUE_DAY_LEARNING, days_from_crt
    if card.suspended:
        queue = QUEUE_SUSPENDED
    steps = scheduler().learning_steps if kind == LEARNING else scheduler().relearning_steps
    remaining = max(1, len(steps) - (card.step or 0)) if kind in (LEARNING, RELEARNING) else 0
    data = ""
    if card.stability is not None and card.difficulty is not None:
        memory: dict[str, float | int] = {
            "s": round(card.stability, 4),
            "d": round(card.difficulty, 4),
            "dr": DESIRED_RETENTION,
            "decay": round(scheduler().parameters[20], 4),
        }
        if card.last_review is not None:
            memory["lrt"] = int(card.last_review.timestamp())
        data = json.dumps(memory, separators=(",", ":"))
    factor = DEFAULT_FACTOR if kind in (REVIEW, RELEARNING) else 0
    left = remaining * 1000 + remaining
    return kind, queue, due, interval, factor, card.reps, card.lapses, left, data


def _revlog_interval(state: CardState, at: datetime, due: datetime | None, day: StudyDay) -> int:
    """Days for a review interval, negative seconds for a learning step (Anki's revlog)."""
    if due is None:
        return 0
    if state is CardState.REVIEW:
        return max(1, (day.date_of(due) - day.date_of(at)).days)
    return -max(1, int((due - at).total_seconds()))


def _last_interval(row: ReviewRecord, day: StudyDay) -> int:
    if row.state_before is CardState.NEW or row.last_review_before is None:
        return 0
    return _revlog_interval(row.state_before, row.last_review_before, row.due_before, day)


def _revlog_type(before: CardState) -> int:
    if before is CardState.REVIEW:
        return REVLOG_REVIEW
    if before is CardState.RELEARNING:
        return REVLOG_RELEARN
    return REVLOG_LEARN


def _zip(out: Path, collection: Path, media: list[Path]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.write(collection, "collection.anki2")
        package.writestr("media", json.dumps({str(i): p.name for i, p in enumerate(media)}))
        for index, path in enumerate(media):
            package.write(path, str(index))
    partial.replace(out)  # never leave a half-written package under the real name
