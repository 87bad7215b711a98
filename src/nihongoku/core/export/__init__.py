"""Writing what the app holds into other formats: Anki packages (and, later, packs)."""
