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


def _installed(family: str) -> bool:
    """Whether fontconfig has the family itself (not a stand-in for it)."""
    import subprocess

    found = subprocess.run(["fc-match", "-f", "%{family}", family], capture_output=True, text=True)
    return family in found.stdout


# TH SarabunPSK as Laksaman draws it, Sarabun (bundled), the Tahoma-like Loma and Garuda, and more TLWG.
FONTS = ["TH SarabunPSK", "Sarabun", "Loma", "Garuda", "Kinnari", "Norasi", "Umpush", "Waree", "Sawasdee"]


@pytest.mark.parametrize("font", FONTS)
def test_every_thai_mark_comes_back_on_its_letter_in_each_thai_font(tmp_path, font):
    from dataclasses import replace

    from tests.fixtures import documents

    fonts = paths.fonts_dir() if font == "Sarabun" else None
    if font not in ("TH SarabunPSK", "Sarabun") and not _installed(font):
        pytest.skip(f"{font} is not installed")
    doc = replace(documents.MARKS, font=font)
    pdf = make_docs.to_pdf(make_docs.build_docx(doc, tmp_path / "marks.docx"), tmp_path, fonts)
    imported = read_file(pdf)
    texts = [i.text for i in imported.checklist.items()]
    assert len(texts) == len(documents.MARK_WORDS)
    assert all(documents.marks_whole(t, w) for t, w in zip(texts, documents.MARK_WORDS, strict=True)), texts
    assert imported.skipped == ()
