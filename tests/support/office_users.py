"""Real users of one office group for the shared-folder tests (as root, which CI is): a group
with two members and one user outside it, children forked to become them, and a setgid folder of
the group as the README's recipe makes it.

A child drops root with setgroups/setgid/setuid (what setpriv does) and runs `ita_tui.cli.main`
in its own process; what it prints comes back through a pipe. Everything it runs is imported
before the fork (`warm_up`), so a user who may not read the interpreter's files still can."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHECKLIST = Path(__file__).resolve().parents[1] / "data" / "store-checklist.json"  # tests/data

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("useradd"),
    reason="needs root and useradd (CI runs as root)",
)


@contextmanager
def office_accounts() -> Iterator[dict[str, str]]:
    """Group `group` with members `a` and `b`, and `outsider`; removed afterwards."""
    tag = f"it{os.getpid() % 100000}"
    names = {"group": f"{tag}g", "a": f"{tag}a", "b": f"{tag}b", "outsider": f"{tag}o"}
    subprocess.run(["groupadd", names["group"]], check=True)
    try:
        for who in ("a", "b"):
            subprocess.run(["useradd", "-M", "-N", "-G", names["group"], names[who]], check=True)
        subprocess.run(["useradd", "-M", "-N", names["outsider"]], check=True)
        _skip_unless_they_read_the_checkout(names["a"])
        yield names
    finally:
        for who in ("a", "b", "outsider"):
            subprocess.run(["userdel", names[who]], capture_output=True)
        subprocess.run(["groupdel", names["group"]], capture_output=True)


def _skip_unless_they_read_the_checkout(name: str) -> None:
    """Skip where the users cannot read the checkout's fonts and data (a clone under /root, mode
    700): the exports they run read them, so the test could only fail on where it lives."""
    from ita_tui.paths import data_dir, fonts_dir

    def look() -> int:
        return 0 if all(os.access(folder, os.R_OK | os.X_OK) for folder in (fonts_dir(), data_dir())) else 1

    status, _ = finish(*fork_as(name, 0o022, look))
    if status != 0:
        pytest.skip("the other users cannot read this checkout")


def fork_as(name: str, umask: int, work: Callable[[], int]) -> tuple[int, int]:
    """A child that becomes `name` (its groups too) with `umask` and runs `work`, its stdout and
    stderr into a pipe: (pid, the pipe's read end)."""
    entry = pwd.getpwnam(name)
    groups = [g.gr_gid for g in grp.getgrall() if name in g.gr_mem]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read_end)
            os.dup2(write_end, 1)
            os.dup2(write_end, 2)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115 (not pytest's capture)
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            os.setgroups(groups)
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            os.umask(umask)
            code = work()
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def finish(pid: int, read_end: int) -> tuple[int, str]:
    """The child's exit status and everything it printed."""
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), b"".join(chunks).decode("utf-8", "replace")


def run_as(name: str, argv: list[str], umask: int = 0o022) -> tuple[int, str]:
    """`ita-tui ARGV` as the user `name`: exit status and what it printed (stdout and stderr)."""
    from ita_tui.cli import main

    return finish(*fork_as(name, umask, lambda: main(argv)))


def warm_up(commands: list[list[str]]) -> None:
    """Run each command once as root in a folder of its own, so every module (and codec) the
    users' children need is imported before they drop root."""
    import tinydb.table  # noqa: F401

    from ita_tui.cli import main

    with tempfile.TemporaryDirectory() as warm:
        db = Path(warm) / "warm.json"
        main(["--db", str(db), "units", "list"])  # the database (readers never create one): its codecs too
        for argv in commands:
            main([arg.replace("{db}", str(db)).replace("{dir}", warm) for arg in argv])


@contextmanager
def group_folder(group: str) -> Iterator[Path]:
    """A setgid folder of `group` (2775, the README's recipe) in /tmp, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="ita-shared-", dir="/tmp"))
    try:
        os.chown(folder, 0, grp.getgrnam(group).gr_gid)
        os.chmod(folder, 0o2775)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def make_database(folder: Path, member: str, name: str = "office.json") -> Path:
    """A database made in `folder` by `member` (umask 007: group rights from the start)."""
    checklist = folder / "checklist.json"
    shutil.copyfile(CHECKLIST, checklist)
    os.chmod(checklist, 0o644)
    db = folder / name
    status, said = run_as(member, ["--db", str(db), "--checklist", str(checklist), "units", "list"], 0o007)
    assert status == 0, said
    os.remove(checklist)
    return db


@contextmanager
def outsider_polling(outsider: str, folder: Path) -> Iterator[Callable[[], tuple[int, list[str]]]]:
    """A child as `outsider` (umask 022) opening every file in `folder` over and over; yields the
    call that stops it: how many times it looked, and the names it could open (sorted)."""
    stop, report = Path(f"{folder}.stop"), Path(f"{folder}.outsider")

    def poll() -> int:
        opened, looks = set(), 0
        while not stop.exists():
            for entry in os.listdir(folder):
                try:
                    with open(folder / entry, "rb") as handle:
                        handle.read(1)
                    opened.add(entry)
                except OSError:
                    pass
            looks += 1
        report.write_text(f"{looks} {' '.join(sorted(opened))}")
        return 0

    ended: list[tuple[int, str]] = []

    def stopped() -> tuple[int, list[str]]:
        stop.touch()
        ended.append(finish(*poller))
        assert ended[0][0] == 0, ended[0][1]
        looks, *opened = report.read_text().split()
        return int(looks), opened

    os.chmod(folder.parent, os.stat(folder.parent).st_mode)  # /tmp: the outsider writes its report
    poller = fork_as(outsider, 0o022, poll)
    try:
        yield stopped
    finally:
        if not ended:  # the test failed first: no child goes on polling
            stop.touch()
            finish(*poller)
        for leftover in (stop, report):
            leftover.unlink(missing_ok=True)
