"""A corrected checklist against the one in use: what it keeps, adds, removes and rewords, and
whether it belongs to the same organization and fiscal year."""

from __future__ import annotations

from dataclasses import dataclass

from ita_tui.checklist.model import Checklist
from ita_tui.errors import StoreError
from ita_tui.text import one_line


@dataclass(frozen=True)
class ChecklistUpdate:
    """What applying a corrected checklist did: ids kept, added and removed (history kept)."""

    kept: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...] = ()  # kept ids whose text is not the same: their progress may not fit


def item_texts(checklist: Checklist) -> dict[str, str]:
    """Each item's text by its id."""
    return {item.id: item.text for item in checklist.items()}


def compare_checklists(old: Checklist, new: Checklist) -> ChecklistUpdate:
    """The ids `new` keeps, adds and removes from `old`, and the kept ones whose words changed."""
    old_ids, new_ids = old.item_ids(), new.item_ids()
    old_set, new_set = set(old_ids), set(new_ids)
    old_texts, new_texts = item_texts(old), item_texts(new)
    kept = tuple(i for i in new_ids if i in old_set)
    return ChecklistUpdate(
        kept=kept,
        added=tuple(i for i in new_ids if i not in old_set),
        removed=tuple(i for i in old_ids if i not in new_set),
        changed=tuple(i for i in kept if _words(old_texts[i]) != _words(new_texts[i])),
    )


def _words(text: str) -> str:
    """Text compared for a change: white space does not count."""
    return " ".join(text.split())


def refuse_other_checklist(old: Checklist, new: Checklist) -> None:
    """StoreError when `new` names another organization or fiscal year than `old`."""

    def owner(checklist: Checklist) -> tuple[str, int]:
        """Organization (white space ignored) and fiscal year."""
        return "".join(checklist.organization.split()), checklist.fiscal_year

    if owner(old) != owner(new):
        raise StoreError(
            "err_other_checklist",
            new_org=one_line(new.organization),
            new_year=new.fiscal_year,
            old_org=one_line(old.organization),
            old_year=old.fiscal_year,
        )
