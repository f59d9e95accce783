"""--as-of and --round: the figures, states and texts of a scripted year, as they stood at each round."""

import pytest

from ita_tui import cli
from tests.support.pdf_readback import pdftotext_text, squeezed
from tests.support.report_fixtures import FIRST_HALF, OUTCOMES, filled_store


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    db = tmp_path_factory.mktemp("year") / "office.json"
    filled_store(db)
    return db


def test_the_report_and_summary_of_the_six_month_round(year, tmp_path):
    report = tmp_path / "r6.pdf"
    assert cli.main(["--db", str(year), "export", "report", "-o", str(report), "--round", "6"]) == 0
    text = pdftotext_text(report)
    assert "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)" in text
    assert squeezed(FIRST_HALF["9.1"]) in squeezed(text)
    assert squeezed(OUTCOMES[9]) not in squeezed(text)
    summary = tmp_path / "s6.pdf"
    assert cli.main(["--db", str(year), "export", "pdf", "-o", str(summary), "--round", "6"]) == 0
    assert "๓/๓๑" in pdftotext_text(summary)
