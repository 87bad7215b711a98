"""Power cut while the instructor imports a class's progress files: a real importing
process is SIGKILLed again and again. The database stays whole, every learner whose
import was acknowledged is there in full, no learner is there by half, and importing
the same stick again finishes the job."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nihongoku.core.gradebook.roster import Gradebook
from nihongoku.core.services import Services
from tests.gradebook_helpers import make_usb, rewrite

ROOT = Path(__file__).resolve().parent.parent
LEARNERS = 24


def stick_of(tmp_path: Path) -> Path:
    """24 learners' files: the three simulated learners, each under eight identities."""
    usb = make_usb(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    for n in range(LEARNERS):
        source = list(usb.files.values())[n % 3]
        target = stick / f"learner-{n:02}.nkprogress"
        target.write_bytes(source.read_bytes())

        def become(content: dict[str, Any], n: int = n) -> None:
            content["profile"].update(uid=f"{n:032x}", name=f"Siswa {n:02}")

        rewrite(target, become, resign=True)
    return stick


def run_until_killed(url: str, stick: Path, acknowledged: int) -> list[str]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.import_worker", url, str(stick)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    names: list[str] = []
    try:
        first = worker.stdout.readline()
        assert first == "ready\n", first + (worker.stderr.read() if worker.stderr else "")
        while len(names) < acknowledged:
            line = worker.stdout.readline().strip()
            assert line, worker.stderr.read() if worker.stderr else "worker died"
            if line == "done":
                break
            names.append(line.split(" ", 1)[1])
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        rest, _ = worker.communicate(timeout=30)
    names += [x.split(" ", 1)[1] for x in rest.splitlines() if x and x != "done"]
    return names


def rows_by_name(url: str) -> dict[str, object]:
    services = Services.open(url)
    try:
        book = Gradebook(services.db)
        classroom = book.find_class("Kelas A")
        return {} if classroom is None else {r.name: r for r in book.rows(classroom.id)}
    finally:
        services.close()


@pytest.mark.slow
def test_killing_an_import_keeps_every_acknowledged_learner_whole(tmp_path: Path) -> None:
    stick = stick_of(tmp_path)
    reference_url = f"sqlite:///{tmp_path / 'reference.sqlite3'}"
    run_until_killed(reference_url, stick, LEARNERS + 1)
    reference = rows_by_name(reference_url)
    assert len(reference) == LEARNERS

    path = tmp_path / "nihongoku.sqlite3"
    url = f"sqlite:///{path}"
    rng = random.Random(5)
    acknowledged: set[str] = set()
    for _ in range(6):
        acknowledged |= set(run_until_killed(url, stick, rng.randint(1, 5)))
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = rows_by_name(url)
        assert acknowledged <= set(rows)
        # a row is the learner's whole file or nothing: never a half-written learner
        assert all(rows[name] == reference[name] for name in rows)
    run_until_killed(url, stick, LEARNERS + 1)
    assert rows_by_name(url) == reference
