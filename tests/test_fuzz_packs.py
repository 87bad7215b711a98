"""Packs fed garbage by hypothesis: random bytes, random manifests, damaged zips, random
entry names. Always a PackError naming the pack, or a pack identical to what was written;
never another exception."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nihongoku.core.packs.install import preview_pack
from nihongoku.core.packs.plan import Change
from nihongoku.core.packs.read import PackError, read_pack
from tests.pack_helpers import good_manifest, lesson_bytes, pack_of, zip_bytes

FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
FILES = {"lessons/bengkel-1.yaml": (lesson_bytes(1), "lesson", "bengkel-1")}
GOOD = pack_of(FILES)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def refused_or_read(path: Path) -> bool:
    try:
        read_pack(path)
    except PackError as exc:
        assert str(exc).startswith(str(path))
        return False
    return True


@FAST
@given(data=st.binary(max_size=3000))
def test_random_bytes_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.nihongoku-pack"
    path.write_bytes(data)
    assert not refused_or_read(path)


@FAST
@given(
    fields=st.dictionaries(
        st.sampled_from(["format", "version", "created", "files", "title", "x"]), json_values
    )
)
def test_random_manifests_are_refused_with_a_message(
    tmp_path: Path, fields: dict[str, object]
) -> None:
    path = tmp_path / "fuzz.nihongoku-pack"
    document = {**good_manifest(FILES), **fields}
    path.write_bytes(pack_of(FILES, manifest=document))
    refused_or_read(path)


@FAST
@given(at=st.integers(min_value=0, max_value=len(GOOD) - 1), byte=st.integers(0, 255))
def test_a_damaged_byte_is_refused_or_harmless(tmp_path: Path, at: int, byte: int) -> None:
    damaged = bytearray(GOOD)
    damaged[at] = byte
    path = tmp_path / "damaged.nihongoku-pack"
    path.write_bytes(bytes(damaged))
    if refused_or_read(path):  # e.g. a byte of a timestamp: the content is still the same
        assert read_pack(path).data["lessons/bengkel-1.yaml"] == lesson_bytes(1)


@FAST
@given(cut=st.integers(min_value=0, max_value=len(GOOD) - 1))
def test_a_truncated_pack_is_refused(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "cut.nihongoku-pack"
    path.write_bytes(GOOD[:cut])
    assert not refused_or_read(path)


@FAST
@given(name=st.text(min_size=1, max_size=40))
def test_any_entry_name_is_refused_unless_listed(tmp_path: Path, name: str) -> None:
    path = tmp_path / "names.nihongoku-pack"
    try:
        data = pack_of(FILES, extra=[(name, b"x")])
    except (ValueError, UnicodeEncodeError):  # names zipfile itself cannot write
        return
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        written = archive.namelist()[-1]
    if written in ("manifest.json", "lessons/bengkel-1.yaml"):
        return  # a duplicate of a listed name: refused as such, covered elsewhere
    assert not refused_or_read(path)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_any_lesson_text_in_a_sound_pack_is_planned_not_crashed(tmp_path: Path, text: str) -> None:
    data = text.encode("utf-8")
    path = tmp_path / "lesson.nihongoku-pack"
    path.write_bytes(pack_of({"lessons/bengkel-1.yaml": (data, "lesson", "bengkel-1")}))
    plan = preview_pack(path)
    [item] = plan.files
    assert item.change is Change.REFUSED and item.reasons


def test_json_manifest_written_by_hand_reads(tmp_path: Path) -> None:
    path = tmp_path / "hand.nihongoku-pack"
    path.write_bytes(
        zip_bytes(
            [
                ("manifest.json", json.dumps(good_manifest(FILES)).encode()),
                ("lessons/bengkel-1.yaml", lesson_bytes(1)),
            ]
        )
    )
    assert read_pack(path).manifest.files[0].id == "bengkel-1"
