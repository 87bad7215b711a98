"""The explanations shown after an answer, from templates that name the mistake.

Indonesian first (the learners' language), English beside it. Every wrong choice says what
went wrong ("bunyi panjang vs pendek", "kanji yang mirip: 休 vs 体") and what is right.
"""

from __future__ import annotations

import unicodedata

from nihongoku.core.content.schema import Bilingual
from nihongoku.core.japanese import romaji
from nihongoku.core.practice.quiz.items import Mistake


def _fill(id_template: str, en_template: str, **fields: str) -> Bilingual:
    return Bilingual(id=id_template.format(**fields), en=en_template.format(**fields))


# -- kanji reading ----------------------------------------------------------------------


def reading_right(target: str, reading: str, meaning: Bilingual) -> Bilingual:
    return _fill(
        "Benar. {target} dibaca {reading} ({romaji}), artinya “{m_id}”.",
        "Right. {target} is read {reading} ({romaji}) and means “{m_en}”.",
        target=target,
        reading=reading,
        romaji=romaji(reading),
        m_id=meaning.id,
        m_en=meaning.en,
    )


_HANDAKUTEN = set("ぱぴぷぺぽ")


def reading_slip(
    mistake: Mistake, target: str, reading: str, right: str, wrong: str, pair: str = ""
) -> Bilingual:
    """Why a wrong kana reading is wrong: voicing, long vowel, small っ or ゃゅょ."""
    fields = {
        "target": target,
        "reading": reading,
        "right": right,
        "wrong": wrong,
        "right_romaji": romaji(right),
        "wrong_romaji": romaji(wrong),
    }
    if mistake is Mistake.VOICING:
        # Named plain kana first, then ゛, then ゜: "か dan が", "ば dan ぱ".
        a, b = sorted(pair.split("/"), key=lambda ch: unicodedata.decomposition(ch))
        if {a, b} & _HANDAKUTEN:
            contrast = (
                "tanda ゛ (bunyi b) vs tanda ゜ (bunyi p)",
                "the ゛ mark (b) vs the ゜ mark (p)",
            )
            if not {a, b} & set("ばびぶべぼ"):
                contrast = ("bunyi h vs bunyi p (tanda ゜)", "h vs p (the ゜ mark)")
        else:
            contrast = ("bunyi tidak bersuara vs bersuara", "unvoiced vs voiced sound")
        return _fill(
            "Salah — {a} dan {b}: {c_id}. Yang benar {right}, bukan {wrong}; "
            "{target} dibaca {reading}.",
            "Wrong — {a} and {b}: {c_en}. It is {right}, not {wrong}; {target} is read {reading}.",
            a=a,
            b=b,
            c_id=contrast[0],
            c_en=contrast[1],
            **fields,
        )
    if mistake is Mistake.LONG_VOWEL:
        return _fill(
            "Salah — bunyi panjang vs pendek: yang benar {right}, bukan {wrong}. "
            "{target} dibaca {reading}.",
            "Wrong — long vs short vowel: it is {right}, not {wrong}. {target} is read {reading}.",
            **fields,
        )
    if mistake is Mistake.SOKUON:
        return _fill(
            "Salah — っ kecil: yang benar {right}, bukan {wrong}. っ kecil berarti jeda sebentar "
            "sebelum bunyi berikutnya. {target} dibaca {reading}.",
            "Wrong — small っ: it is {right}, not {wrong}. A small っ is a short pause before "
            "the next sound. {target} is read {reading}.",
            **fields,
        )
    if mistake is Mistake.YOON:
        return _fill(
            "Salah — ゃゅょ kecil vs やゆよ besar: yang benar {right} ({right_romaji}), bukan "
            "{wrong} ({wrong_romaji}). {target} dibaca {reading}.",
            "Wrong — small ゃゅょ vs big やゆよ: it is {right} ({right_romaji}), not {wrong} "
            "({wrong_romaji}). {target} is read {reading}.",
            **fields,
        )
    raise ValueError(f"not a kana slip: {mistake}")


def reading_of_same_kanji(
    target: str, kanji: str, kanji_reading: str, other: str, where: str
) -> Bilingual:
    """A reading the kanji has elsewhere (on vs kun, or in another course word)."""
    if where == "on":
        where_id, where_en = " (on'yomi, bacaan Tionghoa)", " (its on reading)"
    elif where == "kun":
        where_id, where_en = " (kun'yomi, bacaan Jepang)", " (its kun reading)"
    elif where:
        where_id, where_en = f" dalam kata {where}", f" in the word {where}"
    else:
        where_id = where_en = ""
    return _fill(
        "Salah — bacaan kanji lain: {kanji} memang bisa dibaca {other}{w_id}, tetapi dalam "
        "{target} dibaca {kr}.",
        "Wrong — another reading of the kanji: {kanji} can be read {other}{w_en}, but in "
        "{target} it is read {kr}.",
        target=target,
        kanji=kanji,
        kr=kanji_reading,
        other=other,
        w_id=where_id,
        w_en=where_en,
    )


def reading_of_other_kanji(
    target: str, reading: str, kanji: str, other_kanji: str, other: str, meaning: Bilingual | None
) -> Bilingual:
    """The reading of another kanji (one that looks alike, or one learnt beside it)."""
    m_id = f" “{meaning.id}”" if meaning else ""
    m_en = f" “{meaning.en}”" if meaning else ""
    return _fill(
        "Salah — bacaan kanji lain: {other} adalah bacaan {ok}{m_id}, bukan {kanji}. "
        "{target} dibaca {reading}.",
        "Wrong — the reading of another kanji: {other} is a reading of {ok}{m_en}, not of "
        "{kanji}. {target} is read {reading}.",
        target=target,
        reading=reading,
        kanji=kanji,
        ok=other_kanji,
        other=other,
        m_id=m_id,
        m_en=m_en,
    )


def reading_of_other_word(
    target: str, reading: str, other_written: str, other_reading: str, meaning: Bilingual
) -> Bilingual:
    """The reading of another word of the lesson (when the word's own kanji offer too few)."""
    return _fill(
        "Salah — itu bacaan kata lain: {other} dibaca {other_reading} (“{m_id}”). "
        "{target} dibaca {reading}.",
        "Wrong — that is another word's reading: {other} is read {other_reading} (“{m_en}”). "
        "{target} is read {reading}.",
        target=target,
        reading=reading,
        other=other_written,
        other_reading=other_reading,
        m_id=meaning.id,
        m_en=meaning.en,
    )


# -- orthography ------------------------------------------------------------------------


def spelling_right(reading: str, written: str, meaning: Bilingual) -> Bilingual:
    return _fill(
        "Benar. {reading} ditulis {written}, artinya “{m_id}”.",
        "Right. {reading} is written {written} and means “{m_en}”.",
        reading=reading,
        written=written,
        m_id=meaning.id,
        m_en=meaning.en,
    )


def lookalike_kanji(
    reading: str, written: str, right: str, wrong: str, wrong_meaning: Bilingual | None
) -> Bilingual:
    note_id = f"{wrong} berarti “{wrong_meaning.id}”. " if wrong_meaning else ""
    note_en = f"{wrong} means “{wrong_meaning.en}”. " if wrong_meaning else ""
    return _fill(
        "Salah — kanji yang mirip: {wrong} vs {right}. {n_id}{reading} ditulis dengan {right}: "
        "{written}.",
        "Wrong — look-alike kanji: {wrong} vs {right}. {n_en}{reading} is written with {right}: "
        "{written}.",
        reading=reading,
        written=written,
        right=right,
        wrong=wrong,
        n_id=note_id,
        n_en=note_en,
    )


def lookalike_kana(reading: str, written: str, right: str, wrong: str) -> Bilingual:
    return _fill(
        "Salah — katakana yang mirip: {wrong} ({wr}) vs {right} ({rr}). {reading} ditulis "
        "{written}.",
        "Wrong — look-alike katakana: {wrong} ({wr}) vs {right} ({rr}). {reading} is written "
        "{written}.",
        reading=reading,
        written=written,
        right=right,
        wrong=wrong,
        rr=romaji(right),
        wr=romaji(wrong),
    )


def long_mark(written: str, choice: str, *, missing: bool) -> Bilingual:
    if missing:
        return _fill(
            "Salah — tanda panjang ー hilang: yang benar {written}, bukan {choice}.",
            "Wrong — the long mark ー is missing: it is {written}, not {choice}.",
            written=written,
            choice=choice,
        )
    return _fill(
        "Salah — tanda panjang ー tidak perlu di situ: yang benar {written}, bukan {choice}.",
        "Wrong — no long mark ー belongs there: it is {written}, not {choice}.",
        written=written,
        choice=choice,
    )


def small_kana(written: str, choice: str, small: str, how: str) -> Bilingual:
    """A small katakana written big (``how`` "big"), left out ("missing") or added ("extra")."""
    if how == "big":
        return _fill(
            "Salah — {small} harus ditulis kecil: yang benar {written}, bukan {choice}.",
            "Wrong — {small} must be written small: it is {written}, not {choice}.",
            written=written,
            choice=choice,
            small=small,
        )
    if how == "missing":
        return _fill(
            "Salah — {small} kecil hilang: yang benar {written}, bukan {choice}.",
            "Wrong — the small {small} is missing: it is {written}, not {choice}.",
            written=written,
            choice=choice,
            small=small,
        )
    return _fill(
        "Salah — tidak ada {small} kecil di situ: yang benar {written}, bukan {choice}.",
        "Wrong — there is no small {small} there: it is {written}, not {choice}.",
        written=written,
        choice=choice,
        small=small,
    )


def spelling_of_other_word(
    other_written: str, other_reading: str, meaning: Bilingual, reading: str
) -> Bilingual:
    return _fill(
        "Salah — {other} adalah kata lain, dibaca {other_reading} (“{m_id}”), bukan {reading}.",
        "Wrong — {other} is another word, read {other_reading} (“{m_en}”), not {reading}.",
        other=other_written,
        other_reading=other_reading,
        reading=reading,
        m_id=meaning.id,
        m_en=meaning.en,
    )


# -- context word and meaning -----------------------------------------------------------


def fits(choice: str, meaning: Bilingual, translation: Bilingual | None) -> Bilingual:
    if translation is None:
        return _fill(
            "Benar. {choice} berarti “{m_id}”.",
            "Right. {choice} means “{m_en}”.",
            choice=choice,
            m_id=meaning.id,
            m_en=meaning.en,
        )
    return _fill(
        "Benar. {choice} berarti “{m_id}”; kalimatnya: “{t_id}”",
        "Right. {choice} means “{m_en}”; the sentence says: “{t_en}”",
        choice=choice,
        m_id=meaning.id,
        m_en=meaning.en,
        t_id=translation.id,
        t_en=translation.en,
    )


def does_not_fit(choice: str, meaning: Bilingual, answer: str) -> Bilingual:
    return _fill(
        "Salah — {choice} berarti “{m_id}”, tidak cocok dengan kalimat ini. Yang cocok {answer}.",
        "Wrong — {choice} means “{m_en}”, which does not fit this sentence. {answer} does.",
        choice=choice,
        m_id=meaning.id,
        m_en=meaning.en,
        answer=answer,
    )


def means(written: str, reading: str, meaning: Bilingual) -> Bilingual:
    shown = written if written == reading else f"{written} ({reading})"
    return _fill(
        "Benar. {shown} berarti “{m_id}”.",
        "Right. {shown} means “{m_en}”.",
        shown=shown,
        m_id=meaning.id,
        m_en=meaning.en,
    )


def meaning_of_other(
    other_written: str, other_reading: str, other_meaning: Bilingual, written: str
) -> Bilingual:
    """Japanese → Indonesian: the wrong choice is the meaning of another word."""
    shown = (
        other_written if other_written == other_reading else f"{other_written} ({other_reading})"
    )
    return _fill(
        "Salah — “{m_id}” adalah arti {shown}, bukan arti {written}.",
        "Wrong — “{m_en}” is the meaning of {shown}, not of {written}.",
        shown=shown,
        written=written,
        m_id=other_meaning.id,
        m_en=other_meaning.en,
    )


def other_word(other_written: str, other_reading: str, other_meaning: Bilingual) -> Bilingual:
    """Indonesian → Japanese: the wrong choice is another word, with its own meaning."""
    shown = (
        other_written if other_written == other_reading else f"{other_written} ({other_reading})"
    )
    return _fill(
        "Salah — {shown} berarti “{m_id}”.",
        "Wrong — {shown} means “{m_en}”.",
        shown=shown,
        m_id=other_meaning.id,
        m_en=other_meaning.en,
    )
