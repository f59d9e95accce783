"""The ชุมแสง FY2566 seed imports to exactly the bundled checklist, item by item as the document writes it."""

import re

import pytest

from ita_tui import paths
from ita_tui.checklist import file as checklist_file
from ita_tui.importer import import_file

SEED = paths.data_dir() / "chumsaeng-2566-source.txt"


@pytest.fixture(scope="module")
def seed():
    return import_file(SEED)


def _normalised_source() -> str:
    """The seed as one line: <p> boundaries and tabs are spaces, other tags gone, white space collapsed."""
    text = SEED.read_text(encoding="utf-8")
    text = re.sub(r"</?p>", " ", text)
    text = re.sub(r"</?[a-z]+>", "", text)
    return " ".join(text.split())


def test_seed_imports_to_exactly_the_bundled_file(seed):
    bundled = paths.bundled_checklist().read_text(encoding="utf-8")
    assert checklist_file.dumps(seed) == bundled


def test_bundled_file_loads(seed):
    assert checklist_file.load(paths.bundled_checklist()) == seed


def test_indicators_and_item_counts(seed):
    counts = {ind.number: len(ind.items) for ind in seed.indicators}
    assert counts == {2: 3, 3: 5, 4: 3, 5: 3, 6: 5, 8: 6, 9: 6}
    assert len(seed.item_ids()) == 31


def test_document_facts(seed):
    assert seed.organization == "องค์การบริหารส่วนตำบลชุมแสง"
    assert seed.location == "อำเภอสตึก จังหวัดบุรีรัมย์"
    assert seed.fiscal_year == 2566
    assert seed.title == "มาตรการการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖"
    assert seed.source == "chumsaeng-2566-source.txt"
    titles = {ind.number: ind.title for ind in seed.indicators}
    assert titles[2] == "การใช้งบประมาณ"
    assert titles[6] == "คุณภาพการดำเนินงาน"
    assert titles[9] == "การเปิดเผยข้อมูล"


def test_every_item_text_is_in_the_source(seed):
    source = _normalised_source()
    for item in seed.items():
        assert item.text and item.text in source, item.id


def test_item_ids_follow_indicator_and_number(seed):
    for ind in seed.indicators:
        assert [i.id for i in ind.items] == [f"{ind.number}.{n}" for n in range(1, len(ind.items) + 1)]


def test_continuation_rows_land_on_the_right_indicator(seed):
    assert seed.find_item("3.4").text.startswith("เมื่อมีหน่วยงานผู้จัดอบรมส่งเรื่องเข้ามา")
    assert seed.find_item("3.5").text.startswith("หากบุคลากรท่านใดไม่ได้รับการพิจารณา")
    assert seed.find_item("8.4").text.startswith("เผยแพร่ช่องทางการร้องเรียน")
    assert seed.find_item("8.6").text.endswith("พ.ศ. ๒๕๕๘")
    # a continuation row with empty cells takes the indicator's period, follow-up and unit
    for item_id in ("3.4", "3.5", "8.4", "8.5", "8.6"):
        item = seed.find_item(item_id)
        first = seed.indicator_of(item_id).items[0]
        assert (item.period, item.follow_up, item.responsible) == (
            first.period,
            first.follow_up,
            first.responsible,
        )
        assert item.responsible


def test_inline_markers_in_a_plain_text_cell(seed):
    assert seed.find_item("2.2").text == (
        "เผยแพร่ผลงานหรือข้อมูลที่ การเปิดโอกาสให้มีส่วนร่วมใน การตรวจสอบการใช้จ่าย งบประมาณ"
    )
    assert seed.find_item("2.1").responsible == "ทุกๆ กอง/ สำนักฯ"


def test_sub_points_stay_with_their_item_and_typos_are_kept(seed):
    assert seed.find_item("9.1").text == (
        "รายงาน (๑) ความก้าวหน้าการดำเนินการแต่ละโครงการ/กิจกรรม "
        "(๒) รายละเอียดงบประมาณที่ใช้ดำเนินงานแต่ละโครงการ/กิจกรรม"
    )
    assert "มาตรฐานกาปฏิบัติงาน" in seed.find_item("9.3").text  # the document's typo, not corrected
    assert "ทำกการปรับปรุง" in seed.find_item("6.2").text


def test_oit_items_under_sub_indicators(seed):
    nine = seed.indicators[-1]
    assert [(s.number, s.title) for s in nine.sub_indicators] == [
        ("9.2", "การบริหารงาน"),
        ("9.5", "การส่งเสริมความโปร่งใส"),
    ]
    assert nine.oit_codes == ("O12", "O13", "O14", "O15", "O19", "O27", "O30")
    first = nine.sub_indicators[0].oit_items[0]
    assert first.title == "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณประจำปี รอบ ๖ เดือน"
    assert first.as_written == "๐๑๒"
    assert nine.sub_indicators[0].oit_items[4].title == "Social Network"


def test_results_report_adds_reference_text(seed):
    two = seed.indicators[0]
    assert two.measures == (
        "๑. มาตรการสร้างในการใช้งบประมาณ คุ่มค่า เกิดประโยชน์ต่อประชาชน ตรวจสอบได้",
        "๒. มาตรการส่งเสริมบุคคลภายนอกในการมีส่วนร่วมกับองค์การบริหารส่วนตำบลชุมแสง",
    )
    assert two.findings[0].startswith("๑. ควรเปิดโอกาสให้ประชาชนเข้ามามีส่วนร่วม")
    assert two.results == ("๑. ร่วมประเมิน ติดตาม รายงานผล", "๒. เปิดโอกาสให้เกิดการมีส่วนร่วมในการดำเนินการ")
    assert two.outcomes == ("๑. เพื่อให้เกิดการมีส่วนร่วม ป้องกันการทุจริต", "๒. สามารถตรวจสอบได้")
    for ind in seed.indicators:
        assert ind.measures and ind.findings and ind.results and ind.outcomes, ind.number
        # the report's own method list and its intro do not leak into the checklist
        assert not any("ทบทวนผลการประเมิน" in t for t in ind.description + ind.findings)
        assert not any(t.startswith("จากผลการประเมิน") for t in ind.findings)


def test_findings_split_over_two_fragments_are_one_point(seed):
    eight = next(ind for ind in seed.indicators if ind.number == 8)
    assert eight.findings[1] == (
        "๒.ควรปรับปรุงการบริการด้านต่าง ๆ ทั้งในแง่ของ เจ้าหน้าที่ ผู้ให้บริการ "
        "และกระบวนการในการให้บริการให้มี ขั้นตอนที่รวดเร็ว และกระชับยิ่งขึ้น"
    )


def test_the_seeds_results_report_alone_gives_its_own_items():
    from ita_tui.importer import import_text

    lines = SEED.read_text(encoding="utf-8").split("\n")
    report = import_text("\n".join(lines[33:]), "report.txt")  # from the รายงานผล paragraph on
    assert {ind.number: len(ind.items) for ind in report.indicators} == {
        2: 1,
        3: 5,
        4: 3,
        5: 5,
        6: 6,
        8: 4,
        9: 7,
    }
    assert report.find_item("6.4").text.endswith("ตลอดปีงบประมาณจนครบทุก กระบวนงาน")  # spilled over a page
    assert report.find_item("3.5").responsible == "ทุก ๆ กอง/สำนัก"
    assert (report.organization, report.fiscal_year) == ("องค์การบริหารส่วนตำบลชุมแสง", 2566)
