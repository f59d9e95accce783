"""Command line: parse arguments, run one command's handler, turn every ItaError into one line and exit 2.

The commands come in groups, one module each, holding their parsers beside their handlers; a
handler is given a CliContext (context.py). Heavy libraries (textual, fpdf2, tinydb) are imported
inside the handlers that need them, so `ita-tui status` does not pay for the app or the PDF engine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ita_tui.cli import edits, exports, importing, people, read, records, scores, serve, states, years
from ita_tui.cli.app import open_app
from ita_tui.cli.args import argparse_words, lang_of, new_parser
from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError
from ita_tui.locale import DEFAULT_LANG, Words, words
from ita_tui.text import one_line

EXIT_ERROR = 2

GROUPS = (
    importing,
    years,
    scores,
    states,
    records,
    people,
    serve,
    edits,
    read,
    exports,
)  # in the order --help lists them


def build_parser(say: Words | None = None) -> argparse.ArgumentParser:
    """The whole command line, its help in `say`'s language (Thai when not given)."""
    parser, commands = new_parser(say or words(DEFAULT_LANG))
    parser.set_defaults(run=open_app)
    for group in GROUPS:
        group.add_commands(commands)
    return parser


def parse_args(argv: Sequence[str] | None, say: Words) -> argparse.Namespace:
    """The parsed command line, every word of --help and of a usage error in `say`'s language."""
    with argparse_words(say):
        return build_parser(say).parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from ita_tui.errors import os_reason

    say = words(lang_of(argv if argv is not None else sys.argv[1:]))
    cli = CliContext.of(parse_args(argv, say))
    try:
        from ita_tui.outputs import for_database
        from ita_tui.paths import resolve_db_path

        _refuse_undecodable(cli.options)
        if cli.option("read_only") and cli.option("command"):
            raise ItaError("err_read_only_app_only", command=cli.options.command)
        with for_database(resolve_db_path(cli.option("db"))):  # -o never names it or a companion
            status = cli.run(cli)
        for line in cli.after_lines():
            print(line, file=sys.stderr)
        sys.stdout.flush()  # a write error surfaces here, not in the interpreter's exit
        return status
    except ItaError as exc:
        print(say("err_line", message=one_line(exc.text(say.lang))), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader stopped early (`| head`): what it wanted was printed, any change is durable.
        _discard_stdout()
        return 0
    except OSError as exc:
        reason = os_reason(exc)
        message = (
            say("err_os_file", path=exc.filename, reason=reason)
            if exc.filename
            else say("err_output", reason=reason)
        )
        print(one_line(say("err_line", message=message)), file=sys.stderr)
        _discard_stdout()
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


_PATHS = frozenset({"db", "checklist", "source", "output", "file"})  # any bytes name a file
_POSITIONAL = {"item_id": "ID", "text": "TEXT", "url": "URL"}


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """ItaError when a text argument (a note, a name …) holds bytes that are not UTF-8: Python
    keeps them as lone surrogates, which would be stored as such and break every later write."""
    for name, value in vars(args).items():
        if name in _PATHS or not isinstance(value, str):
            continue
        bad = next((ch for ch in value if "\udc80" <= ch <= "\udcff"), None)
        if bad is not None:
            where = _POSITIONAL.get(name, "--" + name.replace("_", "-"))
            raise ItaError("err_arg_not_utf8", where=where, byte=f"{ord(bad) - 0xDC00:02x}")


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # no real stdout (captured by a test): nothing will be flushed to it


if __name__ == "__main__":
    sys.exit(main())
