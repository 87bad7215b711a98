"""The forms a course word takes in a sentence: 飲む → 飲みます, 飲んで, 飲まない …

Used to find a word in its example sentence (where it is usually conjugated) and to put
another word into the same form for a context question. Only the forms N5 sentences use
are made; each form keeps the furigana of the word (来る → 来[き]ます).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from nihongoku.core.content.course import VocabEntry
from nihongoku.core.content.schema import PartOfSpeech
from nihongoku.core.japanese import Ruby, plain_text, reading_of, to_hiragana

DICTIONARY = "dictionary"

VERBS = {PartOfSpeech.VERB_GODAN, PartOfSpeech.VERB_ICHIDAN, PartOfSpeech.VERB_IRREGULAR}
INFLECTING = {*VERBS, PartOfSpeech.I_ADJECTIVE}

# Godan endings: dictionary kana → (a-row, i-row, e-row, o-row, te, ta).
_GODAN = {
    "う": ("わ", "い", "え", "お", "って", "った"),
    "く": ("か", "き", "け", "こ", "いて", "いた"),
    "ぐ": ("が", "ぎ", "げ", "ご", "いで", "いだ"),
    "す": ("さ", "し", "せ", "そ", "して", "した"),
    "つ": ("た", "ち", "て", "と", "って", "った"),
    "ぬ": ("な", "に", "ね", "の", "んで", "んだ"),
    "ぶ": ("ば", "び", "べ", "ぼ", "んで", "んだ"),
    "む": ("ま", "み", "め", "も", "んで", "んだ"),
    "る": ("ら", "り", "れ", "ろ", "って", "った"),
}

# Form name → the ending added to (masu stem, te/ta, nai stem …), per kind of word.
_AFTER_MASU_STEM = {
    "masu": "ます",
    "masen": "ません",
    "mashita": "ました",
    "masendeshita": "ませんでした",
    "mashou": "ましょう",
    "tai": "たい",
    "takunai": "たくない",
}
_AFTER_NAI_STEM = {"nai": "ない", "nakatta": "なかった", "naide": "ないで", "nakute": "なくて"}
_I_ADJECTIVE = {
    DICTIONARY: "い",
    "ku": "く",
    "kute": "くて",
    "katta": "かった",
    "kunai": "くない",
    "kunakatta": "くなかった",
    "kereba": "ければ",
}


@dataclass(frozen=True)
class Inflected:
    """A word in one form: its written pieces (with furigana) and the form's name."""

    form: str
    pieces: tuple[Ruby, ...]

    @cached_property
    def text(self) -> str:
        return plain_text(list(self.pieces))

    @cached_property
    def reading(self) -> str:
        """The reading in hiragana."""
        return to_hiragana(reading_of(list(self.pieces)))


# Form → (how many final kana the ending replaces, the reading of a final 来 or None,
# the ending).
_Endings = dict[str, tuple[int, str | None, str]]


def _verb_endings(word: VocabEntry) -> _Endings | None:
    written, reading = word.written, to_hiragana(word.reading)
    if word.pos is PartOfSpeech.VERB_IRREGULAR:
        if written.endswith("する"):
            return _irregular("し", "し", "す", "し", kuru=False)
        if written.endswith("来る") or reading.endswith("くる"):
            return _irregular("き", "こ", "く", "こ", kuru=True)
        return None
    if word.pos is PartOfSpeech.VERB_ICHIDAN:
        if not reading.endswith("る"):
            return None
        forms = {DICTIONARY: "る", "te": "て", "ta": "た", "volitional": "よう", "ba": "れば"}
        forms |= dict(_AFTER_MASU_STEM.items())
        forms |= dict(_AFTER_NAI_STEM.items())
        return {name: (1, None, ending) for name, ending in forms.items()}
    last = reading[-1:]
    if word.pos is not PartOfSpeech.VERB_GODAN or last not in _GODAN:
        return None
    a, i, e, o, te, ta = _GODAN[last]
    if reading.endswith("いく") or reading.endswith("ゆく"):
        te, ta = "って", "った"  # 行く: 行って, not 行いて
    forms = {DICTIONARY: last, "te": te, "ta": ta, "volitional": o + "う", "ba": e + "ば"}
    forms |= {name: i + end for name, end in _AFTER_MASU_STEM.items()}
    if reading == "ある":
        forms |= {name: end for name, end in _AFTER_NAI_STEM.items()}  # ない, not あらない
    else:
        forms |= {name: a + end for name, end in _AFTER_NAI_STEM.items()}
    return {name: (1, None, ending) for name, ending in forms.items()}


def _irregular(masu: str, nai: str, dictionary: str, volitional: str, *, kuru: bool) -> _Endings:
    """する and 来る: the first kana (or the reading of 来) changes with the form."""
    forms: dict[str, tuple[str, str]] = {
        DICTIONARY: (dictionary, "る"),
        "te": (masu, "て"),
        "ta": (masu, "た"),
        "volitional": (volitional, "よう"),
        "ba": (dictionary, "れば"),
    }
    forms |= {name: (masu, end) for name, end in _AFTER_MASU_STEM.items()}
    forms |= {name: (nai, end) for name, end in _AFTER_NAI_STEM.items()}
    # The changing kana is part of the ending for する; for 来る it is the kanji's reading.
    if kuru:
        return {name: (1, head, tail) for name, (head, tail) in forms.items()}
    return {name: (2, None, head + tail) for name, (head, tail) in forms.items()}


def inflections(word: VocabEntry) -> list[Inflected]:
    """Every form of ``word`` made here, the dictionary form first.

    Words that do not inflect (nouns, na-adjectives, adverbs …) have only the dictionary
    form; so does a verb whose written form this module cannot follow.
    """
    base = Inflected(DICTIONARY, word.furigana)
    if word.pos is PartOfSpeech.I_ADJECTIVE:
        return [base, *_adjective_forms(word)]
    if word.pos not in VERBS:
        return [base]
    endings = _verb_endings(word)
    if endings is None:
        return [base]
    made = [
        _apply(word, drop, kanji, ending, form) for form, (drop, kanji, ending) in endings.items()
    ]
    found = [f for f in made if f is not None]
    found.sort(key=lambda f: f.form != DICTIONARY)
    return found or [base]


def inflect(word: VocabEntry, form: str) -> Inflected | None:
    """``word`` in ``form`` (a name from ``inflections``), or None when it has no such form."""
    for inflected in inflections(word):
        if inflected.form == form:
            return inflected
    return None


def _adjective_forms(word: VocabEntry) -> list[Inflected]:
    pieces = list(word.furigana)
    if word.reading in ("いい", "よい") and word.written in ("いい", "よい", "良い"):
        # いい conjugates from よい: よくない, よかった.
        stem: list[Ruby] = [Ruby("よ")] if word.written != "良い" else pieces[:-1]
        forms = [Inflected(n, (*stem, Ruby(e))) for n, e in _I_ADJECTIVE.items() if n != DICTIONARY]
        return forms
    if not pieces or pieces[-1].reading is not None or not pieces[-1].text.endswith("い"):
        return []
    return [
        f
        for name, ending in _I_ADJECTIVE.items()
        if name != DICTIONARY
        for f in [_replace_tail(pieces, 1, ending, name)]
        if f is not None
    ]


def _apply(
    word: VocabEntry, drop: int, kanji_reading: str | None, ending: str, form: str
) -> Inflected | None:
    pieces = list(word.furigana)
    if not pieces:
        return None
    if kanji_reading is None:
        return _replace_tail(pieces, drop, ending, form)
    # 来る: the kanji 来 (or the kana く) takes the form's reading; る becomes the ending.
    if pieces[-1].reading is None and pieces[-1].text.endswith("くる"):
        return _replace_tail(pieces, 2, kanji_reading + ending, form)
    if len(pieces) >= 2 and pieces[-2].text.endswith("来") and pieces[-1].text == "る":
        last = pieces[-2]
        if last.text != "来" or last.reading is None:
            return None
        head = [*pieces[:-2], Ruby("来", kanji_reading)]
        return Inflected(form, (*head, Ruby(ending)) if ending else tuple(head))
    return None


def _replace_tail(pieces: list[Ruby], drop: int, ending: str, form: str) -> Inflected | None:
    """Replace the last ``drop`` kana of the final (kana) piece with ``ending``."""
    last = pieces[-1]
    if last.reading is not None or len(last.text) < drop:
        return None
    rest = last.text[: len(last.text) - drop] + ending
    head = pieces[:-1]
    return Inflected(form, (*head, Ruby(rest)) if rest else tuple(head))
