"""Summaries and the one-page PDF, made from a progress Snapshot (never from the store)."""
