"""The progress store: what staff record stays recorded, exactly as written."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from ita_tui import files
from ita_tui.checklist import file as checklist_file
from ita_tui.errors import StoreError, UnknownItemError
from ita_tui.store import ProgressStore
from ita_tui.store.backups import backup_paths
from ita_tui.store.commands import AddLink, AddNote, SetState, UpdateChecklist
from tests.support import STORE_CHECKLIST


def reopen(db: Path, user: str = "somchai") -> ProgressStore:
    """The store as another process would see it."""
    return ProgressStore.open(db, user=user)


def test_a_new_database_holds_the_checklist_and_nothing_done(db):
    snapshot = reopen(db).snapshot()
    assert snapshot.checklist == checklist_file.load(STORE_CHECKLIST)
    assert snapshot.done_ids == frozenset()
    assert [e.action for e in reopen(db).log()] == ["create"]


def test_a_tick_is_kept_with_who_and_when(db):
    state = reopen(db, "somchai").apply(SetState.tick("2.1", True)).value
    assert (state.done, state.by) == (True, "somchai") and state.at
    assert reopen(db, "other").snapshot().state("2.1") == state


def test_undo_is_a_new_log_entry_and_nothing_is_removed(db):
    store = reopen(db, "somchai")
    store.apply(SetState.tick("2.1", True))
    store.apply(SetState.tick("2.1", False))
    assert not reopen(db).snapshot().state("2.1").done
    changes = [(e.action, e.item_id, e.before, e.after) for e in reopen(db).log()][1:]
    assert changes == [("tick", "2.1", "not-started", "done"), ("untick", "2.1", "done", "not-started")]


def test_ticking_an_item_already_done_changes_nothing(db):
    first = reopen(db, "a").apply(SetState.tick("1.1", True)).value
    again = reopen(db, "b").apply(SetState.tick("1.1", True)).value
    assert again == first
    assert len(reopen(db).log()) == 2


@pytest.mark.parametrize(
    "text",
    [
        "[bold]ตัวหนา[/] ไม่ใช่ markup [/]",
        "ส่งเอกสารแล้ว 😀👍🏽 ครบ",
        "น้ำ ก่้ ที่่ ปั้ ฯลฯ",  # Thai with stacked and doubled combining marks
        "two\nlines",
    ],
)
def test_notes_round_trip_exactly(db, text):
    reopen(db).apply(AddNote("1.2", text))
    assert [n.text for n in reopen(db).snapshot().notes["1.2"]] == [text]


def test_escape_sequences_are_made_visible_when_stored(db):
    reopen(db, "evil\x1b]0;x\x07").apply(AddNote("1.2", "clear\x1b[2J\x9b31m now\r"))
    note = reopen(db).snapshot().notes["1.2"][0]
    assert note.text == "clear␛[2J\\x9b31m now␍"
    assert note.author == "evil␛]0;x␇"
    assert b"\x1b" not in db.read_bytes() and b"\\u001b" not in db.read_bytes()


def test_links_keep_url_and_label(db):
    reopen(db, "somchai").apply(AddLink("3.1", "https://chumsaeng.go.th/ita/o12", "O12 รายงาน"))
    (link,) = reopen(db).snapshot().links["3.1"]
    assert (link.url, link.label, link.author) == ("https://chumsaeng.go.th/ita/o12", "O12 รายงาน", "somchai")


def test_an_empty_note_or_link_is_refused(db):
    with pytest.raises(StoreError):
        reopen(db).apply(AddNote("1.1", "  \n "))
    with pytest.raises(StoreError):
        reopen(db).apply(AddLink("1.1", " "))


def test_unknown_item_names_the_nearest_ids(db):
    with pytest.raises(UnknownItemError) as raised:
        reopen(db).apply(SetState.tick("2.9", True))
    message = str(raised.value)
    assert "2.9" in message and "2.1" in message and "2.4" in message
    assert "\n" not in message
    with pytest.raises(UnknownItemError, match=r"1\.1"):
        reopen(db).apply(AddNote("11", "x"))


def test_two_stores_in_one_process_never_overwrite_each_other(db):
    first, second = reopen(db, "a"), reopen(db, "b")
    first.apply(SetState.tick("1.1", True))
    second.apply(SetState.tick("1.2", True))  # its cached copy predates the first tick
    first.apply(AddNote("1.3", "from a"))
    second.apply(AddNote("1.3", "from b"))
    snapshot = reopen(db).snapshot()
    assert snapshot.done_ids == {"1.1", "1.2"}
    assert [n.text for n in snapshot.notes["1.3"]] == ["from a", "from b"]


def test_snapshot_is_reused_until_another_process_writes(db):
    mine, theirs = reopen(db), reopen(db, "other")
    before, version = mine.snapshot(), mine.version()
    assert mine.snapshot() is before and mine.version() == version
    theirs.apply(SetState.tick("1.4", True))
    assert mine.version() != version
    assert mine.snapshot().state("1.4").done


def test_log_since_a_date(db):
    reopen(db).apply(SetState.tick("1.1", True))
    entries = reopen(db).log()
    today = entries[-1].at[:10]
    from datetime import date, timedelta

    assert reopen(db).log(since=date.fromisoformat(today)) == entries
    assert reopen(db).log(since=date.fromisoformat(today) + timedelta(days=1)) == []


def test_updating_the_checklist_keeps_states_and_reports_removed_items(db):
    store = reopen(db, "somchai")
    store.apply(SetState.tick("1.1", True))
    store.apply(SetState.tick("1.2", True))
    store.apply(AddNote("1.2", "ทำแล้ว"))
    old = store.checklist
    first = old.indicators[0]
    new_items = tuple(i for i in first.items if i.id != "1.2") + (
        replace(first.items[0], id="1.5", number=5),
    )
    new = replace(old, indicators=(replace(first, items=new_items),) + old.indicators[1:])

    report = store.apply(UpdateChecklist(new)).value

    assert report.removed == ("1.2",) and report.added == ("1.5",)
    assert set(report.kept) == set(old.item_ids()) - {"1.2"}
    snapshot = reopen(db).snapshot()
    assert snapshot.checklist == new and snapshot.done_ids == {"1.1"}
    removal = [e for e in reopen(db).log() if e.action == "checklist-update" and e.item_id == "1.2"]
    history = removal[0].shown("before")
    assert "done by somchai" in history.text("en") and "1 notes" in history.text("en")
    assert "ทำแล้ว โดย somchai" in history.text("th") and "บันทึก 1 รายการ" in history.text("th")
    # The history was kept: putting the item back brings its state and note back.
    reopen(db).apply(UpdateChecklist(old))
    snapshot = reopen(db).snapshot()
    assert snapshot.done_ids == {"1.1", "1.2"} and snapshot.notes["1.2"][0].text == "ทำแล้ว"


def test_each_process_first_change_keeps_rotating_backups_of_good_versions(db):
    versions = []
    for n in range(5):
        versions.append(db.read_bytes())
        store = reopen(db)
        store.apply(AddNote("1.1", f"note {n}"))
        store.apply(AddNote("1.1", f"more {n}"))  # only the first change of a process backs up
    backups = backup_paths(db)
    assert [b.read_bytes() for b in backups] == versions[:1:-1]  # newest first: the versions before
    assert not db.with_name(db.name + ".bak4").exists()
    listing = sorted(p.name for p in db.parent.iterdir())
    reopen(db).snapshot()  # reading keeps no backup
    assert [b.read_bytes() for b in backups] == versions[:1:-1]
    assert sorted(p.name for p in db.parent.iterdir()) == listing


def test_stale_temp_files_from_a_crash_are_removed_by_the_next_change(db):
    stale = db.parent / f".{db.name}.0123456789ab.tmp"
    stale.write_bytes(b'{"half a wri')
    reopen(db).snapshot()
    assert stale.exists()  # a reader leaves the folder alone
    reopen(db).apply(SetState.tick("1.1", True))
    assert not stale.exists()


def test_only_this_databases_temp_files_are_removed(db):
    backup_temp = db.parent / f".{db.name}.bak1.0123456789ab.tmp"
    backup_temp.write_bytes(b"half a backup")
    neighbour = db.parent / f".{db.name}.2567.0123456789ab.tmp"  # `progress.json.2567` being written
    neighbour.write_bytes(b"another database's write in progress")
    reopen(db).apply(SetState.tick("1.1", True))
    assert not backup_temp.exists() and neighbour.exists()


def test_a_write_keeps_the_files_mode_and_colleagues_can_take_the_lock(db):
    os.chmod(db, 0o660)
    db.with_name(db.name + ".lock").unlink()
    reopen(db).apply(SetState.tick("1.1", True))
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o660
    assert stat.S_IMODE(os.stat(db.with_name(db.name + ".lock")).st_mode) == 0o660


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another group needs root")
def test_a_write_keeps_the_files_group(db):
    os.chown(db, -1, 54321)
    reopen(db).apply(SetState.tick("1.1", True))
    assert os.stat(db).st_gid == 54321


def test_a_new_database_follows_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        path = tmp_path / "new.json"
        ProgressStore.open(path, user="a", checklist_path=STORE_CHECKLIST)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_a_full_disk_leaves_the_old_file_intact(db, monkeypatch, failing):
    store = reopen(db)
    store.apply(SetState.tick("1.1", True))
    before = db.read_bytes()
    real = getattr(os, failing)

    def full(fd, *args):
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).endswith(".tmp"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, *args)

    monkeypatch.setattr(files.os, failing, full)
    with pytest.raises(StoreError, match="disk is full") as raised:
        store.apply(AddNote("1.1", "ข้อความยาว " * 100))
    assert "\n" not in str(raised.value)
    monkeypatch.undo()
    assert db.read_bytes() == before
    assert not list(db.parent.glob(f".{db.name}.*.tmp"))
    # The store is still usable afterwards and did not keep the lost change in memory.
    assert "1.1" not in store.snapshot().notes
    store.apply(AddNote("1.1", "after"))
    assert [n.text for n in reopen(db).snapshot().notes["1.1"]] == ["after"]


def test_a_missing_checklist_is_one_line_error(tmp_path):
    from ita_tui.errors import ItaError

    with pytest.raises(ItaError, match="no such checklist file"):
        ProgressStore.open(tmp_path / "db.json", user="a", checklist_path=tmp_path / "none.json")
    assert not (tmp_path / "db.json").exists()


def test_threads_sharing_one_store_lose_nothing(db):
    import threading

    store = reopen(db, "app")
    ids = store.checklist.item_ids()

    def work(n: int) -> None:
        for item in ids[n::4]:
            store.apply(SetState.tick(item, True))
            store.apply(AddNote(item, f"thread {n}"))
            store.snapshot()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    snapshot = reopen(db).snapshot()
    assert snapshot.done_ids == set(ids)
    assert all(len(snapshot.notes[item]) == 1 for item in ids)


def test_a_note_added_after_notes_were_deleted_by_hand_still_comes_last(db):
    import json

    store = reopen(db)
    for text in ("one", "two", "three", "four"):
        store.apply(AddNote("1.1", text))
    tables = json.loads(db.read_text(encoding="utf-8"))
    for doc_id in ("2", "3"):  # someone removed two notes with an editor
        del tables["notes"][doc_id]
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")

    reopen(db).apply(AddNote("1.1", "five"))

    assert [n.text for n in reopen(db).snapshot().notes["1.1"]] == ["one", "four", "five"]


def test_a_database_reached_through_a_symlink_is_written_where_it_lives(db, tmp_path):
    link = tmp_path / "my-db.json"
    link.symlink_to(db)
    reopen(link).apply(SetState.tick("1.1", True))
    assert link.is_symlink()
    assert reopen(db).snapshot().done_ids == {"1.1"}  # colleagues using the real path see it
