"""The open works Nihongoku credits, read from the "Credits" table of LICENSES.md.

The About dialog shows them as the file has them, so the credits cannot drift from the
licence list that the resources test keeps complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SECTION = "## Credits"
COLUMNS = 4  # work | credit | licence | used for


@dataclass(frozen=True)
class Credit:
    work: str  # "KanjiVG"
    credit: str  # the attribution line, with its link
    licence: str  # "CC BY-SA 3.0"
    used_for: str  # what the app does with it, and whether it is shipped


def parse_credits(markdown: str) -> list[Credit]:
    """The rows of the first table under the ``## Credits`` heading (none if absent)."""
    credits: list[Credit] = []
    in_section = False
    rows = 0
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            if in_section:
                break
            in_section = stripped == SECTION
            continue
        if not in_section:
            continue
        if not stripped.startswith("|"):
            if rows:
                break  # the table has ended
            continue
        rows += 1
        cells = [cell.strip() for cell in stripped.strip("|").split("|")]
        if rows <= 2 or len(cells) != COLUMNS:  # the header and the |---| line
            continue
        credits.append(Credit(*cells))
    return credits


def read_credits(licences: Path) -> list[Credit]:
    """The credits of ``LICENSES.md``; raises OSError when the file cannot be read."""
    return parse_credits(licences.read_text(encoding="utf-8"))
