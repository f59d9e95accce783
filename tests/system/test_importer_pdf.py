"""PDFs as offices make them (LibreOffice from the Word test documents) and with damaged text layers.

The PDFs in tests/data/pdf/ are made by tests/fixtures/make_pdfs.py; this test remakes one where
LibreOffice is installed (the others read the committed ones: tests/integration/test_importer_pdf.py).
"""

import shutil

import pytest

from tests.fixtures import documents
from tests.support.imported import expected_items, imported_items


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_pdf_libreoffice_makes_now_reads_the_same(tmp_path):
    from tests.fixtures import make_docs

    pdf = make_docs.to_pdf(make_docs.build_docx(documents.MERGED, tmp_path / "merged.docx"), tmp_path)
    assert imported_items(pdf) == expected_items(documents.MERGED_ITEMS)
