"""The one place that knows how kana, romaji and furigana work.

Romaji is derived from readings, never typed in lesson files. It follows Hepburn for
consonants (shi, chi, tsu, fu, ji) and spells long vowels as the kana do (ou, uu, ei;
katakana ー repeats the vowel: コーヒー → koohii). That is unambiguous, reversible, and
what learners type into a Japanese input method. Libraries measured here got basic cases
wrong (ティー → "tei-"/"teii", きんえん → "kinen", まっちゃ → "maccha"), so the table is ours.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

_HIRA_START, _HIRA_END = 0x3041, 0x3096
_KATA_OFFSET = 0x60
_TO_KATA = {c: c + _KATA_OFFSET for c in range(_HIRA_START, _HIRA_END + 1)}
_TO_HIRA = {v: k for k, v in _TO_KATA.items()}


def to_katakana(text: str) -> str:
    return text.translate(_TO_KATA)


def to_hiragana(text: str) -> str:
    return text.translate(_TO_HIRA)


def is_hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u3096" or ch in "ゝゞ"


def is_katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch in "ーヽヾ"


def is_kana(text: str) -> bool:
    """True when ``text`` is non-empty and only kana (spaces between words allowed)."""
    chars = text.replace(" ", "")
    return bool(chars) and all(is_hiragana(c) or is_katakana(c) for c in chars)


def is_kanji(ch: str) -> bool:
    return ch == "々" or ch == "〆" or unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH")


def has_kanji(text: str) -> bool:
    return any(is_kanji(c) for c in text)


# -- kana → romaji ------------------------------------------------------------------------

_SINGLE_KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ"
    "らりるれろわゐゑをんがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ"
    "ぁぃぅぇぉゃゅょゎ"
)
_SINGLE_ROMAJI = (
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no "
    "ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa i e o n "
    "ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po vu "
    "a i u e o ya yu yo wa"
)
_SINGLE = dict(zip(_SINGLE_KANA, _SINGLE_ROMAJI.split(), strict=True))

# Two-kana sounds: yōon (きゃ) and the combinations katakana uses for loanwords (ティ).
_PAIRS = {
    **{
        base + small: stem + vowel
        for base, stem in {
            "き": "ky", "ぎ": "gy", "し": "sh", "じ": "j", "ち": "ch", "ぢ": "j", "に": "ny",
            "ひ": "hy", "び": "by", "ぴ": "py", "み": "my", "り": "ry",
        }.items()
        for small, vowel in (("ゃ", "a"), ("ゅ", "u"), ("ょ", "o"))
    },
    "しぇ": "she", "じぇ": "je", "ちぇ": "che", "いぇ": "ye",
    "てぃ": "ti", "でぃ": "di", "てゅ": "tyu", "でゅ": "dyu", "とぅ": "tu", "どぅ": "du",
    "ふぁ": "fa", "ふぃ": "fi", "ふぇ": "fe", "ふぉ": "fo", "ふゅ": "fyu",
    "うぃ": "wi", "うぇ": "we", "うぉ": "wo",
    "ゔぁ": "va", "ゔぃ": "vi", "ゔぇ": "ve", "ゔぉ": "vo",
    "つぁ": "tsa", "つぃ": "tsi", "つぇ": "tse", "つぉ": "tso",
    "くぁ": "kwa", "ぐぁ": "gwa",
}  # fmt: skip

_VOWELS = "aiueo"


def syllables(kana: str) -> list[str]:
    """Split kana into the units romaji is written for: mora, yōon pairs, っ, ー, ん."""
    text = to_hiragana(kana)
    units: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in _PAIRS:
            units.append(pair)
            i += 2
        else:
            units.append(text[i])
            i += 1
    return units


def _with_next(units: list[str]) -> Iterator[tuple[str, str]]:
    """Each unit with the one after it ("" at the end): っ and ん depend on what follows."""
    for index, unit in enumerate(units):
        yield unit, units[index + 1] if index + 1 < len(units) else ""


def romaji(kana: str, *, phrase: bool = False) -> str:
    """Hepburn romaji of a kana reading (spaces are kept).

    ``phrase``: the reading is a set phrase whose final は is the topic particle, read
    "wa" (こんにちは → konnichiwa, では → dewa); in a plain word は is always "ha".
    """
    if phrase and kana.endswith("は") and len(kana) > 1:
        return romaji(kana[:-1]) + "wa"
    out: list[str] = []
    for unit, following in _with_next(syllables(kana)):
        if unit == " ":
            out.append(" ")
        elif unit == "っ":
            nxt = _unit_romaji(following) if following else ""
            if nxt.startswith("ch"):
                out.append("t")  # まっちゃ → matcha
            elif nxt and nxt[0] not in _VOWELS:
                out.append(nxt[0])
            # a trailing or vowel-initial っ (a glottal stop) is not written in Hepburn
        elif unit == "ー":
            previous = "".join(out).rstrip()
            out.append(previous[-1] if previous and previous[-1] in _VOWELS else "")
        elif unit == "ん":
            nxt = _unit_romaji(following) if following else ""
            out.append("n'" if nxt and nxt[0] in _VOWELS + "y" else "n")
        else:
            out.append(_unit_romaji(unit))
    return "".join(out)


def _unit_romaji(unit: str) -> str:
    if unit in _PAIRS:
        return _PAIRS[unit]
    if unit in _SINGLE:
        return _SINGLE[unit]
    if unit in ("ゝ", "ゞ", "っ", "ー", " ", "ん"):
        return ""
    raise ValueError(f"not kana: {unit!r}")


# -- typed romaji answers -------------------------------------------------------------------

# Accepted spellings besides Hepburn: Kunrei/Nihon-shiki and what input methods accept.
_ALTERNATIVES = {
    "shi": ["si"], "chi": ["ti"], "tsu": ["tu"], "fu": ["hu"], "ji": ["zi", "di"],
    "zu": ["du"], "o": ["wo"], "sha": ["sya"], "shu": ["syu"], "sho": ["syo"],
    "cha": ["tya", "cya"], "chu": ["tyu", "cyu"], "cho": ["tyo", "cyo"],
    "ja": ["zya", "jya", "dya"], "ju": ["zyu", "jyu", "dyu"], "jo": ["zyo", "jyo", "dyo"],
    "she": ["sye"], "che": ["tye"], "je": ["zye", "jye"],
}  # fmt: skip


@cache
def _answer_pattern(kana: str) -> re.Pattern[str]:
    parts: list[str] = []
    for unit, following in _with_next(syllables(kana)):
        if unit == " ":
            parts.append(" ?")
        elif unit == "っ":
            spellings = _spellings(following) if following else [""]
            doubled = {s[0] for s in spellings if s and s[0] not in _VOWELS}
            doubled |= {"t"} if any(s.startswith("ch") for s in spellings) else set()
            parts.append("(?:" + "|".join(sorted(doubled | {"xtu", "ltu", "xtsu"})) + ")")
        elif unit == "ー":
            parts.append("(?:-|[aiueo])")
        elif unit == "ん":
            labial = _unit_romaji(following)[:1] in ("b", "m", "p") if following else False
            parts.append("(?:n'|nn|n|m)" if labial else "(?:n'|nn|n)")  # shimbun
        else:
            parts.append("(?:" + "|".join(re.escape(s) for s in _spellings(unit)) + ")")
    return re.compile("".join(parts))


def _spellings(unit: str) -> list[str]:
    main = _unit_romaji(unit)
    return [main, *_ALTERNATIVES.get(main, [])]


def romaji_matches(answer: str, kana: str) -> bool:
    """Whether a learner's typed romaji spells ``kana`` (shi/si, tsu/tu, n/nn, … accepted)."""
    # NFKC: full-width letters typed with a Japanese keyboard become ASCII; ā stays ā.
    typed = unicodedata.normalize("NFKC", answer).strip().lower().replace("’", "'")
    pattern = _answer_pattern(kana)
    return any(pattern.fullmatch(candidate) for candidate in _macron_spellings(typed))


_MACRONS = {"ā": ("aa",), "ī": ("ii",), "ū": ("uu",), "ē": ("ee", "ei"), "ō": ("ou", "oo")}


def _macron_spellings(typed: str) -> list[str]:
    """tōkyō may mean toukyou; kōhī means koohii: try each way of writing a long vowel."""
    spellings = [""]
    for ch in typed[:40]:
        options = _MACRONS.get(ch, (ch,))
        spellings = [s + option for s in spellings for option in options][:64]
    return spellings


def _typing_table() -> dict[str, str]:
    """Romaji → hiragana as an input method reads it (Hepburn, Kunrei and IME spellings)."""
    # Pairs first, so single kana win where both claim a spelling: an IME reads "tu" as
    # つ and "ti" as ち; ティ is typed "thi".
    table = {
        spelling: kana
        for kana, main in [*_PAIRS.items(), *_SINGLE.items()]
        if kana[0] not in "ゐゑぢづ" and kana not in "ぁぃぅぇぉゃゅょゎをん"
        for spelling in (main, *_ALTERNATIVES.get(main, []))
    }
    table.update({"wo": "を", "di": "ぢ", "du": "づ", "-": "ー", "n'": "ん"})
    table.update({"thi": "てぃ", "dhi": "でぃ", "twu": "とぅ", "dwu": "どぅ"})
    table.update({prefix + _SINGLE[k]: k for k in "ぁぃぅぇぉゃゅょゎ" for prefix in "xl"})
    table.update({"xtu": "っ", "ltu": "っ", "xtsu": "っ", "ltsu": "っ"})
    return table


_TYPING = _typing_table()
_TYPING_LONGEST = max(len(key) for key in _TYPING)


def kana_from_romaji(typed: str, *, finished: bool = False) -> str:
    """What a Japanese input method shows while romaji is typed: きょう for "kyou".

    For a preview as the learner types: an unfinished syllable stays in Latin letters
    ("kyo" + "u" → きょう, but "ky" → "ky"); a final lone n stays n until the next key,
    or becomes ん once the answer is ``finished``. Grading does not use this
    (romaji_matches accepts every spelling).
    """
    if finished and typed.rstrip().lower().endswith("n") and not typed.rstrip().endswith("nn"):
        typed = typed.rstrip() + "n"
    text = unicodedata.normalize("NFKC", typed).lower()
    out: list[str] = []
    i = 0
    while i < len(text):
        ch, nxt = text[i], text[i + 1 : i + 2]
        after = text[i + 2 : i + 3]
        if ch == "n" and nxt == "n":
            # nn → ん; but in Hepburn (konnichiha, konnyaku) the second n starts に/にゃ
            out.append("ん")
            i += 1 if after and after in _VOWELS + "y" else 2
            continue
        if ch == "n" and nxt and nxt not in _VOWELS + "y'":
            out.append("ん")
            i += 1
            continue
        if ch.isalpha() and ch not in _VOWELS and ch == nxt:
            out.append("っ")  # gakkou
            i += 1
            continue
        if text.startswith("tch", i):
            out.append("っ")  # matcha
            i += 1
            continue
        for length in range(min(_TYPING_LONGEST, len(text) - i), 0, -1):
            kana = _TYPING.get(text[i : i + length])
            if kana is not None:
                out.append(kana)
                i += length
                break
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def typed_answer_matches(typed: str, written: str, reading: str) -> bool:
    """A recall answer: romaji in any accepted spelling, or kana, or the written form."""
    answer = unicodedata.normalize("NFKC", typed).strip()
    if not answer:
        return False
    if any(is_kana(ch) or is_kanji(ch) for ch in answer):
        plain = answer.replace(" ", "").replace("\u3000", "")
        return plain == written.replace(" ", "") or to_hiragana(plain) == to_hiragana(
            reading.replace(" ", "")
        )
    return romaji_matches(answer, reading)


# -- furigana -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ruby:
    """A piece of written text, with its reading when the piece is kanji.

    ``underline`` marks the part of a question the test underlines (the word to read, the
    phrase to paraphrase); screens and paper draw the line under the text, not the reading.
    """

    text: str
    reading: str | None = None
    underline: bool = False


class FuriganaError(ValueError):
    pass


def furigana(written: str, reading: str) -> list[Ruby]:
    """Place ``reading`` over the kanji of ``written`` only (食[た]べる, not 食べる[たべる]).

    Kana in the written form anchor the match; when the anchors allow more than one
    split (two kanji groups with nothing between them to tell them apart) the reading
    goes over the whole kanji group, and when nothing fits FuriganaError is raised.
    """
    groups = _kanji_groups(written)
    if not any(is_kanji_group for _, is_kanji_group in groups):
        if to_hiragana(written) != to_hiragana(reading):
            raise FuriganaError(f"{written} is kana but its reading is {reading}")
        return [Ruby(written)]
    pattern = "".join("(.+?)" if kanji else re.escape(to_hiragana(text)) for text, kanji in groups)
    matches = _all_matches(pattern, to_hiragana(reading))
    if not matches:
        raise FuriganaError(f"the reading {reading} does not fit {written}")
    if len(matches) > 1:
        raise FuriganaError(
            f"the reading {reading} fits {written} in more than one way; "
            f"give it as 'furigana' (e.g. {groups[0][0]}[…])"
        )
    readings = iter(matches[0])
    pieces = [Ruby(text, next(readings)) if kanji else Ruby(text) for text, kanji in groups]
    return _restore_script(pieces, reading)


def _restore_script(pieces: list[Ruby], reading: str) -> list[Ruby]:
    """Give each reading the script the data used (katakana readings stay katakana)."""
    if reading == to_hiragana(reading):
        return pieces
    return [Ruby(p.text, to_katakana(p.reading)) if p.reading else p for p in pieces]


def _kanji_groups(written: str) -> list[tuple[str, bool]]:
    groups: list[tuple[str, bool]] = []
    for ch in written:
        kanji = is_kanji(ch)
        if groups and groups[-1][1] == kanji:
            groups[-1] = (groups[-1][0] + ch, kanji)
        else:
            groups.append((ch, kanji))
    return groups


def _all_matches(pattern: str, reading: str) -> list[tuple[str, ...]]:
    """Every way the lazy groups can split ``reading`` (regex gives only the first)."""
    count = pattern.count("(.+?)")
    found: list[tuple[str, ...]] = []
    literals = re.split(r"\(\.\+\?\)", pattern)

    def walk(pos: int, index: int, taken: tuple[str, ...]) -> None:
        literal = re.sub(r"\\(.)", r"\1", literals[index])
        if not reading.startswith(literal, pos):
            return
        pos += len(literal)
        if index == count:
            if pos == len(reading):
                found.append(taken)
            return
        for end in range(pos + 1, len(reading) + 1):
            walk(end, index + 1, (*taken, reading[pos:end]))

    walk(0, 0, ())
    return found


_BRACKETS = re.compile(r"([^\[\]]*?)([々〆\u3400-\u9fff\uf900-\ufaff]+)\[([^\[\]]+)\]")


def parse_bracketed(text: str) -> list[Ruby]:
    """Read ``雨[あめ]が降[ふ]る`` notation: each kanji run carries its reading in brackets."""
    pieces: list[Ruby] = []
    position = 0
    for match in _BRACKETS.finditer(text):
        if match.start() != position:
            break
        before, base, reading = match.groups()
        if before:
            pieces.append(Ruby(before))
        pieces.append(Ruby(base, reading))
        position = match.end()
    rest = text[position:]
    if "[" in rest or "]" in rest:
        raise FuriganaError(f"a bracket without kanji before it near {rest[:12]!r}")
    if rest:
        pieces.append(Ruby(rest))
    return pieces


def plain_text(pieces: list[Ruby]) -> str:
    return "".join(p.text for p in pieces)


def marked_text(pieces: list[Ruby]) -> str:
    """The text without readings, for places that cannot draw a line (a preview, a
    terminal): the underlined part is kept recognisable between 【 】."""
    return _marked(pieces, lambda p: p.text, "【", "】")


def _marked(pieces: list[Ruby], show: Callable[[Ruby], str], start: str, end: str) -> str:
    text = []
    inside = False
    for piece in pieces:
        if piece.underline != inside:
            text.append(start if piece.underline else end)
            inside = piece.underline
        text.append(show(piece))
    return "".join(text) + (end if inside else "")


def reading_of(pieces: list[Ruby]) -> str:
    return "".join(p.reading if p.reading is not None else p.text for p in pieces)


def bracketed(pieces: list[Ruby]) -> str:
    """Bracket notation, an underlined part between __ as the lesson files write it."""
    return _marked(pieces, lambda p: f"{p.text}[{p.reading}]" if p.reading else p.text, "__", "__")
