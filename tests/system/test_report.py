"""The results report (O43): what an agency publishes, read back as its readers and tools would."""

import shutil
import subprocess

import pytest

from tests.support.pdf_readback import pdftotext_text
from tests.support.report_fixtures import reported_year


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    """The scripted year's database, and its year-end report as PDF and Word."""
    return reported_year(tmp_path_factory.mktemp("report"))


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_converts_the_docx_with_every_item(year, tmp_path):
    store, _, docx = year
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        capture_output=True,
        timeout=180,
        check=True,
    )
    text = pdftotext_text(tmp_path / "report.pdf")  # LibreOffice's own text layer splits some marks
    marks = sum(text.count(mark) for mark in "☐◐☑⊘")  # each item is led by its state mark
    assert marks == len(list(store.checklist.items()))
