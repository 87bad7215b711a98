from __future__ import annotations

from pathlib import Path

from nihongoku import paths

ROOT = Path(__file__).resolve().parent.parent


def test_resources_are_found_from_a_checkout() -> None:
    assert paths.resources_dir() == ROOT / "resources"
    for found in (paths.font_path(), paths.icon_path(), paths.translations_dir()):
        assert found.exists(), found


def listed(relative: Path, listing: str) -> bool:
    """Listed by its own path, or by a folder entry such as `strokes/`."""
    candidates = [relative.as_posix()] + [f"{parent.as_posix()}/" for parent in relative.parents]
    return any(f"`{candidate}`" in listing for candidate in candidates if candidate != "./")


def test_every_bundled_file_is_listed_with_its_licence() -> None:
    listing = (ROOT / "resources" / "LICENSES.md").read_text(encoding="utf-8")
    unlisted = [
        str(f.relative_to(ROOT / "resources"))
        for f in sorted((ROOT / "resources").rglob("*"))
        if f.is_file() and not listed(f.relative_to(ROOT / "resources"), listing)
    ]
    assert unlisted == []
    assert not listed(Path("video/x.ogg"), listing)  # a folder entry covers only its folder


def test_a_folder_entry_covers_only_the_files_inside_it() -> None:
    listing = "| `strokes/` | drawings |\n| `fonts/a.otf` | a font |\n| `icons` | no slash |"
    assert listed(Path("strokes/03042.svg"), listing)
    assert listed(Path("strokes/sub/x.svg"), listing)
    assert listed(Path("fonts/a.otf"), listing)
    assert not listed(Path("fonts/b.otf"), listing)  # a file entry names one file
    assert not listed(Path("icons/app.svg"), listing)  # only a trailing / makes a folder
    assert not listed(Path("extra/strokes/x.svg"), listing)  # not another folder's strokes/
    assert not listed(Path("strokes.svg"), listing)


def test_data_dir_follows_nihongoku_home(isolated_home: Path) -> None:
    assert paths.data_dir() == isolated_home
    assert paths.default_database_url() == f"sqlite:///{isolated_home / 'nihongoku.sqlite3'}"


def test_sqlite_path_reads_only_plain_file_urls() -> None:
    assert paths.sqlite_path("sqlite:////tmp/a.sqlite3") == Path("/tmp/a.sqlite3")
    assert paths.sqlite_path("sqlite://") is None
    assert paths.sqlite_path("sqlite:///:memory:") is None
    assert paths.sqlite_path("postgresql://u@h/db") is None
    assert paths.sqlite_path("sqlite:////tmp/a.sqlite3?mode=ro") is None
