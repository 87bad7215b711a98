"""The practice-quiz item: what every question family produces and the GUI shows.

An item is plain data: a stem (a sentence as Ruby pieces with the tested word marked),
four choices, the index of the right one, and for every choice the mistake it stands for
and an explanation in Indonesian and English. Families build items; sessions grade them;
the GUI only renders them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from nihongoku.core.content.schema import Bilingual, Level
from nihongoku.core.japanese import Ruby, plain_text, reading_of

CHOICES = 4
# What a blank looks like in a stem, as the JLPT prints it.
BLANK = "（　　　）"


class Family(enum.StrEnum):
    """The question families, named as the JLPT score report groups them."""

    # generated from the course data
    KANJI_READING = "kanji-reading"  # 漢字読み
    ORTHOGRAPHY = "orthography"  # 表記
    CONTEXT_WORD = "context-word"  # 文脈規定
    MEANING_JA_ID = "meaning"  # Japanese word → Indonesian meaning
    MEANING_ID_JA = "meaning-reverse"  # Indonesian meaning → Japanese word
    # authored in the lesson files (not generated here)
    PARAPHRASE = "paraphrase"  # 言い換え類義
    USAGE = "usage"  # 用法
    GRAMMAR_FORM = "grammar-form"  # 文の文法1
    COMPOSITION = "composition"  # 文の文法2 (★)
    TEXT_GRAMMAR = "text-grammar"  # 文章の文法
    READING_SHORT = "reading-short"  # 内容理解 (短文)
    READING_MID = "reading-mid"  # 内容理解 (中文)
    READING_INFO = "reading-info"  # 情報検索


GENERATED_FAMILIES = (
    Family.KANJI_READING,
    Family.ORTHOGRAPHY,
    Family.CONTEXT_WORD,
    Family.MEANING_JA_ID,
    Family.MEANING_ID_JA,
)


class Mistake(enum.StrEnum):
    """The mistake a wrong choice stands for, so feedback and statistics can name it."""

    VOICING = "voicing"  # か/が, は/ば/ぱ
    LONG_VOWEL = "long-vowel"  # こうこう/こうこ
    SOKUON = "sokuon"  # small っ added or left out
    YOON = "yoon"  # small ゃゅょ vs big やゆよ
    OTHER_READING = "other-reading"  # a reading of this kanji in other words, or of another kanji
    LOOKALIKE_KANJI = "lookalike-kanji"  # 休/体
    LOOKALIKE_KANA = "lookalike-kana"  # シ/ツ, ソ/ン
    LONG_MARK = "long-mark"  # ー left out or added
    SMALL_KANA = "small-kana"  # ッ/ャュョ small vs big
    OTHER_WORD = "other-word"  # the reading or spelling of another course word
    WRONG_WORD = "wrong-word"  # a real word that does not fit the sentence
    OTHER_MEANING = "other-meaning"  # the meaning of another word


class Mark(enum.StrEnum):
    """How the GUI shows the target span of a stem."""

    UNDERLINE = "underline"  # the tested word, underlined (no furigana on it)
    BLANK = "blank"  # a blank to fill; the target piece is BLANK
    WHOLE = "whole"  # the stem is only the word (or meaning) asked about


@dataclass(frozen=True)
class Stem:
    """The question text.

    ``pieces`` is exactly what the learner sees: furigana where it helps, none on the
    target, the target in kana for orthography, BLANK for a context question.
    ``target`` is the [start, end) range of pieces to underline or draw as the blank.
    ``solved`` is the sentence as written, with furigana on every kanji and the answer in
    place, to show once the question is answered. ``gloss`` is the meaning to look for
    (meaning-reverse items, whose stem has no Japanese).
    """

    pieces: tuple[Ruby, ...]
    target: tuple[int, int]
    mark: Mark
    solved: tuple[Ruby, ...]
    translation: Bilingual | None = None
    gloss: Bilingual | None = None

    @property
    def text(self) -> str:
        return plain_text(list(self.pieces))

    @property
    def target_text(self) -> str:
        start, end = self.target
        return plain_text(list(self.pieces[start:end]))

    @property
    def solved_text(self) -> str:
        return plain_text(list(self.solved))

    @property
    def solved_reading(self) -> str:
        return reading_of(list(self.solved))


@dataclass(frozen=True)
class Choice:
    """One of the four options.

    ``lemma`` is what the choice claims in dictionary form, so the hard rule can be checked
    on it: the reading of the word (kanji reading), its written form (orthography), the
    written form of the word chosen (context, meaning-reverse) or the meaning (meaning).
    ``word_id`` is the course word the choice is, when it is one.
    """

    text: str
    ruby: tuple[Ruby, ...]  # the text with furigana, for families whose choices may show it
    mistake: Mistake | None  # None for the right answer
    explanation: Bilingual
    lemma: str
    word_id: str | None = None


@dataclass(frozen=True)
class QuizItem:
    """One question: its family, what it tests, the stem and four explained choices."""

    id: str  # "<family>:<word id>": stable, results are stored against it
    family: Family
    level: Level
    tested: tuple[str, ...]  # the lesson entries (word first, then its kanji) it tests
    stem: Stem
    instruction: str  # a key of INSTRUCTIONS
    options: tuple[Choice, ...]
    answer: int

    def __post_init__(self) -> None:
        if len(self.options) != CHOICES:
            raise ValueError(f"{self.id}: {len(self.options)} choices, not {CHOICES}")
        if not 0 <= self.answer < CHOICES:
            raise ValueError(f"{self.id}: answer index {self.answer} out of range")
        if len(set(self.choices)) != CHOICES:
            raise ValueError(f"{self.id}: two choices are the same: {self.choices}")
        wrong = [i for i, c in enumerate(self.options) if c.mistake is not None]
        if self.options[self.answer].mistake is not None or len(wrong) != CHOICES - 1:
            raise ValueError(f"{self.id}: exactly the answer must carry no mistake")

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.options)

    @property
    def explanations(self) -> tuple[Bilingual, ...]:
        """Why each choice is right or wrong, in choice order."""
        return tuple(c.explanation for c in self.options)

    @property
    def mistakes(self) -> tuple[Mistake | None, ...]:
        return tuple(c.mistake for c in self.options)

    @property
    def word_id(self) -> str:
        return self.tested[0]


def item_id(family: Family, *tested: str) -> str:
    """The stable id of the item of ``family`` about ``tested`` (the word's id)."""
    return f"{family.value}:{'+'.join(tested)}"


# The instruction shown above a stem, by key. The GUI may translate the keys itself; these
# are the texts the core offers.
INSTRUCTIONS: dict[str, Bilingual] = {
    "kanji-reading": Bilingual(
        id="Bagaimana cara membaca kata yang bergaris bawah?",
        en="How is the underlined word read?",
    ),
    "orthography": Bilingual(
        id="Bagaimana kata yang bergaris bawah ditulis dengan kanji?",
        en="How is the underlined word written in kanji?",
    ),
    "orthography-katakana": Bilingual(
        id="Bagaimana kata yang bergaris bawah ditulis dengan katakana?",
        en="How is the underlined word written in katakana?",
    ),
    "context-word": Bilingual(
        id="Kata mana yang paling cocok untuk（　　　）?",
        en="Which word fits （　　　） best?",
    ),
    "meaning": Bilingual(id="Apa arti kata ini?", en="What does this word mean?"),
    "meaning-reverse": Bilingual(
        id="Kata bahasa Jepang mana yang artinya seperti ini?",
        en="Which Japanese word has this meaning?",
    ),
}


@dataclass(frozen=True)
class Skip:
    """A word a family could not make a safe item for, and why (for reports and tests)."""

    family: Family
    word_id: str
    reason: str


# Reasons a word gets no item.
NO_SENTENCE = "no sentence shows the word"
TOO_FEW_DISTRACTORS = "fewer than 3 safe distractors"
