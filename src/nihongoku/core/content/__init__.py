"""The course as data: lesson files, their schema, loading, validation, the compiled course."""
