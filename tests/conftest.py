"""Fixtures shared by the unit and app tests: the test checklist, a fresh database, running the
command line in this process or as a process of its own, and small disks."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

import pytest

from ita_tui.store import ProgressStore
from tests.support import CREATOR, STORE_CHECKLIST, ita_tui_process


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
