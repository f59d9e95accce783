"""The naive reference for the PDF benchmark: fpdf2 lays out the same text itself.

Same font (Sarabun), shaping on, the same title, organization, date, indicator table and
pending item texts, but every paragraph goes through fpdf2's `multi_cell` (U+200B placed at
ICU word boundaries so it breaks between Thai words, as the fpdf2 docs suggest). It stops at
the end of the first page, so both sides lay out one page of text.

Run: python benchmarks/naive_pdf.py DATABASE.json OUT.pdf   (a progress database, read as
`ita-tui export pdf` reads it)
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ita_tui import paths
from ita_tui.checklist.model import indicator_completion, overall_completion
from ita_tui.checklist.units import pending_by_unit
from ita_tui.store.records import Snapshot
from ita_tui.thai import digits, long_date
from ita_tui.thai_breaks import word_segments


def naive_pdf(snapshot: Snapshot, output: Path, today: date | None = None) -> Path:
    """Write one page of the summary text with fpdf2's own line breaking (multi_cell)."""
    from fpdf import FPDF

    def zw(text: str) -> str:
        """U+200B between ICU's words, where multi_cell may break."""
        return "\u200b".join(word_segments(text))

    checklist = snapshot.checklist
    done = snapshot.progress
    pdf = FPDF(format="A4")
    pdf.add_font("Sarabun", "", str(paths.fonts_dir() / "Sarabun-Regular.ttf"))
    pdf.add_font("Sarabun", "B", str(paths.fonts_dir() / "Sarabun-Bold.ttf"))
    pdf.set_text_shaping(True)
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    bottom = pdf.h - 18
    year = digits(checklist.fiscal_year, "thai")
    pdf.set_font("Sarabun", "B", 13)
    pdf.multi_cell(
        0,
        7,
        zw(f"สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {year}"),
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Sarabun", "", 11)
    pdf.multi_cell(
        0, 6, zw(f"{checklist.organization} {checklist.location}"), align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.multi_cell(
        0, 6, zw(f"ข้อมูล ณ วันที่ {long_date(today or date.today())}"), align="C", new_x="LMARGIN", new_y="NEXT"
    )
    for ind, c in indicator_completion(checklist, done):
        y = pdf.get_y()
        pdf.set_xy(25, y)
        pdf.cell(15, 6, digits(ind.number, "thai"))
        pdf.multi_cell(80, 6, zw(ind.title), align="L", new_x="RIGHT", new_y="TOP")
        pdf.cell(25, 6, digits(f"{c.done}/{c.applicable}", "thai"))
        pdf.cell(20, 6, digits(c.percent, "thai"))
        pdf.set_y(max(pdf.get_y(), y + 6))
    overall = overall_completion(checklist, done)
    pdf.cell(
        0, 6, digits(f"ภาพรวม {overall.done}/{overall.applicable}", "thai"), new_x="LMARGIN", new_y="NEXT"
    )
    for unit, items in pending_by_unit(checklist, done, snapshot.unit_model):
        pdf.set_font("Sarabun", "B", 11)
        pdf.multi_cell(0, 6, zw(unit), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sarabun", "", 10)
        for item in items:
            if pdf.get_y() > bottom - 12:
                break
            pdf.multi_cell(0, 5.5, zw(f"{item.id} {item.text}"), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(output))
    return Path(output)


def main(argv: list[str]) -> None:
    """Lay out one page of a progress database's summary."""
    from ita_tui.store import ProgressStore

    naive_pdf(ProgressStore.open(Path(argv[0]), user="bench").snapshot(), Path(argv[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
