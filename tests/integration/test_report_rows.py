"""The results report's rows: each item's result beside its item, on the same page, inside its
row; no line of any cell ends inside a Thai word (ICU with the keep-whole runs of thai_breaks)."""

import pytest

from ita_tui.export.options import ExportOptions
from ita_tui.export.report_content import METHOD, RESULT, SHARES, report_blocks
from ita_tui.export.report_layout import columns
from ita_tui.export.report_pdf import export_report_pdf
from ita_tui.locale import words
from ita_tui.thai_breaks import line_ends_inside_words
from tests.support.pdf_readback import placed_lines, squeezed
from tests.support.report_year import every_result_store, report_paragraphs

PT_MM = 25.4 / 72


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    """The bundled checklist with a result for every item, and its report as a PDF."""
    folder = tmp_path_factory.mktemp("rows")
    store = every_result_store(folder / "office.json")
    pdf = export_report_pdf(store.snapshot(), folder / "report.pdf", ExportOptions())
    return store, pdf


def _column(placed, column):
    """The lines drawn in one column: (page, y, text), in reading order."""
    left, width = columns(SHARES)[column]
    return [(p, y, t) for p, x, y, t in placed if left <= x * PT_MM < left + width]


def _starts(lines, texts):
    """Where each text's first line is, matched in order: (index into lines) per text."""
    found, at = [], 0
    for text in texts:
        flat = squeezed(text)
        while not flat.startswith(squeezed(lines[at][2])):
            at += 1
        found.append(at)
        at += 1
    return found


def test_every_result_starts_on_its_items_page_and_line_and_stays_in_its_row(year):
    store, pdf = year
    rows = [row for block in report_blocks(store.snapshot(), words("th"), "thai") for row in block.items]
    assert len(rows) == len(list(store.checklist.items())) == 31
    placed = placed_lines(pdf)
    methods, results = _column(placed, METHOD), _column(placed, RESULT)
    item_at = _starts(methods, [row.method[0].text for row in rows])
    result_at = _starts(results, [row.result[0].text for row in rows])
    pages = {methods[n][0] for n in item_at}
    assert len(pages) > 3  # the report runs over pages, and still every row is whole
    for n, row in enumerate(rows):
        page, y, _ = methods[item_at[n]]
        r_page, r_y, _ = results[result_at[n]]
        assert (r_page, round(r_y, 1)) == (page, round(y, 1)), row.method[0].text
        below = methods[item_at[n + 1]][1] if n + 1 < len(rows) and methods[item_at[n + 1]][0] == page else -1
        inside = [t for p, ry, t in results if p == page and below < ry <= y]
        assert squeezed("".join(inside)) == squeezed("".join(p.text for p in row.result))


def test_no_line_of_any_cell_ends_inside_a_thai_word(year):
    store, pdf = year
    lines = [text for _, _, _, text in placed_lines(pdf)]
    wrong, judged = line_ends_inside_words(lines, report_paragraphs(store))
    assert judged > 400 and not wrong


def test_unit_words_stay_whole_on_a_line(year):
    _, pdf = year
    lines = [text for _, _, _, text in placed_lines(pdf)]
    assert "กอง/ สำนักฯ" in lines and not [line for line in lines if line.endswith("สำ")]
