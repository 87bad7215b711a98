"""The lesson editor of the Authoring page (instructors only)."""
