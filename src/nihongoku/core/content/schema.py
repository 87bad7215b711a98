"""The lesson file format (YAML), as pydantic models. Documented in docs/lesson-format.md.

Only what an author writes is here; what can be derived (romaji, furigana placement,
plain text of a sentence, the script of a kana) is derived in course.py, never typed.
"""

from __future__ import annotations

import enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Level(enum.StrEnum):
    KANA = "kana"
    N5 = "n5"
    N4 = "n4"


class PartOfSpeech(enum.StrEnum):
    NOUN = "noun"
    PRONOUN = "pronoun"
    VERB_GODAN = "verb-godan"  # group 1 (u-verbs)
    VERB_ICHIDAN = "verb-ichidan"  # group 2 (ru-verbs)
    VERB_IRREGULAR = "verb-irregular"  # group 3 (する, 来る)
    SURU_NOUN = "suru-noun"  # 勉強(する)
    I_ADJECTIVE = "i-adjective"
    NA_ADJECTIVE = "na-adjective"
    ADVERB = "adverb"
    PARTICLE = "particle"
    CONJUNCTION = "conjunction"
    COUNTER = "counter"
    NUMERAL = "numeral"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    INTERJECTION = "interjection"
    EXPRESSION = "expression"  # set phrases: おはようございます, 気をつけて


class Bilingual(Strict):
    """A meaning or text in Indonesian (first) and English."""

    id: Text
    en: Text


class Example(Strict):
    """A Japanese sentence in bracket notation — 雨[あめ]が降[ふ]っています。 — translated."""

    ja: Text
    id: Text
    en: Text
    audio: str | None = None


class Vocabulary(Strict):
    id: ItemId
    written: Text  # as normally written: 食べる, お金, コーヒー, ありがとう
    reading: Text  # kana only
    furigana: str | None = None  # bracket notation, only when the split is ambiguous
    meaning: Bilingual
    pos: PartOfSpeech
    example: Example | None = None
    audio: str | None = None
    note: Bilingual | None = None


class Kanji(Strict):
    id: ItemId
    char: Annotated[str, StringConstraints(min_length=1, max_length=1)]
    # Not "on:"/"kun:": YAML 1.1 reads a bare "on" key as the boolean true.
    onyomi: list[Text] = Field(default_factory=list)  # katakana
    kunyomi: list[Text] = Field(default_factory=list)  # hiragana, okurigana after a dot: た.べる
    meaning: Bilingual
    strokes: Annotated[int, Field(ge=1, le=30)]
    examples: list[ItemId] = Field(default_factory=list)  # vocabulary ids


class GrammarPoint(Strict):
    id: ItemId
    pattern: Text  # e.g. "N1 は N2 です"
    title: Bilingual
    explanation: Bilingual
    examples: Annotated[list[Example], Field(min_length=2)]


class KanaKind(enum.StrEnum):
    BASIC = "basic"
    DAKUTEN = "dakuten"  # が ざ だ ば
    HANDAKUTEN = "handakuten"  # ぱ
    YOON = "yoon"  # きゃ
    SOKUON = "sokuon"  # small っ
    LONG_VOWEL = "long-vowel"  # ー and long vowels
    EXTENDED = "extended"  # katakana for loanwords: ティ, ファ


class Kana(Strict):
    id: ItemId
    char: Annotated[str, StringConstraints(min_length=1, max_length=2)]
    kind: KanaKind
    mnemonic: Bilingual | None = None
    examples: list[ItemId] = Field(default_factory=list)  # vocabulary ids


class ExerciseFamily(enum.StrEnum):
    """The authored question families of the JLPT/JFT (../shared/EXAMS.md)."""

    GRAMMAR_FORM = "grammar-form"  # 文の文法1: a sentence with （　）, four words or forms
    COMPOSITION = "composition"  # 文の文法2: four fragments, the answer is the one at ★
    PARAPHRASE = "paraphrase"  # 言い換え類義: the sentence closest to the __underlined__ one
    USAGE = "usage"  # 用法 (N4): the sentence that uses the word correctly
    TEXT_GRAMMAR = "text-grammar"  # 文章の文法: a passage with （1）（2）…, one question each
    READING_SHORT = "reading-short"  # short passage (N5 about 80 characters)
    READING_MID = "reading-mid"  # mid passage (N5 about 250 characters)
    READING_INFO = "reading-info"  # information retrieval: a notice, a poster, a timetable
    # Listening: a script spoken by F (woman), M (man) and N (narrator); see script.py.
    LISTENING_TASK = "listening-task"  # 課題理解: what will someone do? four printed choices
    LISTENING_POINT = "listening-point"  # ポイント理解: a detail (why, when, which); four printed
    LISTENING_EXPRESSION = "listening-expression"  # 発話表現: a situation, three spoken replies
    LISTENING_RESPONSE = "listening-response"  # 即時応答: one line, three spoken replies


LISTENING_FAMILIES = frozenset(
    {
        ExerciseFamily.LISTENING_TASK,
        ExerciseFamily.LISTENING_POINT,
        ExerciseFamily.LISTENING_EXPRESSION,
        ExerciseFamily.LISTENING_RESPONSE,
    }
)
# the families whose choices are heard and not printed: three of them, as on the test
SPOKEN_CHOICES = frozenset({ExerciseFamily.LISTENING_EXPRESSION, ExerciseFamily.LISTENING_RESPONSE})


class Question(Strict):
    # Bracket notation throughout, like example sentences. Markers by family: （　） the
    # blank; ＿＿ and ＿★＿ the composition slots; __…__ the underlined part.
    stem: Text
    choices: Annotated[list[Text], Field(min_length=3, max_length=4)]
    answer: Annotated[int, Field(ge=1, le=4)]  # numbered from 1, as printed on the test
    order: list[int] | None = None  # composition: the choices' right order, slot by slot
    explanation: Bilingual  # why the answer is right
    wrong: dict[int, Bilingual]  # why each other choice is wrong, by its number


class Exercise(Strict):
    id: ItemId
    family: ExerciseFamily
    tests: Annotated[list[ItemId], Field(min_length=1)]  # the course items it practises
    passage: Text | None = None  # text grammar and reading: the text, in bracket notation
    passage_translation: Bilingual | None = None
    # listening: the script, one "F: …" / "M: …" / "N: …" turn per line, and for
    # listening-expression the situation the real test shows as a picture
    script: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None
    script_translation: Bilingual | None = None
    situation: Bilingual | None = None
    questions: Annotated[list[Question], Field(min_length=1)]


class LessonFile(Strict):
    id: ItemId
    title: Bilingual
    level: Level
    order: Annotated[int, Field(ge=0)]
    goals: Annotated[list[Text], Field(min_length=1)]  # Indonesian "can-do" statements
    maps_to: str | None = None  # a textbook chapter, by number only
    kana: list[Kana] = Field(default_factory=list)
    vocabulary: list[Vocabulary] = Field(default_factory=list)
    # Words taught in an earlier lesson that this one uses again: listed by id, never
    # redefined, so a word keeps one id (and one flashcard) across the course.
    review: list[ItemId] = Field(default_factory=list)
    kanji: list[Kanji] = Field(default_factory=list)
    grammar: list[GrammarPoint] = Field(default_factory=list)
    exercises: list[Exercise] = Field(default_factory=list)
