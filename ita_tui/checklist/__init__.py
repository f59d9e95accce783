"""The checklist: its model and completion figures, its JSON file, typed ids, and corrections."""

from ita_tui.checklist.model import Checklist, Completion, Indicator, Item, OitItem, SubIndicator

__all__ = ["Checklist", "Completion", "Indicator", "Item", "OitItem", "SubIndicator"]
