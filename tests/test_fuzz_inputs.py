"""Everything read from outside, fed garbage by hypothesis: a clear error, never a crash."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nihongoku.core.content.build import build_course
from nihongoku.core.export.progress_file import ProgressFileError, _checksum, read_progress

FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@FAST
@given(data=st.binary(max_size=2000), compress=st.booleans())
def test_random_bytes_are_refused_as_a_progress_file(
    tmp_path: Path, data: bytes, compress: bool
) -> None:
    path = tmp_path / "random.nkprogress"
    path.write_bytes(gzip.compress(data) if compress else data)
    try:
        read_progress(path)
    except ProgressFileError as exc:
        assert str(path) in str(exc)
    else:
        raise AssertionError("random bytes were accepted")


@FAST
@given(content=st.dictionaries(st.text(max_size=12), json_values, max_size=8), signed=st.booleans())
def test_random_json_with_a_valid_checksum_is_refused_with_a_message(
    tmp_path: Path, content: dict[str, object], signed: bool
) -> None:
    content = {"format": "nihongoku-progress", "version": 1, **content}
    document = {"checksum": _checksum(content) if signed else "0" * 64, "content": content}
    path = tmp_path / "fuzz.nkprogress"
    path.write_bytes(gzip.compress(json.dumps(document).encode()))
    try:
        read_progress(path)
    except ProgressFileError as exc:
        assert str(path) in str(exc)


@FAST
@given(text=st.text(max_size=400))
def test_any_lesson_file_text_gives_problems_not_exceptions(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    course = build_course([path])
    for problem in course.problems:
        assert problem.file == path and problem.line >= 1
