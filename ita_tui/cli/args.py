"""The command line's arguments, in the reader's language: `--help`, usage errors and argparse's
own words ("usage:", "options" …) are Thai by default and English with --lang en.

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
from ita_tui.checklist.fields import DETAIL_FIELDS, ITEM_FIELDS, FieldKind, ItemField
from ita_tui.checklist.model import State
from ita_tui.cli import report as cli_report
from ita_tui.cli import serve
from ita_tui.locale import DEFAULT_LANG, LANGS, Words, words
from ita_tui.store.vocabulary import Role
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


def parse_args(argv: Sequence[str] | None, say: Words) -> argparse.Namespace:
    """The parsed command line, every word of --help and of a usage error in `say`'s language."""
    with argparse_words(say):
        return build_parser(say).parse_args(argv)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit 2, in its language."""

    say: Words = words(DEFAULT_LANG)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, self.say("ap_error", prog=self.prog, message=one_line(message)) + "\n")


def _parser_class(say: Words) -> type[_Parser]:
    """The parser class that speaks `say`'s language (sub-command parsers are made from it too)."""
    return type("Parser", (_Parser,), {"say": say})


def _path_type(say: Words) -> Callable[[str], str]:
    def path(text: str) -> str:
        """A file path argument; an empty one (an unset shell variable) is refused, never defaulted."""
        if not text.strip():
            raise argparse.ArgumentTypeError(say["ap_empty_path"])
        return text

    return path


def _common_options(say: Words, parser_class: type[_Parser], path: Callable[[str], str]) -> _Parser:
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


def build_parser(say: Words | None = None) -> argparse.ArgumentParser:
    """The whole command line, its help in `say`'s language (Thai when not given)."""
    say = say or words(DEFAULT_LANG)
    parser_class, path = _parser_class(say), _path_type(say)
    common = _common_options(say, parser_class, path)
    parser = parser_class(prog="ita-tui", parents=[common], description=say["help_description"])
    parser.add_argument(
        "--version", action="version", version=f"ita-tui {__version__}", help=say["help_version"]
    )
    sub = parser.add_subparsers(dest="command", parser_class=parser_class, metavar="COMMAND")

    def command(name: str, help_key: str, under: argparse._SubParsersAction[_Parser] = sub) -> _Parser:
        """A sub-command with the common options and its help line."""
        return under.add_parser(name, parents=[common], help=say[help_key])

    p = command("import", "help_cmd_import")
    p.add_argument("source", metavar="FILE", type=path)
    p.add_argument("-o", "--output", required=True, metavar="CHECKLIST.json", type=path)
    p.add_argument("--json", action="store_true", help=say["help_import_json"])

    p = command("tick", "help_cmd_tick")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("--undo", action="store_true", help=say["help_undo"])

    p = command("mark", "help_cmd_mark")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("state", choices=[str(s) for s in State])
    p.add_argument("--reason", default="", metavar="TEXT", help=say["help_reason"])

    p = command("review", "help_cmd_review")
    p.add_argument("item_id", metavar="ID")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--verified", action="store_true", help=say["help_verified"])
    choice.add_argument("--return", dest="comment", metavar="COMMENT", help=say["help_return"])

    p = command("users", "help_cmd_users")
    users_sub = p.add_subparsers(
        dest="users_command", parser_class=parser_class, metavar="ACTION", required=True
    )
    q = users_sub.add_parser("add", parents=[common], help=say["help_cmd_users_add"])
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", choices=[str(r) for r in Role], default=str(Role.STAFF))
    q.add_argument("--unit", default="", metavar="UNIT", help=say["help_unit"])
    users_sub.add_parser("list", parents=[common], help=say["help_cmd_users_list"])
    serve.add_parsers(command, users_sub, common, say, path)

    p = command("units", "help_cmd_units")
    units_sub = p.add_subparsers(
        dest="units_command", parser_class=parser_class, metavar="ACTION", required=True
    )
    q = units_sub.add_parser("add", parents=[common], help=say["help_cmd_units_add"])
    q.add_argument("name", metavar="NAME")
    q.add_argument("--parent", default="", metavar="UNIT", help=say["help_parent"])
    q = units_sub.add_parser("rename", parents=[common], help=say["help_cmd_units_rename"])
    q.add_argument("old", metavar="OLD")
    q.add_argument("new", metavar="NEW")
    q = units_sub.add_parser("remove", parents=[common], help=say["help_cmd_units_remove"])
    q.add_argument("name", metavar="NAME")
    units_sub.add_parser("list", parents=[common], help=say["help_cmd_units_list"])
    q = units_sub.add_parser("map", parents=[common], help=say["help_cmd_units_map"])
    q.add_argument("text", metavar="TEXT", help=say["help_map_text"])
    q.add_argument("units", metavar="UNIT", nargs="+")
    units_sub.add_parser("confirm", parents=[common], help=say["help_cmd_units_confirm"])

    p = command("note", "help_cmd_note")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("text", metavar="TEXT", nargs="?", default=None)
    correct = p.add_mutually_exclusive_group()
    correct.add_argument("--edit", nargs=2, metavar=("N", "TEXT"), help=say["help_note_edit"])
    correct.add_argument("--retract", type=int, metavar="N", help=say["help_retract"])

    p = command("link", "help_cmd_link")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("url", metavar="URL", nargs="?", default=None)
    p.add_argument("--label", default="", metavar="TEXT")
    p.add_argument("--retract", type=int, metavar="N", help=say["help_retract"])

    _edit_commands(say, command, parser_class, common)

    p = command("status", "help_cmd_status")
    p.add_argument("--json", action="store_true", help=say["help_status_json"])
    cli_report.add_as_of_options(p, say)

    p = command("log", "help_cmd_log")
    p.add_argument("--since", metavar="DATE", help=say["help_since"])
    p.add_argument("--until", metavar="DATE", help=say["help_until"])
    p.add_argument("--json", action="store_true", help=say["help_log_json"])

    p = command("checklist", "help_cmd_checklist")
    checklist_sub = p.add_subparsers(
        dest="checklist_command", parser_class=parser_class, metavar="ACTION", required=True
    )
    q = checklist_sub.add_parser("update", parents=[common], help=say["help_cmd_checklist_update"])
    q.add_argument("file", metavar="FILE", type=path)
    q.add_argument("--force", action="store_true", help=say["help_force"])

    p = command("summary", "help_cmd_summary")
    p.add_argument("--pending", action="store_true", help=say["help_pending"])
    p.add_argument("--format", choices=["text", "html", "json", "csv", "xlsx"], default=None)
    p.add_argument("-o", "--output", metavar="FILE", default=None, type=path)
    cli_report.add_as_of_options(p, say)

    p = command("template", "help_cmd_template")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", type=path)
    p.add_argument("--year", type=int, metavar="YEAR", help=say["help_template_year"])

    p = command("export", "help_cmd_export")
    export_sub = p.add_subparsers(
        dest="export_kind", parser_class=parser_class, metavar="KIND", required=True
    )
    q = export_sub.add_parser("checklist", parents=[common], help=say["help_cmd_export_checklist"])
    q.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", type=path)
    q = export_sub.add_parser("pdf", parents=[common], help=say["help_cmd_export_pdf"])
    q.add_argument("-o", "--output", required=True, metavar="FILE.pdf", type=path)
    cli_report.add_signer_options(q)
    cli_report.add_as_of_options(q, say)
    q = export_sub.add_parser("report", parents=[common], help=say["help_cmd_export_report"])
    q.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.docx", type=path)
    cli_report.add_signer_options(q)
    cli_report.add_as_of_options(q, say)
    q.add_argument("--internal", action="store_true", help=say["help_internal"])
    q.add_argument("--no-links", action="store_true", help=say["help_no_links"])
    q = export_sub.add_parser("measures", parents=[common], help=say["help_cmd_export_measures"])
    q.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.docx", type=path)
    cli_report.add_signer_options(q)

    p = command("result", "help_cmd_result")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("text", metavar="TEXT", nargs="?", default=None)
    p.add_argument("--from-notes", action="store_true", help=say["help_from_notes"])

    p = command("outcome", "help_cmd_outcome")
    p.add_argument("indicator", metavar="IND", type=int)
    p.add_argument("text", metavar="TEXT")
    return parser


def _edit_commands(
    say: Words, command: Callable[..., _Parser], parser_class: type[_Parser], common: _Parser
) -> None:
    """`item add|edit|remove|move`, `indicator add|edit|remove|renumber`, `undo` and `redo`."""

    def details(q: _Parser, fields: tuple[ItemField, ...]) -> None:
        for f in fields:
            metavar = "CODES" if f.kind is FieldKind.CODES else "TEXT"
            q.add_argument(f.option, dest=f.name, metavar=metavar, help=say[f.help])

    p = command("item", "help_cmd_item")
    sub = p.add_subparsers(dest="item_command", parser_class=parser_class, metavar="ACTION", required=True)
    q = sub.add_parser("add", parents=[common], help=say["help_cmd_item_add"])
    q.add_argument("indicator", metavar="IND", type=int)
    q.add_argument("text", metavar="TEXT")
    q.add_argument("--after", metavar="ID", help=say["help_after"])
    details(q, DETAIL_FIELDS)  # the text is the command's own argument
    q = sub.add_parser("edit", parents=[common], help=say["help_cmd_item_edit"])
    q.add_argument("item_id", metavar="ID")
    details(q, ITEM_FIELDS)
    q = sub.add_parser("remove", parents=[common], help=say["help_cmd_item_remove"])
    q.add_argument("item_id", metavar="ID")
    q = sub.add_parser("move", parents=[common], help=say["help_cmd_item_move"])
    q.add_argument("item_id", metavar="ID")
    q.add_argument("--to", dest="indicator", metavar="IND", type=int, required=True, help=say["help_to"])
    q.add_argument("--after", metavar="ID", help=say["help_after"])

    p = command("indicator", "help_cmd_indicator")
    sub = p.add_subparsers(
        dest="indicator_command", parser_class=parser_class, metavar="ACTION", required=True
    )
    q = sub.add_parser("add", parents=[common], help=say["help_cmd_indicator_add"])
    q.add_argument("indicator", metavar="IND", type=int)
    q.add_argument("title", metavar="TITLE")
    q = sub.add_parser("edit", parents=[common], help=say["help_cmd_indicator_edit"])
    q.add_argument("indicator", metavar="IND", type=int)
    q.add_argument("--title", required=True, metavar="TITLE", help=say["help_indicator_title"])
    for name, help_key in (
        ("remove", "help_cmd_indicator_remove"),
        ("renumber", "help_cmd_indicator_renumber"),
    ):
        q = sub.add_parser(name, parents=[common], help=say[help_key])
        q.add_argument("indicator", metavar="IND", type=int)

    command("undo", "help_cmd_undo")
    command("redo", "help_cmd_redo")
