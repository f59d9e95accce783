"""Fixtures of the system tier: a real terminal (tmux)."""

from __future__ import annotations

import pytest

from tests.support.tmux import Tmux


@pytest.fixture
def tmux(tmp_path):
    """A tmux server of the test's own (the app in a real terminal), stopped afterwards."""
    server = Tmux(tmp_path)
    yield server
    server.kill()
