"""Every `ita-tui X --help` says what X does and what each of its arguments is, in the reader's
language; a wrong argument's error names it as its help does (issue 20 items 7 and 17)."""

from __future__ import annotations

import argparse
import re

import pytest

from ita_tui.cli.entry import build_parser
from ita_tui.locale import words

THAI = re.compile("[\u0e01-\u0e5b]")


def commands(parser: argparse.ArgumentParser, name: str = "ita-tui"):
    """(name, parser) of every command and sub-command."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, child in action.choices.items():
                yield f"{name} {sub}", child
                yield from commands(child, f"{name} {sub}")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_command_and_argument_is_described_in_the_language(lang):
    undescribed = []
    for name, parser in commands(build_parser(words(lang))):
        if not parser.description or (lang == "th" and not THAI.search(parser.description)):
            undescribed.append(f"{name}: {parser.description!r}")
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
                continue
            if not action.help or (lang == "th" and not THAI.search(action.help)):
                undescribed.append(f"{name} {'/'.join(action.option_strings) or action.metavar}")
    assert undescribed == [], "\n".join(undescribed)


def test_mark_help_in_thai_says_what_it_does_and_lists_the_states(capsys):
    from ita_tui.cli import main

    with pytest.raises(SystemExit):
        main(["mark", "--help"])
    out = capsys.readouterr().out
    assert "กำหนดสถานะของข้อ" in out.split("อาร์กิวเมนต์ตามตำแหน่ง")[0]  # the description, atop
    assert "รหัสข้อ เช่น 2.1" in out and "not-started (ยังไม่ทำ)" in out


def test_a_wrong_state_is_named_as_its_help_names_it(capsys):
    from ita_tui.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["mark", "2.1", "bogus"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "อาร์กิวเมนต์ STATE:" in err and " state" not in err
