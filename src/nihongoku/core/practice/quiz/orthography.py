"""表記: the word in kana, underlined in a sentence; pick how it is written.

Kanji words get spellings with a look-alike kanji swapped in (休/体, 右/石) and, when
those are too few, the spelling of another word of the lesson. Katakana words get
look-alike katakana (シ/ツ, ソ/ン, ク/ケ/タ, ル/レ, ウ/ワ), ー left out or added, and small
ッ/ャュョ confused with big ones. A spelling the course (or UNTAUGHT_SPELLINGS) gives the
reading is never offered.

Two kinds learners also trip on are left out on purpose, because dictionaries accept too
many of them and a distractor must never be right: okurigana moved (JMdict lists 新らしい,
短かい, 忙がしい as irregular spellings) and a kanji of the same sound (校/高: swapping
one in makes real homophones, 食時 for 食事, 速い for 早い).
"""

from __future__ import annotations

import itertools
import random

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.content.schema import Bilingual
from nihongoku.core.japanese import Ruby, has_kanji, is_kanji, is_katakana
from nihongoku.core.practice.quiz import explanations
from nihongoku.core.practice.quiz.choosing import Candidate, deal, pick
from nihongoku.core.practice.quiz.inflection import DICTIONARY, VERBS, Inflected, inflect
from nihongoku.core.practice.quiz.items import (
    TOO_FEW_DISTRACTORS,
    Choice,
    Family,
    Mark,
    Mistake,
    QuizItem,
    Skip,
)
from nihongoku.core.practice.quiz.lexicon import UNTAUGHT_SPELLINGS, Lexicon, kana_key
from nihongoku.core.practice.quiz.lookalikes import kanji_lookalikes, katakana_lookalikes
from nihongoku.core.practice.quiz.stems import alone, best_placement, in_sentence, kanji_of

FAMILY = Family.ORTHOGRAPHY
_SMALL = {"ャ": "ヤ", "ュ": "ユ", "ョ": "ヨ", "ッ": "ツ"}
_DOUBLES = set("カキクケコサシスセソタチツテトパピプペポ")
_NOT_BEFORE_MARK = set("ッンーャュョァィゥェォ")


def is_katakana_word(written: str) -> bool:
    return bool(written) and all(is_katakana(ch) for ch in written)


def eligible(word: VocabEntry) -> bool:
    """Words written with kanji, and words written in katakana."""
    return has_kanji(word.written) or is_katakana_word(word.written)


def build(word: VocabEntry, lexicon: Lexicon, rng: random.Random) -> QuizItem | Skip:
    """The orthography item for ``word``, or a Skip when 3 safe distractors cannot be found."""
    placement = best_placement(lexicon, word)
    form = placement.form if placement else Inflected(DICTIONARY, word.furigana)
    shown = Ruby(form.reading)
    if placement is not None:
        hidden = kanji_of(form.text)

        def in_kana(unit: Ruby) -> Ruby:
            # Another run with the answer's kanji would show the spelling: write it in kana.
            if kanji_of(unit.text) & hidden and unit.reading is not None:
                return Ruby(unit.reading)
            return unit

        stem = in_sentence(placement, shown, Mark.UNDERLINE, in_kana)
    else:
        stem = alone(form, shown)
    katakana = is_katakana_word(word.written)
    if katakana:
        found = _katakana_candidates(word, form)
    else:
        found = _kanji_candidates(word, form, lexicon)
        found += _other_words(word, form, lexicon)
    taken = lexicon.spellings(word.reading) | {word.written}
    taken |= UNTAUGHT_SPELLINGS.get(kana_key(word.reading), frozenset())
    reading = kana_key(word.reading)
    candidates = [
        c
        for c in found
        if c.text != form.text
        and c.lemma not in taken
        and reading not in lexicon.valid_readings(c.lemma)
    ]
    distractors = pick(candidates, rng)
    if len(distractors) < 3:
        return Skip(FAMILY, word.id, TOO_FEW_DISTRACTORS)
    right = Choice(
        form.text,
        (Ruby(form.text),),
        None,
        explanations.spelling_right(form.reading, form.text, word.meaning),
        word.written,
        word.id,
    )
    instruction = "orthography-katakana" if katakana else "orthography"
    tested = (word.id, *lexicon.kanji_ids(word))
    return deal(FAMILY, word, stem, instruction, right, distractors, rng, tested)


# -- kanji words ------------------------------------------------------------------------------


def _swap(text: str, index: int, char: str) -> str:
    return text[:index] + char + text[index + 1 :]


def _kanji_positions(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if is_kanji(ch) and ch != "々"]


def _kanji_candidates(word: VocabEntry, form: Inflected, lexicon: Lexicon) -> list[Candidate]:
    text, written = form.text, word.written
    in_form = _kanji_positions(text)
    in_word = _kanji_positions(written)
    if len(in_form) != len(in_word):
        return []
    found: list[Candidate] = []
    swaps = [
        (at, at_word, wrong)
        for at, at_word in zip(in_form, in_word, strict=True)
        for wrong in kanji_lookalikes(text[at])
    ]
    for at, at_word, wrong in swaps:
        right = text[at]
        explanation = explanations.lookalike_kanji(
            form.reading, text, right, wrong, _meaning_of_kanji(wrong, lexicon)
        )
        found.append(
            Candidate(
                _swap(text, at, wrong),
                Mistake.LOOKALIKE_KANJI,
                explanation,
                _swap(written, at_word, wrong),
            )
        )
    # Two kanji swapped at once (見第 for 兄弟), when one at a time gives too few.
    for (at1, w1, wrong1), (at2, w2, wrong2) in itertools.combinations(swaps, 2):
        if at1 == at2:
            continue
        rights = f"{text[at1]}{text[at2]}"
        explanation = explanations.lookalike_kanji(
            form.reading, text, rights, f"{wrong1}{wrong2}", None
        )
        found.append(
            Candidate(
                _swap(_swap(text, at1, wrong1), at2, wrong2),
                Mistake.LOOKALIKE_KANJI,
                explanation,
                _swap(_swap(written, w1, wrong1), w2, wrong2),
                tier=1,
            )
        )
    return found


def _meaning_of_kanji(char: str, lexicon: Lexicon) -> Bilingual | None:
    entry = lexicon.kanji.get(char)
    if entry is not None:
        return entry.meaning
    words = lexicon.by_written.get(char)
    return words[0].meaning if words else None


def _other_words(word: VocabEntry, form: Inflected, lexicon: Lexicon) -> list[Candidate]:
    """The last resort: how another word of the lesson is written, in the same form.

    Words of the same part of speech first (tier 2), then any word with kanji (tier 3,
    dictionary forms only).
    """
    found: list[Candidate] = []
    for other in lexicon.course.lesson(word.lesson_id).vocabulary:
        if other.id == word.id or not has_kanji(other.written):
            continue
        same_kind = _kind(other) == _kind(word)
        if not same_kind and form.form != DICTIONARY:
            continue
        other_form = inflect(other, form.form) if same_kind else None
        if other_form is None:
            if form.form != DICTIONARY:
                continue
            other_form = Inflected(DICTIONARY, other.furigana)
        if abs(len(other_form.text) - len(form.text)) > 1:
            continue
        explanation = explanations.spelling_of_other_word(
            other_form.text, other_form.reading, other.meaning, form.reading
        )
        tier = 2 if same_kind else 3
        found.append(
            Candidate(other_form.text, Mistake.OTHER_WORD, explanation, other.written, tier=tier)
        )
    return found


def _kind(word: VocabEntry) -> str:
    """Parts of speech that can stand in the same place: every verb is a verb."""
    return "verb" if word.pos in VERBS else word.pos.value


# -- katakana words ---------------------------------------------------------------------------


def _katakana_candidates(word: VocabEntry, form: Inflected) -> list[Candidate]:
    text = form.text
    reading = form.reading
    found: list[Candidate] = []
    for i, ch in enumerate(text):
        for wrong in katakana_lookalikes(ch):
            swapped = _swap(text, i, wrong)
            explanation = explanations.lookalike_kana(reading, text, ch, wrong)
            found.append(Candidate(swapped, Mistake.LOOKALIKE_KANA, explanation, swapped))
    for i, ch in enumerate(text):
        if ch == "ー" and 0 < i < len(text) - 1:
            # Not the final ー: コンピューター is also written コンピュータ.
            shorter = text[:i] + text[i + 1 :]
            explanation = explanations.long_mark(text, shorter, missing=True)
            found.append(Candidate(shorter, Mistake.LONG_MARK, explanation, shorter))
    for i in range(1, len(text)):
        before, ch = text[i - 1], text[i]
        if before in _NOT_BEFORE_MARK or ch in _NOT_BEFORE_MARK or ch == "ー":
            continue
        longer = text[:i] + "ー" + text[i:]
        explanation = explanations.long_mark(text, longer, missing=False)
        found.append(Candidate(longer, Mistake.LONG_MARK, explanation, longer))
    for i, ch in enumerate(text):
        if ch in _SMALL and i > 0:
            big = _swap(text, i, _SMALL[ch])
            explanation = explanations.small_kana(text, big, ch, "big")
            found.append(Candidate(big, Mistake.SMALL_KANA, explanation, big))
        if ch == "ッ" and i + 1 < len(text):
            without = text[:i] + text[i + 1 :]
            explanation = explanations.small_kana(text, without, ch, "missing")
            found.append(Candidate(without, Mistake.SMALL_KANA, explanation, without))
    for i in range(1, len(text)):
        if text[i] in _DOUBLES and text[i - 1] not in _NOT_BEFORE_MARK:
            doubled = text[:i] + "ッ" + text[i:]
            explanation = explanations.small_kana(text, doubled, "ッ", "extra")
            found.append(Candidate(doubled, Mistake.SMALL_KANA, explanation, doubled))
    # A wrong spelling must not read as the word does.
    return [c for c in found if kana_key(c.text) != kana_key(reading)]
