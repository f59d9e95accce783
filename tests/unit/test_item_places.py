"""An item's number is its place (issue 20, item 12): an item added after 2.1 is 2.2 and the
items after it move on one number; an item moved to indicator 3 takes the number of its place
there. Their ticks, notes and links follow them, the old ids still find them, undo and redo put
numbers and records back, and the documents print the same numbers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ita_tui.checklist.model import Checklist
from ita_tui.store import ProgressStore
from ita_tui.store.commands import AddItem, AddNote, MoveItem, Redo, RemoveItem, SetState, Undo


def ids_and_texts(store: ProgressStore, number: int) -> list[tuple[str, int, str]]:
    ind = next(i for i in store.checklist.indicators if i.number == number)
    return [(item.id, item.number, item.text[:7]) for item in ind.items]


@pytest.fixture
def ticked(store):
    """The small checklist with 2.2 ticked and noted."""
    store.apply(SetState.tick("2.2", True))
    store.apply(AddNote("2.2", "บันทึกของข้อสอง"))
    return store


def test_an_item_added_after_2_1_is_2_2_and_the_next_ones_move_on_with_their_records(ticked):
    before = ids_and_texts(ticked, 2)
    assert ticked.apply(AddItem(2, "จัดอบรมบุคลากร", after="2.1")).value == "2.2"
    assert ids_and_texts(ticked, 2) == [
        ("2.1", 1, before[0][2]),
        ("2.2", 2, "จัดอบรม"),
        ("2.3", 3, before[1][2]),
        ("2.4", 4, before[2][2]),
    ]
    snapshot = ticked.snapshot()
    assert snapshot.state("2.3").done and not snapshot.state("2.2").done
    assert [n.text for n in snapshot.notes["2.3"]] == ["บันทึกของข้อสอง"] and "2.2" not in snapshot.notes
    ticked.apply(AddNote("2.4", "ข้อสามเดิม"))  # ids as shown now
    assert [n.text for n in ticked.snapshot().notes["2.4"]] == ["ข้อสามเดิม"]
    ticked.apply(Undo())  # the note
    ticked.apply(Undo())  # the item
    assert ids_and_texts(ticked, 2) == before and ticked.snapshot().state("2.2").done
    ticked.apply(Redo())
    assert ids_and_texts(ticked, 2)[1] == ("2.2", 2, "จัดอบรม") and ticked.snapshot().state("2.3").done


def test_undoing_an_added_item_that_was_ticked_meanwhile_gives_its_tick_to_no_other_item(ticked, db_path):
    ticked.apply(AddItem(2, "จัดอบรมบุคลากร", after="2.1"))
    ProgressStore.open(db_path, user="bob").apply(SetState.tick("2.2", True))  # bob ticks the new item
    ticked.apply(Undo())
    snapshot = ticked.snapshot()
    assert [snapshot.state(i).done for i in ("2.1", "2.2", "2.3")] == [False, True, False]
    assert [n.text for n in snapshot.notes["2.2"]] == ["บันทึกของข้อสอง"]  # the old 2.2's own


def test_a_moved_item_takes_its_new_number_and_the_old_one_still_finds_it(ticked):
    assert ticked.apply(MoveItem("2.2", 3)).value == "3.3"
    assert [i[0] for i in ids_and_texts(ticked, 2)] == ["2.1", "2.2"]  # 2.3 moved up into the gap
    snapshot = ticked.snapshot()
    assert snapshot.state("3.3").done and [n.text for n in snapshot.notes["3.3"]] == ["บันทึกของข้อสอง"]
    assert not snapshot.state("2.2").done
    assert ticked.apply(MoveItem("3.3", 3, after="3.1")).value == "3.2"  # within its indicator too
    assert ticked.snapshot().state("3.2").done
    ticked.apply(Undo())
    ticked.apply(Undo())
    assert ticked.snapshot().state("2.2").done and [i[0] for i in ids_and_texts(ticked, 3)] == ["3.1", "3.2"]


def test_a_new_item_does_not_inherit_a_removed_items_tick(ticked):
    ticked.apply(SetState.tick("2.3", True))
    ticked.apply(RemoveItem("2.3"))
    assert ticked.apply(AddItem(2, "ข้อใหม่")).value == "2.3"
    assert not ticked.snapshot().state("2.3").done
    ticked.apply(Undo())  # the add: the removed item's history is back under its id
    ticked.apply(Undo())  # the removal
    assert ticked.snapshot().state("2.3").done


def test_an_item_an_older_version_moved_keeping_its_id_gives_way(db_path, tmp_path):
    """Before numbers followed places, a move kept the id: 2.2 could sit in indicator 3. Adding
    to indicator 2 numbers indicator 3 too, so no two items share an id."""
    from ita_tui.checklist.file import load, save
    from tests.conftest import SMALL_CHECKLIST

    checklist: Checklist = load(SMALL_CHECKLIST)
    two, three = checklist.indicators[0], checklist.indicators[1]
    old = replace(
        checklist,
        indicators=(
            replace(two, items=two.items[:1] + two.items[2:]),  # 2.1, 2.3
            replace(three, items=(*three.items, two.items[1])),  # 3.1, 3.2, 2.2
            *checklist.indicators[2:],
        ),
    )
    path = tmp_path / "old.json"
    save(old, path)
    store = ProgressStore.open(db_path, user="tester", checklist_path=path)
    store.apply(SetState.tick("2.2", True))
    assert store.apply(AddItem(2, "ข้อใหม่")).value == "2.3"
    assert [i[0] for i in ids_and_texts(store, 2)] == ["2.1", "2.2", "2.3"]
    assert [i[0] for i in ids_and_texts(store, 3)] == ["3.1", "3.2", "3.3"]
    assert store.snapshot().state("3.3").done  # the tick went with the item numbered 3.3


def test_the_documents_number_the_items_as_the_tree_does(ticked):
    """The measures document (O42) and the results report (O43) print "2. จัดอบรม…" for 2.2."""
    from ita_tui.export.measures import METHOD, measures_blocks
    from ita_tui.locale import words

    ticked.apply(AddItem(2, "จัดอบรมบุคลากร", after="2.1"))
    ticked.apply(MoveItem("2.4", 9))
    checklist = ticked.checklist
    block = measures_blocks(checklist, words("th"), "arabic")[0]
    printed = [row[METHOD][0].text.split(" ", 1)[0] for row in block.rows]
    assert printed == ["1.", "2.", "3."]
    assert block.rows[1][METHOD][0].text.startswith("2. จัดอบรม")
    nine = measures_blocks(checklist, words("th"), "arabic")[2]
    assert [row[METHOD][0].text.split(" ", 1)[0] for row in nine.rows] == ["1.", "2."]
