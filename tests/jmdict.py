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
