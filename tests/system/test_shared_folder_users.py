"""Issue 10 case 2 (with real users, as root): the README's group-shared folder recipe. Two
members of one group both write; a user outside the group can never open any file in the folder,
polled all through 500 writes.

The users run in forked children of this test that drop root with setgroups/setgid/setuid (what
setpriv does), so the interpreter need not be readable by them: everything they run is imported
before the fork (tests/support/office_users.py)."""

from __future__ import annotations

import grp
import os
from collections.abc import Callable

import pytest

from ita_tui.store.commands import AddNote, SetState
from tests.support import office_users as users

WRITES = 500

pytestmark = [pytest.mark.slow, users.needs_root]  # processes of other users, forked and waited for


def test_case2_group_members_share_a_2775_folder_and_outsiders_read_nothing():
    from ita_tui.store import ProgressStore

    users.warm_up(
        [["--db", "{db}", "tick", "2.1"], ["--db", "{db}", "note", "2.1", "x"], ["--db", "{db}", "status"]]
    )
    with users.office_accounts() as accounts, users.group_folder(accounts["group"]) as folder:
        # The README's recipe, as root: a setgid folder of the group; the first member creates the
        # database with group rights from the start.
        gid = grp.getgrnam(accounts["group"]).gr_gid
        db = users.make_database(folder, accounts["a"])
        assert (os.stat(db).st_mode & 0o777, os.stat(db).st_gid) == (0o660, gid)

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

        with users.outsider_polling(accounts["outsider"], folder) as stopped:
            # The second member writes with the usual umask 022: every file still gets the database's mode.
            writers = [users.fork_as(accounts[who], 0o022, writes(who)) for who in ("a", "b")]
            assert [users.finish(*writer)[0] for writer in writers] == [0, 0]
            looks, opened = stopped()
        assert looks > 10 and opened == [], f"the outsider opened {sorted(set(opened))[:5]}"

        snapshot = ProgressStore.open(db, user="root").snapshot()
        notes = {n.text for ns in snapshot.notes.values() for n in ns}
        assert len([t for t in notes if t.startswith(("a-", "b-"))]) == WRITES * 4 // 5
        for path in folder.iterdir():
            st = os.stat(path)
            assert (st.st_mode & 0o777, st.st_gid) == (0o660, gid), path.name
