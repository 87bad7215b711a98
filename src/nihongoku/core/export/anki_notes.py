"""The Anki note type for the course's words, and one note per word.

Every id that Anki keys on derives from the item's stable id, so a second export of the
same word updates the note instead of adding a copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from html import escape

import genanki  # type: ignore[import-untyped]

from nihongoku.core.content.course import Lesson, Sentence, VocabEntry
from nihongoku.core.japanese import Ruby, is_kanji
from nihongoku.core.study.cards import CardKind

MODEL_NAME = "Nihongoku — kata"
FIELDS = (
    "ID", "Expression", "Reading", "Romaji", "MeaningID", "MeaningEN", "PartOfSpeech",
    "Example", "ExampleID", "ExampleEN", "Audio", "ExampleAudio", "HasKanji", "Lesson",
    "Level",
)  # fmt: skip
# The template order is the card's ord in Anki: keep it in step with CARD_ORD.
CARD_ORD = {CardKind.RECOGNITION: 0, CardKind.RECALL: 1, CardKind.READING: 2}

_BACK_COMMON = """
<div class="reading">{{furigana:Reading}}</div>
<div class="romaji">{{Romaji}}</div>
<div class="meaning">{{MeaningID}}</div>
<div class="meaning-en">{{MeaningEN}}</div>
<div class="pos">{{PartOfSpeech}}</div>
{{#Example}}<div class="example">{{furigana:Example}}</div>
<div class="example-meaning">{{ExampleID}}<br>
<span class="en">{{ExampleEN}}</span></div>{{/Example}}
{{Audio}} {{ExampleAudio}}
"""

TEMPLATES = [
    {
        "name": "Pengenalan (Recognition)",
        "qfmt": '<div class="jp big">{{Expression}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer">' + _BACK_COMMON,
    },
    {
        "name": "Mengingat (Recall)",
        "qfmt": '<div class="meaning big">{{MeaningID}}</div><div class="meaning-en">'
        "{{MeaningEN}}</div>",
        "afmt": '{{FrontSide}}<hr id="answer"><div class="jp big">{{Expression}}</div>'
        + _BACK_COMMON,
    },
    {
        "name": "Membaca (Reading)",
        "qfmt": '{{#HasKanji}}<div class="jp big">{{Expression}}</div>'
        '<div class="hint">よみかた?</div>{{/HasKanji}}',
        "afmt": '{{FrontSide}}<hr id="answer">' + _BACK_COMMON,
    },
]

CSS = """
.card { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic",
        "Meiryo", sans-serif; font-size: 22px; text-align: center; color: #2b2b2b;
        background: #fbf8f3; }
.big { font-size: 48px; margin: 12px 0; }
.jp, .reading, .example { font-family: "Noto Sans CJK JP", "Noto Sans JP",
        "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; }
.reading { font-size: 32px; }
.romaji, .pos, .hint, .en, .meaning-en { color: #777; font-size: 18px; }
.meaning { font-weight: bold; }
.example { margin-top: 16px; font-size: 24px; }
ruby rt { font-size: 55%; color: #8a3a33; }
"""


def stable_id(*parts: str) -> int:
    """A positive 52-bit id from text: stable across exports, safe as a JavaScript number."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 12 | 1 << 40


def word_model() -> genanki.Model:
    return genanki.Model(
        stable_id("nihongoku", "model", "word", "v1"),
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=TEMPLATES,
        css=CSS,
        sort_field_index=1,  # sort by the Japanese, though the unique first field is the id
    )


def anki_furigana(pieces: tuple[Ruby, ...] | list[Ruby]) -> str:
    """Anki's furigana syntax: 食[た]べる, お 金[かね] (a space opens each reading's base)."""
    out = ""
    for piece in pieces:
        if piece.reading:
            out += (" " if out and not out.endswith(" ") else "") + escape(piece.text)
            out += f"[{escape(piece.reading)}]"
        else:
            out += escape(piece.text)
    return out


def _sentence(sentence: Sentence | None) -> tuple[str, str, str]:
    if sentence is None:
        return "", "", ""
    return (
        anki_furigana(sentence.pieces),
        escape(sentence.translation.id),
        escape(sentence.translation.en),
    )


@dataclass(frozen=True)
class WordNote:
    entry: VocabEntry
    lesson: Lesson
    note: genanki.Note


def word_note(
    model: genanki.Model,
    entry: VocabEntry,
    lesson: Lesson,
    pos_name: str,
    audio: str = "",
    example_audio: str = "",
) -> WordNote:
    pieces = entry.furigana or (Ruby(entry.written, None),)
    example, example_id, example_en = _sentence(entry.example)
    fields = [
        entry.id,
        escape(entry.written),
        anki_furigana(pieces),
        entry.romaji,
        escape(entry.meaning.id),
        escape(entry.meaning.en),
        escape(pos_name),
        example,
        example_id,
        example_en,
        f"[sound:{audio}]" if audio else "",
        f"[sound:{example_audio}]" if example_audio else "",
        "y" if any(is_kanji(ch) for ch in entry.written) else "",
        lesson.id,
        lesson.level.value.upper(),
    ]
    tags = ["nihongoku", f"nihongoku::{lesson.level.value}", f"nihongoku::{lesson.id}"]
    note = genanki.Note(
        model=model, fields=fields, tags=tags, guid=genanki.guid_for("nihongoku", entry.id)
    )
    return WordNote(entry=entry, lesson=lesson, note=note)
