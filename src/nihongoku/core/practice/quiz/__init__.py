"""Practice quizzes in the exam's own question types (issue 6), without Qt.

``items`` is the model every family produces; ``kanji_reading``, ``orthography``,
``context_word`` and ``meaning`` generate items from the course; ``bank`` is the entry
point (``generate``); ``session`` runs a practice session over the items.
"""

from nihongoku.core.practice.quiz.bank import QuizBank, Survey, generate
from nihongoku.core.practice.quiz.items import (
    BLANK,
    GENERATED_FAMILIES,
    INSTRUCTIONS,
    Choice,
    Family,
    Mark,
    Mistake,
    QuizItem,
    Skip,
    Stem,
)
from nihongoku.core.practice.quiz.session import Feedback, PracticeSession, Summary

__all__ = [
    "BLANK",
    "GENERATED_FAMILIES",
    "INSTRUCTIONS",
    "Choice",
    "Family",
    "Feedback",
    "Mark",
    "Mistake",
    "PracticeSession",
    "QuizBank",
    "QuizItem",
    "Skip",
    "Stem",
    "Summary",
    "Survey",
    "generate",
]
