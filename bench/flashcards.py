"""Flashcards at scale: one profile with 10,000 cards and 100,000 review-log rows.

    python bench/flashcards.py [--cards 10000] [--logs-per-card 10] [--answers 300]

Measured, against baselines taken in the same run on the same file:
- answer + next card: ReviewSession.answer() (one committed transaction, synchronous=FULL)
  then next() (due-card query and the four FSRS outcomes). Baseline: raw sqlite3 doing
  the same writes (UPDATE card, INSERT review_log, COMMIT) and the same due-card SELECT.
- opening the review screen: FlashcardsPage built offscreen over the store and the
  compiled course, then start() until the first card is rendered. Baseline: the raw
  due-card SELECT plus a COUNT of today's due cards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.course_load import make_copies

from nihongoku.core.content.build import build_course
from nihongoku.core.services import Services
from nihongoku.core.study.cards import card_keys
from nihongoku.core.study.scheduling import Rating
from nihongoku.core.study.session import ReviewSession, StudyScope

ROOT = Path(__file__).resolve().parent.parent


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def fill(
    path: Path, profile_id: int, keys: list[tuple[str, str]], logs_per_card: int, now: datetime
) -> None:
    """Write the history directly: generating 100,000 answers one by one takes minutes."""
    rng = random.Random(1)
    cards = len(keys)
    raw = sqlite3.connect(path)
    card_rows = []
    log_rows = []
    for index in range(cards):
        # a third of the cards due today or overdue, the rest spread over two months
        due = now + timedelta(days=rng.uniform(-5, 0) if index % 3 == 0 else rng.uniform(1, 60))
        last = min(due, now) - timedelta(days=rng.uniform(1, 30))
        card_rows.append(
            (index + 1, profile_id, keys[index][0], keys[index][1], 2, None,
             rng.uniform(1, 60), rng.uniform(1, 10), _iso(due), _iso(last), logs_per_card,
             rng.randint(0, 3), 0, None, _iso(last - timedelta(days=90)))
        )  # fmt: skip
        for n in range(logs_per_card):
            at = last - timedelta(days=9 * (logs_per_card - n))
            log_rows.append(
                (index + 1, profile_id, _iso(at), rng.randint(1, 4), 5000, 3.0, 2, None, 5.0,
                 5.0, _iso(at), _iso(at), 0, None, 2, None, 6.0, 5.0, _iso(at))
            )  # fmt: skip
    with raw:
        raw.executemany(f"INSERT INTO card VALUES ({','.join('?' * 15)})", card_rows)
        raw.executemany(
            "INSERT INTO review_log (card_id, profile_id, reviewed_at, rating, duration_ms,"
            " elapsed_days, state_before, step_before, stability_before, difficulty_before,"
            " due_before, last_review_before, lapses_before, introduced_at_before,"
            " state_after, step_after, stability_after, difficulty_after, due_after)"
            f" VALUES ({','.join('?' * 19)})",
            log_rows,
        )
    raw.close()


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(samples) * 1000, 2),
        "p95_ms": round(percentile(samples, 0.95) * 1000, 2),
    }


def raw_baseline(path: Path, profile_id: int, now: datetime, runs: int) -> dict[str, object]:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    due_query = (
        "SELECT * FROM card WHERE profile_id = ? AND suspended = 0 AND state = 2 "
        "AND due <= ? ORDER BY due, id LIMIT 1"
    )
    select_times, write_times, open_times = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        row = raw.execute(due_query, (profile_id, _iso(now))).fetchone()
        select_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("UPDATE card SET reps = reps + 1 WHERE id = ?", (row[0],))
        raw.execute(
            "INSERT INTO review_log (card_id, profile_id, reviewed_at, rating, state_before,"
            " lapses_before, state_after, stability_after, difficulty_after, due_after)"
            " VALUES (?, ?, ?, 3, 2, 0, 2, 1.0, 1.0, ?)",
            (row[0], profile_id, _iso(now), _iso(now)),
        )
        raw.execute("COMMIT")
        write_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        raw.execute(due_query, (profile_id, _iso(now))).fetchone()
        raw.execute(
            "SELECT count(*) FROM card WHERE profile_id = ? AND due < ?", (profile_id, _iso(now))
        ).fetchone()
        open_times.append(time.perf_counter() - start)
    raw.close()
    answer_next = [w + s for w, s in zip(write_times, select_times, strict=True)]
    return {"answer_next": summary(answer_next), "open": summary(open_times)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--logs-per-card", type=int, default=10)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--opens", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from nihongoku.app import prepare_application
    from nihongoku.ui.context import UiContext
    from nihongoku.ui.pages.flashcards import FlashcardsPage

    home = Path(tempfile.mkdtemp(prefix="nihongoku-bench-"))
    path = home / "bench.sqlite3"
    services = Services.open(f"sqlite:///{path}")
    profile = services.profiles.create_learner("Bench")
    now = datetime.now(UTC)

    app = QApplication([])
    family, language = prepare_application(app)
    ctx = UiContext(app=app, language=language, font_family=family, freeze_course=True)
    # enough renamed copies of the course that every card is a real course item
    per_copy = len(list(card_keys(build_course([ROOT / "lessons"]).lessons)))
    folder = home / "course"
    folder.mkdir()
    make_copies(-(-args.cards // per_copy), folder)
    ctx.lesson_paths = [folder]
    course = ctx.course()
    assert not course.problems, course.problems[:3]
    keys = [(item, kind.value) for item, kind in card_keys(course.lessons)]
    ctx.attach(services)
    fill(path, profile.id, keys[: args.cards], args.logs_per_card, now)

    baseline = raw_baseline(path, profile.id, now, args.answers)

    session = ReviewSession(services.study, profile.id, StudyScope.whole_course(course))
    session.next()
    answer_next = []
    for _ in range(args.answers):
        start = time.perf_counter()
        session.answer(Rating.GOOD)
        session.next()
        answer_next.append(time.perf_counter() - start)

    opens = []
    for _ in range(args.opens):
        start = time.perf_counter()
        page = FlashcardsPage(ctx, profile)
        page.start()
        app.processEvents()
        opens.append(time.perf_counter() - start)
        assert page.session is not None and page.session.current is not None
        page.deleteLater()
        app.processEvents()

    with sqlite3.connect(path) as raw:
        counts = {
            "cards": raw.execute("SELECT count(*) FROM card").fetchone()[0],
            "review_log": raw.execute("SELECT count(*) FROM review_log").fetchone()[0],
        }
    # the first open pays once-per-process costs (the course's card order, cold SQLite
    # pages, PySide's lazily created enums): reported on its own
    measured = {
        "answer_next": summary(answer_next),
        "open": summary(opens[1:]),
        "first_open": summary(opens[:1]),
    }
    ratios = {
        key: round(measured[key]["p95_ms"] / baseline[key]["p95_ms"], 1)  # type: ignore[index]
        for key in ("answer_next", "open")
    }
    print(json.dumps({"store": counts, "baseline": baseline, "nihongoku": measured,
                      "p95_ratio": ratios}, indent=2))  # fmt: skip
    services.close()


if __name__ == "__main__":
    main()
