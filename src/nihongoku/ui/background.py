"""Long work for a dialog, off the GUI thread: progress and the outcome come back by signal.

The job lives on a QThread owned by the dialog; the dialog quits and waits for it before
it closes, so no thread outlives the window that started it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

Progress = Callable[[int, int], None]


class ThreadJob(QObject):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)  # an OSError (a full USB stick, a read-only folder), in words

    def __init__(
        self,
        work: Callable[[Progress], object],
        describe: Callable[[OSError], str] = str,
    ) -> None:
        super().__init__()
        self._work = work
        self._describe = describe

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except OSError as exc:
            self.failed.emit(self._describe(exc))
        else:
            self.done.emit(result)


def start_thread(owner: QObject, job: ThreadJob) -> QThread:
    """Run ``job`` on a new thread owned by ``owner``; connect its signals first."""
    thread = QThread(owner)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    thread.start()
    return thread


def stop_thread(thread: QThread | None) -> None:
    if thread is not None:
        thread.quit()
        thread.wait()
