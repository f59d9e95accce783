"""One-line title and key bars: lighter than Header and Footer (one widget each, drawn as text)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ita_tui.tui.keys import Key


class TitleBar(Static):
    """Organization, fiscal year and user on the top line."""

    def __init__(self, title: str, sub_title: str, **kwargs) -> None:
        text = Text.assemble((title, "bold"), "  ·  ", sub_title, no_wrap=True, overflow="ellipsis")
        super().__init__(text, markup=False, **kwargs)


class KeyBar(Static):
    """The keys of a screen with their words, on the bottom line."""

    def __init__(self, keys: tuple[Key, ...], words: dict[str, str], **kwargs) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        for key in keys:
            if key.show:
                text.append(f" {key.display.split()[0]} ", "reverse bold")
                text.append(f" {words[key.label]}  ")
        super().__init__(text, markup=False, **kwargs)
