"""Vocabulary imported from an instructor's spreadsheet: read, mapped, checked, written.

The fixture is the kind of list an Indonesian instructor keeps in Excel: saved as CSV
with semicolons and a byte-order mark, headers in Indonesian, good rows mixed with the
mistakes people make (romaji readings, "kata kerja" without a group, a kanji without a
reading in the example, a word the course already teaches).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from nihongoku.core.authoring import spreadsheet
from nihongoku.core.authoring.lesson_files import load_lesson, save_lesson
from nihongoku.core.authoring.parts_of_speech import parse_pos
from nihongoku.core.authoring.spreadsheet import SpreadsheetError, Table, read_table, sheet_names
from nihongoku.core.authoring.vocab_columns import (
    Column,
    apply_settings,
    guess_mapping,
    parse_mapping,
    read_words,
)
from nihongoku.core.authoring.vocab_import import (
    Code,
    CourseWords,
    ImportBlocked,
    RowResult,
    Severity,
    accepted,
    apply_to_lesson,
    preview,
)
from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import Course
from nihongoku.core.content.schema import LessonFile, PartOfSpeech
from nihongoku.paths import custom_lessons_dir, lessons_dir
from tests.test_cli import nihongoku

FIXTURES = Path(__file__).parent / "fixtures" / "vocab"
FACTORY = FIXTURES / "kosakata-pabrik.csv"
HEADER = ["Kanji", "Kana", "Arti", "Inggris", "Jenis kata", "Contoh", "Terjemahan contoh",
          "Contoh (Inggris)"]  # fmt: skip


@pytest.fixture(scope="module")
def course() -> Course:
    return build_course([lessons_dir()])


def new_lesson(lesson_id: str = "kelas-pabrik", order: int = 90) -> LessonFile:
    return LessonFile.model_validate(
        {
            "id": lesson_id,
            "title": {"id": "Kosakata pabrik", "en": "Factory words"},
            "level": "n5",
            "order": order,
            "goals": ["Saya bisa memahami kata-kata di pabrik."],
        }
    )


def no_pykakasi(written: str) -> tuple[str, bool] | None:
    return None


def check(
    table: Table, course: Course, lesson: LessonFile | None = None, **kwargs: object
) -> list[RowResult]:
    return preview(
        table, guess_mapping(table), lesson or new_lesson(), CourseWords.of(course), **kwargs
    )  # type: ignore[arg-type]


def codes(result: RowResult) -> set[tuple[Severity, Code]]:
    return {(p.severity, p.code) for p in result.problems}


def write_csv(path: Path, rows: Sequence[Sequence[str]], sep: str = ",") -> Path:
    path.write_text("\n".join(sep.join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


# -- reading files ---------------------------------------------------------------------------


def test_an_indonesian_excel_csv_is_read_with_its_semicolons_and_headers() -> None:
    table = read_table(FACTORY)
    assert table.header[:5] == ("Kanji", "Kana", "Arti", "Inggris", "Jenis kata")
    assert len(table.rows) == 32
    assert table.rows[0] == (2, table.rows[0][1])
    assert table.rows[0][1][:2] == ("溶接", "ようせつ")
    assert guess_mapping(table) == {
        Column.WRITTEN: 0,
        Column.READING: 1,
        Column.MEANING_ID: 2,
        Column.MEANING_EN: 3,
        Column.POS: 4,
        Column.EXAMPLE_JA: 5,
        Column.EXAMPLE_ID: 6,
        Column.EXAMPLE_EN: 7,
        Column.NOTE_ID: 8,
    }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["Written", "Reading", "Meaning (ID)", "Meaning (EN)", "Part of speech", "Example",
             "Example (ID)", "Example (EN)", "Note", "Note (EN)"],
            list(Column),
        ),
        (
            ["No", "Kata", "Bacaan", "Makna", "Bahasa Inggris", "Kelas kata", "Contoh kalimat",
             "Arti contoh"],
            [None, Column.WRITTEN, Column.READING, Column.MEANING_ID, Column.MEANING_EN,
             Column.POS, Column.EXAMPLE_JA, Column.EXAMPLE_ID],
        ),
        (
            ["Tulisan", "Furigana", "Indonesia", "English", "POS", "Catatan"],
            [Column.WRITTEN, Column.READING, Column.MEANING_ID, Column.MEANING_EN, Column.POS,
             Column.NOTE_ID],
        ),
    ],
)  # fmt: skip
def test_the_mapping_is_guessed_from_indonesian_and_english_headers(
    tmp_path: Path, header: list[str], expected: list[Column | None]
) -> None:
    table = read_table(write_csv(tmp_path / "words.csv", [header, ["本"] * len(header)]))
    mapping = guess_mapping(table)
    assert {column: what for what, column in mapping.items()} == {
        i: what for i, what in enumerate(expected) if what is not None
    }


def test_the_mapping_can_be_set_by_header_letter_or_number() -> None:
    table = read_table(FACTORY)
    settings = parse_mapping(["reading=Arti", "meaning_id=B", "example-ja=", "note_id=9"], table)
    assert settings == {
        Column.READING: 2,
        Column.MEANING_ID: 1,
        Column.EXAMPLE_JA: None,
        Column.NOTE_ID: 8,
    }
    mapping = apply_settings(guess_mapping(table), settings)
    assert mapping[Column.READING] == 2 and mapping[Column.MEANING_ID] == 1
    assert Column.EXAMPLE_JA not in mapping
    with pytest.raises(ValueError, match="unknown field 'kanji'"):
        parse_mapping(["kanji=A"], table)
    with pytest.raises(ValueError, match="no column 'Romaji'"):
        parse_mapping(["reading=Romaji"], table)


def test_utf8_without_bom_tabs_and_utf16_are_read(tmp_path: Path) -> None:
    rows = [["Kanji", "Kana", "Arti"], ["本", "ほん", "buku"]]
    plain = write_csv(tmp_path / "plain.csv", rows)
    tabs = write_csv(tmp_path / "tabs.txt", rows, "\t")
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes("\n".join("\t".join(r) for r in rows).encode("utf-16"))
    for path in (plain, tabs, utf16):
        table = read_table(path)
        assert table.header == ("Kanji", "Kana", "Arti"), path
        assert table.rows == ((2, ("本", "ほん", "buku")),)
        assert table.notes == ()


def test_a_windows_1252_csv_is_read_with_a_note_and_lost_japanese_is_an_error(
    tmp_path: Path, course: Course
) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes(
        "Kanji;Kana;Arti;Inggris;Jenis\n???;;kafé;coffee;kata benda\n".encode("cp1252")
    )
    table = read_table(path)
    assert table.rows[0][1][2] == "kafé"
    assert "CSV UTF-8" in table.notes[0]
    [result] = check(table, course, propose=no_pykakasi)
    assert (Severity.ERROR, Code.LOST_TEXT) in codes(result)
    assert result.word is None


def test_xlsx_first_sheet_or_a_named_sheet_values_only(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "kosakata.xlsx",
        {
            "Bab 1": [["Kanji", "Kana", "Arti"], ["本", "ほん", "buku"], [None, None, None],
                      ["三", "さん", 3]],
            "Bab 2": [["Kanji", "Kana", "Arti"], ["水", "みず", "air"]],
        },
    )  # fmt: skip
    assert sheet_names(path) == ["Bab 1", "Bab 2"]
    first = read_table(path)
    assert first.sheet == "Bab 1"
    assert first.rows == ((2, ("本", "ほん", "buku")), (4, ("三", "さん", "3")))
    assert read_table(path, "Bab 2").rows == ((2, ("水", "みず", "air")),)
    with pytest.raises(
        SpreadsheetError,
        match=r"kosakata\.xlsx: no sheet named 'Bab 3' \(the sheets: 'Bab 1', 'Bab 2'\)",
    ):
        read_table(path, "Bab 3")


def test_a_sheet_without_a_header_keeps_its_first_word(tmp_path: Path) -> None:
    rows = [["本", "ほん", "buku", "book", "kata benda"], ["水", "みず", "air", "water", "noun"]]
    table = read_words(write_csv(tmp_path / "bare.csv", rows))
    assert not table.has_header
    assert [n for n, _ in table.rows] == [1, 2]
    assert guess_mapping(table) == {}
    assert table.column_name(1) == "B"
    japanese = read_words(
        write_csv(tmp_path / "ja.csv", [["漢字", "読み", "意味"], ["本", "ほん", "buku"]])
    )
    assert japanese.has_header and japanese.rows == ((2, ("本", "ほん", "buku")),)
    assert guess_mapping(japanese) == {Column.WRITTEN: 0, Column.READING: 1, Column.MEANING_ID: 2}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel format"),
        ("empty.csv", b"", "the sheet is empty"),
        ("binary.csv", b"Kanji,Kana\n\x00\x01\x02", "binary data"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "not a readable XLSX workbook"),
        ("wide.csv", (",".join(["x"] * 60) + "\n").encode(), "row 1: more than 50 columns"),
        ("long.csv", b"Kanji,Arti\nx," + b"a" * 1200 + b"\n", "row 2, column B: a cell longer"),
        ("tall.csv", b"Kanji\n" + b"x\n" * 5_001, "more than 5000 rows"),
    ],
)
def test_files_that_are_not_word_lists_are_refused_naming_file_and_place(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError) as caught:
        read_table(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_oversized_files_and_zip_bombs_are_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = write_csv(tmp_path / "big.csv", [["Kanji"], ["本"]])
    monkeypatch.setattr(spreadsheet, "MAX_FILE_BYTES", 5)
    with pytest.raises(SpreadsheetError, match="larger than"):
        read_table(big)
    monkeypatch.undo()
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", 1_000_000)
    with pytest.raises(SpreadsheetError, match="unpacks to more than"):
        read_table(bomb)


def test_a_sheet_claiming_a_million_rows_and_columns_is_read_within_the_caps(
    tmp_path: Path,
) -> None:
    path = write_xlsx(tmp_path / "huge.xlsx", {"S": [["Kanji", "Kana"], ["本", "ほん"]]})
    # rewrite the sheet's dimension the way a damaged or hostile file might claim it
    patched = tmp_path / "claims.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b'ref="A1:B2"', b'ref="A1:XFD1048576"')
            target.writestr(item, data)
    table = read_table(patched)
    assert table.rows == ((2, ("本", "ほん")),)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Kanji", "Kana"])
    sheet.cell(row=1_000_000, column=1, value="本")
    book.save(far := tmp_path / "far.xlsx")
    with pytest.raises(SpreadsheetError, match="goes on past row 20000: delete the rows below"):
        read_table(far)


# -- checking rows -----------------------------------------------------------------------------


def test_the_factory_sheet_preview_marks_each_kind_of_problem(course: Course) -> None:
    results = check(read_table(FACTORY), course, propose=lambda w: ("しょうかき", False))
    by_row = {r.row: r for r in results}
    good = [r for r in results if r.ok]
    assert len(good) == 23
    assert all(not r.warnings for r in good if r.row <= 22 and r.row != 20)
    assert by_row[2].word is not None and by_row[2].word.id == "w-yousetsu"
    assert by_row[2].word.pos is PartOfSpeech.SURU_NOUN
    assert by_row[4].word is not None and by_row[4].word.id == "w-shimeru-2"  # 閉める has w-shimeru
    assert by_row[6].word is not None and by_row[6].word.pos is PartOfSpeech.VERB_GODAN  # 包む
    assert codes(by_row[20]) == {(Severity.WARNING, Code.KANA_IN_COURSE)}  # 怪我 / けが
    assert codes(by_row[23]) == {(Severity.WARNING, Code.READING_PROPOSED)}
    assert by_row[23].word is not None and by_row[23].word.reading == "しょうかき"
    expected = {
        25: Code.READING_NOT_KANA,  # hinan
        26: Code.VERB_GROUP,  # 揃える: kata kerja, -eru
        27: Code.NO_MEANING_EN,
        28: Code.EXAMPLE_NOTATION,  # 油 without its reading
        29: Code.IN_COURSE,  # 安全
        30: Code.DUPLICATE_ROW,  # 溶接 again
        31: Code.EXAMPLE_WITHOUT_WORD,
        32: Code.READING_DOES_NOT_FIT,  # 曲げる / まがる
        33: Code.NOTE_INCOMPLETE,  # a note in Indonesian only
    }
    for row, code in expected.items():
        assert [p.code for p in by_row[row].errors] == [code], row
    assert "ひなん" in by_row[25].errors[0].message
    assert by_row[29].existing_id == "w-anzen"
    assert "w-anzen" in by_row[29].errors[0].message and "review" in by_row[29].errors[0].message
    assert "row 2" in by_row[30].errors[0].message
    assert (Severity.WARNING, Code.NO_EXAMPLE) in codes(by_row[24])


def test_a_missing_reading_comes_from_the_course_first(tmp_path: Path, course: Course) -> None:
    table = read_table(
        write_csv(tmp_path / "w.csv", [HEADER[:5], ["お金", "", "uang", "money", "kata benda"]])
    )
    lesson = new_lesson()
    [result] = preview(table, guess_mapping(table), lesson, CourseWords.of(course))
    assert result.word is not None and result.word.reading == "おかね"  # pykakasi says おきん
    assert (Severity.WARNING, Code.READING_FROM_COURSE) in codes(result)
    assert (Severity.ERROR, Code.IN_COURSE) in codes(result)


def test_pykakasi_proposes_what_the_course_does_not_know(tmp_path: Path, course: Course) -> None:
    table = read_table(
        write_csv(tmp_path / "w.csv", [HEADER[:5], ["溶接", "", "las", "welding", "noun"]])
    )
    [result] = check(table, course)
    assert result.word is not None and result.word.reading == "ようせつ"
    assert [p.code for p in result.problems] == [Code.READING_PROPOSED, Code.NO_EXAMPLE]
    assert "check it" in result.problems[0].message


@pytest.mark.parametrize(
    ("cell", "reading", "expected"),
    [
        ("kata benda", "ほん", PartOfSpeech.NOUN),
        ("KB", "ほん", PartOfSpeech.NOUN),
        ("Kata Kerja 1", "かく", PartOfSpeech.VERB_GODAN),
        ("kata kerja golongan 2", "たべる", PartOfSpeech.VERB_ICHIDAN),
        ("kata kerja", "かく", PartOfSpeech.VERB_GODAN),
        ("kata kerja", "わかる", PartOfSpeech.VERB_GODAN),
        ("kata kerja", "べんきょうする", PartOfSpeech.VERB_IRREGULAR),
        ("kata kerja", "たべる", "verb"),
        ("kata kerja", "かえる", "verb"),
        ("kata sifat-i", "たかい", PartOfSpeech.I_ADJECTIVE),
        ("kata sifat na", "しずか", PartOfSpeech.NA_ADJECTIVE),
        ("kata sifat", "しずか", PartOfSpeech.NA_ADJECTIVE),
        ("kata sifat", "きれい", "adjective"),
        ("verb-ichidan", "みる", PartOfSpeech.VERB_ICHIDAN),
        ("na_adjective", "べんり", PartOfSpeech.NA_ADJECTIVE),
        ("kata keterangan", "よく", PartOfSpeech.ADVERB),
        ("名詞", "ほん", PartOfSpeech.NOUN),
        ("kata ajaib", "ほん", None),
    ],
)
def test_parts_of_speech_in_indonesian_english_and_the_schema(
    cell: str, reading: str, expected: PartOfSpeech | str | None
) -> None:
    assert parse_pos(cell, reading) == expected


def test_ids_are_new_to_the_course_the_lesson_and_the_rows_above(
    tmp_path: Path, course: Course
) -> None:
    lesson = new_lesson()
    table = read_table(
        write_csv(
            tmp_path / "w.csv",
            [
                HEADER[:5],
                ["端", "はし", "ujung", "edge", "kata benda"],
                ["箸", "はし", "sumpit", "chopsticks", "kata benda"],
            ],
        )
    )
    first, second = check(table, course, lesson)
    assert first.word is not None and second.word is not None
    assert (first.word.id, second.word.id) == ("w-hashi", "w-hashi-2")
    saved = apply_to_lesson([first], lesson, tmp_path / "lessons")[0]
    reloaded, problems = load_lesson(saved)
    assert reloaded is not None and problems == []
    [again, other] = check(table, course, reloaded)
    assert [p.code for p in again.errors] == [Code.IN_LESSON]
    assert other.word is not None and other.word.id == "w-hashi-2"


def test_accepted_words_join_the_course_without_a_validator_problem(course: Course) -> None:
    results = check(read_table(FACTORY), course, propose=no_pykakasi)
    good = [r for r in results if r.ok]
    path, words = apply_to_lesson(good, new_lesson())
    assert path.parent == custom_lessons_dir()
    assert words == accepted(results) and len(words) == 21  # 2 rows have no reading
    rebuilt = build_course([lessons_dir(), custom_lessons_dir()])
    assert rebuilt.problems == []
    lesson = rebuilt.lesson("kelas-pabrik")
    assert [w.id for w in lesson.vocabulary] == [w.id for w in words]
    assert lesson.vocabulary[0].furigana[0].reading == "ようせつ"


def test_nothing_is_written_while_a_chosen_row_has_an_error(course: Course) -> None:
    lesson = new_lesson()
    path = save_lesson(lesson)
    before = path.read_bytes()
    results = check(read_table(FACTORY), course, propose=no_pykakasi)
    with pytest.raises(ImportBlocked, match=r"11 row\(s\) with errors \(23, 24, 25, "):
        apply_to_lesson(results, lesson)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


# -- the command line ---------------------------------------------------------------------------


def test_cli_previews_every_row_and_writes_nothing_when_a_row_has_an_error() -> None:
    done = nihongoku(
        "author", "import-vocab", str(FACTORY), "--lesson", "kelas-pabrik",
        "--title-id", "Kosakata pabrik", "--title-en", "Factory words", "--level", "n5",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "row 25: error: the reading 'hinan' is not kana (in kana: ひなん?)" in done.stdout
    assert "row 2: 溶接 ようせつ -> w-yousetsu" in done.stdout
    assert "23 word(s) ready, 9 row(s) with errors" in done.stdout
    assert "nothing written" in done.stdout
    assert not custom_lessons_dir().exists()


def test_cli_writes_a_new_lesson_then_adds_to_it(tmp_path: Path) -> None:
    rows = FACTORY.read_text(encoding="utf-8-sig").splitlines()
    first = write_csv(tmp_path / "bab1.csv", [r.split(";") for r in rows[:5]], ";")
    second = tmp_path / "bab2.xlsx"
    write_xlsx(second, {"Kosakata": [r.split(";") for r in [rows[0], *rows[5:8]]]})
    made = nihongoku(
        "author", "import-vocab", str(first), "--lesson", "kelas-pabrik", "--title-id", "Pabrik",
        "--title-en", "Factory", "--level", "n5", "--order", "40",
    )  # fmt: skip
    assert made.returncode == 0, made.stdout + made.stderr
    assert "4 word(s) added to lesson kelas-pabrik" in made.stdout
    added = nihongoku(
        "author", "import-vocab", str(second), "--lesson", "kelas-pabrik", "--sheet", "Kosakata",
        "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stdout + added.stderr
    report = json.loads(added.stdout)
    assert report["sheet"] == "Kosakata" and report["written"].endswith("kelas-pabrik.yaml")
    assert [r["word"]["id"] for r in report["rows"]] == ["w-tsutsumu", "w-teinei", "w-seikaku"]
    lesson, problems = load_lesson(custom_lessons_dir() / "kelas-pabrik.yaml")
    assert problems == [] and lesson is not None and lesson.order == 40
    assert len(lesson.vocabulary) == 7
    assert nihongoku("validate", str(lessons_dir()), str(custom_lessons_dir())).returncode == 0


def test_cli_dry_run_json_map_and_refusals(tmp_path: Path) -> None:
    words = write_csv(
        tmp_path / "w.csv",
        [
            ["Kata", "Romaji", "Arti", "Inggris", "Jenis"],
            ["溶接", "ようせつ", "las", "welding", "noun"],
        ],
    )
    dry = nihongoku(
        "author", "import-vocab", str(words), "--lesson", "kelas-x", "--title-id", "X",
        "--title-en", "X", "--level", "n4", "--map", "reading=B", "--dry-run",
    )  # fmt: skip
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "dry run: nothing written" in dry.stdout and "reading=B: Romaji" in dry.stdout
    assert not custom_lessons_dir().exists()
    builtin = nihongoku("author", "import-vocab", str(words), "--lesson", "n5-01")
    assert builtin.returncode == 1 and "built-in course" in builtin.stderr
    missing = nihongoku("author", "import-vocab", str(words), "--lesson", "kelas-y")
    assert missing.returncode == 1 and "--title-id, --title-en, --level" in missing.stderr
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 rusak")
    refused = nihongoku("author", "import-vocab", str(broken), "--lesson", "kelas-x")
    assert refused.returncode == 1
    assert f"{broken}: not a readable XLSX workbook" in refused.stderr
    assert "Traceback" not in refused.stderr
    bad_map = nihongoku("author", "import-vocab", str(words), "--lesson", "kelas-x", "--map", "x")
    assert bad_map.returncode == 1 and "unknown field 'x'" in bad_map.stderr
