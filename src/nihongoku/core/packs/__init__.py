"""Lesson packs: instructors' lessons, tests and audio in one file, shared by USB stick."""
