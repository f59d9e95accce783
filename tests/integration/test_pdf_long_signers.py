"""Issue 10 case 1: long signer names and positions on the one-page PDF."""

from __future__ import annotations

import subprocess

import pypdf
import pytest

from ita_tui.export.pdf import export_pdf
from ita_tui.store import ProgressStore
from tests.support.export_fixtures import export_options

POSITION = "ปลัดองค์การบริหารส่วนตำบลชุมแสง อำเภอสตึก จังหวัดบุรีรัมย์"
NAME = "นางสาวสมศรี มีความสุขยิ่งนักหนา ณ อยุธยา ผู้ช่วยเจ้าพนักงานธุรการชำนาญงาน"
LATIN = "Somchai Jaidee-Wongsuwan Na Ayutthaya, Senior Policy and Planning Analyst, Office of the Permanent"


@pytest.fixture(scope="module")
def bundled_snapshot(tmp_path_factory):
    return ProgressStore.open(tmp_path_factory.mktemp("db") / "db.json", user="t").snapshot()


@pytest.mark.parametrize(
    "signers",
    [
        {"reporter_position": POSITION},
        {"reporter": NAME},
        {"reporter": NAME, "reporter_position": POSITION, "supervisor": NAME, "supervisor_position": NAME},
        {"reporter": "ก" * 200, "supervisor_position": "ข" * 200},
        {"reporter": LATIN, "reporter_position": LATIN, "supervisor": LATIN},
    ],
)
def test_case1_long_signer_name_or_position_crashes_the_export(bundled_snapshot, tmp_path, signers):
    path = tmp_path / "out.pdf"
    export_pdf(bundled_snapshot, path, export_options(**signers))
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "จังหวัดบุรีรัมย์" in text or "จังหวัดบุรีรัมย์" not in str(signers)
    for words in signers.values():
        if words == LATIN:  # wrapped at word boundaries: every word is whole on some line
            lines = [line.strip(" ()") for line in text.splitlines()]
            assert all(any(word in line.split() for line in lines) for word in words.split()[:8])
