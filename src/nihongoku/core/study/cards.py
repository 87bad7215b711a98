"""Card kinds and the plain card records the rest of the app handles."""

from __future__ import annotations

import enum
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from nihongoku.core.audio import manifest
from nihongoku.core.content.course import Entry, KanaEntry, Lesson, VocabEntry
from nihongoku.core.japanese import is_kanji


class CardKind(enum.StrEnum):
    RECOGNITION = "recognition"  # Japanese → meaning (or kana → romaji)
    RECALL = "recall"  # meaning → Japanese
    READING = "reading"  # a word written in kanji → its reading
    LISTENING = "listening"  # audio → meaning


# kind by stored value: cheaper than CardKind(value) when thousands of rows are read
KINDS = {kind.value: kind for kind in CardKind}


class CardState(enum.IntEnum):
    """fsrs.State, plus NEW for a card that was never answered."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


# Anki's default: a card failed this often is costing more than it teaches.
LEECH_LAPSES = 8


def recorded_words() -> Container[str]:
    """The item ids the bundled audio has a recording for (clip id = item id)."""
    return manifest().clips


def kinds_for(entry: Entry, recorded: Container[str] = ()) -> tuple[CardKind, ...]:
    """The cards one course item gives, in the order they are introduced.

    A word gets a listening card only when ``recorded`` holds its id: a card with no sound
    to play would be unanswerable.
    """
    if isinstance(entry, VocabEntry):
        kinds = [CardKind.RECOGNITION]
        if any(is_kanji(c) for c in entry.written):
            kinds.append(CardKind.READING)
        kinds.append(CardKind.RECALL)
        if entry.id in recorded:
            kinds.append(CardKind.LISTENING)
        return tuple(kinds)
    if isinstance(entry, KanaEntry):
        return (CardKind.RECOGNITION,)
    return (CardKind.RECOGNITION,)


CardKey = tuple[str, CardKind]


def card_keys(
    lessons: Iterable[Lesson], recorded: Container[str] | None = None
) -> Iterator[CardKey]:
    """Every card of these lessons, in course order: the order new cards come in.

    ``recorded``: the words with a recording (default: the bundled audio's manifest).
    """
    if recorded is None:
        recorded = recorded_words()
    for lesson in lessons:
        for entry in lesson.entries():
            for kind in kinds_for(entry, recorded):
                yield entry.id, kind


@dataclass(frozen=True)
class CardRecord:
    id: int | None  # None: a new card with no row yet
    item_id: str
    kind: CardKind
    state: CardState
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime | None
    last_review: datetime | None
    reps: int
    lapses: int
    suspended: bool
    buried_until: datetime | None

    @property
    def key(self) -> CardKey:
        return self.item_id, self.kind

    @property
    def is_leech(self) -> bool:
        return self.lapses >= LEECH_LAPSES


def new_card(key: CardKey) -> CardRecord:
    item_id, kind = key
    return CardRecord(
        id=None,
        item_id=item_id,
        kind=kind,
        state=CardState.NEW,
        step=None,
        stability=None,
        difficulty=None,
        due=None,
        last_review=None,
        reps=0,
        lapses=0,
        suspended=False,
        buried_until=None,
    )
