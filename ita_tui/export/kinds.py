"""Every file the product exports, declared once: `EXPORTS`, each kind with its formats, and each
format with its writer, file suffixes and words.

The command line (`summary --format`, one `export KIND` per kind), the app's export dialog and the
browser's downloads read this table; none of them knows a writer. A new format is a module with a
writer `write(snapshot, output, options) -> Path`, one `Format` below and its words. Writers are
named as "module:function" and imported when used, so reading the table loads no PDF or Word engine.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ita_tui.export.options import ExportOptions
from ita_tui.export.signers import resolve_signers
from ita_tui.locale import words

if TYPE_CHECKING:  # reading the table loads no store
    from ita_tui.store.records import Snapshot

Writer = Callable[["Snapshot", Path, ExportOptions], Path]


@dataclass(frozen=True)
class Format:
    """One file format of a kind."""

    name: str  # as --format names it: "html"
    suffixes: tuple[str, ...]  # the file names it is known by; the first names new files
    writer: str  # "module:function", a Writer
    label: str  # word key: the file as people choose it ("สรุป (หน้าเว็บ .html)")
    offered: bool = True  # offered in the app's dialog and the browser (not the ones for scripts)

    @property
    def suffix(self) -> str:
        """The suffix new files get."""
        return self.suffixes[0]

    def write(self, snapshot: Snapshot, output: Path, options: ExportOptions) -> Path:
        """Write `snapshot` to `output` in this format; returns the path written."""
        module, _, name = self.writer.partition(":")
        writer: Writer = getattr(importlib.import_module(module), name)
        return writer(snapshot, Path(output), options)


@dataclass(frozen=True)
class ExportKind:
    """A document the product exports, in one or more formats."""

    name: str  # `ita-tui export NAME` (the summary has its own command, which also prints)
    help: str  # word key: what it is, for --help
    stem: str  # new files are named <stem>-<fiscal year>-<YYYYMMDD><suffix>
    formats: tuple[Format, ...]
    signers: int = 0  # signature blocks: 0 none; 2 reporter and supervisor (an approver once named); 3 all
    as_of: bool = True  # --as-of/--round apply: its figures can be rebuilt as they stood
    internal: bool = False  # --internal (notes, reviews) and --no-links apply: a report of items

    def format_named(self, name: str) -> Format:
        """The format `name` (as --format gives it)."""
        return next(f for f in self.formats if f.name == name)

    def format_for(self, output: Path) -> Format | None:
        """The format a file name implies (".htm" -> html), the only one when there is one, or None."""
        if len(self.formats) == 1:
            return self.formats[0]
        suffix = Path(output).suffix.lower()
        return next((f for f in self.formats if suffix in f.suffixes), None)

    def file_name(self, fmt: Format, fiscal_year: int, day: date, n: int = 1) -> str:
        """The name of a new file: ita-report-2566-20261201.pdf (the n-th: …-20261201-2.pdf)."""
        return f"{self.stem}-{fiscal_year}-{day:%Y%m%d}{'' if n == 1 else f'-{n}'}{fmt.suffix}"

    def options(
        self,
        db: Path,
        *,
        lang: str,
        digits: str,
        print_digits: str,
        as_of: date | None = None,
        months: int | None = None,
        pending: bool = False,
        links: bool = True,
        internal: bool = False,
        given: Mapping[str, str] | None = None,
    ) -> ExportOptions:
        """The options of one export of this kind from a database: the signers decided (and those
        `given` remembered) when it is signed."""
        signers = (
            resolve_signers(db, given or {}, words(lang), approver=self.signers == 3) if self.signers else ()
        )
        if not self.as_of:
            as_of, months = None, None
        return ExportOptions(lang, digits, print_digits, as_of, months, pending, links, internal, signers)


_SUMMARY = "ita_tui.export.summary"
_REPORT = "ita_tui.export.report"
_CHECKLIST = "ita_tui.export.checklist_xlsx"
_MEASURES = "ita_tui.export.measures"

EXPORTS: Mapping[str, ExportKind] = {
    kind.name: kind
    for kind in (
        ExportKind(
            "pdf",
            "help_cmd_export_pdf",
            "ita-summary",
            (Format("pdf", (".pdf",), "ita_tui.export.pdf:export_pdf", "export_summary_pdf"),),
            signers=2,
        ),
        ExportKind(
            "report",
            "help_cmd_export_report",
            "ita-report",
            (
                Format("pdf", (".pdf",), f"{_REPORT}_pdf:export_report_pdf", "export_report_pdf"),
                Format("docx", (".docx",), f"{_REPORT}_docx:export_report_docx", "export_report_docx"),
            ),
            signers=3,
            internal=True,
        ),
        ExportKind(
            "measures",
            "help_cmd_export_measures",
            "ita-measures",
            (
                Format("pdf", (".pdf",), f"{_MEASURES}:export_measures_pdf", "export_measures_pdf"),
                Format("docx", (".docx",), f"{_MEASURES}:export_measures_docx", "export_measures_docx"),
            ),
            signers=3,
            as_of=False,
        ),
        ExportKind(
            "summary",
            "help_cmd_summary",
            "ita-summary",
            (
                Format("text", (".txt", ".text"), f"{_SUMMARY}:write_text", "export_summary_text", False),
                Format("html", (".html", ".htm"), f"{_SUMMARY}:write_html", "export_summary_html"),
                Format("json", (".json",), f"{_SUMMARY}:write_json", "export_summary_json", False),
                Format("csv", (".csv",), f"{_SUMMARY}:write_csv", "export_summary_csv", False),
                Format("xlsx", (".xlsx",), f"{_SUMMARY}:write_xlsx", "export_summary_xlsx"),
            ),
        ),
        ExportKind(
            "checklist",
            "help_cmd_export_checklist",
            "ita-checklist",
            (Format("xlsx", (".xlsx",), f"{_CHECKLIST}:write_checklist", "export_checklist_xlsx"),),
            as_of=False,
        ),
    )
}


def offered() -> dict[str, tuple[ExportKind, Format]]:
    """The files offered to choose from (the app's export dialog, the browser's downloads), in
    the table's order, each by an id: "report.docx"."""
    return {f"{k.name}.{f.name}": (k, f) for k in EXPORTS.values() for f in k.formats if f.offered}
