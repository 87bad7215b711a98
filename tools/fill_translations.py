"""Fill unfinished entries of a Qt .ts catalogue from a JSON table.

    python tools/fill_translations.py resources/translations/nihongoku_id.ts table.json

The table maps "Context|English source" (plain text, as written in tr()) to the
translation. Entries that are already finished are left alone. Run
tools/update_translations.py afterwards to compile the .qm.
"""

from __future__ import annotations

import json
import re
import sys
from html import unescape
from pathlib import Path
from xml.sax.saxutils import escape

UNFINISHED = re.compile(
    r'<source>([^<]*)</source>(\s*)<translation type="unfinished">[^<]*</translation>', re.S
)
CONTEXT = re.compile(r"<context>\s*<name>([^<]+)</name>(.*?)</context>", re.S)


def fill(catalogue: str, table: dict[str, str]) -> str:
    def in_context(context: re.Match[str]) -> str:
        name, body = context.group(1), context.group(2)

        def message(found: re.Match[str]) -> str:
            key = f"{name}|{unescape(found.group(1))}"
            if key not in table:
                return found.group(0)
            return (
                f"<source>{found.group(1)}</source>{found.group(2)}"
                f"<translation>{escape(table[key])}</translation>"
            )

        return f"<context>\n    <name>{name}</name>{UNFINISHED.sub(message, body)}</context>"

    return CONTEXT.sub(in_context, catalogue)


def main() -> int:
    catalogue, table = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text("utf-8"))
    filled = fill(catalogue.read_text("utf-8"), table)
    catalogue.write_text(filled, "utf-8")
    print("left unfinished:", filled.count('type="unfinished"'))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
