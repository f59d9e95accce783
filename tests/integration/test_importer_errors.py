"""Documents the importer cannot read: one line naming the line and what was expected, exit 2,
no output file."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.checklist import file as checklist_file
from ita_tui.errors import SourceError
from ita_tui.importer import import_text
from tests.support import ita_tui_process

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


def _run_import(tmp_path, source):
    output = tmp_path / "out.json"
    result = ita_tui_process("import", str(source), "-o", str(output))
    return result, output


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt", "page.html", "data.json"])
def test_cli_import_of_a_broken_file_exits_2_with_one_line(tmp_path, name):
    source = tmp_path / name
    source.write_bytes(BROKEN[name])
    result, output = _run_import(tmp_path, source)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("ita-tui: ข้อผิดพลาด: ") and "Traceback" not in result.stderr
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left either


def test_cli_import_writes_a_loadable_checklist(tmp_path):
    from ita_tui import paths

    result, output = _run_import(tmp_path, paths.data_dir() / "chumsaeng-2566-source.txt")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        f"เขียนไฟล์ {output} แล้ว: ตัวชี้วัด 7 ตัว วิธีการดำเนินการ 31 ข้อ (องค์การบริหารส่วนตำบลชุมแสง ปีงบประมาณ 2566)"
    )
    assert output.read_text(encoding="utf-8") == paths.bundled_checklist().read_text(encoding="utf-8")


def _check(text: str) -> None:
    """Either a checklist that survives the file format, or the documented one-line error."""
    try:
        checklist = import_text(text, "fuzz.txt")
    except SourceError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.txt: line ")
        return
    assert checklist_file.checklist_from_dict(json.loads(checklist_file.dumps(checklist))) == checklist


@given(st.text())
def test_arbitrary_text_gives_a_checklist_or_source_error(text):
    _check(text)


HEADER6 = "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลา\tสรุปผลการดำเนินการ\tผลลัพธ์\tผู้รับผิดชอบ"
TOKENS = st.sampled_from(
    [
        " ",
        "<p>",
        "</p>",
        "<u>",
        "</u>",
        "ตัวชี้วัดที่ ",
        "ตัวชี้วัดย่อยที่ ๙.๒ ",
        "๑",
        "๒",
        "๓",
        "1",
        "2",
        "๐๑๒ ",
        "0 12 ",
        "O12 ",
        ". ",
        ") ",
        "(๑) ",
        "ก",
        "การใช้อำนาจ",
        "มาตรการ",
        "จากผลการประเมิน ที่พบว่า",
        "วิธีการดำเนินการ",
        "ประจำปี",
        "งบประมาณ ๒๕๖๖",
        "องค์การบริหารส่วนตำบลก อำเภอข",
        "--",
        "- ",
        "\x00",
        "&amp;",
        "\r",
        "\x0c",
    ]
)
CELL = st.lists(TOKENS, max_size=10).map("".join)
ROW = st.lists(CELL, min_size=1, max_size=7).map("\t".join)
LINE = st.one_of(
    ROW,
    ROW,
    ROW,
    CELL,
    st.sampled_from([HEADER5, HEADER6, "", "ประจำปีงบประมาณ ๒๕๖๖", "ตัวชี้วัดที่ ๒ ก\t๑. ข\tตลอดปี\t\tกองคลัง"]),
)


@given(st.lists(LINE, max_size=15))
def test_layout_like_text_gives_a_checklist_or_source_error(lines):
    _check("\n".join(lines))


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["ตัวชี้วัดที่ ", "", "๓.", "ตัวชี้วัดที่ 1"]),
            st.integers(1, 12),
            st.lists(st.sampled_from(["๑. ก", "๒. ข", "1) ค", "(๒) ง", "๓ จ"]), max_size=5),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_generated_tables_import_with_unique_ids(rows):
    lines = ["มาตรการ ประจำปีงบประมาณ ๒๕๖๖", HEADER5]
    for prefix, number, items in rows:
        lines.append(f"{prefix}{number} ชื่อ\t" + " ".join(f"<p>{i}</p>" for i in items) + "\tตลอดปี\t\tกองคลัง")
    _check("\n".join(lines))
