"""Fixtures shared by every tier (unit, integration, system): the test checklist, a fresh database,
running the command line in this process or as a process of its own, small disks, and the app on a
test store."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, settings

from ita_tui.store import ProgressStore
from tests.support import CREATOR, SMALL_CHECKLIST, STORE_CHECKLIST, ita_tui_process

# The fuzzers (hypothesis, tests/integration) run a short profile by default, as CI does; a long
# search is `pytest tests/integration --hypothesis-profile=fuzz`. Each example imports a document,
# so no deadline, and generating documents is allowed to be slow.
settings.register_profile("ci", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")


class CliRun(NamedTuple):
    """What one in-process run of the command line gave: exit status and what it printed."""

    status: int
    out: str
    err: str


@pytest.fixture
def checklist_path() -> Path:
    """The CLI and store tests' checklist file (tests/data/store-checklist.json)."""
    return STORE_CHECKLIST


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Where a test's database goes, in a folder of its own (not made yet)."""
    folder = tmp_path / "office"
    folder.mkdir()
    return folder / "progress.json"


@pytest.fixture
def db(db_path, checklist_path) -> Path:
    """A fresh database on the test checklist, nothing done; made by CREATOR."""
    ProgressStore.open(db_path, user=CREATOR, checklist_path=checklist_path)
    return db_path


@pytest.fixture
def cli(capsys):
    """Run the command line in this process: `cli("tick", "2.1", ...)` is a CliRun."""
    from ita_tui.cli import main

    def run(*argv: object) -> CliRun:
        status = main([str(arg) for arg in argv])
        out, err = capsys.readouterr()
        return CliRun(status, out, err)

    return run


@pytest.fixture
def cli_process():
    """Run `python -m ita_tui` as a process of its own (see tests.support.ita_tui_process)."""
    return ita_tui_process


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KiB tmpfs (needs the right to mount; skipped otherwise)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if (
        shutil.which("mount") is None
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


@pytest.fixture
def fill_disk():
    """A function that writes to a folder's disk until it is full (ENOSPC)."""

    def fill(folder) -> None:
        fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(fd, b"x" * 512)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        finally:
            os.close(fd)

    return fill


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
