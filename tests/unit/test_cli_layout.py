"""The command line's shape: every command (and every action of a command with actions) runs a
handler of its own group's module, and no module of ita_tui/cli imports entry.py back."""

import argparse
import ast
from pathlib import Path

import ita_tui.cli
from ita_tui.cli.entry import build_parser


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, parser) for every command that runs something."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for sub in subs:
        for name, child in sub.choices.items():
            yield from _leaves(child, (*path, name))


def test_every_command_names_its_handler_beside_its_parser():
    leaves = dict(_leaves(build_parser()))
    assert ("users", "add") in leaves and ("export", "report") in leaves and ("tick",) in leaves
    for words, parser in leaves.items():
        run = parser.get_default("run")
        assert callable(run), words
        assert run.__module__.startswith("ita_tui.cli.") and run.__module__ != "ita_tui.cli.entry", words


def test_no_cli_module_imports_entry():
    folder = Path(ita_tui.cli.__file__).parent
    for path in folder.glob("*.py"):
        if path.name in ("entry.py", "__init__.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = {a.name for a in node.names}
                assert node.module != "ita_tui.cli.entry", path.name
                assert not (node.module == "ita_tui.cli" and "entry" in names), path.name
