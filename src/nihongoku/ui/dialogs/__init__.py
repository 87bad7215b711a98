"""Dialogs: small, modal, each in its own module."""
