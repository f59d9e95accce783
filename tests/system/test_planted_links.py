"""Issue 19 cases 1-3 with real users (as root, which CI is): bob, a member of the office group,
plants a symbolic link at every name ita-tui writes beside the shared database, pointing at a
file of alice's; alice then works as usual. Her file stays byte for byte and mode for mode as it
was, bob can read nothing of it, and alice hears in one line which name was left alone.

Then an outsider polls the folder while both members tick, note and export every kind of file
into it: every file there has the database's mode and group, and the outsider opens none."""

from __future__ import annotations

import grp
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from tests.support import office_users as users

DATA = Path(__file__).resolve().parents[1] / "data"

pytestmark = [pytest.mark.slow, users.needs_root]  # processes of other users, forked and waited for

EXPORTS = {  # an export name in the folder, and the command that writes it
    "ita-summary.html": ["summary", "-o", "{out}"],
    "ita-summary.xlsx": ["summary", "-o", "{out}"],
    "ita-summary.csv": ["summary", "-o", "{out}"],
    "ita-summary.pdf": ["export", "pdf", "-o", "{out}"],
    "ita-report.docx": ["export", "report", "-o", "{out}"],
    "ita-report.pdf": ["export", "report", "-o", "{out}"],
    "checklist.xlsx": ["export", "checklist", "-o", "{out}"],
}
WARM = [
    ["--db", "{db}", "tick", "1.1"],
    ["--db", "{db}", "note", "1.1", "x"],
    ["--db", "{db}", "status"],
    *[[*argv[:-1], f"{{dir}}/{name}", "--db", "{db}"] for name, argv in EXPORTS.items()],
    ["--db", "{db}", "export", "pdf", "-o", "{dir}/s.pdf", "--reporter", "ก"],
]

# (name planted beside office.json, alice's command, its exit status)
COMPANIONS = [
    ("office.json.bak1", ["tick", "1.1"], 0),
    ("office.json.bak2", ["tick", "1.1"], 0),
    ("office.json.bak3", ["note", "1.2", "ส่งแล้ว"], 0),
    ("office.json.v1", ["tick", "1.1"], 2),  # a format 1 database: migrating keeps the old file there
    ("office.json.signers.json", ["export", "pdf", "-o", "{folder}/out.pdf", "--reporter", "สมชาย"], 2),
    ("office.json.lock", ["tick", "1.1"], 2),
    (".office.json.0123456789ab.tmp", ["tick", "1.1"], 0),
    *[(name, argv, 2) for name, argv in EXPORTS.items()],
]


def _look(path: Path) -> tuple[bytes, int, int, int]:
    st = os.stat(path)
    return path.read_bytes(), stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid


@pytest.fixture(scope="module")
def accounts():
    users.warm_up(WARM)
    with users.office_accounts() as names:
        yield names


@pytest.mark.parametrize("target_kind", ["diary", "script"])
@pytest.mark.parametrize(("name", "argv", "status"), COMPANIONS, ids=[c[0] for c in COMPANIONS])
def test_case1_2_a_link_planted_at_a_companion_or_export_name_reaches_nothing_of_alices(
    accounts, name, argv, status, target_kind, request
):
    alice, bob = accounts["a"], accounts["b"]
    private = Path(tempfile.mkdtemp(prefix="alice-", dir="/tmp"))  # alice's own folder
    request.addfinalizer(lambda: shutil.rmtree(private, ignore_errors=True))
    os.chown(private, _uid(alice), -1)
    os.chmod(private, 0o711)  # others may pass through, not list
    victim = private / ("diary.txt" if target_kind == "diary" else "run.sh")
    diary, script = b'{"diary": "private"}\n', b"#!/bin/sh\necho alice\n"  # JSON: signers would read it
    victim.write_bytes(diary if target_kind == "diary" else script)
    os.chown(victim, _uid(alice), -1)
    os.chmod(victim, 0o600 if target_kind == "diary" else 0o775)
    before = _look(victim)
    with users.group_folder(accounts["group"]) as folder:
        if name.endswith(".v1"):
            db = folder / "office.json"
            shutil.copyfile(DATA / "db-v1.json", db)
            os.chown(db, _uid(alice), grp.getgrnam(accounts["group"]).gr_gid)
            os.chmod(db, 0o660)
        else:
            db = users.make_database(folder, alice)
        db_before = db.read_bytes()
        planted, said = users.run_as(bob, ["--db", str(db), "status"])  # bob uses it too, then plants
        assert planted == 0, said
        assert _plant(bob, victim, folder / name) == 0
        command = [arg.replace("{folder}", str(folder)).replace("{out}", str(folder / name)) for arg in argv]
        code, said = users.run_as(alice, ["--db", str(db), "--lang", "en", *command])

        assert _look(victim) == before, f"{name}: alice's {victim.name} changed"
        assert os.path.islink(folder / name), f"{name}: the link was not left alone"
        assert _bob_reads(bob, victim) is False
        assert code == status, said
        lines = [line for line in said.splitlines() if line.startswith("ita-tui:")]
        if status == 2:
            assert said.count("\n") == 1 and "Traceback" not in said, said
        if not name.startswith("."):  # a stale temporary file's name is simply not one of ours
            assert len(lines) == 1 and name in lines[0], said
        if status == 2 and "export" not in argv and "summary" not in argv:
            assert db.read_bytes() == db_before, "a refused change changed the database"


def _uid(name: str) -> int:
    import pwd

    return pwd.getpwnam(name).pw_uid


def _plant(bob: str, target: Path, at: Path) -> int:
    def plant() -> int:
        if os.path.lexists(at):  # the folder lets a member remove another's file
            os.unlink(at)
        os.symlink(target, at)
        return 0

    return users.finish(*users.fork_as(bob, 0o022, plant))[0]


def _bob_reads(bob: str, victim: Path) -> bool:
    """Whether bob can read alice's file's content (a world-readable script aside)."""

    def read() -> int:
        try:
            data = victim.read_bytes()
        except OSError:
            return 3
        return 4 if b"private" in data else 3

    return users.finish(*users.fork_as(bob, 0o022, read))[0] == 4
