"""What a pack says it holds: ``manifest.json``, checked strictly before anything is used.

A pack is a zip file. Its manifest names every other entry with its kind, size and
SHA-256; an entry the manifest does not list, or a listed one that is missing or differs,
makes the whole pack unusable. Paths are fixed by kind (``lessons/<id>.yaml``,
``exams/<id>.yaml``, ``audio/<name>``), so a pack cannot name a file anywhere else.
"""

from __future__ import annotations

import enum
import re
from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nihongoku.core.content.loader import MAX_FILE_BYTES as MAX_YAML_BYTES
from nihongoku.core.content.schema import ItemId

FORMAT: Final = "nihongoku-pack"
VERSION = 1
READABLE_VERSIONS = (1,)
SUFFIX = ".nihongoku-pack"
MANIFEST = "manifest.json"

# Limits: a class's lessons with their audio are a few MB; far beyond that is an attack.
MAX_PACK_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # everything, uncompressed
MAX_AUDIO_BYTES = 16 * 1024 * 1024  # one clip
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_RATIO = 200  # uncompressed / compressed: YAML reaches ~10, a zip bomb thousands
RATIO_FLOOR = 256 * 1024  # below this size the ratio does not matter

AUDIO_SUFFIXES = (".ogg", ".opus", ".mp3", ".wav")
AUDIO_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*\.(?:ogg|opus|mp3|wav)$")


class Kind(enum.StrEnum):
    LESSON = "lesson"
    EXAM = "exam"
    AUDIO = "audio"


FOLDERS = {Kind.LESSON: "lessons", Kind.EXAM: "exams", Kind.AUDIO: "audio"}


def limit_for(kind: Kind) -> int:
    return MAX_AUDIO_BYTES if kind is Kind.AUDIO else MAX_YAML_BYTES


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Short = Annotated[str, Field(max_length=200)]


class PackFile(_Strict):
    path: Annotated[str, Field(min_length=1, max_length=200)]
    kind: Kind
    size: Annotated[int, Field(ge=0, le=MAX_AUDIO_BYTES)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    id: ItemId | None = None  # the lesson's or test's id (audio has none)

    @model_validator(mode="after")
    def _path_fits_kind(self) -> PackFile:
        if self.kind is Kind.AUDIO:
            name = self.path.removeprefix("audio/")
            if self.id is not None:
                raise ValueError("an audio file has no id")
            if not self.path.startswith("audio/") or not AUDIO_NAME.match(name):
                raise ValueError(
                    f"audio path {self.path!r} must be audio/<clip id>{'|'.join(AUDIO_SUFFIXES)}"
                )
        else:
            expected = f"{FOLDERS[self.kind]}/{self.id}.yaml"
            if self.id is None:
                raise ValueError(f"a {self.kind.value} needs its id")
            if self.path != expected:
                raise ValueError(f"a {self.kind.value} with id {self.id!r} is {expected!r}")
        if self.size > limit_for(self.kind):
            raise ValueError(f"{self.path}: {self.size} bytes is too large for a {self.kind}")
        return self


class PackManifest(_Strict):
    format: Literal["nihongoku-pack"]
    version: int
    app_version: Short
    created: datetime
    title: Short = ""
    author: Short = ""
    description: Annotated[str, Field(max_length=4000)] = ""
    files: Annotated[list[PackFile], Field(max_length=MAX_ENTRIES)]

    @model_validator(mode="after")
    def _each_path_once(self) -> PackManifest:
        seen: set[str] = set()
        for entry in self.files:
            if entry.path.casefold() in seen:
                raise ValueError(f"{entry.path} is listed twice")
            seen.add(entry.path.casefold())
        return self

    def of_kind(self, kind: Kind) -> list[PackFile]:
        return [entry for entry in self.files if entry.kind is kind]
