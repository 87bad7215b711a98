"""Reading one lesson file: safe YAML, line numbers for every item, schema validation.

Nothing here raises on bad input: every problem is collected with the line it is on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from nihongoku.core.content.problems import Problem
from nihongoku.core.content.schema import LessonFile

MAX_FILE_BYTES = 2_000_000  # a lesson is a few hundred KB at most; bigger is not a lesson

Path_ = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


@dataclass
class LessonSource:
    path: Path
    lesson: LessonFile
    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, *location: str | int) -> int:
        return line_of(self.lines, *location)


# libyaml's loader when present: a course of hundreds of files loads several times faster.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class AliasError(ValueError):
    """Anchors and aliases are never needed in a lesson, and they are how a small file
    expands into gigabytes (the "billion laughs"): such files are refused."""

    def __init__(self, line: int) -> None:
        super().__init__("aliases (*name) are not allowed in lesson files")
        self.line = line


def read_lesson(path: Path) -> tuple[LessonSource | None, list[Problem]]:
    model, lines, problems = read_model(
        path, LessonFile, "a lesson file is a mapping (id:, title:, …)"
    )
    if model is None:
        return None, problems
    return LessonSource(path, model, lines), []


def read_model(
    path: Path, model: type[M], not_a_mapping: str
) -> tuple[M | None, dict[Path_, int], list[Problem]]:
    """A YAML file checked against a pydantic model, every problem with its line.

    Also used for exam blueprints: the same limits on size, aliases and duplicate keys.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, {}, [Problem(path, 1, f"cannot read the file: {exc.strerror or exc}")]
    if len(raw) > MAX_FILE_BYTES:
        return None, {}, [Problem(path, 1, f"the file is larger than {MAX_FILE_BYTES} bytes")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, {}, [Problem(path, line, "the file is not UTF-8 text")]

    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        _refuse_aliases(node)
        data = loader.construct_document(node) if node is not None else None
    except AliasError as exc:
        return None, {}, [Problem(path, exc.line, str(exc))]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        message = f"YAML: {exc.problem or exc.context}"
        if exc.context and exc.context_mark is not None and exc.problem:
            # e.g. an unclosed [ : say where it was opened, not only where it broke
            what = exc.context.removeprefix("while parsing ").removeprefix("a ")
            message += f" (in the {what} that starts on line {exc.context_mark.line + 1})"
        return None, {}, [Problem(path, line, message)]
    except yaml.YAMLError as exc:
        return None, {}, [Problem(path, 1, f"YAML: {exc}")]
    finally:
        loader.dispose()

    if not isinstance(data, dict):
        return None, {}, [Problem(path, 1, not_a_mapping)]
    lines: dict[Path_, int] = {}
    problems: list[Problem] = []
    _collect_lines(node, (), lines, problems, path)
    if problems:
        return None, lines, problems
    try:
        checked = model.model_validate(data)
    except ValidationError as exc:
        return (
            None,
            lines,
            [Problem(path, line_of(lines, *err["loc"]), _describe(err)) for err in exc.errors()],
        )
    return checked, lines, []


def line_of(lines: dict[Path_, int], *location: str | int) -> int:
    """The line of the deepest part of ``location`` that the file has."""
    loc: Path_ = tuple(location)
    while loc and loc not in lines:
        loc = loc[:-1]
    return lines.get(loc, 1)


def _refuse_aliases(root: Any) -> None:
    """A composed alias is the same node object met twice; find it before constructing."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise AliasError(node.start_mark.line + 1)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack += [key, value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value


def _collect_lines(
    node: Any, here: Path_, lines: dict[Path_, int], problems: list[Problem], path: Path
) -> None:
    lines[here] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                problems.append(
                    Problem(path, key_node.start_mark.line + 1, f"'{key}' is given twice")
                )
            seen.add(key)
            _collect_lines(value_node, (*here, key), lines, problems, path)
            lines[(*here, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            _collect_lines(child, (*here, index), lines, problems, path)


def _describe(error: Any) -> str:
    where = ".".join(str(part) for part in error["loc"])
    message = str(error["msg"])
    if error["type"] == "extra_forbidden":
        message = "unknown field (a typo?)"
    return f"{where}: {message}" if where else message
