"""漢字読み: a word written with kanji, underlined in a sentence; pick its reading in kana.

The distractors are the mistakes learners make: voicing (か/が), long vowels (こうこう/
こうこ), small っ added or left out, small ゃゅょ read big, and readings the kanji has in
other words (on vs kun, 生 of 先生 in 生まれる) or that belong to another kanji (one that
looks alike, or one learnt in the same lesson). A reading the course gives the same
written form is never offered.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.content.schema import Bilingual
from nihongoku.core.japanese import Ruby, has_kanji, to_hiragana
from nihongoku.core.practice.quiz import explanations
from nihongoku.core.practice.quiz.choosing import Candidate, deal, pick
from nihongoku.core.practice.quiz.inflection import DICTIONARY, INFLECTING, Inflected
from nihongoku.core.practice.quiz.items import (
    TOO_FEW_DISTRACTORS,
    Choice,
    Family,
    Mark,
    Mistake,
    QuizItem,
    Skip,
)
from nihongoku.core.practice.quiz.lexicon import Lexicon, kana_key, sound_variants
from nihongoku.core.practice.quiz.lookalikes import kanji_lookalikes
from nihongoku.core.practice.quiz.misreadings import (
    Slip,
    long_vowel_slips,
    short_word_sokuon,
    sokuon_slips,
    voicing_slips,
    yoon_slips,
)
from nihongoku.core.practice.quiz.stems import alone, best_placement, in_sentence, kanji_of

FAMILY = Family.KANJI_READING
INSTRUCTION = "kanji-reading"


def eligible(word: VocabEntry) -> bool:
    """Words written with at least one kanji."""
    return has_kanji(word.written)


@dataclass(frozen=True)
class _Part:
    """A stretch of the reading: over one kanji, over a kanji run, or okurigana."""

    text: str
    reading: str  # hiragana, as read in this word
    kanji: bool
    base: str = ""  # for one kanji: the course reading this one comes from (がっ ← がく)


def build(word: VocabEntry, lexicon: Lexicon, rng: random.Random) -> QuizItem | Skip:
    """The kanji-reading item for ``word``, or a Skip when 3 safe distractors cannot be found."""
    placement = best_placement(lexicon, word)
    if placement is not None:
        form = placement.form
        shown_kanji = kanji_of(form.text)

        def plain(unit: Ruby) -> Ruby:
            # Furigana over the same kanji elsewhere in the sentence would give it away.
            return Ruby(unit.text) if kanji_of(unit.text) & shown_kanji else unit

        stem = in_sentence(placement, Ruby(form.text), Mark.UNDERLINE, plain)
    else:
        form = Inflected(DICTIONARY, word.furigana)
        stem = alone(form, Ruby(word.written))
    parts = _parts(form, lexicon)
    answer = "".join(p.reading for p in parts)
    candidates = [
        c for c in _candidates(word, form, parts, lexicon) if _safe(c, answer, word, lexicon)
    ]
    if len({c.text for c in candidates}) < 3:
        extra = _other_words(word, form, lexicon)
        candidates += [c for c in extra if _safe(c, answer, word, lexicon)]
    distractors = pick(candidates, rng)
    if len(distractors) < 3:
        return Skip(FAMILY, word.id, TOO_FEW_DISTRACTORS)
    right = Choice(
        answer,
        (Ruby(answer),),
        None,
        explanations.reading_right(form.text, answer, word.meaning),
        kana_key(word.reading),
        word.id,
    )
    tested = (word.id, *lexicon.kanji_ids(word))
    return deal(FAMILY, word, stem, INSTRUCTION, right, distractors, rng, tested)


def _safe(candidate: Candidate, answer: str, word: VocabEntry, lexicon: Lexicon) -> bool:
    """The hard rule: not the answer, not any reading the course gives this written form."""
    if candidate.text == answer or not candidate.text:
        return False
    if candidate.lemma in lexicon.valid_readings(word.written):
        return False
    return not candidate.text.startswith(("っ", "ん", "ゃ", "ゅ", "ょ", "ー"))


def _lemma(reading: str, form: Inflected, word: VocabEntry) -> str:
    """The dictionary-form reading a choice implies: たべます-like → たべる-like.

    Slips only touch the kana over kanji, so the form's own ending is swapped for the
    dictionary form's ending. Where the form reads the kanji differently (来ます, 来ない)
    there is no such swap: the reading stands as it is.
    """
    if form.form == DICTIONARY:
        return reading
    over_kanji = [p.reading for p in form.pieces if p.reading is not None]
    if over_kanji != [p.reading for p in word.furigana if p.reading is not None]:
        return reading
    tail = _kana_tail(form.pieces)
    dictionary_tail = _kana_tail(word.furigana)
    if tail and reading.endswith(tail):
        return reading[: len(reading) - len(tail)] + dictionary_tail
    return reading


def _kana_tail(pieces: tuple[Ruby, ...]) -> str:
    tail = ""
    for piece in reversed(pieces):
        if piece.reading is not None:
            break
        tail = to_hiragana(piece.text) + tail
    return tail


# -- the reading, kanji by kanji ----------------------------------------------------------


def _parts(form: Inflected, lexicon: Lexicon) -> list[_Part]:
    parts: list[_Part] = []
    for piece in form.pieces:
        if piece.reading is None:
            parts.append(_Part(piece.text, to_hiragana(piece.text), kanji=False))
            continue
        reading = kana_key(piece.reading)
        if len(piece.text) == 1:
            parts.append(_Part(piece.text, reading, True, _base_of(piece.text, reading, lexicon)))
            continue
        split = lexicon.segment(piece.text, reading)
        if split is None:
            parts.append(_Part(piece.text, reading, kanji=True))
        else:
            parts += [_Part(ch, variant, True, base) for ch, variant, base in split]
    return parts


def _base_of(char: str, reading: str, lexicon: Lexicon) -> str:
    for base in sorted(lexicon.kanji_readings(char)):
        if reading in sound_variants(base):
            return base
    return ""


# -- the candidates -------------------------------------------------------------------------


def _candidates(
    word: VocabEntry, form: Inflected, parts: list[_Part], lexicon: Lexicon
) -> list[Candidate]:
    answer = "".join(p.reading for p in parts)
    editable = [p.kanji for p in parts for _ in p.reading]
    # Voicing only inside a kanji's reading: at its start it is often a real variant
    # (川 かわ/がわ, 三階 さんかい/さんがい, 好き すき/ずき).
    # A run of kanji the course cannot split hides where each kanji starts (洗濯 せんたく
    # is also せんだく), so its kana are left alone too.
    voicable = [
        p.kanji and len(p.text) == 1 and i > 0 for p in parts for i, _ in enumerate(p.reading)
    ]
    boundaries: list[int] = []
    slips: list[Slip] = []
    position = 0
    for index, part in enumerate(parts):
        if index and part.kanji and parts[index - 1].kanji:
            boundaries.append(position)
        if part.kanji and len(word.written) > 1:
            # っ put into a two-kana reading of one kanji (まち → まっち); not for a lone
            # kanji, whose dictionary readings are many (先 さき/さっき).
            for slip in short_word_sokuon(part.reading):
                whole = answer[:position] + slip.reading + answer[position + len(part.reading) :]
                slips.append(Slip(whole, slip.mistake, slip.right, slip.wrong))
        position += len(part.reading)
    slips += voicing_slips(answer, voicable)
    # A lone kanji's kun reading loses its long vowel in dictionaries too (弟 おとうと/
    # おとと), so long vowels are shortened only in compounds.
    shortenable = editable if len(word.written) > 1 else [False] * len(editable)
    slips += long_vowel_slips(answer, editable, shortenable)
    slips += sokuon_slips(answer, editable, boundaries)
    slips += yoon_slips(answer, editable)
    found: list[Candidate] = []
    for slip in slips:
        explanation = explanations.reading_slip(
            slip.mistake, form.text, answer, slip.right, slip.wrong, slip.pair
        )
        found.append(
            Candidate(slip.reading, slip.mistake, explanation, _lemma(slip.reading, form, word))
        )
    found += _other_readings(word, form, parts, lexicon)
    return found


def _other_words(word: VocabEntry, form: Inflected, lexicon: Lexicon) -> list[Candidate]:
    """The last resort: the reading of another word with kanji from the same lesson.

    For words whose kanji reading offers too few slips (椅子 いす, 昨日 きのう).
    Only for the dictionary form, so the reading stays a whole word's.
    """
    if form.form != DICTIONARY:
        return []
    answer = kana_key(word.reading)
    lesson = lexicon.course.lesson(word.lesson_id)
    found: list[Candidate] = []
    for other in lesson.vocabulary:
        reading = kana_key(other.reading)
        if other.id == word.id or not has_kanji(other.written) or other.pos != word.pos:
            continue
        if abs(len(reading) - len(answer)) > 1:
            continue
        explanation = explanations.reading_of_other_word(
            form.text, answer, other.written, reading, other.meaning
        )
        found.append(Candidate(reading, Mistake.OTHER_WORD, explanation, reading, tier=2))
    return found


def _other_readings(
    word: VocabEntry, form: Inflected, parts: list[_Part], lexicon: Lexicon
) -> list[Candidate]:
    """Another reading of one kanji: its own (elsewhere), or that of a kanji like it."""
    answer = "".join(p.reading for p in parts)
    found: list[Candidate] = []
    for index, part in enumerate(parts):
        if not part.kanji or len(part.text) != 1:
            continue
        head = "".join(p.reading for p in parts[:index])
        tail = "".join(p.reading for p in parts[index + 1 :])

        def candidate(
            reading: str,
            explanation_text: Bilingual,
            tier: int = 0,
            head: str = head,
            tail: str = tail,
        ) -> Candidate:
            text = head + reading + tail
            lemma = _lemma(text, form, word)
            return Candidate(text, Mistake.OTHER_READING, explanation_text, lemma, tier=tier)

        on_readings = _on_readings(part.text, lexicon)
        if word.pos in INFLECTING and (part.base or part.reading) not in on_readings:
            # The on reading put on a verb or adjective read kun: 飲む → いんむ. Other kun
            # readings are left out (行く may be ゆく, 止める やめる), and so are other
            # readings inside compounds (毎年 is まいとし and まいねん).
            for other in sorted(on_readings - {part.reading, part.base}):
                explanation = explanations.reading_of_same_kanji(
                    form.text, part.text, part.reading, other, "on"
                )
                found.append(candidate(other, explanation))
        if part.base and part.reading == part.base[:-1] + "っ":
            # The reading before its sound change: がく for the がっ of 学校. (Not undoing
            # rendaku: 三階 is さんがい and さんかい.)
            kind = "on" if part.base in _on_readings(part.text, lexicon) else "kun"
            explanation = explanations.reading_of_same_kanji(
                form.text, part.text, part.reading, part.base, kind
            )
            found.append(candidate(part.base, explanation))
        for other_kanji, other, meaning in _readings_of_others(part, word, lexicon):
            explanation = explanations.reading_of_other_kanji(
                form.text, answer, part.text, other_kanji, other, meaning
            )
            found.append(candidate(other, explanation, tier=1))
    return found


def _on_readings(char: str, lexicon: Lexicon) -> set[str]:
    entry = lexicon.kanji.get(char)
    return {to_hiragana(on) for on in entry.on} if entry else set()


def _readings_of_others(
    part: _Part, word: VocabEntry, lexicon: Lexicon
) -> list[tuple[str, str, Bilingual | None]]:
    """Readings of kanji like ``part``'s: look-alikes first, then kanji learnt beside it.

    (kanji, reading, its meaning if the course gives one). Readings as long as the right
    one come first: 夏 (なつ) gets はる, あき, ふゆ from the words of the same lesson.
    """
    char = part.text
    own = lexicon.kanji_reading_set(char) | {part.reading, part.base}
    lone = word.written == char
    others: list[tuple[str, str]] = []
    for other_char in kanji_lookalikes(char):
        known = lexicon.kanji_readings(other_char)
        others += [(other_char, r) for r in sorted(known) if not lone or _kun_like(r, known[r])]
    lesson = lexicon.course.lesson(word.lesson_id)
    for neighbour in lesson.vocabulary:
        if lone and len(neighbour.written) != 1:
            continue
        for piece in neighbour.furigana:
            if piece.reading and len(piece.text) == 1 and piece.text != char:
                others.append((piece.text, kana_key(piece.reading)))
    found: list[tuple[str, str, Bilingual | None]] = []
    seen: set[str] = set()
    for other_char, reading in sorted(others, key=lambda o: abs(len(o[1]) - len(part.reading))):
        if reading in own or reading in seen or other_char in {f[0] for f in found}:
            continue
        seen.add(reading)
        found.append((other_char, reading, _kanji_meaning(other_char, lexicon)))
        if len(found) >= 4:
            break
    return found


def _kun_like(reading: str, source: str) -> bool:
    """Whether a reading is safe to offer for a lone kanji: a kun reading or a whole word.

    An on reading of another kanji may be a reading of this one the course does not
    teach (星 is also せい), so a lone kanji only gets readings that are words: 春 はる.
    """
    return source != "on" and len(reading) > 1


def _kanji_meaning(char: str, lexicon: Lexicon) -> Bilingual | None:
    entry = lexicon.kanji.get(char)
    if entry is not None:
        return entry.meaning
    words = lexicon.by_written.get(char)
    return words[0].meaning if words else None
