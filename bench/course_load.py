"""Course loading: Nihongoku's full build (parse, schema, checks, compile) against a bare
YAML parse of the same files, in the same run.

    python bench/course_load.py [--runs 5] [--copies 1]

``--copies N`` loads N renamed copies of lessons/ together, to see how it grows
(ids are made unique per copy so every copy compiles).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from nihongoku.core.content.build import build_course, lesson_files

ROOT = Path(__file__).resolve().parent.parent


def make_copies(copies: int, target: Path) -> list[Path]:
    files = lesson_files([ROOT / "lessons"])
    for n in range(copies):
        for path in files:
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"(\bid: |examples: \[|^\s+- )([a-z0-9-]+)", rf"\1\2-c{n}", text,
                          flags=re.MULTILINE)  # fmt: skip
            text = re.sub(r"^order: (\d+)", lambda m: f"order: {int(m[1]) + 1000 * n}", text,
                          flags=re.MULTILINE)  # fmt: skip
            (target / f"c{n}-{path.name}").write_text(text, encoding="utf-8")
    return lesson_files([target])


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = make_copies(args.copies, Path(tmp))
        course = build_course([Path(tmp)])
        assert not course.problems, course.problems[:3]
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        baseline = [
            timed(lambda: [yaml.load(f.read_text(encoding="utf-8"), Loader=loader) for f in files])
            for _ in range(args.runs)
        ]
        full = [timed(lambda: build_course([Path(tmp)])) for _ in range(args.runs)]
        items = sum(1 for _ in course.entries())
    result = {
        "files": len(files),
        "items": items,
        "yaml_parse_ms": statistics.median(baseline),
        "build_course_ms": statistics.median(full),
    }
    result["ratio"] = result["build_course_ms"] / result["yaml_parse_ms"]
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
