"""Every error reads in the user's language: Thai by default, English with --lang en."""

from __future__ import annotations

import errno

from ita_tui.cli import main
from ita_tui.errors import StoreError, os_reason
from ita_tui.locale import Phrase
from tests.support import STORE_CHECKLIST


def error_line(capsys, *argv: str) -> str:
    """The one line a failing command prints on stderr (exit 2, nothing on stdout)."""
    capsys.readouterr()
    assert main(list(argv)) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    return err.rstrip("\n")


def test_a_store_error_in_thai_and_in_english(tmp_path, capsys):
    db = str(tmp_path / "db.json")
    args = ("tick", "9.9", "--db", db, "--checklist", str(STORE_CHECKLIST))
    assert error_line(capsys, *args) == (
        'ita-tui: ข้อผิดพลาด: ไม่มีข้อ "9.9" ในรายการตัวชี้วัด; รหัสที่ใกล้เคียง: 1.1, 1.2, 1.3, 1.4, 2.1'
    )
    assert error_line(capsys, *args, "--lang", "en") == (
        'ita-tui: error: no item "9.9" in the checklist; nearest ids: 1.1, 1.2, 1.3, 1.4, 2.1'
    )


def test_a_damaged_database_names_the_problem_in_both_languages(tmp_path, capsys):
    db = tmp_path / "db.json"
    db.write_bytes(b"")
    thai = error_line(capsys, "status", "--db", str(db))
    english = error_line(capsys, "status", "--db", str(db), "--lang", "en")
    assert thai == f"ita-tui: ข้อผิดพลาด: {db}: เป็นไฟล์ว่าง; ไฟล์ยังอยู่อย่างเดิม; ยังไม่มีสำเนาสำรองของไฟล์นี้"
    assert (
        english == f"ita-tui: error: {db}: is empty; the file was left as it is; no backup of it exists yet"
    )


def test_an_importer_error_in_thai_and_in_english(tmp_path, capsys):
    source = tmp_path / "empty.txt"
    source.write_text("\n\n")
    out = str(tmp_path / "out.json")
    assert error_line(capsys, "import", str(source), "-o", out) == (
        f"ita-tui: ข้อผิดพลาด: {source}: บรรทัด 1: ต้องการเอกสารมาตรการที่แปลงเป็นข้อความแล้ว แต่พบไฟล์ว่าง"
    )
    assert error_line(capsys, "import", str(source), "-o", out, "--lang", "en") == (
        f"ita-tui: error: {source}: line 1: expected a converted measures document, found an empty file"
    )


def test_a_checklist_file_error_nests_its_phrases_in_one_language(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ita-tui-checklist", "format_version": 1, "indicators": 3}')
    db = str(tmp_path / "db.json")
    args = ("status", "--db", db, "--checklist", str(bad))
    assert error_line(capsys, *args) == (
        f"ita-tui: ข้อผิดพลาด: {bad}: $.indicators: ต้องเป็นรายการตัวชี้วัด แต่พบตัวเลข"
    )
    assert error_line(capsys, *args, "--lang", "en") == (
        f"ita-tui: error: {bad}: $.indicators: expected a list of indicators, found a number"
    )


def test_an_export_error_in_thai_and_in_english(tmp_path, capsys):
    db = str(tmp_path / "db.json")
    target = str(tmp_path / "no" / "x.pdf")
    args = ("export", "pdf", "-o", target, "--db", db, "--checklist", str(STORE_CHECKLIST))
    assert error_line(capsys, *args) == (f"ita-tui: ข้อผิดพลาด: {target}: เขียนไฟล์ PDF ไม่ได้: ไม่พบไฟล์หรือโฟลเดอร์")
    assert error_line(capsys, *args, "--lang", "en") == (
        f"ita-tui: error: {target}: cannot write the PDF: No such file or directory"
    )


def test_an_error_carries_its_words_not_a_sentence():
    exc = StoreError("err_note_empty")
    assert exc.text("th") == "บันทึกต้องมีข้อความ"
    assert exc.text("en") == str(exc) == "a note needs some text"  # str() is for tracebacks
    assert exc.phrase == Phrase("err_note_empty")


def test_the_systems_reasons_are_translated_when_common_and_kept_otherwise():
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")).text("th") == "ไม่มีสิทธิ์เข้าถึง"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
