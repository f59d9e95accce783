"""PDFs as offices make them (LibreOffice from the Word test documents) and with damaged text layers.

The PDFs in tests/data/pdf/ are made by tests/fixtures/make_pdfs.py; this test remakes one where
LibreOffice is installed (the others read the committed ones: tests/integration/test_importer_pdf.py).
"""

import shutil
from pathlib import Path

import pytest

from ita_tui.importer import read_file
from tests.fixtures import documents


def _bare(text: str) -> str:
    """Text with white space left out: a text layer does not say whether a line wrap fell on a space."""
    return "".join(text.split())


def _items(path: Path):
    return [
        (i.id, _bare(i.text), _bare(i.period), _bare(i.follow_up), _bare(i.responsible))
        for i in read_file(path).checklist.items()
    ]


def _expected(items):
    return [(i, _bare(t), _bare(p), _bare(f), _bare(r)) for i, t, p, f, r in items]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_pdf_libreoffice_makes_now_reads_the_same(tmp_path):
    from tests.fixtures import make_docs

    pdf = make_docs.to_pdf(make_docs.build_docx(documents.MERGED, tmp_path / "merged.docx"), tmp_path)
    assert _items(pdf) == _expected(documents.MERGED_ITEMS)
