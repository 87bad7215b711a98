"""Instructors' own content: lessons and tests kept in the data directory."""
