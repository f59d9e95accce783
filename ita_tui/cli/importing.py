"""The command line's commands that bring a document in or give a blank one out: `import`
(with its report of what was found and the command that starts the app on it) and `template`.

Handlers only (their arguments are in args.py); the options, words and the store come from
cli.py, imported when a command runs, as cli.py imports this module for its command table."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ita_tui.errors import ItaError
from ita_tui.text import json_text

if TYPE_CHECKING:
    from ita_tui.importer import Imported


def _cmd_import(args: argparse.Namespace) -> int:
    """Read a measures document, write its checklist file, and say what was found and what was not."""
    from ita_tui.checklist import file as checklist_file
    from ita_tui.cli.entry import _figure, _say, _working
    from ita_tui.importer import read_file
    from ita_tui.importer.report import import_report

    with _working(args):
        imported = read_file(args.source)
        checklist = imported.checklist
        checklist_file.save(checklist, args.output)
    report = import_report(imported, args.source, args.output)
    start = _start_command(args.output)
    if args.json:
        print(json_text({**report, "start": start}, indent=2))
        return 0
    print(
        _say(
            args,
            "imported",
            path=args.output,
            indicators=_figure(args, len(checklist.indicators)),
            items=_figure(args, report["items"]),
            organization=checklist.organization,
            year=_figure(args, checklist.fiscal_year),
        )
    )
    _print_import_report(args, report, imported)
    print(_say(args, "import_start", command=start))
    return 0


def _start_command(checklist_path: str) -> str:
    """The command that starts the app on a new database of the imported checklist:
    `ita-tui --db x-db.json --checklist x.json` (the database beside the checklist file)."""
    import shlex

    path = Path(checklist_path)
    db = path.with_name(f"{path.stem}-db.json")
    return f"ita-tui --db {shlex.quote(str(db))} --checklist {shlex.quote(str(path))}"


def _print_import_report(args: argparse.Namespace, report: dict[str, Any], imported: Imported) -> None:
    """Indicators and item counts, units as written, OIT codes, and what was not read, with places."""
    from ita_tui.cli.entry import _figure, _option, _say
    from ita_tui.importer.table import where

    print(_say(args, "report_format", format=_say(args, f"format_{report['format']}")))
    print(_say(args, "report_indicators"))
    for ind in report["indicators"]:
        print(
            _say(
                args,
                "report_indicator",
                number=_figure(args, ind["number"]),
                title=ind["title"],
                items=_figure(args, ind["items"]),
            )
        )
    from ita_tui.checklist.units import EVERY_UNIT, Units

    print(_say(args, "report_units"))
    for unit in report["units"]:
        ids = ", ".join(_figure(args, i) for i in unit["items"])
        name = unit["name"] or _say(args, "report_no_unit")
        print(_say(args, "report_unit", name=name, count=_figure(args, len(unit["items"])), ids=ids))
        reads = [_say(args, "every_unit") if u == EVERY_UNIT else u for u in Units().proposed(unit["name"])]
        print(_say(args, "report_unit_reads", units=", ".join(reads)))
    print(_say(args, "report_units_hint"))
    codes = [
        f"{o['code']} ({o['as_written']})" if o["as_written"] != o["code"] else o["code"]
        for o in report["oit_items"]
    ]
    codes += [c for c in report["oit_codes_in_items"] if c not in {o["code"] for o in report["oit_items"]}]
    print(_say(args, "report_oit", codes=", ".join(codes)) if codes else _say(args, "report_oit_none"))
    if imported.repaired:
        print(_say(args, "src_fixed_heading"))
    for fixed in imported.repaired:
        print(_say(args, "src_fixed", place=where(fixed), what=fixed.what))
    if not imported.skipped:
        print(_say(args, "report_skipped_none"))
        return
    print(_say(args, "report_skipped"))
    for skipped in imported.skipped:
        text = skipped.text if len(skipped.text) <= 100 else skipped.text[:99] + "…"
        print(_say(args, "report_skip", place=skipped.place.text(_option(args, "lang", "th")), text=text))


def _cmd_template(args: argparse.Namespace) -> int:
    """Write the empty measures list to fill in."""
    from ita_tui.cli.entry import _say
    from ita_tui.export.checklist_xlsx import template_xlsx, write_xlsx
    from ita_tui.thai import fiscal_year_of

    year = args.year or fiscal_year_of(date.today())
    if not 2400 <= year <= 2700:  # a Buddhist Era year of four digits, as the measures are dated
        raise ItaError("template_bad_year", year=year, example=fiscal_year_of(date.today()))
    print(_say(args, "wrote", path=write_xlsx(template_xlsx(year), Path(args.output))))
    return 0
