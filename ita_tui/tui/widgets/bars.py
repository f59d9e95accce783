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
    """The keys of a screen with their words on the bottom line; when they do not all fit,
    as many as fit and then the help key (the help screen lists every key)."""

    def __init__(self, keys: tuple[Key, ...], words: dict[str, str], **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._pairs = [(k.display.split()[0], words[k.label], k.action == "help")
                       for k in keys if k.show]

    def render(self) -> Text:
        """The widest form of the bar that fits the width."""
        width = self.size.width
        full = self._bar(self._pairs, compact=False)
        if full.cell_len <= width:
            return full
        help_pair = [p for p in self._pairs if p[2]]
        shown: list = []
        for pair in (p for p in self._pairs if not p[2]):
            if self._bar(shown + [pair] + help_pair, compact=True).cell_len > width:
                break
            shown.append(pair)
        return self._bar(shown + help_pair, compact=True)

    @staticmethod
    def _bar(pairs, compact: bool) -> Text:
        """Keys in reverse video, each followed by its word."""
        text = Text(no_wrap=True, overflow="ellipsis")
        for key, word, _ in pairs:
            text.append(f" {key} ", "reverse bold")
            text.append(f"{word} " if compact else f" {word}  ")
        return text
