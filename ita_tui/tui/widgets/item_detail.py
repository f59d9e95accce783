"""The right-hand pane: everything about the item or indicator under the cursor (what it
says is built by tui/view/detail.py)."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from ita_tui.tui.widgets.word_wrap import WordWrapped


class ItemDetail(VerticalScroll):
    """A scrolling pane showing one detail at a time, wrapped between Thai words."""

    def __init__(self, first: Text, **kwargs) -> None:
        super().__init__(**kwargs)
        self._text = first
        self._word_breaks = False

    def compose(self):
        """One static body, holding the detail shown at start."""
        yield Static(self._text, id="detail-body", markup=False)

    def on_mount(self) -> None:
        """Word breaking needs ICU: load it once the first screen is painted."""
        self.call_after_refresh(self._start_word_breaks)

    def _start_word_breaks(self) -> None:
        """From now on wrap between words; redraw what is shown."""
        self._word_breaks = True
        self.show(self._text, keep_scroll=True)

    def show(self, text: Text, *, keep_scroll: bool = False) -> None:
        """Replace the pane's content; back to its top unless it is the same row redrawn."""
        self._text = text
        body = WordWrapped(text) if self._word_breaks else text
        self.query_one("#detail-body", Static).update(body)
        if self.scroll_y and not keep_scroll:
            self.scroll_home(animate=False)
