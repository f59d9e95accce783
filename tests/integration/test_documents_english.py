"""English documents count years in the Common Era throughout their title blocks and dates."""

import pytest

from ita_tui import cli
from ita_tui.store import ProgressStore
from tests.support.pdf_readback import pdftotext_text


@pytest.mark.parametrize("kind", ["report", "measures", "pdf"])
def test_english_title_blocks_are_in_the_common_era(tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    ProgressStore.open(tmp_path / "o.json", user="a")  # the bundled checklist's database
    assert cli.main(["--db", str(tmp_path / "o.json"), "--lang", "en", "export", kind, "-o", str(out)]) == 0
    text = pdftotext_text(out)
    head = pdftotext_text(out, "-l", "1").split("\n")[:4]
    assert "2023" in " ".join(head) and not [line for line in head if "2566" in line or "พ.ศ." in line]
    assert "B.E." not in text and "Date ...." in text
