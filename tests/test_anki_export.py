"""Anki export, proven by importing the package into a fresh collection with real Anki."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from nihongoku.core.content.course import Lesson
from nihongoku.core.export.anki_notes import CARD_ORD, anki_furigana
from nihongoku.core.export.anki_package import History, export_anki
from nihongoku.core.japanese import Ruby
from nihongoku.core.services import Services
from nihongoku.core.store.types import utc_now
from nihongoku.core.study.cards import CardState, kinds_for
from nihongoku.core.study.simulate import simulate
from tests.study_helpers import kana_course
from tests.test_course_content import course


def import_into_anki(package: Path, folder: Path) -> Collection:
    (folder / "anki").mkdir(exist_ok=True)
    collection = Collection(str(folder / "anki" / "collection.anki2"))
    collection.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(package),
            options=ImportAnkiPackageOptions(with_scheduling=True),
        )
    )
    return collection


def n5_lessons(count: int) -> list[Lesson]:
    n5 = [lesson for lesson in course().lessons if lesson.id.startswith("n5-")]
    return sorted(n5, key=lambda lesson: lesson.sort_key)[:count]


def fields_of(collection: Collection, item_id: str) -> dict[str, str]:
    note_id = collection.find_notes(f'"ID:{item_id}"')[0]
    note = collection.get_note(note_id)
    return dict(note.items())


@pytest.mark.parametrize(
    ("pieces", "anki"),
    [
        ([Ruby("食", "た"), Ruby("べる")], "食[た]べる"),
        ([Ruby("お"), Ruby("金", "かね")], "お 金[かね]"),
        ([Ruby("日本語", "にほんご"), Ruby("を "), Ruby("話", "はな"), Ruby("す")],
         "日本語[にほんご]を 話[はな]す"),
    ],
)  # fmt: skip
def test_readings_use_anki_furigana_syntax(pieces: list[Ruby], anki: str) -> None:
    assert anki_furigana(pieces) == anki


def test_the_course_imports_into_anki_with_fields_tags_and_media(tmp_path: Path) -> None:
    lessons = n5_lessons(4)
    sound = tmp_path / "w-okane.ogg"
    sound.write_bytes(b"OggS fake audio for the import test")
    report = export_anki(
        tmp_path / "n5.apkg",
        lessons,
        audio_for=lambda part: sound if part == "w-okane" else None,
    )
    words = [word for lesson in lessons for word in lesson.vocabulary]
    expected_cards = sum(1 for word in words for kind in kinds_for(word) if kind in CARD_ORD)
    assert (report.notes, report.cards, report.media) == (len(words), expected_cards, 1)

    anki = import_into_anki(report.path, tmp_path)
    try:
        assert anki.note_count() == len(words)
        assert anki.card_count() == expected_cards
        okane = fields_of(anki, "w-okane")
        assert okane["Expression"] == "お金"
        assert okane["Reading"] == "お 金[かね]"
        assert okane["MeaningID"] and okane["MeaningEN"]
        assert okane["Audio"] == "[sound:w-okane.ogg]"
        assert anki.media.have("w-okane.ogg")
        note = anki.get_note(anki.find_notes('"ID:w-okane"')[0])
        assert {"nihongoku", "nihongoku::n5", "nihongoku::n5-04"} <= set(note.tags)
        assert "Nihongoku::N5::04" in anki.decks.name(anki.get_card(note.card_ids()[0]).did)
    finally:
        anki.close()

    # exporting again and importing again updates; it never duplicates
    again = export_anki(tmp_path / "again.apkg", lessons)
    anki = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        anki.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(again.path),
                options=ImportAnkiPackageOptions(with_scheduling=True, update_notes=1),
            )
        )
        assert anki.note_count() == len(words)
    finally:
        anki.close()


def test_a_learners_history_arrives_in_anki_as_it_is_here(
    tmp_path: Path, services: Services
) -> None:
    report = simulate(services, kana_course(), "Budi", days=15, seed=2)
    profile = report.profile
    lessons = sorted(kana_course().lessons, key=lambda lesson: lesson.sort_key)
    now = utc_now()
    cards = {card.id: card for card in services.study.cards(profile.id)}
    leech = next(c for c in cards.values() if c.state is CardState.REVIEW and c.kind in CARD_ORD)
    services.study.suspend(profile.id, leech)
    exported = export_anki(
        tmp_path / "budi.apkg", lessons, history=History(services.study, profile.id), now=now
    )
    word_cards = {
        cid: c for cid, c in cards.items() if c.kind in CARD_ORD and c.item_id.startswith("w-")
    }
    log = [row for row in services.study.review_log(profile.id) if row.card_id in word_cards]
    assert exported.reviews == len(log) > 100

    anki = import_into_anki(exported.path, tmp_path)
    try:
        assert anki.db.scalar("SELECT count() FROM revlog") == len(log)
        # Good stays Good: no "upgrade" turned 3 into 4
        ours = Counter(row.rating for row in log)
        theirs = Counter(anki.db.list("SELECT ease FROM revlog"))
        assert theirs == ours
        day = services.study.day
        checked = 0
        for card in word_cards.values():
            if card.state is not CardState.REVIEW:
                continue
            assert card.due is not None and card.last_review is not None
            due, interval, queue = anki.db.first(
                "SELECT c.due, c.ivl, c.queue FROM cards c JOIN notes n ON n.id = c.nid "
                "WHERE n.flds LIKE ? AND c.ord = ?",
                card.item_id + "\x1f%",
                CARD_ORD[card.kind],
            )
            assert due - anki.sched.today == (day.date_of(card.due) - day.date_of(now)).days
            assert interval == max(1, (day.date_of(card.due) - day.date_of(card.last_review)).days)
            assert queue == (-1 if card.id == leech.id else 2)
            checked += 1
        assert checked > 50
    finally:
        anki.close()


def test_the_course_recordings_go_into_the_package(tmp_path: Path) -> None:
    from nihongoku.core.audio import clip_path

    lesson = n5_lessons(4)[-1]
    report = export_anki(tmp_path / "n5-04.apkg", [lesson], audio_for=clip_path)
    assert report.media == 2 * len(lesson.vocabulary)  # each word and its example
    anki = import_into_anki(report.path, tmp_path)
    try:
        fields = fields_of(anki, "w-okane")
        assert fields["Audio"] == "[sound:w-okane.ogg]"
        assert fields["ExampleAudio"] == "[sound:w-okane.ex.ogg]"
        assert anki.media.have("w-okane.ex.ogg")
    finally:
        anki.close()
