"""A converted text's cells cut by a page break: the part below joins the row above (issue 11 §7)."""

from ita_tui.importer import import_text

HEADER5 = "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tติดตามผลการดำเนินการ\tผู้รับผิดชอบ"
TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖\nองค์การบริหารส่วนตำบลทดสอบ\n\n"


def _doc(*rows: str) -> str:
    return TITLE + HEADER5 + "\n" + "\n".join(rows) + "\n"


def test_a_unit_cell_cut_by_a_page_break_is_joined_to_the_row_above():
    c = import_text(
        _doc(
            "<p>ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน</p>\t<p>๑. ก</p><p>๒. ข</p>\t<p>ตลอดปี</p>\t<p>รายงาน</p>\t<p>กองคลัง</p>",
            "",
            HEADER5,
            "\t<p>๓. ค</p>\t\t\t<p>(งานพัสดุ)</p>",
            "<p>ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต</p>\t<p>๑. ง</p>\t<p>ตลอดปี</p>\t\t<p>กองช่าง/</p>",
            "\t<p>๒. จ</p>\t\t\t<p>สำนักปลัด</p>",
        )
    )
    assert [(i.id, i.responsible) for i in c.items()] == [
        ("4.1", "กองคลัง (งานพัสดุ)"),
        ("4.2", "กองคลัง (งานพัสดุ)"),
        ("4.3", "กองคลัง (งานพัสดุ)"),
        ("5.1", "กองช่าง/ สำนักปลัด"),  # the cell above ends mid-phrase
        ("5.2", "กองช่าง/ สำนักปลัด"),
    ]
    assert c.find_item("4.3").period == "ตลอดปี"


def test_a_continuation_row_with_a_unit_of_its_own_keeps_it():
    c = import_text(
        _doc(
            "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน\t<p>๑. ก</p>\tตลอดปี\tรายงาน\tกองคลัง",
            "\t<p>๒. ข</p>\t\t\tสำนักปลัด",
        )
    )
    assert [(i.id, i.responsible) for i in c.items()] == [("4.1", "กองคลัง"), ("4.2", "สำนักปลัด")]
