"""Issue 19 case 7: hostile files made by the test (never stored large): each import ends, accepted
or refused, with exit 0 or 2 and one line on stderr, its process's peak memory under 500 MB
(os.wait4's rusage of that child). How long each takes is measured in benchmarks/, not here."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from tests.support import ROOT

pytestmark = pytest.mark.slow  # ita-tui processes

PEAK_MB = 500


def zip_claiming_less(path: Path, inflated: int = 2**30, claimed: int = 50_000) -> Path:
    """A Word document whose word/document.xml claims `claimed` bytes (with the CRC of those)
    while its deflate stream inflates to `inflated` bytes of spaces: about 1 MB on disk."""
    import io
    import zipfile

    import docx

    plain = io.BytesIO()
    docx.Document().save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, source.read(info))
                continue
            lying = zipfile.ZipInfo(info.filename)
            lying.compress_type = zipfile.ZIP_DEFLATED
            with out.open(lying, "w", force_zip64=False) as entry:
                for _ in range(inflated // 2**20):
                    entry.write(b" " * 2**20)
    data = bytearray(path.read_bytes())
    crc = struct.pack("<L", zlib.crc32(b" " * claimed))
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo("word/document.xml").header_offset
    central = len(data)
    while not data[central + 46 :].startswith(b"word/document.xml"):  # its central directory entry
        central = data.rindex(b"PK\x01\x02", 0, central)
    data[local + 14 : local + 18], data[local + 22 : local + 26] = crc, struct.pack("<L", claimed)
    data[central + 16 : central + 20], data[central + 24 : central + 28] = crc, struct.pack("<L", claimed)
    path.write_bytes(bytes(data))
    return path


def csv_with_a_huge_line(path: Path, size: int = 99 * 2**20) -> Path:
    """A CSV of one header and one line of `size` bytes."""
    with open(path, "wb") as handle:
        handle.write("ข้อ,วิธีการดำเนินการ\n1,".encode())
        chunk = b"x" * 2**20
        for _ in range(size // len(chunk)):
            handle.write(chunk)
    return path


HOSTILE = {
    "zip-claims-50kb-inflates-1gib.docx": zip_claiming_less,
    "csv-100mb-line.csv": csv_with_a_huge_line,
}


def run_measured(*args: str) -> tuple[int, str, float]:
    """`python -m ita_tui ARGS`: exit status, stderr, and the peak memory of that process in MB."""
    child = subprocess.Popen(
        [sys.executable, "-m", "ita_tui", *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, err, usage.ru_maxrss / 1024


@pytest.mark.parametrize("name", list(HOSTILE))
def test_case7_a_hostile_office_file_ends_in_one_line_within_500_mb(tmp_path, name):
    source = HOSTILE[name](tmp_path / name)
    status, err, peak_mb = run_measured(
        "import", str(source), "-o", str(tmp_path / "out.json"), "--lang", "en"
    )
    assert status in (0, 2) and err.count("\n") == 1 and "Traceback" not in err, err
    assert peak_mb < PEAK_MB, f"{name}: peak {peak_mb:.0f} MB"
    if status == 2:
        assert str(source) in err  # the limit names the input, not the output never written
