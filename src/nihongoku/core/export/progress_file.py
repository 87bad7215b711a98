"""Progress files: one learner's profile, cards and review history, for a USB stick.

The same file backs a learner up, moves them to another laptop, and feeds an
instructor's gradebook. It is gzip-compressed JSON with a SHA-256 checksum over its
content. Files come from outside, so reading one is defensive: size caps before and
after decompression, a strict schema, a known format version, the checksum, and nothing
is written to the store unless the whole file is sound.

Importing merges: answers are keyed by (item, card kind, time), so importing the same
file twice changes nothing, and a card takes whichever side answered it last.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select

from nihongoku import __version__
from nihongoku.core.errors import NihongokuError
from nihongoku.core.profile_info import FONT_SIZES, LANGUAGES, NAME_MAX, NEW_PER_DAY_RANGE
from nihongoku.core.store.database import Database
from nihongoku.core.store.models import Card, ExamAttempt, PracticeAnswer, Profile, ReviewLog
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.cards import CardKind, CardState

FORMAT = "nihongoku-progress"
VERSION = 2  # 2: finished mock exams go along
READABLE_VERSIONS = (1, 2)
SUFFIX = ".nkprogress"
MAX_FILE_BYTES = 64 * 1024 * 1024  # years of daily study fit in a few MB
MAX_JSON_BYTES = 512 * 1024 * 1024
MAX_ROWS = 2_000_000


class ProgressFileError(NihongokuError):
    """A progress file that cannot be used; the message names the file and the fault."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


State = Annotated[int, Field(ge=int(CardState.NEW), le=int(CardState.RELEARNING))]
ItemId = Annotated[str, Field(min_length=1, max_length=80)]


class _ProfileData(_Strict):
    uid: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
    name: Annotated[str, Field(min_length=1, max_length=NAME_MAX)]
    role: Annotated[str, Field(pattern=r"^learner$")]  # instructors are never moved by file
    secret_hash: Annotated[str, Field(max_length=200)] | None
    created_at: datetime
    language: Annotated[str, Field(pattern="^(" + "|".join(LANGUAGES) + ")$")]
    font_size: Annotated[int, Field(ge=FONT_SIZES.start, lt=FONT_SIZES.stop)]
    new_cards_per_day: (
        Annotated[int, Field(ge=NEW_PER_DAY_RANGE.start, lt=NEW_PER_DAY_RANGE.stop)] | None
    )


class _CardData(_Strict):
    item_id: ItemId
    kind: CardKind
    state: State
    step: Annotated[int, Field(ge=0, le=100)] | None
    stability: Annotated[float, Field(gt=0, le=1e6)] | None
    difficulty: Annotated[float, Field(ge=0, le=11)] | None
    due: datetime | None
    last_review: datetime | None
    reps: Annotated[int, Field(ge=0, le=1_000_000)]
    lapses: Annotated[int, Field(ge=0, le=1_000_000)]
    suspended: bool
    buried_until: datetime | None
    introduced_at: datetime | None


class _ReviewData(_Strict):
    item_id: ItemId
    kind: CardKind
    reviewed_at: datetime
    rating: Annotated[int, Field(ge=1, le=4)]
    duration_ms: Annotated[int, Field(ge=0, le=86_400_000)] | None
    elapsed_days: Annotated[float, Field(ge=0, le=1e6)] | None
    state_before: State
    step_before: Annotated[int, Field(ge=0, le=100)] | None
    stability_before: Annotated[float, Field(gt=0, le=1e6)] | None
    difficulty_before: Annotated[float, Field(ge=0, le=11)] | None
    due_before: datetime | None
    last_review_before: datetime | None
    lapses_before: Annotated[int, Field(ge=0, le=1_000_000)]
    introduced_at_before: datetime | None
    state_after: State
    step_after: Annotated[int, Field(ge=0, le=100)] | None
    stability_after: Annotated[float, Field(gt=0, le=1e6)]
    difficulty_after: Annotated[float, Field(ge=0, le=11)]
    due_after: datetime


class _PracticeData(_Strict):
    question_id: Annotated[str, Field(min_length=1, max_length=160)]
    family: Annotated[str, Field(min_length=1, max_length=32)]
    level: Annotated[str, Field(min_length=1, max_length=8)]
    tested: Annotated[str, Field(max_length=800)]
    correct: bool
    answered_at: datetime
    duration_ms: Annotated[int, Field(ge=0, le=86_400_000)] | None


Count = Annotated[int, Field(ge=0, le=100_000)]


class _GroupScore(_Strict):
    points: Count
    scale: Count
    right: Count
    asked: Count


class _ExamResultData(_Strict):
    kind: Annotated[str, Field(pattern="^(jlpt|jft|practice)$")]
    total: Count
    scale: tuple[Count, Count]
    passed: bool | None
    band: Annotated[str, Field(max_length=16)] | None
    right: Count
    asked: Count
    groups: Annotated[dict[Annotated[str, Field(max_length=64)], _GroupScore], Field(max_length=20)]
    areas: Annotated[
        dict[Annotated[str, Field(max_length=32)], Annotated[str, Field(pattern="^[ABC]$")]],
        Field(max_length=20),
    ]
    families: Annotated[
        dict[Annotated[str, Field(max_length=32)], tuple[Count, Count]], Field(max_length=40)
    ]


class _ExamData(_Strict):
    exam_id: Annotated[str, Field(min_length=1, max_length=64)]
    form: Annotated[int, Field(ge=1, le=100)]
    fingerprint: Annotated[str, Field(max_length=32)]
    started_at: datetime
    finished_at: datetime
    result: _ExamResultData


class _Content(_Strict):
    format: Annotated[str, Field(pattern=f"^{FORMAT}$")]
    version: int
    app_version: Annotated[str, Field(max_length=40)]
    exported_at: datetime
    profile: _ProfileData
    cards: Annotated[list[_CardData], Field(max_length=MAX_ROWS)]
    reviews: Annotated[list[_ReviewData], Field(max_length=MAX_ROWS)]
    practice: Annotated[list[_PracticeData], Field(max_length=MAX_ROWS)]
    exams: Annotated[list[_ExamData], Field(max_length=10_000)] = []


ProgressContent = _Content  # what read_progress returns: checked, ready to use


@dataclass(frozen=True)
class ProgressSummary:
    """What a progress file holds (or what importing it did)."""

    name: str
    uid: str
    exported_at: datetime
    cards: int
    reviews: int
    added_reviews: int = 0
    created_profile: bool = False


_CARD_COLUMNS = tuple(_CardData.model_fields)
_PRACTICE_COLUMNS = tuple(_PracticeData.model_fields)
_REVIEW_COLUMNS = tuple(c for c in _ReviewData.model_fields if c not in ("item_id", "kind"))


def _iso(value: Any) -> Any:
    return value.astimezone(UTC).isoformat() if isinstance(value, datetime) else value


def _checksum(content: dict[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def export_progress(db: Database, profile_id: int, out: Path) -> ProgressSummary:
    """Write one learner's progress to ``out`` (written aside, then moved into place)."""
    with db.transaction() as s:
        profile = s.get(Profile, profile_id)
        if profile is None:
            raise ProgressFileError(f"no profile {profile_id}")
        cards = s.scalars(select(Card).where(Card.profile_id == profile_id).order_by(Card.id))
        card_rows = [{c: _iso(getattr(card, c)) for c in _CARD_COLUMNS} for card in cards]
        keys = {
            card_id: (item, kind)
            for card_id, item, kind in s.execute(
                select(Card.id, Card.item_id, Card.kind).where(Card.profile_id == profile_id)
            ).all()
        }
        reviews = s.scalars(
            select(ReviewLog)
            .where(ReviewLog.profile_id == profile_id)
            .order_by(ReviewLog.reviewed_at, ReviewLog.id)
        )
        review_rows = [
            {
                "item_id": keys[row.card_id][0],
                "kind": keys[row.card_id][1],
                **{c: _iso(getattr(row, c)) for c in _REVIEW_COLUMNS},
            }
            for row in reviews
        ]
        practice = s.scalars(
            select(PracticeAnswer)
            .where(PracticeAnswer.profile_id == profile_id)
            .order_by(PracticeAnswer.answered_at, PracticeAnswer.id)
        )
        practice_rows = [{c: _iso(getattr(row, c)) for c in _PRACTICE_COLUMNS} for row in practice]
        attempts = s.scalars(
            select(ExamAttempt)
            .where(ExamAttempt.profile_id == profile_id, ExamAttempt.finished_at.is_not(None))
            .order_by(ExamAttempt.finished_at, ExamAttempt.id)
        )
        exam_rows = [
            {
                "exam_id": row.exam_id,
                "form": row.form,
                "fingerprint": row.fingerprint,
                "started_at": _iso(row.started_at),
                "finished_at": _iso(row.finished_at),
                "result": row.result,
            }
            for row in attempts
            if row.result is not None  # abandoned attempts have no result to report
        ]
        content = {
            "format": FORMAT,
            "version": VERSION,
            "app_version": __version__,
            "exported_at": _iso(utc_now()),
            "profile": {
                "uid": profile.uid,
                "name": profile.name,
                "role": profile.role,
                "secret_hash": profile.secret_hash,
                "created_at": _iso(profile.created_at),
                "language": profile.language,
                "font_size": profile.font_size,
                "new_cards_per_day": profile.new_cards_per_day,
            },
            "cards": card_rows,
            "reviews": review_rows,
            "practice": practice_rows,
            "exams": exam_rows,
        }
    if profile.role != "learner":
        raise ProgressFileError("progress files are for learners")
    document = {"checksum": _checksum(content), "content": content}
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with gzip.open(partial, "wt", encoding="utf-8") as stream:
        json.dump(document, stream, ensure_ascii=False)
    partial.replace(out)
    return ProgressSummary(
        name=profile.name,
        uid=profile.uid,
        exported_at=datetime.fromisoformat(content["exported_at"]),
        cards=len(card_rows),
        reviews=len(review_rows),
    )


def read_progress(path: Path) -> _Content:
    """Read and check a progress file completely; raise ProgressFileError naming the fault."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProgressFileError(f"{path}: too large for a progress file ({size} bytes)")
        with gzip.open(path, "rb") as stream:
            raw = stream.read(MAX_JSON_BYTES + 1)
    except ProgressFileError:
        raise
    except (OSError, EOFError, zlib.error) as exc:
        raise ProgressFileError(f"{path}: not a readable progress file ({exc})") from exc
    if len(raw) > MAX_JSON_BYTES:
        raise ProgressFileError(f"{path}: expands to more than a progress file can hold")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProgressFileError(f"{path}: damaged: {exc}") from exc
    if not isinstance(document, dict) or set(document) != {"checksum", "content"}:
        raise ProgressFileError(f"{path}: not a Nihongoku progress file")
    content = document["content"]
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise ProgressFileError(f"{path}: not a Nihongoku progress file")
    if content.get("version") not in READABLE_VERSIONS:
        raise ProgressFileError(
            f"{path}: progress file version {content.get('version')!r}; this Nihongoku "
            f"reads versions up to {VERSION} (update the app that reads it)"
        )
    if document["checksum"] != _checksum(content):
        raise ProgressFileError(f"{path}: the checksum does not match: the file was changed")
    try:
        return _Content.model_validate(content)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ProgressFileError(f"{path}: {where}: {first['msg']}") from exc


def describe(path: Path) -> ProgressSummary:
    content = read_progress(path)
    return ProgressSummary(
        name=content.profile.name,
        uid=content.profile.uid,
        exported_at=content.exported_at,
        cards=len(content.cards),
        reviews=len(content.reviews),
    )


def import_progress(db: Database, path: Path) -> ProgressSummary:
    """Merge a learner's progress file into the store, in one transaction."""
    content = read_progress(path)
    data = content.profile
    with db.transaction() as s:
        profile = s.scalars(select(Profile).where(Profile.uid == data.uid)).first()
        created = profile is None
        if profile is None:
            if s.scalars(select(Profile).where(Profile.name == data.name)).first():
                raise ProgressFileError(
                    f"{path}: this laptop already has another learner called {data.name}; "
                    "rename one of them first"
                )
            profile = Profile(
                uid=data.uid,
                name=data.name,
                role="learner",
                secret_hash=data.secret_hash,
                created_at=data.created_at,
                language=data.language,
                font_size=data.font_size,
                new_cards_per_day=data.new_cards_per_day,
            )
            s.add(profile)
            s.flush()
        cards = {
            (card.item_id, card.kind): card
            for card in s.scalars(select(Card).where(Card.profile_id == profile.id))
        }
        for incoming in content.cards:
            key = (incoming.item_id, incoming.kind.value)
            card = cards.get(key)
            if card is None:
                card = Card(profile_id=profile.id, item_id=incoming.item_id, kind=key[1])
                s.add(card)
                cards[key] = card
            elif _later(card.last_review, incoming.last_review) is not incoming.last_review:
                continue  # this laptop has the newer answer to this card
            for column in _CARD_COLUMNS:
                if column not in ("item_id", "kind"):
                    setattr(card, column, getattr(incoming, column))
        s.flush()
        known = {
            (card_id, at)
            for card_id, at in s.execute(
                select(ReviewLog.card_id, ReviewLog.reviewed_at).where(
                    ReviewLog.profile_id == profile.id
                )
            ).all()
        }
        added = 0
        for review in content.reviews:
            card = cards.get((review.item_id, review.kind.value))
            if card is None or (card.id, review.reviewed_at) in known:
                continue
            s.add(
                ReviewLog(
                    card_id=card.id,
                    profile_id=profile.id,
                    **{c: getattr(review, c) for c in _REVIEW_COLUMNS},
                )
            )
            known.add((card.id, review.reviewed_at))
            added += 1
        answered = {
            (question, at)
            for question, at in s.execute(
                select(PracticeAnswer.question_id, PracticeAnswer.answered_at).where(
                    PracticeAnswer.profile_id == profile.id
                )
            ).all()
        }
        for answer in content.practice:
            if (answer.question_id, answer.answered_at) in answered:
                continue
            s.add(PracticeAnswer(profile_id=profile.id, **answer.model_dump()))
            answered.add((answer.question_id, answer.answered_at))
        sat = {
            (exam, started)
            for exam, started in s.execute(
                select(ExamAttempt.exam_id, ExamAttempt.started_at).where(
                    ExamAttempt.profile_id == profile.id
                )
            ).all()
        }
        for exam in content.exams:
            if (exam.exam_id, exam.started_at) in sat:
                continue
            s.add(
                ExamAttempt(
                    profile_id=profile.id,
                    exam_id=exam.exam_id,
                    form=exam.form,
                    fingerprint=exam.fingerprint,
                    started_at=exam.started_at,
                    saved_at=exam.finished_at,
                    finished_at=exam.finished_at,
                    state={},
                    result=exam.result.model_dump(mode="json"),
                )
            )
            sat.add((exam.exam_id, exam.started_at))
    return ProgressSummary(
        name=data.name,
        uid=data.uid,
        exported_at=content.exported_at,
        cards=len(content.cards),
        reviews=len(content.reviews),
        added_reviews=added,
        created_profile=created,
    )


def _later(ours: datetime | None, theirs: datetime | None) -> datetime | None:
    if ours is None:
        return theirs
    if theirs is None:
        return ours
    return theirs if theirs > ours else ours


def progress_files(folder: Path) -> Iterable[Path]:
    return sorted(folder.glob(f"*{SUFFIX}"))
