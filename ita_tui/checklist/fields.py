"""The fields of a method item that people edit, derived from the Item dataclass (pure).

The CLI's `item add|edit` options, the app's edit mode, the checklist spreadsheet's columns and the
importer all read ITEM_FIELDS, so a new field of Item is declared here once (its option, label and
column); a field of Item without its declaration stops the import of this module.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Final

from ita_tui.checklist.model import Item, no_dash


class FieldKind(StrEnum):
    """How a field's value is written and read back as text."""

    TEXT = "text"  # may hold line breaks (the item's own text)
    LINE = "line"  # one line
    CODES = "codes"  # OIT codes, a tuple written "O1, O12"


@dataclass(frozen=True)
class ItemField:
    """One editable field of Item: the attribute, how it reads as text, and its names elsewhere."""

    name: str  # the Item attribute, and the keyword of checklist.edit.edit_item
    kind: FieldKind
    option: str  # the CLI option of `item add|edit`
    label: str  # the word key of its label (detail pane, edit mode)
    help: str  # the word key of the option's --help line
    column: str  # the checklist spreadsheet's header, Thai as agencies write (importer/table.py column_role)

    def written(self, item: Item) -> str:
        """The field's value as one text: codes joined "O1, O12"."""
        value = getattr(item, self.name)
        return ", ".join(value) if self.kind is FieldKind.CODES else str(value)

    def parsed(self, text: str) -> str | tuple[str, ...]:
        """A value written as text, as the field holds it: a one-line field's white space (line
        breaks too) collapsed, a lone "-" nothing (model.no_dash); "O1, O12" or "O1 O12" -> ("O1", "O12")."""
        if self.kind is FieldKind.CODES:
            return tuple(text.replace(",", " ").split())
        return no_dash(" ".join(text.split())) if self.kind is FieldKind.LINE else text


_IDENTITY = ("id", "number")  # who the item is, not what it says: changed only by moving and renumbering

# What the dataclass cannot say about each field: (kind, option, label, help, column).
_DECLARED: Final[dict[str, tuple[FieldKind, str, str, str, str]]] = {
    "text": (FieldKind.TEXT, "--text", "item_text", "help_text", "วิธีการดำเนินการ"),
    "period": (FieldKind.LINE, "--period", "period", "help_period", "ระยะเวลาดำเนินการ"),
    "follow_up": (FieldKind.LINE, "--follow-up", "follow_up", "help_follow_up", "ติดตามผลการดำเนินการ"),
    "responsible": (FieldKind.LINE, "--responsible", "responsible", "help_responsible", "ผู้รับผิดชอบ"),
    "oit_codes": (FieldKind.CODES, "--oit", "oit", "help_oit", "รหัส OIT"),
}

ITEM_FIELDS: Final = tuple(
    ItemField(f.name, *_DECLARED[f.name]) for f in fields(Item) if f.name not in _IDENTITY
)
LINE_FIELDS: Final = tuple(f for f in ITEM_FIELDS if f.kind is FieldKind.LINE)
DETAIL_FIELDS: Final = ITEM_FIELDS[1:]  # every field but the text, which heads the item wherever it is shown
BY_NAME: Final = {f.name: f for f in ITEM_FIELDS}
