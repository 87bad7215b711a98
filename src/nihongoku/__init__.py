"""Nihongoku: an offline Japanese course and exam trainer for Indonesian learners."""

import time as _time

# Taken before anything heavy is imported, so `--smoke` reports start-up as the user feels it.
STARTED_AT = _time.perf_counter()

__version__ = "0.1.0"
APP_NAME = "Nihongoku"
