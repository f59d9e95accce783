"""Every change the store can make, as a value: `store.apply(SetState("2.1", "done"))`."""

from ita_tui.store.commands.checklist_edits import (
    AddIndicator,
    AddItem,
    EditIndicator,
    EditItem,
    MoveItem,
    RemoveIndicator,
    RemoveItem,
    Renumber,
)
from ita_tui.store.commands.checklist_update import UpdateChecklist
from ita_tui.store.commands.notes import AddLink, AddNote, EditNote, RetractLink, RetractNote
from ita_tui.store.commands.people import AddUnit, AddUser, MapUnits, RemoveUnit, RenameUnit
from ita_tui.store.commands.scores import SetIssues, SetScores
from ita_tui.store.commands.states import ReviewItem, SetOutcome, SetResult, SetState
from ita_tui.store.commands.undo import Redo, Undo

__all__ = [
    "AddIndicator",
    "AddItem",
    "AddLink",
    "AddNote",
    "AddUnit",
    "AddUser",
    "EditIndicator",
    "EditItem",
    "EditNote",
    "MapUnits",
    "MoveItem",
    "Redo",
    "RemoveIndicator",
    "RemoveItem",
    "RemoveUnit",
    "RenameUnit",
    "Renumber",
    "RetractLink",
    "RetractNote",
    "ReviewItem",
    "SetIssues",
    "SetOutcome",
    "SetResult",
    "SetScores",
    "SetState",
    "Undo",
    "UpdateChecklist",
]
