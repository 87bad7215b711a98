"""Command groups of the ``nihongoku`` command line, one module each.

Each module has ``register(commands)``, which adds its sub-parsers and binds them to a
handler with :func:`handled_by`. Modules import only argparse at load time: the work's own
imports happen inside the handler, so ``nihongoku --help`` stays fast and Qt-free.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

Commands = argparse._SubParsersAction  # what add_subparsers() returns

# the modules register_all() loads, in the order --help lists them
MODULES: tuple[str, ...] = ("exam", "gradebook", "printing", "pack", "author")


def register_all(commands: Commands[argparse.ArgumentParser]) -> None:
    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}").register(commands)


def handled_by(
    parser: argparse.ArgumentParser, handler: Callable[..., int], *, needs_db: bool
) -> None:
    """Run ``handler(args, services)``; ``services`` is None unless ``needs_db``."""
    parser.set_defaults(handler=handler, needs_db=needs_db)


def fail(message: str) -> int:
    print(f"nihongoku: error: {message}", file=sys.stderr)
    return 1
