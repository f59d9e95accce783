"""The `e` key: write the one-page PDF and HTML summary, or the results report or the measures
document (O42) as PDF or Word, into
the database's folder, off the UI thread; a file already there is never overwritten (the new one
is named "-2", "-3" …). Served to a browser (ita-tui serve), the files are written into a private
temporary folder and delivered to the browser's downloads instead of being left on the server."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ita_tui.errors import ItaError
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line

ERROR_SECONDS = 20  # long enough to read a path and what to do


def export_names(snapshot: Snapshot, folder: Path, today: date, kind: str = "summary") -> list[Path]:
    """ita-summary-<fiscal year>-<YYYYMMDD>.pdf and .html (or ita-report-… / ita-measures-….pdf or
    .docx) in `folder`, each a name no file has yet."""
    suffixes: tuple[str, ...]
    if kind == "summary":
        stem, suffixes = "ita-summary", (".pdf", ".html")
    else:
        stem = "ita-measures" if kind.startswith("measures") else "ita-report"
        suffixes = (".pdf",) if kind.endswith("_pdf") else (".docx",)
    base = f"{stem}-{snapshot.checklist.fiscal_year}-{today:%Y%m%d}"
    n = 1
    while True:
        names = [folder / f"{base}{'' if n == 1 else f'-{n}'}{suffix}" for suffix in suffixes]
        if not any(os.path.lexists(path) for path in names):  # a dangling link is a name taken too
            return names
        n += 1


def start_export(app, kind: str = "summary", signers: dict[str, str] | None = None) -> None:
    """Export the app's current snapshot in a worker thread and say where it went; `signers`
    (names and positions typed in the dialog) are remembered for the database first."""
    snapshot, lang = app.snapshot, app.lang
    pdf_digit_style = app.pdf_digit_style  # documents (the web page too) in the PDF's digits
    db = app.store.path
    web = app.is_web
    folder = app.delivery_folder if web else db.parent
    app.notify(app.words["exporting"], markup=False)

    def work() -> None:
        """(thread) Import the exporters only now: they are heavy."""
        from ita_tui.export.pdf import export_pdf
        from ita_tui.export.signers import read_signers, write_signers
        from ita_tui.export.summary import write_summary
        from ita_tui.outputs import for_database

        try:
            with for_database(db):  # exports beside it get its mode and group
                if signers is not None:
                    write_signers(db, {**read_signers(db), **signers})
                paths = export_names(snapshot, folder, date.today(), kind)
                pdf_path = paths[0]
                if kind == "summary":
                    known = read_signers(db)
                    export_pdf(
                        snapshot,
                        pdf_path,
                        lang=lang,
                        digit_style=pdf_digit_style,
                        reporter=known.get("reporter", ""),  # never the login name: dots to sign
                        reporter_position=known.get("reporter_position", ""),
                        supervisor=known.get("supervisor", ""),
                        supervisor_position=known.get("supervisor_position", ""),
                    )
                    write_summary(
                        snapshot, paths[1], "html", pending=True, lang=lang, digit_style=pdf_digit_style
                    )
                else:
                    _write_report(snapshot, pdf_path, read_signers(db), lang, pdf_digit_style, kind)
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
            for path in paths:
                app.call_from_thread(app.deliver_binary, path)
            app.call_from_thread(
                app.notify,
                app.words["exported_web"].format(names=", ".join(path.name for path in paths)),
                timeout=10,
                markup=False,
            )
            return
        app.call_from_thread(
            app.notify,
            app.words["exported"].format(
                names=", ".join(path.name for path in paths), folder=one_line(str(pdf_path.parent))
            ),
            timeout=10,
            markup=False,
        )

    app.run_worker(work, thread=True, group="export")


def _write_report(
    snapshot: Snapshot, path: Path, known: dict[str, str], lang: str, digit_style: str, kind: str
) -> None:
    """(thread) The results report or the measures document as PDF or Word, signed by the
    remembered signers (dots where none was entered)."""
    from ita_tui.export.pdf_signatures import Signer
    from ita_tui.locale import words

    say = words(lang)
    signers = tuple(
        Signer(known.get(who, ""), known.get(f"{who}_position", ""), known.get(f"{who}_role") or say[who])
        for who in ("reporter", "supervisor", "approver")
    )
    if kind.startswith("measures"):
        from ita_tui.export.measures import export_measures

        export_measures(snapshot.checklist, path, signers=signers, lang=lang, digit_style=digit_style)
        return
    if path.suffix == ".pdf":
        from ita_tui.export.report_pdf import export_report_pdf

        export_report_pdf(snapshot, path, signers=signers, lang=lang, digit_style=digit_style)
    else:
        from ita_tui.export.report_docx import export_report_docx

        export_report_docx(snapshot, path, signers=signers, lang=lang, digit_style=digit_style)
