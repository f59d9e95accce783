"""Issue 19 case 10: a limit met while importing is one line naming the document read and the item
in it, never the checklist file given with -o, which is not written."""

from __future__ import annotations

import pytest

HEADER = "ตัวชี้วัด,ชื่อตัวชี้วัด,ข้อ,วิธีการดำเนินการ,ระยะเวลา,การติดตามผล,ผู้รับผิดชอบ,รหัส OIT"
TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566\nองค์การบริหารส่วนตำบลทดสอบ\n"


def _csv(tmp_path, *rows):
    source = tmp_path / "measures.csv"
    source.write_text(TITLE + HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("lang", ["en", "th"])
def test_case10_a_limit_error_during_import_names_the_input_not_the_output(cli, tmp_path, lang):
    source = _csv(tmp_path, "1,การปฏิบัติหน้าที่,1,สั้น,ตลอดปี,รายงาน,สำนักปลัด,O1", "1,,2," + "ก" * 5_000 + ",,,,")
    output = tmp_path / "checklist.json"
    result = cli("import", source, "-o", output, "--lang", lang)
    assert result.status == 2 and result.err.count("\n") == 1, result
    assert str(source) in result.err and str(output) not in result.err
    assert ("item 1.2 (text)" if lang == "en" else "ข้อ 1.2 (text)") in result.err
    assert "4,000" in result.err and "5,000" in result.err
    assert not output.exists()
