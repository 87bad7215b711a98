"""Listening scripts: who says what, one turn per line.

    N: 男[おとこ]の人[ひと]と 女[おんな]の人[ひと]が 話[はな]して います。
    M: すみません、駅[えき]は どこですか。
    F: あの 銀行[ぎんこう]の 前[まえ]です。

``F`` is a woman, ``M`` a man, ``N`` the narrator who sets the scene and asks the
question, as on the JLPT's listening section. The text is in bracket notation like
every other Japanese text of the course.
"""

from __future__ import annotations

from dataclasses import dataclass

from nihongoku.core.japanese import FuriganaError, Ruby, parse_bracketed

FEMALE = "F"
MALE = "M"
NARRATOR = "N"
SPEAKERS = (FEMALE, MALE, NARRATOR)


class ScriptError(ValueError):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message if line is None else f"line {line}: {message}")
        self.line = line


@dataclass(frozen=True)
class Turn:
    """One speaker's line: the speaker mark and the authored text."""

    speaker: str
    pieces: tuple[Ruby, ...]


def parse_script(script: str, speakers: tuple[str, ...] = SPEAKERS) -> tuple[Turn, ...]:
    """The turns of a script; blank lines and lines starting with ``#`` are skipped.

    Raises ScriptError naming the line (counted from 1 within the script).
    """
    turns: list[Turn] = []
    for number, raw in enumerate(script.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        speaker, colon, text = line.partition(":")
        if not colon or speaker.strip() not in speakers or not text.strip():
            marks = ", ".join(f"'{s}: …'" for s in speakers)
            raise ScriptError(f"expected one of {marks}, got {line!r}", number)
        try:
            pieces = parse_bracketed(text.strip())
        except FuriganaError as exc:
            raise ScriptError(str(exc), number) from exc
        turns.append(Turn(speaker.strip(), tuple(pieces)))
    if not turns:
        raise ScriptError("the script has no lines")
    return tuple(turns)
