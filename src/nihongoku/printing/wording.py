"""The words printed around the course's content, in Indonesian.

Handouts are for the trainees, so they are Indonesian whatever language the instructor's
screen is in, like the course's own text; English appears only where asked for (the
English meanings column). Part-of-speech names are the ones the app shows in Indonesian
(tests/test_printing.py keeps the two in step with the translation catalogue).
"""

from __future__ import annotations

from nihongoku.core.content.schema import Level, PartOfSpeech
from nihongoku.core.export.worksheets import LessonHeading

BRAND = "Nihongoku"
KANJIVG_CREDIT = "Stroke-order data: KanjiVG © Ulrich Apel, CC BY-SA 3.0 (kanjivg.tagaini.net)"

VOCAB_TITLE = "Daftar kosakata"
WORKSHEET_TITLE = "Lembar latihan"
KEY_TITLE = "Kunci jawaban"
KEY_NOTE = "Untuk pengajar: jangan dibagikan bersama lembar latihan."
KANJI_TITLE = "Latihan menulis kanji"
KANA_TITLE = "Latihan menulis kana"
WRITING_TITLE = "Latihan menulis"

COLUMN_NUMBER = "No."
COLUMN_WORD = "Kata"
COLUMN_ROMAJI = "Romaji"
COLUMN_MEANING = "Arti"
COLUMN_ENGLISH = "Bahasa Inggris"
COLUMN_POS = "Jenis kata"

STUDENT_FIELDS = ("Nama", "Kelas", "Tanggal")
SCORE = "Nilai"

STROKE_ORDER = "Urutan goresan"
PRACTICE = "Latihan: tebalkan huruf abu-abu, lalu tulis sendiri di kotak kosong."
ONYOMI = "On"
KUNYOMI = "Kun"

LEVELS = {Level.KANA: "Kana", Level.N5: "N5", Level.N4: "N4"}

POS_NAMES = {
    PartOfSpeech.NOUN: "kata benda",
    PartOfSpeech.PRONOUN: "kata ganti",
    PartOfSpeech.VERB_GODAN: "kata kerja, golongan 1",
    PartOfSpeech.VERB_ICHIDAN: "kata kerja, golongan 2",
    PartOfSpeech.VERB_IRREGULAR: "kata kerja, golongan 3",
    PartOfSpeech.SURU_NOUN: "kata benda (+ suru)",
    PartOfSpeech.I_ADJECTIVE: "kata sifat-i",
    PartOfSpeech.NA_ADJECTIVE: "kata sifat-na",
    PartOfSpeech.ADVERB: "kata keterangan",
    PartOfSpeech.PARTICLE: "partikel",
    PartOfSpeech.CONJUNCTION: "kata sambung",
    PartOfSpeech.COUNTER: "kata bantu bilangan",
    PartOfSpeech.NUMERAL: "angka",
    PartOfSpeech.PREFIX: "awalan",
    PartOfSpeech.SUFFIX: "akhiran",
    PartOfSpeech.INTERJECTION: "kata seru",
    PartOfSpeech.EXPRESSION: "ungkapan",
}


def lesson_title(heading: LessonHeading) -> str:
    return f"Pelajaran {heading.number}: {heading.title}"


def footer(lesson_id: str | None) -> str:
    return f"{BRAND} — {lesson_id}" if lesson_id else BRAND


def page_of(page: int, pages: int) -> str:
    return f"Halaman {page} dari {pages}" if pages else f"Halaman {page}"


def word_count(count: int) -> str:
    return f"{count} kata"


def stroke_count(count: int) -> str:
    return f"{count} goresan"


# -- a mock exam on paper ------------------------------------------------------------------

ANSWER_SHEET_TITLE = "Lembar jawaban"
EXAM_KEY_NOTE = "Untuk pengajar: jangan dibagikan bersama soal."
EXAM_RULES = (
    "Tulis jawaban Anda di lembar jawaban, bukan di buku soal. "
    "Untuk setiap soal, pilih satu jawaban saja."
)
SHEET_RULES = "Hitamkan satu lingkaran untuk setiap soal. Contoh: jawaban 2 →"
SITUATION = "Situasi"
TRANSCRIPTS = "Transkrip"
SPEAKERS_LEGEND = "N = narator, M = laki-laki, F = perempuan. Terjemahan di bawah setiap transkrip."
HEARD_CHOICES = "Pilihan jawaban (dibacakan):"
NO_AUDIO_YET = "belum ada"


def exam_footer(exam_id: str, form: int, part: str = "") -> str:
    base = f"{BRAND} — {exam_id} paket {form}"
    return f"{base} · {part.lower()}" if part else base


def exam_heading(title: str, form: int) -> str:
    return f"{title} · Paket {form}"


def minutes(count: int) -> str:
    return f"Waktu: {count} menit"


def question_range(first: int, last: int) -> str:
    return f"Soal {first}–{last}" if last > first else f"Soal {first}"


def mondai(number: int) -> str:
    return f"もんだい {number}"  # as the test prints it


def listening_note(pause_seconds: int) -> str:
    pause = f", dengan jeda {pause_seconds} detik sesudahnya" if pause_seconds else ""
    return (
        "Untuk pengajar: rekaman bagian ini ada di folder resources/audio/ aplikasi "
        f"Nihongoku, satu file per soal. Putar setiap file satu kali saja{pause}. "
        "Transkrip dan terjemahannya ada di kunci jawaban: bila tidak ada pengeras suara, "
        "bacakan transkripnya."
    )


def key_clip(number: int, file: str, answer: int) -> str:
    return f"Soal {number} · {file} · jawaban {answer}"
