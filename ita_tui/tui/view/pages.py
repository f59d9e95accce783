"""A long text cut into pages that end between words, so only one page is ever laid out (no
Textual): a 1 MB note is read page by page instead of being wrapped whole on every redraw."""

from __future__ import annotations

import unicodedata

PAGE_CHARS = 4000  # about two screens of the detail pane at 80 columns
SEARCH_BACK = 400  # how far back from a page's end a space is looked for


def pages(text: str, size: int = PAGE_CHARS) -> list[str]:
    """`text` in pages of at most `size` characters, each ending after a space or a line end when
    one is near; never between a letter and the marks above or below it (Thai vowels, tones)."""
    result = []
    start = 0
    while len(text) - start > size:
        end = start + size
        space = max(text.rfind(" ", end - SEARCH_BACK, end), text.rfind("\n", end - SEARCH_BACK, end))
        if space > start:
            end = space + 1
        while end > start + 1 and unicodedata.category(text[end]).startswith("M"):
            end -= 1  # keep a mark with its letter
        result.append(text[start:end])
        start = end
    result.append(text[start:])
    return result


def shortened(text: str, limit: int) -> str:
    """The start of `text`, at most `limit` characters, cut as a page is (the whole if it fits)."""
    return text if len(text) <= limit else pages(text[: limit + 1], limit)[0]
