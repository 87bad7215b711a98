"""Power cut in the middle of a mock exam: a real process taking the exam is SIGKILLed
again and again. The database stays whole, every acknowledged answer and second of the
clock is kept, and the next start resumes the attempt where it was."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_until_killed(url: str, seed: int, saves: int) -> list[dict[str, Any]]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.exam_worker", url, str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    states: list[dict[str, Any]] = []
    try:
        first = worker.stdout.readline()
        assert first == "ready\n", first + (worker.stderr.read() if worker.stderr else "")
        while len(states) < saves:
            line = worker.stdout.readline()
            assert line, worker.stderr.read() if worker.stderr else "worker died"
            if line.strip() == "finished":
                break
            states.append(json.loads(line))
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        rest, _ = worker.communicate(timeout=30)
    states += [json.loads(x) for x in rest.splitlines() if x.startswith("{")]
    return states


@pytest.mark.slow
def test_killing_the_process_mid_exam_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    path = tmp_path / "nihongoku.sqlite3"
    url = f"sqlite:///{path}"
    rng = random.Random(8)
    last: dict[str, Any] | None = None
    for seed in range(5):
        states = run_until_killed(url, seed, rng.randint(2, 9))
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            rows = raw.execute(
                "SELECT state FROM exam_attempt WHERE finished_at IS NULL"
            ).fetchall()
        assert len(rows) == 1, "one attempt, resumed each time"
        stored = json.loads(rows[0][0])
        if states:
            last = states[-1]
        assert last is not None
        # what was acknowledged last is on disk (a save after it may have landed too)
        assert stored["answers"].items() >= last["answers"].items()
        assert stored["elapsed"]["exam"] >= last["elapsed"]["exam"]
    assert last is not None and len(last["answers"]) > 10
