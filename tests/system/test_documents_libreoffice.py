"""The Word documents as LibreOffice lays them out: no line of any cell ends inside a Thai word (ICU
with the keep-whole runs of thai_breaks; LibreOffice, like Word, breaks compounds where its ICU
dictionary does, เผย|แพร่: running text is kept as typed, with no word joiners inside it), and
page numbers in digits, never Thai letters."""

import shutil
import subprocess

import pytest

from ita_tui.export.measures import HEADS as MEASURES_HEADS
from ita_tui.export.measures import export_measures_docx
from ita_tui.export.options import ExportOptions
from ita_tui.export.report_content import HEADS
from ita_tui.export.report_docx import export_report_docx
from ita_tui.locale import words
from ita_tui.thai_breaks import line_ends_inside_words
from tests.support.pdf_readback import bbox_lines
from tests.support.report_year import every_result_store, report_paragraphs

pytestmark = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
MARKS = "☐◐☑⊘ "


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The report and the measures of a database with a result for every item, as .docx, converted
    to PDF by LibreOffice."""
    folder = tmp_path_factory.mktemp("libreoffice")
    store = every_result_store(folder / "office.json")
    report = export_report_docx(store.snapshot(), folder / "report.docx", ExportOptions())
    measures = export_measures_docx(store.snapshot(), folder / "measures.docx", ExportOptions())
    out = folder / "pdf"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(report), str(measures)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    return store, bbox_lines(out / "report.pdf"), out / "measures.pdf"


def _paragraphs(store):
    """Every cell's paragraph in either document, and the column heads."""
    say = words("th")
    items = [
        t
        for item in store.checklist.items()
        for t in (f"{item.number}. {item.text}", item.period, item.follow_up, item.responsible)
    ]
    return report_paragraphs(store) + items + [say[key] for key in (*HEADS, *MEASURES_HEADS)]


def test_no_line_of_either_document_ends_inside_a_thai_word(converted):
    store, report, measures = converted
    paragraphs = _paragraphs(store)
    for pages in (report, bbox_lines(measures)):
        lines = [line.lstrip(MARKS) for page in pages for line in page]
        wrong, judged = line_ends_inside_words(lines, paragraphs, compounds=False)
        assert judged > 100 and not wrong


def test_page_numbers_are_digits_not_letters(converted):
    _, report, measures = converted
    for pages in (report, bbox_lines(measures)):
        assert len(pages) > 2
        for n, page in enumerate(pages[1:], start=2):
            assert f"- {n} -" in page, page[:2]
