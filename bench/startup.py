"""Start-up: Nihongoku's first screen against a bare PySide6 window, in the same run.

    python bench/startup.py [--runs 7]

Each run is a fresh process (offscreen). Reported: the in-process time to first paint
(``startup_ms``, from the first line of Python code) and the wall time of the whole
process (interpreter start to exit), medians over the runs, and their ratios.
The target (issue 2): Nihongoku's first screen in under twice the bare window's time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    wall = (time.perf_counter() - start) * 1000
    reported = float(done.stdout.strip().splitlines()[-1].split("=")[1])
    return reported, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="nihongoku-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NIHONGOKU_HOME": home}
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    app_cmd = [sys.executable, "-m", "nihongoku", "--smoke"]
    # First run creates the database and byte-compiles; not what a learner sees daily.
    measure(app_cmd, env)
    measure(bare_cmd, env)
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare.append(measure(bare_cmd, env))
        app.append(measure(app_cmd, env))
    result = {}
    for name, samples in (("bare_window", bare), ("nihongoku", app)):
        result[name] = {
            "first_paint_ms": statistics.median(s[0] for s in samples),
            "process_wall_ms": statistics.median(s[1] for s in samples),
        }
    result["ratio_first_paint"] = (
        result["nihongoku"]["first_paint_ms"] / result["bare_window"]["first_paint_ms"]
    )
    result["ratio_process_wall"] = (
        result["nihongoku"]["process_wall_ms"] / result["bare_window"]["process_wall_ms"]
    )
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
