"""Baseline: a bare PySide6 window, from script start to its first paint."""

import time

STARTED_AT = time.perf_counter()

import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        print(f"startup_ms={(time.perf_counter() - STARTED_AT) * 1000:.0f}", flush=True)
        QApplication.exit(0)


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1024, 700)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
