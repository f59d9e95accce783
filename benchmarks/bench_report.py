"""Time the results report against fpdf2's own `table()` laying out the same text.

Measures, for the bundled checklist (31 items) and a synthetic one of 4,000 long items (a third
done), each item with a result or its state:
  report     export_report_pdf in process (A4 landscape, six columns, header row on each page)
             <->  the same cells through fpdf2's `FPDF.table()` (Sarabun, shaping on,
                  repeated headings, U+200B at ICU word boundaries, one paragraph of each
                  column per table row, as fpdf2 cannot split a row between pages)
Fonts, fpdf2 and ICU are imported before timing starts; each run alternates with its reference.

Run: python benchmarks/bench_report.py [--repeats N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_export import _time, long_items_checklist, realistic_checklist, result_row, table
from ita_tui import paths
from ita_tui.checklist.model import Checklist
from ita_tui.export.options import ExportOptions
from ita_tui.export.report_content import HEADS, SHARES, Para, report_blocks
from ita_tui.export.report_layout import WIDTH
from ita_tui.export.report_pdf import export_report_pdf
from ita_tui.locale import words
from ita_tui.store.records import ItemState, Snapshot, Written
from ita_tui.thai_breaks import word_segments

DAY = date(2023, 9, 30)
OPTIONS = ExportOptions(as_of=DAY)  # three blank signature blocks


def filled(checklist: Checklist) -> Snapshot:
    """Every third item done with a result; the others show their state."""
    done = [item for n, item in enumerate(checklist.items()) if n % 3 == 0]
    return Snapshot(
        checklist,
        states={item.id: ItemState(item.id, "done", "bench") for item in done},
        results={item.id: Written(item.text, "bench", "2023-09-01T10:00:00+07:00") for item in done},
    )


def fpdf_table(snapshot: Snapshot, output: Path) -> None:
    """The report's cells as fpdf2's own table, headings repeated, shaping on: a table row holds one
    paragraph of each column, as fpdf2 cannot split a row between pages."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    say = words("th")
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    for style, name in (("", "Sarabun-Regular.ttf"), ("B", "Sarabun-Bold.ttf")):
        pdf.add_font("Sarabun", style, str(paths.fonts_dir() / name))
    pdf.set_text_shaping(True)
    pdf.set_margins(15, 16, 15)
    pdf.add_page()
    pdf.set_font("Sarabun", "", 11)
    widths = tuple(WIDTH * share for share in SHARES)
    with pdf.table(
        col_widths=widths, headings_style=FontFace(emphasis="BOLD"), repeat_headings=1, text_align="LEFT"
    ) as grid:
        grid.row([say[key] for key in HEADS])
        for cells in _six_cells(snapshot):
            for n in range(max(len(cell) for cell in cells)):  # paragraph n of every column
                grid.row([_breakable(cell[n].text) if n < len(cell) else "" for cell in cells])
    pdf.output(str(output))


def _six_cells(snapshot: Snapshot) -> list[list[list[Para]]]:
    """Each indicator's six columns as lists of paragraphs (items and results stacked)."""
    say = words("th")
    return [
        [
            list(block.measures),
            [*block.lead, *(p for row in block.items for p in row.method)],
            [Para(row.period) for row in block.items[:1]],
            [p for row in block.items for p in row.result],
            list(block.outcome),
            [Para(row.responsible) for row in block.items[:1]],
        ]
        for block in report_blocks(snapshot, say, "thai")
    ]


def _breakable(text: str) -> str:
    """U+200B at every ICU word boundary, where fpdf2's own line breaker may then break Thai."""
    return "\u200b".join(word_segments(text))


def run(repeats: int = 7) -> list[dict]:
    """Alternate the report with fpdf2's table; one run at 4,000 items (fpdf2 takes minutes there)."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        warm = filled(realistic_checklist())
        export_report_pdf(warm, out / "warm.pdf", OPTIONS)
        fpdf_table(warm, out / "warm-table.pdf")
        for size, checklist, times in (
            ("bundled (31 items)", realistic_checklist(), repeats),
            ("synthetic 4,000 items", long_items_checklist(), 1),
        ):
            snapshot = filled(checklist)
            ours, reference = [], []
            for _ in range(times):
                ours.append(_time(lambda s=snapshot: export_report_pdf(s, out / "r.pdf", OPTIONS)))
                reference.append(_time(lambda s=snapshot: fpdf_table(s, out / "t.pdf")))
            rows.append(result_row("export report vs fpdf2 table() (in process)", size, ours, reference))
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    print(table(run(parser.parse_args().repeats)))
