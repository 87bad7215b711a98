"""Practice engines: drills and question families as plain state machines (no Qt)."""
