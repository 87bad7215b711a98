"""Reading a pack that came from outside: every entry checked, every size enforced.

Nothing in a pack is trusted: not the names of its entries, not the sizes the zip
declares (a zip bomb lies about them), not the manifest. Entries are read through a
counter that stops at the limit, and the first fault ends the reading with a
:class:`PackError` naming the pack and the entry. Nothing is written here.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from nihongoku.core.errors import NihongokuError
from nihongoku.core.packs.manifest import (
    FORMAT,
    MANIFEST,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    MAX_PACK_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    READABLE_VERSIONS,
    VERSION,
    Kind,
    PackFile,
    PackManifest,
    limit_for,
)


class PackError(NihongokuError):
    """A pack that cannot be used, with the entry at fault (``None`` for the whole pack)."""

    def __init__(self, pack: Path, message: str, entry: str | None = None) -> None:
        where = f"{pack}: {entry}" if entry else str(pack)
        super().__init__(f"{where}: {message}")
        self.pack = pack
        self.entry = entry
        self.reason = message


@dataclass(frozen=True)
class PackContents:
    """A pack whose every entry is listed, present, of the right size and checksum."""

    path: Path
    manifest: PackManifest
    data: dict[str, bytes]  # by the entry's path in the pack

    def entry(self, item: PackFile) -> bytes:
        return self.data[item.path]


_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 64 * 1024
_AUDIO_MAGIC = {
    ".ogg": (b"OggS",),
    ".opus": (b"OggS",),
    ".wav": (b"RIFF",),
    ".mp3": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"),
}


def read_pack(path: Path) -> PackContents:
    """Open and check a pack completely; raise :class:`PackError` at the first fault."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if size > MAX_PACK_BYTES:
        raise PackError(path, f"too large for a lesson pack ({size} bytes)")
    try:
        with zipfile.ZipFile(path) as archive:
            return _read(path, archive)
    except PackError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise PackError(path, f"not a lesson pack, or a damaged one ({exc})") from exc
    except NotImplementedError as exc:
        raise PackError(path, f"uses a zip feature packs never use ({exc})") from exc
    except OSError as exc:
        raise PackError(path, f"cannot be read ({exc.strerror or exc})") from exc


def _read(path: Path, archive: zipfile.ZipFile) -> PackContents:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackError(path, f"{len(infos)} entries; a pack has at most {MAX_ENTRIES}")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    declared = 0
    for info in infos:
        _check_entry(path, info)
        if info.filename.casefold() in folded:
            raise PackError(path, "appears twice in the pack", info.filename)
        folded.add(info.filename.casefold())
        by_name[info.filename] = info
        declared += info.file_size
    if declared > MAX_TOTAL_BYTES:
        raise PackError(
            path, f"expands to {declared} bytes; a pack holds at most {MAX_TOTAL_BYTES}"
        )
    if MANIFEST not in by_name:
        raise PackError(path, f"not a lesson pack (it has no {MANIFEST})")
    manifest = _manifest(path, _read_entry(path, archive, by_name[MANIFEST], MAX_MANIFEST_BYTES))
    listed = {item.path: item for item in manifest.files}
    for name in by_name:
        if name != MANIFEST and name not in listed:
            raise PackError(path, "is not listed in the manifest", name)
    data: dict[str, bytes] = {}
    total = 0
    for item in manifest.files:
        found = by_name.get(item.path)
        if found is None:
            raise PackError(path, "is listed in the manifest but missing from the pack", item.path)
        raw = _read_entry(path, archive, found, limit_for(item.kind))
        total += len(raw)
        if total > MAX_TOTAL_BYTES:
            raise PackError(path, f"expands beyond {MAX_TOTAL_BYTES} bytes", item.path)
        if len(raw) != item.size:
            raise PackError(
                path, f"holds {len(raw)} bytes, the manifest says {item.size}", item.path
            )
        if hashlib.sha256(raw).hexdigest() != item.sha256:
            raise PackError(
                path, "its checksum does not match the manifest (the file was changed)", item.path
            )
        if item.kind is Kind.AUDIO:
            suffix = item.path[item.path.rfind(".") :]
            if not raw.startswith(_AUDIO_MAGIC[suffix]):
                raise PackError(path, f"is not a {suffix} audio file", item.path)
        data[item.path] = raw
    return PackContents(path, manifest, data)


def _check_entry(path: Path, info: zipfile.ZipInfo) -> None:
    """Refuse names that could land outside the target and entries that are not files."""
    name = info.filename
    if "\\" in name:
        raise PackError(path, "has a backslash in its name (a Windows path)", name)
    if name.startswith("/") or _DRIVE.match(name):
        raise PackError(path, "is an absolute path", name)
    parts = name.split("/")
    if any(part in ("..", ".") for part in parts):
        raise PackError(path, "points outside the pack's folder", name)
    if name.endswith("/") or info.is_dir():
        raise PackError(path, "is a folder entry; packs hold files only", name)
    if any(not part for part in parts) or any(ord(c) < 32 for c in name):
        raise PackError(path, "has an invalid name", name)
    mode = info.external_attr >> 16
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        what = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file"
        raise PackError(path, f"is {what}; packs hold regular files only", name)
    if info.flag_bits & 0x1:
        raise PackError(path, "is encrypted", name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackError(path, f"uses compression method {info.compress_type}", name)


def _read_entry(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The entry's bytes, counted while they are inflated: declared sizes are not trusted."""
    name = info.filename
    if info.file_size > limit:
        raise PackError(path, f"{info.file_size} bytes; at most {limit} allowed here", name)
    # a zip bomb inflates far beyond what it occupies: stop as soon as the ratio is absurd
    ceiling = min(limit, max(RATIO_FLOOR, info.compress_size * MAX_RATIO))
    chunks: list[bytes] = []
    read = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                if read > ceiling:
                    why = (
                        f"expands beyond {limit} bytes"
                        if ceiling == limit
                        else f"expands more than {MAX_RATIO} times (a zip bomb?)"
                    )
                    raise PackError(path, why, name)
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise PackError(path, f"is damaged ({exc})", name) from exc
    return b"".join(chunks)


def _manifest(path: Path, raw: bytes) -> PackManifest:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise PackError(path, f"is not valid JSON ({exc})", MANIFEST) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PackError(path, "not a Nihongoku lesson pack", MANIFEST)
    version = document.get("version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise PackError(
            path,
            f"pack format version {version!r}; this Nihongoku reads version {VERSION} "
            "(update the app that imports it)",
            MANIFEST,
        )
    try:
        return PackManifest.model_validate(document)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = (
            "unknown field"
            if first["type"] == "extra_forbidden"
            else str(first["msg"]).removeprefix("Value error, ")
        )
        raise PackError(path, f"{where}: {message}" if where else message, MANIFEST) from exc
