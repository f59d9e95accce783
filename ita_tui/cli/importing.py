"""The command line's commands that bring a document in or give a blank one out: `import`
(with its report of what was found and the command that starts the app on it), `template` (the
blank measures list) and `checklist update` (a corrected checklist file applied to the database)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ita_tui.cli import years
from ita_tui.cli.args import Commands
from ita_tui.cli.context import CliContext
from ita_tui.errors import ItaError
from ita_tui.export.heading import fiscal_year_label
from ita_tui.store.clock import today
from ita_tui.store.commands import UpdateChecklist
from ita_tui.text import json_text

if TYPE_CHECKING:
    from ita_tui.importer import Imported
    from ita_tui.store import Snapshot


def add_commands(commands: Commands) -> None:
    """import FILE -o CHECKLIST.json [--json], template -o FILE.xlsx [--year],
    checklist update FILE [--force]."""
    say, path = commands.say, commands.path
    p = commands.add("import", "help_cmd_import", import_document)
    p.add_argument("source", metavar="FILE", type=path, help=say["help_arg_source"])
    p.add_argument(
        "-o", "--output", required=True, metavar="CHECKLIST.json", type=path, help=say["help_import_output"]
    )
    p.add_argument("--json", action="store_true", help=say["help_import_json"])

    p = commands.add("template", "help_cmd_template", template)
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE.xlsx", type=path, help=say["help_template_output"]
    )
    p.add_argument("--year", type=int, metavar="YEAR", help=say["help_template_year"])

    checklist = commands.group("checklist", "help_cmd_checklist", "checklist_command")
    q = checklist.add("update", "help_cmd_checklist_update", update_checklist)
    q.add_argument("file", metavar="FILE", type=path, help=say["help_arg_checklist_file"])
    q.add_argument("--force", action="store_true", help=say["help_force"])
    q = checklist.add("diff", "help_cmd_checklist_diff", years.diff)
    q.add_argument("old", metavar="OLD.json", type=path, help=say["help_arg_diff_old"])
    q.add_argument("new", metavar="NEW.json", type=path, help=say["help_arg_diff_new"])
    q.add_argument("--json", action="store_true", help=say["help_diff_json"])


def import_document(cli: CliContext) -> int:
    """Read a measures document, write its checklist file, and say what was found and what was not."""
    from ita_tui.checklist import file as checklist_file
    from ita_tui.importer import read_file
    from ita_tui.importer.report import import_report

    args = cli.options
    with cli.working():
        imported = read_file(args.source)
        checklist = imported.checklist
        checklist_file.save(checklist, args.output)
    report = import_report(imported, args.source, args.output)
    start = _start_command(args.output)
    if args.json:
        print(json_text({**report, "start": start}, indent=2))
        return 0
    print(
        cli.say(
            "imported",
            path=args.output,
            indicators=cli.figure(len(checklist.indicators)),
            items=cli.figure(report["items"]),
            organization=checklist.organization,
            year=fiscal_year_label(checklist.fiscal_year, cli.lang, cli.digits),
        )
    )
    _print_import_report(cli, report, imported)
    print(cli.say("import_start", command=start))
    return 0


def _start_command(checklist_path: str) -> str:
    """The command that starts the app on a new database of the imported checklist:
    `ita-tui --db x-db.json --checklist x.json` (the database beside the checklist file)."""
    import shlex

    path = Path(checklist_path)
    db = path.with_name(f"{path.stem}-db.json")
    return f"ita-tui --db {shlex.quote(str(db))} --checklist {shlex.quote(str(path))}"


FORMAT_WORDS = {  # which reader read the document (importer.Imported.format), in words
    "text": "format_text",
    "docx": "format_docx",
    "pdf": "format_pdf",
    "xlsx": "format_xlsx",
    "csv": "format_csv",
}


def _print_import_report(cli: CliContext, report: dict[str, Any], imported: Imported) -> None:
    """Indicators and item counts, units as written, OIT codes, and what was not read, with places."""
    from ita_tui.importer.table import where

    say = cli.say
    print(say("report_format", format=say(FORMAT_WORDS[report["format"]])))
    print(say("report_indicators"))
    for ind in report["indicators"]:
        number, items = cli.figure(ind["number"]), cli.figure(ind["items"])
        print(say("report_indicator", number=number, title=ind["title"], items=items))
    from ita_tui.checklist.units import EVERY_UNIT, NO_UNIT, Units

    print(say("report_units"))
    for unit in report["units"]:
        ids = ", ".join(cli.figure(i) for i in unit["items"])
        name = unit["name"] or say("report_no_unit")
        print(say("report_unit", name=name, count=cli.figure(len(unit["items"])), ids=ids))
        said = {EVERY_UNIT: say("every_unit"), NO_UNIT: say("no_unit")}
        reads = [said.get(u, u) for u in Units().proposed(unit["name"])]
        print(say("report_unit_reads", units=", ".join(reads)))
    print(say("report_units_hint"))
    codes = [
        f"{o['code']} ({o['as_written']})" if o["as_written"] != o["code"] else o["code"]
        for o in report["oit_items"]
    ]
    codes += [c for c in report["oit_codes_in_items"] if c not in {o["code"] for o in report["oit_items"]}]
    print(say("report_oit", codes=", ".join(codes)) if codes else say("report_oit_none"))
    if imported.repaired:
        print(say("src_fixed_heading"))
    for fixed in imported.repaired:
        print(say("src_fixed", place=where(fixed), what=fixed.what))
    if not imported.skipped:
        print(say("report_skipped_none"))
        return
    print(say("report_skipped"))
    for skipped in imported.skipped:
        text = skipped.text if len(skipped.text) <= 100 else skipped.text[:99] + "…"
        print(say("report_skip", place=skipped.place.text(cli.lang), text=text))


def template(cli: CliContext) -> int:
    """Write the empty measures list to fill in."""
    from ita_tui.export.checklist_xlsx import template_xlsx, write_xlsx
    from ita_tui.thai import fiscal_year_of

    year = cli.options.year or fiscal_year_of(today())
    if not 2400 <= year <= 2700:  # a Buddhist Era year of four digits, as the measures are dated
        raise ItaError("template_bad_year", year=year, example=fiscal_year_of(today()))
    print(cli.say("wrote", path=write_xlsx(template_xlsx(year), Path(cli.options.output))))
    return 0


def update_checklist(cli: CliContext) -> int:
    """Apply a corrected checklist file and report what was kept, added and removed."""
    from ita_tui.checklist import file as checklist_file

    store, file = cli.store(), cli.options.file
    checklist = checklist_file.load(file)
    before = store.snapshot()  # the progress of the items the update removes, for the report
    report = store.apply(UpdateChecklist(checklist, force=cli.options.force)).value
    kept, added, removed = (cli.figure(len(ids)) for ids in (report.kept, report.added, report.removed))
    print(cli.say("checklist_updated", db=store.path, file=file, kept=kept, added=added, removed=removed))
    if report.added:
        print(cli.say("ids_added", ids=", ".join(cli.figure(i) for i in report.added)))
    if report.changed:
        print(cli.say("ids_changed", ids=", ".join(cli.figure(i) for i in report.changed)))
    for item_id in report.removed:
        print(cli.say("id_removed", item=cli.figure(item_id), history=_history(cli, before, item_id)))
    return 0


def _history(cli: CliContext, snapshot: Snapshot, item_id: str) -> str:
    """An item's progress in `snapshot` as one phrase: its state, and how many notes and links."""
    state = snapshot.state(item_id)
    done = (
        cli.say("history_done", by=state.by, at=cli.when(state.at))
        if state.done
        else cli.say("history_not_done")
    )
    notes, links = snapshot.notes.get(item_id, ()), snapshot.links.get(item_id, ())
    return cli.say("history", state=done, notes=cli.figure(len(notes)), links=cli.figure(len(links)))
