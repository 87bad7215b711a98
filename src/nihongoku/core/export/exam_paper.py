"""A mock-exam form on paper, as plain data: the test booklet, the answer sheet, the key.

The booklet prints what the exam screen shows and nothing the test only speaks: a
listening item whose choices are heard prints its numbers alone, and the situation a
picture would show is printed in Indonesian. What is spoken (the transcripts, the heard
choices, their translation) goes into the key, so an instructor without speakers can
read the listening section aloud. Questions are numbered from 1 within each section, as
the JLPT numbers them; the answers are numbered from 1, as the key prints them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from nihongoku.core.audio import audio_dir, clip_path, manifest
from nihongoku.core.exams.forms import ExamForm, FormMondai, FormSection, form_summary
from nihongoku.core.export.worksheets import Text
from nihongoku.core.practice.questions import PracticeQuestion


@dataclass(frozen=True)
class ClipFile:
    clip_id: str
    file: str  # the file's name in the audio folder
    present: bool  # False while the course has no recording for it yet


@dataclass(frozen=True)
class SpokenTurn:
    speaker: str  # N (narrator), M (a man), F (a woman), as the scripts mark them
    text: Text


@dataclass(frozen=True)
class PaperQuestion:
    number: int  # from 1 within its section
    passage: Text | None  # printed before this question: the first one on its passage
    stem: Text  # empty when the test only speaks it
    gloss: str | None  # the meaning to find the Japanese for, in Indonesian
    situation: str | None  # what the test's picture shows, in Indonesian
    choices: tuple[Text, ...]  # the printed choices; empty when they are heard
    choice_count: int  # bubbles on the answer sheet
    answer: int  # from 1
    answer_text: Text  # the right choice, for the key
    clip: ClipFile | None
    transcript: tuple[SpokenTurn, ...] = ()
    heard_choices: tuple[Text, ...] = ()  # read out after the transcript
    translation: tuple[str, ...] = ()  # the transcript in Indonesian, line by line


@dataclass(frozen=True)
class PaperMondai:
    number: int  # もんだい 1, 2… within the section
    instruction_ja: str
    instruction_id: str
    questions: tuple[PaperQuestion, ...]


@dataclass(frozen=True)
class PaperSection:
    title: str  # Indonesian (with the test's Japanese name where it has one)
    minutes: int | None  # its own clock; None when the exam has one clock for all
    pause_seconds: int  # listening: the pause after each clip
    mondai: tuple[PaperMondai, ...]

    @property
    def questions(self) -> list[PaperQuestion]:
        return [q for m in self.mondai for q in m.questions]

    @property
    def clips(self) -> list[tuple[int, ClipFile]]:
        """The recordings in the order they are played, by question number."""
        return [(q.number, q.clip) for q in self.questions if q.clip is not None]

    @property
    def listening(self) -> bool:
        return bool(self.clips)


@dataclass(frozen=True)
class ExamPaper:
    exam_id: str
    form: int
    title: str  # Indonesian
    minutes: int | None  # one clock for the whole exam, when it has one
    sections: tuple[PaperSection, ...]
    short: tuple[str, ...]  # mondai the course could not fill (see form_summary)

    @property
    def questions(self) -> list[PaperQuestion]:
        return [q for section in self.sections for q in section.questions]


def exam_paper(form: ExamForm, audio_folder: Path | None = None) -> ExamPaper:
    """The form as it is printed; ``audio_folder`` is where its recordings are looked for."""
    folder = audio_folder or audio_dir()
    spec = form.blueprint.spec
    return ExamPaper(
        exam_id=spec.id,
        form=form.number,
        title=spec.title.id,
        minutes=spec.minutes,
        sections=tuple(_section(section, folder) for section in form.sections),
        short=tuple(form_summary(form)),
    )


def _section(section: FormSection, folder: Path) -> PaperSection:
    mondai = []
    number = 0
    for form_mondai in section.mondai:
        questions = []
        previous: PracticeQuestion | None = None
        for question in form_mondai.questions:
            number += 1
            questions.append(_question(question, number, previous, folder))
            previous = question
        mondai.append(_mondai(form_mondai, questions))
    return PaperSection(
        title=section.spec.title.id,
        minutes=section.spec.minutes,
        pause_seconds=section.spec.answer_seconds,
        mondai=tuple(mondai),
    )


def _mondai(mondai: FormMondai, questions: Sequence[PaperQuestion]) -> PaperMondai:
    instruction = mondai.spec.instruction
    return PaperMondai(mondai.number, instruction.ja, instruction.id, tuple(questions))


def _question(
    question: PracticeQuestion, number: int, previous: PracticeQuestion | None, folder: Path
) -> PaperQuestion:
    # Questions on one passage follow each other in a mondai: print it before the first.
    new_passage = question.passage is not None and (
        previous is None or previous.passage != question.passage
    )
    heard = question.spoken_choices
    return PaperQuestion(
        number=number,
        passage=question.passage if new_passage else None,
        stem=() if heard else question.stem,
        gloss=question.gloss.id if question.gloss else None,
        situation=question.situation.id if question.situation else None,
        choices=() if heard else question.choices,
        choice_count=len(question.choices),
        answer=question.answer + 1,
        answer_text=question.choices[question.answer],
        clip=_clip(question.audio, folder) if question.audio else None,
        transcript=tuple(SpokenTurn(turn.speaker, turn.pieces) for turn in question.script),
        heard_choices=question.choices if heard else (),
        translation=tuple(
            line
            for line in (question.script_translation.id if question.script_translation else "")
            .strip()
            .splitlines()
            if line.strip()
        ),
    )


def _clip(clip: str, folder: Path) -> ClipFile:
    record = manifest(folder).clips.get(clip)
    name = record.file if record is not None else f"{clip}.ogg"
    return ClipFile(clip, name, clip_path(clip, folder) is not None)
