"""Widgets of the app: the checklist view and the item detail."""
