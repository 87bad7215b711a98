"""文脈規定: the word's example sentence with the word blanked; pick the word that fits.

The four choices are words of the same part of speech, verbs and i-adjectives put in the
form the sentence uses (飲みます → 食べます, 行きます); nouns, na-adjectives and adverbs
as they are. A distractor is never the answer word, nor shares its reading, its written
form or its meaning, and no two choices do.

Whether a distractor could also fit is a question of meaning no rule settles; three
heuristics keep the likely ones out. Distractors come first from other lessons the learner
has done (a lesson's words share a theme, so they fit each other's sentences more often);
a word the course itself shows in the same frame (after the same phrase, or before the
same particle and word) is never offered; and after an object (かさを), verbs the course
never shows with one come first, since they cannot fit (かさを 寝ました).
"""

from __future__ import annotations

import random
import re

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.content.schema import PartOfSpeech
from nihongoku.core.japanese import Ruby, has_kanji, plain_text
from nihongoku.core.practice.quiz import explanations
from nihongoku.core.practice.quiz.choosing import Candidate, deal, draw
from nihongoku.core.practice.quiz.inflection import DICTIONARY, VERBS, Inflected, inflect
from nihongoku.core.practice.quiz.items import (
    BLANK,
    NO_SENTENCE,
    TOO_FEW_DISTRACTORS,
    Choice,
    Family,
    Mark,
    Mistake,
    QuizItem,
    Skip,
)
from nihongoku.core.practice.quiz.lexicon import (
    Lexicon,
    Placement,
    units_of,
)
from nihongoku.core.practice.quiz.stems import in_sentence

FAMILY = Family.CONTEXT_WORD
INSTRUCTION = "context-word"
# The kinds of word that can take each other's place in a sentence.
_KIND = {
    PartOfSpeech.NOUN: "noun",
    PartOfSpeech.SURU_NOUN: "suru-noun",
    PartOfSpeech.VERB_GODAN: "verb",
    PartOfSpeech.VERB_ICHIDAN: "verb",
    PartOfSpeech.VERB_IRREGULAR: "verb",
    PartOfSpeech.I_ADJECTIVE: "i-adjective",
    PartOfSpeech.NA_ADJECTIVE: "na-adjective",
    PartOfSpeech.ADVERB: "adverb",
}
# A noun's blank may take a suru-noun too (しゅくだいを / 勉強を); the reverse is not true
# (the blank before します needs a suru-noun).
_ACCEPTS = {
    "noun": {"noun", "suru-noun"},
    "suru-noun": {"suru-noun"},
    "verb": {"verb"},
    "i-adjective": {"i-adjective"},
    "na-adjective": {"na-adjective"},
    "adverb": {"adverb"},
}
_TOKEN_END = re.compile(r"[ 　、。！？「」]")
_NEXT_PHRASE = re.compile(r"([^ 　、。！？「」]*)[ 　](\S{1,2})")


def eligible(word: VocabEntry) -> bool:
    """Nouns, verbs, adjectives and adverbs that have an example sentence."""
    return word.pos in _KIND and word.example is not None


def build(word: VocabEntry, lexicon: Lexicon, rng: random.Random) -> QuizItem | Skip:
    """The context item for ``word``, or a Skip (no clean blank, or too few distractors)."""
    placement = _placement(word, lexicon)
    if placement is None:
        return Skip(FAMILY, word.id, NO_SENTENCE)
    form = placement.form
    written = placement.written
    stem = in_sentence(placement, Ruby(BLANK), Mark.BLANK, solved_as_written=False)
    answer_text = _shown(form, written)
    frame = _Frame.of(placement, lexicon)

    def make(other: VocabEntry) -> Candidate | None:
        if not lexicon.different_words(word, other):
            return None
        if form.form == DICTIONARY:
            other_form: Inflected | None = Inflected(DICTIONARY, other.furigana)
        else:
            other_form = inflect(other, form.form)
        if other_form is None or frame.shows(lexicon.forms(other)):
            return None
        text = _shown(other_form, written)
        if text == answer_text or (len(text) == 1 and not has_kanji(text)):
            return None  # (a lone kana, は or て, would read as a particle)
        explanation = explanations.does_not_fit(text, other.meaning, answer_text)
        ruby = other_form.pieces if written else (Ruby(text),)
        return Candidate(text, Mistake.WRONG_WORD, explanation, other.written, ruby, other.id)

    def compatible(a: Candidate, b: Candidate) -> bool:
        if a.text == b.text:
            return False
        return lexicon.different_words(lexicon.word(a.word_id or ""), lexicon.word(b.word_id or ""))

    tiers = _others(word, lexicon)
    if word.pos in VERBS and frame.before.endswith("を"):
        # After an object (かさを), a verb that takes none cannot fit: かさを 寝ました.
        # Verbs the course shows with an object come only after all the others.
        takes_object = lexicon.verbs_with_object()
        tiers = [[w for w in t if w.id not in takes_object] for t in tiers] + [
            [w for w in t if w.id in takes_object] for t in tiers
        ]
    distractors = draw(tiers, rng, make, compatible)
    if len(distractors) < 3:
        return Skip(FAMILY, word.id, TOO_FEW_DISTRACTORS)
    right = Choice(
        answer_text,
        form.pieces if written else (Ruby(answer_text),),
        None,
        explanations.fits(answer_text, word.meaning, placement.sentence.translation),
        word.written,
        word.id,
    )
    return deal(FAMILY, word, stem, INSTRUCTION, right, distractors, rng, (word.id,))


def _shown(form: Inflected, written: bool) -> str:
    """A choice as the sentence would write it: as written, or in kana when it wrote the
    answer in kana (katakana words stay katakana)."""
    if written or not has_kanji(form.text):
        return form.text
    return form.reading


def _placement(word: VocabEntry, lexicon: Lexicon) -> Placement | None:
    """The word in its own example, as whole pieces of it (not 日本 inside 日本語)."""
    if word.example is None:
        return None
    original = units_of(word.example.pieces)
    for placement in lexicon.find(word, word.example, own_example=True):
        if len(placement.units) == len(original):  # no kanji run was cut to find it
            return placement
    return None


def _others(word: VocabEntry, lexicon: Lexicon) -> list[list[VocabEntry]]:
    """Words that could take the blank's place, in tiers: other lessons done so far, the
    word's own lesson, later lessons of the same level."""
    key = ("context-tiers", word.lesson_id, word.level, _KIND[word.pos])
    tiers = lexicon.memo(key, lambda: _tiers_of(word, lexicon))
    return [[w for w in tier if w.id != word.id] for tier in tiers]


def _tiers_of(word: VocabEntry, lexicon: Lexicon) -> list[list[VocabEntry]]:
    kinds = _ACCEPTS[_KIND[word.pos]]
    rank = lexicon.rank[word.lesson_id]
    tiers: list[list[VocabEntry]] = [[], [], []]
    for other in lexicon.words:
        if other.pos not in _KIND or _KIND[other.pos] not in kinds:
            continue
        other_rank = lexicon.rank[other.lesson_id]
        if other_rank < rank:
            tiers[0].append(other)
        elif other_rank == rank:
            tiers[1].append(other)
        elif other.level == word.level:
            tiers[2].append(other)
    return tiers


class _Frame:
    """What stands right before and right after the blank, and what the course's other
    sentences put in the same place."""

    def __init__(self, before: str, after: str, own: str, lexicon: Lexicon) -> None:
        self.before = before  # the phrase before the blank: "水を"
        self.after = after  # the particle and the start of the next phrase: "を 飲"
        # What follows ``before`` and what precedes ``after`` in the other sentences.
        self.followers: list[str] = []
        self.leaders: list[str] = []
        for text in lexicon.plain_texts:
            if text == own:
                continue
            if len(before) >= 2:
                start = text.find(before + " ")
                while start >= 0:
                    end = start + len(before) + 1
                    self.followers.append(text[end : end + 12])
                    start = text.find(before + " ", start + 1)
            if len(after) >= 3:
                start = text.find(after)
                while start >= 0:
                    self.leaders.append(text[max(0, start - 12) : start])
                    start = text.find(after, start + 1)

    @classmethod
    def of(cls, placement: Placement, lexicon: Lexicon) -> _Frame:
        before_text = plain_text(list(placement.before))
        after_text = plain_text(list(placement.after))
        before = ""
        if not before_text or before_text.endswith((" ", "　")):
            before = _TOKEN_END.split(before_text.rstrip())[-1]
        # The rest of the blank's phrase (a particle, or nothing after an adverb) and the
        # start of the next phrase: "を 飲", " 食べ".
        following = _NEXT_PHRASE.match(after_text)
        after = f"{following.group(1)} {following.group(2)}" if following else ""
        own = plain_text(list(placement.sentence.pieces))
        return cls(before, after, own, lexicon)

    def shows(self, forms: list[Inflected]) -> bool:
        """Whether another sentence of the course puts one of ``forms`` in this frame."""
        if not self.followers and not self.leaders:
            return False
        spellings = {f.text for f in forms} | {f.reading for f in forms}
        spellings.discard("")
        return any(t.startswith(s) for t in self.followers for s in spellings) or any(
            t.endswith(s) for t in self.leaders for s in spellings
        )
