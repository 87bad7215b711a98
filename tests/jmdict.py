"""JMdict look-ups for the content tests (jamdict + jamdict-data, CC BY-SA 4.0).

Test-time only: the data is 312 MB, far too big to ship; the app never needs it.
"""

from __future__ import annotations

from functools import cache

from jamdict import Jamdict

from nihongoku.core.japanese import to_hiragana


@cache
def _dictionary() -> Jamdict:
    return Jamdict()


def readings_of(written: str) -> set[str]:
    """Every kana reading JMdict pairs with ``written`` (as kanji form or as kana form)."""
    result = _dictionary().lookup(written, lookup_chars=False, strict_lookup=True)
    readings: set[str] = set()
    for entry in result.entries:
        kana = [k.text for k in entry.kana_forms]
        forms = [k.text for k in entry.kanji_forms]
        if written in forms or written in kana:
            readings.update(to_hiragana(k) for k in kana)
    return readings


def is_valid_pair(written: str, reading: str) -> bool:
    return to_hiragana(reading) in readings_of(written)


def kanji_facts(char: str) -> tuple[int | None, set[str], set[str]]:
    """KANJIDIC2's stroke count, on readings (katakana) and kun readings (hiragana)."""
    result = _dictionary().lookup(char)
    if not result.chars:
        return None, set(), set()
    entry = result.chars[0]
    on: set[str] = set()
    kun: set[str] = set()
    for group in entry.rm_groups:
        for reading in group.readings:
            if reading.r_type == "ja_on":
                on.add(reading.value)
            elif reading.r_type == "ja_kun":
                kun.add(reading.value)
    return entry.stroke_count, on, kun


@cache
def old_jlpt4_kanji() -> frozenset[str]:
    """The 103 kanji KANJIDIC2 files under the old JLPT level 4, which became N5."""
    rows = _dictionary().kd2.ctx().execute("SELECT literal FROM character WHERE jlpt = '4'")
    return frozenset(row[0] for row in rows)
