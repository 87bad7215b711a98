"""The generated quiz families on a tiny course: each distractor kind where it belongs,
explanations that name the mistake, and the hard rule on the cases that tempt it
(橋/箸 read alike, 一日 read two ways, 父/お父さん meaning alike)."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pytest

from nihongoku.core.content.build import build_course
from nihongoku.core.content.course import Course, VocabEntry
from nihongoku.core.content.schema import Bilingual, Level
from nihongoku.core.japanese import Ruby, is_kana
from nihongoku.core.practice.quiz import (
    BLANK,
    Choice,
    Family,
    Mark,
    Mistake,
    QuizBank,
    QuizItem,
    Skip,
    Stem,
)
from nihongoku.core.practice.quiz.inflection import inflect, inflections
from nihongoku.core.practice.quiz.items import item_id
from nihongoku.core.practice.quiz.lexicon import same_meaning
from nihongoku.core.practice.quiz.misreadings import (
    long_vowel_slips,
    sokuon_slips,
    voicing_slips,
    yoon_slips,
)

# id, written, reading, meaning (id, en), pos, example (ja, id, en)
WORDS: list[tuple[str, ...]] = [
    (
        "w-gakkou",
        "学校",
        "がっこう",
        "sekolah",
        "school",
        "noun",
        "毎日[まいにち] 学校[がっこう]へ 行[い]きます。",
        "Setiap hari saya pergi ke sekolah.",
        "I go to school every day.",
    ),
    (
        "w-koukou",
        "高校",
        "こうこう",
        "SMA",
        "high school",
        "noun",
        "兄[あに]は 高校[こうこう]の 先生[せんせい]です。",
        "Kakak saya guru SMA.",
        "My brother is a high-school teacher.",
    ),
    (
        "w-byouin",
        "病院",
        "びょういん",
        "rumah sakit",
        "hospital",
        "noun",
        "病院[びょういん]は どこですか。",
        "Rumah sakit di mana?",
        "Where is the hospital?",
    ),
    (
        "w-kagi",
        "鍵",
        "かぎ",
        "kunci",
        "key",
        "noun",
        "鍵[かぎ]が ありません。",
        "Kuncinya tidak ada.",
        "The key is not here.",
    ),
    (
        "w-mizu",
        "水",
        "みず",
        "air",
        "water",
        "noun",
        "水[みず]を ください。",
        "Minta air.",
        "Water, please.",
    ),
    (
        "w-hon",
        "本",
        "ほん",
        "buku",
        "book",
        "noun",
        "本[ほん]を 読[よ]みます。",
        "Saya membaca buku.",
        "I read a book.",
    ),
    (
        "w-kuruma",
        "車",
        "くるま",
        "mobil",
        "car",
        "noun",
        "車[くるま]で 行[い]きます。",
        "Saya pergi naik mobil.",
        "I go by car.",
    ),
    (
        "w-kaban",
        "かばん",
        "かばん",
        "tas",
        "bag",
        "noun",
        "かばんを 買[か]いました。",
        "Saya membeli tas.",
        "I bought a bag.",
    ),
    (
        "w-terebi",
        "テレビ",
        "テレビ",
        "televisi",
        "television",
        "noun",
        "テレビを 見[み]ます。",
        "Saya menonton televisi.",
        "I watch television.",
    ),
    (
        "w-shatsu",
        "シャツ",
        "シャツ",
        "kemeja",
        "shirt",
        "noun",
        "シャツを 買[か]います。",
        "Saya membeli kemeja.",
        "I buy a shirt.",
    ),
    (
        "w-koohii",
        "コーヒー",
        "コーヒー",
        "kopi",
        "coffee",
        "noun",
        "コーヒーを 飲[の]みます。",
        "Saya minum kopi.",
        "I drink coffee.",
    ),
    (
        "w-beddo",
        "ベッド",
        "ベッド",
        "tempat tidur",
        "bed",
        "noun",
        "ベッドで 寝[ね]ます。",
        "Saya tidur di tempat tidur.",
        "I sleep in a bed.",
    ),
    (
        "w-nomu",
        "飲む",
        "のむ",
        "minum",
        "to drink",
        "verb-godan",
        "毎朝[まいあさ] 牛乳[ぎゅうにゅう]を 飲[の]みます。",
        "Setiap pagi saya minum susu.",
        "I drink milk every morning.",
    ),
    (
        "w-taberu",
        "食べる",
        "たべる",
        "makan",
        "to eat",
        "verb-ichidan",
        "パンを 食[た]べます。",
        "Saya makan roti.",
        "I eat bread.",
    ),
    (
        "w-yasumu",
        "休む",
        "やすむ",
        "beristirahat; libur",
        "to rest; to take a day off",
        "verb-godan",
        "日曜日[にちようび]は 休[やす]みます。",
        "Hari Minggu saya libur.",
        "I take Sundays off.",
    ),
    (
        "w-iku",
        "行く",
        "いく",
        "pergi",
        "to go",
        "verb-godan",
        "駅[えき]へ 行[い]きます。",
        "Saya pergi ke stasiun.",
        "I go to the station.",
    ),
    (
        "w-neru",
        "寝る",
        "ねる",
        "tidur",
        "to sleep",
        "verb-ichidan",
        "十一時[じゅういちじ]に 寝[ね]ます。",
        "Saya tidur jam sebelas.",
        "I go to bed at eleven.",
    ),
    (
        "w-kuru",
        "来る",
        "くる",
        "datang",
        "to come",
        "verb-irregular",
        "友[とも]だちが 来[き]ます。",
        "Teman saya datang.",
        "My friend is coming.",
    ),
    (
        "w-okiru",
        "起きる",
        "おきる",
        "bangun",
        "to get up",
        "verb-ichidan",
        "六時[ろくじ]に 起[お]きます。",
        "Saya bangun jam enam.",
        "I get up at six.",
    ),
    (
        "w-kau",
        "買う",
        "かう",
        "membeli",
        "to buy",
        "verb-godan",
        "りんごを 買[か]います。",
        "Saya membeli apel.",
        "I buy apples.",
    ),
    (
        "w-ookii",
        "大きい",
        "おおきい",
        "besar",
        "big",
        "i-adjective",
        "大[おお]きい 車[くるま]ですね。",
        "Mobilnya besar, ya.",
        "That is a big car.",
    ),
    (
        "w-chiisai",
        "小さい",
        "ちいさい",
        "kecil",
        "small",
        "i-adjective",
        "この へやは 小[ちい]さいです。",
        "Kamar ini kecil.",
        "This room is small.",
    ),
    (
        "w-atarashii",
        "新しい",
        "あたらしい",
        "baru",
        "new",
        "i-adjective",
        "新[あたら]しい くつを 買[か]いました。",
        "Saya membeli sepatu baru.",
        "I bought new shoes.",
    ),
    (
        "w-hashi-bridge",
        "橋",
        "はし",
        "jembatan",
        "bridge",
        "noun",
        "あの 橋[はし]を わたります。",
        "Saya menyeberangi jembatan itu.",
        "I cross that bridge.",
    ),
    (
        "w-hashi-chopsticks",
        "箸",
        "はし",
        "sumpit",
        "chopsticks",
        "noun",
        "箸[はし]で 食[た]べます。",
        "Saya makan dengan sumpit.",
        "I eat with chopsticks.",
    ),
    (
        "w-chichi",
        "父",
        "ちち",
        "ayah (saya)",
        "(my) father",
        "noun",
        "父[ちち]は 会社員[かいしゃいん]です。",
        "Ayah saya karyawan.",
        "My father is an office worker.",
    ),
    (
        "w-otousan",
        "お父さん",
        "おとうさん",
        "ayah",
        "father",
        "noun",
        "お父[とう]さんは お元気[げんき]ですか。",
        "Apakah ayah Anda sehat?",
        "Is your father well?",
    ),
    (
        "w-ichinichi",
        "一日",
        "いちにち",
        "satu hari",
        "one day",
        "noun",
        "一日[いちにち] 休[やす]みます。",
        "Saya libur satu hari.",
        "I take one day off.",
    ),
    (
        "w-tsuitachi",
        "一日",
        "ついたち",
        "tanggal satu",
        "the first (of the month)",
        "noun",
        "四月[しがつ] 一日[ついたち]に 来[き]ました。",
        "Saya datang tanggal satu April.",
        "I came on April 1.",
    ),
    (
        "w-nihon",
        "日本",
        "にほん",
        "Jepang",
        "Japan",
        "noun",
        "日本[にほん]で 日本語[にほんご]を 話[はな]します。",
        "Di Jepang saya berbicara bahasa Jepang.",
        "In Japan I speak Japanese.",
    ),
    (
        "w-yukkuri",
        "ゆっくり",
        "ゆっくり",
        "pelan-pelan",
        "slowly",
        "adverb",
        "ゆっくり 話[はな]して ください。",
        "Tolong bicara pelan-pelan.",
        "Please speak slowly.",
    ),
    (
        "w-takusan",
        "たくさん",
        "たくさん",
        "banyak",
        "a lot",
        "adverb",
        "たくさん 食[た]べました。",
        "Saya makan banyak.",
        "I ate a lot.",
    ),
    (
        "w-sukoshi",
        "少し",
        "すこし",
        "sedikit",
        "a little",
        "adverb",
        "少[すこ]し 休[やす]みましょう。",
        "Mari istirahat sebentar.",
        "Let us rest a little.",
    ),
    (
        "w-mou",
        "もう",
        "もう",
        "sudah",
        "already",
        "adverb",
        "もう 食[た]べました。",
        "Saya sudah makan.",
        "I have already eaten.",
    ),
]
KANJI: list[tuple[str, str, list[str], list[str], str, str, int]] = [
    ("kanji-5b66", "学", ["ガク"], ["まな.ぶ"], "belajar", "study", 8),
    ("kanji-6821", "校", ["コウ"], [], "sekolah", "school", 10),
    ("kanji-9ad8", "高", ["コウ"], ["たか.い"], "tinggi", "tall", 10),
    ("kanji-98f2", "飲", ["イン"], ["の.む"], "minum", "drink", 12),
    ("kanji-4f11", "休", ["キュウ"], ["やす.む"], "istirahat", "rest", 6),
    ("kanji-4f53", "体", ["タイ"], ["からだ"], "badan", "body", 7),
    ("kanji-5ddd", "川", ["セン"], ["かわ"], "sungai", "river", 3),
    ("kanji-5c71", "山", ["サン"], ["やま"], "gunung", "mountain", 3),
]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


def lesson_text() -> str:
    """One N5 lesson holding every case the families must handle."""
    q = _quoted
    lines = [
        "id: n5-quiz",
        "title: {id: Kuis, en: Quiz}",
        "level: n5",
        "order: 1",
        "goals: [Saya bisa menjawab kuis.]",
        "vocabulary:",
    ]
    for wid, written, reading, mid, men, pos, ja, exid, exen in WORDS:
        lines += [
            f"  - id: {wid}",
            f"    written: {written}",
            f"    reading: {reading}",
            f"    meaning: {{id: {q(mid)}, en: {q(men)}}}",
            f"    pos: {pos}",
            "    example:",
            f"      ja: {ja}",
            f"      id: {q(exid)}",
            f"      en: {q(exen)}",
        ]
    lines.append("kanji:")
    for kid, ch, on, kun, mid, men, strokes in KANJI:
        lines += [
            f"  - id: {kid}",
            f"    char: {ch}",
            f"    onyomi: [{', '.join(on)}]",
            f"    kunyomi: [{', '.join(kun)}]",
            f"    meaning: {{id: {mid}, en: {men}}}",
            f"    strokes: {strokes}",
        ]
    return "\n".join(lines) + "\n"


def write_quiz_course(folder: Path) -> Course:
    (folder / "01-quiz.yaml").write_text(lesson_text(), encoding="utf-8")
    course = build_course([folder])
    assert course.problems == []
    return course


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> QuizBank:
    return QuizBank(write_quiz_course(tmp_path_factory.mktemp("quiz-course")))


def word(bank: QuizBank, word_id: str) -> VocabEntry:
    return bank.lexicon.word(word_id)


def item(bank: QuizBank, family: Family, word_id: str, seed: int = 0) -> QuizItem:
    made = bank.build(family, word(bank, word_id), random.Random(seed))
    assert isinstance(made, QuizItem), made
    return made


def wrong_choices(bank: QuizBank, family: Family, word_id: str, seeds: int = 40) -> list[Choice]:
    """Every distractor ``family`` offers for the word over many seeds (one per text)."""
    found: dict[str, Choice] = {}
    for seed in range(seeds):
        made = item(bank, family, word_id, seed)
        for index, option in enumerate(made.options):
            if index != made.answer:
                found.setdefault(option.text, option)
    return list(found.values())


def by_kind(choices: list[Choice]) -> dict[Mistake, dict[str, Choice]]:
    kinds: dict[Mistake, dict[str, Choice]] = defaultdict(dict)
    for choice in choices:
        assert choice.mistake is not None
        kinds[choice.mistake][choice.text] = choice
    return kinds


# -- the item model ---------------------------------------------------------------------------


def _choice(text: str, mistake: Mistake | None) -> Choice:
    return Choice(text, (Ruby(text),), mistake, Bilingual(id="x", en="x"), text)


def _item(options: list[Choice], answer: int) -> QuizItem:
    stem = Stem((Ruby("山"),), (0, 1), Mark.UNDERLINE, (Ruby("山", "やま"),))
    return QuizItem(
        item_id(Family.KANJI_READING, "w-yama"),
        Family.KANJI_READING,
        Level.N5,
        ("w-yama",),
        stem,
        "kanji-reading",
        tuple(options),
        answer,
    )


def test_an_item_needs_four_different_choices_and_one_answer() -> None:
    good = [_choice("やま", None), *(_choice(t, Mistake.VOICING) for t in ("やば", "かわ", "さん"))]
    made = _item(good, 0)
    assert made.id == "kanji-reading:w-yama"
    assert made.choices == ("やま", "やば", "かわ", "さん")
    assert made.mistakes == (None, Mistake.VOICING, Mistake.VOICING, Mistake.VOICING)
    with pytest.raises(ValueError, match="the same"):
        _item([good[0], good[1], good[1], good[2]], 0)
    with pytest.raises(ValueError, match="choices"):
        _item(good[:3], 0)
    with pytest.raises(ValueError, match="mistake"):
        _item(good, 1)


# -- building blocks --------------------------------------------------------------------------


def test_words_take_the_forms_sentences_use(bank: QuizBank) -> None:
    def form(word_id: str, name: str) -> tuple[str, str]:
        made = inflect(word(bank, word_id), name)
        assert made is not None
        return made.text, made.reading

    assert form("w-nomu", "masu") == ("飲みます", "のみます")
    assert form("w-nomu", "te") == ("飲んで", "のんで")
    assert form("w-iku", "te") == ("行って", "いって")
    assert form("w-kau", "nai") == ("買わない", "かわない")
    assert form("w-taberu", "ta") == ("食べた", "たべた")
    assert form("w-kuru", "masu") == ("来ます", "きます")
    assert form("w-kuru", "nai") == ("来ない", "こない")
    assert form("w-ookii", "katta") == ("大きかった", "おおきかった")
    assert [f.form for f in inflections(word(bank, "w-mizu"))] == ["dictionary"]


def test_a_word_is_found_in_a_sentence_as_written_or_in_kana(bank: QuizBank) -> None:
    lexicon = bank.lexicon
    nomu = lexicon.placements(word(bank, "w-nomu"))[0]
    assert (nomu.form.text, nomu.written, nomu.own_example) == ("飲みます", True, True)
    # 日本 is found on its own, and also at the head of 日本語 (cut as 日本 + 語).
    nihon = word(bank, "w-nihon")
    assert nihon.example is not None
    found = lexicon.find(nihon, nihon.example)
    assert [p.form.text for p in found] == ["日本", "日本"]
    assert found[1].after[0] == Ruby("語", "ご")


def test_kana_slips_of_each_kind() -> None:
    every = [True] * 8
    assert [s.reading for s in voicing_slips("かぎ", [False, True])] == ["かき"]
    assert {s.reading for s in long_vowel_slips("こうこう", every)} >= {"こうこ", "ここう"}
    assert {s.reading for s in sokuon_slips("がっこう", every)} == {"がこう"}
    assert {s.reading for s in sokuon_slips("がくこう", every, [2])} == {"がっこう"}
    assert {s.reading for s in yoon_slips("びょういん", every)} == {"びよういん"}
    assert {s.reading for s in yoon_slips("びよういん", every)} == {"びょういん"}


def test_meanings_overlap_when_a_sense_is_inside_another() -> None:
    assert same_meaning(
        Bilingual(id="ayah (saya)", en="(my) father"), Bilingual(id="ayah", en="father")
    )
    assert same_meaning(
        Bilingual(id="pergi", en="to go"), Bilingual(id="berangkat; pergi", en="to leave")
    )
    assert not same_meaning(
        Bilingual(id="jembatan", en="bridge"), Bilingual(id="sumpit", en="chopsticks")
    )


# -- kanji reading ----------------------------------------------------------------------------


def test_kanji_reading_underlines_the_word_without_its_furigana(bank: QuizBank) -> None:
    made = item(bank, Family.KANJI_READING, "w-nomu")
    start, end = made.stem.target
    assert made.stem.pieces[start:end] == (Ruby("飲みます"),)
    assert made.stem.mark is Mark.UNDERLINE
    assert Ruby("毎朝", "まいあさ") in made.stem.pieces  # the rest keeps its furigana
    assert made.choices[made.answer] == "のみます"
    assert made.tested == ("w-nomu", "kanji-98f2")
    assert made.instruction == "kanji-reading"
    assert all(is_kana(c) for c in made.choices)
    # 日本 in 日本語 would show the answer: that run loses its furigana.
    nihon = item(bank, Family.KANJI_READING, "w-nihon")
    assert "で 日本語を" in nihon.stem.text
    assert all(p.reading is None for p in nihon.stem.pieces if "日本" in p.text)


@pytest.mark.parametrize(
    ("word_id", "mistake", "text", "named"),
    [
        ("w-gakkou", Mistake.SOKUON, "がこう", "っ kecil"),
        ("w-gakkou", Mistake.LONG_VOWEL, "がっこ", "bunyi panjang vs pendek"),
        ("w-gakkou", Mistake.OTHER_READING, "がくこう", "学 memang bisa dibaca がく"),
        ("w-koukou", Mistake.LONG_VOWEL, "こうこ", "yang benar こう, bukan こ"),
        ("w-byouin", Mistake.YOON, "びよういん", "ゃゅょ kecil vs やゆよ besar"),
        ("w-kagi", Mistake.VOICING, "かき", "き dan ぎ: bunyi tidak bersuara vs bersuara"),
        ("w-nomu", Mistake.OTHER_READING, "いんみます", "飲 memang bisa dibaca いん (on'yomi"),
        ("w-sukoshi", Mistake.SOKUON, "すっこし", "っ kecil"),
    ],
)
def test_kanji_reading_distractors_are_the_mistakes_learners_make(
    bank: QuizBank, word_id: str, mistake: Mistake, text: str, named: str
) -> None:
    kinds = by_kind(wrong_choices(bank, Family.KANJI_READING, word_id))
    assert text in kinds[mistake], dict(kinds)
    choice = kinds[mistake][text]
    assert named in choice.explanation.id
    assert choice.explanation.id.startswith("Salah")
    assert choice.explanation.en.startswith("Wrong")


def test_a_kanji_reading_distractor_stands_for_a_dictionary_form(bank: QuizBank) -> None:
    kinds = by_kind(wrong_choices(bank, Family.KANJI_READING, "w-nomu"))
    assert kinds[Mistake.OTHER_READING]["いんみます"].lemma == "いんむ"


def test_no_reading_of_the_same_written_form_is_offered(bank: QuizBank) -> None:
    """一日 is いちにち and ついたち in the course: neither is a wrong reading of the other."""
    for word_id, other in (("w-ichinichi", "ついたち"), ("w-tsuitachi", "いちにち")):
        texts = {c.text for c in wrong_choices(bank, Family.KANJI_READING, word_id)}
        assert texts and other not in texts


def test_a_word_with_too_few_safe_distractors_is_skipped(tmp_path: Path) -> None:
    text = lesson_text().split("\n  - id: w-koukou")[0] + "\n"  # 学校 alone
    (tmp_path / "01.yaml").write_text(text, encoding="utf-8")
    bank = QuizBank(build_course([tmp_path]))
    made = bank.build(Family.CONTEXT_WORD, bank.lexicon.word("w-gakkou"), random.Random(1))
    assert isinstance(made, Skip)
    assert made.reason == "fewer than 3 safe distractors"
    assert bank.generate(Family.CONTEXT_WORD, None, random.Random(1), 5) == []


# -- orthography ------------------------------------------------------------------------------


def test_orthography_shows_the_word_in_kana_and_hides_its_kanji_elsewhere(bank: QuizBank) -> None:
    made = item(bank, Family.ORTHOGRAPHY, "w-nihon")
    assert made.stem.target_text == "にほん"
    assert "で にほんごを" in made.stem.text  # 日本語 would show the spelling
    assert made.choices[made.answer] == "日本"
    assert made.stem.solved[0] == Ruby("日本", "にほん")
    terebi = item(bank, Family.ORTHOGRAPHY, "w-terebi")
    assert terebi.stem.target_text == "てれび"
    assert terebi.instruction == "orthography-katakana"


@pytest.mark.parametrize(
    ("word_id", "mistake", "text", "named"),
    [
        ("w-yasumu", Mistake.LOOKALIKE_KANJI, "体みます", "kanji yang mirip: 体 vs 休"),
        ("w-mizu", Mistake.LOOKALIKE_KANJI, "氷", "kanji yang mirip: 氷 vs 水"),
        ("w-shatsu", Mistake.LOOKALIKE_KANA, "シャシ", "katakana yang mirip: シ"),
        ("w-shatsu", Mistake.SMALL_KANA, "シヤツ", "ャ harus ditulis kecil"),
        ("w-terebi", Mistake.LOOKALIKE_KANA, "テルビ", "katakana yang mirip: ル"),
        ("w-terebi", Mistake.LONG_MARK, "テーレビ", "tanda panjang ー tidak perlu"),
        ("w-koohii", Mistake.LONG_MARK, "コヒー", "tanda panjang ー hilang"),
        ("w-beddo", Mistake.SMALL_KANA, "ベド", "ッ kecil hilang"),
    ],
)
def test_orthography_distractors_are_look_alikes_and_slips(
    bank: QuizBank, word_id: str, mistake: Mistake, text: str, named: str
) -> None:
    kinds = by_kind(wrong_choices(bank, Family.ORTHOGRAPHY, word_id))
    assert text in kinds[mistake], dict(kinds)
    assert named in kinds[mistake][text].explanation.id


def test_no_spelling_of_a_word_read_the_same_is_offered(bank: QuizBank) -> None:
    """橋 and 箸 are both はし: neither is a wrong spelling of the other."""
    assert "箸" not in {c.text for c in wrong_choices(bank, Family.ORTHOGRAPHY, "w-hashi-bridge")}
    assert "橋" not in {
        c.text for c in wrong_choices(bank, Family.ORTHOGRAPHY, "w-hashi-chopsticks")
    }


# -- context word -----------------------------------------------------------------------------


def test_context_blanks_the_word_and_offers_verbs_in_the_same_form(bank: QuizBank) -> None:
    made = item(bank, Family.CONTEXT_WORD, "w-nomu")
    assert made.stem.mark is Mark.BLANK
    assert made.stem.target_text == BLANK
    assert made.stem.text == f"毎朝 牛乳を {BLANK}。"
    assert made.choices[made.answer] == "飲みます"
    assert all(choice.endswith("ます") for choice in made.choices)
    # After an object (牛乳を), verbs the course never shows with one: they cannot fit.
    takes_object = bank.lexicon.verbs_with_object()
    for choice in wrong_choices(bank, Family.CONTEXT_WORD, "w-nomu"):
        assert choice.word_id not in takes_object
        assert "tidak cocok dengan kalimat ini" in choice.explanation.id
    assert {"w-taberu", "w-kau"} <= takes_object


def test_context_distractors_are_other_words_of_the_same_kind(bank: QuizBank) -> None:
    nouns = {w.id for w in bank.lexicon.words if w.pos.value == "noun"}
    for choice in wrong_choices(bank, Family.CONTEXT_WORD, "w-kagi"):
        assert choice.word_id in nouns
        assert choice.mistake is Mistake.WRONG_WORD


def test_a_word_the_course_shows_in_the_same_place_is_never_a_distractor(bank: QuizBank) -> None:
    """もう and たくさん both stand before 食べました in the course: neither may be the
    wrong answer for the other, which leaves too few adverbs for either."""
    for word_id in ("w-mou", "w-takusan"):
        made = bank.build(Family.CONTEXT_WORD, word(bank, word_id), random.Random(0))
        assert isinstance(made, Skip)
    texts = {c.text for c in wrong_choices(bank, Family.CONTEXT_WORD, "w-yukkuri")}
    assert texts <= {"すこし", "もう", "たくさん"}


# -- meaning ----------------------------------------------------------------------------------


def test_meaning_checks_both_ways(bank: QuizBank) -> None:
    forward = item(bank, Family.MEANING_JA_ID, "w-mizu")
    assert forward.stem.pieces == (Ruby("水", "みず"),)
    assert forward.choices[forward.answer] == "air"
    reverse = item(bank, Family.MEANING_ID_JA, "w-mizu")
    assert reverse.stem.gloss is not None and reverse.stem.gloss.id == "air"
    assert reverse.choices[reverse.answer] == "水"
    assert reverse.options[reverse.answer].ruby == (Ruby("水", "みず"),)
    for choice in reverse.options:
        assert choice.explanation.id.startswith(("Benar", "Salah"))


@pytest.mark.parametrize(
    ("word_id", "never"),
    [
        ("w-hashi-bridge", {"sumpit", "箸"}),  # read the same
        ("w-hashi-chopsticks", {"jembatan", "橋"}),
        ("w-chichi", {"ayah", "お父さん"}),  # the same meaning
        ("w-otousan", {"ayah (saya)", "父"}),
    ],
)
def test_meaning_never_offers_a_word_read_or_meaning_alike(
    bank: QuizBank, word_id: str, never: set[str]
) -> None:
    for family in (Family.MEANING_JA_ID, Family.MEANING_ID_JA):
        texts = {c.text for c in wrong_choices(bank, family, word_id)}
        assert texts and not texts & never


# -- the bank ---------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_items(bank: QuizBank) -> None:
    for family in bank.families():
        first = bank.generate(family, None, random.Random(3), 6)
        assert first == bank.generate(family, None, random.Random(3), 6)
        assert len({i.word_id for i in first}) == len(first)


def test_authored_families_are_not_generated(bank: QuizBank) -> None:
    with pytest.raises(ValueError, match="authored"):
        bank.generate(Family.GRAMMAR_FORM, None, random.Random(1), 3)
