"""The checklist file format: round trip and one-line errors naming file, path and expectation."""

import json

import pytest

from ita_tui.checklist import file as checklist_file
from ita_tui.checklist.model import Checklist, Indicator, Item, OitItem, SubIndicator
from ita_tui.errors import FormatError

SAMPLE = Checklist(
    title="มาตรการ",
    organization="องค์การบริหารส่วนตำบลทดสอบ",
    fiscal_year=2566,
    location="อำเภอ",
    indicators=(
        Indicator(
            9,
            "การเปิดเผยข้อมูล",
            items=(Item("9.1", 1, "รายงาน [bold]", "ตลอดปี", "รายงาน", "กองคลัง", ("O12",)),),
            measures=("ม",),
            findings=("ผ",),
            results=("ส",),
            outcomes=("ล",),
            sub_indicators=(SubIndicator("9.2", "การบริหารงาน", (OitItem("O12", "รายงาน", "๐๑๒"),)),),
        ),
    ),
)


def test_round_trip(tmp_path):
    path = tmp_path / "c.json"
    checklist_file.save(SAMPLE, path)
    assert checklist_file.load(path) == SAMPLE
    assert "องค์การ" in path.read_text(encoding="utf-8")  # Thai kept readable


def _broken(tmp_path, data) -> str:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        checklist_file.load(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


def test_errors_name_the_json_path_and_expectation(tmp_path):
    good = checklist_file.checklist_to_dict(SAMPLE)
    bad = json.loads(json.dumps(good))
    bad["indicators"][0]["items"][0]["number"] = "one"
    assert "$.indicators[0].items[0].number: expected an integer, found text" in _broken(tmp_path, bad)
    bad = json.loads(json.dumps(good))
    del bad["fiscal_year"]
    assert "$.fiscal_year" in _broken(tmp_path, bad)
    bad = json.loads(json.dumps(good))
    bad["format_version"] = 99
    assert "newer" in _broken(tmp_path, bad)
    assert "line 1" in _broken(tmp_path, "{not json")
    assert "expected an object" in _broken(tmp_path, [1, 2])


def test_duplicate_ids_are_refused(tmp_path):
    bad = checklist_file.checklist_to_dict(SAMPLE)
    bad["indicators"][0]["items"].append(dict(bad["indicators"][0]["items"][0]))
    assert "appears twice" in _broken(tmp_path, bad)


def test_a_progress_database_or_other_json_is_not_taken_for_a_checklist(tmp_path):
    database = {
        "meta": {
            "1": {
                "format": "ita-tui-db",
                "format_version": 1,
                "checklist": checklist_file.checklist_to_dict(SAMPLE),
            }
        },
        "states": {},
        "notes": {},
        "links": {},
        "log": {},
    }
    message = _broken(tmp_path, database)
    assert '$.format: expected "ita-tui-checklist"' in message and "format version" not in message
    other = dict(checklist_file.checklist_to_dict(SAMPLE), format="something-else")
    assert 'found "something-else"' in _broken(tmp_path, other)


def test_a_saved_checklist_follows_the_umask_and_keeps_an_existing_files_mode(tmp_path):
    import os
    import stat

    path = tmp_path / "c.json"
    old = os.umask(0o022)
    try:
        checklist_file.save(SAMPLE, path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644  # colleagues can read it
    os.chmod(path, 0o664)
    checklist_file.save(SAMPLE, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o664
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.json"]


def test_a_measures_document_given_as_a_checklist_points_to_import(tmp_path):
    message = _broken(tmp_path, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส\nมาตรการ/แนวทาง\tวิธีการดำเนินการ\n")
    assert "not a JSON checklist file" in message and "ita-tui import" in message
    assert "line 1 column 2" in _broken(tmp_path, "{not json")  # broken JSON still says where


def test_a_checklist_saved_with_a_byte_order_mark_loads(tmp_path):
    path = tmp_path / "c.json"
    path.write_bytes(b"\xef\xbb\xbf" + checklist_file.dumps(SAMPLE).encode("utf-8"))
    assert checklist_file.load(path) == SAMPLE
