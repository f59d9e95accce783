"""The `e` key: write the file chosen from the export table (export/kinds.py: the one-page PDF,
the results report as PDF or Word, the summary page or workbook, the checklist workbook) into the
database's folder, off the UI thread; a file already there is never overwritten (the new one is
named "-2", "-3" …). Served to a browser (ita-tui serve), the file is written into a private
temporary folder and delivered to the browser's downloads instead of being left on the server."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ita_tui.errors import ItaError
from ita_tui.export.kinds import ExportKind, Format, offered
from ita_tui.store import clock
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line

ERROR_SECONDS = 20  # long enough to read a path and what to do


def export_name(snapshot: Snapshot, folder: Path, today: date, kind: ExportKind, fmt: Format) -> Path:
    """ita-summary-<fiscal year>-<YYYYMMDD>.pdf (or ita-report-….docx …) in `folder`, a name no
    file has yet."""
    n = 1
    # a dangling link is a name taken too
    while os.path.lexists(folder / kind.file_name(fmt, snapshot.checklist.fiscal_year, today, n)):
        n += 1
    return folder / kind.file_name(fmt, snapshot.checklist.fiscal_year, today, n)


def start_export(
    app,
    choice: str,
    signers: dict[str, str] | None = None,
    *,
    as_of: date | None = None,
    months: int | None = None,
) -> None:
    """Export the app's current snapshot as `choice` (an id of kinds.offered) in a worker thread
    and say where it went; `signers` (names and positions typed in the dialog) are remembered for
    the database; nobody named signs as dots to sign on. With `as_of` or a round's `months` the
    figures are those at the end of that day, rebuilt from the log as `--as-of`/`--round` do."""
    kind, fmt = offered()[choice]
    snapshot, lang = app.snapshot, app.lang
    digit_style, pdf_digit_style = app.digit_style, app.pdf_digit_style
    store = app.store
    db = store.path
    web = app.is_web
    folder = app.delivery_folder if web else db.parent
    app.notify(app.words["exporting"], markup=False)

    def work() -> None:
        """(thread) The writer is imported only now: they are heavy."""
        from ita_tui.outputs import for_database

        try:
            with for_database(db):  # exports beside it get its mode and group
                options = kind.options(
                    db,
                    lang=lang,
                    digits=digit_style,
                    print_digits=pdf_digit_style,
                    as_of=as_of,
                    months=months,
                    pending=True,
                    given=signers,
                )  # never signed with the login name: dots to sign where nobody was named
                shown = snapshot
                if kind.as_of and (as_of or months):
                    from ita_tui.store.as_of import snapshot_as_of

                    shown = snapshot_as_of(snapshot, store.log(), options.day(snapshot.checklist.fiscal_year))
                path = export_name(snapshot, folder, clock.today(), kind, fmt)
                fmt.write(shown, path, options)
        except Exception as exc:  # any failure is a message; the app keeps running
            if isinstance(exc, ItaError):
                error = exc.text(lang)
            elif isinstance(exc, OSError):  # the current folder was removed
                error = app.words["export_no_folder"].format(reason=exc.strerror)
            else:
                error = f"{type(exc).__name__}: {exc}"
            app.call_from_thread(
                app.notify,
                app.words["export_failed"].format(error=one_line(error)),
                severity="error",
                timeout=ERROR_SECONDS,
                markup=False,
            )
            return
        if web:
            app.call_from_thread(app.deliver_binary, path)
            app.call_from_thread(
                app.notify, app.words["exported_web"].format(names=path.name), timeout=10, markup=False
            )
            return
        app.call_from_thread(
            app.notify,
            app.words["exported"].format(names=path.name, folder=one_line(str(path.parent))),
            timeout=10,
            markup=False,
        )

    app.run_worker(work, thread=True, group="export")
