"""Wrong readings learners really produce, made from a right one.

Each function takes a reading in hiragana and which of its characters may change (the
kana over kanji; okurigana stays as written) and returns every slip of one kind: voicing
(か/が), long vowels (こう/こ), small っ, small ゃゅょ. A slip knows which part of the
reading it changed, so the explanation can show "こう, bukan こ".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nihongoku.core.practice.quiz.items import Mistake

# Pairs that differ only by the voicing marks: unvoiced/voiced (゛) and ば/ぱ (゛/゜).
_VOICED = (
    "かが きぎ くぐ けげ こご さざ しじ すず せぜ そぞ ただ てで とど はば ひび ふぶ へべ ほぼ"
)
_HANDAKUTEN = "はぱ ひぴ ふぷ へぺ ほぽ ばぱ びぴ ぶぷ べぺ ぼぽ"
VOICING_PAIRS: dict[str, list[str]] = {}
for _pair in (_VOICED + " " + _HANDAKUTEN).split():
    VOICING_PAIRS.setdefault(_pair[0], []).append(_pair[1])
    VOICING_PAIRS.setdefault(_pair[1], []).append(_pair[0])

_VOWEL_ROWS = {
    "a": "あかがさざただなはばぱまやらわぁゃ",
    "i": "いきぎしじちぢにひびぴみりぃ",
    "u": "うくぐすずつづぬふぶぷむゆるぅゅ",
    "e": "えけげせぜてでねへべぺめれぇ",
    "o": "おこごそぞとどのほぼぽもよろをぉょ",
}
VOWEL = {ch: vowel for vowel, row in _VOWEL_ROWS.items() for ch in row}
# The kana that lengthens a vowel, as words are usually spelled: こう, すう, せい, かあ, いい.
_LENGTHENER = {"a": "あ", "i": "い", "u": "う", "e": "い", "o": "う"}
_ALSO_LONG = {("o", "お"), ("e", "え")}  # おおきい, ねえさん
SMALL_Y = {"ゃ": "や", "ゅ": "ゆ", "ょ": "よ"}
BIG_Y = {big: small for small, big in SMALL_Y.items()}
_I_ROW_CONSONANTS = set("きぎしじちにひびぴみり")
# っ doubles these consonants only (k, s, t, p); it never comes before a vowel or n/m.
_DOUBLES = set("かきくけこさしすせそたちつてとぱぴぷぺぽ")
_NOT_A_MORA = set("んっーゃゅょぁぃぅぇぉ")


@dataclass(frozen=True)
class Slip:
    """A wrong reading and the part of it that differs from the right one."""

    reading: str
    mistake: Mistake
    right: str  # the differing part of the right reading, with a kana either side
    wrong: str  # the same part in the wrong reading
    pair: str = ""  # the two kana confused, when the slip is about one pair: "か/が"


def differing_part(right: str, wrong: str) -> tuple[str, str]:
    """The part where two readings differ, widened by one kana either side for context."""
    start = 0
    while start < min(len(right), len(wrong)) and right[start] == wrong[start]:
        start += 1
    end = 0
    while (
        end < min(len(right), len(wrong)) - start
        and right[len(right) - 1 - end] == wrong[len(wrong) - 1 - end]
    ):
        end += 1
    lo = max(0, start - 1)
    if lo > 0 and right[lo] in SMALL_Y:
        lo -= 1  # keep きょ together
    hi_right = min(len(right), len(right) - end + 1)
    hi_wrong = min(len(wrong), len(wrong) - end + 1)
    if hi_right < len(right) and right[hi_right] in SMALL_Y:
        hi_right += 1
        hi_wrong += 1
    return right[lo:hi_right], wrong[lo:hi_wrong]


def _slip(right: str, wrong: str, mistake: Mistake, pair: str = "") -> Slip:
    shown_right, shown_wrong = differing_part(right, wrong)
    return Slip(wrong, mistake, shown_right, shown_wrong, pair)


def voicing_slips(reading: str, editable: Sequence[bool]) -> list[Slip]:
    """か↔が, た↔だ, は↔ば↔ぱ … on each kana that may change."""
    slips = []
    for i, ch in enumerate(reading):
        if not editable[i]:
            continue
        for other in VOICING_PAIRS.get(ch, []):
            wrong = reading[:i] + other + reading[i + 1 :]
            slips.append(_slip(reading, wrong, Mistake.VOICING, f"{ch}/{other}"))
    return slips


def _lengthened(reading: str, i: int) -> bool:
    """Whether reading[i] lengthens the vowel before it (こう, せい, おお)."""
    if i == 0 or reading[i - 1] in "んっ":
        return False
    if i + 1 < len(reading) and reading[i + 1] in "ぁぃぅぇぉゃゅょ":
        return False  # う in うぃ starts a new sound
    vowel = VOWEL.get(reading[i - 1])
    if vowel is None:
        return False
    return reading[i] == _LENGTHENER[vowel] or (vowel, reading[i]) in _ALSO_LONG


def long_vowel_slips(
    reading: str, editable: Sequence[bool], shortenable: Sequence[bool] | None = None
) -> list[Slip]:
    """A long vowel made short (こうこう → こうこ) or a short one made long (こ → こう).

    ``shortenable`` limits where a long vowel may be shortened (default: ``editable``).
    """
    short = editable if shortenable is None else shortenable
    slips = []
    for i in range(1, len(reading)):
        if short[i] and short[i - 1] and _lengthened(reading, i):
            slips.append(_slip(reading, reading[:i] + reading[i + 1 :], Mistake.LONG_VOWEL))
    for i, ch in enumerate(reading):
        end = i + 1
        if end < len(reading) and reading[end] in SMALL_Y:
            end += 1
        if not editable[i] or ch in _NOT_A_MORA or ch not in VOWEL or _lengthened(reading, i):
            continue
        vowel = VOWEL[reading[end - 1]]
        if vowel not in "oe" and reading[end - 1] != "ゅ":
            continue  # こう, せい, しゅう are misheard; かあ, いい, すう rarely
        if end == len(reading) or reading[end] == "ん":
            continue  # めい for め, でいんわ for でんわ: not slips anyone makes
        lengthener = _LENGTHENER[vowel]
        if end < len(reading) and (reading[end] == lengthener or reading[end] in "ーっ"):
            continue
        wrong = reading[:end] + lengthener + reading[end:]
        slips.append(_slip(reading, wrong, Mistake.LONG_VOWEL))
    return slips


def sokuon_slips(
    reading: str, editable: Sequence[bool], boundaries: Sequence[int] = ()
) -> list[Slip]:
    """A small っ left out (がっこう → がこう) or put in where one could be.

    Put in only where learners expect one: where a kanji reading ending in く, つ, ち or
    き meets a k/s/t/p sound (すいぞくかん → すいぞっかん; ``boundaries`` are the
    positions where one kanji's reading ends and the next begins), or inside a two-kana
    reading (まち → まっち).
    """
    slips = []
    for i, ch in enumerate(reading):
        if ch == "っ" and editable[i] and i + 1 < len(reading):
            if reading[i + 1 :] == "つ":
                continue  # よっつ and よつ are both readings of 四つ
            slips.append(_slip(reading, reading[:i] + reading[i + 1 :], Mistake.SOKUON))
    for i in boundaries:
        inside = 1 < i < len(reading) and editable[i - 1] and editable[i]
        if inside and reading[i - 1] in "くつちき" and reading[i] in _DOUBLES:
            wrong = reading[: i - 1] + "っ" + reading[i:]
            slips.append(_slip(reading, wrong, Mistake.SOKUON))
    return slips


def short_word_sokuon(reading: str) -> list[Slip]:
    """っ put into a two-kana reading: まち → まっち, きて → きって."""
    if len(reading) == 2 and reading[0] in VOWEL and reading[1] in _DOUBLES:
        return [_slip(reading, reading[0] + "っ" + reading[1], Mistake.SOKUON)]
    return []


def yoon_slips(reading: str, editable: Sequence[bool]) -> list[Slip]:
    """Small ゃゅょ written big (きょう → きよう) or big ones made small (びよう → びょう)."""
    slips = []
    for i, ch in enumerate(reading):
        if not editable[i] or i == 0:
            continue
        if ch in SMALL_Y:
            wrong = reading[:i] + SMALL_Y[ch] + reading[i + 1 :]
            slips.append(_slip(reading, wrong, Mistake.YOON, f"{ch}/{SMALL_Y[ch]}"))
        elif ch in BIG_Y and reading[i - 1] in _I_ROW_CONSONANTS and editable[i - 1]:
            wrong = reading[:i] + BIG_Y[ch] + reading[i + 1 :]
            slips.append(_slip(reading, wrong, Mistake.YOON, f"{ch}/{BIG_Y[ch]}"))
    return slips
