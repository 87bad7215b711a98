"""Mock exams: blueprints as data, forms drawn from the item bank, timed attempts, scores."""
