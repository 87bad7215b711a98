"""Flashcards: which cards a learner has, when each is due, and every answer given.

Scheduling is py-fsrs's; this package decides what to show next, stores each answer in
its own transaction, and can take the last answer back.
"""
