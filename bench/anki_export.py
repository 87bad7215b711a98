"""Anki export of the whole N5 course: Nihongoku's exporter against genanki alone.

    python -m bench.anki_export [--runs 5]

Baseline: genanki writing the same notes (same note type, fields and media) straight to
a package, with no stable ids, no scheduling and no history. Measured: export_anki with
the history of a simulated learner (60 days) whose cards include N5 words.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import genanki  # type: ignore[import-untyped]

from nihongoku.core.content.build import build_course
from nihongoku.core.export.anki_notes import word_model, word_note
from nihongoku.core.export.anki_package import History, export_anki
from nihongoku.core.services import Services
from nihongoku.core.study.simulate import simulate

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    course = build_course([ROOT / "lessons"])
    n5 = sorted(
        (lesson for lesson in course.lessons if lesson.id.startswith("n5-")),
        key=lambda lesson: lesson.sort_key,
    )
    tmp = Path(tempfile.mkdtemp(prefix="nihongoku-bench-anki-"))
    services = Services.open(f"sqlite:///{tmp / 'bench.sqlite3'}")
    learner = simulate(services, course, "Bench", days=60, seed=1, new_per_day=40).profile
    history = History(services.study, learner.id)

    def baseline() -> None:
        model = word_model()
        deck = genanki.Deck(1, "Nihongoku")
        for lesson in n5:
            for entry in lesson.vocabulary:
                deck.add_note(word_note(model, entry, lesson, entry.pos.value).note)
        genanki.Package(deck).write_to_file(str(tmp / "baseline.apkg"))

    def ours() -> None:
        export_anki(tmp / "ours.apkg", n5, history=history)

    times: dict[str, list[float]] = {"genanki": [], "nihongoku": []}
    for _ in range(args.runs):
        for name, action in (("genanki", baseline), ("nihongoku", ours)):
            start = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - start)
    report = export_anki(tmp / "ours.apkg", n5, history=history)
    medians = {name: round(statistics.median(t) * 1000) for name, t in times.items()}
    print(json.dumps({
        "notes": report.notes, "cards": report.cards, "cards_with_progress":
        report.scheduled_cards, "reviews": report.reviews, "median_ms": medians,
        "ratio": round(medians["nihongoku"] / medians["genanki"], 2),
    }, indent=2))  # fmt: skip
    services.close()


if __name__ == "__main__":
    main()
