"""An instructor importing a USB stick of progress files, until killed.

Run by tests/test_import_kill.py as a separate process: imports every file of a folder
into the class "Kelas A" (creating it if needed) and, after each file's import has
returned, prints the learner's name: a printed name is what the store acknowledged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nihongoku.core.gradebook.roster import Gradebook
from nihongoku.core.services import Services


def main() -> None:
    url, folder = sys.argv[1], Path(sys.argv[2])
    services = Services.open(url)
    book = Gradebook(services.db)
    classroom = book.find_class("Kelas A") or book.create_class("Kelas A")
    print("ready", flush=True)
    for path in sorted(folder.glob("*.nkprogress")):
        result = book.import_file(classroom.id, path)
        print(f"{result.outcome.value} {result.name}", flush=True)
    print("done", flush=True)
    while True:  # an app left open after the import
        pass


if __name__ == "__main__":
    main()
