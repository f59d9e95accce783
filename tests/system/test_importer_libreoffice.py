"""The importer's PDFs made now by the LibreOffice on this machine read as the committed ones do
(tests/data/pdf/ holds what tests/fixtures/make_pdfs.py made, so CI needs no LibreOffice)."""

import json
import shutil

import pytest

from ita_tui import paths
from ita_tui.importer import read_file
from tests.fixtures import make_docs
from tests.fixtures.seed_layout import seed_doc

pytestmark = [
    pytest.mark.slow,  # starts soffice
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
]


def _bare(text: str) -> str:
    return "".join(text.split())


def test_the_seed_with_one_paragraph_per_method_cell_printed_by_libreoffice_now_gives_its_31_items(tmp_path):
    pdf = make_docs.to_pdf(make_docs.build_docx(seed_doc(report=False), tmp_path / "seed.docx"), tmp_path)
    data = json.loads(paths.bundled_checklist().read_text(encoding="utf-8"))
    expected = [(i["id"], _bare(i["text"])) for ind in data["indicators"] for i in ind["items"]]
    assert [(i.id, _bare(i.text)) for i in read_file(pdf).checklist.items()] == expected
