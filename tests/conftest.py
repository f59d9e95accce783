"""Fixtures shared by the unit and app tests."""

import errno
import os
import shutil
import subprocess

import pytest


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
