"""One-line title and key bars: lighter than Header and Footer (one widget each, drawn as text)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ita_tui.locale import Words
from ita_tui.tui.keys import Key


class TitleBar(Static):
    """Organization, fiscal year and user on the top line."""

    def __init__(self, title: str, sub_title: str, **kwargs) -> None:
        super().__init__(self._text(title, sub_title), markup=False, **kwargs)

    def show(self, title: str, sub_title: str) -> None:
        """Say something else (the edit mode says so here)."""
        self.update(self._text(title, sub_title))

    @staticmethod
    def _text(title: str, sub_title: str) -> Text:
        return Text.assemble((title, "bold"), "  ·  ", sub_title, no_wrap=True, overflow="ellipsis")


class KeyBar(Static):
    """The keys of a screen with their words on the bottom line. Narrower terminals get tighter
    spacing and short words (an 80-column SSH session shows every key); when even that does not
    fit, as many keys as fit and then the help key (the help screen lists every key)."""

    def __init__(self, keys: tuple[Key, ...], words: Words, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self.show_keys(keys, words)

    def show_keys(self, keys: tuple[Key, ...], words: Words) -> None:
        """Show these keys (the edit mode has its own)."""
        self._pairs = [
            (
                k.display.split()[0],
                words[k.label],
                words[k.short or k.label],
                k.action == "help",
            )
            for k in keys
            if k.show
        ]
        if self.is_mounted:
            self.refresh()

    def render(self) -> Text:
        """The widest form of the bar that fits the width."""
        width = self.size.width
        for spacing in ("wide", "compact", "tight"):
            bar = self._bar(self._pairs, spacing)
            if bar.cell_len <= width:
                return bar
        help_pair = [p for p in self._pairs if p[3]]
        shown: list = []
        for pair in (p for p in self._pairs if not p[3]):
            if self._bar(shown + [pair] + help_pair, "tight").cell_len > width:
                break
            shown.append(pair)
        return self._bar(shown + help_pair, "tight")

    @staticmethod
    def _bar(pairs, spacing: str) -> Text:
        """Keys in reverse video, each followed by its word (the short word when tight)."""
        text = Text(no_wrap=True, overflow="ellipsis")
        for key, word, short, _ in pairs:
            if spacing == "tight":
                text.append(key, "reverse bold")
                text.append(f" {short} ")
            else:
                text.append(f" {key} ", "reverse bold")
                text.append(f"{word} " if spacing == "compact" else f" {word}  ")
        return text
