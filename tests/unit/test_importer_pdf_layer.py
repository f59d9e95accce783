"""What LibreOffice's PDFs do to Thai text and titles, undone: every Thai mark its text layer splits off
its letter read back on it (TH SarabunPSK as Laksaman draws it, and Sarabun), a title whose year
wraps alone onto the next line keeps its year, and page numbers told by where they stand.

The PDFs in tests/data/pdf/ are made by tests/fixtures/make_pdfs.py from tests/fixtures/documents.py.
"""

from pathlib import Path

import pytest

from ita_tui.importer import read_file
from ita_tui.importer.page_numbers import Candidate, candidate, page_numbers
from ita_tui.importer.report import import_report
from tests.fixtures import documents

PDFS = Path(__file__).resolve().parent.parent / "data" / "pdf"


@pytest.mark.parametrize("name", ["thai-marks", "thai-marks-sarabun"])
def test_every_thai_mark_split_off_by_libreoffices_text_layer_is_read_back_on_its_letter(name):
    imported = read_file(PDFS / f"{name}.pdf")
    items = list(imported.checklist.items())
    assert [i.id for i in items] == ["9.1", "9.2", "9.3"]
    for item, words in zip(items, documents.MARK_WORDS, strict=True):
        assert documents.marks_whole(item.text, words), item.text
        assert (item.follow_up, item.responsible) == ("ข้อมูลผู้รับ", "ผู้ใหญ่บ้าน")
    assert imported.skipped == ()  # no mark left over as a line of its own ("ู")
    report = import_report(imported, name, "out.json")
    assert [r["place"] for r in report["repaired"]] == ["page 1"]
    assert "Thai vowel and tone marks" in report["repaired"][0]["repair"]


def test_a_title_whose_year_wraps_alone_onto_the_next_line_keeps_its_fiscal_year():
    imported = read_file(PDFS / "title-year-wrapped.pdf")
    c = imported.checklist
    assert (c.title, c.fiscal_year, c.organization) == (
        documents.WRAPPED_YEAR_TITLE,
        2566,
        "องค์การบริหารส่วนตำบลตัวอย่าง",
    )
    assert [(i.id, i.text) for i in c.items()] == [("2.1", "เผยแพร่แผน")]
    repairs = [r["repair"] for r in import_report(imported, "t.pdf", "o.json")["repaired"]]
    assert "“๒๕๖๖”, wrapped onto the next line, joined to the line above (not a page number)" in repairs


def test_page_numbers_are_told_by_where_they_stand_and_their_sequence():
    def at(text: str, page: int, top: float, lineno: int = 0) -> Candidate | None:
        return candidate(text, lineno or page, page, top, top + 12, 595.0)

    assert at("๒", 2, 300.0) is None  # in the middle of the page: text
    assert at("๒๕๖๖", 1, 400.0) is None
    bottom = [at(str(n), n, 560.0) for n in (1, 2, 3)]
    year = at("๒๕๖๖", 1, 40.0, lineno=9)  # a title's year in the top band of page 1
    shifted = [at(str(n + 4), n, 20.0) for n in (1, 2)]  # numbered on from an earlier part: 5, 6
    written = [at("หน้า ๗", 2, 560.0), at("- 4 -", 3, 560.0)]
    found = [c for c in [*bottom, year, *shifted, *written] if c is not None]
    assert len(found) == 8
    assert page_numbers(found[:4]) == {1, 2, 3}  # the year is not in step with the pages
    assert page_numbers(found[4:6]) == {1, 2}
    assert page_numbers(found[6:]) == {2, 3}  # written as page numbers: the band is enough


def test_the_bundled_pdf_still_drops_its_page_numbers_and_running_header():
    imported = read_file(PDFS / "bundled.pdf")
    assert imported.skipped == ()
    assert not any("หน้า" in line for line in imported.checklist.title.split())
