"""The `v` key: an item's progress notes in full, page by page, newest first (a note too long for
the detail pane is cut there; here each page is wrapped alone, so even 1 MB reads at once)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Static

from ita_tui.checklist.model import Item
from ita_tui.store.records import Note
from ita_tui.text import visible_text
from ita_tui.thai import digits
from ita_tui.tui.screens.base import AppModal
from ita_tui.tui.view.detail import when
from ita_tui.tui.view.pages import pages
from ita_tui.tui.widgets.word_wrap import WordWrapped


class NoteReader(AppModal[None]):
    """One page of the item's notes; ←/→ turn pages, Home/End go to the first/last, ↑/↓ and
    PgUp/PgDn scroll the page, Escape or q closes."""

    BINDINGS = [
        Binding("right,l,ส,space", "page(1)", show=False),
        Binding("left,h,้", "page(-1)", show=False),
        Binding("home", "page(-1_000_000)", show=False, priority=True),
        Binding("end", "page(1_000_000)", show=False, priority=True),
        Binding("escape,q,ๆ,v,อ", "close", show=False),
    ]

    def __init__(self, item: Item, notes: tuple[Note, ...]) -> None:
        super().__init__()
        self.item = item
        app = self.app
        text = "\n\n".join(
            f"• {when(note.at, app.lang, app.digit_style)}  {note.author}\n{note.text}"
            for note in reversed(notes)
        )
        self.pages = pages(text)
        self.page = 0

    def compose(self):
        """Title, the page, the page number and keys."""
        words = self.app.words
        with Vertical(classes="dialog", id="note-reader"):
            yield Label(
                words["note_title"].format(item=digits(self.item.id, self.app.digit_style)),
                classes="dialog-title",
                markup=False,
            )
            with VerticalScroll(id="note-page-box"):
                yield Static(id="note-page", markup=False)
            yield Label("", classes="dialog-hint", id="note-page-number", markup=False)

    def on_mount(self) -> None:
        """Show the first page."""
        self._show()

    def _show(self) -> None:
        """Show the current page, from its top."""
        self.query_one("#note-page", Static).update(
            WordWrapped(Text(visible_text(self.pages[self.page], keep="\n")))
        )
        self.query_one("#note-page-box", VerticalScroll).scroll_home(animate=False)
        number = self.app.words["reader_page"].format(page=self.page + 1, pages=len(self.pages))
        self.query_one("#note-page-number", Label).update(digits(number, self.app.digit_style))

    def action_page(self, step: int) -> None:
        """The next or previous page."""
        page = min(max(self.page + step, 0), len(self.pages) - 1)
        if page != self.page:
            self.page = page
            self._show()

    def action_close(self) -> None:
        """Back to the checklist."""
        self.dismiss(None)
