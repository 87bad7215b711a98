"""Parts of speech as instructors write them in a word list: Indonesian (kata benda,
kata kerja 2, kata sifat-na), English, Japanese (名詞) or the lesson format's own values."""

from __future__ import annotations

import unicodedata

from nihongoku.core.content.schema import PartOfSpeech
from nihongoku.core.japanese import to_hiragana


def _words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return tuple("".join(c if c.isalnum() else " " for c in folded).split())


P = PartOfSpeech
VERB = "verb"  # a verb whose group the sheet does not say
ADJECTIVE = "adjective"  # an adjective whose kind the sheet does not say

_POS_NAMES: dict[str, PartOfSpeech | str] = {
    **{p.value: p for p in PartOfSpeech},
    "noun": P.NOUN, "kata benda": P.NOUN, "kb": P.NOUN, "nomina": P.NOUN, "名詞": P.NOUN,
    "pronoun": P.PRONOUN, "kata ganti": P.PRONOUN, "pronomina": P.PRONOUN,
    "代名詞": P.PRONOUN,
    "verb": VERB, "kata kerja": VERB, "kk": VERB, "verba": VERB, "動詞": VERB,
    "verb 1": P.VERB_GODAN, "verb group 1": P.VERB_GODAN, "godan": P.VERB_GODAN,
    "u verb": P.VERB_GODAN, "kata kerja 1": P.VERB_GODAN, "kata kerja golongan 1": P.VERB_GODAN,
    "kk1": P.VERB_GODAN, "kk 1": P.VERB_GODAN, "verba 1": P.VERB_GODAN,
    "golongan 1": P.VERB_GODAN, "grup 1": P.VERB_GODAN, "五段動詞": P.VERB_GODAN,
    "verb 2": P.VERB_ICHIDAN, "verb group 2": P.VERB_ICHIDAN, "ichidan": P.VERB_ICHIDAN,
    "ru verb": P.VERB_ICHIDAN, "kata kerja 2": P.VERB_ICHIDAN,
    "kata kerja golongan 2": P.VERB_ICHIDAN, "kk2": P.VERB_ICHIDAN, "kk 2": P.VERB_ICHIDAN,
    "verba 2": P.VERB_ICHIDAN, "golongan 2": P.VERB_ICHIDAN, "grup 2": P.VERB_ICHIDAN,
    "一段動詞": P.VERB_ICHIDAN,
    "verb 3": P.VERB_IRREGULAR, "verb group 3": P.VERB_IRREGULAR,
    "irregular": P.VERB_IRREGULAR, "irregular verb": P.VERB_IRREGULAR,
    "kata kerja 3": P.VERB_IRREGULAR, "kata kerja golongan 3": P.VERB_IRREGULAR,
    "kk3": P.VERB_IRREGULAR, "kk 3": P.VERB_IRREGULAR, "verba 3": P.VERB_IRREGULAR,
    "golongan 3": P.VERB_IRREGULAR, "grup 3": P.VERB_IRREGULAR,
    "kata kerja tidak beraturan": P.VERB_IRREGULAR,
    "suru noun": P.SURU_NOUN, "kata benda suru": P.SURU_NOUN, "kb suru": P.SURU_NOUN,
    "adjective": ADJECTIVE, "kata sifat": ADJECTIVE, "ks": ADJECTIVE, "adjektiva": ADJECTIVE,
    "形容詞": ADJECTIVE,
    "i adjective": P.I_ADJECTIVE, "adjective i": P.I_ADJECTIVE, "kata sifat i": P.I_ADJECTIVE,
    "ks i": P.I_ADJECTIVE, "adjektiva i": P.I_ADJECTIVE, "i adj": P.I_ADJECTIVE,
    "い形容詞": P.I_ADJECTIVE,
    "na adjective": P.NA_ADJECTIVE, "adjective na": P.NA_ADJECTIVE,
    "kata sifat na": P.NA_ADJECTIVE, "ks na": P.NA_ADJECTIVE, "adjektiva na": P.NA_ADJECTIVE,
    "na adj": P.NA_ADJECTIVE, "な形容詞": P.NA_ADJECTIVE, "形容動詞": P.NA_ADJECTIVE,
    "adverb": P.ADVERB, "kata keterangan": P.ADVERB, "adverbia": P.ADVERB, "副詞": P.ADVERB,
    "particle": P.PARTICLE, "partikel": P.PARTICLE, "kata bantu": P.PARTICLE,
    "助詞": P.PARTICLE,
    "conjunction": P.CONJUNCTION, "kata sambung": P.CONJUNCTION, "konjungsi": P.CONJUNCTION,
    "kata hubung": P.CONJUNCTION, "接続詞": P.CONJUNCTION,
    "counter": P.COUNTER, "kata penggolong": P.COUNTER, "satuan hitung": P.COUNTER,
    "penghitung": P.COUNTER, "助数詞": P.COUNTER,
    "number": P.NUMERAL, "numeral": P.NUMERAL, "angka": P.NUMERAL, "bilangan": P.NUMERAL,
    "kata bilangan": P.NUMERAL, "numeralia": P.NUMERAL, "数詞": P.NUMERAL,
    "prefix": P.PREFIX, "awalan": P.PREFIX, "接頭辞": P.PREFIX,
    "suffix": P.SUFFIX, "akhiran": P.SUFFIX, "接尾辞": P.SUFFIX,
    "interjection": P.INTERJECTION, "kata seru": P.INTERJECTION, "interjeksi": P.INTERJECTION,
    "感動詞": P.INTERJECTION,
    "expression": P.EXPRESSION, "ungkapan": P.EXPRESSION, "ekspresi": P.EXPRESSION,
    "salam": P.EXPRESSION, "表現": P.EXPRESSION, "あいさつ": P.EXPRESSION,
}  # fmt: skip


def _pos_key(text: str) -> str:
    return " ".join(_words(text.replace("-", " ").replace("_", " ")))


_POS = {_pos_key(name): value for name, value in _POS_NAMES.items()}

# the i and e rows of hiragana: a verb in -iru/-eru may be group 1 or 2 (帰る, 見る)
_I_E_ROW = set("いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ")


def parse_pos(text: str, reading: str) -> PartOfSpeech | str | None:
    """The part of speech a cell names; VERB or ADJECTIVE when the kind is not clear from
    the cell or the word; None when the cell names nothing known."""
    found = _POS.get(_pos_key(text))
    kana = to_hiragana(reading)
    if found == VERB and kana:
        if kana.endswith("する") or kana == "くる":
            return P.VERB_IRREGULAR
        if kana[-1] in "うくぐすつぬぶむ" or (kana.endswith("る") and kana[-2:-1] not in _I_E_ROW):
            return P.VERB_GODAN  # only -iru/-eru verbs can be group 2
    if found == ADJECTIVE and kana and not kana.endswith("い"):
        return P.NA_ADJECTIVE  # an i-adjective ends in い; きれい (na) shows why い is unclear
    return found
