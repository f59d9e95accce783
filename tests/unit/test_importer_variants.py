"""Layouts other agencies use: Arabic digits, header-name variants, numbering styles,
report-only documents."""

import pytest

from ita_tui.importer import import_file, import_text
from tests.support import DATA

HEADER5 = "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tติดตามผลการดำเนินการ\tผู้รับผิดชอบ"
TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖\nองค์การบริหารส่วนตำบลทดสอบ\n\n"


def _doc(*rows: str, header: str = HEADER5) -> str:
    return TITLE + header + "\n" + "\n".join(rows) + "\n"


def _texts(checklist, number: int) -> list[str]:
    return [i.text for i in next(ind for ind in checklist.indicators if ind.number == number).items]


def test_arabic_digits_plain_cells_and_header_variants():
    c = import_file(DATA / "arabic-plain-variants.txt")
    assert (c.organization, c.location, c.fiscal_year) == (
        "เทศบาลตำบลบ้านทดสอบ",
        "อำเภอเมือง จังหวัดขอนแก่น",
        2567,
    )
    assert [(i.number, i.title) for i in c.indicators] == [(1, "การปฏิบัติหน้าที่"), (3, "การใช้อำนาจ")]
    assert _texts(c, 1) == [
        "จัดประชุมชี้แจงบุคลากร",
        "ประกาศเจตนารมณ์ต่อต้านการทุจริต ภายในเดือน 3 ปี 2567",
        "รายงานผลต่อผู้บริหาร",
        "ติดตามผลการดำเนินการ ตามข้อ 2. ข้างต้น",  # "2." is not the next number: it stays text
    ]
    one = c.find_item("1.4")
    assert (one.period, one.follow_up, one.responsible) == (
        "ต.ค. 2566 - ก.ย. 2567",
        "รายงานทุก 6 เดือน",
        "สำนักปลัด",
    )


def test_title_in_next_fragment_and_paren_numbering():
    c = import_file(DATA / "arabic-plain-variants.txt")
    assert _texts(c, 3) == [
        "กำหนดหลักเกณฑ์การมอบหมายงาน",
        "เปิดช่องทางร้องเรียน ภายใน หน่วยงาน",
        "ประเมินผลอย่างเป็นธรรม",
        "ทบทวนคำสั่งมอบหมายงาน",
    ]
    assert c.find_item("3.3").responsible == "กองการเจ้าหน้าที่"
    assert c.find_item("3.4").responsible == "กองคลัง"  # a continuation row's own unit wins
    assert c.find_item("3.4").period == "ตลอดปี"  # an empty cell inherits the indicator's


def test_report_only_document():
    c = import_file(DATA / "report-only-thai.txt")
    assert c.title == "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๗"
    assert (c.organization, c.location, c.fiscal_year) == (
        "องค์การบริหารส่วนตำบลทดลอง",
        "อำเภอตัวอย่าง จังหวัดนครราชสีมา",
        2567,
    )
    three = c.indicators[0]
    assert (three.number, three.title) == (3, "การใช้อำนาจ")  # bare "๓.การใช้อำนาจ" heading
    assert three.measures == ("๑. มาตรการมอบหมายงานอย่างเป็นธรรม",)
    assert three.findings == ("๑. ควรมอบหมายงานอย่างเป็นธรรม", "๒. ควรเปิดให้ร้องเรียน")
    assert three.results == ("๑. จัดทำหลักเกณฑ์แล้ว",)
    assert three.outcomes == ("๑. บุคลากรได้รับ ความเป็นธรรม",)
    assert _texts(c, 3) == [
        "จัดทำหลักเกณฑ์การมอบหมายงาน",
        "ประชุมชี้แจงหลักเกณฑ์ให้ บุคลากรทุกคนทราบ ทั้งผ่านที่ประชุมและหนังสือเวียน",  # page-break spill
        "รายงานผลต่อนายก (๑) รอบ ๖ เดือน (๒) รอบ ๑๒ เดือน",
    ]
    assert c.find_item("3.1").period == "ตลอด ปีงบประมาณ"
    assert c.find_item("3.3").responsible == "สำนักปลัด"


def test_oit_codes_however_converted():
    c = import_file(DATA / "report-only-thai.txt")
    nine = c.indicators[1]
    assert [(s.number, s.title) for s in nine.sub_indicators] == [
        ("9.1", "ข้อมูลพื้นฐาน"),
        ("9.2", "การบริหารงาน"),
    ]
    assert [(o.code, o.as_written, o.title) for s in nine.sub_indicators for o in s.oit_items] == [
        ("O1", "O1", "โครงสร้าง"),
        ("O2", "0 2", "ข้อมูลผู้บริหาร"),
        ("O12", "๐๑๒", "รายงานการกำกับติดตาม การดำเนินงาน รอบ ๖ เดือน"),
    ]
    assert c.find_item("9.1").oit_codes == ("O1", "O2")
    assert c.find_item("9.2").oit_codes == ("O12",)
    assert c.find_item("9.1").text == "ปรับปรุงข้อมูล O1 และ O2 บนเว็บไซต์"  # the code stays as written


def test_numbering_styles_and_organization_inside_the_title():
    c = import_file(DATA / "numbering-styles.txt")
    assert (c.organization, c.location, c.fiscal_year) == (
        "องค์การบริหารส่วนตำบลตัวอย่าง",
        "อำเภอหนึ่ง จังหวัดสอง",
        2566,
    )
    two = c.indicators[0]
    assert two.title == "การใช้งบประมาณ"
    assert two.measures == ("๑. มาตรการเปิดเผยการใช้จ่าย งบประมาณประจำปี",)
    assert _texts(c, 2) == [
        "เผยแพร่แผนการใช้จ่าย ๑.๑ ทางเว็บไซต์ ๑.๒ ทางบอร์ด ๓. ข้อนี้ไม่ใช่ข้อใหม่เพราะเลขข้าม",
        "รายงานการใช้จ่าย ๒๕๖๖ ฉบับย่อ",
    ]
    assert _texts(c, 5) == ["ดำเนินการตามแผนป้องกันการทุจริตทั้งปี"]  # an unnumbered cell is one item


@pytest.mark.parametrize(
    "heading",
    [
        "ตัวชี้วัดที่ ๗ ๗. ประสิทธิภาพการสื่อสาร",
        "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร",
        "ตัวชี้วัดที่7: ประสิทธิภาพการสื่อสาร",
        "๗.ประสิทธิภาพการสื่อสาร",
        "7. ประสิทธิภาพการสื่อสาร",
        "<p>ตัวชี้วัดที่ ๗</p> <p>ประสิทธิภาพการสื่อสาร</p>",
        "<p>ตัวชี้วัดที่ 7</p> <p>7. ประสิทธิภาพการสื่อสาร</p>",
    ],
)
def test_indicator_heading_forms(heading):
    c = import_text(_doc(f"{heading}\t๑. เผยแพร่ข่าว\tตลอดปี\tรายงาน\tกองคลัง"))
    assert [(i.number, i.title) for i in c.indicators] == [(7, "ประสิทธิภาพการสื่อสาร")]
    assert c.item_ids() == ["7.1"]


@pytest.mark.parametrize(
    "method",
    [
        "๑. ก ๒. ข ๓. ค",
        "1. ก 2. ข 3. ค",
        "1) ก 2) ข 3) ค",
        "<p>๑ ก</p> <p>๒ ข</p> <p>๓ ค</p>",
        "<p>1.ก</p><p>2.ข</p><p>3.ค</p>",
        "<p>- ก</p> <p>- ข</p> <p>- ค</p>",
    ],
)
def test_item_marker_styles(method):
    c = import_text(_doc(f"ตัวชี้วัดที่ ๒ การใช้งบประมาณ\t{method}\tตลอดปี\tรายงาน\tกองคลัง"))
    assert [(i.id, i.text) for i in c.items()] == [("2.1", "ก"), ("2.2", "ข"), ("2.3", "ค")]


@pytest.mark.parametrize(
    "header",
    [
        "ประเด็น/มาตรการ\tขั้นตอน/วิธีการปฏิบัติ\tระยะเวลา\tการกำกับติดตาม\tหน่วยงานที่รับผิดชอบ",
        "มาตรการ\tวิธีการดำเนินการ\tช่วงเวลา\tการติดตามประเมินผล\tผู้รับผิดชอบ",
        "ประเด็น\tกิจกรรม/โครงการ\tกำหนดเวลา\tติดตามผล\tผู้รับผิดชอบ",
    ],
)
def test_header_name_variants(header):
    c = import_text(_doc("ตัวชี้วัดที่ ๒ การใช้งบประมาณ\t๑. ก\tตลอดปี\tรายงาน\tกองคลัง", header=header))
    item = c.find_item("2.1")
    assert (item.text, item.period, item.follow_up, item.responsible) == ("ก", "ตลอดปี", "รายงาน", "กองคลัง")


def test_columns_found_by_name_not_position():
    header = "ผู้รับผิดชอบ\tมาตรการ/แนวทาง\tระยะเวลา\tวิธีการดำเนินการ"
    c = import_text(_doc("กองคลัง\tตัวชี้วัดที่ ๒ การใช้งบประมาณ\tตลอดปี\t๑. ก ๒. ข", header=header))
    assert [(i.text, i.responsible, i.period) for i in c.items()] == [
        ("ก", "กองคลัง", "ตลอดปี"),
        ("ข", "กองคลัง", "ตลอดปี"),
    ]


def test_tags_dropped_entities_decoded_white_space_collapsed():
    method = "<p><u>๑.</u>  ประชุม&amp;ชี้แจง<br/>บุคลากร</p>"
    c = import_text(_doc(f"ตัวชี้วัดที่ ๒ การใช้งบประมาณ\t{method}\t<p> ตลอด\u00a0ปี </p>\tรายงาน\tกองคลัง"))
    item = c.find_item("2.1")
    assert (item.text, item.period) == ("ประชุม&ชี้แจง บุคลากร", "ตลอด ปี")


def test_a_repeated_heading_continues_the_indicator():
    c = import_text(
        _doc(
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ\t๑. ก\tตลอดปี\tรายงาน\tกองคลัง",
            "-----\t---\t--\t--\t--",
            HEADER5,
            "ตัวชี้วัดที่ ๒ (ต่อ)\t๒. ข\t\t\t",
        )
    )
    assert c.item_ids() == ["2.1", "2.2"]
    assert c.indicators[0].title == "การใช้งบประมาณ"


def test_title_split_over_two_lines_and_arabic_year():
    text = (
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี\nงบประมาณ พ.ศ. 2566\nเทศบาลเมืองตัวอย่าง จังหวัดสาม\n\n"
        + HEADER5
        + "\nตัวชี้วัดที่ 2 การใช้งบประมาณ\t1. ก\tตลอดปี\tรายงาน\tกองคลัง\n"
    )
    c = import_text(text, "x/agency.txt")
    assert c.title == "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566"
    assert (c.organization, c.location, c.fiscal_year, c.source) == (
        "เทศบาลเมืองตัวอย่าง",
        "จังหวัดสาม",
        2566,
        "agency.txt",
    )


def test_seed_with_arabic_digits_crlf_and_bom_reads_the_same():
    from ita_tui import paths
    from ita_tui.thai import to_arabic_digits

    seed = (paths.data_dir() / "chumsaeng-2566-source.txt").read_text(encoding="utf-8")
    thai = import_text(seed)
    arabic = import_text("\ufeff" + to_arabic_digits(seed).replace("\n", "\r\n"))
    assert arabic.fiscal_year == 2566
    assert [(i.number, len(i.items)) for i in arabic.indicators] == [
        (i.number, len(i.items)) for i in thai.indicators
    ]
    assert [to_arabic_digits(i.text) for i in thai.items()] == [i.text for i in arabic.items()]
    assert arabic.indicators[-1].oit_codes == thai.indicators[-1].oit_codes


def test_one_measure_per_row_with_numbering_restarting_at_one():
    c = import_text(
        _doc(
            "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\t\t\t\t",
            "๑. มาตรการ ก\t๑. ทำ ก1 ๒. ทำ ก2\tตลอดปี\tรายงาน\tกองคลัง",
            "๒. ส่งเสริม ข\t๑. ทำ ข1\tต.ค.\tรายงาน\tสำนักปลัด",
        )
    )
    one = c.indicators[0]
    assert one.measures == ("๑. มาตรการ ก", "๒. ส่งเสริม ข")  # "๒. ส่งเสริม" is a measure, not indicator 2
    assert [(i.id, i.text, i.responsible) for i in one.items] == [
        ("1.1", "ทำ ก1", "กองคลัง"),
        ("1.2", "ทำ ก2", "กองคลัง"),
        ("1.3", "ทำ ข1", "สำนักปลัด"),
    ]


def test_unnumbered_methods_one_per_row():
    c = import_text(
        _doc(
            "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\tประชุมชี้แจง\tต.ค.\tรายงาน\tกองคลัง",
            "\tจัดทำคู่มือ\tพ.ย.\t\tสำนักปลัด",
            "\tต่อจากหน้าก่อน\t\t\t",
        )
    )  # no cells of its own: spilled text
    assert [(i.id, i.text, i.period, i.follow_up) for i in c.items()] == [
        ("1.1", "ประชุมชี้แจง", "ต.ค.", "รายงาน"),
        ("1.2", "จัดทำคู่มือ ต่อจากหน้าก่อน", "พ.ย.", "รายงาน"),
    ]


def test_separate_indicator_and_measure_columns():
    header = "ตัวชี้วัด\tมาตรการ\tวิธีการดำเนินการ\tระยะเวลา\tผู้รับผิดชอบ"
    c = import_text(
        _doc("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน\tมาตรการลดขั้นตอน\t๑. ก\tตลอดปี\tกองช่าง", header=header)
    )
    eight = c.indicators[0]
    assert (eight.number, eight.title, eight.measures) == (8, "การปรับปรุงระบบการทำงาน", ("มาตรการลดขั้นตอน",))
    assert [(i.text, i.responsible) for i in eight.items] == [("ก", "กองช่าง")]
    header = "ประเด็นที่ต้องพัฒนา\tมาตรการ/แนวทาง\tขั้นตอน/วิธีการปฏิบัติ\tระยะเวลา\tผู้รับผิดชอบ"
    c = import_text(
        _doc("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน\tมาตรการลดขั้นตอน\t๑. ก\tตลอดปี\tกองช่าง", header=header)
    )
    assert c.indicators[0].measures == ("มาตรการลดขั้นตอน",)


def test_a_numbered_measure_named_like_an_indicator_stays_a_measure():
    c = import_text(
        _doc(
            "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๑. ก\tตลอดปี\tรายงาน\tกองคลัง",
            "๑. การเปิดเผยข้อมูลต่อสาธารณะ\t๒. ข\t\t\t",
            "๒. การใช้อำนาจอย่างเป็นธรรม\t๓. ค\t\t\t",
        )
    )  # "2" is not "การใช้อำนาจ"
    assert [i.number for i in c.indicators] == [9]
    assert c.indicators[0].measures == ("๑. การเปิดเผยข้อมูลต่อสาธารณะ", "๒. การใช้อำนาจอย่างเป็นธรรม")
    assert c.item_ids() == ["9.1", "9.2", "9.3"]


def test_plain_text_report_row():
    text = (
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ เทศบาลเมืองทดสอบ ประจำปีงบประมาณ "
        "พ.ศ. ๒๕๖๗ ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ " + "ดังนี้ " * 30 + "\n\n"
        "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tสรุปผลการดำเนินการตามมาตรการหรือกิจกรรม\t"
        "ผลลัพธ์หรือความสำเร็จของการดำเนินการ\tผู้รับผิดชอบ\n"
        "ตัวชี้วัดที่ ๒ การใช้งบประมาณ ๑. มาตรการ ก ๒. มาตรการ ข\tจากผลการประเมิน ITA ตัวชี้วัดที่ ๒ ที่พบว่า "
        "๑. ควรเปิดเผย ๒. ควรตรวจสอบ วิธีการดำเนินการ ทบทวนผลการประเมิน ดังนี้ ๑. จัดประชุม ๒. ประกาศ\t"
        "ตลอดปี\t๑. ทำแล้ว ๒. ทำแล้วเช่นกัน\t๑. ดีขึ้น\tกองคลัง\n"
    )
    c = import_text(text)
    assert c.title == (
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ เทศบาลเมืองทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"
    )  # a long paragraph is cut after its first year
    assert (c.organization, c.fiscal_year) == ("เทศบาลเมืองทดสอบ", 2567)
    two = c.indicators[0]
    assert (two.title, two.measures) == ("การใช้งบประมาณ", ("๑. มาตรการ ก", "๒. มาตรการ ข"))
    assert two.findings == ("๑. ควรเปิดเผย", "๒. ควรตรวจสอบ")
    assert (two.results, two.outcomes) == (("๑. ทำแล้ว", "๒. ทำแล้วเช่นกัน"), ("๑. ดีขึ้น",))
    assert [(i.id, i.text) for i in two.items] == [("2.1", "จัดประชุม"), ("2.2", "ประกาศ")]


@pytest.mark.parametrize("encoding", ["utf-16", "cp874"])
def test_utf16_and_thai_windows_encodings_read_like_utf8(tmp_path, encoding):
    source = DATA / "numbering-styles.txt"
    path = tmp_path / f"doc-{encoding}.txt"
    path.write_bytes(source.read_text(encoding="utf-8").encode(encoding))
    assert import_file(path).indicators == import_file(source).indicators


def test_organization_line_starting_with_of_keeps_its_province():
    text = (
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n"
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n"
        "ของ เทศบาลเมืองตัวอย่าง จังหวัดเชียงใหม่\n\n"
        + HEADER5
        + "\nตัวชี้วัดที่ ๒ การใช้งบประมาณ\t๑. เผยแพร่แผน\tตลอดปี\tรายงาน\tกองคลัง\n"
    )
    c = import_text(text)
    assert (c.organization, c.location) == ("เทศบาลเมืองตัวอย่าง", "จังหวัดเชียงใหม่")


@pytest.mark.parametrize(
    "method",
    [
        "<p>(๑) เผยแพร่แผน</p><p>(๒) รายงานผล</p>",
        "<p>(1) เผยแพร่แผน</p><p>(2) รายงานผล</p>",
        "<p>ข้อ ๑ เผยแพร่แผน</p><p>ข้อ ๒ รายงานผล</p>",
        "<p>ข้อที่ 1. เผยแพร่แผน</p><p>ข้อที่ 2. รายงานผล</p>",
    ],
)
def test_a_list_numbered_in_parentheses_or_with_kho_from_the_start_gives_items(method):
    c = import_text(_doc(f"ตัวชี้วัดที่ ๒ การใช้งบประมาณ\t{method}\tตลอดปี\tรายงาน\tกองคลัง"))
    assert _texts(c, 2) == ["เผยแพร่แผน", "รายงานผล"]


def test_parenthesised_sub_points_still_stay_with_their_numbered_item():
    method = "<p>๑. รายงานผล</p><p>(๑) รอบ ๖ เดือน</p><p>(๒) รอบ ๑๒ เดือน</p><p>๒. ประชุม</p>"
    c = import_text(_doc(f"ตัวชี้วัดที่ ๒ การใช้งบประมาณ\t{method}\tตลอดปี\tรายงาน\tกองคลัง"))
    assert _texts(c, 2) == ["รายงานผล (๑) รอบ ๖ เดือน (๒) รอบ ๑๒ เดือน", "ประชุม"]
