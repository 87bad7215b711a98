"""Course loading: Nihongoku's full build (parse, schema, checks, compile) against a bare
YAML parse of the same files, in the same run.

    python bench/course_load.py [--runs 5] [--copies 1]

``--copies N`` loads N renamed copies of lessons/ together, to see how it grows
(ids are made unique per copy so every copy compiles).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from nihongoku.core.content.build import build_course, lesson_files

ROOT = Path(__file__).resolve().parent.parent


SECTIONS = ("kana", "vocabulary", "kanji", "grammar")


def make_copies(copies: int, target: Path) -> list[Path]:
    """Write ``copies`` renamed copies of the course (unique ids and orders per copy)."""
    for n in range(copies):
        for path in lesson_files([ROOT / "lessons"]):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            data["id"] = f"{data['id']}-c{n}"
            data["order"] += 1000 * n
            if "review" in data:
                data["review"] = [f"{ref}-c{n}" for ref in data["review"]]
            for section in SECTIONS:
                for item in data.get(section, []):
                    item["id"] = f"{item['id']}-c{n}"
                    if "examples" in item and section != "grammar":
                        item["examples"] = [f"{ref}-c{n}" for ref in item["examples"]]
            for exercise in data.get("exercises", []):
                exercise["id"] = f"{exercise['id']}-c{n}"
                exercise["tests"] = [f"{ref}-c{n}" for ref in exercise.get("tests", [])]
            out = target / f"c{n}-{path.name}"
            out.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
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
