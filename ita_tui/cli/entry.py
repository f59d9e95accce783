"""Command line: parse arguments, run one command, turn every ItaError into one line and exit 2.

Heavy libraries (textual, fpdf2, tinydb) are imported inside the command that needs them,
so `ita-tui status` does not pay for the app or the PDF engine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ita_tui.cli import edits as cli_edits
from ita_tui.cli import importing as cli_import
from ita_tui.cli import read as cli_read
from ita_tui.cli import report as cli_report
from ita_tui.cli import serve as cli_serve
from ita_tui.cli import workflow as cli_workflow
from ita_tui.errors import ItaError
from ita_tui.store.commands import SetState, UpdateChecklist
from ita_tui.text import one_line

if TYPE_CHECKING:  # imported inside the commands that need them
    from ita_tui.store import ProgressStore

EXIT_ERROR = 2


def _option(args: argparse.Namespace, name: str, default: Any = None) -> Any:
    """A common option's value wherever it was written."""
    return getattr(args, name, default)


def _say(args: argparse.Namespace, key: str, **fields: object) -> str:
    """One line of the CLI's own words in the --lang language, filled in and made safe to print."""
    from ita_tui.locale import words

    return one_line(words(_option(args, "lang", "th"))(key, **fields))


def _date_option(args: argparse.Namespace, name: str) -> date | None:
    """A date option's value (BE or CE, see thai.parse_date), None when not given; a date that
    cannot be read is one line and exit 2, before the database is opened."""
    from ita_tui.thai import parse_date

    text = getattr(args, name, None)
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ItaError("bad_date", option=f"--{name}", text=repr(text)) from None


def _when(args: argparse.Namespace, at: str) -> str:
    """A stored ISO time stamp as people read it: "26 พ.ย. 2569 14:05" (per --lang and --digits)."""
    from ita_tui.thai import short_datetime_of

    return short_datetime_of(at, _option(args, "lang", "th"), _option(args, "digits", "arabic"))


def _figure(args: argparse.Namespace, value: object) -> str:
    """A number or item id in the --digits style (arabic unless asked)."""
    from ita_tui.thai import digits

    return digits(value, _option(args, "digits", "arabic"))


def _pdf_digits(args: argparse.Namespace) -> str:
    """Digits in the PDF: --digits, else Thai as the source documents write them (arabic in English)."""
    return _option(args, "digits") or ("arabic" if _option(args, "lang", "th") == "en" else "thai")


READERS = frozenset({"status", "summary", "log", "export"})  # never create a database


def _open_store(args: argparse.Namespace) -> ProgressStore:
    """The progress store the options name, created from the checklist when missing by the app
    and the commands that change something; a reader on a path with no database is one line,
    and creates nothing (a mistyped shared path would show 0% and leave a stray database)."""
    import os
    import shlex

    from ita_tui.paths import resolve_db_path, resolve_user
    from ita_tui.store import ProgressStore

    path = resolve_db_path(_option(args, "db"))
    checklist = _option(args, "checklist")  # naming one says: make the database from it
    if args.command in READERS and not checklist and not os.path.lexists(path):
        raise ItaError("err_no_database", path=path, quoted=shlex.quote(str(path)))
    store = ProgressStore.open(
        path,
        user=resolve_user(_option(args, "user")),
        checklist_path=Path(checklist) if checklist else None,
    )
    _OPENED.append((args, store))
    return store


_OPENED: list[tuple[argparse.Namespace, ProgressStore]] = []  # the stores this command opened


def _say_migrated() -> None:
    """After a command whose change migrated a format 1 database: say so, and where the old file
    is; and say what its change left alone."""
    while _OPENED:
        args, store = _OPENED.pop()
        if store.migrated_copy is not None:
            print(_say(args, "migrated", path=store.path, copy=store.migrated_copy), file=sys.stderr)
        for notice in store.notices:  # a name the change left alone (a link at a backup name)
            print(_say(args, "err_line", message=notice.text(_option(args, "lang", "th"))), file=sys.stderr)


def _working(args: argparse.Namespace) -> AbstractContextManager[None]:
    """On a terminal, a line on stderr counting the seconds while a long import or export runs."""
    from ita_tui.cli.progress import elapsed

    return elapsed(sys.stderr, lambda seconds: _say(args, "working", seconds=_figure(args, seconds)))


def _cmd_app(args: argparse.Namespace) -> int:
    """Open the store, then (only then) load Textual and run the app until the user quits."""
    store = _open_store(args)  # a bad database is one line and exit 2, before any screen
    if not (sys.stdin.isatty() and sys.stdout.isatty()):  # piped or from cron: it would never end
        raise ItaError("err_app_needs_terminal")
    from ita_tui.tui.app import run_app

    return run_app(
        store,
        lang=_option(args, "lang", "th"),
        digit_style=_option(args, "digits", "arabic"),
        pdf_digit_style=_pdf_digits(args),
    )


def _cmd_summary(args: argparse.Namespace) -> int:
    """Print the completion summary, or write it to -o FILE in the format asked or implied."""
    from ita_tui.errors import ExportError
    from ita_tui.export.summary import FORMATS, format_for_path, print_summary, write_summary

    fmt, output = args.format, args.output
    if fmt and not output:
        raise ExportError("err_format_needs_output", fmt=fmt)
    if output and not fmt:
        fmt = format_for_path(Path(output))
        if fmt is None:
            raise ExportError("err_format_from_name", path=output, formats="|".join(FORMATS))
    options = {
        "pending": args.pending,
        "lang": _option(args, "lang", "th"),
        # a web page is a document like the PDF: its digits (Thai in Thai); the terminal's Arabic
        "digit_style": _pdf_digits(args) if fmt == "html" else _option(args, "digits", "arabic"),
    }
    store = _open_store(args)
    snapshot = cli_report.snapshot_for(args, store)
    if output:
        day = cli_report.as_of_day(args, store)
        written = write_summary(snapshot, Path(output), fmt, **options, today=day, months=args.round)
        print(_say(args, "wrote", path=written))
    else:
        print_summary(snapshot, **options)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    """Write the one-page PDF summary, the results report or the checklist (.xlsx), and say where."""
    if args.export_kind == "checklist":
        from ita_tui.export.checklist_xlsx import checklist_xlsx, write_xlsx

        data = checklist_xlsx(_open_store(args).snapshot().checklist)
        print(_say(args, "wrote", path=write_xlsx(data, Path(args.output))))
        return 0
    from ita_tui.export.pdf import export_pdf
    from ita_tui.limits import check_text

    for name in cli_report.SIGNER_FIELDS:
        if getattr(args, name, None) is not None:
            check_text(getattr(args, name), "--" + name.replace("_", "-"))
    store = _open_store(args)
    lang = _option(args, "lang", "th")
    if args.export_kind == "report":
        print(_say(args, "wrote", path=cli_report.cmd_report(args, store, lang, _pdf_digits(args))))
        return 0
    if args.export_kind == "measures":
        print(_say(args, "wrote", path=cli_report.cmd_measures(args, store, lang, _pdf_digits(args))))
        return 0
    reporter, supervisor, *approver = cli_report.signers(args, store.path, lang, approver=False)
    with _working(args):
        path = export_pdf(
            cli_report.snapshot_for(args, store),
            Path(args.output),
            lang=lang,
            digit_style=_pdf_digits(args),
            reporter=reporter.name,
            reporter_position=reporter.position,
            supervisor=supervisor.name,
            supervisor_position=supervisor.position,
            approver=approver[0].name if approver else None,
            approver_position=approver[0].position if approver else "",
            today=cli_report.as_of_day(args, store),
            months=args.round,
            roles=tuple(s.role for s in (reporter, supervisor, *approver)),
        )
    print(_say(args, "wrote", path=path))
    return 0


def _cmd_result(args: argparse.Namespace) -> int:
    """Write an item's result (สรุปผลการดำเนินการ)."""
    return cli_report.cmd_result(args, _open_store(args), lambda k, **f: _say(args, k, **f), _figure_of(args))


def _cmd_outcome(args: argparse.Namespace) -> int:
    """Write an indicator's outcome (ผลลัพธ์หรือความสำเร็จ)."""
    return cli_report.cmd_outcome(
        args, _open_store(args), lambda k, **f: _say(args, k, **f), _figure_of(args)
    )


def _figure_of(args: argparse.Namespace) -> Any:
    """_figure with its options bound."""
    return lambda value: _figure(args, value)


def _cmd_tick(args: argparse.Namespace) -> int:
    """Mark an item done (or not done) and print one line once that is durable."""
    from ita_tui.figures import already

    change = _open_store(args).apply(SetState.tick(args.item_id, not args.undo))
    state = change.value
    if not change.changed and state.by:  # another user (or an earlier run) already did it
        print(already(state, _option(args, "lang", "th"), _option(args, "digits", "arabic")))
        return 0
    key = "confirm_ticked" if state.done else "confirm_unticked" if state.by else "confirm_never_ticked"
    print(_say(args, key, item=_figure(args, state.item_id), by=state.by, at=_when(args, state.at)))
    return 0


def _cmd_checklist(args: argparse.Namespace) -> int:
    """Apply a corrected checklist file and report what was kept, added and removed."""
    from ita_tui.checklist import file as checklist_file

    store = _open_store(args)
    checklist = checklist_file.load(args.file)
    before = store.snapshot()  # the progress of the items the update removes, for the report
    report = store.apply(UpdateChecklist(checklist, force=args.force)).value
    print(
        _say(
            args,
            "checklist_updated",
            db=store.path,
            file=args.file,
            kept=_figure(args, len(report.kept)),
            added=_figure(args, len(report.added)),
            removed=_figure(args, len(report.removed)),
        )
    )
    if report.added:
        print(_say(args, "ids_added", ids=", ".join(_figure(args, i) for i in report.added)))
    if report.changed:
        print(_say(args, "ids_changed", ids=", ".join(_figure(args, i) for i in report.changed)))
    for item_id in report.removed:
        print(
            _say(
                args,
                "id_removed",
                item=_figure(args, item_id),
                history=cli_read.history(args, before, item_id),
            )
        )
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "app": _cmd_app,
    "import": cli_import._cmd_import,
    "summary": _cmd_summary,
    "export": _cmd_export,
    "template": cli_import._cmd_template,
    "tick": _cmd_tick,
    **cli_workflow.COMMANDS,
    **cli_edits.COMMANDS,
    "status": cli_read._cmd_status,
    "result": _cmd_result,
    "outcome": _cmd_outcome,
    "log": cli_read._cmd_log,
    "checklist": _cmd_checklist,
    "serve": cli_serve.cmd_serve,
}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from ita_tui.cli.args import lang_of, parse_args
    from ita_tui.errors import os_reason
    from ita_tui.locale import words

    say = words(lang_of(argv if argv is not None else sys.argv[1:]))
    args = parse_args(argv, say)
    handler = COMMANDS[args.command or "app"]
    try:
        from ita_tui.outputs import for_database
        from ita_tui.paths import resolve_db_path

        _refuse_undecodable(args)
        with for_database(resolve_db_path(_option(args, "db"))):  # -o never names it or a companion
            status = handler(args)
        _say_migrated()
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
