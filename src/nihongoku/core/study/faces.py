"""What each card kind shows on its front and back, as plain data for any front end."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from nihongoku.core.content.course import (
    Entry,
    GrammarEntry,
    KanaEntry,
    KanjiEntry,
    Sentence,
    VocabEntry,
)
from nihongoku.core.content.schema import Bilingual
from nihongoku.core.japanese import Ruby
from nihongoku.core.study.cards import CardKind


class Ask(enum.Enum):
    """The question a front asks; the interface words it in the learner's language."""

    MEANING = "meaning"
    READING = "reading"
    JAPANESE = "japanese"
    ROMAJI = "romaji"
    KANJI = "kanji"
    GRAMMAR = "grammar"
    LISTENING = "listening"  # the front is the word's recording, nothing written


@dataclass(frozen=True)
class Face:
    ask: Ask
    front_japanese: tuple[Ruby, ...]  # empty when the front is a meaning
    front_meaning: Bilingual | None
    front_furigana: bool  # may the furigana toggle show readings on the front?
    front_audio: bool  # does the front play the item's recording (and show no text)?
    answer_japanese: tuple[Ruby, ...]
    answer_reading: str  # kana, and romaji after it
    answer_meaning: Bilingual | None
    details: tuple[Bilingual, ...]  # notes, mnemonics, kanji readings …
    example: Sentence | None


def face(entry: Entry, kind: CardKind) -> Face:
    if isinstance(entry, VocabEntry):
        return _word(entry, kind)
    if isinstance(entry, KanaEntry):
        return Face(
            ask=Ask.ROMAJI,
            front_japanese=(Ruby(entry.char),),
            front_meaning=None,
            front_furigana=False,
            front_audio=False,
            answer_japanese=(Ruby(entry.char),),
            answer_reading=entry.romaji,
            answer_meaning=None,
            details=(entry.mnemonic,) if entry.mnemonic else (),
            example=None,
        )
    if isinstance(entry, KanjiEntry):
        readings = "  ".join(entry.on + entry.kun)
        return Face(
            ask=Ask.KANJI,
            front_japanese=(Ruby(entry.char),),
            front_meaning=None,
            front_furigana=False,
            front_audio=False,
            answer_japanese=(Ruby(entry.char),),
            answer_reading=readings,
            answer_meaning=entry.meaning,
            details=(),
            example=None,
        )
    return _grammar(entry)


def _word(entry: VocabEntry, kind: CardKind) -> Face:
    pieces = entry.furigana or (Ruby(entry.written),)
    reading = f"{entry.reading} · {entry.romaji}"
    details = (entry.note,) if entry.note else ()
    if kind is CardKind.RECALL:
        return Face(
            ask=Ask.JAPANESE,
            front_japanese=(),
            front_meaning=entry.meaning,
            front_furigana=False,
            front_audio=False,
            answer_japanese=pieces,
            answer_reading=reading,
            answer_meaning=entry.meaning,
            details=details,
            example=entry.example,
        )
    if kind is CardKind.LISTENING:
        return Face(
            ask=Ask.LISTENING,
            front_japanese=(),
            front_meaning=None,
            front_furigana=False,
            front_audio=True,
            answer_japanese=pieces,
            answer_reading=reading,
            answer_meaning=entry.meaning,
            details=details,
            example=entry.example,
        )
    return Face(
        ask=Ask.READING if kind is CardKind.READING else Ask.MEANING,
        front_japanese=pieces,
        front_meaning=None,
        front_furigana=kind is not CardKind.READING,
        front_audio=False,
        answer_japanese=pieces,
        answer_reading=reading,
        answer_meaning=entry.meaning,
        details=details,
        example=entry.example,
    )


def _grammar(entry: GrammarEntry) -> Face:
    return Face(
        ask=Ask.GRAMMAR,
        front_japanese=(Ruby(entry.pattern),),
        front_meaning=None,
        front_furigana=False,
        front_audio=False,
        answer_japanese=(Ruby(entry.pattern),),
        answer_reading="",
        answer_meaning=entry.title,
        details=(entry.explanation,),
        example=entry.examples[0] if entry.examples else None,
    )
