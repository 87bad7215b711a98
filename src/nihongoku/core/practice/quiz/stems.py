"""Stems: a course sentence with the tested word underlined, blanked or spelled in kana."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.japanese import Ruby, is_kanji
from nihongoku.core.practice.quiz.inflection import Inflected
from nihongoku.core.practice.quiz.items import Mark, Stem
from nihongoku.core.practice.quiz.lexicon import Lexicon, Placement, merge

PieceRule = Callable[[Ruby], Ruby]


def kanji_of(text: str) -> set[str]:
    return {ch for ch in text if is_kanji(ch)}


def _apply(units: Iterable[Ruby], rule: PieceRule) -> list[Ruby]:
    return merge(rule(u) if u.reading is not None else u for u in units)


def in_sentence(
    placement: Placement,
    shown: Ruby,
    mark: Mark,
    rule: PieceRule | None = None,
    *,
    solved_as_written: bool = True,
) -> Stem:
    """The placement's sentence with ``shown`` in place of the word.

    ``rule`` rewrites the other kanji runs: it drops furigana that would give the answer
    away, or spells a run in kana when its kanji would. The solved sentence writes the
    word as it is written (with furigana), or as the sentence had it.
    """
    keep: PieceRule = rule if rule is not None else (lambda unit: unit)
    before = _apply(placement.before, keep)
    after = _apply(placement.after, keep)
    # The target stays a piece of its own (merging would glue it to the kana around it).
    pieces = (*before, shown, *after)
    word = placement.form.pieces if solved_as_written else placement.found
    solved = (*merge(placement.before), *word, *merge(placement.after))
    return Stem(
        pieces=tuple(pieces),
        target=(len(before), len(before) + 1),
        mark=mark,
        solved=tuple(merge(solved)),
        translation=placement.sentence.translation,
    )


def alone(form: Inflected, shown: Ruby) -> Stem:
    """The word on its own, when no sentence the learner has met shows it."""
    return Stem(pieces=(shown,), target=(0, 1), mark=Mark.UNDERLINE, solved=form.pieces)


def best_placement(
    lexicon: Lexicon, word: VocabEntry, *, written: bool | None = None
) -> Placement | None:
    """The sentence to show ``word`` in: its own example first (see Lexicon.placements).

    ``written``: only a sentence that writes the word as it is written (True) or in kana
    (False); None takes either.
    """
    for placement in lexicon.placements(word):
        if written is None or placement.written == written:
            return placement
    return None
