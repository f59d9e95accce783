"""The command line's arguments: the parser every command group adds its commands to (`Commands`),
the options every command takes, and the language of it all.

Each group module (importing, states, records, people, edits, read, exports) adds its commands'
parsers beside their handlers; entry.py lists the groups. Everything is in the reader's language:
`--help`, usage errors and argparse's own words ("usage:", "options" …) are Thai by default and
English with --lang en.

The language must be known before the parser is built (its help texts are fixed then), so
`lang_of` reads --lang from argv first. argparse's own words come through its gettext hook
`argparse._`; `argparse_words` swaps it for the word table only while a parser is built and used.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import NoReturn

from ita_tui import __version__
from ita_tui.cli.context import Handler
from ita_tui.locale import DEFAULT_LANG, LANGS, Words, words
from ita_tui.text import one_line

EXIT_ERROR = 2

# argparse's messages (Python 3.11) and the keys of the words that say them.
_ARGPARSE = {
    "usage: ": "ap_usage",
    "positional arguments": "ap_positionals",
    "options": "ap_options",
    "show this help message and exit": "ap_help",
    "the following arguments are required: %s": "ap_required",
    "unrecognized arguments: %s": "ap_unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "ap_invalid_choice",
    "argument %(argument_name)s: %(message)s": "ap_argument",
    "expected one argument": "ap_one_argument",
    "expected at least one argument": "ap_at_least_one",
    "expected at most one argument": "ap_at_most_one",
    "invalid %(type)s value: %(value)r": "ap_invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "ap_ambiguous",
    "not allowed with argument %s": "ap_not_allowed_with",
    "one of the arguments %s is required": "ap_one_of",
    "ignored explicit argument %r": "ap_ignored_explicit",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ap_unknown_parser",
}
_ARGPARSE_PLURAL = {("expected %s argument", "expected %s arguments"): "ap_n_arguments"}


def lang_of(argv: Sequence[str]) -> str:
    """The language --lang names in `argv` (the last one wins), else Thai; a wrong value is left
    for the parser to refuse, in Thai."""
    lang = DEFAULT_LANG
    for n, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[n + 1] if arg == "--lang" and n + 1 < len(argv) else arg.partition("=")[2]
        if (arg == "--lang" or arg.startswith("--lang=")) and value in LANGS:
            lang = value
    return lang


@contextmanager
def argparse_words(say: Words) -> Iterator[None]:
    """argparse speaks `say`'s language inside the block (its own words, not ours, are meant)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(message: str) -> str:
        key = _ARGPARSE.get(message)
        return say[key] if key else message

    def ngettext(singular: str, plural: str, n: int) -> str:
        key = _ARGPARSE_PLURAL.get((singular, plural))
        return say[key] if key and say.lang != "en" else (singular if n == 1 else plural)

    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit 2, in its language."""

    say: Words = words(DEFAULT_LANG)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, self.say("ap_error", prog=self.prog, message=one_line(message)) + "\n")


def _parser_class(say: Words) -> type[Parser]:
    """The parser class that speaks `say`'s language (sub-command parsers are made from it too)."""
    return type("Parser", (Parser,), {"say": say})


def _path_type(say: Words) -> Callable[[str], str]:
    def path(text: str) -> str:
        """A file path argument; an empty one (an unset shell variable) is refused, never defaulted."""
        if not text.strip():
            raise argparse.ArgumentTypeError(say["ap_empty_path"])
        return text

    return path


def _common_options(say: Words, parser_class: type[Parser], path: Callable[[str], str]) -> Parser:
    """Options every command takes, before or after the sub-command's name."""
    common = parser_class(add_help=False)
    suppress = argparse.SUPPRESS
    common.add_argument("--db", default=suppress, metavar="PATH", type=path, help=say["help_db"])
    common.add_argument(
        "--checklist", default=suppress, metavar="FILE", type=path, help=say["help_checklist"]
    )
    common.add_argument("--user", default=suppress, metavar="NAME", help=say["help_user"])
    common.add_argument("--lang", default=suppress, choices=list(LANGS), help=say["help_lang"])
    common.add_argument("--digits", default=suppress, choices=["thai", "arabic"], help=say["help_digits"])
    return common


class Commands:
    """Where a group of commands adds its parsers: each takes the common options, its help is a
    word of the table, and it names the handler it runs. `say` and `path` (a file path argument's
    type) are there for the commands' own arguments."""

    def __init__(
        self,
        sub: argparse._SubParsersAction[Parser],
        say: Words,
        common: Parser,
        path: Callable[[str], str],
    ) -> None:
        self._sub, self._common = sub, common
        self.say, self.path = say, path

    def add(self, name: str, help_key: str, run: Handler, *, reads_only: bool = False) -> Parser:
        """The command `name`, which runs `run`; one that `reads_only` never creates a database."""
        said = self.say[help_key]  # in the list of commands, and atop the command's own --help
        parser = self._sub.add_parser(name, parents=[self._common], help=said, description=said)
        parser.set_defaults(run=run, reads_only=reads_only)
        return parser

    def group(self, name: str, help_key: str, dest: str, metavar: str = "ACTION") -> Commands:
        """The command `name` whose actions (`users add`, `users list` …) are added to what it returns."""
        said = self.say[help_key]
        parser = self._sub.add_parser(name, parents=[self._common], help=said, description=said)
        actions = parser.add_subparsers(dest=dest, parser_class=type(parser), metavar=metavar, required=True)
        return Commands(actions, self.say, self._common, self.path)


def new_parser(say: Words) -> tuple[Parser, Commands]:
    """The top parser (common options, --version, `say`'s language) and where commands are added."""
    parser_class, path = _parser_class(say), _path_type(say)
    common = _common_options(say, parser_class, path)
    parser = parser_class(prog="ita-tui", parents=[common], description=say["help_description"])
    parser.add_argument(
        "--version", action="version", version=f"ita-tui {__version__}", help=say["help_version"]
    )
    parser.add_argument("--read-only", action="store_true", help=say["help_read_only"])
    sub = parser.add_subparsers(dest="command", parser_class=parser_class, metavar="COMMAND")
    return parser, Commands(sub, say, common, path)


def add_as_of_options(parser: argparse.ArgumentParser, say: Words) -> None:
    """--as-of DATE and --round 6|12: figures rebuilt from the log as they stood at the end of a day."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--as-of", metavar="DATE", help=say["help_as_of"])
    group.add_argument("--round", type=int, choices=[6, 12], help=say["help_round"])
