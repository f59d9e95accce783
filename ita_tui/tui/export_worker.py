"""The `e` key: write the one-page PDF and the summary into the current folder, off the UI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ita_tui.errors import ItaError
from ita_tui.store.records import Snapshot
from ita_tui.text import one_line

ERROR_SECONDS = 20  # long enough to read a path and what to do


def export_names(snapshot: Snapshot, folder: Path, today: date) -> tuple[Path, Path]:
    """ita-summary-<fiscal year>-<YYYYMMDD>.pdf and .html in `folder`."""
    stem = f"ita-summary-{snapshot.checklist.fiscal_year}-{today:%Y%m%d}"
    return folder / f"{stem}.pdf", folder / f"{stem}.html"


def start_export(app) -> None:
    """Export the app's current snapshot in a worker thread and say where it went."""
    snapshot, lang, user = app.snapshot, app.lang, app.store.user
    digit_style, pdf_digit_style = app.digit_style, app.pdf_digit_style
    app.notify(app.words["exporting"], markup=False)

    def work() -> None:
        """(thread) Import the exporters only now: they are heavy."""
        from ita_tui.export.pdf import export_pdf
        from ita_tui.export.summary import write_summary

        try:
            pdf_path, summary_path = export_names(snapshot, Path.cwd(), date.today())
            export_pdf(snapshot, pdf_path, lang=lang, digit_style=pdf_digit_style, reporter=user)
            write_summary(snapshot, summary_path, "html", pending=True, lang=lang, digit_style=digit_style)
        except (ItaError, OSError) as exc:  # OSError: the current folder was removed
            error = (
                exc.text(lang)
                if isinstance(exc, ItaError)
                else app.words["export_no_folder"].format(reason=exc.strerror)
            )
            app.call_from_thread(
                app.notify,
                app.words["export_failed"].format(error=one_line(error)),
                severity="error",
                timeout=ERROR_SECONDS,
                markup=False,
            )
            return
        app.call_from_thread(
            app.notify,
            app.words["exported"].format(
                names=f"{pdf_path.name}, {summary_path.name}", folder=one_line(str(pdf_path.parent))
            ),
            timeout=10,
            markup=False,
        )

    app.run_worker(work, thread=True, group="export")
