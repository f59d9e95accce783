"""A database in a folder its reader may not write, and another user to read it as: what the
readers tests (unit and system tier) and the read-only store test share."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddNote, SetState
from tests.support import STORE_CHECKLIST

# The commands that only read, as argv (`{out}` is a folder the reader may write).
READERS = [
    ["status"],
    ["status", "--json"],
    ["summary", "--pending"],
    ["log"],
    ["export", "pdf", "-o", "{out}/summary.pdf"],
]

NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def folder_state(folder: Path) -> dict[str, int]:
    """Every name in the folder (hidden ones too) with its modification time."""
    return {entry.name: entry.stat().st_mtime_ns for entry in os.scandir(folder)}


def read_only_database(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(a database alone in a folder nobody may write (0555), a folder for exports), for a
    fixture to yield from.

    Made under /tmp with open permissions on the way, so that another user can reach it."""
    top = Path(tempfile.mkdtemp(prefix="ita-readers-"))
    os.chmod(top, 0o755)
    setup = tmp_path / "setup.json"
    store = ProgressStore.open(setup, user="somchai", checklist_path=STORE_CHECKLIST)
    store.apply(SetState.tick("1.1", True))
    store.apply(AddNote("1.2", "ส่งหนังสือแล้ว"))
    folder, out = top / "shared", top / "out"
    folder.mkdir()
    out.mkdir()
    os.chmod(out, 0o777)
    shutil.copyfile(setup, folder / "progress.json")
    os.chmod(folder / "progress.json", 0o444)
    os.chmod(folder, 0o555)
    try:
        yield folder / "progress.json", out
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(top)


def as_nobody() -> list[str]:
    """The command prefix that runs a process as `nobody`. Skips the test where that cannot work:
    not root, no setpriv, or a checkout `nobody` may not read (a clone under /root, mode 700)."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("runs a process as another user (needs root and setpriv)")
    probe = subprocess.run([*NOBODY, sys.executable, "-c", "import ita_tui.cli"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("the other user cannot read this checkout")
    return NOBODY
