"""Documents the importer cannot read: one line naming the line and what was expected, exit 2,
no output file."""

import json

import pytest

from ita_tui.errors import SourceError
from ita_tui.importer import import_file

HEADER5 = "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tติดตามผลการดำเนินการ\tผู้รับผิดชอบ"

BROKEN = {
    "empty.txt": b"",
    "blank.txt": b"\n \n\t\n",
    "binary.txt": bytes(range(256)) * 4,
    "latin1.txt": "มาตรการ".encode() + b"\nline two \xe9\xff\n",
    "page.html": b"<!DOCTYPE html>\n<html><head><title>ITA</title></head>"
    b"<body><p>\xe0\xb8\x81</p></body></html>\n",
    "data.json": json.dumps({"indicators": [{"number": 2}]}).encode(),
    "checklist.json": json.dumps({"format": "ita-tui-checklist", "format_version": 1}).encode(),
    "prose.txt": "มาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ ๒๕๖๖\nเพียงข้อความ ไม่มีตาราง\n".encode(),
    "header-only.txt": ("ประจำปีงบประมาณ ๒๕๖๖\n" + HEADER5 + "\n").encode(),
    "no-year.txt": ("องค์การบริหารส่วนตำบลทดสอบ\n" + HEADER5 + "\nตัวชี้วัดที่ ๒ ก\t๑. ข\t\t\t\n").encode(),
    "orphan-row.txt": ("ประจำปีงบประมาณ ๒๕๖๖\n" + HEADER5 + "\nอื่น ๆ\t๑. ข\t\t\t\n").encode(),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_unreadable_documents_raise_one_line_naming_the_line(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    with pytest.raises(SourceError) as info:
        import_file(path)
    message = str(info.value)
    assert "\n" not in message and len(message) < 400
    assert message.startswith(f"{path}: line ") and "expected" in message


def test_error_names_the_offending_line(tmp_path):
    path = tmp_path / "orphan-row.txt"
    path.write_bytes(BROKEN["orphan-row.txt"])
    with pytest.raises(SourceError, match=r"line 3: expected an indicator heading .* found “อื่น ๆ”"):
        import_file(path)
    path.write_bytes(BROKEN["latin1.txt"])
    with pytest.raises(SourceError, match=r"line 2: expected UTF-8 text"):
        import_file(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        import_file(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="is a directory"):
        import_file(tmp_path)
