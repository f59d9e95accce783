"""`ita-tui summary` and `ita-tui export pdf` as a user types them."""

import json

import pypdf
import pytest

from ita_tui import cli
from ita_tui.store import ProgressStore
from ita_tui.store.commands import SetState


@pytest.fixture
def bundled_db(db_path):
    """A database of the bundled checklist with indicator 2 at 2 of 3."""
    store = ProgressStore.open(db_path, user="somchai")
    store.apply(SetState.tick("2.1", True))
    store.apply(SetState.tick("2.2", True))
    return db_path


def test_summary_prints_the_figures(bundled_db, capsys):
    assert cli.main(["summary", "--pending", "--db", str(bundled_db)]) == 0
    out = capsys.readouterr().out
    assert "67%" in next(line for line in out.splitlines() if "การใช้งบประมาณ" in line)
    assert "รายการที่ยังไม่ได้ดำเนินการ" in out and "\x1b" not in out


def test_summary_to_a_file_takes_the_format_from_the_name(bundled_db, tmp_path, capsys):
    target = tmp_path / "summary.html"
    assert cli.main(["summary", "-o", str(target), "--lang", "en", "--db", str(bundled_db)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert "Overall" in target.read_text(encoding="utf-8")
    figures = tmp_path / "figures.txt"
    assert cli.main(["--db", str(bundled_db), "summary", "--format", "csv", "-o", str(figures)]) == 0
    assert figures.read_text(encoding="utf-8").startswith("\ufeffประเภท,ลำดับ,ชื่อ")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["summary", "--format", "json"], "--format json needs -o FILE"),
        (["summary", "-o", "out.pdf"], "out.pdf: cannot tell the format from the file name"),
    ],
)
def test_summary_option_mistakes_are_one_line(argv, message, tmp_path, capsys):
    missing = tmp_path / "never.json"
    assert cli.main([*argv, "--db", str(missing), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ita-tui: error: ") and message in err and err.count("\n") == 1
    assert not missing.exists()  # the mistake is caught before any database is made


def test_export_pdf_writes_one_page_and_prints_the_path(bundled_db, tmp_path, capsys):
    target = tmp_path / "summary.pdf"
    assert (
        cli.main(
            [
                "export",
                "pdf",
                "-o",
                str(target),
                "--db",
                str(bundled_db),
                "--reporter",
                "นางสาวสมศรี ใจดี",
                "--reporter-position",
                "นักวิเคราะห์นโยบายและแผน",
                "--supervisor",
                "นายสมชาย ใจดี",
                "--supervisor-position",
                "ปลัด อบต.",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == f"เขียนไฟล์ {target} แล้ว\n"
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "(นายสมชาย ใจดี)" in text and "ปลัด อบต." in text and "๒/๓" in text


def test_export_pdf_arabic_digits_and_english(bundled_db, tmp_path):
    target = tmp_path / "en.pdf"
    assert cli.main(["--lang", "en", "export", "pdf", "-o", str(target), "--db", str(bundled_db)]) == 0
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "Completion by indicator" in text and "2/3" in text
    assert cli.main(["export", "pdf", "--digits", "arabic", "-o", str(target), "--db", str(bundled_db)]) == 0
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "ภาพรวม" in text and "2/3" in text and "๒/๓" not in text


def test_export_pdf_to_a_missing_folder_is_one_line(bundled_db, tmp_path, capsys):
    assert cli.main(["export", "pdf", "-o", str(tmp_path / "no" / "x.pdf"), "--db", str(bundled_db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ita-tui: ข้อผิดพลาด: ") and "เขียนไฟล์ PDF ไม่ได้: ไม่พบไฟล์หรือโฟลเดอร์" in err


def test_summary_json_is_what_status_json_prints(bundled_db, tmp_path, capsys):
    assert cli.main(["status", "--json", "--db", str(bundled_db)]) == 0
    status = json.loads(capsys.readouterr().out)
    assert cli.main(["summary", "-o", str(tmp_path / "s.json"), "--db", str(bundled_db)]) == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8")) == status
    assert status["indicators"][0]["done"] == 2
