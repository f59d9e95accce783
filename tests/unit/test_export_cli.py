"""`ita-tui summary` and `ita-tui export pdf` as a user types them."""

import pypdf
import pytest

from ita_tui import cli
from tests.unit.export_fixtures import realistic_checklist, snapshot_with


@pytest.fixture(autouse=True)
def store(monkeypatch):
    """The commands read a snapshot from the store; here, indicator 2 at 2 of 3."""
    snapshot = snapshot_with(realistic_checklist(), ["2.1", "2.2"])

    class _Store:
        def snapshot(self):
            return snapshot

    monkeypatch.setattr(cli, "_open_store", lambda args: _Store())


def test_summary_prints_the_figures(capsys):
    assert cli.main(["summary", "--pending"]) == 0
    out = capsys.readouterr().out
    assert "67%" in next(line for line in out.splitlines() if "การใช้งบประมาณ" in line)
    assert "รายการที่ยังไม่ได้ดำเนินการ" in out and "\x1b" not in out


def test_summary_to_a_file_takes_the_format_from_the_name(tmp_path, capsys):
    target = tmp_path / "summary.html"
    assert cli.main(["summary", "-o", str(target), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert "Overall" in target.read_text(encoding="utf-8")
    assert cli.main(["summary", "--format", "csv", "-o", str(tmp_path / "figures.txt")]) == 0
    assert (tmp_path / "figures.txt").read_text(encoding="utf-8").startswith("kind,number,name")


@pytest.mark.parametrize("argv, message", [
    (["summary", "--format", "json"], "--format json needs -o FILE"),
    (["summary", "-o", "out.pdf"], "out.pdf: cannot tell the format from the file name"),
])
def test_summary_option_mistakes_are_one_line(argv, message, capsys):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("ita-tui: error: ") and message in err and err.count("\n") == 1


def test_export_pdf_writes_one_page_and_prints_the_path(tmp_path, capsys):
    target = tmp_path / "summary.pdf"
    assert cli.main(["export", "pdf", "-o", str(target), "--reporter", "นางสาวสมศรี ใจดี",
                     "--reporter-position", "นักวิเคราะห์นโยบายและแผน",
                     "--supervisor", "นายสมชาย ใจดี", "--supervisor-position", "ปลัด อบต."]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "(นายสมชาย ใจดี)" in text and "ปลัด อบต." in text and "๒/๓" in text


def test_export_pdf_arabic_digits_and_english(tmp_path):
    target = tmp_path / "en.pdf"
    assert cli.main(["--lang", "en", "export", "pdf", "-o", str(target)]) == 0
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "Completion by indicator" in text and "2/3" in text
    assert cli.main(["export", "pdf", "--digits", "arabic", "-o", str(target)]) == 0
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "ภาพรวม" in text and "2/3" in text and "๒/๓" not in text


def test_export_pdf_to_a_missing_folder_is_one_line(tmp_path, capsys):
    assert cli.main(["export", "pdf", "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ita-tui: error: ") and "cannot write the PDF" in err
