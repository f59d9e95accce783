"""What the one-page PDF says, before it is laid out: titles, the figures of each table, the items
not done under their units, the signers (pdf.py fills it in; the layout and its pending section read it)."""

from __future__ import annotations

from dataclasses import dataclass

from ita_tui.checklist.model import Completion, Item
from ita_tui.export.pdf_signatures import Signer
from ita_tui.locale import Words
from ita_tui.thai import digits


@dataclass
class Content:
    """What the page says, before it is laid out."""

    title: str
    place: str
    as_of: str
    words: Words
    digit_style: str
    indicators: list[tuple[str, str, Completion]]  # number, title, completion
    overall: Completion
    units: list[tuple[str, str, Completion]]  # "", name, completion
    pending: list[tuple[str, list[Item]]]  # unit, items not done
    signers: tuple[Signer, ...]
    round: str = ""  # รอบ ๖ เดือน (…), under the title

    def fig(self, value: object) -> str:
        """A figure in the chosen digits."""
        return digits(value, self.digit_style)
