"""The app's screens are typed against what they use of the app (tui/host.py AppHost), so none of
them imports the app module, which imports them: the screens and the app are no import circle."""

from __future__ import annotations

import ast
from pathlib import Path

import ita_tui

TUI = Path(ita_tui.__file__).parent / "tui"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_screen_widget_or_view_imports_the_app_module():
    importers = [
        str(path.relative_to(TUI))
        for path in sorted(TUI.rglob("*.py"))
        if path.name != "app.py" and "ita_tui.tui.app" in _imports(path)
    ]
    assert importers == []
