"""The command line's report side: `export report`, `result`, `outcome`, the --as-of/--round options
and the signers each database remembers (cli.py parses everything else).

Signers: names, positions and role words given to `export pdf` or `export report` are saved next to
the database (export/signers.py) and used whenever they are not given again, so a report is
signed the same way each round without typing them again.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ita_tui.errors import ExportError, ItaError
from ita_tui.export.signers import SIGNER_FIELDS as SIGNER_FIELDS
from ita_tui.store.commands import SetOutcome, SetResult


def add_as_of_options(parser: argparse.ArgumentParser, say: Any) -> None:
    """--as-of DATE and --round 6|12: figures rebuilt from the log as they stood at the end of a day."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--as-of", metavar="DATE", help=say["help_as_of"])
    group.add_argument("--round", type=int, choices=[6, 12], help=say["help_round"])


def add_signer_options(parser: argparse.ArgumentParser) -> None:
    """Names, positions and role words of the three signers (remembered per database)."""
    for field in SIGNER_FIELDS:
        option = "--" + field.replace("_", "-")
        parser.add_argument(option, default=None, metavar="TEXT")


def snapshot_for(args: argparse.Namespace, store: Any) -> Any:
    """The store's snapshot now, or as it stood at --as-of / the end of --round."""
    day = as_of_day(args, store)
    snapshot = store.snapshot()
    if day is None:
        return snapshot
    from ita_tui.store.as_of import snapshot_as_of

    return snapshot_as_of(snapshot, store.log(), day)


def as_of_day(args: argparse.Namespace, store: Any) -> date | None:
    """The day --as-of or --round names, or None."""
    if getattr(args, "round", None):
        from ita_tui.export.heading import round_end

        return round_end(store.checklist.fiscal_year, args.round)
    text = getattr(args, "as_of", None)
    if text is None:
        return None
    from ita_tui.thai import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise ItaError("bad_date", option="--as-of", text=repr(text)) from None


def signers(args: argparse.Namespace, db: Path, lang: str, *, approver: bool) -> tuple[Any, ...]:
    """The signers from the options, else as remembered for `db`; what was given is remembered."""
    from ita_tui.export.pdf_signatures import Signer
    from ita_tui.export.signers import read_signers, write_signers
    from ita_tui.locale import words as words_of

    saved = read_signers(db)
    given = {f: getattr(args, f) for f in SIGNER_FIELDS if getattr(args, f, None) is not None}
    if given:
        write_signers(db, {**saved, **given})
    values = {**saved, **given}
    words = words_of(lang)
    roles = {"reporter": words["reporter"], "supervisor": words["supervisor"], "approver": words["approver"]}
    people = [
        Signer(values.get(who, ""), values.get(f"{who}_position", ""), values.get(f"{who}_role") or role)
        for who, role in roles.items()
    ]
    if approver or "approver" in values or "approver_position" in values:
        return tuple(people)
    return tuple(people[:2])


def cmd_result(args: argparse.Namespace, store: Any, say: Any, figure: Any) -> int:
    """Write an item's result text, or draft it from its notes."""
    text = args.text
    if args.from_notes:
        snapshot = store.snapshot()
        item_id = _item_id(store, args.item_id)
        text = " ".join(n.text for n in snapshot.notes.get(item_id, ()))
        if not text.strip():
            raise ItaError("err_result_no_notes", item=args.item_id)
    if text is None or not text.strip():
        raise ItaError("err_result_needs_text")
    written = store.apply(SetResult(args.item_id, text)).value
    print(say("result_written", item=figure(args.item_id), by=written.by))
    return 0


def _item_id(store: Any, typed: str) -> str:
    """The checklist id a typed id means (an old id of a renumbered item too)."""
    from ita_tui.checklist.ids import find_item_id

    return find_item_id(store.checklist, typed, store.snapshot().aliases)


def cmd_outcome(args: argparse.Namespace, store: Any, say: Any, figure: Any) -> int:
    """Write an indicator's outcome text."""
    written = store.apply(SetOutcome(args.indicator, args.text)).value
    print(say("outcome_written", indicator=figure(args.indicator), by=written.by))
    return 0


def cmd_measures(args: argparse.Namespace, store: Any, lang: str, digit_style: str) -> Path:
    """Write the measures document (O42) of the checklist as corrected, as PDF or Word."""
    from ita_tui.export.measures import export_measures

    if Path(args.output).suffix.lower() not in (".pdf", ".docx"):
        raise ExportError("err_measures_format", path=args.output)
    people = signers(args, store.path, lang, approver=True)
    return export_measures(
        store.checklist, Path(args.output), signers=people, lang=lang, digit_style=digit_style
    )


def cmd_report(args: argparse.Namespace, store: Any, lang: str, digit_style: str) -> Path:
    """Write the results report as PDF or Word (from the file name); returns the path."""
    suffix = Path(args.output).suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise ExportError("err_report_format", path=args.output)
    snapshot = snapshot_for(args, store)
    day = as_of_day(args, store)
    people = signers(args, store.path, lang, approver=True)
    from ita_tui.export.report_content import ReportOptions

    shown = ReportOptions(links=not args.no_links, internal=args.internal)
    options = {"lang": lang, "digit_style": digit_style, "today": day, "months": args.round, "options": shown}
    if suffix == ".pdf":
        from ita_tui.export.report_pdf import export_report_pdf

        return export_report_pdf(snapshot, Path(args.output), signers=people, **options)
    from ita_tui.export.report_docx import export_report_docx

    return export_report_docx(snapshot, Path(args.output), signers=people, **options)
