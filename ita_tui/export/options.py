"""What every export is written with: `ExportOptions` (language, digits, the day and round the data
stands at, the signers, whether pending items are listed), made once by whoever asks for the export
(the command line, the app, the browser) through its kind (kinds.py), and read by every writer.

A writer is `write(snapshot, output, options) -> Path`; the heading every summary and report opens
with, and the whole-or-nothing write of its bytes, are here so that each writer says them once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ita_tui.errors import ExportError, os_reason
from ita_tui.export.heading import Heading, heading, round_end
from ita_tui.export.pdf_signatures import Signer
from ita_tui.locale import DEFAULT_LANG, Words, words
from ita_tui.store import clock


def document_digits(lang: str, asked: str | None) -> str:
    """Digits in a PDF or Word document: as asked, else Thai as the source documents write them
    (arabic in English)."""
    return asked or ("arabic" if lang == "en" else "thai")


@dataclass(frozen=True)
class ExportOptions:
    """How one export is written; the defaults are a Thai document of today's data, unsigned."""

    lang: str = DEFAULT_LANG
    digits: str = "arabic"  # figures of the summaries (text, web page, workbook): arabic unless asked
    print_digits: str = "thai"  # figures of PDF and Word documents: see document_digits
    as_of: date | None = None  # the data as it stood at the end of this day (None: today)
    months: int | None = None  # the round (6 or 12) the heading names
    pending: bool = False  # the summary lists the items not done
    links: bool = True  # the report lists each item's evidence links under its result
    internal: bool = False  # the report adds progress notes, review comments and reviewers' names
    signers: tuple[Signer, ...] = ()  # empty: the document's blank signature blocks

    @property
    def words(self) -> Words:
        """The words of the export's language."""
        return words(self.lang)

    def day(self, fiscal_year: int) -> date:
        """The date the data stands at: --as-of, else the end of the round, else today."""
        return self.as_of or (round_end(fiscal_year, self.months) if self.months else clock.today())

    def heading(self, fiscal_year: int, digit_style: str, title_key: str = "report_title") -> Heading:
        """The title, round and date lines the export opens with, in `digit_style`."""
        day = self.day(fiscal_year)
        return heading(
            fiscal_year, day, lang=self.lang, digit_style=digit_style, months=self.months, title_key=title_key
        )

    def signers_or_blank(self, *, approver: bool) -> tuple[Signer, ...]:
        """The signers, or blank blocks under the default role words (an approver's too if asked)."""
        if self.signers:
            return self.signers
        say = self.words
        roles = (say["reporter"], say["supervisor"], *((say["approver"],) if approver else ()))
        return tuple(Signer("", "", role) for role in roles)


def write_bytes(output: Path, data: bytes, error_key: str) -> Path:
    """Write `data` over `output` whole or not at all (the previous file stays whole if writing
    fails); a failure is the ExportError `error_key`."""
    from ita_tui.outputs import write_output  # with the database's mode and group in its folder

    try:
        write_output(output, data)
    except OSError as exc:
        raise ExportError(error_key, path=output, reason=os_reason(exc)) from None
    return output
