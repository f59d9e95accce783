"""The command line: `ita-tui` and `python -m ita_tui` start at `main`."""

from ita_tui.cli.entry import main

__all__ = ["main"]
