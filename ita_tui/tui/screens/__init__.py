"""Screens of the app: main, dashboard, help and the dialogs."""
