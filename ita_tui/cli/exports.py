"""The command line's files out: `summary` (printed, or written as text/html/json/csv/xlsx) and
`export checklist|pdf|report` (the checklist workbook, the one-page PDF, the results report).

Signers: names, positions and role words given to `export pdf` or `export report` are saved next to
the database (export/signers.py) and used whenever they are not given again, so a report is
signed the same way each round without typing them again.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ita_tui.cli.args import Commands, add_as_of_options
from ita_tui.cli.context import CliContext
from ita_tui.errors import ExportError
from ita_tui.export.signers import SIGNER_FIELDS


def add_commands(commands: Commands) -> None:
    """summary [--pending] [--format] [-o FILE], export checklist|pdf|report -o FILE."""
    say, path = commands.say, commands.path
    p = commands.add("summary", "help_cmd_summary", summary)
    p.add_argument("--pending", action="store_true", help=say["help_pending"])
    p.add_argument("--format", choices=["text", "html", "json", "csv", "xlsx"], default=None)
    p.add_argument("-o", "--output", metavar="FILE", default=None, type=path)
    add_as_of_options(p, say)

    kinds = commands.group("export", "help_cmd_export", "export_kind", metavar="KIND")
    q = kinds.add("checklist", "help_cmd_export_checklist", export_checklist)
    q.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", type=path)
    q = kinds.add("pdf", "help_cmd_export_pdf", export_pdf)
    q.add_argument("-o", "--output", required=True, metavar="FILE.pdf", type=path)
    _add_signer_options(q)
    add_as_of_options(q, say)
    q = kinds.add("report", "help_cmd_export_report", export_report)
    q.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.docx", type=path)
    _add_signer_options(q)
    add_as_of_options(q, say)


def _add_signer_options(parser: argparse.ArgumentParser) -> None:
    """Names, positions and role words of the three signers (remembered per database)."""
    for name in SIGNER_FIELDS:
        parser.add_argument("--" + name.replace("_", "-"), default=None, metavar="TEXT")


def summary(cli: CliContext) -> int:
    """Print the completion summary, or write it to -o FILE in the format asked or implied."""
    from ita_tui.export.summary import FORMATS, format_for_path, print_summary, write_summary

    args = cli.options
    fmt, output = args.format, args.output
    if fmt and not output:
        raise ExportError("err_format_needs_output", fmt=fmt)
    if output and not fmt:
        fmt = format_for_path(Path(output))
        if fmt is None:
            raise ExportError("err_format_from_name", path=output, formats="|".join(FORMATS))
    options = {"pending": args.pending, "lang": cli.lang, "digit_style": cli.digits}
    snapshot = cli.snapshot()
    if output:
        day = cli.as_of_day()
        written = write_summary(snapshot, Path(output), fmt, **options, today=day, months=args.round)
        print(cli.say("wrote", path=written))
    else:
        print_summary(snapshot, **options)
    return 0


def export_checklist(cli: CliContext) -> int:
    """Write the checklist as a workbook to correct and load back."""
    from ita_tui.export.checklist_xlsx import checklist_xlsx, write_xlsx

    data = checklist_xlsx(cli.store().snapshot().checklist)
    print(cli.say("wrote", path=write_xlsx(data, Path(cli.options.output))))
    return 0


def export_pdf(cli: CliContext) -> int:
    """Write the one-page PDF summary, and say where."""
    from ita_tui.export.pdf import export_pdf as write_pdf

    _check_signer_options(cli)
    args = cli.options
    reporter, supervisor, *approver = _signers(cli, approver=False)
    with cli.working():
        path = write_pdf(
            cli.snapshot(),
            Path(args.output),
            lang=cli.lang,
            digit_style=cli.pdf_digits,
            reporter=reporter.name,
            reporter_position=reporter.position,
            supervisor=supervisor.name,
            supervisor_position=supervisor.position,
            approver=approver[0].name if approver else None,
            approver_position=approver[0].position if approver else "",
            today=cli.as_of_day(),
            months=args.round,
            roles=tuple(s.role for s in (reporter, supervisor, *approver)),
        )
    print(cli.say("wrote", path=path))
    return 0


def export_report(cli: CliContext) -> int:
    """Write the results report as PDF or Word (from the file name), and say where."""
    _check_signer_options(cli)
    args = cli.options
    cli.store()  # a database that cannot be opened is said before a file name that cannot be written
    suffix = Path(args.output).suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise ExportError("err_report_format", path=args.output)
    snapshot = cli.snapshot()
    day = cli.as_of_day()
    people = _signers(cli, approver=True)
    options = {"lang": cli.lang, "digit_style": cli.pdf_digits, "today": day, "months": args.round}
    if suffix == ".pdf":
        from ita_tui.export.report_pdf import export_report_pdf

        path = export_report_pdf(snapshot, Path(args.output), signers=people, **options)
    else:
        from ita_tui.export.report_docx import export_report_docx

        path = export_report_docx(snapshot, Path(args.output), signers=people, **options)
    print(cli.say("wrote", path=path))
    return 0


def _check_signer_options(cli: CliContext) -> None:
    """A signer's name or position too long or holding control characters is refused in one line."""
    from ita_tui.limits import check_text

    for name in SIGNER_FIELDS:
        if cli.option(name) is not None:
            check_text(cli.option(name), "--" + name.replace("_", "-"))


def _signers(cli: CliContext, *, approver: bool) -> tuple[Any, ...]:
    """The signers from the options, else as remembered for the database; what was given is remembered."""
    from ita_tui.export.pdf_signatures import Signer
    from ita_tui.export.signers import read_signers, write_signers

    db = cli.store().path
    saved = read_signers(db)
    given = {f: cli.option(f) for f in SIGNER_FIELDS if cli.option(f) is not None}
    if given:
        write_signers(db, {**saved, **given})
    values = {**saved, **given}
    words = cli.words
    roles = {"reporter": words["reporter"], "supervisor": words["supervisor"], "approver": words["approver"]}
    people = [
        Signer(values.get(who, ""), values.get(f"{who}_position", ""), values.get(f"{who}_role") or role)
        for who, role in roles.items()
    ]
    if approver or "approver" in values or "approver_position" in values:
        return tuple(people)
    return tuple(people[:2])
