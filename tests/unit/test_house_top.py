"""The top of ita_tui/ holds the entry points and a few shared modules only: everything else lives
in the package whose job it is (cli/, store/, export/ …), so the top cannot fill up again."""

from pathlib import Path

import ita_tui

SHARED = 8  # errors, files, limits, outputs, paths, text, thai, thai_breaks


def test_at_most_eight_shared_modules_sit_at_the_top():
    top = sorted(
        p.name
        for p in Path(ita_tui.__file__).parent.glob("*.py")
        if p.name not in ("__init__.py", "__main__.py")
    )
    assert len(top) <= SHARED, f"{len(top)} modules at the top of ita_tui/ (move one into its package): {top}"
