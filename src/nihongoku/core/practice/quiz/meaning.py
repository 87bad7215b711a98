"""Meaning checks: a Japanese word → four Indonesian meanings, and the reverse.

Distractors are words of the same part of speech from the same lesson, then from the
same level, then (when a lesson is short of them) any word of the lesson. None shares a
meaning, a reading or a written form with the answer or with another choice, and none is
the meaning of another course word spelled or read like the answer (はし: 橋 and 箸).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.content.schema import PartOfSpeech
from nihongoku.core.japanese import Ruby, has_kanji
from nihongoku.core.practice.quiz import explanations
from nihongoku.core.practice.quiz.choosing import Candidate, deal, draw
from nihongoku.core.practice.quiz.inflection import VERBS
from nihongoku.core.practice.quiz.items import (
    TOO_FEW_DISTRACTORS,
    Choice,
    Family,
    Mark,
    Mistake,
    QuizItem,
    Skip,
    Stem,
)
from nihongoku.core.practice.quiz.lexicon import Lexicon, kana_key, same_meaning


def eligible(word: VocabEntry) -> bool:
    """Every word: particles have a use more than a meaning, so they are left out."""
    return word.pos is not PartOfSpeech.PARTICLE


def build_ja_id(word: VocabEntry, lexicon: Lexicon, rng: random.Random) -> QuizItem | Skip:
    """Japanese → Indonesian: the word (with furigana) and four meanings."""
    family = Family.MEANING_JA_ID
    stem = Stem(
        pieces=word.furigana,
        target=(0, len(word.furigana)),
        mark=Mark.WHOLE,
        solved=word.furigana,
    )

    def make(other: VocabEntry) -> Candidate | None:
        if not _distinct(word, other, lexicon):
            return None
        explanation = explanations.meaning_of_other(
            other.written, other.reading, other.meaning, word.written
        )
        text = other.meaning.id
        return Candidate(text, Mistake.OTHER_MEANING, explanation, text, word_id=other.id)

    distractors = draw(_tiers(word, lexicon), rng, make, _compatible(lexicon))
    if len(distractors) < 3:
        return Skip(family, word.id, TOO_FEW_DISTRACTORS)
    right = Choice(
        word.meaning.id,
        (Ruby(word.meaning.id),),
        None,
        explanations.means(word.written, word.reading, word.meaning),
        word.meaning.id,
        word.id,
    )
    return deal(family, word, stem, "meaning", right, distractors, rng, (word.id,))


def build_id_ja(word: VocabEntry, lexicon: Lexicon, rng: random.Random) -> QuizItem | Skip:
    """Indonesian → Japanese: the meaning and four words (with furigana)."""
    family = Family.MEANING_ID_JA
    stem = Stem(pieces=(), target=(0, 0), mark=Mark.WHOLE, solved=word.furigana, gloss=word.meaning)

    def make(other: VocabEntry) -> Candidate | None:
        if not _distinct(word, other, lexicon):
            return None
        explanation = explanations.other_word(other.written, other.reading, other.meaning)
        return Candidate(
            other.written,
            Mistake.OTHER_MEANING,
            explanation,
            other.written,
            other.furigana,
            other.id,
        )

    distractors = draw(_tiers(word, lexicon), rng, make, _compatible(lexicon))
    if len(distractors) < 3:
        return Skip(family, word.id, TOO_FEW_DISTRACTORS)
    right = Choice(
        word.written,
        word.furigana,
        None,
        explanations.means(word.written, word.reading, word.meaning),
        word.written,
        word.id,
    )
    return deal(family, word, stem, "meaning-reverse", right, distractors, rng, (word.id,))


def _kind(word: VocabEntry) -> str:
    if word.pos in VERBS:
        return "verb"
    if word.pos is PartOfSpeech.SURU_NOUN:
        return PartOfSpeech.NOUN.value
    return word.pos.value


def _tiers(word: VocabEntry, lexicon: Lexicon) -> list[list[VocabEntry]]:
    """Same lesson and kind; same level and kind; same lesson, any kind (without the word)."""
    key = ("meaning-tiers", word.lesson_id, word.level, _kind(word))
    tiers = lexicon.memo(key, lambda: _tiers_of(word, lexicon))
    return [[w for w in tier if w.id != word.id] for tier in tiers]


def _tiers_of(word: VocabEntry, lexicon: Lexicon) -> list[list[VocabEntry]]:
    kind = _kind(word)
    lesson, same_kind, any_kind = [], [], []
    for other in lexicon.words:
        if other.pos is PartOfSpeech.PARTICLE:
            continue
        if _kind(other) == kind and other.lesson_id == word.lesson_id:
            lesson.append(other)
        elif _kind(other) == kind and other.level == word.level:
            same_kind.append(other)
        elif other.lesson_id == word.lesson_id:
            any_kind.append(other)
    return [lesson, same_kind, any_kind]


def _look_alike_words(word: VocabEntry, lexicon: Lexicon) -> list[VocabEntry]:
    """The course words written like ``word``, or read like it when it is shown in kana."""
    found = list(lexicon.by_written.get(word.written, []))
    if not has_kanji(word.written):
        found += lexicon.by_reading.get(kana_key(word.reading), [])
    return found


def _distinct(word: VocabEntry, other: VocabEntry, lexicon: Lexicon) -> bool:
    """``other`` can be a wrong choice for ``word``: another reading, spelling and meaning,
    and not the meaning of a word that looks or sounds like ``word``."""
    if not lexicon.different_words(word, other):
        return False
    return not any(
        same_meaning(twin.meaning, other.meaning) for twin in _look_alike_words(word, lexicon)
    )


def _compatible(lexicon: Lexicon) -> Callable[[Candidate, Candidate], bool]:
    """Two distractors that are different words in every way that shows."""

    def compatible(a: Candidate, b: Candidate) -> bool:
        left, right = lexicon.word(a.word_id or ""), lexicon.word(b.word_id or "")
        return a.text != b.text and lexicon.different_words(left, right)

    return compatible
