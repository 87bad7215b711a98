"""Translated names for the course's own vocabulary (levels, parts of speech)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nihongoku.core.content.schema import Bilingual, Level, PartOfSpeech


def level_name(level: Level) -> str:
    names = {
        Level.KANA: QCoreApplication.translate("Labels", "Kana"),
        Level.N5: QCoreApplication.translate("Labels", "N5"),
        Level.N4: QCoreApplication.translate("Labels", "N4"),
    }
    return names[level]


def pos_name(pos: PartOfSpeech) -> str:
    names = {
        PartOfSpeech.NOUN: QCoreApplication.translate("Labels", "noun"),
        PartOfSpeech.PRONOUN: QCoreApplication.translate("Labels", "pronoun"),
        PartOfSpeech.VERB_GODAN: QCoreApplication.translate("Labels", "verb, group 1"),
        PartOfSpeech.VERB_ICHIDAN: QCoreApplication.translate("Labels", "verb, group 2"),
        PartOfSpeech.VERB_IRREGULAR: QCoreApplication.translate("Labels", "verb, group 3"),
        PartOfSpeech.SURU_NOUN: QCoreApplication.translate("Labels", "noun (+ suru)"),
        PartOfSpeech.I_ADJECTIVE: QCoreApplication.translate("Labels", "i-adjective"),
        PartOfSpeech.NA_ADJECTIVE: QCoreApplication.translate("Labels", "na-adjective"),
        PartOfSpeech.ADVERB: QCoreApplication.translate("Labels", "adverb"),
        PartOfSpeech.PARTICLE: QCoreApplication.translate("Labels", "particle"),
        PartOfSpeech.CONJUNCTION: QCoreApplication.translate("Labels", "conjunction"),
        PartOfSpeech.COUNTER: QCoreApplication.translate("Labels", "counter"),
        PartOfSpeech.NUMERAL: QCoreApplication.translate("Labels", "number"),
        PartOfSpeech.PREFIX: QCoreApplication.translate("Labels", "prefix"),
        PartOfSpeech.SUFFIX: QCoreApplication.translate("Labels", "suffix"),
        PartOfSpeech.INTERJECTION: QCoreApplication.translate("Labels", "interjection"),
        PartOfSpeech.EXPRESSION: QCoreApplication.translate("Labels", "expression"),
    }
    return names[pos]


def in_language(text: Bilingual, code: str) -> str:
    """The Indonesian text, or the English one when the interface is in English."""
    return text.en if code == "en" else text.id


def family_name(family: str) -> str:
    """A question family as the learner's score report names it."""
    names = {
        "kanji-reading": QCoreApplication.translate("Labels", "Kanji reading"),
        "orthography": QCoreApplication.translate("Labels", "Writing (kanji, katakana)"),
        "context-word": QCoreApplication.translate("Labels", "Word that fits"),
        "meaning": QCoreApplication.translate("Labels", "Word meaning"),
        "meaning-reverse": QCoreApplication.translate("Labels", "Word from its meaning"),
        "grammar-form": QCoreApplication.translate("Labels", "Grammar form"),
        "composition": QCoreApplication.translate("Labels", "Sentence building (★)"),
        "paraphrase": QCoreApplication.translate("Labels", "Same meaning"),
        "usage": QCoreApplication.translate("Labels", "Word usage"),
        "text-grammar": QCoreApplication.translate("Labels", "Grammar in a text"),
        "reading-short": QCoreApplication.translate("Labels", "Reading: short texts"),
        "reading-mid": QCoreApplication.translate("Labels", "Reading: longer texts"),
        "reading-info": QCoreApplication.translate("Labels", "Reading: finding information"),
        "listening-task": QCoreApplication.translate("Labels", "Listening: what to do"),
        "listening-point": QCoreApplication.translate("Labels", "Listening: key points"),
        "listening-expression": QCoreApplication.translate("Labels", "Listening: what to say"),
        "listening-response": QCoreApplication.translate("Labels", "Listening: quick reply"),
    }
    return names.get(family, family)
