"""Fixtures for the app tests: a real progress store on a tmp database (`db_path`, from
tests/conftest.py), and app factories."""

from __future__ import annotations

import pytest

from ita_tui.store import ProgressStore
from tests.support import SMALL_CHECKLIST
from tests.tui.tmux import Tmux


@pytest.fixture
def store(db_path):
    """A progress store on the small test checklist (6 items), user "tester"."""
    return ProgressStore.open(db_path, user="tester", checklist_path=SMALL_CHECKLIST)


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
    from ita_tui.tui.app import ItaApp

    def make(**options):
        return ItaApp(ProgressStore.open(tmp_path / "bundled.json", user="tester"), **options)

    return make


@pytest.fixture
def tmux(tmp_path):
    """A tmux server of the test's own (the app in a real terminal), stopped afterwards."""
    server = Tmux(tmp_path)
    yield server
    server.kill()
