"""Each change hands back the database as it left it: the new version and its snapshot, the same
a fresh read gives; the activity list reads only the entries it asks for."""

from __future__ import annotations

import pytest

from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddLink, AddNote, SetState
from tests.support import STORE_CHECKLIST


@pytest.fixture
def store(tmp_path) -> ProgressStore:
    return ProgressStore.open(tmp_path / "db.json", user="somchai", checklist_path=STORE_CHECKLIST)


def fresh(store: ProgressStore):
    """The snapshot another process reads now."""
    return ProgressStore.open(store.path, user="other").snapshot()


def test_a_change_hands_back_the_new_version_and_snapshot(store):
    store.snapshot()
    change = store.apply(SetState.tick("1.1", True))
    assert change.value.done and change.value.by == "somchai"
    assert change.version == store.version()  # the version on disk is this change's
    assert change.snapshot == fresh(store)
    note = store.apply(AddNote("1.2", "ส่งหนังสือแล้ว"))
    link = store.apply(AddLink("1.2", "example.org/o12", "O12"))
    assert link.snapshot == fresh(store)
    assert [n.text for n in link.snapshot.notes["1.2"]] == ["ส่งหนังสือแล้ว"]
    assert note.snapshot.links == {} and link.snapshot.links["1.2"][0].url == "https://example.org/o12"


def test_a_change_includes_what_another_process_wrote_before_it(store):
    store.snapshot()
    ProgressStore.open(store.path, user="วิภา").apply(AddNote("1.1", "จากอีกเครื่อง"))
    change = store.apply(SetState.tick("1.2", True))
    assert change.snapshot == fresh(store)
    assert change.snapshot.notes["1.1"][0].author == "วิภา"


def test_a_change_without_effect_hands_back_the_current_database(store):
    change = store.apply(SetState.tick("1.1", False))  # never ticked: nothing to write
    assert change.version == store.version() and change.snapshot == fresh(store)


def test_the_last_entries_of_the_log_are_read_alone(store):
    for n in range(12):
        store.apply(AddNote("1.1", f"note {n}"))
    assert store.log(last=3) == store.log()[-3:]
    assert [e.after for e in store.log(last=2)] == ["note 10", "note 11"]
