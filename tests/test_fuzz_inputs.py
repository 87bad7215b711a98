"""Everything read from outside, fed garbage by hypothesis: a clear error, never a crash."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nihongoku.core.content.build import build_course
from nihongoku.core.export.progress_file import ProgressFileError, _checksum, read_progress

# NIHONGOKU_FUZZ_EXAMPLES=5000 searches longer than the default run does
FAST = settings(
    max_examples=int(os.environ.get("NIHONGOKU_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
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


def _mutated(data: object, choices: list[tuple[int, object]]) -> object:
    """``data`` with values replaced: each choice picks a node (by its index in a walk of
    the tree) and what goes there instead. Near-valid files reach deeper checks than noise.
    """
    nodes: list[tuple[object, object]] = []  # (container, key)

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in list(node):
                nodes.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for index in range(len(node)):
                nodes.append((node, index))
                walk(node[index])

    walk(data)
    for pick, value in choices:
        if nodes:
            container, key = nodes[pick % len(nodes)]
            container[key] = value  # type: ignore[index]
    return data


mutations = st.lists(st.tuples(st.integers(min_value=0), json_values), min_size=1, max_size=3)


@FAST
@given(choices=mutations)
def test_a_lesson_file_with_wrong_values_gives_problems_not_exceptions(
    tmp_path: Path, choices: list[tuple[int, object]]
) -> None:
    import yaml

    from tests.test_content_format import GOOD

    path = tmp_path / "mutated.yaml"
    path.write_text(
        yaml.safe_dump(_mutated(yaml.safe_load(GOOD), choices), allow_unicode=True),
        encoding="utf-8",
    )
    course = build_course([path])
    for problem in course.problems:
        assert problem.file == path and problem.line >= 1


@FAST
@given(text=st.text(max_size=400))
def test_any_exam_blueprint_text_gives_problems_not_exceptions(tmp_path: Path, text: str) -> None:
    from nihongoku.core.exams.blueprint import read_blueprint

    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    blueprint, problems = read_blueprint(path)
    assert blueprint is None and problems
    assert all(problem.file == path and problem.line >= 1 for problem in problems)


@FAST
@given(choices=mutations)
def test_an_exam_blueprint_with_wrong_values_gives_problems_not_exceptions(
    tmp_path: Path, choices: list[tuple[int, object]]
) -> None:
    """Instructors' tests arrive in packs from other laptops: they are outside input too."""
    import yaml

    from nihongoku.core.exams.blueprint import exams_dir, read_blueprint

    original = yaml.safe_load((exams_dir() / "seleksi.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "mutated.yaml"
    path.write_text(
        yaml.safe_dump(_mutated(original, choices), allow_unicode=True), encoding="utf-8"
    )
    blueprint, problems = read_blueprint(path)
    assert (blueprint is None) == bool(problems)
    assert all(problem.file == path and problem.line >= 1 for problem in problems)


_REAL_PROGRESS: list[dict[str, object]] = []


def real_progress_content() -> dict[str, object]:
    """The content of a real learner's progress file (made once: simulating takes time)."""
    if not _REAL_PROGRESS:
        import tempfile

        from nihongoku.core.export.progress_file import export_progress
        from nihongoku.core.services import Services
        from nihongoku.core.study.simulate import simulate
        from tests.study_helpers import kana_course

        with tempfile.TemporaryDirectory() as scratch:
            services = Services.open(f"sqlite:///{Path(scratch) / 'learner.sqlite3'}")
            report = simulate(services, kana_course(), "Ani", days=3, seed=1)
            export_progress(services.db, report.profile.id, Path(scratch) / "ani.nkprogress")
            services.close()
            document = json.loads(gzip.decompress((Path(scratch) / "ani.nkprogress").read_bytes()))
        _REAL_PROGRESS.append(document["content"])
    return json.loads(json.dumps(_REAL_PROGRESS[0]))  # a fresh copy for each example


@FAST
@given(choices=mutations)
def test_a_signed_progress_file_with_wrong_values_is_refused_or_graded(
    tmp_path: Path, choices: list[tuple[int, object]]
) -> None:
    """A file that passes the checksum but holds nonsense (a hand-edited file, re-signed):
    the gradebook refuses it with the file's name or makes a row, and never crashes."""
    from nihongoku.core.gradebook.row import student_row

    content = _mutated(real_progress_content(), choices)
    document = {"checksum": _checksum(content), "content": content}
    path = tmp_path / "edited.nkprogress"
    path.write_bytes(gzip.compress(json.dumps(document).encode()))
    try:
        read = read_progress(path)
    except ProgressFileError as exc:
        assert str(path) in str(exc)
    else:
        student_row(read)
