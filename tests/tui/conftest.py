"""Fixtures for the app tests: a store on a small checklist, and an app factory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.fake_store import FakeStore

DATA = Path(__file__).resolve().parent.parent / "data"
SMALL_CHECKLIST = DATA / "small-checklist.json"


@pytest.fixture
def store(tmp_path):
    """A progress store on the small test checklist."""
    return FakeStore(SMALL_CHECKLIST)


@pytest.fixture
def make_app(store):
    """Build the app on the test store, with options."""
    from ita_tui.tui.app import ItaApp

    def make(**options):
        return ItaApp(store, **options)

    return make


@pytest.fixture
def bundled_app(tmp_path):
    """Build the app on a store made from the bundled checklist."""
    from ita_tui.paths import bundled_checklist
    from ita_tui.tui.app import ItaApp

    def make(**options):
        return ItaApp(FakeStore(bundled_checklist()), **options)

    return make
