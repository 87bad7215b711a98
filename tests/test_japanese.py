from __future__ import annotations

import pytest

from nihongoku.core.japanese import (
    FuriganaError,
    Ruby,
    bracketed,
    furigana,
    is_hiragana,
    kana_from_romaji,
    parse_bracketed,
    plain_text,
    reading_of,
    romaji,
    romaji_matches,
    to_hiragana,
    to_katakana,
    typed_answer_matches,
)


@pytest.mark.parametrize(
    ("kana", "expected"),
    [
        ("しんぶん", "shinbun"), ("とうきょう", "toukyou"), ("がっこう", "gakkou"),
        ("きっぷ", "kippu"), ("まっちゃ", "matcha"), ("ちょっと", "chotto"),
        ("きんえん", "kin'en"), ("こんや", "kon'ya"), ("せんぱい", "senpai"),
        ("ふじさん", "fujisan"), ("じゅう", "juu"), ("ぢ", "ji"), ("づ", "zu"),
        ("コーヒー", "koohii"), ("ティー", "tii"), ("ファイル", "fairu"),
        ("ウィンドウ", "windou"), ("パーティー", "paatii"), ("ヴァイオリン", "vaiorin"),
        ("チェック", "chekku"), ("シェフ", "shefu"), ("ジェット", "jetto"),
        ("を", "o"), ("ん", "n"), ("きゃ", "kya"), ("ぴょ", "pyo"),
    ],
)  # fmt: skip
def test_romaji_is_hepburn(kana: str, expected: str) -> None:
    assert romaji(kana) == expected


def test_a_set_phrase_reads_its_final_ha_as_wa() -> None:
    assert romaji("こんにちは", phrase=True) == "konnichiwa"
    assert romaji("では", phrase=True) == "dewa"
    assert romaji("は", phrase=True) == "ha"
    assert romaji("こんにちは") == "konnichiha"  # a word alone: は is "ha" (はは = haha)


def test_romaji_refuses_non_kana() -> None:
    with pytest.raises(ValueError):
        romaji("漢字")


def test_scripts_convert_both_ways() -> None:
    assert to_katakana("こーひー") == "コーヒー"
    assert to_hiragana("カタカナ") == "かたかな"
    assert to_katakana("ひらがな") == "ヒラガナ"


@pytest.mark.parametrize(
    ("typed", "kana"),
    [
        ("shinbun", "しんぶん"), ("sinbun", "しんぶん"), ("shimbun", "しんぶん"),
        ("tsukue", "つくえ"), ("tukue", "つくえ"), ("fuji", "ふじ"), ("huzi", "ふじ"),
        ("konya", "こんや"), ("kon'ya", "こんや"), ("konnya", "こんや"),
        ("matcha", "まっちゃ"), ("maccha", "まっちゃ"), ("koohii", "コーヒー"),
        ("ko-hi-", "コーヒー"), ("kōhī", "コーヒー"), ("tōkyō", "とうきょう"),
        ("  Sushi ", "すし"), ("wo", "を"),
        ("o", "を"), ("sha", "しゃ"), ("sya", "しゃ"), ("cha", "ちゃ"), ("tya", "ちゃ"),
    ],
)  # fmt: skip
def test_common_romaji_variants_are_accepted(typed: str, kana: str) -> None:
    assert romaji_matches(typed, kana)


@pytest.mark.parametrize(
    ("typed", "kana"),
    [("kohi", "コーヒー"), ("sushi", "すす"), ("", "あ"), ("shinbu", "しんぶん"),
     ("gako", "がっこう"), ("ka", "が")],
)  # fmt: skip
def test_wrong_romaji_is_refused(typed: str, kana: str) -> None:
    assert not romaji_matches(typed, kana)


@pytest.mark.parametrize(
    ("written", "reading", "expected"),
    [
        ("食べる", "たべる", "食[た]べる"),
        ("お金", "おかね", "お金[かね]"),
        ("今日", "きょう", "今日[きょう]"),
        ("持ち帰る", "もちかえる", "持[も]ち帰[かえ]る"),
        ("日本語", "にほんご", "日本語[にほんご]"),
        ("ありがとう", "ありがとう", "ありがとう"),
        ("お兄さん", "おにいさん", "お兄[にい]さん"),
        ("働き方", "はたらきかた", "働[はたら]き方[かた]"),
    ],
)
def test_furigana_go_over_kanji_only(written: str, reading: str, expected: str) -> None:
    assert bracketed(furigana(written, reading)) == expected


def test_furigana_that_do_not_fit_are_an_error() -> None:
    with pytest.raises(FuriganaError):
        furigana("食べる", "のむ")
    with pytest.raises(FuriganaError):
        furigana("すし", "さかな")


def test_katakana_readings_keep_their_script() -> None:
    assert furigana("お茶", "オチャ") == [Ruby("お"), Ruby("茶", "チャ")]


def test_bracket_notation_round_trips() -> None:
    pieces = parse_bracketed("雨[あめ]が 降[ふ]っています。")
    assert plain_text(pieces) == "雨が 降っています。"
    assert reading_of(pieces) == "あめが ふっています。"
    assert bracketed(pieces) == "雨[あめ]が 降[ふ]っています。"
    with pytest.raises(FuriganaError):
        parse_bracketed("これは[これは]")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("kyou", "きょう"),
        ("ky", "ky"),  # an unfinished syllable waits for the next key
        ("konnichiha", "こんにちは"),
        ("konnnichiha", "こんにちは"),
        ("gakkou", "がっこう"),
        ("matcha", "まっちゃ"),
        ("hon'ya", "ほんや"),
        ("kan", "かn"),
        ("tukue", "つくえ"),
        ("sya", "しゃ"),
        ("jya", "じゃ"),
        ("koohii", "こおひい"),
        ("koothii", "こおてぃい"),
        ("ohayou gozaimasu", "おはよう ございます"),
        ("ＫＹＯＵ", "きょう"),
    ],
)
def test_romaji_typed_shows_kana_as_an_input_method_would(typed: str, shown: str) -> None:
    assert kana_from_romaji(typed) == shown


def test_a_finished_answer_turns_its_final_n_into_n_kana() -> None:
    assert kana_from_romaji("hon", finished=True) == "ほん"
    assert kana_from_romaji("honn", finished=True) == "ほん"


def test_every_course_reading_survives_romaji_and_back() -> None:
    from tests.test_course_content import course

    readings = {
        word.reading
        for lesson in course().lessons
        for word in lesson.vocabulary
        # Hepburn writes ぢ/づ as ji/zu and を as o: those read back as じ/ず/お
        if all(is_hiragana(ch) or ch == " " for ch in word.reading)
        and not set(word.reading) & set("ぢづを")
    }
    wrong = [r for r in readings if kana_from_romaji(romaji(r), finished=True) != r]
    assert wrong == []


@pytest.mark.parametrize(
    ("typed", "ok"),
    [("hon", True), ("HON", True), ("ほん", True), ("ホン", True), ("本", True),
     ("hom", False), ("", False), ("ほ", False)],
)  # fmt: skip
def test_a_typed_recall_answer_may_be_romaji_kana_or_the_written_form(typed: str, ok: bool) -> None:
    assert typed_answer_matches(typed, "本", "ほん") is ok
