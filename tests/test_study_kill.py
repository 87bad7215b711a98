"""Power cut in the middle of reviews: a real process answering cards is SIGKILLed at
random moments, again and again. No acknowledged answer may be lost, nothing half
written may remain, and the next start carries on."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_until_killed(url: str, seed: int, answers: int) -> list[str]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.review_worker", url, "Siti", str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    lines = []
    try:
        first = worker.stdout.readline()
        assert first == "ready\n", first + (worker.stderr.read() if worker.stderr else "")
        while len(lines) < answers:
            line = worker.stdout.readline()
            assert line, worker.stderr.read() if worker.stderr else "worker died"
            lines.append(line.strip())
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        rest, _ = worker.communicate(timeout=30)
    # lines already written to the pipe were acknowledged before the kill, too
    return lines + [line.strip() for line in rest.splitlines() if line.strip()]


def check(path: Path, acknowledged: set[int]) -> None:
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        logs = {row[0] for row in raw.execute("SELECT id FROM review_log")}
        assert acknowledged <= logs, f"lost answers: {sorted(acknowledged - logs)}"
        cards = raw.execute(
            "SELECT id, state, reps, due, last_review FROM card ORDER BY id"
        ).fetchall()
        for card_id, state, reps, due, last_review in cards:
            history = raw.execute(
                "SELECT state_after, due_after, reviewed_at FROM review_log "
                "WHERE card_id = ? ORDER BY id",
                (card_id,),
            ).fetchall()
            assert reps == len(history), card_id
            if history:
                assert (state, due, last_review) == history[-1], card_id
            else:
                assert state == 0, card_id


@pytest.mark.slow
def test_killing_the_process_mid_review_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    path = tmp_path / "nihongoku.sqlite3"
    url = f"sqlite:///{path}"
    rng = random.Random(2026)
    acknowledged: set[int] = set()
    for seed in range(6):
        for line in run_until_killed(url, seed, rng.randint(3, 40)):
            verb, log_id = line.split()
            if verb == "answered":
                acknowledged.add(int(log_id))
            else:
                acknowledged.discard(int(log_id))
        check(path, acknowledged)
    assert len(acknowledged) > 50
