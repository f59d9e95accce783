"""Issue 10 case 2 (with real users, as root): the README's group-shared folder recipe. Two
members of one group both write; a user outside the group can never open any file in the folder,
polled all through 500 writes.

The users run in forked children of this test that drop root with setgroups/setgid/setuid (what
setpriv does), so the interpreter need not be readable by them: everything they run is imported
before the fork."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ita_tui.store.commands import AddNote, SetState

CHECKLIST = Path(__file__).resolve().parents[1] / "data" / "store-checklist.json"
WRITES = 500

pytestmark = [
    pytest.mark.slow,  # processes of other users, forked and waited for
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("useradd"),
        reason="needs root and useradd (CI runs as root)",
    ),
]


@pytest.fixture
def accounts() -> Iterator[dict[str, str]]:
    """A group with two members, and one user outside it; removed afterwards."""
    tag = f"it{os.getpid() % 100000}"
    names = {"group": f"{tag}g", "a": f"{tag}a", "b": f"{tag}b", "outsider": f"{tag}o"}
    subprocess.run(["groupadd", names["group"]], check=True)
    try:
        for who in ("a", "b"):
            subprocess.run(["useradd", "-M", "-N", "-G", names["group"], names[who]], check=True)
        subprocess.run(["useradd", "-M", "-N", names["outsider"]], check=True)
        yield names
    finally:
        for who in ("a", "b", "outsider"):
            subprocess.run(["userdel", names[who]], capture_output=True)
        subprocess.run(["groupdel", names["group"]], capture_output=True)


def _as_user(name: str, umask: int, work: Callable[[], int]) -> int:
    """Fork a child that becomes `name` (its groups too) with `umask`, runs `work`; its pid."""
    import tinydb.table  # noqa: F401

    import ita_tui.cli
    import ita_tui.store.backups  # noqa: F401

    entry = pwd.getpwnam(name)
    groups = [g.gr_gid for g in grp.getgrall() if name in g.gr_mem]
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.setgroups(groups)
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            os.umask(umask)
            code = work()
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    return pid


def _warm_up(folder: Path) -> None:
    """Run what the users will run once as root, so every module (and codec) it needs is imported:
    after dropping root the children cannot read the interpreter's files."""
    from ita_tui.cli import main
    from ita_tui.store import ProgressStore

    db = folder / "warm.json"
    assert main(["--db", str(db), "--checklist", str(CHECKLIST), "tick", "1.1"]) == 0
    store = ProgressStore.open(db, user="root")
    store.apply(SetState.tick("1.1", True))
    store.apply(AddNote("1.2", "x"))
    store.snapshot()


def _wait(pid: int) -> int:
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_case2_group_members_share_a_2775_folder_and_outsiders_read_nothing(accounts):
    from ita_tui.cli import main
    from ita_tui.store import ProgressStore

    with tempfile.TemporaryDirectory() as warm:
        _warm_up(Path(warm))
    folder = Path(tempfile.mkdtemp(prefix="ita-shared-", dir="/tmp"))
    try:
        # The README's recipe, as root: a setgid folder of the group.
        gid = grp.getgrnam(accounts["group"]).gr_gid
        os.chown(folder, 0, gid)
        os.chmod(folder, 0o2775)
        checklist = folder / "checklist.json"
        shutil.copyfile(CHECKLIST, checklist)
        os.chmod(checklist, 0o644)
        db = folder / "office.json"

        # The first member creates the database with group rights from the start.
        making = ["--db", str(db), "--checklist", str(checklist), "units", "list"]  # a reader would not
        creating = _as_user(accounts["a"], 0o007, lambda: main(making))
        assert _wait(creating) == 0
        os.remove(checklist)
        assert (os.stat(db).st_mode & 0o777, os.stat(db).st_gid) == (0o660, gid)

        stop = folder.parent / f"{folder.name}.stop"
        read_by_outsider = folder.parent / f"{folder.name}.outsider"

        def poll() -> int:
            opened, looks = [], 0
            while not stop.exists():
                for entry in os.listdir(folder):
                    try:
                        with open(folder / entry, "rb") as handle:
                            handle.read(1)
                        opened.append(entry)
                    except OSError:
                        pass
                looks += 1
            read_by_outsider.write_text(f"{looks} {' '.join(opened)}")
            return 0

        def writes(who: str) -> Callable[[], int]:
            def run() -> int:
                store = ProgressStore.open(db, user=who)
                for n in range(WRITES // 2):
                    if n % 5 == 0:
                        store.apply(SetState.tick("1.1", n % 10 == 0))
                    else:
                        store.apply(AddNote("1.2", f"{who}-{n}"))
                return 0

            return run

        os.chmod(folder.parent, os.stat(folder.parent).st_mode)  # /tmp: the outsider may write its report
        poller = _as_user(accounts["outsider"], 0o022, poll)
        # The second member writes with the usual umask 022: every file still gets the database's mode.
        writers = [_as_user(accounts[who], 0o022, writes(who)) for who in ("a", "b")]
        assert [_wait(pid) for pid in writers] == [0, 0]
        stop.touch()
        assert _wait(poller) == 0
        looks, *opened = read_by_outsider.read_text().split()
        assert int(looks) > 10 and opened == [], f"the outsider opened {sorted(set(opened))[:5]}"

        snapshot = ProgressStore.open(db, user="root").snapshot()
        notes = {n.text for ns in snapshot.notes.values() for n in ns}
        assert len([t for t in notes if t.startswith(("a-", "b-"))]) == WRITES * 4 // 5
        for path in folder.iterdir():
            st = os.stat(path)
            assert (st.st_mode & 0o777, st.st_gid) == (0o660, gid), path.name
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        for leftover in folder.parent.glob(f"{folder.name}.*"):
            leftover.unlink()
