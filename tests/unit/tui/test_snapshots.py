"""Screenshots of the main screen, the dashboard, help (in both modes), the note dialog and the review
dialog over Thai text, at 80x24
and 120x40 in Thai, compared with the
accepted SVGs in tests/unit/tui/__snapshots__/test_snapshots/ (pytest-textual-snapshot).

They are deterministic: the bundled checklist, a fixed user, two ticks and a note written at a
fixed clock time. A change to what these screens show fails them on purpose. After such a change,
regenerate and look at the new pictures before committing them:

    .venv/bin/python -m pytest -n 0 tests/unit/tui/test_snapshots.py --snapshot-update

(open the .svg files in a browser; a failing run also writes snapshot_report.html showing the
old and new screen side by side)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ita_tui.store import ProgressStore, clock
from ita_tui.store.commands import AddNote, AddUser, SetState

SIZE = (80, 24)
CLOCK = datetime(2026, 11, 26, 14, 5, tzinfo=timezone(timedelta(hours=7)))


@pytest.fixture
def thai_app(db_path, monkeypatch):
    """The app in Thai on the bundled checklist: 2.1 and 2.2 done, a note on 2.1, user สมศรี."""
    from ita_tui.tui.app import ItaApp

    monkeypatch.setattr(clock, "now", lambda: CLOCK)  # the time stamps the store writes
    store = ProgressStore.open(db_path, user="สมศรี")
    store.apply(SetState.tick("2.1", True))
    store.apply(SetState.tick("2.2", True))
    store.apply(AddNote("2.1", "ประชุมชี้แจงแล้ว ส่งหนังสือเวียนทุกกอง"))
    return ItaApp(store, lang="th")


def test_main_screen(thai_app, snap_compare):
    assert snap_compare(thai_app, terminal_size=SIZE)


def test_dashboard(thai_app, snap_compare):
    assert snap_compare(thai_app, press=["d"], terminal_size=SIZE)


def test_help(thai_app, snap_compare):
    assert snap_compare(thai_app, press=["question_mark"], terminal_size=SIZE)


LARGE = (120, 40)


def test_main_screen_120x40(thai_app, snap_compare):
    assert snap_compare(thai_app, terminal_size=LARGE)


def test_dashboard_120x40(thai_app, snap_compare):
    assert snap_compare(thai_app, press=["d"], terminal_size=LARGE)


def test_help_120x40(thai_app, snap_compare):
    assert snap_compare(thai_app, press=["question_mark"], terminal_size=LARGE)


async def _steady_cursor(pilot) -> None:
    """The text box's cursor held shown: it blinks every half second, and on a busy machine the
    picture was sometimes taken with the cursor off."""
    from textual.widgets import Input

    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False
    await pilot.pause()


async def _open_the_note_dialog(pilot) -> None:
    """`n`, then the text box's cursor held shown."""
    await pilot.press("n")
    await pilot.pause()
    await _steady_cursor(pilot)


@pytest.mark.parametrize("size", [SIZE, LARGE], ids=["80x24", "120x40"])
def test_note_dialog_over_thai_text(thai_app, snap_compare, size):
    assert snap_compare(thai_app, run_before=_open_the_note_dialog, terminal_size=size)


@pytest.mark.parametrize("size", [SIZE, LARGE], ids=["80x24", "120x40"])
def test_help_in_the_edit_mode(thai_app, snap_compare, size):
    assert snap_compare(thai_app, press=["E", "question_mark"], terminal_size=size)


@pytest.fixture
def supervisor_app(thai_app):
    """The same app, its user สมศรี now the recorded supervisor."""
    thai_app.store.apply(AddUser("สมศรี", "supervisor"))
    thai_app.snapshot = thai_app.store.snapshot()
    return thai_app


async def _return_box(pilot) -> None:
    await pilot.press("b")
    await pilot.pause()
    await _steady_cursor(pilot)


@pytest.mark.parametrize("size", [SIZE, LARGE], ids=["80x24", "120x40"])
def test_review_dialog(supervisor_app, snap_compare, size):
    assert snap_compare(supervisor_app, run_before=_return_box, terminal_size=size)


@pytest.fixture
def scored_app(thai_app):
    """The same app with the ITA scores of 2566 kept: indicators 3 and 9 under the pass mark."""
    from ita_tui.store.commands import SetScores

    scores = (
        ("2", "92.5"),
        ("3", "78.4"),
        ("4", "88"),
        ("5", "85"),
        ("6", "96.1"),
        ("8", "90"),
        ("9", "61.25"),
    )
    thai_app.store.apply(SetScores(2566, scores))
    thai_app.snapshot = thai_app.store.snapshot()
    return thai_app


def test_main_screen_with_scores(scored_app, snap_compare):
    """Each indicator row shows its score, and ต่ำกว่าเกณฑ์ under 85."""
    assert snap_compare(
        scored_app, press=["down", "down", "down", "down", "down", "down"], terminal_size=SIZE
    )


def test_dashboard_with_scores(scored_app, snap_compare):
    assert snap_compare(scored_app, press=["d"], terminal_size=SIZE)
