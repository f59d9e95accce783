"""The command line's files out: `summary` (printed, or written as text/html/json/csv/xlsx) and
`export pdf|report|checklist` (the one-page PDF, the results report, the checklist workbook), all
read from the export table (export/kinds.py): its kinds, formats, suffixes and writers.

Signers: names, positions and role words given to `export pdf` or `export report` are saved next to
the database (export/signers.py) and used whenever they are not given again, so a report is
signed the same way each round without typing them again.
"""

from __future__ import annotations

from pathlib import Path

from ita_tui.cli.args import Commands, add_as_of_options
from ita_tui.cli.context import CliContext
from ita_tui.errors import ExportError
from ita_tui.export.kinds import EXPORTS, ExportKind, Format
from ita_tui.export.signers import SIGNER_FIELDS

SIGNER_HELP = {  # each signer option's help line
    "reporter": "help_signer_reporter",
    "reporter_position": "help_signer_reporter_position",
    "reporter_role": "help_signer_reporter_role",
    "supervisor": "help_signer_supervisor",
    "supervisor_position": "help_signer_supervisor_position",
    "supervisor_role": "help_signer_supervisor_role",
    "approver": "help_signer_approver",
    "approver_position": "help_signer_approver_position",
    "approver_role": "help_signer_approver_role",
}


def add_commands(commands: Commands) -> None:
    """summary [--pending] [--format] [-o FILE], and one `export KIND -o FILE` per kind of the
    export table but the summary (whose command also prints)."""
    say, path = commands.say, commands.path
    p = commands.add("summary", "help_cmd_summary", summary, reads_only=True)
    p.add_argument("--pending", action="store_true", help=say["help_pending"])
    p.add_argument(
        "--format",
        choices=[f.name for f in EXPORTS["summary"].formats],
        default=None,
        help=say["help_format"],
    )
    p.add_argument("-o", "--output", metavar="FILE", default=None, type=path, help=say["help_summary_output"])
    add_as_of_options(p, say)

    kinds = commands.group("export", "help_cmd_export", "export_kind", metavar="KIND")
    for kind in EXPORTS.values():
        if kind.name == "summary":
            continue
        q = kinds.add(kind.name, kind.help, export, reads_only=True)
        metavar = "|".join(f"FILE{f.suffix}" for f in kind.formats)
        q.add_argument(
            "-o", "--output", required=True, metavar=metavar, type=path, help=say["help_export_output"]
        )
        if kind.signers:
            for name in SIGNER_FIELDS:
                option = "--" + name.replace("_", "-")
                q.add_argument(option, default=None, metavar="TEXT", help=say[SIGNER_HELP[name]])
        if kind.as_of:
            add_as_of_options(q, say)
        if kind.internal:
            q.add_argument("--internal", action="store_true", help=say["help_internal"])
            q.add_argument("--no-links", action="store_true", help=say["help_no_links"])


def summary(cli: CliContext) -> int:
    """Print the completion summary, or write it to -o FILE in the format asked or implied."""
    args = cli.options
    kind, output = EXPORTS["summary"], args.output
    if args.format and not output:
        raise ExportError("err_format_needs_output", fmt=args.format)
    if not output:
        from ita_tui.export.summary import print_summary

        print_summary(
            cli.snapshot(), pending=args.pending, lang=cli.lang, digit_style=cli.digits, as_of=cli.as_of_day()
        )
        return 0
    fmt = kind.format_named(args.format) if args.format else kind.format_for(Path(output))
    if fmt is None and Path(output).suffix.lower() == ".svg":
        raise ExportError("err_no_svg")
    if fmt is None:
        raise ExportError("err_format_from_name", path=output, formats="|".join(f.name for f in kind.formats))
    _write(cli, kind, fmt)
    return 0


def export(cli: CliContext) -> int:
    """Write the kind of file `export KIND` names, in the format its file name implies."""
    kind = EXPORTS[cli.options.export_kind]
    if kind.signers:
        from ita_tui.limits import check_text

        for name in SIGNER_FIELDS:  # too long, or control characters: one line, before anything is opened
            if cli.option(name) is not None:
                check_text(cli.option(name), "--" + name.replace("_", "-"))
    cli.store()  # a database that cannot be opened is said before a file name that cannot be written
    fmt = kind.format_for(Path(cli.options.output))
    if fmt is None:
        suffixes = f" {cli.words['export_or']} ".join(f.suffix for f in kind.formats)
        raise ExportError("err_export_format", path=cli.options.output, kind=kind.name, suffixes=suffixes)
    _write(cli, kind, fmt)
    return 0


def _write(cli: CliContext, kind: ExportKind, fmt: Format) -> None:
    """Write the export with the options the command line gives, and say where."""
    store = cli.store()
    given = {name: cli.option(name) for name in SIGNER_FIELDS if cli.option(name) is not None}
    options = kind.options(
        store.path,
        lang=cli.lang,
        digits=cli.digits,
        print_digits=cli.pdf_digits,
        as_of=cli.as_of_day(),
        months=cli.option("round"),
        pending=cli.option("pending", False),
        links=not cli.option("no_links", False),
        internal=cli.option("internal", False),
        given=given,
    )
    with cli.working():
        path = fmt.write(cli.snapshot(), Path(cli.options.output), options)
    print(cli.say("wrote", path=path))
