"""What the question families need to know about the whole course, computed once.

Words by written form and by reading (so no distractor is another valid reading or
spelling of the answer), the readings the course gives each kanji, the sentences a word
can be shown in, and whether two meanings overlap.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from nihongoku.core.content.course import Course, KanjiEntry, Sentence, VocabEntry
from nihongoku.core.content.schema import Bilingual, PartOfSpeech
from nihongoku.core.japanese import Ruby, is_kanji, plain_text, to_hiragana
from nihongoku.core.practice.quiz.inflection import (
    DICTIONARY,
    INFLECTING,
    VERBS,
    Inflected,
    inflections,
)
from nihongoku.core.practice.quiz.misreadings import VOICING_PAIRS

# Characters that end a word in a sentence written with spaces between phrases.
_BREAKS = set(" 　、。！？!?「」『』（）()・…,.")
# The first kana of what may follow a noun (a particle, です, さん …): a word written in
# kana is only recognised in a sentence when one of these (or a break) comes after it.
_AFTER_WORD = set("はがをにでへとのもやかねよだじさぐくごまこつなし")
# Parts of speech written right after another word: 二まい, 三さい.
_ATTACHING = {PartOfSpeech.COUNTER, PartOfSpeech.SUFFIX}


def _without_marks(kana: str) -> str:
    """Kana without ゛ and ゜: びゅうびゅう → ひゅうひゅう."""
    decomposed = unicodedata.normalize("NFD", kana)
    return "".join(ch for ch in decomposed if ch not in "\u3099\u309a")


def kana_key(text: str) -> str:
    """A reading as compared everywhere here: hiragana, without spaces."""
    return to_hiragana(text).replace(" ", "").replace("　", "")


@dataclass(frozen=True)
class Placement:
    """Where a word stands in a sentence: the sentence cut into units, and its range.

    A unit is a kanji run with its reading, or one other character. ``written`` says the
    sentence writes the word as the word is written (kanji); otherwise it is written in
    kana there.
    """

    sentence: Sentence
    units: tuple[Ruby, ...]
    start: int
    end: int
    form: Inflected
    written: bool
    own_example: bool

    @property
    def before(self) -> tuple[Ruby, ...]:
        return self.units[: self.start]

    @property
    def after(self) -> tuple[Ruby, ...]:
        return self.units[self.end :]

    @property
    def found(self) -> tuple[Ruby, ...]:
        return self.units[self.start : self.end]


# What dictionaries accept that the course does not teach: spoken short forms, old words,
# variant spellings. A generated distractor must never be one of them. The real-course
# test checks every distractor against JMdict and names what to add here when new lessons
# (or new distractor rules) trip it.
# Written form → readings (kanji-reading distractors).
UNTAUGHT_READINGS: dict[str, frozenset[str]] = {
    "本当": frozenset({"ほんと"}),
    "本当に": frozenset({"ほんとに"}),
    "大丈夫": frozenset({"だいじょぶ"}),
    "戻る": frozenset({"もとる"}),
    "夫": frozenset({"つま"}),
}
# Reading → written forms (orthography distractors).
UNTAUGHT_SPELLINGS: dict[str, frozenset[str]] = {
    "かく": frozenset({"画く"}),
    "だいがく": frozenset({"大覚"}),
    "くだもの": frozenset({"菓物"}),
    "しょうしょう": frozenset({"小々"}),
    "じ": frozenset({"寺", "持"}),
    "ひ": frozenset({"灯"}),
    "いんたーねっと": frozenset({"インタネット"}),
    "えるにーにょ": frozenset({"エルニニョ"}),
    "いんたびゅー": frozenset({"インタービュー"}),
    "はろうぃーん": frozenset({"ハロウィン"}),
    "すぷーん": frozenset({"スプン"}),
    "はらーる": frozenset({"ハラル"}),
    "きっちん": frozenset({"キチン"}),
    "てぃっしゅ": frozenset({"ティシュ"}),
    "ふぃりぴん": frozenset({"フィリッピン"}),
    "めっせーじ": frozenset({"メセージ"}),
    "にゅーす": frozenset({"ニューズ"}),
    "ばどみんとん": frozenset({"バトミントン"}),
}

T = TypeVar("T")

_UNVOICED = set("かきくけこさしすせそたちつてとはひふへほ")


def sound_variants(base: str) -> list[str]:
    """How a kanji's reading may sound inside a word: がく → がっ (学校), か → が (rendaku)."""
    found = [base]
    if base and base[0] in _UNVOICED:
        found += [v + base[1:] for v in VOICING_PAIRS.get(base[0], [])]
    found += [v[:-1] + "っ" for v in list(found) if len(v) > 1 and v[-1] in "くつちき"]
    return found


def merge(units: Iterable[Ruby]) -> list[Ruby]:
    """Join consecutive units without furigana back into pieces; runs with furigana stay
    apart."""
    pieces: list[Ruby] = []
    for unit in units:
        if unit.reading is None and pieces and pieces[-1].reading is None:
            pieces[-1] = Ruby(pieces[-1].text + unit.text)
        elif unit.text:
            pieces.append(unit)
    return pieces


def units_of(pieces: Iterable[Ruby]) -> list[Ruby]:
    """Kanji runs (with their readings) as one unit each, every other character alone."""
    units: list[Ruby] = []
    for piece in pieces:
        if piece.reading is not None:
            units.append(piece)
        else:
            units.extend(Ruby(ch) for ch in piece.text)
    return units


_GLOSS_SPLIT = re.compile(r"[;,/]")
_PARENTHESES = re.compile(r"\([^)]*\)|（[^）]*）")
_STOPWORDS = {
    # Indonesian
    "yang", "saya", "kamu", "anda", "orang", "di", "ke", "dari", "untuk", "dengan", "itu",
    "ini", "dan", "atau", "sesuatu", "se", "ber", "ter", "juga", "sangat", "sekali",
    # English
    "to", "a", "an", "the", "of", "be", "one's", "someone", "something", "is", "and", "or",
    "my", "your", "for", "in", "on", "at", "with", "very",
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _glosses(text: str) -> tuple[frozenset[str], ...]:
    """The senses of a meaning as sets of content words: "ibu (saya); mama" → {ibu}, {mama}."""
    senses = []
    for sense in _GLOSS_SPLIT.split(_PARENTHESES.sub(" ", text.lower())):
        words = frozenset(w for w in re.findall(r"[\w'’-]+", sense) if w not in _STOPWORDS)
        if words:
            senses.append(words)
    return tuple(senses)


def same_meaning(a: Bilingual, b: Bilingual) -> bool:
    """Whether two meanings share a sense, in Indonesian or in English.

    Deliberately generous: one sense contained in another ("ibu" in "ibu saya", "to go"
    in "to go out") counts as shared, so a distractor is never a near-synonym.
    """
    for left, right in ((a.id, b.id), (a.en, b.en)):
        for x in _glosses(left):
            for y in _glosses(right):
                if x <= y or y <= x:
                    return True
    return False


class Lexicon:
    """The course, indexed for making questions. Build one per course and reuse it."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.rank = {lesson.id: index for index, lesson in enumerate(course.lessons)}
        self.words: list[VocabEntry] = [w for lesson in course.lessons for w in lesson.vocabulary]
        self._by_id = {w.id: w for w in self.words}
        self.by_written: dict[str, list[VocabEntry]] = defaultdict(list)
        self.by_reading: dict[str, list[VocabEntry]] = defaultdict(list)
        for word in self.words:
            self.by_written[word.written].append(word)
            self.by_reading[kana_key(word.reading)].append(word)
        self.kanji: dict[str, KanjiEntry] = {
            k.char: k for lesson in course.lessons for k in lesson.kanji
        }
        self._readings = self._kanji_readings()
        # Every sentence of the course with the rank of the lesson it belongs to.
        self.sentences: list[tuple[int, Sentence]] = []
        for lesson in course.lessons:
            rank = self.rank[lesson.id]
            self.sentences += [(rank, w.example) for w in lesson.vocabulary if w.example]
            self.sentences += [(rank, s) for g in lesson.grammar for s in g.examples]
        self._latest_first = sorted(self.sentences, key=lambda pair: -pair[0])
        self._texts = {id(s): (s.text, kana_key(s.reading)) for _, s in self.sentences}
        self.plain_texts = [s.text for _, s in self.sentences]
        self._heard = self._readings_heard()
        self._inflections: dict[str, list[Inflected]] = {}
        self._patterns: dict[str, _Patterns] = {}
        self._with_object: frozenset[str] | None = None
        self._valid: dict[str, frozenset[str]] = {}
        self._memo: dict[Hashable, object] = {}

    def word(self, word_id: str) -> VocabEntry:
        """The course word with id ``word_id`` (KeyError when there is none)."""
        return self._by_id[word_id]

    def different_words(self, a: VocabEntry, b: VocabEntry) -> bool:
        """Whether ``a`` and ``b`` can stand side by side as choices: other ids, readings,
        spellings and meanings, and neither a reading of the other's written form.

        Readings that differ only by ゛/゜ count as the same (ひゅうひゅう, びゅうびゅう
        are one sound written two ways).
        """
        if a.id == b.id or a.written == b.written:
            return False
        ra, rb = kana_key(a.reading), kana_key(b.reading)
        if ra == rb or _without_marks(ra) == _without_marks(rb):
            return False
        if ra in self.valid_readings(b.written) or rb in self.valid_readings(a.written):
            return False
        return a.meaning.id != b.meaning.id and not same_meaning(a.meaning, b.meaning)

    # -- readings

    def _kanji_readings(self) -> dict[str, dict[str, str]]:
        """Kanji → {reading in hiragana: where the course teaches it}.

        From the kanji entries (on readings, kun readings without okurigana) and from
        single-kanji furigana of course words (生 in 生まれる → う, "生まれる").
        """
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for entry in self.kanji.values():
            for on in entry.on:
                found[entry.char].setdefault(to_hiragana(on), "on")
            for kun in entry.kun:
                stem = kun.split(".")[0].strip("-")
                if stem:
                    found[entry.char].setdefault(stem, "kun")
        for word in self.words:
            for piece in word.furigana:
                if piece.reading and len(piece.text) == 1:
                    found[piece.text].setdefault(kana_key(piece.reading), word.written)
        return found

    def _readings_heard(self) -> dict[str, set[str]]:
        """Kanji → the readings it has inside the course's kanji runs, sound changes and
        all (分 is ぷん in 何分[なんぷん]), found by splitting each run kanji by kanji."""
        heard: dict[str, set[str]] = defaultdict(set)
        runs = {
            (p.text, kana_key(p.reading))
            for pieces in (
                *(w.furigana for w in self.words),
                *(s.pieces for _, s in self.sentences),
            )
            for p in pieces
            if p.reading and len(p.text) > 1
        }
        for run, reading in sorted(runs):
            for char, variant, _base in self.segment(run, reading) or []:
                heard[char].add(variant)
        return heard

    def segment(self, run: str, reading: str) -> list[tuple[str, str, str]] | None:
        """Split the reading of a kanji run kanji by kanji: 学校/がっこう → (学, がっ, がく),
        (校, こう, こう): each kanji with the reading heard and the course reading it
        comes from.

        None when no split fits: jukujikun like 今日/きょう, or readings the course
        does not teach. Among several splits, the one with the fewest sound changes.
        """

        @functools.cache
        def walk(i: int, pos: int) -> tuple[tuple[str, str, str], ...] | None:
            if i == len(run):
                return () if pos == len(reading) else None
            best: tuple[tuple[str, str, str], ...] | None = None
            for base in sorted(self.kanji_readings(run[i])):
                for variant in sound_variants(base):
                    if variant and reading.startswith(variant, pos):
                        rest = walk(i + 1, pos + len(variant))
                        if rest is not None:
                            option = ((run[i], variant, base), *rest)
                            if best is None or _changes(option) < _changes(best):
                                best = option
            return best

        found = walk(0, 0)
        return list(found) if found is not None else None

    def kanji_readings(self, char: str) -> dict[str, str]:
        """The readings the course gives ``char``: reading → "on", "kun" or a word using it."""
        return self._readings.get(char, {})

    def kanji_ids(self, word: VocabEntry) -> list[str]:
        """The course's kanji entries for the kanji ``word`` is written with, in order."""
        ids: list[str] = []
        for ch in word.written:
            entry = self.kanji.get(ch)
            if entry is not None and entry.id not in ids:
                ids.append(entry.id)
        return ids

    def kanji_reading_set(self, char: str) -> set[str]:
        """Every reading of ``char`` the course knows, full kun words too (た.べる → たべる)."""
        readings = set(self.kanji_readings(char)) | self._heard.get(char, set())
        entry = self.kanji.get(char)
        if entry is not None:
            readings |= {kun.replace(".", "").strip("-") for kun in entry.kun}
        return readings

    def memo(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, computed once per ``key`` for this course (families keep their
        per-lesson lists here)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]  # type: ignore[return-value]

    def valid_readings(self, written: str) -> frozenset[str]:
        """Every reading the course gives the written form ``written`` (hiragana).

        A single kanji also counts as read with each of its own readings: 山 may be
        さん in 富士山, so さん is never offered as a wrong reading of 山.
        """
        known = self._valid.get(written)
        if known is None:
            readings = {kana_key(w.reading) for w in self.by_written.get(written, [])}
            readings |= UNTAUGHT_READINGS.get(written, frozenset())
            if len(written) == 1 and is_kanji(written):
                readings |= self.kanji_reading_set(written)
            known = frozenset(readings)
            self._valid[written] = known
        return known

    def spellings(self, reading: str) -> set[str]:
        """Every written form the course gives a reading."""
        return {w.written for w in self.by_reading.get(kana_key(reading), [])}

    def forms(self, word: VocabEntry) -> list[Inflected]:
        """The forms of ``word``, cached."""
        cached = self._inflections.get(word.id)
        if cached is None:
            cached = inflections(word)
            self._inflections[word.id] = cached
        return cached

    def verbs_with_object(self) -> frozenset[str]:
        """Ids of the verbs some course sentence uses right after an object (…を 飲みます),
        path objects included (道を わたります)."""
        if self._with_object is None:
            found: set[str] = set()
            for word in self.words:
                if word.pos not in VERBS:
                    continue
                for _, sentence in self.sentences:
                    for placement in self.find(word, sentence):
                        if plain_text(list(placement.before)).rstrip().endswith("を"):
                            found.add(word.id)
            self._with_object = frozenset(found)
        return self._with_object

    # -- finding words in sentences

    def placements(self, word: VocabEntry, limit: int = 1) -> list[Placement]:
        """Where ``word`` stands in the course's sentences, best first.

        Its own example first, then sentences of its lesson and earlier ones (latest
        first); written as the word is written before written in kana. Later lessons are
        left out: their sentences use words the learner has not met yet. The search stops
        once ``limit`` sentences write the word as it is written.
        """
        rank = self.rank[word.lesson_id]
        own = word.example
        earlier = (s for r, s in self._latest_first if r <= rank and s is not own)
        candidates = [own, *earlier] if own is not None else list(earlier)
        found: list[tuple[tuple[int, int, int], Placement]] = []
        written = 0
        for order, sentence in enumerate(candidates):
            for placement in self.find(word, sentence, own_example=sentence is own):
                key = (0 if placement.own_example else 1, 0 if placement.written else 1, order)
                found.append((key, placement))
                written += placement.written
                break
            if written >= limit:
                break
        found.sort(key=lambda pair: pair[0])
        return [placement for _, placement in found]

    def find(
        self, word: VocabEntry, sentence: Sentence, *, own_example: bool = False
    ) -> list[Placement]:
        """Every place ``sentence`` uses ``word`` (in any of its forms), left to right."""
        patterns = self._patterns_of(word)
        known = self._texts.get(id(sentence))
        text, reading = known if known else (sentence.text, kana_key(sentence.reading))
        if not (patterns.kanji and patterns.kanji in text) and patterns.kana not in reading:
            return []
        original = units_of(sentence.pieces)
        cut = _split_for(original, patterns.heads)
        units = [unit for unit, _ in cut]
        keys = _Keys([_exact_key(u) for u in units], [_kana_key(u) for u in units])
        found: list[Placement] = []
        index = 0
        while index < len(units):
            match = _longest_at(units, keys, index, patterns, word)
            if match is None:
                index += 1
                continue
            end, form, written = match
            kept, start, stop = _uncut(original, cut, index, end)
            found.append(Placement(sentence, kept, start, stop, form, written, own_example))
            index = end
        return found

    def _patterns_of(self, word: VocabEntry) -> _Patterns:
        cached = self._patterns.get(word.id)
        if cached is None:
            cached = _Patterns.of(self.forms(word))
            self._patterns[word.id] = cached
        return cached


@dataclass(frozen=True)
class _Pattern:
    form: Inflected
    keys: tuple[str, ...]  # unit keys (see _exact_key and _kana_key)
    written: bool  # the written form with kanji (else the reading in kana)
    ends_in_kana: bool


def _exact_key(unit: Ruby) -> str:
    """A unit compared as written: a kanji run with its reading, or one character."""
    return unit.text if unit.reading is None else f"{unit.text}[{kana_key(unit.reading)}]"


def _kana_key(unit: Ruby) -> str:
    """A unit compared by sound: one kana in hiragana ("" for a kanji run, which never
    matches a kana pattern)."""
    return kana_key(unit.text) if unit.reading is None else ""


@dataclass(frozen=True)
class _Patterns:
    """A word's forms as unit sequences to look for, with quick tests to skip a sentence."""

    by_first: dict[str, tuple[_Pattern, ...]]  # patterns by the key of their first unit
    heads: frozenset[tuple[str, str]]  # the kanji runs of the forms, with their readings
    kanji: str  # a kanji run every written form has ("" when none)
    kana: str  # the start every form's reading shares

    @classmethod
    def of(cls, forms: list[Inflected]) -> _Patterns:
        patterns: list[_Pattern] = []
        heads: set[tuple[str, str]] = set()
        for form in forms:
            units = units_of(form.pieces)
            has_kanji = any(u.reading is not None for u in units)
            last_kana = units[-1].reading is None
            if has_kanji:
                keys = tuple(_exact_key(u) for u in units)
                patterns.append(_Pattern(form, keys, True, last_kana))
            patterns.append(_Pattern(form, tuple(form.reading), False, True))
            heads |= {(p.text, kana_key(p.reading)) for p in form.pieces if p.reading}
        by_first: dict[str, list[_Pattern]] = defaultdict(list)
        for pattern in patterns:
            if pattern.keys:
                by_first[pattern.keys[0]].append(pattern)
        first = forms[0].pieces
        kanji = next((p.text[:1] for p in first if p.reading is not None), "")
        readings = [f.reading for f in forms]
        shared = readings[0]
        for reading in readings[1:]:
            while not reading.startswith(shared):
                shared = shared[:-1]
        grouped = {key: tuple(group) for key, group in by_first.items()}
        return cls(grouped, frozenset(heads), kanji, shared)


def _changes(split: tuple[tuple[str, str, str], ...]) -> int:
    return sum(variant != base for _, variant, base in split)


def _split_for(units: list[Ruby], heads: frozenset[tuple[str, str]]) -> list[tuple[Ruby, int]]:
    """Cut a sentence's kanji runs where a word's kanji run starts or ends one.

    一時間[いちじかん] holds 一[いち]: it becomes 一[いち] + 時間[じかん] so the word can
    be marked on its own. Only when the reading splits the same way. Each unit comes
    with the index of the unit it was cut from.
    """
    out: list[tuple[Ruby, int]] = []
    for origin, unit in enumerate(units):
        if unit.reading is None:
            out.append((unit, origin))
            continue
        text, reading = unit.text, kana_key(unit.reading)
        for head, head_reading in sorted(heads, key=lambda h: -len(h[0])):
            if text == head or len(text) <= len(head):
                continue
            if text.startswith(head) and reading.startswith(head_reading):
                rest = reading[len(head_reading) :]
                if rest:
                    out += [
                        (Ruby(head, head_reading), origin),
                        (Ruby(text[len(head) :], rest), origin),
                    ]
                    break
            if text.endswith(head) and reading.endswith(head_reading):
                rest = reading[: len(reading) - len(head_reading)]
                if rest:
                    head_unit = Ruby(head, head_reading)
                    out += [
                        (Ruby(text[: len(text) - len(head)], rest), origin),
                        (head_unit, origin),
                    ]
                    break
        else:
            out.append((unit, origin))
    return out


def _uncut(
    original: list[Ruby], cut: list[tuple[Ruby, int]], start: int, end: int
) -> tuple[tuple[Ruby, ...], int, int]:
    """The sentence's units with only the runs the word stands in left cut, and the word's
    range in them: 日本[にほん]で 日本語[にほんご]を stays whole where 日本 is not."""
    touched = {origin for _, origin in cut[start:end]}
    units: list[Ruby] = []
    new_start = new_end = 0
    for index, (unit, origin) in enumerate(cut):
        if index == start:
            new_start = len(units)
        if origin in touched:
            units.append(unit)
        elif index == 0 or cut[index - 1][1] != origin:
            units.append(original[origin])
        if index == end - 1:
            new_end = len(units)
    return tuple(units), new_start, new_end


def _is_break(unit: Ruby | None) -> bool:
    return unit is None or unit.text in _BREAKS


@dataclass(frozen=True)
class _Keys:
    exact: list[str]
    kana: list[str]


def _longest_at(
    units: list[Ruby], keys: _Keys, index: int, patterns: _Patterns, word: VocabEntry
) -> tuple[int, Inflected, bool] | None:
    """The longest form of the word starting at ``index``: (end, form, written as such)."""
    best: tuple[int, Inflected, bool] | None = None
    previous = units[index - 1] if index > 0 else None
    candidates = patterns.by_first.get(keys.exact[index], ())
    if keys.kana[index] and keys.kana[index] != keys.exact[index]:
        candidates += patterns.by_first.get(keys.kana[index], ())
    for pattern in candidates:
        end = index + len(pattern.keys)
        if end > len(units) or (best is not None and end <= best[0]):
            continue
        if pattern.written:
            if tuple(keys.exact[index:end]) != pattern.keys:
                continue
        elif tuple(keys.kana[index:end]) != pattern.keys:
            continue
        elif not (_is_break(previous) or (word.pos in _ATTACHING and _is_kanji_unit(previous))):
            # A word in kana must start a phrase (counters may follow a number: 二まい).
            continue
        following = units[end] if end < len(units) else None
        needs_end = pattern.form.form == DICTIONARY or word.pos not in INFLECTING
        if needs_end and pattern.ends_in_kana and not _word_may_end(following):
            continue
        best = (end, pattern.form, pattern.written)
    return best


def _is_kanji_unit(unit: Ruby | None) -> bool:
    return unit is not None and unit.reading is not None


def _word_may_end(following: Ruby | None) -> bool:
    if following is None or following.reading is not None:
        return True
    return following.text in _BREAKS or to_hiragana(following.text) in _AFTER_WORD
